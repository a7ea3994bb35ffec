"""Paragraphs (newline-separated), then sentences per paragraph, with exact character offsets.

Sentences come from ``sentencex`` run on each paragraph (measured best on news prose, see
``research/nlp-parts.md`` section 1). Headings and boilerplate (captions, legends, licence lines,
embedded-post lines) get kinds of their own and are never aligned as claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import sentencex

from tui.text import DATA_LINE, DAY_NAME, POSTED_AT, SENTENCE_END, lines

PROSE, HEADING, BOILERPLATE = "prose", "heading", "boilerplate"

#: A paragraph longer than this is cut into pieces before the segmenter sees it.
_MAX_PARAGRAPH = 20_000


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: a half-open span ``[start, end)`` of the article text."""

    index: int
    start: int
    end: int
    paragraph: int
    kind: str
    text: str


#: Capitalised names joined by spaces, commas, "and" or "in" (case-sensitive inside the patterns).
_NAMES = r"(?-i:[A-Z][\w.'’-]*(?:(?:,? and |, | in | )[A-Z][\w.'’-]*)*)"
#: "Updated 28 November 2026, 14:05 GMT", "Published: Nov. 28"
_STAMP_WORD = (
    r"\d[\d:.,/-]*([ap]m)?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?|gmt|utc|bst|cet|edt|est|et|ist|aest|aedt|jst|hkt|sgt|pt|pst|pdt|ct|cst|cdt|am|pm|"
    r"a\.m\.|p\.m\.|at|on"
)
_STAMP = rf"(last )?(updated|published|posted|issued)\s*:?((\s+|,\s*)({_STAMP_WORD})){{1,8}}\s*"
#: Patterns of page furniture; a pattern that may match anywhere in a line comes with strings
#: one of which the line must hold (lower case) before it is tried, as most lines hold none
_BOILERPLATE = [
    (re.compile(p, re.IGNORECASE), ()) if isinstance(p, str) else (re.compile(p[0], re.I), p[1])
    for p in (
        r"^related (sources|articles|stories|coverage|reading|links)\s*:?\s*$",
        # a broadcast transcript's note: "The following is a transcript of tonight's broadcast."
        r"^(the following is|this is) an? (rush |full |edited )?transcript\b.{0,200}$",
        r"^(read|see) (more|also)\b.{0,80}$",
        r"^(related( coverage| stories| articles| reading| content)?|also read|more on this( story)?|"
        r"recommended)\s*:.{0,100}$",  # a link's title
        (
            r"\b(image|photo|picture|map|video|graphic|illustration)s? (is|are) licen[cs]ed under\b",
            ("licen",),
        ),
        (r"\bcreative commons\b.*\blicen[cs]e\b", ("creative commons",)),
        r"^(photo|photograph|image|picture|credit|source|caption|file photo|video|illustration)"
        r"( (caption|credit|source))?\s*[:/|]",
        # ... or a caption ending with its credit: "... his second try. Photograph: Ian Rutherford/PA"
        (r"\b(photograph|photo|picture|image)\s*:\s*[^.:]{2,60}/[^.:]{1,30}$", ("/",)),
        # ... or with its credit after the caption's full stop: "... bridge. Photo: Kingsford Sound"
        (
            r"[.!?]\s+(photograph|photo|picture|image)(\s+credit)?\s*:\s*[^.:]{2,60}$",
            ("photo", "picture", "image"),
        ),
        r"^listen (live|again|now) (on|at|to)\b",
        # ... or the credit alone, in brackets: "(ETD/Marc Olivier)", "(Harbor City Gazette / J. Ruiz)"
        r"^\((?i:file photo: )?(?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,5}\s?/\s?[A-Z][\w.'’-]*"
        r"(?: [A-Z][\w.'’-]*){0,3})\)$",
        (
            r"\b(getty images|reuters/|ap photo|afp via getty|shutterstock)\b",
            ("getty", "reuters/", "ap photo", "shutterstock"),
        ),
        # a wire photo's caption, ending with its credit: "... November 30, 2026. NEWSWIRE/Stefan Kroll"
        (
            r"(?-i:(^|\s)[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\s*$",
            ("/",),
        ),
        (r"pic\.twitter\.com/|\bt\.co/\w", ("twitter.com", "t.co/")),
        r"^[—–-]\s*\S.{0,150}\(@\w+\)",
        r"^\s*(advertisement|subscribe|sign up|share this|follow us)\b.{0,160}$",
        r"^follow (our|the|this) live (coverage|updates|blog)\b.{0,120}$",
        r"^follow\b[^.,]{0,60}\bon (facebook|x|twitter|instagram|tiktok|threads|bluesky|linkedin)\b",
        # the newsroom's appeals: "Do you have a story?", "Send your story ideas to ...", "Call the
        # newsdesk on ...", "Have you been affected by the strike? Email us at ..."
        r"^(do you have|have you got|got|have) a (story|news tip|tip)\b.{0,160}$",
        r"^send (us )?your (story ideas|stories|news tips|tips)\b",
        r"^(call|email|e-mail|contact) (us|the (news ?desk|newsroom)|our (news ?desk|newsroom))\b",
        r"^(email|e-mail) \S+@\S+",
        r"^have you been affected by\b[^?]{0,120}\?",
        r"^let us know (in the comments|what you think)\b",
        r"^(comments?|share)\s*(\(\d+\))?$|^\d+\s+comments?$",
        # "Posted by Priya Natarajan | March 6, 2025 | 6 min read"
        rf"^(posted|written) by {_NAMES}(\s*[|·•]\s*[^|·•]{{1,30}}){{0,3}}$",
        r"^(tags|topics|filed under|categories)\s*:.{0,200}$",
        # a reference number: "Ref: TSIB/2025/017", "Court reference: COR 2026 000412"
        r"^([a-z]+ )?(ref|reference|(ref|reference|case|file) (no|number))\.?\s*:\s*\S{1,30}(\s\S{1,20}){0,3}$",
        # a standing disclaimer: "(Disclaimer: ...)", "does not constitute investment advice",
        # "ByteWire is reader-supported. When you buy through links ..."
        r"^\(?disclaimer\s*:",
        (r"\bdoes not constitute (investment|financial|legal|medical) advice\b", ("constitute",)),
        (r"\bwhen you buy through (our )?links\b|\bis reader[- ]supported\b", ("buy", "reader")),
        (r"\ball rights reserved\.?$", ("rights reserved",)),
        r"^if (this|the) (story|article|summary|report) (has )?(raised|raises) (concerns|issues)\b",
        (r"\bsupport is available (from|through|via)\b", ("support is available",)),
        r"^respectfully submitted,?$",
        r"^(general )?(public |media )?(inquiries|enquiries)\s*:",
        r"^(map|photo|image|picture|chart|graphic) (highlighting|showing|of|shows|depicting)\b",
        r"^[\w .'’-]{1,40}\s=\s[\w .'’-]{1,40}$",
        r"^all rights reserved\b|^©|^\(c\)\s|^copyright\b",
        r"^\s*(listen to (this|the) (article|story)|\d+\s*min(ute)?s? read|click here)\b.{0,60}$",
        # a credit line: names only ("Reporting by Tom Balmforth in Kyiv; Editing by Alex Smith")
        # (or in brackets: "(Reporting by Laura Méndez; Editing by Tom Hale)")
        rf"^\(?(additional )?(reporting|writing|editing) by {_NAMES}"
        rf"(; ?(additional )?(reporting|writing|editing) by {_NAMES})*\.?\)?\.?$",
        r"^our standards\s*:",
        # a byline or time stamp: "By Staff Reporter · Updated 28 November 2026, 14:05 GMT"
        rf"^(by ({_NAMES}|(staff|our|a) (writers?|reporters?|correspondents?))\s*(?=$|[·|•–—])"
        rf"|{_STAMP})(\s*[·|•–—]\s*({_STAMP}|({_STAMP_WORD})((\s+|,\s*)({_STAMP_WORD}))*))*$",
        # and the outlet: "By Maria Kosta | Daily Ledger", "Interview by Jordi Casals | El Observador"
        rf"^((interview|interviewed|words|text|reporting|photos?)\s+)?by {_NAMES}\s*[|·•–—]\s*"
        rf"{_NAMES}$",
        r"^\(?this (story|article) (has been|was) (updated|corrected|amended)\b.{0,160}$",
        r"^(updated|corrected) (at|on) [^.]{1,40} (with|to (add|include|correct))\b.{0,80}$",
        # a correction note: the withdrawn figure it quotes is no claim of the article
        r"^(correction|clarification|editor['’]?s note)\s*[:.—–-]",
        r"^an earlier version of this (story|article|report)\b",
        # a live blog's own news: "16:40 GMT — We are closing this live blog now."
        rf"^(?:{POSTED_AT})?(we('re| are| will be|'ll be) (now )?(closing|pausing|ending|wrapping up)"
        r" (this|our|the) live\b|thanks? (you )?for (following|reading|joining))",
        # ... and its notes to the reader: "All times local (UTC+1).", "Newest entries first."
        r"^(all times (are )?(local|in [a-z]{2,4}|[a-z]{2,4}|shown in [a-z]{2,4})( time)?(\s*\([^)]{1,15}\))?|(the )?newest "
        r"(entries|posts|updates) (are )?(first|at the top)|(latest|newest) (posts?|updates?) "
        r"(first|at the top)|refresh (the page )?for (the latest )?updates?)\.?$",
        # a wire update's note and contact: "(Adds union comment in paragraph 6)", "((jo@x.com))"
        r"^\((adds|updates|recasts|corrects|fixes|changes|rewrites|refiles|repeats|removes|"
        r"deletes|inserts|clarifies)\b[^()]{0,200}\)$",
        r"^\(\(.{1,200}\)\)$",
        # a forum post's header: "northstand_nomad · posted 22:14"; a release's contact line
        r"^@?[\w.-]{3,30}\s*[·|•—–-]\s*(posted|replied|wrote)\b.{0,40}$",
        r"^(media|press) (contact|enquiries|inquiries)\s*:\s*\S",
        # a wire's rate note: "($1 = 157.0000 yen)", "(1 euro = $1.08)"
        r"^\((?:[$€£]|us\$)?\s?1\s*(?:[a-z]+\s*)?=\s*[^()=]{1,40}\)\.?$",
        # a writer's tagline: "Dan Whitcombe covers transportation for the Brandton Ledger.",
        # "Reach him at dwhitcombe@brandtonledger.com or 555-0142."
        rf"(?-i:^{_NAMES} (covers|reports on|writes about|is a [a-z]+ (reporter|correspondent|"
        r"writer|editor)) [^.]{0,80} (for|at) [^.]{1,60}\.$)",
        r"^(reach|contact|email|e-mail) (him|her|them|the (author|writer|reporter)) (at|on)\b",
        # an interviewer's question ("Q: How many of those are new buildings?"): asks, claims not
        # (one that first states a fact is prose: "Q: The target is 52,000 homes. Is it credible?")
        # (after the asker's name and outlet: "Q: Jim Castellano, WPRT News. Is it true that ...?")
        r"^(q|question|interviewer)\s*:\s(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s[^.?!]{1,40}\.\s)?"
        r"[^.!]*\?[\"”’']?\s*$",
        # ... or a reporter's at a press conference: "REPORTER: Chief, how many were hurt?"
        r"^(reporter|journalist|audience member|unidentified reporter)s?\s*(\([^)]{0,40}\))?\s*:"
        r"\s.*(\?[\"”’']?|[\[(]inaudible[\])])(\s*[\[(](crosstalk|inaudible|laughter)[\])])?\s*$",
        # a transcript's mark on a line of its own: "(crosstalk)", "[inaudible]", "(laughter)"
        r"^[\[(](crosstalk|inaudible|laughter|applause|unintelligible|pause|silence|music|"
        r"break|end of transcript)[\])]\.?$",
        # a press release's contact lines and distributor's mark ("SOURCE Corvaris, Inc.")
        r"(?-i:^SOURCE\s+[A-Z])",
        r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?://|www\.)\S+$|^\+?[\d\s().-]{7,}$",
        r"^for (immediate )?release\b.{0,60}$",  # a press release's "For immediate release:"
        # a printed page's running footer: "Labour Market Statistics, Q3 2026 ... Page 2"
        r"^.{0,100}\bpage\s+\d{1,3}(\s+of\s+\d{1,3})?$",
        # a newsletter's greeting and sign-off: "Good morning.", "That's it for today.",
        # "Forwarded this email?"
        r"^(good (morning|afternoon|evening)|hello|hi( there| all)?)\b[^.!?]{0,40}[.!,]?$",
        r"^(that['’]s (it|all) for (today|this week|now)|see you (tomorrow|next week|then)|"
        r"until (tomorrow|next time)|forwarded this (e-?mail|newsletter)|"
        r"(was this|is this) (e-?mail|newsletter) forwarded to you)\b.{0,80}$",
        r"^.{0,120}\b(forwarded this (e-?mail|newsletter)\?|sign up (at|here) )\S?.{0,80}$",
    )
]
#: A heading after which paragraphs are a press release's boilerplate, up to the next heading:
#: "About Corvaris Therapeutics", "Forward-Looking Statements", "Media Contact:"
_BOILERPLATE_SECTION = re.compile(
    r"^(about\s+(?-i:[A-Z]).{0,60}|forward[- ]looking statements?|safe harbou?r( statement)?|"
    r"((media|press|investor)\s+(relations\s+)?)?contacts?|"
    # an encyclopedia entry's apparatus: "References", "See also", "External links"
    r"references|see also|external links|further reading|bibliography|citations|sources)\s*:?$",
    re.IGNORECASE,
)
#: A live blog's or explainer's label over its list: "Key points", "What we know so far"
_LABEL_HEADING = re.compile(
    r"(?:key\s+(?:points|facts|figures|events|dates)|what\s+we\s+know(?:\s+so\s+far)?|"
    r"what\s+happens\s+next|background|timeline|at\s+a\s+glance|in\s+numbers|"
    r"main\s+points|key\s+findings|highlights|summary)\s*:?",
    re.IGNORECASE,
)
#: A press release's notes: a heading over facts (a baseline, when final figures are due)
_NOTES_HEADING = re.compile(r"(?:notes?\s+(?:to|for)\s+editors|editors?['’]?\s+notes?)\s*:?", re.I)
_CONTACTS = re.compile(r".*contacts?\s*:?$", re.IGNORECASE)


def line_kind(line: str) -> str:
    """Kind of a whole paragraph line: heading, boilerplate, or prose."""
    s = line.strip()
    low = s.lower()
    if any(p.search(s) for p, needs in _BOILERPLATE if not needs or any(n in low for n in needs)):
        return BOILERPLATE
    words = s.split()
    if s.endswith(":") and len(words) <= 6 and not any(c.isdigit() for c in s):
        return HEADING  # a label before a list: "Key facts:", "Regional figures (annual change):"
    if _BOILERPLATE_SECTION.fullmatch(s) or _NOTES_HEADING.fullmatch(s):
        return HEADING  # "Media contact", "Notes to editors"
    if _LABEL_HEADING.fullmatch(s):
        return HEADING  # "Key points", "What we know so far"
    if DATA_LINE.fullmatch(s):
        return PROSE  # "Release date: 12 November 2026", "Turnout: 58%": a fact, not a title
    if 1 <= len(words) <= 16 and not s.endswith(SENTENCE_END) and len(s) <= 140:
        # figures cast no vote: "MDR: 34,912 votes, 24 seats" is a line of data, not a title
        alpha = [w for w in words if w[:1].isalpha()] or words
        caps = sum(1 for w in alpha if w[:1].isupper() or not w[:1].isalpha())
        if caps / len(alpha) >= 0.6:
            return HEADING
    return PROSE


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, _end, line in lines(text):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long paragraph, after a sentence end where there is one (else at a space), so
    the segmenter's work stays bounded."""
    out = []
    while end - start > _MAX_PARAGRAPH:
        limit = start + _MAX_PARAGRAPH
        last = None
        for last in _END.finditer(text, start + _MAX_PARAGRAPH // 2, limit):  # noqa: B007
            pass
        cut = last.end() if last is not None else text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for cs, ce in _chunks(text, start, end):
        para = text[cs:ce]
        bounds = sentencex.get_sentence_boundaries("en", para)
        cursor = 0
        for b in bounds:
            s, e = b["start_index"], b["end_index"]
            if not (cursor <= s <= e <= len(para)):
                continue
            cursor = e
            spans.extend(_split_quote(para, s, e, cs))
        if not bounds:
            spans.append((cs, ce))
    spans = _rejoin(text, spans)
    out = []
    for k, (s, e) in enumerate(spans):
        if k and _LIST_MARK.fullmatch(text, *spans[k - 1]):
            s = spans[k - 1][0]  # "1." before a numbered note: no sentence of its own
        elif k + 1 < len(spans) and _LIST_MARK.fullmatch(text, s, e):
            continue
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


#: A numbered list's marker, which the segmenter cuts off as a sentence: "1. The report is ..."
_LIST_MARK = re.compile(r"\s*\(?\d{1,2}[.)/]\s*")
#: A place's "St." after a hyphen, which the segmenter takes for a sentence end:
#: "Minneapolis-St. Paul"
_HYPHEN_ABBR = re.compile(r"-(?:St|Ste|Mt|Ft)\.\s*\Z")
#: ... or a name's abbreviation that ends no sentence: "The M/V Sta. Lucia Express", "Mme. Roux"
_NAME_ABBR = re.compile(r"\b(?:Sta|Sto|Sra|Srta|Mme|Mlle|[Aa]pprox)\.\s*\Z")  # "approx. 41,500"


#: A clock's "p.m." before its time zone or day, another place the segmenter ends a sentence:
#: "stopped transmitting at 2:37 p.m. GMT while orbiting"
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.\s*\Z")
_ZONE_START = re.compile(
    r"\s*(?:GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]?T|local time"
    r"|(?:Eastern|Central|Mountain|Pacific|Atlantic)\s+(?:Standard\s+|Daylight\s+)?Time)\b"
    # ... or its day: "collapsed at about 4:10 a.m. Sunday."
    rf"|\s*{DAY_NAME}(?:[,.;]|\s+(?:morning|afternoon|evening|"
    r"night|and|in|at|local)\b)"
)


def _rejoin(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each one ending in a hyphened abbreviation, or in a clock before its time
    zone, joined to the next."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (
            _HYPHEN_ABBR.search(text, out[-1][0], out[-1][1])
            or _NAME_ABBR.search(text, out[-1][0], out[-1][1])
            or _CLOCK_END.search(text, out[-1][0], out[-1][1])
            and _ZONE_START.match(text, s, e)
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_QUOTE_OPEN = ('"', "“", "'", "‘")
_INNER_BREAK = re.compile(r"[.?!]\s+(?=[A-Z])")


def _split_quote(para: str, s: int, e: int, offset: int) -> list[tuple[int, int]]:
    """Split a quotation holding two sentences, so each can align with its unquoted twin."""
    seg = para[s:e]
    body = seg.lstrip()
    if not body.startswith(_QUOTE_OPEN):
        return [(offset + s, offset + e)]
    closing = max(seg.rfind('"', 2), seg.rfind("”", 2))
    if closing <= 0:
        return [(offset + s, offset + e)]
    cuts = [m.end() for m in _INNER_BREAK.finditer(seg, 0, closing) if m.start() > 20]
    if not cuts:
        return [(offset + s, offset + e)]
    bounds = [0, *cuts, len(seg)]
    return [(offset + s + a, offset + s + b) for a, b in zip(bounds, bounds[1:], strict=False)]


def split_sentences(
    text: str,
    *,
    headings: Sequence[tuple[int, int]] = (),
    lines: bool = False,
) -> tuple[Sentence, ...]:
    """Sentences of ``text`` in reading order; ``lines=True`` takes each non-empty line as one."""
    heading_starts = {s for s, _ in headings}
    out: list[Sentence] = []
    aside = ""  # the heading of a press release's boilerplate the paragraph is under
    prev_end = 0
    for p_index, (ps, pe) in enumerate(_paragraphs(text)):
        line = text[ps:pe]
        if lines:
            out.append(Sentence(len(out), ps, pe, p_index, PROSE, line))
            continue
        kind = HEADING if ps in heading_starts else line_kind(line)
        # the lines of a "Media Contact:" block (a name, a phone number) are its own; a blank
        # line ends it
        block = bool(aside and _CONTACTS.match(aside))
        if block and text.count("\n", prev_end, ps) >= 2:
            aside, block = "", False
        prev_end = pe
        if kind == HEADING and not block:
            section = _BOILERPLATE_SECTION.match(line.strip())
            aside = section.group() if section else ""
        elif kind == BOILERPLATE and _BOILERPLATE_SECTION.match(line.strip()):
            aside = line.strip()  # "See also": boilerplate itself, and a section's heading
        elif aside:
            kind = BOILERPLATE
        if kind != PROSE:
            out.append(Sentence(len(out), ps, pe, p_index, kind, line))
            continue
        for s, e in _sentence_spans(text, ps, pe):
            out.append(Sentence(len(out), s, e, p_index, PROSE, text[s:e]))
    return tuple(out)
