"""Direct quotes: finding them in an article, and telling the same quote from a misquote."""

from __future__ import annotations

import json

from tui.articles import article_from_text, bundled_seeds
from tui.comparison import Corpus, compare_articles
from tui.export import to_dict, to_markdown
from tui.quotes import MAX_QUOTES, clip, compare_quotes, find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_curly_doubled_and_german_quotes():
    text = (
        'He said "we will hold the line at all costs" on Monday.\n'
        "She said “the city will not fall to them” later.\n"
        '""This was not an easy task at all," Zelensky said.\n'
        "Er sagte „wir werden die Stadt halten“ heute.\n"
        "Il a dit « nous tiendrons la ville » hier."
    )
    assert _quoted(text) == [
        "we will hold the line at all costs",
        "the city will not fall to them",
        "This was not an easy task at all,",
        "wir werden die Stadt halten",
        "nous tiendrons la ville",
    ]


def test_scare_quotes_stray_marks_and_unclosed_quotes():
    text = (
        'The "indisputable evidence" was shown.\nIt is 6" long" and more.\n"We stay here and fight'
    )
    assert _quoted(text) == ["We stay here and fight"]  # runs to the end of its paragraph


def test_a_quote_over_two_sentences_is_clipped_to_the_pair():
    text = '"Our soldiers captured two men. They are now in Kyiv with the SBU," he said.'
    (q,) = find_quotes(text)
    second = text.index("They")
    (part,) = clip([q], [(second, len(text))])
    assert text[part.start : part.end] == "They are now in Kyiv with the SBU,"
    (whole,) = clip([q], [(0, second - 1), (second, len(text))])
    assert (whole.start, whole.end) == (q.start, q.end)


def _compare(a: str, b: str):
    return compare_quotes(a, find_quotes(a), b, find_quotes(b))


def test_same_quote_with_other_marks_case_and_apostrophes_is_the_same():
    (d,) = _compare(
        '"Russia\'s forces execute their wounded," he said.',
        "“Russia’s Forces execute their wounded” he said.",
    )
    assert not d.differs


def test_a_misquote_names_the_words_quoted_differently():
    a = '"We will not surrender any territory to the enemy," he said.'
    b = "He said: “We will never surrender territory to the enemy.”"
    (d,) = _compare(a, b)
    assert d.differs and d.a_words == ("not", "any") and d.b_words == ("never",)
    assert [a[s:e] for s, e in d.a_spans] == ["not", "any"]


def test_a_shorter_excerpt_of_the_same_quote_is_not_a_misquote():
    (d,) = _compare(
        '"We will not surrender any territory to the enemy, whatever it costs," he said.',
        'He said they "will not surrender any territory to the enemy."',
    )
    assert not d.differs


def test_a_pair_with_too_many_quotes_is_not_compared():
    text = "He said " + " and ".join(f'"we hold line {k} now"' for k in range(MAX_QUOTES + 1))
    assert len(find_quotes(text)) == MAX_QUOTES + 1 and _compare(text, text) == ()


def test_unrelated_quotes_are_not_paired():
    assert _compare('"The weather is fine today in Kyiv."', '"Our troops will advance soon."') == ()


def test_pair_with_a_misquote_is_a_divergence_in_every_output():
    a = article_from_text(
        'Crisis talks\n\n"We will not surrender any territory to the enemy," the president said.',
        ident="a",
    )
    b = article_from_text(
        "Talks\n\nThe president said: “We will never surrender territory to the enemy.”", ident="b"
    )
    cmp = compare_articles(a, b)
    (p,) = cmp.pairs
    assert p.divergence.quote_differs and p.level == "words"
    (q,) = to_dict(cmp)["links"][0]["quotes"]
    assert q["status"] == "differs" and q["words"] == {"a": ["not", "any"], "b": ["never"]}
    assert q["a"] == a.text[q["a_span"][0] : q["a_span"][1]]
    assert "**Quote differs**: A quotes not, any; B quotes never" in to_markdown(cmp)
    (back,) = cmp.swapped().pairs[0].divergence.quotes
    assert back.a_words == ("never",) and back.b_words == ("not", "any")
    json.dumps(to_dict(cmp.swapped()))


def test_seeds_quote_zelensky_in_the_same_words():
    corpus = Corpus(bundled_seeds())
    cmp = corpus.compare(0, 3)
    quotes = [q for p in cmp.pairs for q in p.divergence.quotes]
    assert quotes and not any(q.differs for q in quotes)
    assert "This was not an easy task" in cmp.a.article.text[quotes[0].a[0] : quotes[0].a[1]]


def test_comparing_quotes_the_other_way_round_gives_the_mirror():
    a = '"We will not give up any land to them," he said. "We fight on for our homes," he added.'
    b = "He said: “We will never give up land to them.” And: “we fight on for our homes.”"
    fwd = _compare(a, b)
    back = _compare(b, a)
    assert [(d.a, d.b, d.a_words, d.b_words) for d in fwd] == [
        (d.b, d.a, d.b_words, d.a_words) for d in back
    ]
    assert [d.differs for d in fwd] == [True, False]
