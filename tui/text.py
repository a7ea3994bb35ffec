"""Shared word handling: tokens with offsets, stop words, a light stemmer."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")

STOPWORDS = frozenset(
    """
a an the this that these those there here
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs
themselves one ones
who whom whose which what when where why how whoever whatever
am is are was were be been being have has had having do does did doing done
will would shall should can could may might must ought
s t d ll m re ve don didn doesn isn aren wasn weren hasn haven hadn wouldn
shouldn couldn mustn
and or but nor so yet if then else than because as while until unless though
although whether
of at by for with about against between into through during before after
above below to from up down in out on off over under again further once
upon onto within without across along around among toward towards via per
no only own same such too very just also even ever still already
all any both each few more most other some many much several
mr mrs ms dr inc corp ltd co plc
since amid amidst despite however thus therefore hence meanwhile another every either
beyond behind unlike throughout besides whereas whilst now
""".split()
)


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Word tokens of ``text[start:end]`` as (start, end, lower-cased word)."""
    end = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, end):
        yield m.start(), m.end(), m.group().lower().replace("’", "'")


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of ``text`` (split on ``\\n``) with its start and end offsets."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


#: Letters with no accent to drop, as English-language news writes them (Łukasz, Øystein)
_UNSTROKED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "æ": "ae",
     "Æ": "Ae", "ß": "ss"}
)  # fmt: skip


@lru_cache(maxsize=1 << 14)
def unaccented(w: str) -> str:
    """``w`` without accents, as English-language news writes names (kovač -> kovac, zürich ->
    zurich, łukasz -> lukasz); a dotless ı stays."""
    w = w.translate(_UNSTROKED)
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def light_stem(w: str) -> str:
    """A few suffix rules (not Porter); short and non-alphabetic tokens are left alone. Accents
    are dropped (Kovač is Kovac)."""
    if not w.isascii():
        w = unaccented(w)
    if w.endswith("'s"):
        w = w[:-2]
    elif w in _NEGATIONS or w.endswith("n't"):
        return NEGATION
    base = _IRREGULAR.get(w) or _DEMONYMS.get(w)
    if base is not None:
        w = base
    if len(w) <= 3 or not w.isalpha():
        return _SPELLINGS.get(w, w)
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suf in ("ing", "ed"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if len(w) >= 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return _american(w)


#: Negations, all stemmed to ``n't`` (which no other word stems to: *note* gives ``not``), so that
#: *did not*, *didn't* and *never* match and a negation on one side only is a difference.
#: Number words below twenty, and the tens.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_NEGATIONS = frozenset({"not", "never", "cannot"})
NEGATION = "n't"


def _irregular(table: str) -> dict[str, str]:
    out = {}
    for line in table.split(";"):
        base, *forms = line.split()
        out.update(dict.fromkeys(forms, base))
    return out


#: Past forms of irregular verbs common in news, to their base (unambiguous forms only: not
#: *left*, *saw*, *found*, *lay*, *wound*, *felt*, *lead*).
_IRREGULAR = _irregular(
    """say said; tell told; come came; go went gone; give gave given; take took taken;
    make made; fall fell fallen; rise rose risen; lose lost; win won; strike struck stricken;
    throw threw thrown; flee fled; hold held; meet met; send sent; spend spent; keep kept;
    begin began begun; know knew known; see seen; bring brought; buy bought; think thought;
    fight fought; catch caught; teach taught; sell sold; pay paid; shoot shot; stand stood;
    write wrote written; speak spoke spoken; break broke broken; choose chose chosen;
    drive drove driven; grow grew grown; draw drew drawn; fly flew flown; hide hid hidden;
    sink sank sunk; steal stole stolen; withdraw withdrew withdrawn; freeze froze frozen;
    build built; deal dealt; hear heard; mean meant; seek sought; understand understood;
    forget forgot forgotten; sing sang sung; swear swore sworn; tear tore torn; wear wore worn;
    overthrow overthrew overthrown; undertake undertook undertaken; uphold upheld;
    arise arose arisen; beat beaten; bite bitten; blow blew blown; eat ate eaten;
    forbid forbade forbidden; forgive forgave forgiven; ride rode ridden; shake shook shaken;
    slay slew slain; spring sprang sprung; swim swam swum; wake woke woken;
    rebuild rebuilt; retake retook retaken; rewrite rewrote rewritten"""
)


def _demonyms(table: str) -> dict[str, str]:
    out = {}
    for line in table.split(";"):
        place, *names = line.split()
        for name in names:
            out[name] = place
            if not name.endswith(("ese", "ish", "ch", "ss")):
                out[name + "s"] = place  # Ukrainians, Israelis
    return out


#: What the people and things of a place are called, to the place: *North Korean* soldiers are
#: soldiers of *North Korea*, and *Russian* forces are *Russia*'s.
_DEMONYMS = _demonyms(
    """america american; russia russian; ukraine ukrainian; korea korean; china chinese;
    japan japanese; india indian; pakistan pakistani; afghanistan afghan; iran iranian;
    iraq iraqi; syria syrian; israel israeli; palestine palestinian; lebanon lebanese;
    jordan jordanian; egypt egyptian; turkey turkish; greece greek; germany german;
    france french; britain british; england english; scotland scottish; ireland irish;
    wales welsh; italy italian; spain spanish; portugal portuguese; netherlands dutch;
    belgium belgian; switzerland swiss; austria austrian; sweden swedish swede; norway norwegian;
    denmark danish; finland finnish; hungary hungarian; romania romanian; bulgaria bulgarian;
    serbia serbian serb; croatia croatian croat; bosnia bosnian; albania albanian;
    belarus belarusian; moldova moldovan; georgia georgian; armenia armenian;
    azerbaijan azerbaijani; kazakhstan kazakh; uzbekistan uzbek; europe european;
    africa african; asia asian; canada canadian; mexico mexican; brazil brazilian;
    argentina argentine argentinian; chile chilean; colombia colombian; venezuela venezuelan;
    peru peruvian; cuba cuban; haiti haitian; australia australian; indonesia indonesian;
    philippines filipino; vietnam vietnamese; thailand thai; myanmar burmese;
    malaysia malaysian; singapore singaporean; taiwan taiwanese; nigeria nigerian; kenya kenyan;
    ethiopia ethiopian; somalia somali; sudan sudanese; libya libyan; tunisia tunisian;
    algeria algerian; morocco moroccan; yemen yemeni; qatar qatari; kuwait kuwaiti;
    bahrain bahraini; oman omani; congo congolese; rwanda rwandan; uganda ugandan; nepal nepalese;
    bangladesh bangladeshi; kurdistan kurd kurdish; chechnya chechen; crimea crimean;
    mauritania mauritanian; niger nigerien; mali malian; senegal senegalese; ghana ghanaian;
    ivory ivorian; madagascar malagasy; cameroon cameroonian; zimbabwe zimbabwean;
    zambia zambian; tanzania tanzanian; mozambique mozambican; angola angolan; eritrea eritrean;
    poland polish; czechia czech; slovakia slovak; slovenia slovenian; estonia estonian;
    latvia latvian; lithuania lithuanian; iceland icelandic; ecuador ecuadorian;
    bolivia bolivian; paraguay paraguayan; uruguay uruguayan; guatemala guatemalan;
    honduras honduran; nicaragua nicaraguan; panama panamanian; jamaica jamaican;
    cambodia cambodian; laos laotian; mongolia mongolian; tajikistan tajik; kyrgyzstan kyrgyz;
    turkmenistan turkmen; cyprus cypriot; malta maltese; luxembourg luxembourgish;
    zealand zealander; saudi saudis; emirates emirati"""
)
#: What a count of a place's people is written as: "five Americans", "two Britons".
DEMONYM_NOUNS = frozenset(w for w in _DEMONYMS if w.endswith("s")) | {"britons", "brits"}


_BRITISH = re.compile(
    r"(?<=\w{3})(?:is(?=ation$|$)|ys$|our(?=$|it$|abl$|ful$|less$)|enc$|(?<=[aeiou])ll$)"
    r"|(?<=\w\w)([tb])r$"
)
#: Every ending ``_BRITISH`` can match (a cheap test before the pattern).
_BRITISH_ENDS = (
    *("is", "isation", "ys", "enc", "ll", "tr", "br"),
    *("our", "ourit", "ourabl", "ourful", "ourless"),
)
_BRITISH_TO = {"is": "iz", "ys": "yz", "our": "or", "enc": "ens", "ll": "l"}
_SPELLINGS = {
    "programm": "program",
    "grey": "gray",
    "tyr": "tir",
    "aluminium": "aluminum",
    "cent": "percent",
    "pct": "percent",
    "tonn": "ton",
    # month abbreviations, as the stems of the full names (jun is already june's)
    "jan": "january",
    "feb": "february",
    "apr": "april",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    # currency codes, as the words for them
    "usd": "dollar",
    "eur": "euro",
    "sek": "crown",
    "nok": "crown",
    "dkk": "crown",
    "czk": "crown",
}


def _american(stem: str) -> str:
    """The American spelling of a British stem (organis -> organiz, labour -> labor, centr ->
    center, defenc -> defens, travell -> travel), so both spellings match."""
    if stem in _SPELLINGS:
        return _SPELLINGS[stem]
    if not stem.endswith(_BRITISH_ENDS):
        return stem
    m = _BRITISH.search(stem)
    if m is None:
        return stem
    g = m.group()
    to = g[0] + "er" if m.group(1) else _BRITISH_TO[g]
    return stem[: m.start()] + to + stem[m.end() :]


@lru_cache(maxsize=1 << 17)
def is_content(word: str) -> bool:
    """A word that carries meaning: not a stop word (nor its contraction: *we're*, *it's*), not
    a bare number; negations (*didn't*) are content."""
    if word.endswith("n't"):
        return True
    return (
        len(word) > 1
        and word.partition("'")[0] not in STOPWORDS
        and not word.replace(",", "").replace(".", "").isdigit()
    )


#: Stems of reporting words: who said what is the attribution's business, not the claim's.
REPORTING = frozenset(
    light_stem(w)
    for w in """say said says saying told tell tells telling according add added adds note noted
    notes state stated states statement stress stressed claim claimed report reported reports
    announce announced announces explain explained comment commented quote quoted""".split()
)


#: The Arabic article a name's word may carry, lower case: "al-Khafaji", "el-Sayed"
NAME_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an)[-‑]"


#: A wire story's dateline before its first sentence: "BOLOGNA, May 17 (Reuters) - ", "PORT
#: ALLEN, La. — ", "THE HAGUE, May 6 (AP) — ", "SETTAT — Monday 10 August 2026 — ": where and
#: when it was filed, not what it says.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A day of the week by its name
DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A month by its full name
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?![a-z])"
)
#: "Oct 19", "15 May 2026", "Saturday 16 May 2026"
_FILED_ON = (
    rf"(?:{DAY_NAME},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
)
#: Capitals, accented ones too ("ÅLESUND", "SÃO PAULO", "ŁÓDŹ"), for a character class
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: A live blog's post time: "**16:40 GMT** — The warning was cancelled"
POSTED_AT = (
    r"[ \t]*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|[ap]\.?m\.?)?\s*(?:[—–]|--?)\s+"
    # ... or a live blog's bare "13:45 Summary: ...", a 24-hour time before a capital
    r"|[ \t]*(?:[01]\d|2[0-3]):[0-5]\d[ \t]+(?=[A-Z\"“‘'*])"
)
#: A transcript's speaker label opening a line: "ANCHOR:", "REPORTER (on camera):", "REMZI
#: GÜRSOY, ISTANBUL FIRE DEPARTMENT (through translator):" (its letters all capitals: see
#: :func:`speaker_label`)
_SPEAKER = re.compile(
    r"(?P<who>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})"
    r"(?P<of>,[ \t]+[^\W\d_][\w'’.&-]*(?:[ \t]+[^\W\d_&][\w'’.&-]*){0,5})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]+"
)
#: An earnings call's label: "Dana Whitlock -- Chief Financial Officer:", "Priya Shaw -- Morrow
#: Securities -- Analyst:" (a name, then its role after a dash)
_CALL_SPEAKER = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"(?:[ \t]+(?:--|[—–])[ \t]+[A-Z&][\w'’.&,-]*(?:[ \t]+[\w'’.&,-]+){0,6}){1,2}:[ \t]+"
)
#: A parliamentary record's label: "Mr Gareth Pennington (Hollinbrook North) (Con):", "Mr
#: Pennington:", "The Prime Minister (Ms Ruth Adeyemi):", "Q1. [905101] Laura Whitcombe
#: (Eastmoor) (Lab):"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_MEMBER_SPEAKER = re.compile(
    r"(?:Q\d{1,2}\.[ \t]+(?:\[\d+\][ \t]+)?)?"
    rf"(?:The(?:[ \t]+[A-Z][a-z]+){{1,4}}[ \t]+\((?P<inner>{_HONORIFIC})\)|(?P<hon>{_HONORIFIC})"
    r"|(?P<named>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})(?=[ \t]+\([^()\n]+\)[ \t]+\([^()\n]+\):)"
    # ... or only the office: "The Prime Minister:", "The Secretary of State for Health:"
    r"|(?P<office>The(?:[ \t]+(?:[A-Z][a-z]+|of|for)){0,5}[ \t]+(?:Minister|Secretary|Speaker|"
    r"Chancellor|President|Leader|Mayor|Chair|Chairman|Chairwoman|Governor|Commissioner)))"
    r"(?:[ \t]+\([^()\n]{1,50}\)){0,3}:[ \t]+(?![\d$€£])"  # not a line of data: "SDU: 34.2%"
)
#: ... and the House's voice, no one's: "Hon. Members: Hear, hear!"
_MEMBERS = re.compile(r"(?:Hon\.|Some|Several|An)[ \t]+(?:[Hh]on\.[ \t]+)?Members?:[ \t]+")
#: Labels that name a part in the programme, not a source
_PROGRAMME_ROLES = frozenset(
    "anchor reporter host co-host presenter correspondent interviewer narrator moderator "
    "announcer voice caption operator".split()
)
#: ... or a banner over the line: "BREAKING NEWS:", "UPDATE:", "EDITOR'S NOTE:"
_BANNER_WORDS = frozenset(
    "breaking news update updated live watch correction exclusive analysis opinion fact check "
    "read more note editor's related video photos latest".split()
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case English words (those of the PPDB paraphrase list, which holds some names too:
    Weiss, Vega)."""
    data = resources.files("tui") / "data" / "ppdb-lexical-pairs.tsv"
    return frozenset(data.read_text(encoding="utf-8").split())


def is_common(word: str) -> bool:
    """A common English word or function word, or the plural of one ("Temperatures")."""
    common = _common_words()
    return word in common or word in STOPWORDS or (word.endswith("s") and word[:-1] in common)


#: A podcast transcript's time stamp before its speaker label: "[00:12:34] MAYA ORTIZ:"
_TIMESTAMP = re.compile(r"[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*")


def speaker_label(text: str, start: int, end: int) -> tuple[int, int, str, int] | None:
    """A speaker label opening ``text[start:end]``: (end of the label, end of the speaker's
    name, ``"part"`` for a part in the programme or a banner, ``"source"`` for a named speaker,
    else ``""``: "MDR: 34,912 votes", "STORM SURGE:"; start of the name), or None."""
    if text.find(":", start, min(end, start + 160)) < 0:
        return None  # every label ends in a colon, early on
    if stamp := _TIMESTAMP.match(text, start, end):
        start = stamp.end()
    call = _CALL_SPEAKER.match(text, start, end)
    if call is not None:
        return call.end(), call.end("who"), "source", start
    if members := _MEMBERS.match(text, start, end):
        return members.end(), start, "part", start  # "Hon. Members:"
    member = _MEMBER_SPEAKER.match(text, start, end)
    if member is not None:
        who = next(g for g in ("inner", "hon", "named", "office") if member[g])
        return member.end(), member.end(who), "source", member.start(who)
    m = _SPEAKER.match(text, start, end)
    if m is None:
        return None
    label = m.group("who") + (m.group("of") or "")
    if label.lower() in _PROGRAMME_ROLES and label.istitle():
        return m.end(), m.end("who"), "part", start  # a call's "Operator:"
    if not any(c.isalpha() for c in label) or label != label.upper() or len(label) < 2:
        return None
    who = m.group("who").lower()
    if who in _PROGRAMME_ROLES or not _BANNER_WORDS.isdisjoint(who.split()):
        return m.end(), m.end("who"), "part", start
    # a section's label names no one: "EVACUATION ROUTES:", "STORM SURGE:"
    named = (" " in who or bool(m.group("of"))) and not all(map(is_common, label.lower().split()))
    return m.end(), m.end("who"), "source" if named else "", start


#: What ends a sentence or a quoted one, as a line's last character
SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]", "…")
#: A line of a list of figures: a short label, a colon, a figure ("First batch: 5 million
#: doses", "Price: R$95 (US$17) per dose", "Release date: 12 November 2026")
DATA_LINE = re.compile(r"[A-Z][\w'’ ()-]{0,40}:\s+(?=[^\n]{0,60}\d)[^\n]{1,80}")
#: A numbered note's marker opening a sentence: "1. Figures for 2025 are provisional."
#: ... or a thread's post number: "2/ The train was running late"
LIST_MARK = re.compile(r"\(?\d{1,2}[.)/]\s+(?=[A-Z\"“‘'#@])")
DATELINE = re.compile(
    "(?:"
    rf"[ \t]*(?:THE\s+)?[{CAPITALS}][{CAPITALS}'’.-]{{2,}}(?:\s+[{CAPITALS}][{CAPITALS}'’.-]+)*"
    # its state or country: "Fla.", "Morocco", "Wallis canton", "Czech Republic", "New South Wales"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Za-z]+){0,2}?){0,2}?"
    rf"(?:(?:,\s*|\s+[—–]\s+){_FILED_ON})?"
    # its agency: "(Reuters)", or a press release's wire: "/PRNewswire/"
    r"\s*(?:\([A-Z][\w .&'’/-]{0,30}\)|/[A-Z][\w .&'’-]{0,30}/)?\s*(?:[—–]|--?)\s+"
    f"|{POSTED_AT})"
)
