"""Named-entity mentions (capitalisation rules) and spelling-variant clusters across articles.

Mentions follow the "rules v3" design of ``research/nlp-parts.md`` section 2: runs of capitalised
tokens with inner connectors, sentence-initial truecasing, title words as split points, headline
lines skipped. Clusters follow section 4: per-token Jaro-Winkler after transliteration, acronym
and "Long Name (ABC)" alias rules, owner stripping, contrastive cannot-links, two phases.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from tui.text import NAME_ARTICLE, is_common

PERSON, ORGANIZATION, PLACE, OTHER = "person", "organization", "place", "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as written in one article: span and guessed kind.

    ``expands`` is set on an abbreviation defined in the text ("Long Name (ABC)"): the long form.
    """

    start: int
    end: int
    text: str
    kind: str
    expands: str = field(default="", compare=False)
    #: the kind comes from the words around the name ("the firm Verisk"), not a guess
    sure: bool = field(default=False, compare=False)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity: canonical name, kind, spellings, and mentions (article, start, end)."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    mentions: tuple[tuple[int, int, int], ...]


# --------------------------------------------------------------------------------------------
# Word lists (tui/data/entity-words.txt, written by hand)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _load_lists() -> dict[str, frozenset[str]]:
    text = (resources.files("tui") / "data" / "entity-words.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    current = out.setdefault("", set())
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], set())
            continue
        current.update(w.strip() for w in line.split(",") if w.strip())
    return {k: frozenset(v) for k, v in out.items()}


_LISTS = _load_lists()
_PLACES = frozenset(w.lower() for w in _LISTS["place"])
#: Places every reader knows (countries, capitals, big cities), lower case
KNOWN_PLACES = _PLACES
_PLACE_HEADS = _LISTS["place_head"]
_ORG_HEADS = _LISTS["org_head"]
_ORGS = frozenset(w.lower() for w in _LISTS["org"])
_DEMONYMS = _LISTS["demonym"] | frozenset(w + "s" for w in _LISTS["demonym"] if w[-1] in "nit")
_TITLES = _LISTS["title"]
_TITLE_MODIFIERS = _LISTS["title_modifier"]
_DIRECTIONS = _wordset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest Upper Lower Inner Outer"
)
_DAYS_MONTHS = _wordset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
)
_SINGLE_DROPS = _DAYS_MONTHS | _wordset(
    "I I'm I’m I'd I’d I'll I’ll I've I’ve OK Ok Yes No Nos Category Level Phase Stage Grade Line "
    "Celsius Fahrenheit Centigrade State Dynasty Vessels Nobody Everybody Everyone Somebody "
    "Someone Anyone Anybody Section Sections Clause Article Chapter Paragraph Lap Laps Gate "
    "Platform Junction Exit Medical Girls Boys Schools Maths Including Zone Zones Hz We Will Our "
    "They Members Parties Urges Decides Reaffirms Requests Invites Welcomes Recognizes Recognises "
    "Emphasizes Emphasises Encourages Acknowledges "
    # a currency's code or abbreviation ("Rs 20", "EUR 1.2bn", "40 BTC"), and "The" or "And"
    # alone (a numbered paragraph's "1.1.7 The aircraft")
    "Rs Rs. INR USD EUR GBP JPY CHF CNY AUD CAD NZD SEK NOK DKK BTC NPR PKR The And On"
)
#: Numbers and holidays written with a capital, and a charge's count ("Count One", "Counts Twelve
#: through Fourteen", "on Thanksgiving"): no names
_NUMBER_WORDS = _wordset(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen "
    "Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety "
    "Hundred Thousand Count Counts"
)
_HOLIDAYS = _wordset("Thanksgiving Christmas Easter Halloween Hanukkah Passover Diwali")
#: All-caps common nouns, never names.
_CAPS_NOUNS = _wordset(
    """ID TV DNA RNA VAT GDP CEO CFO COO CTO AI PM AM HIV AIDS COVID GPS USB SMS PDF LED LGBT TEU
    LGBTQ IQ CCTV UFO DIY FAQ HQ PC VR IVF ICU MRI ATM PIN VIP SUV GMO BC AD CO2 TBA TBD ASAP
    FYI LOL OMG RIP PS NB AKA ETA POW IED UAV ICBM USD EUR GBP CHF JPY CNY INR RUB UAH PLN SEK
    NOK DKK CZK ISK GMT UTC EST EDT CET CEST BST CFA XOF XAF CT PET MW GW KW KWH MWH GWH"""
)
#: Words of descriptive organisation names kept with their owner ("Ukraine's Security Service").
_DESCRIPTIVE = (
    _ORG_HEADS
    | _TITLE_MODIFIERS
    | _wordset(
        "Federal Central Armed Operations Border Customs Investigation Statistics Prosecutor"
    )
)
_ROMAN = re.compile(r"[IVX]{1,5}")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIAL_RUN = re.compile(r"(?:[A-Z]\.){2,}")
#: Unknown single names with these endings are guessed to be places.
_PLACE_SUFFIX = re.compile(
    r"(?:sk|grad|burg|bourg|ville|stan|land|pol|polis|iv|ia|shire|ford|ham|mouth|abad|pur)$"
)
#: Words ending events, laws, awards and works: such names are typed "other".
_MISC_HEADS = _wordset(
    """Agreement Amendment Accord Accords Act Treaty Convention Protocol Cup Open Championship
    Championships Games Olympics Award Awards Prize Day War Revolution Festival Show Series
    Bill Plan Doctrine Declaration Charter Resolution Prize Trophy Tournament League Bowl Prix
    Marathon Telescope Mission Probe Rover Station Dynasty Regulation Regulations Directive
    Application Trial Study Index Programme Program Scheme Initiative Average"""
)
#: Sentence-initial single words with these endings are common words (Luckily, Designed).
#: What follows the first word of a list's label: "Area burned: ...", "Homes: 62"
_LABEL_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}:\s")
_COMMON_SUFFIX = re.compile(r"(?:ly|ing|ed|ers|ors|ions|ments|ness|ists|ysts|ies|ians|ics)$")
#: Function and common words that start sentences but never names on their own.
_INITIAL_STOP = _wordset("""the a an this that these those it its he she they we you his her their our my your there
    here in on at by for from with without to of as after before during since until while when
    where what which who whom whose why how if but and or so yet nor although though because
    despite however meanwhile moreover furthermore also still even just only both all any some
    many most much more few several each every no not none one two three four five six seven
    eight nine ten first second third last next other another such according under over among
    between against about above below into through throughout within along amid around near then
    now today tonight yesterday tomorrow currently recently earlier later previously notably indeed
    instead therefore thus overall additionally similarly finally nevertheless once already
    perhaps maybe please yes well oh let do does did is are was were be been has have had will
    would can could should may might must shall i me us him them it's that's there's here's
    let's what's unlike like following amid regarding despite given asked speaking according
    unless whether either neither nearly almost about around instead rather besides beyond
    across behind toward towards upon via per since often sometimes always never usually
    officials sources reports neighbouring neighboring nearby""")
_CONNECTORS = _wordset(
    "of for on the de du da di del dela della delos la las los le von van der den al bin ibn í i "
    "es für fur und zur zum &"
)
#: Connectors that stay inside a name only after a head word ("Bank of America", "National
#: Commission on Human Rights").
_WEAK_CONNECTORS = frozenset(("of", "for", "on", "the"))
#: Bodies named for what they sit on: "Council on Foreign Relations"
_ON_HEADS = frozenset(
    "Commission Committee Council Conference Panel Convention Institute Center Centre".split()
)
#: Possessive words that are part of a name ("People's Republic", "Women's March").
_NAME_POSSESSIVES = _wordset("People Women Children Workers Men Veterans Farmers")
_PLACE_ACRONYMS = _wordset("US USA UK UAE DPRK ROK PRC USSR DRC GB")

_SPACE = r"[ \t\u00a0]+"
_TITLE_ABBR = (
    r"Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Sen|Rep|Gov|Jr|Sr|Adm|Maj|Hon|Sta|Sto"
)


@lru_cache(maxsize=1)
def _upper_class() -> str:
    """A character class body with every upper- or title-case letter of the BMP."""
    ranges: list[tuple[int, int]] = []
    for c in range(0x10000):
        ch = chr(c)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1] = (ranges[-1][0], c)
            else:
                ranges.append((c, c))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


#: "Kremlin-backed", "SoftBank-owned": the name is the part before the hyphen
_AFFIX = (
    r"(?:backed|owned|based|made|led|run|controlled|held|funded|linked|allied|affiliated|"
    r"born|built|style|bound|friendly|occupied|annexed|registered|listed|flagged|era)(?![\w'’-])"
)
_CAP = (
    rf"(?:[A-Z]\.){{2,}}|(?:{_TITLE_ABBR})\.(?=\s)|@\w+|M/[VST](?=\s)"  # a ship's "M/V"
    # a middle initial: "Karen L. Whitfield" (not "Plan A. This is it")
    r"|(?<=[A-Za-z] )[A-Z]\.(?=[ \t]+[A-Z][a-z])(?![ \t]+(?:The|This|That|These|Those|He|She|It"
    r"|They|We|I|A|An|In|On|At|But|And|If|When|As|There|Then)\b)"
    # (a combining accent is part of the word: Yoruba "Adébáyọ̀")
    rf"|(?:al-|el-)?[{_upper_class()}][\w'’\u0300-\u036f]*(?:-(?!{_AFFIX})[\w'’\u0300-\u036f]+)*"
)
_CONN = "|".join(sorted((re.escape(c) for c in _CONNECTORS), key=len, reverse=True))
#: ... with French elisions inside: "Côte d'Ivoire", "Valéry Giscard d'Estaing"
_RUN = re.compile(
    rf"(?<![\w'’@])(?:{_CAP})(?:{_SPACE}(?:(?:{_CONN}){_SPACE}){{0,3}}(?:[dl]['’])?(?:{_CAP}))*"
)
_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_OPENERS = frozenset("“‘([{:—–-•*·>|;=")
_ENDERS = frozenset(".!?…")
#: What follows a lone sentence-initial word that is a name: a singular verb or ", who".
_SUBJECT = re.compile(
    r"\s*(?:(?:is|was|has|had|will|would|can|could|may|might|must|should|said|says|told|added|"
    r"did|does|herself|himself|itself)\b|[a-z]{3,}ed\b|,\s*(?:who|whose)\b)"
)
_HEADLINE_SMALL = _wordset(
    "a an the of in on at to for and or but by with from as amid over after vs via into is are "
    "be was were its his her their than about up out off new"
)
_ACRONYM = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]{2,7}-[A-Z]{2,3}|[A-Z][A-Z0-9&]{1,7}"
)  # DLCO-EA
_MAX_RUN_TOKENS = 12
#: Two tokens are spellings of one word at this Jaro-Winkler similarity (section 4).
_JW_MIN = 0.88


# --------------------------------------------------------------------------------------------
# Mentions


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    possessive: bool


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    chunk = text[start:end]
    matches = (
        ((chunk, start, end),)
        if " " not in chunk and "\t" not in chunk and "\u00a0" not in chunk
        else ((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end))
    )
    for w, s, e in matches:
        possessive = False
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            w, e, possessive = w[:-2], e - 2, True
        while w and w[-1] in "'’" and len(w) > 1:
            w, e, possessive = w[:-1], e - 1, True
        out.append(_Tok(s, e, w, possessive))
    return out


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isalpha() for c in word) >= 2


#: Titles a portfolio's words may come before: "Water Resources Minister", "Energy Secretary"
_PORTFOLIO_TITLES = frozenset(("Minister", "Secretary", "Commissioner"))


def _pieces(toks: list[_Tok]) -> list[tuple[int, int, bool]]:
    """Split one capitalised run into name pieces ``(i, j, title_cue)`` of token indices."""
    n = len(toks)
    drop = [False] * n
    for k, t in enumerate(toks):
        word = t.word.rstrip(".")
        *first, last = word.split("-")
        if first and last.islower():
            last = last.capitalize()  # "Director-general"
        hyphened = bool(first) and last in _TITLES
        if hyphened and all(p in _TITLES or p in ("Major", "Rear") for p in first):
            word = last  # "Lieutenant-Colonel", "Lt-Col", "Major-General", "Director-General"
        else:
            hyphened = False
        if word in _TITLES and (
            hyphened
            or not (
                (
                    word in ("General", "Justice", "Chief")
                    and k + 1 < n
                    and toks[k + 1].word in _ORG_HEADS  # "Chief Inspectorate of ..."
                )
                # "Directorate General of Corrections", "Secretariat General": a body
                or (word == "General" and k > 0 and toks[k - 1].word in _ORG_HEADS)
                # "the General Data Protection Regulation", "the General Assembly"
                or (
                    word == "General"
                    and k + 1 < n
                    and (toks[-1].word in _MISC_HEADS or toks[-1].word in _ORG_HEADS)
                )
                or (t.possessive and k + 1 < n and toks[k + 1].word in _ORG_HEADS)
                or (  # "the Prosecutor General's Office": an office, not a holder's title
                    k + 2 < n and toks[k + 1].possessive and toks[k + 2].word in _ORG_HEADS
                )
            )
        ):
            drop[k] = True
            b = k - 1
            while (
                b >= 0
                and (
                    toks[b].word in _TITLE_MODIFIERS
                    # a minister's portfolio and country: "Kyrgyz Water Resources Minister"
                    or word in _PORTFOLIO_TITLES
                    and not toks[b].possessive
                    and (
                        toks[b].word in _DEMONYMS
                        or _is_common(toks[b].word.lower())
                        and toks[b].word not in _ORG_HEADS
                        and toks[b].word not in _CONNECTORS
                        and not any(t.word in _CONNECTORS for t in toks[:b])
                        and toks[b].word.lower() not in _PLACES
                    )
                )
            ):
                drop[b] = True
                b -= 1
            f = k + 1
            while f < n and (toks[f].word in _TITLE_MODIFIERS or toks[f].word in _TITLES):
                drop[f] = True
                f += 1
            if f + 1 < n and toks[f].word in ("of", "for") and toks[f + 1].word in _TITLE_MODIFIERS:
                drop[f] = True
                f += 1
                while f < n and (toks[f].word in _TITLE_MODIFIERS or toks[f].word == "of"):
                    drop[f] = True
                    f += 1
            elif f + 3 < n and toks[f].word in ("of", "for"):
                # what the office is for, before its holder's name: "High Commissioner for
                # Refugees Filippo Grandi", "Minister for Foreign Affairs Penny Wong"
                g = f + 1
                while g < f + 3 and g + 2 < n and _is_common(toks[g].word.lower()):
                    if toks[g].word in _CONNECTORS:
                        g = f + 1
                        break
                    g += 1
                rest = [t.word for t in toks[g:]]
                if (
                    g > f + 1
                    and len(rest) <= 3
                    and not any(
                        w in _ORG_HEADS or w in _PLACE_HEADS or w in _CONNECTORS for w in rest
                    )
                ):
                    for x in range(f, g):
                        drop[x] = True
    pieces: list[tuple[int, int, bool]] = []
    i = 0
    cue = False
    while i < n:
        if drop[i]:
            cue = True
            i += 1
            continue
        j = i
        while j < n and not drop[j]:
            j += 1
        pieces.extend(_split_segment(toks, i, j, cue))
        cue = False
        i = j
    return pieces


#: The last word of an airline's name: what follows is its aircraft or flight.
_CARRIER_HEADS = frozenset(("Airlines", "Airways", "Airline"))


def _split_segment(toks: list[_Tok], i: int, j: int, cue: bool) -> list[tuple[int, int, bool]]:
    """Split a title-free segment at possessives and at weak connectors after non-head words."""
    out = []
    start = i
    k = i
    while k < j:
        t = toks[k]
        if t.possessive and k + 1 < j and t.word not in _NAME_POSSESSIVES:
            descriptive = toks[j - 1].word in _ORG_HEADS and all(
                toks[x].word in _DESCRIPTIVE and not toks[x].possessive for x in range(k + 1, j)
            )
            # a saint's name is the start of a body's: "St Brendan's Healthcare Group"
            saint = k == start + 1 and toks[start].word in ("St", "St.", "Saint")
            if not descriptive and not saint:
                out.append((start, k + 1, cue))
                cue = False
                start = k + 1
        elif j - i > 1 and any(c.isdigit() for c in t.word):  # a model: "Airbus A320"
            if k > start:
                out.append((start, k, cue))
            cue = False
            start = k + 1
        elif t.word in _CARRIER_HEADS and start < k + 1 < j:  # "Saurya Airlines Bombardier"
            out.append((start, k + 1, cue))
            cue = False
            start = k + 1
        elif t.word in _WEAK_CONNECTORS and k > start:
            prev = toks[k - 1].word
            # "on" only after a body that sits on something: "Commission on Human Rights", not
            # "Service on Line 7" or "the Commission on Tuesday"
            on = t.word == "on" and (
                prev not in _ON_HEADS or (k + 1 < j and toks[k + 1].word in _DAYS_MONTHS)
            )
            if on or not (
                prev in _ORG_HEADS
                or (prev == "General" and k > start + 1 and toks[k - 2].word in _ORG_HEADS)
                or prev in _PLACE_HEADS
                or prev in _WEAK_CONNECTORS
                # already in a body's "X of Y": "Court of Arbitration for Sport", "Centers for
                # Disease Control and Prevention"
                or any(
                    toks[x].word in ("of", "for") and toks[x - 1].word in _ORG_HEADS
                    for x in range(start + 1, k)
                )
            ):
                out.append((start, k, cue))
                cue = False
                start = k + 1
        k += 1
    out.append((start, j, cue))
    return out


#: US states as news datelines abbreviate them ("La.", "Calif."), before a full stop.
_STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo".split()
)
_STORMS = frozenset(("Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Superstorm"))


#: A place's kind written before its name: "River Vell", "Port Ardmoy"
_PLACE_FIRST = frozenset("Mount Lake Cape River Port Fort Loch Isle".split())
#: Heads that lead a body's name, as in the Romance languages: "Radio Television Kanduro"
_LEADING_HEADS = frozenset(
    "Radio Television Bank Banco Banque Club Instituto Institut Agence Agencia Operation "
    "Project Empresa Compañía Compania Companhia Société Societe Sociedad Grupo Ministerio "
    "Ministère Consorcio Fundación Fundacion Fondation Audiencia Guardia Policía Policia Fiscalía "
    "Fiscalia Corte Juzgado Consejo Partido Universidad Universidade Université Agenzia Air "
    "Statistics".split()
)


_SHIP_PREFIXES = frozenset("MV MS MT SS HMS USS RV FV".split())
_ARTICLE_NAME = re.compile(rf"{NAME_ARTICLE}[A-Z]\w*")


def _kind(words: list[str], cue: bool) -> str:
    """Guess person / organization / place / other from the words of one name."""
    joined = " ".join(words).lower()
    last, first = words[-1], words[0]
    if joined in _PLACES:
        return PLACE
    if joined in _ORGS:
        return ORGANIZATION
    if len(words) > 1 and first.replace("/", "") in _SHIP_PREFIXES:
        return OTHER  # "MV Santa Lucia Express", "HMS Victory"
    if len(words) == 1:
        w = first.replace(".", "")
        if w.startswith("@") or _ROMAN.fullmatch(w):
            return OTHER
        if _is_acronym(first):
            return PLACE if w in _PLACE_ACRONYMS else ORGANIZATION
        if cue:
            return PERSON
        if first in _ORG_HEADS:
            return ORGANIZATION
        if first in _DIRECTIONS:
            return PLACE  # "the South"
        if _PLACE_SUFFIX.search(w):
            return PLACE
        return PERSON if w.isalpha() and w[1:].islower() else OTHER
    head = last
    for k, w in enumerate(words[1:], 1):
        if w in ("of", "for", "on", "de", "and", "für", "und") or w[:2] in ("d'", "d’"):
            head = words[k - 1]
            if head == "General" and k >= 2:
                head = words[k - 2]  # "Directorate General of Corrections"
            break
    if last in _MISC_HEADS or head in _MISC_HEADS or last in ("Fire", "Wildfire"):
        return OTHER  # ... and a fire by its name: "Orrin Canyon Fire" (not "Fire and Rescue")
    if last in _ORG_HEADS or head in _ORG_HEADS or first in _LEADING_HEADS or "&" in words:
        return ORGANIZATION  # ... or a firm of partners: "Harrow & Teo"
    if last in _PLACE_HEADS or head in _PLACE_HEADS or first in _PLACE_FIRST:
        return PLACE
    if all(w in _DIRECTIONS for w in words):
        return PLACE  # "the North East", "South West"
    if len(words) == 2 and first in _DIRECTIONS and last.lower() in _PLACES:
        return PLACE  # "Inner Mongolia", "Eastern Ukraine"
    if any(_is_acronym(w) and not _ROMAN.fullmatch(w) for w in words):
        return ORGANIZATION
    if any(_ROMAN.fullmatch(w) for w in words[1:]) or first in _STORMS:
        return OTHER  # "Louis XIV", "Hurricane Delia"
    if cue or (
        len(words) <= 4
        and all(
            w[:1].isupper()
            or w[2:3].isupper()
            or w in _CONNECTORS
            or _INITIAL.fullmatch(w)
            or _ARTICLE_NAME.fullmatch(w)  # "Haidar al-Khafaji"
            for w in words
        )
        and words[-1].lower() not in _PLACES  # not "Kharkiv Kupiansk"; "Victoria Nuland" is one
    ):
        return PERSON
    return OTHER


def _is_headline(text: str, start: int, end: int) -> bool:
    """A title-case or all-caps line: its names are kept only if the body names them too."""
    line = text[start:end].strip()
    if "@" in line or line[:1] in "—–-":
        return False  # an attribution line ("— Name (@handle) date"), not a headline
    if line.count(",") >= 2 and line.endswith("."):
        return (
            False  # a list of names: "Present: Cllr Graham Voss (Chair), Cllr Helen Marchetti, ..."
        )
    words = _WORD.findall(text, start, end)
    if len(words) < 3:
        return False
    upper = sum(1 for w in words if w.isupper() and len(w) > 1)
    if upper / len(words) > 0.6:
        return True
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    if len(content) < 4:
        return False
    caps = sum(1 for w in content if w[0].isupper()) / len(content)
    tail = text[start:end].rstrip()[-1:]
    return caps >= 0.95 or (caps >= 0.8 and tail not in _ENDERS)


def _place_name(toks: list[_Tok]) -> bool:
    return " ".join(t.word for t in toks).lower() in _PLACES


def _lines(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def find_mentions(
    text: str,
    spans: Sequence[tuple[int, int]],
    headings: Iterable[tuple[int, int]] = (),
    unsure: list[Mention] | None = None,
) -> tuple[Mention, ...]:
    """Name mentions inside the given sentence spans of ``text`` (offsets into ``text``).

    ``headings`` are spans known to be headings: like title-case lines, their names count only
    where the body names them too ("Centrist Marta Kovac wins ..." gives Marta Kovac). Lone
    sentence-initial words the text does not confirm as names elsewhere go to ``unsure`` (another
    article may name them: "Norvia, the group's largest carrier, ...")."""
    heading_spans = set(headings)
    if not isinstance(text, str) or not text:
        return ()
    size = len(text)
    vocab: set[str] | None = None
    body: list[Mention] = []
    headlines: list[tuple[int, int]] = []
    pending: list[Mention] = []  # lone sentence-initial words, kept if also seen mid-sentence
    seen: set[str] = set()
    for span in spans:
        try:
            s, e = max(0, int(span[0])), min(size, int(span[1]))
        except (TypeError, ValueError, IndexError):
            continue
        if e <= s:
            continue
        for ls, le in _lines(text, s, e):
            runs = _joined_runs(text, [m.span() for m in _RUN.finditer(text, ls, le)])
            if not runs:
                continue
            capitalised = sum(text.count(" ", rs, re_) + 1 for rs, re_ in runs)
            if (s, e) in heading_spans or (
                capitalised * 2 >= text.count(" ", ls, le) + 1 and _is_headline(text, ls, le)
            ):
                headlines.append((ls, le))
                continue
            for rs, re_ in runs:
                toks = _tokens(text, rs, re_)
                if len(toks) > 3 * _MAX_RUN_TOKENS:
                    continue
                initial = _is_initial(text, s, rs)
                for i, j, cue in _pieces(toks):
                    while i < j and toks[i].word in _CONNECTORS:
                        i += 1
                    while j > i and toks[j - 1].word in _CONNECTORS:
                        j -= 1
                    if i < j and initial and i == 0:
                        first = toks[0].word
                        low = first.lower()
                        if low in _INITIAL_STOP or (
                            first[1:].islower()
                            and low not in _PLACES
                            and (j - i == 1 or low.endswith("ly"))
                            and _COMMON_SUFFIX.search(low)
                        ):
                            i += 1
                        elif (
                            j - i >= 2
                            and first[1:].islower()
                            and low not in _PLACES
                            and first not in _PLACE_HEADS
                            and first not in _DIRECTIONS
                            and _place_name(toks[i + 1 : j])
                        ):
                            i += 1  # "Tonight Slovenia chose ...": a word before a place
                        elif j - i == 1 and first[1:].islower():
                            if vocab is None:
                                vocab = set(_LOWER_WORD.findall(text))
                            if (
                                low in vocab
                                or low.rstrip("s") in vocab
                                or low[:-2] in vocab
                                # a list's label: "Area burned: about 4,570 acres"
                                or (_is_common(low) and _LABEL_AFTER.match(text, toks[0].end))
                            ):
                                i += 1
                    while i < j and toks[i].word in _CONNECTORS:
                        i += 1
                    mention = _mention(text, toks[i:j], cue)
                    if mention is None:
                        continue
                    if not cue:
                        kind = _context_kind(text, mention, lone=j - i == 1)
                        # (a dateline's place in capitals is sure: "SÃO PAULO, July 17 -")
                        if kind != mention.kind or kind == PLACE and mention.text.isupper():
                            mention = replace(mention, kind=kind, sure=True)
                    if (
                        initial
                        and i == 0
                        and j == 1
                        and not cue
                        and not (mention.sure and mention.text.isupper())  # a dateline: "BOGOTÁ,"
                        and _unsure(mention)
                        and (
                            mention.text in _PEOPLE_PLURALS
                            or not _SUBJECT.match(text, mention.end, min(e, mention.end + 40))
                            or _MEASURED.match(text, mention.end, e)
                            and _is_common(mention.text.lower())
                            # the plural of a common word: "Trains will run until 11 pm"
                            or mention.text.endswith("s")
                            and _PLURAL_VERB.match(text, mention.end, e)
                            and _is_common(mention.text[:-1].lower())
                        )
                    ):
                        pending.append(mention)
                    else:
                        body.append(mention)
                        seen.update(t.word for t in toks[i:j])
    if pending:
        by_prefix: dict[str, list[str]] = {}
        for w in seen:
            if len(w) >= 5:
                by_prefix.setdefault(w[:3], []).append(w)
        for m in pending:
            if m.text in seen or (len(m.text) >= 5 and _near(m.text, by_prefix)):
                body.append(m)
            elif unsure is not None and not _is_common(m.text.lower()):
                unsure.append(m)
    body.sort(key=lambda m: (m.start, m.end))
    mentions = _add_headline_mentions(text, headlines, body)
    return _propagate(text, mentions)


#: Countries whose names hold "and": "São Tomé and Príncipe", "Trinidad and Tobago"
_AND_PLACES = tuple(p for p in _PLACES if " and " in p)


#: A lower-case word inside a name its acronym spells: "Votes at Sixteen Alliance (VSA)"
_SMALL_GAP = re.compile(r" (?:at|on|in|to|against|without|with|from|by|over|under) ")


def _joined_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs, two joined by "and" where they are one body's name: "Food and Drug
    Administration" (a common word and a body), "Department of Health and Human Services"; or
    by a small word where the bracketed acronym after spells both."""
    out: list[tuple[int, int]] = []
    upto = -1  # runs up to this index are the list of a body's name, joined already
    for k, (rs, re_) in enumerate(runs):
        if k <= upto:
            continue
        gap = text[out[-1][1] : rs] if out else ""
        if gap == ", ":
            last = _listed_remit(text, text[out[-1][0] : out[-1][1]].split(), runs, k)
            if last:  # "Ministry of Agriculture, Fisheries and Food"
                out[-1] = (out[-1][0], runs[last][1])
                upto = last
                continue
        if _SMALL_GAP.fullmatch(gap) and _acronym_spells(text, text[out[-1][0] : re_].split(), re_):
            out[-1] = (out[-1][0], re_)  # "Votes at Sixteen Alliance (VSA)"
            continue
        if gap == " and ":
            first, second = text[out[-1][0] : out[-1][1]].split(), text[rs:re_].split()
            whole = " ".join([*first[-2:], "and", re.sub(r"['’]s$", "", second[0])]).lower()
            if any(whole.endswith(p) for p in _AND_PLACES):  # "São Tomé and Príncipe's"
                out[-1] = (out[-1][0], re_)
                continue
            own = [w.endswith(("'s", "’s")) for w in first]
            own_end = (
                len(own) - own[::-1].index(True)
                if any(own)  # "the UK's Competition and Markets Authority"
                else int(  # "The Food ...", "U.S. Food and Drug Administration"
                    first[0] == "The"
                    or bool(_INITIAL_RUN.fullmatch(first[0]))
                    or first[0] in _PLACE_ACRONYMS
                )
            )
            if first[-2:-1] == ["the"]:  # "Patricia Lim of the Food and Drug Administration"
                own_end = len(first) - 1
            # ... "of" or "for": "Centers for Disease Control and Prevention"
            of = next((i for i in range(1, len(first) - 1) if first[i] in ("of", "for")), 0)
            if (
                (
                    len(first) - own_end == 1
                    and re.sub(r"['’]s$", "", second[-1]) in _ORG_HEADS  # "... Administration's"
                    and first[-1] not in _ORG_HEADS  # "the Court and National Assembly": two
                    and _is_common(first[-1].lower())
                )
                or (
                    of
                    and first[of - 1] in _ORG_HEADS
                    and len(second) <= 3
                    and _is_common(second[-1].lower())
                )
                # "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)"
                or _acronym_spells(text, [*first[own_end:], "and", *second], re_)
                # a place's utility: "Athens Water Supply and Sewerage Company", "Shropshire
                # Fire and Rescue Service" (a county the gazetteer lacks: one word, no title)
                or (
                    len(first) - own_end >= 2
                    and (
                        first[own_end].lower() in _PLACES
                        or len(first) - own_end == 2
                        and first[own_end] not in _TITLES
                        and first[-1] not in _ORG_HEADS  # "Kent Police and Border Force": two
                        and not _is_common(first[own_end].lower())
                    )
                    and second[-1] in _ORG_HEADS
                    and all(
                        _is_common(w.lower()) and w not in _TITLES and w.lower() not in _PLACES
                        for w in [*first[own_end + 1 :], *second[:-1]]
                    )
                )
            ):
                out[-1] = (out[-1][0], re_)
                continue
        out.append((rs, re_))
    return out


def _remit_word(words: Sequence[str]) -> bool:
    """One item of a body's list of remits: a capitalised common word, no place."""
    return (
        len(words) == 1
        and words[0][1:].islower()
        and _is_common(words[0].lower())
        and words[0].lower() not in _PLACES
    )


def _listed_remit(text: str, first: Sequence[str], runs: Sequence[tuple[int, int]], k: int) -> int:
    """The index of the last run of a list of remits that continues the body's name ``first``
    at run ``k`` ("Department of Health, | Safety and | Welfare"), or 0: the body has a head word
    before its "of" or "for", each item is one common word, and the list ends in "and"."""
    conn = next((n for n, w in enumerate(first) if w in ("of", "for") and n), 0)
    if not conn or not any(w in _ORG_HEADS for w in first[:conn]):
        return 0
    for n in range(k, len(runs)):
        if not _remit_word(text[runs[n][0] : runs[n][1]].split()):
            return 0
        gap = text[runs[n][1] : runs[n + 1][0]] if n + 1 < len(runs) else ""
        if gap == " and ":
            nxt = text[runs[n + 1][0] : runs[n + 1][1]].split()  # "Food on Monday"
            return n + 1 if _remit_word(nxt[:1]) else 0
        if gap != ", ":
            return 0
    return 0


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{3,})\)")


def _acronym_spells(text: str, words: Sequence[str], end: int) -> bool:
    """The bracketed acronym after ``end`` spells the capitalised ``words`` ("Fire Service and
    Civil Defence (FSCD)"; an "and" may give its A)."""
    m = _ACRONYM_AFTER.match(text, end)
    if not m:
        return False
    if words[:1] == ["The"]:
        words = words[1:]
    caps = "".join(w[0] for w in words if w[:1].isupper())
    with_and = "".join("A" if w == "and" else w[0] for w in words if w[:1].isupper() or w == "and")
    return m[1] in (caps, with_and)


_PLACE_NOUNS = (
    "region|oblast|province|republic|krai|district|county|city|town|village|area|border|river"
    "|valley|peninsula|island|airport|port|airbase|base|settlement|municipality|governorate"
    "|prison|jail|penitentiary|stream|creek|brook|lake|glacier|canton|prefecture|highlands"
    "|mountains|hills|strait|fjord|gorge|canyon|pass|reservoir|dam|terminal|substation|waterfront"
    "|riverfront|seafront|embankment|promenade|quay|estate|neighbourhood|neighborhood|suburb"
)
#: "the state of Jalisco", "Aguascalientes state" (not "Chinese state media")
_STATE = (
    r"state(?![\s-]+(?:media|television|tv|news|agency|broadcaster|radio|run|owned|controlled"
    r"|department|secretary|funeral|visit|officials?|prosecutors?|lawmakers|legislature))"
)
#: ... also two of a kind: "in the Androy and Anosy regions"
_PLACE_AFTER = re.compile(
    rf"(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:{_PLACE_NOUNS}|{_STATE})s?\b|-based\b"  # "Thessaloniki-based"
)
_PLACE_BEFORE = re.compile(
    rf"(?:\b(?:(?:{_PLACE_NOUNS}|state)s?|outskirts|suburbs?|capital|center|centre) of|\bnear"
    r"|\boutside"
    r"|\bclose to|\b(?:north|south|east|west)(?:east|west)?(?:ern)? of"
    r"|\b(?:mayor|governor|residents|people) of)\s+$"
)

#: A lone name after the kind of body it is: "the EU statistics office Eurostat", "the news
#: agency Yonhap" (not "taking office Jokowi"); words that can be no title need no "the":
#: "Swedish pump maker Nordvik".
_BODY = (
    r"(?:\w*maker|company|firm|lender|carrier|airline|insurer|retailer|conglomerate|giant|"
    r"broadcaster|newspaper|journal|magazine|regulator|watchdog|startup|manufacturer|supplier|"
    r"producer|publisher|association|lobby|charity|consultancy|pollster|brokerage|utility|"
    r"operator|developer|organiser|organizer|provider|platform|chain|portal|website)"
)
_ORG_BEFORE = re.compile(
    rf"(?:\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}(?:office|agency|bureau|"
    rf"ministry|bank|group|party|union|institute)|\b{_BODY})\s+$",
    re.IGNORECASE,
)
#: ... or in commas after it, whatever its length: "The operator, Empresa Metro de Bogotá,
#: forecasts", "A consumer group, Fair Price Veldoria, warned"
_ORG_APPOSED = re.compile(
    rf"\b(?:the|its|their|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{_BODY}|group|agency|union),\s+$",
    re.IGNORECASE,
)
#: A title a study is published in, of any length: "published on Monday in The Lancet"
_PUBLISHED_IN = re.compile(r"\bpublished(?:\s+[\w-]+){0,3}?\s+in\s+(?:the\s+journal\s+)?$")
#: ... or before it: "Nordvik, the Swedish maker of industrial pumps,"
_ORG_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}{_BODY}(?:\s*[,.;]|\s+(?:of|that|which|based)\b)"
    # ... or its officers and shares: "Optus chief executive Kelly Bayer Rosmarin"
    r"|\s+(?:chief\s+executive|CEO|chief\s+financial\s+officer|CFO|shareholders|shares)\b",
    re.IGNORECASE,
)


#: Where a name is a place: "in Leeds", "in Baton Rouge", "near Port Allen" (not "in Lisa Chen's
#: words").
_IN_PLACE = re.compile(r"\b(?:in|near|outside|across|throughout|(?<!\blooked )(?<!\baimed )at)\s+$")
_FROM_IN = re.compile(r"\b(?:from|in|near|around)\s+\Z")
#: What only a country has: "Kanoré's presidential election", "Kanoré's capital"
_COUNTRY_OWNS = re.compile(
    r"['’]s\s+(?:presidential|parliamentary|general\s+election|capital|president|parliament|"
    r"constitution|economy|central\s+bank|prime\s+minister)\b"
)
_PLACE_OF = re.compile(
    rf"\b(?:(?:{_PLACE_NOUNS}|state)s?|outskirts|suburbs?|capital)\s+of\s+(?:the\s+)?\Z"
)
_AND_NAME = re.compile(r"\s+and\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
#: "In Tiruchirappalli, traders ...": a sentence that opens on where
_IN_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+$")
#: A ship's name after what it is: "the cruise ship Aurora Meridian", "the tanker Front Altair"
_VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|tanker|freighter|liner|yacht|ferry|trawler|frigate|destroyer|submarine"
    r"|carrier|cutter)\s+\Z|\w-flagged\s+\Z"  # "the Marshall Islands-flagged Coral Meridian"
    r"|\b(?:MV|M/V|MS|M/S|MT|M/T|SS|HMS|USS|RV|FV)\s+\Z"  # "the M/V Sta. Lucia Express"
)
#: Where travel goes: "cancelled all flights to Rhodes", "fled from Kherson"
_TRAVEL_TO = re.compile(
    r"\b(?:flights?|ferr(?:y|ies)|trains?|travel(?:led|ed|ling|ing)?|fled|flee(?:ing)?|"
    r"evacuated|returned|deported|moved|sailed|departed)\s+(?:to|from|into)\s+$"
    # ... or where a journey is bound: "its itinerary to Ålesund", "a tanker bound for Mombasa"
    r"|\b(?:itinerary|voyage|journey|trip|cruise|route|sail(?:s|ed|ing)?|head(?:s|ed|ing)"
    r"|bound|flew|flying|drove|driving|marched|en\s+route|flights?)"
    r"\s+(?:from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+)?(?:to|for)\s+$"  # "from Jeddah to"
    # ... or where a line goes: "a second line, towards Suba and Engativá"
    r"|\b(?:line|road|railway|highway|motorway|route|extension)s?,?\s+(?:to|towards|toward)\s+"
    r"(?:[A-Z][\w'’-]*\s+and\s+)?$"
    # ... or where travellers came from: "driving through the night from Nelson and Blenheim"
    r"|\b(?:driv(?:e|es|ing)|drove|flew|flying|travell?(?:ed|ing))\s+(?:[a-z]+\s+){0,4}?from"
    r"\s+(?:[A-Z][\w'’-]*\s+and\s+)?$"
    r"|\b(?:since|after|before)\s+leaving\s+$|\b(?:ship|vessel|plane|train)\s+(?:had\s+)?left\s+$"
    # what a road, a tunnel or a bridge joins: "linking Ålesund and Hareid", "between
    # Kristiansand and Trondheim" (after a route: not "talks between Putin and Zelensky")
    r"|\b(?:linking|connecting|connects|links|joining|joins)\s+(?:[^\W\d_][\w'’-]*\s+and\s+)?$"
    r"|\b(?:road|highway|motorway|railway|rail\s+line|route|journey|tunnel|bridge|crossing"
    r"|border|flights?|ferry)\s+(?:\w+\s+){0,3}?between\s+(?:[^\W\d_][\w'’-]*\s+and\s+)?$"
)
_CAP_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de\s+|da\s+)?[A-Z][\w'’.-]*){0,2}"
#: The last of a list of places: "held in Porto, Coimbra, Braga and Faro" (lower-case "in":
#: "In Kyiv, Zelensky and Blinken met" is no list)
#: ... or after the kind of place they are: "in 24 cities, including Porto, Coimbra and Faro"
_LIST_OPEN = (
    r"(?:\b(?:in|around|near|across)"
    r"|\b(?:cities|towns|villages|regions|provinces|states|countries|capitals),?\s+"
    r"(?:including|such\s+as|like)"
    r"|\b(?:counties|districts|regions|provinces|states|towns|villages|cities)\s+of)"
)
_IN_LIST_END = re.compile(rf"{_LIST_OPEN}\s+(?:{_CAP_NAME}\s*,\s*)*{_CAP_NAME},?\s+(?:and|or)\s+$")
_IN_LIST_MID = re.compile(rf"{_LIST_OPEN}\s+(?:{_CAP_NAME}\s*,\s*)*$")
_LIST_REST = re.compile(rf"(?:\s*,\s*{_CAP_NAME})*,?\s+(?:and|or)\s+{_CAP_NAME}")
#: A name before a known place: "left Sfax, Tunisia, carrying"
_BEFORE_PLACE = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)(?=\s*[,.;:)]|\s*$)")
_POSSESSIVE = re.compile(r"\s?['’]s\b")
_SAINT_S = re.compile(r"['’][sS]?")


#: A dateline: a place in capitals opening a paragraph, before its state, date or agency
#: ("THE HAGUE, May 6 (Reuters) -", "SFAX —")
_DATELINE_START = re.compile(r"(?:\A|\n)[ \t]*(?:THE\s+)?\Z")
_DATELINE_END = re.compile(
    r",\s+(?:[A-Z]|\d{1,2}\s+[A-Z][a-z]+)"  # "ULAN BATOR, 7 October 2026 —"
    r"|\s*\((?:Reuters|AP|AFP|dpa|ANSA|EFE)\)|\s+[—–-]{1,2}\s+[A-Z]"
    r"|\s*\([A-Z][\w'’&. -]{1,40}\)\s*[—–-]{1,2}\s+[A-Z]"  # "TAKAKA (Tasman Wire) — "
)


#: What closes a dateline's agency: "(Norpress) — An explosion ..."
_AGENCY_END = re.compile(r"\)\s*(?:[—–]|--?)\s")


def _context_kind(text: str, m: Mention, *, lone: bool) -> str:
    """The kind the words around a name give it, over the guess from the name itself: "the
    firm Verisk", "published in The Lancet", "in Baton Rouge", "the Tuva region", a dateline."""
    if (
        m.text.isupper()
        and len(m.text) > 2
        and m.text.lower() not in _ORGS
        and _DATELINE_START.search(text, max(0, m.start - 12), m.start)
        and _DATELINE_END.match(text, m.end)
    ):
        return PLACE
    if m.kind == PERSON and _VESSEL_BEFORE.search(text, max(0, m.start - 20), m.start):
        return OTHER  # "the cruise ship Aurora Meridian"
    if (
        m.kind in (PERSON, OTHER)
        and text[m.start - 1 : m.start] == "("
        and _AGENCY_END.match(text, m.end)
    ):
        return ORGANIZATION  # a dateline's agency: "BREVNO, Lysk Region (Norpress) — ..."
    if m.kind in (PERSON, OTHER, PLACE) and (
        _ORG_APPOSED.search(text, max(0, m.start - 60), m.start) and text[m.end : m.end + 1] == ","
    ):
        return ORGANIZATION
    if m.kind in (PERSON, OTHER) and (
        _PUBLISHED_IN.search(text, max(0, m.start - 40), m.start)
        or (" " in m.text and _acronym_spells(text, m.text.split(), m.end))  # "... (STC)"
    ):
        return ORGANIZATION
    if (
        lone
        and m.text.lower() not in _PLACES
        and (
            _ORG_BEFORE.search(text, max(0, m.start - 60), m.start)
            or _ORG_AFTER.match(text, m.end, m.end + 60)
        )
    ):
        return ORGANIZATION  # not "the manufacturer Georg Reichenbach"
    if (
        m.kind in (PERSON, OTHER)
        and (
            (lone and _place_context(text, m.start, m.end))
            # "the state of North Rhine-Westphalia" (not "the people of John Smith")
            or _PLACE_OF.search(text, max(0, m.start - 40), m.start)
            or _PLACE_AFTER.match(text, m.end)  # "Bukit Sembilan prison"
            # ... or the first of two, the other a known place: "artists from Murano and Bohemia"
            or (
                _FROM_IN.search(text, max(0, m.start - 8), m.start)
                and (other := _AND_NAME.match(text, m.end)) is not None
                and _kind(other[1].split(), False) == PLACE
            )
            or (
                _IN_PLACE.search(text, max(0, m.start - 12), m.start)
                and not _POSSESSIVE.match(text, m.end)
            )
            or _in_list(text, m.start, m.end)
            or (
                lone
                and _IN_OPENING.search(text, max(0, m.start - 6), m.start)
                and text[m.end : m.end + 1] == ","
            )
            or _TRAVEL_TO.search(text, max(0, m.start - 60), m.start)
            or _before_place(text, m.end)
            or (lone and _COUNTRY_OWNS.match(text, m.end))  # "Kanoré's presidential election"
        )
    ):
        return PLACE
    return m.kind


def _in_list(text: str, start: int, end: int) -> bool:
    """A name in a list after "in": "in Porto, Coimbra, Braga and Faro"."""
    if _IN_LIST_END.search(text, max(0, start - 120), start):
        return True
    return bool(
        _IN_LIST_MID.search(text, max(0, start - 120), start) and _LIST_REST.match(text, end)
    )


def _before_place(text: str, end: int) -> bool:
    """A name followed by a known place: "Sfax, Tunisia"."""
    m = _BEFORE_PLACE.match(text, end)
    return bool(m) and m.group(1).lower() in _PLACES


def _place_context(text: str, start: int, end: int) -> bool:
    """A lone name written as a place: "the Tuva region", "the town of Belaya", "near Kupiansk"."""
    return bool(
        _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 40), start)
    )


_INITIAL_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z]\.\Z")
_LOWER_BEFORE = re.compile(r"[a-z]\s*\Z")
_WORD_AT = re.compile(r"[^\W\d_]+")


def _is_initial(text: str, span_start: int, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, a quotation or a clause after a colon."""
    k = pos
    while k > span_start and text[k - 1].isspace():
        k -= 1
    if k == span_start:
        return True
    c = text[k - 1]
    if c in "\"'":
        prev = text[k - 2] if k - 1 > span_start else " "
        attached = k == pos
        if attached and (prev.isspace() or prev in _OPENERS or prev in "\"'"):
            return True  # an opening quote: ' "Name'
        if not attached and not prev.isspace() and k - 1 > span_start:
            return False  # a closing quote: 'said," Name'
        # spaced on both sides (tokenised text): an odd quote in the sentence so far opens
        return text.count(c, max(span_start, pos - 400), pos) % 2 == 1
    # after an initial ("identified as M. Shakya") or a bracket inside a sentence ("Singapore
    # Telecommunications Ltd (Singtel)"), a capital starts a sentence only before a common word
    # ("Plan A. This")
    if (c == "." and _INITIAL_BEFORE.search(text, max(span_start, k - 3), k)) or (
        c == "(" and _LOWER_BEFORE.search(text, max(span_start, k - 3), k - 1)
    ):
        word = _WORD_AT.match(text, pos)
        if word and not _is_common(word.group().lower()):
            return False
    return c in _OPENERS or c in _ENDERS


def _near(word: str, seen: dict[str, list[str]]) -> bool:
    """A spelling variant (Jaro-Winkler >= 0.88) of a word seen inside a surer mention."""
    choices = seen.get(word[:3], ())
    return bool(choices) and (
        process.extractOne(
            word, choices, scorer=JaroWinkler.normalized_similarity, score_cutoff=_JW_MIN
        )
        is not None
    )


#: People named by what they are or do, never a lone name: "Witnesses said smoke ..."
_PEOPLE_PLURALS = _wordset(
    "Witnesses Fans Supporters Doctors Rescuers Residents Survivors Officials Authorities "
    "Investigators Analysts Economists Experts Scientists Researchers Prosecutors Firefighters Villagers Neighbours "
    "Neighbors Activists Protesters Protestors Medics Paramedics Nurses Workers Passengers "
    "Students Teachers Parents Locals Officers Soldiers Troops Relatives Families Lawmakers "
    "Delegates Diplomats Traders Dealers Sources Detectives Deputies Troopers"
)
#: A verb and a figure: "Turnout was 61 percent", "Revenue declined 6 percent to ..."
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have|will|would|can|could|may|might|must|should)\b")
_MEASURED = re.compile(r"(?:\s+[a-z]+){1,3}\s+(?:[a-z]+\s+)?[$€£¥]?\d")


# A sentence that starts with a common word and gives a figure ("Turnout was 61 percent") names
# no one unless the word is also written capitalised inside a sentence; PPDB also holds names
# (Weiss, Vega), so a common word alone is not enough.
_is_common = is_common


def _unsure(m: Mention) -> bool:
    """A lone capitalised word that no list knows (it may just start the sentence)."""
    w = m.text
    return not (_is_acronym(w) or w.lower() in _PLACES or w.lower() in _ORGS or w[:1] == "@")


#: A currency written onto its figure, which is no name: "RM38mil", "Rs500", "KSh2bn"
_PREFIXED_SUM = re.compile(r"(?:RM|Rs|Rp|KSh|N)\d[\d.,]*(?:mil|mln|bn|m|b|k)?")


#: Letters after a person's name: "Gideon Marsh KC", "Jane Doe MP"
_POSTNOMINALS = frozenset("KC QC MP MEP MSP MS MLA MBE OBE CBE KBE DBE PhD".split())
#: A legislator's party and state or town, after the name: "Sen. Roy Patchett, R-Dunmore"
_PARTY_OF = re.compile(r"[RDI]-[A-Z][\w.]*")


def _mention(text: str, toks: list[_Tok], cue: bool) -> Mention | None:
    if len(toks) >= 3 and toks[-1].word in _POSTNOMINALS:
        toks = toks[:-1]  # "Gideon Marsh KC": a person, not the body an acronym would make it
    if not toks or len(toks) > _MAX_RUN_TOKENS:
        return None
    words = [t.word for t in toks]
    if (
        all(w in _NUMBER_WORDS for w in words)
        or all(w in _SINGLE_DROPS for w in words)  # "Urges Parties", "Monday March"
        or (len(words) == 1 and words[0] in _HOLIDAYS)
    ):
        return None
    if len(words) == 1:
        w = words[0]
        if w in _SINGLE_DROPS or len(w) < 2 or w.replace(".", "") in _CAPS_NOUNS:
            return None
        if _PREFIXED_SUM.fullmatch(w) or text[toks[0].start - 1 : toks[0].start] == "$":
            return None  # "RM38mil", "Rs500", "$A4.8bn": a sum of money
        if text[toks[0].end : toks[0].end + 1] == "$" or _PARTY_OF.fullmatch(w):
            return None  # "US$3.4bn": a currency; "R-Dunmore": a senator's party and home
        if w.endswith("s") and _is_acronym(w[:-1]) or w.endswith("ians"):
            return None  # MPs, GIFs, Floridians
        if w.endswith(("man", "men")) and w[:-3] in _DEMONYMS:
            return None  # "two Frenchmen"
        if (w in _ORG_HEADS or w in _PLACE_HEADS) and w.lower() not in _ORGS:
            return None  # "the Government", "the Bank"
    if (
        all(w in _DEMONYMS or w in _DIRECTIONS for w in words)
        and any(w in _DEMONYMS for w in words)
        and words[-1].lower() not in _ORGS  # "Labour", "the Liberal Democrats"
    ):
        return None
    if (
        words[0] in _DEMONYMS
        and (
            (len(words) == 2 and _is_acronym(words[1]))
            or (  # "Kenyan Benson Kipruto", not "European Economic Area"
                len(words) >= 3
                and _kind(words[1:], cue) == PERSON
                and not any(_is_common(w.lower()) for w in words[1:])
            )
        )
    ):
        toks = toks[1:]
        words = words[1:]
    start, end = toks[0].start, toks[-1].end
    if len(words) == 2 and words[0] in ("St", "St.", "Saint") and toks[-1].possessive:
        end = _SAINT_S.match(text, end).end()  # "St. Brendan's said": a body, not a saint
        return Mention(start, end, text[start:end], ORGANIZATION)
    if len(words) == 1 and words[0] in _STATE_ABBREVIATIONS and text.startswith(".", end):
        return Mention(start, end, text[start:end], PLACE)  # "PORT ALLEN, La. —"
    if len(words) >= 2 and words[0].lower() in _PLACES and words[-1] in _DIRECTIONS:
        return Mention(start, end, text[start:end], PLACE)  # a district: "Dublin Bay South"
    return Mention(start, end, text[start:end], _kind(words, cue))


def _add_headline_mentions(
    text: str, headlines: list[tuple[int, int]], body: list[Mention]
) -> list[Mention]:
    """Names in headline lines, kept only where the same string is a mention in the body."""
    if not headlines:
        return body
    known: dict[str, str] = {}
    for m in body:
        known.setdefault(m.text.lower(), m.kind)
    out = list(body)
    longest = max((len(k.split()) for k in known), default=0)
    for ls, le in headlines:
        for m in _RUN.finditer(text, ls, le):
            toks = _tokens(text, m.start(), m.end())
            k = 0
            while k < len(toks):
                for j in range(min(len(toks), k + longest), k, -1):
                    key = text[toks[k].start : toks[j - 1].end].lower()
                    if key in known:
                        s, e = toks[k].start, toks[j - 1].end
                        out.append(Mention(s, e, text[s:e], known[key]))
                        k = j - 1
                        break
                k += 1
    out.sort(key=lambda m: (m.start, m.end))
    return out


_ALIAS_BETWEEN = re.compile(r"\s*\(\s*")
#: A number after an abbreviation in brackets: a register's label, no alias
_CODE_AFTER = re.compile(r"\s*(?:no\.?\s*|number\s+|:\s*)?\d", re.IGNORECASE)
_ALSO_KNOWN = re.compile(r"\s*\)?\s*,?\s*(?:also\s+)?(?:known\s+as|or|aka)\s+", re.IGNORECASE)


def _short_name(m: Mention, prev: Mention) -> bool:
    """A one-word short name an organisation's long one begins with: "Singapore
    Telecommunications Ltd (Singtel)"; "_ALIAS_BETWEEN" then checks the bracket."""
    return (
        prev.kind == ORGANIZATION
        and " " not in m.text
        and len(m.text) >= 4
        and m.text[:3].lower() == prev.text[:3].lower()
    )


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.split() if w[:1].isupper())


def _propagate(text: str, mentions: list[Mention]) -> tuple[Mention, ...]:
    """Document-level fixes: aliases from "Long Name (ABC)", kinds of surnames and aliases."""
    person_words: set[str] = set()
    kind_of: dict[str, str] = {}
    for m in mentions:
        if m.kind != OTHER:
            kind_of.setdefault(m.text, m.kind)
        if m.kind == PERSON and " " in m.text:
            parts = m.text.split()
            person_words.update((parts[0], parts[-1]))
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k > 0 and (_is_acronym(m.text) or _short_name(m, out[-1])):
            prev = out[-1]
            gap = text[prev.end : m.start]
            if (
                " " in prev.text
                and _ALIAS_BETWEEN.fullmatch(gap)
                and not _is_acronym(prev.text)
                and not _CODE_AFTER.match(text, m.end)  # "Étoile du Nord (IMO 9586741)"
                # "Tigist Aberra (ETH)": her country, no alias (a person's name is no acronym's
                # long form unless its initials spell it)
                and (prev.kind != PERSON or _initials(prev.text) == m.text.upper())
            ):
                long = prev.text
                if k > 1 and "'" not in long and "’" not in long:
                    owner = out[-2]
                    if re.fullmatch(r"['’]s\s+", text[owner.end : prev.start]):
                        long = text[owner.start : prev.end]
                m = replace(m, expands=long, kind=prev.kind if prev.kind != OTHER else m.kind)
            elif prev.expands and _ALSO_KNOWN.fullmatch(gap):
                m = replace(m, expands=prev.expands, kind=prev.kind)
        elif m.kind == OTHER and " " not in m.text:
            if m.text in person_words:
                m = replace(m, kind=PERSON)
            elif m.text in kind_of:
                m = replace(m, kind=kind_of[m.text])
        out.append(m)
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Variant clustering

_NAME_STOP = _wordset(
    "of for the and de du da di del dela delos la le von van der den al bin ibn mv ms mt ss hms "
    "uss rv fv"  # ... and a ship's prefix: "MV Santa Lucia Express" is the Santa Lucia Express
)
#: Words a name may go without: "SoftBank Group" / "SoftBank", "Arm Holdings" / "Arm"
_GENERIC = _wordset("""region oblast province republic krai district president secretary minister
    spokesman spokesperson spokeswoman mr mrs ms dr general group grupo holdings inc corp corporation
    ltd plc llc motor motors cruises pharma pharmaceuticals therapeutics spa gmbh airlines airways""")
_CONTRAST = _wordset("""north south east west northern southern eastern western northeast northwest southeast
    southwest upper lower inner outer new democratic people""")
_NUMBERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "first": "1", "second": "2", "third": "3"}
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")
_CARRIERS = frozenset(("airlines", "airways"))
#: Words of gazetteer places and demonyms, lower case: a name left with only these once its
#: generic words go is not that place ("American Airlines")
_KNOWN_WORDS = frozenset(
    w for p in (*_PLACES, *(d.lower() for d in _DEMONYMS)) for w in re.findall(r"[a-z0-9]+", p)
)
#: Words of gazetteer places: two different ones never fuzzy-match (Iran / Iraq).
_PLACE_WORDS = frozenset(w for p in _PLACES for w in re.findall(r"[a-z0-9]+", anyascii(p)))


@dataclass(slots=True)
class _Name:
    """One distinct spelling, normalised for matching."""

    text: str
    tokens: tuple[str, ...]  # content tokens (no stop or generic words), in order
    initials: str  # initials of all non-stop words, upper case
    owner: tuple[str, ...]  # content tokens of the owner ("South Korea's ..."), if any
    rest: tuple[str, ...]  # content tokens after the owner
    acronym: str  # letters of an abbreviation ("US" for "U.S."), else ""
    has_caps: bool  # contains an all-caps word (never expanded as a long form)
    contrast: frozenset[str]
    headed: bool  # ends in (or starts with) an organisation or place head word
    kind: str
    count: int = 0
    dotted: bool = False  # holds a dotted abbreviation ("U.S.")
    sure_place: bool = False  # a place by its context somewhere ("Kanoré's presidential election")
    articles: frozenset[int] = frozenset()  # the loaded articles that write it so


def _norm_words(text: str) -> list[str]:
    a = anyascii(text).lower().removesuffix("'s").replace("'s ", " ")
    a = a.replace("'", "").replace(".", "").replace("m/v", "mv").replace("m/s", "ms")
    return [_NUMBERS.get(w) or _SAINTS.get(w, w) for w in _ASCII_TOKEN.findall(a)]


#: Abbreviations a name may spell out: "St. Fleur" / "Saint-Fleur", "St Petersburg"
_SAINTS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "sta": "santa",
           "sto": "santo"}  # fmt: skip


def _content(words: Iterable[str]) -> tuple[str, ...]:
    words = [w for w in words if w not in _NAME_STOP]
    kept = tuple(w for w in words if w not in _GENERIC)
    if _CARRIERS.intersection(words) and _KNOWN_WORDS.issuperset(kept):
        return tuple(words)  # "Alaska Airlines" is no "Alaska", "British Airways" no "British"
    return kept


def _without_title(text: str) -> str:
    """The name after a title ("U.S. Secretary of State Antony Blinken" -> "Antony Blinken")."""
    words = text.split()
    if not any(w.rstrip(".") in _TITLES for w in words):
        return text
    toks = _tokens(text, 0, len(text))
    pieces = _pieces(toks)
    named = [p for p in pieces if p[2]] or pieces
    i, j, _ = named[-1]
    while i < j and toks[i].word in _CONNECTORS:
        i += 1
    return text[toks[i].start : toks[j - 1].end] if i < j else text


#: One spelling for a country owning a body: "Britain's Foreign Office" and "UK Foreign Office"
_OWNER_CANON = {
    ("united", "states"): ("us",),
    ("usa",): ("us",),
    ("united", "states", "america"): ("us",),
    ("united", "kingdom"): ("uk",),
    ("britain",): ("uk",),
    ("great", "britain"): ("uk",),
}


def _place_prefix(raw: str) -> int:
    """Where a body's name starts after a country's abbreviation ("U.S. Supreme Court", "UK
    Treasury"), or 0."""
    words = raw.split()
    if len(words) < 2 or words[-1] not in _ORG_HEADS:
        return 0
    first = words[0]
    if first.replace(".", "") in _PLACE_ACRONYMS or _INITIAL_RUN.fullmatch(first):
        return raw.index(first) + len(first)
    return 0


def _known_owner(owner: tuple[str, ...]) -> bool:
    """An owner that is a country by its abbreviation ("us", "uk"): no mention of it alone is
    needed to strip it (one is, for "South Korea's")."""
    return len(owner) == 1 and owner[0].upper() in _PLACE_ACRONYMS


def _make_name(text: str, kind: str) -> _Name:
    raw = _without_title(text.lstrip("@"))
    words = _norm_words(raw)
    acronym = ""
    plain = raw.replace(".", "").replace("-", "")
    if _is_acronym(raw) and plain.isalpha():
        acronym = plain.upper()
    owner: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()
    m = re.search(r"['’]s\s+", raw)
    if m and m.start() > 0 and raw[: m.start()].split()[-1] not in _NAME_POSSESSIVES:
        owner = _content(_norm_words(raw[: m.start()]))
        rest = _content(_norm_words(raw[m.end() :]))
    elif m is None and (p := _place_prefix(raw)):
        owner = _content(_norm_words(raw[:p]))  # "U.S. Supreme Court": the country's
        rest = _content(_norm_words(raw[p:]))
    owner = _OWNER_CANON.get(owner, owner)
    content = _content(words)
    raw_words = re.findall(r"[^\W_][\w'’.-]*", raw)
    initials = "".join(
        # a dotted abbreviation gives all its letters: "U.S. Geological Survey" is USGS
        (w.replace(".", "") if _INITIAL_RUN.fullmatch(w) else w[0])
        for w in (anyascii(x) for x in raw_words)
        if w and w.lower() not in _NAME_STOP
    ).upper()
    dotted = any(_INITIAL_RUN.fullmatch(w) for w in raw_words)
    caps = len(raw_words) > 1 and any(
        len(w) > 1 and _is_acronym(w) and not _INITIAL_RUN.fullmatch(w) for w in raw_words
    )
    words_title = raw.split()
    headed = bool(words_title) and (
        words_title[-1] in _ORG_HEADS
        or words_title[-1] in _PLACE_HEADS
        or words_title[0] in _ORG_HEADS
        or words_title[0] in _PLACE_HEADS
    )
    return _Name(
        text=text,
        tokens=content,
        initials=initials,
        owner=owner,
        rest=rest,
        acronym=acronym,
        has_caps=caps,
        contrast=frozenset(w for w in (rest or content) if w in _CONTRAST),
        headed=headed,
        kind=kind,
        dotted=dotted,
    )


#: Short forms of English first names with their full forms ("Mike Brandt" is Michael Brandt)
_NICKNAMES = {
    frozenset((full, short))
    for line in """michael mike; william bill will; robert bob rob; james jim jimmy; thomas tom;
    joseph joe; richard dick rick; david dave; steven steve; stephen steve; christopher chris;
    anthony tony; alexander alex; andrew andy; daniel dan; benjamin ben; samuel sam;
    nicholas nick; matthew matt; patrick pat; edward ed ted; elizabeth liz beth; katherine kate;
    catherine kate; jennifer jen jenny; susan sue; charles charlie chuck; kenneth ken;
    timothy tim; gregory greg; jeffrey jeff; donald don; ronald ron; peter pete;
    jonathan jon; joshua josh; zachary zach; vladimir vlad; gregor greg; daniel danny;
    nathaniel nat nate; nathan nate; robert bobby robbie; william billy; thomas tommy;
    margaret maggie meg peggy; elizabeth betty lizzie; jacob jake; victoria vicky; rebecca becky;
    frederick fred freddie; francis frank; gerald gerry; henry harry; lawrence larry;
    raymond ray; walter walt; patricia patty trish; jessica jess; samantha sam; deborah debbie;
    terence terry; vincent vince; philip phil; michael mick mickey; richard ricky; abigail abby;
    alexandra alex; eleanor ellie; josephine josie; timothy timmy; benjamin benny; edward eddie;
    jonathan jonny; kenneth kenny""".split(";")
    for full, *shorts in [line.split()]
    for short in shorts
}


#: Romanisations of one name, too far apart for a spelling match ("Mohammed Ashraf" /
#: "Muhammad Ashraf"); each pair is one name.
_NICKNAMES |= {
    frozenset((x, y))
    for line in """mohammed muhammad mohamed mohammad muhammed mohamad mohd; ahmed ahmad; mahmoud
    mahmud; yusuf yousef youssef yousif; hussein husain hussain; abdel abdul abd; omar umar;
    osman othman uthman; abdullah abdallah; mustafa mostafa moustafa; suleiman sulayman
    souleymane sulaiman suleyman; ibrahim ebrahim; ismail ismael; youssouf yusuf; haidar
    hayder haider; husam hussam; khaled khalid; walid waleed; saeed said sayed; konstantinos
    constantine constantinos; georgios george giorgos; aleksei alexei alexey aleksey alexej;
    andrei andrey; nikolai nikolay; yevgeny evgeny yevgeniy evgeniy; dmitry dmitri dmitriy;
    yury yuri iurii; oleksandr olexandr aleksandr alexandr; sergei sergey;
    mikhail michail""".split(";")
    for x in line.split()
    for y in line.split()
    if x < y
}


#: Indonesian spelling before 1972, still kept in many names: Djoko / Joko, Soeharto / Suharto
_OLD_SPELLING = (("dj", "j"), ("tj", "c"), ("oe", "u"))


def _new_spelling(word: str) -> str:
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    return word


#: A short form or romanisation -> one name of its set, so that the forms meet in one block
#: ("Bill" / "William", "Constantine" / "Konstantinos")
_ALIAS_KEY = {t: min(pair) for pair in _NICKNAMES for t in pair}


#: Letters romanisations of Arabic and Central Asian names swap: Farouk / Farouq, Eissa / Issa,
#: Youssef / Yusef
_ROMAN_SWAPS = (
    ("kh", "h"),  # Kharchenko / Harchenko
    ("zh", "j"),  # Zhaksybekov / Jaksybekov
    ("q", "k"),
    ("ou", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("'", ""),
    ("’", ""),
)


def _romanised(word: str) -> str:
    for old, new in _ROMAN_SWAPS:
        word = word.replace(old, new)
    return word[1:] if word.startswith("ei") else word


def _token_equal(a: str, b: str, *, alone: bool = False) -> bool:
    """Equal, a first name and its short form, a known place and its abbreviation, one name in
    old and new Indonesian spelling, or both longer than 3 letters, Jaro-Winkler >= 0.88, a few
    edits apart (a third of the letters; a quarter for a word ``alone``, with no other word of a
    name to back it; one, not an added letter, in a word of four) and not two known places."""
    if a == b or frozenset((a, b)) in _NICKNAMES:
        return True
    if len(a) <= 3 or len(b) <= 3 or (a in _PLACE_WORDS and b in _PLACE_WORDS):
        return False
    if _new_spelling(a) == _new_spelling(b):
        return True  # "Djoko" / "Joko"
    if _romanised(a) == _romanised(b):
        return True  # "Farouk" / "Farouq", "Eissa" / "Issa"
    if {a[:2], b[:2]} == {"mc", "ma"} and a.replace("mac", "mc", 1) == b.replace("mac", "mc", 1):
        return True  # "MacLachlan" / "McLachlan"
    if not (a in _PLACE_WORDS or b in _PLACE_WORDS):
        a, b = _romanised(a), _romanised(b)  # "Dmytro" / "Dmitri" as "Dmitro" / "Dmitri"
    short, long = sorted((a, b), key=len)
    if long in _PLACE_WORDS and long.startswith(short):
        return True  # "Calif." / California
    if JaroWinkler.normalized_similarity(a, b) < _JW_MIN:
        return False
    # Jaro-Winkler's prefix bonus alone is no spelling: Greece / Greenpeace, Inter / Interstate
    if len(short) <= 4:
        return len(a) == len(b) and Levenshtein.distance(a, b) <= 1
    return Levenshtein.distance(a, b) <= max(1, len(short) // (4 if alone else 3))


def _tokens_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every token pairs one-to-one, by equality or Jaro-Winkler >= 0.88; nothing left over."""
    if len(a) != len(b) or not a:
        return False
    left = list(b)
    for t in a:
        for k, u in enumerate(left):
            if t == u:
                del left[k]
                break
        else:
            for k, u in enumerate(left):
                if _token_equal(t, u):
                    del left[k]
                    break
            else:
                return False
    return True


@lru_cache(maxsize=4096)
def _hyphen_initials(text: str) -> str:
    """Initials of a name whose hyphened capitalised parts each give one ("Chu-Talas Water
    Commission" is CTWC)."""
    return "".join(
        p[0]
        for w in re.findall(r"[^\W_][\w'’.-]*", anyascii(text))
        if w.lower() not in _NAME_STOP
        for p in w.split("-")
        if p[:1].isupper()
    ).upper()


def _acronym_match(short: _Name, long: _Name, *, exact: bool = False) -> bool:
    """Initials of the long form equal the abbreviation, or (unless ``exact``) end with it or
    are the reordering a Romance language gives, head noun first: "National Electric
    Coordinator" / CEN (Coordinador Eléctrico Nacional)."""
    a = short.acronym
    if not a or long.acronym or long.has_caps or len(long.tokens) < 2:
        return False
    if long.dotted and len(long.tokens) < 3:
        return False  # "U.S. Army" is not USA
    if len(a) < 3 and _person_like(long):
        return False  # AP, the agency, is not Anne Parker: two letters name no person
    ini = long.initials
    if ini == a or ("-" in long.text and _hyphen_initials(long.text) == a):
        return True  # ... each part of a hyphened name gives its letter: "Chu-Talas" (CTWC)
    if " of " in long.text and _of_initials(long.text) == a:
        return True  # ... and "of" may give its O: DOC, the Department of Conservation
    if (
        len(a) >= 3
        and " and " in long.text
        and _make_name(long.text.rsplit(" and ", 1)[0], OTHER).initials == a
    ):
        return True  # ... or leave out a last "and ...": CDC, Centers for Disease Control and Prevention
    if exact or len(a) < 3:
        return False
    return (a[0] == ini[-1] and sorted(ini) == sorted(a)) or ini.endswith(a)


def _consonants(word: str) -> str:
    """A name's consonants, which its romanisations share (Yevgeny / Evgeny, Dmytro / Dmitri,
    Aleksei / Alexey, Kherson / Herson, Odessa / Odesa) and two names a letter apart do not
    (Selin / Selim, Columbus / Columbia)."""
    plain = _romanised(anyascii(word).lower()).replace("x", "ks")
    out = ""
    for c in plain:
        if c.isalpha() and c not in "aeiouyhj" and not out.endswith(c):
            out += c
    return out


#: What makes a woman's given name of a man's: Daniel / Danielle, Louis / Louise, Andre / Andrea
_FEMININE = frozenset(("a", "e", "le", "ne", "la", "na", "ine", "ette"))


def _gendered(x: str, y: str) -> bool:
    """Two given names, one a man's and one a woman's: Daniel / Danielle, Mario / Maria (not
    a long vowel written twice: Gantulga / Gantulgaa)."""
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and long[len(short) :] in _FEMININE:
        return len(short) >= 3 and long[len(short) - 1 : len(short) + 1] not in ("aa", "ee")
    return len(x) == len(y) >= 4 and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"o", "a"}


def _has_digit(n: _Name) -> bool:
    return any(c.isdigit() for t in n.tokens for c in t)


def _cannot_link(a: _Name, b: _Name) -> bool:
    """Contrastive modifiers differ (North vs South Korea), two different owners, or a code
    with digits against a name without (presale code MONARCHS26 / Pale Monarchs, RS-3 / Rs)."""
    if _has_digit(a) != _has_digit(b):
        return True
    if a.acronym or b.acronym:
        return False
    if a.contrast != b.contrast:
        return True
    if (
        a.articles & b.articles
        and len(a.tokens) == len(b.tokens) >= 2
        and a.tokens[1:] == b.tokens[1:]
        and _consonants(a.tokens[0]) != _consonants(b.tokens[0])
        and a.kind == b.kind == PERSON
    ):
        return True  # one article's survivor Selin Kaya and contractor Selim Kaya: two people
    if (
        len(a.tokens) == len(b.tokens) >= 2
        and a.tokens[1:] == b.tokens[1:]
        and _gendered(a.tokens[0], b.tokens[0])
    ):
        return True  # a co-author Dr Daniel Okafor and a consultant Dr Danielle Okafor
    if (
        PLACE in (a.kind, b.kind)
        and len(a.tokens) == len(b.tokens) == 1
        and not a.tokens[0].startswith(b.tokens[0][:-1])  # "Veldoria" / "Veldorian"
        and not b.tokens[0].startswith(a.tokens[0][:-1])
        and _consonants(a.tokens[0]) != _consonants(b.tokens[0])
    ):
        return True  # Columbus, Ohio and Columbia, South Carolina
    return bool(a.owner and b.owner and not _tokens_match(a.owner, b.owner))


def names_match(
    a: str, b: str, *, owners: Iterable[str] = (), aliases: Iterable[tuple[str, str]] = ()
) -> bool:
    """Whether two spellings name the same entity, by the pair rules of section 4.

    ``owners`` are stand-alone mentions that may be stripped as owners ("South Korea's ...");
    ``aliases`` are ``(abbreviation, long form)`` definitions found in the texts.
    """
    na, nb = _make_name(a, OTHER), _make_name(b, OTHER)
    owner_keys = {_content(_norm_words(o)) for o in owners}
    if _cannot_link(na, nb):
        return False
    if _pair_match(na, nb, owner_keys) or _single_in_name(na, nb) or _single_in_name(nb, na):
        return True
    if _shorter_name(na, nb) or _shorter_name(nb, na) or _in_capitals(na, nb):
        return True
    longs_a = [
        _make_name(long, OTHER)
        for abbr, long in aliases
        if _make_name(abbr, OTHER).acronym == na.acronym and na.acronym
    ]
    longs_b = [
        _make_name(long, OTHER)
        for abbr, long in aliases
        if _make_name(abbr, OTHER).acronym == nb.acronym and nb.acronym
    ]
    if any(_pair_match(x, y, owner_keys) for x in longs_a for y in longs_b):
        return True
    return any(_pair_match(x, nb, owner_keys) for x in longs_a) or any(
        _pair_match(na, y, owner_keys) for y in longs_b
    )


def _pair_match(a: _Name, b: _Name, owner_keys: set[tuple[str, ...]]) -> bool:
    if a.acronym and b.acronym:
        return a.acronym == b.acronym
    if a.acronym or b.acronym:
        short, long = (a, b) if a.acronym else (b, a)
        return _acronym_match(short, long)
    if _tokens_match(a.tokens, b.tokens):
        return True
    if a.owner and a.owner == b.owner and a.rest and _tokens_match(a.rest, b.rest):
        return True  # "U.S. Army" / "US Army", "Britain's Foreign Office" / "UK Foreign Office"
    for x, y in ((a, b), (b, a)):
        if (
            x.owner
            and (x.owner in owner_keys or _known_owner(x.owner))
            and not y.owner
            and _tokens_match(x.rest, y.tokens)
        ):
            return True
    return False


def _abbreviates(short: _Name, full: _Name) -> bool:
    """``short`` is ``full`` with given names cut to initials: "M. Shakya" / "Manish Shakya"."""
    a, b = short.tokens, full.tokens
    return (
        len(a) == len(b)
        and a != b
        and _person_like(full)
        and a[-1] == b[-1]
        and len(b[-1]) > 1
        and all(
            x == y or (len(x) == 1 and y.startswith(x)) for x, y in zip(a[:-1], b[:-1], strict=True)
        )
    )


def _shorter_name(short: _Name, full: _Name) -> bool:
    """A person's name without its first given name ("Tayyip Erdoğan" in "Recep Tayyip
    Erdogan")."""
    n = len(short.tokens)
    return (
        2 <= n < len(full.tokens)
        and full.tokens[-n:] == short.tokens
        and _person_like(short)
        and _person_like(full)
    )


def _in_capitals(a: _Name, b: _Name) -> bool:
    """One word, once set in capitals ("ANKARA (Reuters)") and once not."""
    x, y = (a, b) if a.acronym else (b, a)
    return len(x.acronym) >= 4 and not y.acronym and len(y.tokens) == 1 and x.tokens == y.tokens


def _person_like(n: _Name) -> bool:
    return 2 <= len(n.tokens) <= 4 and not n.headed and not n.acronym and n.kind in (PERSON, OTHER)


def _single_in_name(single: _Name, full: _Name) -> bool:
    """A single word equals (or JW-matches) the last token, or equals the first (or the second of
    three), of a person name."""
    words = [w for w in single.text.split() if w.lower() not in _NAME_STOP]
    if len(single.tokens) != 1 or single.acronym or len(words) != 1 or not _person_like(full):
        return False  # ... a surname with its particle is one word: "De Souza"
    if single.contrast or full.contrast or single.text.lower() in _PLACES or single.sure_place:
        return False  # "France" is no part of "France Info", nor "Kanoré" of "Arnaud Kaboré"
    if full.text.split()[-1] in _MISC_HEADS and single.tokens[0] != full.tokens[-1]:
        return False  # "Porto" is no part of the "Porto Riverside Marathon" ("the Act" is)
    w = single.tokens[0]
    # or the first of two surnames: "Ibáñez" of "Gustavo Ibáñez Ortega"
    second = len(full.tokens) == 3 and w == full.tokens[1]
    return w == full.tokens[0] or second or _token_equal(w, full.tokens[-1])


class _Clusters:
    """Union-find over names, refusing merges that would join a cannot-link pair."""

    def __init__(self, names: list[_Name]) -> None:
        self.names = names
        self.parent = list(range(len(names)))
        self.members: dict[int, list[int]] = {k: [k] for k in range(len(names))}

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members[ra], self.members[rb]
        if len(ma) * len(mb) <= 4096:
            for x in ma:
                for y in mb:
                    if _cannot_link(self.names[x], self.names[y]):
                        return False
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        ma.extend(mb)
        del self.members[rb]
        return True


def _block_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(_romanised(_new_spelling(_ALIAS_KEY.get(t, t)))[0] for t in tokens))


def cluster_entities(mentions: Sequence[Sequence[Mention]]) -> tuple[Entity, ...]:
    """Merge spelling variants across articles; one Entity per cluster, sorted by id."""
    by_text: dict[str, list[tuple[int, Mention]]] = {}
    for ai, ms in enumerate(mentions):
        for m in ms:
            key = " ".join(m.text.replace("’", "'").split())
            if key:
                by_text.setdefault(key, []).append((ai, m))
    if not by_text:
        return ()
    names: list[_Name] = []
    for key, items in by_text.items():
        kinds = [m.kind for _, m in items if m.kind != OTHER]
        kind = max(set(kinds), key=lambda k: (kinds.count(k), k)) if kinds else OTHER
        name = _make_name(key, kind)
        name.count = len(items)
        name.sure_place = any(m.sure and m.kind == PLACE for _, m in items)
        name.articles = frozenset(ai for ai, _ in items)
        names.append(name)
    # Long forms of defined abbreviations take part as extra names without mentions.
    index = {n.text: k for k, n in enumerate(names)}
    alias_edges: list[tuple[int, int]] = []
    for key, items in by_text.items():
        for long in sorted({m.expands for _, m in items if m.expands}):
            long_key = " ".join(long.replace("’", "'").split())
            if long_key not in index:
                index[long_key] = len(names)
                names.append(_make_name(long_key, OTHER))
            alias_edges.append((index[key], index[long_key]))
    cl = _Clusters(names)
    _phase_one(cl, alias_edges)
    _phase_two(cl)
    return _entities(cl, by_text)


def _phase_one(cl: _Clusters, alias_edges: list[tuple[int, int]]) -> None:
    """Merge multi-word names, abbreviations and their defined long forms."""
    names = cl.names
    owner_keys = {n.tokens for n in names if n.tokens and not n.owner}
    multi = [k for k, n in enumerate(names) if len(n.tokens) >= 2 or (n.owner and n.rest)]
    exact: dict[tuple[str, ...], int] = {}
    blocks: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for k, n in enumerate(names):
        if n.acronym:
            first = exact.setdefault(("#" + n.acronym,), k)
            cl.union(first, k)
    # an acronym written as a word, as British papers do: "Tui" / "TUI", "Nato" / "NATO"; not
    # a word also seen in a longer name ("Ira Glass" is no IRA)
    in_longer = {t for n in names if len(n.tokens) > 1 for t in n.tokens}
    for k, n in enumerate(names):
        if (
            not n.acronym
            and len(n.tokens) == 1
            and len(n.tokens[0]) >= 3
            and n.tokens[0] not in in_longer
        ):
            first = exact.get(("#" + n.tokens[0].upper(),))
            if first is not None:
                cl.union(first, k)
    for k in multi:
        n = names[k]
        keys = [n.tokens]
        if n.owner and (n.owner in owner_keys or _known_owner(n.owner)) and n.rest:
            keys.append(n.rest)
        for key in keys:
            first = exact.setdefault(tuple(sorted(key)), k)
            if first != k:
                cl.union(first, k)
            blocks.setdefault((len(key), _block_key(key)), []).append(k)
        if _person_like(n):  # a given name that differs in its first letter: Yiorgos / Giorgos,
            # Yerlan Nyssanbayev / Erlan Nysanbaev (the surname blocks by its first letters)
            blocks.setdefault((len(n.tokens), ("", _romanised(n.tokens[-1])[:3])), []).append(k)
    # one name written in one word or two: "Senthil Kumar" / "Senthilkumar", "Di Stefano" /
    # "Distefano"
    joined: dict[str, int] = {}
    for k, n in enumerate(names):
        if n.acronym or n.kind not in (PERSON, PLACE, OTHER):
            continue
        for key in {"".join(n.tokens), "".join(_norm_words(n.text))}:
            if len(key) >= 8:
                first = joined.setdefault(key, k)
                if first != k:
                    cl.union(first, k)
    for a, b in alias_edges:
        cl.union(a, b)
    # a person's name without its first given name: "Recep Tayyip Erdogan" / "Tayyip Erdoğan"
    persons = {n.tokens: k for k, n in enumerate(names) if _person_like(n)}
    for k, n in enumerate(names):
        for cut in range(1, len(n.tokens) - 1):
            other = persons.get(n.tokens[cut:])
            if other is not None and _shorter_name(names[other], n):
                cl.union(k, other)
    # ... or without its middle names, when only one full name fits: "Moussa Ibrahim Sanogo" /
    # "Moussa Sanogo"
    fuller: dict[tuple[str, str], set[int]] = {}
    for k, n in enumerate(names):
        if len(n.tokens) >= 3 and _person_like(n):
            fuller.setdefault((n.tokens[0], n.tokens[-1]), set()).add(k)
    by_initials: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for first, last in fuller:
        by_initials.setdefault((first[:1], last[:1]), []).append((first, last))
    for key, k in persons.items():
        full = fuller.get((key[0], key[-1]), set()) if len(key) == 2 else set()
        if not full and len(key) == 2:
            # ... spelt another way: "Arkadiy Voronitsin" / "Arkady Mikhailovich Voronitsyn"
            full = {
                x
                for first, last in by_initials.get((key[0][:1], key[-1][:1]), ())
                if _token_equal(first, key[0]) and _token_equal(last, key[-1])
                for x in fuller[(first, last)]
            }
        if len(full) == 1:
            cl.union(k, full.pop())
    # a body's name cut before its "and", when only one longer name fits: "Ministry of Health"
    # / "Ministry of Health and Social Protection"
    # ... or before its "of": "Rhineland Museum" / "Rhineland Museum of World Cultures"
    longer: dict[str, set[int]] = {}
    for k, n in enumerate(names):
        for cut in (" and ", " of "):
            head, sep, _rest = n.text.partition(cut)
            if sep and n.kind == ORGANIZATION:
                longer.setdefault(head, set()).add(k)
    for k, n in enumerate(names):
        full = longer.get(n.text, set())
        if len(full) == 1 and n.kind == ORGANIZATION and " " in n.text:
            cl.union(k, next(iter(full)))
    for block in _small_blocks(blocks.values(), names):
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = block[x], block[y]
                if cl.find(a) != cl.find(b) and _pair_match(names[a], names[b], owner_keys):
                    cl.union(a, b)
    # a person named by given names only, when one person's name begins so: "Mohd Nazri" /
    # "Mohd Nazri Ismail" (after the spellings merged: "Mohamad Nazri Ismail" is the same man)
    # ... or without a second surname: "Jose Luis Ferrandez" / "José Luis Ferrández Ortega"
    begins: dict[tuple[str, ...], set[int]] = {}
    for k, n in enumerate(names):
        if len(n.tokens) >= 3 and _person_like(n):
            begins.setdefault(n.tokens[:2], set()).add(k)
            if len(n.tokens) >= 4:
                begins.setdefault(n.tokens[:-1], set()).add(k)
    for key, k in persons.items():
        roots = {cl.find(x) for x in begins.get(key, ())} if len(key) in (2, 3) else set()
        if len(roots) == 1:
            cl.union(k, roots.pop())
    # a person named by an initial ("M. Shakya") is the one full name it abbreviates, if only
    # one does ("J. Smith" beside John and Jane Smith stays apart)
    for block in blocks.values():
        for a in block:
            if not _person_like(names[a]) or not any(len(t) == 1 for t in names[a].tokens):
                continue
            full = {cl.find(b) for b in block if _abbreviates(names[a], names[b])}
            if len(full) == 1:
                cl.union(a, full.pop())
    by_initials: dict[str, list[int]] = {}
    for k in multi:
        n = names[k]
        if n.acronym or n.has_caps:
            continue
        ini = n.initials
        by_initials.setdefault(ini, []).append(k)
        if "-" in n.text:
            by_initials.setdefault(_hyphen_initials(n.text), []).append(k)
        if " of " in n.text:
            by_initials.setdefault(_of_initials(n.text), []).append(k)
        if " and " in n.text:
            by_initials.setdefault(
                _make_name(n.text.rsplit(" and ", 1)[0], OTHER).initials, []
            ).append(k)
        by_initials.setdefault("~" + "".join(sorted(ini)), []).append(k)
        for cut in range(1, len(ini) - 2):
            by_initials.setdefault(ini[cut:], []).append(k)
    # an abbreviation an article defines ("International Organization for Migration (IOM)"), or
    # one whose initials a name gives in order, is no guessed reordering of another name's
    # initials (the Icelandic Meteorological Office is no IOM)
    defined: dict[int, list[int]] = {}
    for a, long in alias_edges:
        defined.setdefault(a, []).append(long)
    for k, n in enumerate(names):
        if not n.acronym:
            continue
        cands = set(by_initials.get(n.acronym, ()))
        in_order = k in defined or any(_acronym_match(n, names[c], exact=True) for c in cands)
        if len(n.acronym) >= 3 and not in_order:
            cands.update(by_initials.get("~" + "".join(sorted(n.acronym)), ()))
        for c in sorted(cands):
            if _acronym_match(n, names[c], exact=in_order) and not _other_long(
                names, defined, k, c
            ):
                cl.union(k, c)
    # a clipped-syllable acronym: EUNAVFOR is the EU Naval Force (Somalia), CENTCOM the Central
    # Command
    by_start: dict[str, list[int]] = {}
    for k in multi:
        if not names[k].acronym:
            by_start.setdefault(names[k].text[:1].upper(), []).append(k)
    for k, n in enumerate(names):
        if len(n.acronym) >= 5:
            for c in by_start.get(n.acronym[0], ()):
                if _syllabic(n.acronym, names[c].text):
                    cl.union(k, c)


def _other_long(names: list[_Name], defined: dict[int, list[int]], k: int, c: int) -> bool:
    """Name ``c`` shares the initials of acronym ``k`` but no word of the long form an article
    gives it: "FO" defined as Force Ouvrière is not the Foreign Office."""
    longs = defined.get(k)
    if not longs or c in longs:
        return False
    words = set(names[c].tokens)
    return not any(any(_token_equal(t, u) for t in words for u in names[lg].tokens) for lg in longs)


def _of_initials(text: str) -> str:
    """Initials of a name with its "of" kept: "Department of Conservation" is DOC."""
    words = re.findall(r"[^\W\d_][\w'’-]*", anyascii(text))
    return "".join(w[0] for w in words if w == "of" or w.lower() not in _NAME_STOP).upper()


def _syllabic(acronym: str, long: str) -> bool:
    """``acronym`` is the first one to four letters of each word of ``long`` in turn (of all of
    them, or of all but a last word), with more than one letter from two words ("ATHENS" is no
    Athens Stock Exchange)."""
    words = [w.upper() for w in re.findall(r"[^\W\d_]+", anyascii(long))]
    words = [w for w in words if w.lower() not in _NAME_STOP]
    if len(words) < 2 or len(acronym) <= len(words):
        return False

    def covers(i: int, k: int, clipped: int) -> bool:
        if i == len(acronym):
            return clipped >= 2 and (k == len(words) or k == len(words) - 1 >= 2)
        if k == len(words):
            return False
        w = words[k]
        return any(
            acronym.startswith(w[:n], i) and covers(i + n, k + 1, clipped + (n > 1))
            for n in range(min(len(w), len(acronym) - i, 4), 0, -1)
        )

    return covers(0, 0, 0)


_MAX_BLOCK = 300


def _small_blocks(blocks: Iterable[list[int]], names: list[_Name]) -> Iterable[list[int]]:
    """Candidate blocks for pairwise comparison; big ones are cut by two-letter token prefixes."""
    for block in blocks:
        if len(block) <= _MAX_BLOCK:
            yield block
            continue
        finer: dict[tuple[str, ...], list[int]] = {}
        for k in block:
            finer.setdefault(tuple(sorted(t[:2] for t in names[k].tokens)), []).append(k)
        yield from (b for b in finer.values() if len(b) <= _MAX_BLOCK)


def _similar(word: str, choices: list[str]) -> list[str]:
    """Choices that are spellings of ``word`` by ``_token_equal`` (scored in C by rapidfuzz)."""
    if len(word) <= 3 or not choices:
        return []
    hits = process.extract(
        word, choices, scorer=JaroWinkler.normalized_similarity, score_cutoff=_JW_MIN, limit=None
    )
    return [h[0] for h in hits if _token_equal(word, h[0], alone=True)]


def _phase_two(cl: _Clusters) -> None:
    """Attach single words to exactly one matching person cluster; group the rest by spelling."""
    names = cl.names
    groups: dict[str, list[int]] = {}
    for k, n in enumerate(names):
        if len(n.tokens) == 1 and not n.acronym and not n.owner:
            groups.setdefault(n.tokens[0], []).append(k)
    for k, n in enumerate(names):  # a word set in capitals: "ANKARA (Reuters)" is Ankara
        word = n.tokens[0] if n.acronym and len(n.tokens) == 1 else ""
        if word in groups and _in_capitals(n, names[groups[word][0]]):
            groups[word].append(k)
    by_token: dict[str, list[int]] = {}
    by_last: dict[str, dict[str, list[int]]] = {}
    for k, n in enumerate(names):
        if _person_like(n):
            keys = {n.tokens[0], n.tokens[-1]}
            if len(n.tokens) == 3:
                keys.add(n.tokens[1])  # "Ibáñez" of "Gustavo Ibáñez Ortega"
            for t in keys:
                by_token.setdefault(t, []).append(k)
            by_last.setdefault(n.tokens[-1][0], {}).setdefault(n.tokens[-1], []).append(k)
    last_words = {letter: list(d) for letter, d in by_last.items()}
    firms: dict[str, list[int]] = {}
    for k, n in enumerate(names):
        # a firm of partners, one name before the "&" ("Marks & Spencer"; not "Saltmere Fire &
        # Rescue Service", a place's service)
        if "&" in n.text and n.tokens and len(n.text.partition("&")[0].split()) == 1:
            firms.setdefault(n.tokens[0], []).append(k)
    leftovers: dict[str, list[str]] = {}
    for word, members in groups.items():
        for k in members[1:]:
            cl.union(members[0], k)
        single = names[members[0]]
        found = list(by_token.get(word, ()))
        for tok in _similar(word, last_words.get(word[0], [])):
            found.extend(by_last[word[0]][tok])
        cands = {
            cl.find(c)
            for c in found
            if _single_in_name(single, names[c]) and not _cannot_link(single, names[c])
        }
        if not cands:  # a firm of partners by its first name: "Harrowgate" / "Harrowgate & Vale"
            cands = {cl.find(c) for c in firms.get(word, ())}
        if len(cands) == 1:
            cl.union(members[0], cands.pop())
        elif not cands:
            leftovers.setdefault(word[0], []).append(word)
    for words in leftovers.values():
        for word in words:
            for other in _similar(word, words):
                a, b = groups[word][0], groups[other][0]
                if other != word and not _cannot_link(names[a], names[b]):
                    cl.union(a, b)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "entity"


def _display_key(n: _Name) -> tuple:
    latin = anyascii(n.text) == n.text
    return (
        n.count > 0,
        latin and not n.text.startswith("@"),
        not n.owner,
        not n.acronym,
        not (len(n.tokens) >= 2 and n.text.isupper()),  # "Maya Ortiz" beside a label's "MAYA ORTIZ"
        len(n.tokens) >= 2,
        n.count,
        len(n.text),
        n.text,
    )


def _entities(cl: _Clusters, by_text: dict[str, list[tuple[int, Mention]]]) -> tuple[Entity, ...]:
    names = cl.names
    groups: dict[int, list[int]] = {}
    for k in range(len(names)):
        groups.setdefault(cl.find(k), []).append(k)
    drafts = []
    for members in groups.values():
        items = [(ai, m) for k in members for ai, m in by_text.get(names[k].text, ())]
        if not items:
            continue
        best_key = max((names[k] for k in members), key=_display_key).text
        spellings = Counter(m.text for _, m in by_text.get(best_key, ()))
        best_text = min(spellings, key=lambda t: (-spellings[t], t)) if spellings else best_key
        # A multi-word mention is typed by its head word or title; a lone word often only by
        # default, so longer mentions weigh more ("Republic of Tuva" outvotes "Tuva"), and so do
        # kinds read from the words around a name ("the statistics office Eurostat").
        votes: Counter[str] = Counter()
        shouted = not all(m.text.isupper() for _, m in items)  # "RIVERTON —" beside Riverton
        voters = [
            m
            for _, m in items
            if m.kind != OTHER
            and not (shouted and m.text.isupper() and len(m.text) >= 4 and not m.sure)
        ]
        capitals = {m.text for m in voters if m.text.isupper()}
        for m in voters:
            if not m.sure and not m.text.isupper() and m.text.upper() in capitals:
                continue  # "Tui" beside "TUI": the acronym's kind, not a lone word's guess
            n = len(m.text.split())
            # a lone word is a person by default only: "Arm" beside "Arm Holdings"
            votes[m.kind] += 3 * n if m.sure else 0.5 if n == 1 and m.kind == PERSON else n
        priority = (PERSON, ORGANIZATION, PLACE)
        kind = max(votes, key=lambda x: (votes[x], -priority.index(x))) if votes else OTHER
        if any(m.text.split()[0] in _STORMS for _, m in items):
            kind = OTHER  # "Delia" (-ia, as Russia) is Hurricane Delia
        elif any(
            m.kind == OTHER
            and (
                m.sure
                or " " in m.text
                and (
                    m.text.split()[-1] in _MISC_HEADS
                    or m.text.split()[0].replace("/", "") in _SHIP_PREFIXES
                )
            )
            for _, m in items
        ):
            # "the Act" of the "Wildlife Conservation Act": a law, not a person; "the Aurora
            # Meridian" of "the cruise ship Aurora Meridian": a ship
            kind = OTHER
        variants = tuple(sorted({m.text for _, m in items}))
        spans = tuple(sorted({(ai, m.start, m.end) for ai, m in items}))
        drafts.append((_slug(best_text), best_text, kind, variants, spans))
    drafts.sort(key=lambda d: (d[0], d[4]))
    out = []
    seen: dict[str, int] = {}
    for slug, name, kind, variants, spans in drafts:
        n = seen.get(slug, 0) + 1
        seen[slug] = n
        out.append(Entity(slug if n == 1 else f"{slug}-{n}", name, kind, variants, spans))
    return tuple(out)
