"""Quantities and dates in text, each quantity as an interval [low, high].

How a stated figure becomes an interval (``relation`` → ``[low, high]``):

- ``=`` exact X → [X, X];  ``~`` approximately/about/around/some… → [0.9X, 1.1X];
- ``~<`` nearly/almost/just under → [0.9X, X];  ``~>`` just over/slightly more than → [X, 1.1X]
  with X excluded;
- ``>`` more than/over → [X, inf] with X itself excluded (the exclusion is kept by the
  relation, not by an epsilon: :func:`compare_numbers` treats the bound as open);
- ``>=`` at least/upwards of → [X, inf];  ``<=`` as many as/up to → [0, X];
- ``<`` fewer than/under → [0, X] with X excluded;  ``range`` "4 to 5", "between 4 and 5";
- ``vague`` "dozens of" [12, 199], "hundreds of" [100, 1999], "thousands of" [1000, 19999]
  (value 1000: the floor, so the value stays inside the interval), "tens of thousands"
  [10000, 199999], "several thousand" [3000, 9000];
- ``ordinal`` "its fourth year": value 4, never paired (``measure`` is empty).

``unit`` is a normalised unit in the singular (``year``, ``km2``, ``percent``, ``USD``) or
the counted noun as plural, lower-case (``troops``, ``soldiers``, ``wounded``).
``measure`` says what is counted, so two outlets' figures can be paired: synonyms share a
key (``troops`` for soldiers/forces/personnel…), casualty figures get a suffix
(``troops:casualties``, ``troops:killed``, ``troops:wounded``), units of one dimension share
one (``area_km2``, ``duration``, ``percent``) and are converted when compared.
Spans cover the qualifier and the number ("approximately 11,000"), not the counted noun.
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from tui.pairing import one_to_one
from tui.text import (
    CAPITALS,
    DAY_NAME,
    DEMONYM_NOUNS,
    LIST_MARK,
    MONTH_NAME,
    is_content,
    light_stem,
)
from tui.text import NUMBER_WORDS as _SMALL
from tui.text import TENS as _TENS

CONFLICT, DIFFER, QUALIFIER, AGREE = "conflict", "differ", "qualifier", "agree"

INF = math.inf


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated figure: span, value, interval [low, high], unit or counted noun, hedge."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    unit: str
    measure: str
    qualifier: str
    relation: str
    #: The same figure restated in brackets in another currency or unit: "€46 million ($50
    #: million)"; compared in its place against a side that gives only that currency.
    converted: Quantity | None = None
    #: Stems of the words just before a sum ("severance payment of $4.2m": severance, payment),
    #: so that a sentence's several sums each meet the other side's sum for the same thing
    near: frozenset[str] = frozenset()
    #: The earlier reading a change moves from ("from 45 to 43 per cent", "3.5%, up from 3.1%"):
    #: set only against a figure near it or another earlier reading
    earlier: bool = False


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date mention normalised to ISO form (``2024-08-01``, ``2024-08`` or ``2024``).

    Without a year the year is ``XXXX`` (``XXXX-01-09``, ``XXXX-08``); a year range is
    ``2014/2022``.
    """

    start: int
    end: int
    text: str
    iso: str
    #: The date of the report in its dateline ("MANILA, March 3 (Reuters)"), not of a claim.
    dateline: bool = False
    #: The date of an earlier reading the claim moves from ("up to 3.2% from 2.7% in February"):
    #: it agrees with a date, but no other date conflicts with it.
    earlier: bool = False
    #: For a year alone, the one-time event it dates ("built in 1986": ``built``), or ``""``.
    event: str = ""
    #: The word the date is given for, just before it ("take effect on 3 December": ``effect``)
    cue: str = ""
    #: The day of the week it names ("Monday, March 10": ``Monday``); a weekday alone ("the
    #: vote on Tuesday night") is a mention with no ``iso``.
    weekday: str = ""
    #: Stems of the words around a weekday's mention: what happened that day
    near: frozenset[str] = frozenset()
    #: The part of the day a weekday alone is said with: "late", "night", "morning"
    part: str = ""
    #: Where the weekday named before the date starts ("Monday, March 10"), or -1
    day_start: int = -1


@dataclass(frozen=True, slots=True)
class DateDiff:
    """Two dates, one per side of a pair: the same (``agree``) or not (``conflict``)."""

    a: DateValue
    b: DateValue
    status: str


@dataclass(frozen=True, slots=True)
class NumberDiff:
    """Two quantities of the same measured thing, one per side, and their verdict."""

    a: Quantity
    b: Quantity
    status: str
    unit: str

    def shown(self) -> tuple[str, str]:
        """The two figures as a reader should see them: with their units when these differ
        ("a year" vs "12 months", not "12")."""
        a, b = self.a, self.b
        if a.unit == b.unit or a.unit.lower() not in _UNITS or b.unit.lower() not in _UNITS:
            return a.text, b.text
        return _with_unit(a), _with_unit(b)


def _with_unit(q: Quantity) -> str:
    text, unit = q.text.lower(), q.unit.lower()
    if unit.split()[-1] in text or text.endswith(unit.lstrip("°")):  # "half-point", "44C"
        return q.text
    word = q.unit if q.value == 1 or q.unit not in _WORD_UNITS else _WORD_UNITS[q.unit]
    return f"{q.text} {word}"


_WORD_UNITS = {
    u: u + "s"
    for u in (
        "year month week day hour minute second decade mile tonne hectare acre litre gallon barrel "
        "terabyte"
    ).split()
}
_WORD_UNITS["inch"] = "inches"
_WORD_UNITS["century"] = "centuries"
_WORD_UNITS.update(
    {
        "basis point": "basis points",
        "percentage point": "percentage points",
        "nautical mile": "nautical miles",
    }
)


# ---------------------------------------------------------------- lexicons

_SCALES = {
    "hundred": 100, "dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12,
    # South Asian news counts in lakhs (100,000) and crores (10 million)
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
#: Vague counts reach up to twice the next order of magnitude: "thousands of marchers" may be the
#: police's 15,000 (*differs*), not 150,000
_VAGUE = {
    "dozens": (12, 199), "scores": (20, 199), "hundreds": (100, 1999), "thousands": (1e3, 19999),
    "millions": (1e6, 1e9 - 1), "billions": (1e9, 1e12 - 1),
    "tens of thousands": (1e4, 199999), "tens of millions": (1e7, 2e8 - 1),
    "hundreds of thousands": (1e5, 1999999), "hundreds of millions": (1e8, 2e9 - 1),
}  # fmt: skip
_SEVERAL = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}

_QUALIFIERS = {
    "approximately": "~", "approx.": "~", "~": "~", "about": "~", "around": "~", "roughly": "~",
    "some": "~", "an estimated": "~", "estimated": "~", "circa": "~", "ca.": "~", "near": "~",
    "something like": "~",
    "nearly": "~<", "almost": "~<", "just under": "~<", "close to": "~<",
    "just shy of": "~<",
    "more than": ">", "over": ">", "in excess of": ">", "above": ">", "well over": ">",
    "exceeding": ">",
    "just over": "~>", "just above": "~>", "slightly more than": "~>", "slightly over": "~>",
    "a little over": "~>", "a little more than": "~>",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "not less than": ">=",
    "upwards of": ">=", "a minimum of": ">=",
    "as many as": "<=", "as much as": "<=", "as high as": "<=", "up to": "<=", "at most": "<=",
    "no more than": "<=", "not more than": "<=", "a maximum of": "<=", "no higher than": "<=",
    "no lower than": ">=",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<",
    "between": "range", "from": "range",
}  # fmt: skip
_TRAILING = {"or more": ">=", "or so": "~", "or fewer": "<=", "or less": "<=", "+": ">=",
             "-plus": ">="}  # fmt: skip

# counted nouns that mean the same thing across outlets → measure key
_NOUN_GROUP = {
    **dict.fromkeys(
        [
            "troop",
            "troops",
            "soldier",
            "soldiers",
            "force",
            "forces",
            "personnel",
            "fighter",
            "fighters",
            "serviceman",
            "servicemen",
            "servicemember",
            "servicemembers",
            "trooper",
            "troopers",
            "infantrymen",
            "conscripts",
            "recruits",
            "reservists",
            "paratroopers",
            "combatants",
        ],
        "troops",
    ),
    **dict.fromkeys(
        [
            "people",
            "persons",
            "individuals",
            "residents",
            "hostages",  # "seized about 240 hostages" / "took around 240 people captive"
            "members",  # "killed five members of a group" / "Seven people were killed"
            "survivors",
            "skiers",
            "climbers",
            "hikers",
            "mountaineers",
            "tourists",
            "tourers",
            "pilgrims",
            "defendants",
            "co-defendants",
            "worshippers",
            "worshipers",
            "devotees",
            "faithful",
            "attendees",
            "students",
            "pupils",
            "others",  # "killing five and injuring 12 others"
            "occupants",  # "Twenty occupants were seriously injured"
            "consumers",  # "Six consumers reported minor burns"
            "inhabitants",
            "adults",
            "participants",
            "migrants",
            "refugees",
            "marchers",
            "protesters",
            "protestors",
            "demonstrators",
            "citizens",
            "nationals",
            "voters",
            "lawmakers",
            "legislators",
            "senators",
            "republicans",
            "democrats",
            # "a four-man gang" / "three or four thieves"
            "thieves",
            "robbers",
            "burglars",
            "raiders",
            "gunmen",
            "attackers",
            "assailants",
            "hijackers",
            "kidnappers",
            "intruders",
            "suspects",
            "perpetrators",
            # "17 close contacts" / "Seventeen people who were in close contact"
            "contacts",
            *DEMONYM_NOUNS,
        ],
        "people",
    ),
    **dict.fromkeys(["civilian", "civilians"], "civilians"),
    # road users: "Cyclist deaths fell to 87" is no count of all deaths
    **dict.fromkeys(["cyclist", "cyclists"], "cyclists"),
    **dict.fromkeys(["pedestrian", "pedestrians"], "pedestrians"),
    **dict.fromkeys(["motorcyclist", "motorcyclists"], "motorcyclists"),
    **dict.fromkeys(["child", "children"], "children"),
    **dict.fromkeys(
        [
            "game",
            "games",
            "match",
            "matches",
            "fixture",
            "fixtures",
            "appearances",
            "internationals",
        ],
        "matches",
    ),
    **dict.fromkeys(["fans", "spectators", "supporters"], "fans"),
    # "opened in nearly 4,000 theaters" / "in about 4,000 cinemas"
    **dict.fromkeys(["theaters", "theatres", "cinemas", "movie theaters"], "cinemas"),
    **dict.fromkeys(["customers", "clients", "depositors", "subscribers"], "customers"),
    **dict.fromkeys(
        ["passenger", "passengers", "commuters", "travellers", "travelers", "riders"], "passengers"
    ),
    # "cut 1,200 jobs" / "lay off about 1,000 workers"
    **dict.fromkeys(
        [
            "worker",
            "workers",
            "employee",
            "employees",
            "staff",
            "staffers",
            "job",
            "jobs",
            "positions",
            "posts",
            "workforce",
            "miners",  # "41 workers were underground" / "38 miners were trapped"
        ],
        "workers",
    ),
    **dict.fromkeys(
        ["prisoner", "prisoners", "pow", "pows", "captives", "inmates", "detainees", "convicts"],
        "prisoners",
    ),
    # "expelled 400 Russian diplomats" / "more than 300 Russian officials"
    **dict.fromkeys(["diplomats", "officials", "envoys"], "officials"),
    **dict.fromkeys(["crew", "crews", "crewmen", "crewmembers"], "crew"),
    **dict.fromkeys(["sites", "locations", "places"], "sites"),
    **dict.fromkeys(["plants", "factories", "plant", "factory", "mills"], "plants"),
    **dict.fromkeys(["planes", "aircraft", "jets", "airplanes", "airliners"], "aircraft"),
    # "About 370 vessels were still waiting" / "At least 360 ships had gathered"
    **dict.fromkeys(["ships", "vessels", "boats"], "ships"),
    # "convicted on 14 counts" / "found guilty on 14 charges"
    **dict.fromkeys(["count", "counts", "charge", "charges"], "charges"),
    **dict.fromkeys(
        ["homes", "houses", "dwellings", "apartments", "flats", "households", "properties"], "homes"
    ),
    # "recall about 1 million vehicles" / "recalling 1.12 million cars"
    **dict.fromkeys(["vehicles", "cars", "automobiles", "trucks", "suvs"], "vehicles"),
    # "37 separate transfers were made from the fund" / "43 payments were made from it"
    **dict.fromkeys(["payments", "transfers", "transactions", "withdrawals", "trades"], "payments"),
    # "eight pieces of jewellery" / "nine items"
    **dict.fromkeys(["items", "pieces", "objects", "artefacts", "artifacts", "jewels"], "items"),
    # "three generic manufacturers" / "four generic drugmakers"
    **dict.fromkeys(
        "companies firms manufacturers makers drugmakers carmakers automakers producers "
        "suppliers businesses".split(),
        "companies",
    ),
    # "approximately 62 million devices" / "62 million phones"
    **dict.fromkeys("devices phones smartphones handsets".split(), "devices"),
    # "more than 12 million albums" / "some 12 million records"
    **dict.fromkeys(["albums", "records", "copies", "LPs", "lps"], "records"),
    # "culled about 1.2 million chickens" / "the slaughter of some 800,000 hens"
    **dict.fromkeys(
        ["birds", "chickens", "hens", "ducks", "turkeys", "geese", "broilers"],
        "birds",
    ),
    # "152 whales have died" / "163 of the animals were dead"
    **dict.fromkeys(
        "animals mammals creatures whales dolphins porpoises seals turtles elephants rhinos "
        "rhinoceroses lions tigers leopards bears wolves deer giraffes gorillas".split(),
        "animals",
    ),
}
# the plural form reported as ``unit`` for a singular lexicon noun
_PLURAL = {"troop": "troops", "soldier": "soldiers", "fighter": "fighters", "force": "forces",
           "serviceman": "servicemen", "servicemember": "servicemembers",
           "trooper": "troopers", "civilian": "civilians", "prisoner": "prisoners",
           "pow": "POWs", "pows": "POWs", "person": "people"}  # fmt: skip
_PERSONS = {
    "troops", "people", "civilians", "prisoners", "children", "women", "men", "residents",
    "journalists", "workers", "migrants", "refugees", "patients", "police", "officers",
    "officials", "volunteers", "mercenaries", "militants", "rebels", "hostages", "passengers",
    "crew",
}  # fmt: skip
_CASUALTY_HEAD = {"wounded": "wounded", "injured": "wounded", "dead": "killed",
                  "killed": "killed", "deaths": "killed", "fatalities": "killed",
                  "casualties": "casualties", "losses": "casualties"}  # fmt: skip
_STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "have",
        "has",
        "had",
        "having",
        "remain",  # "14 remain missing"
        "remained",
        "went",  # "at least 40 went to hospital"
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "shall",
        "should",
        "could",
        "can",
        "may",
        "might",
        "must",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "from",
        "by",
        "as",
        "than",
        "into",
        "onto",
        "most",
        "less",
        "per",
        "each",
        "every",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "they",
        "them",
        "he",
        "she",
        "we",
        "you",
        "i",
        "there",
        "here",
        "not",
        "no",
        "so",
        "such",
        "also",
        "only",
        "just",
        "still",
        "even",
        "already",
        "last",  # "fell by 12,000 last year": when, not what
        "next",
        "then",
        "when",
        "while",
        "where",
        "after",
        "before",
        "since",
        "until",
        "because",
        "if",
        "about",
        "against",
        "between",
        "among",
        "through",
        "during",
        "without",
        "within",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "again",
        "both",
        "all",
        "any",
        "same",
        "very",
        "too",
        "said",
        "says",
        "say",
        "told",
    ]
)
#: Nouns in -ing, not verbs: "10,000 affordable housing units"
_ING_NOUNS = {"housing", "building", "funding", "spending", "training", "clothing", "heating",
              "shipping", "lending", "parking", "planning", "mining", "banking", "farming",
              "marketing", "advertising", "meeting", "hearing", "ruling", "offering"}  # fmt: skip
_ADJ_SKIP = {"more", "other", "additional", "new", "further", "extra", "total", "estimated",
             "clear", "ahead", "behind", "short", "higher", "lower", "current", "former",
             "existing", "active", "registered", "potential", "past", "present"}  # fmt: skip
# a number right after one of these is a label, not a count ("Article 5", "Flight 17")
_REF_NOUNS = set(
    [
        "article",
        "section",
        "chapter",
        "resolution",
        "no",
        "no.",
        "number",
        "flight",
        "route",
        "highway",
        "room",
        "page",
        "p.",
        "vol",
        "volume",
        "version",
        "v",
        "level",
        "phase",
        "season",
        "episode",
        "part",
        "item",
        "paragraph",
        "rule",
        # "a knight sacrifice on move 31", "in game 6", "in round 3", "at hole 17", "gate 12"
        "move",
        "game",
        "round",
        "lap",
        "hole",
        "gate",
        "platform",
        "stage",
    ]
)

# unit words after a number → (canonical unit, measure, factor to the measure's base unit)
_UNITS: dict[str, tuple[str, str, float]] = {}


def _unit(names: str, unit: str, measure: str, factor: float = 1.0) -> None:
    for name in names.split("|"):
        _UNITS[name] = (unit, measure, factor)
        if " " in name and "." not in name:
            _UNITS[name.replace(" ", "-")] = (unit, measure, factor)  # "a 40-cubic-metre tank"


_unit("%|percent|per cent|pct", "percent", "percent")
_unit("percentage point|percentage points", "percentage point", "percentage_points")
_unit("basis points|basis point|bps|bp", "basis point", "percentage_points", 0.01)
_unit("square kilometers|square kilometres|square kilometer|square kilometre|square km|"
      "sq km|sq. km|km2|km²", "km2", "area_km2")  # fmt: skip
_unit("square miles|square mile|sq mi|sq. mi|sq miles|mi2|mi²", "sq mi", "area_km2", 2.589988)
_unit("square meters|square metres|square meter|square metre|sq m|m2|m²", "m2", "area_km2", 1e-6)
_unit("square feet|square foot|sq ft|sq. ft", "sq ft", "area_km2", 9.290304e-8)
_unit("hectares|hectare|ha", "hectare", "area_km2", 0.01)
_unit("acres|acre", "acre", "area_km2", 0.0040468564)
_unit("kilometers|kilometres|kilometer|kilometre|km", "km", "length_km")
_unit("miles|mile", "mile", "length_km", 1.609344)
_unit("nautical miles|nautical mile|nmi", "nautical mile", "length_km", 1.852)
_unit("knots|knot", "knots", "speed", 1.852)
_unit("meters|metres|meter|metre|m", "m", "length_km", 0.001)
_unit("cubic metres|cubic meters|cubic metre|cubic meter|m3|m³", "m³", "volume_l", 1000)
_unit("centimeters|centimetres|centimeter|centimetre|cm", "cm", "length_km", 1e-5)
_unit("millimeters|millimetres|millimeter|millimetre|mm", "mm", "length_km", 1e-6)
_unit("cubic feet|cubic foot|cu ft", "cu ft", "volume_l", 28.316846592)
_unit("feet|foot|ft", "ft", "length_km", 3.048e-4)
_unit("inches|inch", "inch", "length_km", 2.54e-5)
_unit("litres|liters|litre|liter", "litre", "volume_l")
_unit("gallons|gallon", "gallon", "volume_l", 3.785411784)
_unit("barrels|barrel", "barrel", "volume_l", 158.987294928)
_unit("bpd", "barrel", "volume_l", 158.987294928)  # "500,000 bpd": barrels (per day, as most are)
_unit("years|year", "year", "duration", 365.25)
_unit("months|month", "month", "duration", 30.4375)
_unit("weeks|week", "week", "duration", 7)
_unit("days|day", "day", "duration", 1)
_unit("hours|hour", "hour", "duration", 1 / 24)
_unit("minutes|minute", "minute", "duration", 1 / 1440)
_unit("seconds", "second", "duration", 1 / 86400)  # not "second": "a second time"
_unit("-second", "second", "duration", 1 / 86400)  # ... but "a 10-second penalty"
_unit("decades|decade", "decade", "duration", 3652.5)
_unit("centuries|century", "century", "duration", 36525)
_unit("tonnes|tonne|tons|ton|metric tons|metric tonnes|metric ton", "tonne", "mass_t")
_unit("kilograms|kilogram|kg|kilos|kilo", "kg", "mass_t", 0.001)
_unit("troy ounces|troy ounce|troy oz", "troy oz", "mass_t", 31.1034768e-6)  # gold, silver
_unit("ounces|ounce|oz", "oz", "mass_t", 28.349523125e-6)
_unit("lb|lbs", "lb", "mass_t", 0.45359237e-3)
_unit("TEUs|TEU|teus|teu", "TEU", "TEU")  # containers: twenty-foot equivalent units
_unit("light-years|light years|light-year|light year", "light-year", "length_ly")
_unit("times", "times", "times")  # "2.4 times the size", "twice as large", "three times"
_unit("magnitude", "magnitude", "magnitude")
_unit("megawatts|megawatt|mw", "MW", "power_mw")
_unit("gigawatts|gigawatt|gw", "GW", "power_mw", 1000)
_unit("kilowatts|kilowatt|kw", "kW", "power_mw", 0.001)
_unit("kilowatt-hours|kilowatt hours|kilowatt-hour|kwh", "kWh", "energy_mwh", 0.001)
_unit("megawatt-hours|megawatt hours|megawatt-hour|mwh", "MWh", "energy_mwh")
_unit("gigawatt-hours|gigawatt hours|gigawatt-hour|gwh", "GWh", "energy_mwh", 1000)
_unit("terawatt-hours|terawatt hours|terawatt-hour|twh", "TWh", "energy_mwh", 1e6)
# a device's: "5,000mAh", "256GB", "3.4 GHz", "a 200MP camera"
_unit("mah|milliamp-hours|milliamp hours", "mAh", "charge_mah")
_unit("gb|gigabytes|gigabyte", "GB", "data_gb")
_unit("terabytes|terabyte", "terabyte", "data_gb", 1000)
_unit("ghz|gigahertz", "GHz", "frequency_mhz", 1000)
_unit("mhz|megahertz", "MHz", "frequency_mhz")
_unit("megapixels|megapixel|mp", "MP", "pixels_mp")
_unit("bitcoins|bitcoin|btc", "bitcoin", "bitcoin")  # a ransom's "40 BTC" / "85 bitcoin"
_unit("parts per million|ppm", "ppm", "concentration_ppm")
_unit("parts per billion|ppb", "ppb", "concentration_ppm", 0.001)
_unit("bc|bce", "BC", "year_bc")  # "around 1450 BC": a year, counted back
_unit("tally", "tally", "tally")  # a vote or score, "52-48": set by the number pattern
_unit("km/h|kph|kmh|kilometers per hour|kilometres per hour|kilometres an hour", "km/h", "speed")
_unit("mph|miles per hour|miles an hour", "mph", "speed", 1.609344)
# temperatures in degrees Celsius; "C" and "F" only written onto the figure ("44C")
_unit("degrees celsius|degrees centigrade|celsius|°c|ºc|c|degrees c", "°C", "temperature")
_unit("degrees fahrenheit|fahrenheit|°f|ºf|f|degrees f", "°F", "temperature", 5 / 9)
_unit("degrees|degree", "degrees", "degrees")  # no scale named: met only by bare degrees
#: Added to a figure before its factor: 113°F is (113 - 32) x 5/9 = 45°C.
_OFFSET = {"°F": -32.0}
_unit("dollars|dollar", "USD", "money:USD")
_unit("cents|cent|¢", "¢", "money:USD", 0.01)  # "38 cents a share" is $0.38
_unit("pence|penny|p", "p", "money:GBP", 0.01)  # "24.50p per kWh", "6.3 pence" is £0.063
_unit("euros|euro", "EUR", "money:EUR")
_unit("rubles|ruble|roubles|rouble", "RUB", "money:RUB")
_unit("hryvnias|hryvnia|hryvnas", "UAH", "money:UAH")
_unit("yen", "JPY", "money:JPY")
_unit("yuan|renminbi", "CNY", "money:CNY")
_unit("rupees|rupee", "INR", "money:INR")
_unit("swiss francs|francs", "CHF", "money:CHF")
_unit("zlotys|zloty", "PLN", "money:PLN")
_unit("crowns|crown|kronor|krona|kroner|krone|kronur|koruny|korunas", "crowns", "money:crowns")
_unit("cfa francs|cfa franc", "XOF", "money:XOF")  # West and Central African CFA francs
_unit("rupiah|rupiahs", "IDR", "money:IDR")
_unit("dirhams|dirham", "MAD", "money:MAD")
_unit("naira", "NGN", "money:NGN")
_unit("rand", "ZAR", "money:ZAR")
_unit("pesos|peso", "pesos", "money:pesos")
_unit("shillings|shilling", "shillings", "money:shillings")
_unit("ringgit", "MYR", "money:MYR")
_unit("reais", "BRL", "money:BRL")  # not "real", a common word
_unit("lira|liras", "TRY", "money:TRY")
#: a currency named with its country's adjective: "240 million Danish kroner" is money, not a count
#: of kroners; "Pakistani rupees" are not Indian ones
for _adjs, _names, _code in (
    ("danish|norwegian|swedish|icelandic|czech", "crowns|kronor|krona|kroner|krone|koruny|korunas",
     "crowns"),
    ("japanese", "yen", "JPY"), ("chinese", "yuan|renminbi", "CNY"),
    ("russian", "rubles|ruble|roubles|rouble", "RUB"), ("ukrainian", "hryvnias|hryvnia", "UAH"),
    ("polish", "zlotys|zloty", "PLN"), ("swiss", "francs|franc", "CHF"),
    ("indian", "rupees|rupee", "INR"), ("pakistani", "rupees|rupee", "PKR"),
    ("sri lankan", "rupees|rupee", "LKR"), ("nepalese", "rupees|rupee", "NPR"),
    ("mexican|philippine|argentine|chilean|colombian|cuban|dominican|uruguayan", "pesos|peso",
     "pesos"),
    ("kenyan|ugandan|tanzanian|somali", "shillings|shilling", "shillings"),
    ("nigerian", "naira", "NGN"), ("south african", "rand", "ZAR"),
    ("moroccan", "dirhams|dirham", "MAD"), ("emirati|uae", "dirhams|dirham", "AED"),
    ("indonesian", "rupiah|rupiahs", "IDR"), ("malaysian", "ringgit", "MYR"),
    ("brazilian", "reais", "BRL"), ("turkish", "lira|liras", "TRY"),
):  # fmt: skip
    _unit("|".join(f"{a} {n}" for a in _adjs.split("|") for n in _names.split("|")), _code,
          f"money:{_code}")  # fmt: skip
# the dollars of other countries, by name: "2.5 million Canadian dollars" is C$2.5 million
for _name, _code in (("us", "USD"), ("u.s.", "USD"), ("american", "USD"), ("canadian", "CAD"),
                     ("australian", "AUD"), ("new zealand", "NZD"), ("hong kong", "HKD"),
                     ("singapore", "SGD"), ("taiwan", "TWD")):  # fmt: skip
    _unit(f"{_name} dollars|{_name} dollar", _code, f"money:{_code}")
_CURRENCY = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "r$": "BRL", "₹": "INR", "¥": "JPY", "₩": "KRW", "₱": "PHP",
    "₦": "NGN", "₺": "TRY", "₽": "RUB", "₴": "UAH", "rs": "INR", "rs.": "INR", "cfa": "XOF",
    "rm": "MYR", "p": "PHP", "$us": "USD", "$a": "AUD", "$c": "CAD", "$hk": "HKD", "$nz": "NZD", "$s": "SGD",
}  # fmt: skip
#: ISO codes written before or after a figure ("SEK 1.9bn", "1.9 billion SEK")
_CODES = (
    "USD EUR GBP CHF JPY CNY INR RUB UAH PLN SEK NOK DKK CZK ISK AUD CAD HKD NZD SGD BRL".split()
)
#: Currencies one word names: a Swedish, Norwegian, Danish, Czech or Icelandic crown is "crowns"
_MONEY = {"SEK": "crowns", "NOK": "crowns", "DKK": "crowns", "CZK": "crowns", "ISK": "crowns"}
_CURRENCY.update({c.lower(): c for c in _CODES})
for _c in _CODES:
    _unit(_c.lower(), _c, f"money:{_MONEY.get(_c, _c)}")
#: Every unit word a figure may be written with ("inches", "km/h", "per cent")
UNIT_NAMES = frozenset(n.lower() for n in _UNITS if n[:1].isalpha())
_TIME_UNITS = "years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries"

# ---------------------------------------------------------------- number regex


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len)[::-1])


_W_FIRST = _alt([*_SMALL, *_TENS])
_W_ANY = _alt([*_SMALL, *_TENS, *_SCALES])
_WORDS = (
    rf"(?:{_W_FIRST})(?![\w])"
    rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{_W_ANY})(?![\w])){{0,8}}"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![.,]\d)|\d+(?:\.\d+)?(?![.,]\d)"
_SUFFIX = (
    r"(?:\s*%|km²|km2|km/h|kmh|kph|km|kg|gwh|mwh|kwh|twh|gw|mw|kw|k|bn|mn|tn|cm|mm|mph|ft|oz|mah|ghz|"
    r"mhz|gb|(?-i:MP)|ppm|ppb|m|bps|bp|b"
    r"|\s?(?-i:pc)"  # British business pages' per cent: "a 12pc rise"
    r"|p(?!\.?m\b)"  # pence: "24.50p" (not "3p.m.")
    r"|mi²|m²"
    r"|\s?[°º][CF]|C|F)?(?![^\W_])"
)
_SCALE = r"(?:(?:\s+|-)(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![\w]))?"
_NUMBER = re.compile(
    rf"""
    (?:(?<![\w-])(?P<qual>{_alt(_QUALIFIERS)})(?:\s+|(?<=~)))?
    (?:
      (?<![\w-])(?P<vague>{_alt(_VAGUE)})(?=\s+of\b)
    | (?:(?<=injured\s)|(?<=wounded\s)|(?<=killed\s)|(?<=injuring\s)|(?<=wounding\s)
        |(?<=killing\s))(?P<vobj>dozens|scores|hundreds|thousands)\b  # "and injured dozens"
    | (?<![\w-])(?P<sev>{_alt(_SEVERAL)})\s+(?P<sevscale>dozen|hundred|thousand|million|billion)(?![\w])
    | (?<![\w-])(?!third\s+(?!of\b))(?P<fs>(?:(?P<fsw>{_W_FIRST}|\d+)\s+and\s+an?\s+|an?\s+|one\s+)?
        (?P<fsf>half|third|quarter)\s+(?:of\s+)?(?:an?\s+)?
        (?P<fsu>dozen|hundred|thousand|million|billion|{_TIME_UNITS}
        |per\s+cent|percent|percentage\s+points?|inch(?:es)?|miles?|foot|feet|metres?|meters?
        |kilometres?|kilometers?|litres?|liters?|tonnes?))(?![\w])
    | (?<![\w-])(?P<cd>an?|one|{_W_FIRST}|\d+)\s+(?P<cdu>years?|weeks?|days?|hours?|minutes?)
        (?:\s*,\s*|\s+and\s+|\s+)(?P<cd2>{_W_FIRST}|\d+)\s+
        (?P<cdu2>months?|days?|hours?|minutes?|seconds)(?![\w])
        (?:(?:\s*,\s*|\s+and\s+)(?P<cd3>{_W_FIRST}|\d+)\s+(?P<cdu3>minutes?|seconds?)(?![\w]))?
    | (?<![\w.:/-])(?<!\bat\s)(?P<hms>\d{{1,2}}):(?P<hmm>[0-5]\d):(?P<hss>[0-5]\d)(?:\.(?P<hsf>\d{{1,3}}))?
        (?![\d:])(?!\s*(?:[ap]\.?m\b|(?-i:UTC|[A-Z]{{1,3}}T)\b))  # a clock: "10:45:30 GMT"
    | (?<![\w.:/-])(?P<lap>\d{{1,2}}):(?P<lapss>[0-5]\d)\.(?P<lapf>\d{{1,3}})(?![\d:])  # a lap: "1:32.456"
    | (?<![\w])\+(?P<gap>\d{{1,3}}\.\d{{1,3}})s(?![\w])  # a gap behind the winner: "+5.2s"
    | (?<![\w-])(?P<uh>an?|one|next|{_W_FIRST}|\d+)\s+(?P<uhu>{_TIME_UNITS})\s+and\s+an?\s+
        (?P<uhf>half|quarter)(?![\w])
    | (?<![\w-])(?P<twice>twice|thrice)(?=\s+the\s+(?-i:[a-z]+)|\s+as\s+(?!(?:the|an?|he|she|they|it
        |his|her|their|its|we|you|i)\b)(?-i:[a-z]+)\b)  # "twice as large", not "twice as Rovers won"
    | (?<![\w-])(?P<pt>half|quarter)(?:-|\s+an?\s+|\s+)(?:percentage[-\s]+)?point(?![\w-])
    | (?<![\w-])(?<!first\s)(?<!second\s)(?<!last\s)(?P<frac>(?:an?|one)\s+(?:half|third|quarter|fifth|tenth)|half
        |(?:two|three|four)[\s-]+(?:thirds|quarters|fifths))(?=\s+of\b)
    | (?:(?<=\bby\s)|(?<=\bby\salmost\s)|(?<=\bby\snearly\s)|(?<=\bby\sabout\s)|(?<=\bby\saround\s)
      |(?<=\bby\sroughly\s)|(?<=\bby\smore\sthan\s))(?P<frac2>(?:an?|one)\s+(?:half|third|quarter|fifth|tenth)|half
        |(?:two|three|four)[\s-]+(?:thirds|quarters|fifths))  # "cut the risk by a third"
        (?=\s*(?:[,.;:)]|$)|\s+(?:in|on|among|for|from|over|since|compared|versus|after|during|
        last|this|and|but|while|when)\b)
    | (?<![\w-])(?P<art>an?\s+single|one\s+single|an?|one)\s+
        (?P<artu>dozen|hundred|thousand|million|billion|{_TIME_UNITS})(?![\w])
    | (?<![\w-])(?P<ord>{_alt(_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))(?=(?:(?:,\s*|,?\s+and\s+)\d{{1,3}}(?:st|nd|rd|th))*[\s-]+(?:year|month|week|day|decade|century|minute)s?\b)
    | (?<![\w.,/@#:])(?:(?<!\+)|(?=\d[\d.]*\s?%))(?:(?<!\w-)|(?<=magnitude-))  # "+6.1%", not a phone's "+1 617"
      (?:(?P<cur>(?:us|a|c|hk|nz|s|r)\$|\$(?:us|a|c|hk|nz|s)?|€|£|₹|¥|₩|₱|₦|₺|₽|₴|(?:{_alt(_CODES)}|rs\.?|cfa|rm)(?=\s?\d)
        |(?-i:P)(?=\d[\d.,]*\s?(?:(?-i:[BMK])\b|bn\b|billion\b|million\b)))\s?)?  # the Philippine press's "P2.4B"
        (?:(?P<d1>{_DIGITS})(?P<suf1>{_SUFFIX})(?P<sc1>{_SCALE})|(?<![\w-])(?P<w1>{_WORDS}))
        (?:(?P<sep>\s*[-–—]\s*|\s+(?:to|or|and)\s+)(?:(?P<cur2>(?:us|a|c|hk|nz|s)?\$|\$(?:us|a|c|hk|nz|s)?|€|£|₹|(?:{_alt(_CODES)}|rs\.?)(?=\s?\d))\s?)?
          (?:(?P<d2>{_DIGITS})(?P<suf2>{_SUFFIX})(?P<sc2>{_SCALE})|(?P<w2>{_WORDS})))?
        (?P<trail>\s+or\s+(?:more|so|fewer|less)\b|\+(?!\d)|-plus\b)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _suffix(suf: str | None) -> str:
    """A figure's suffix as its unit is keyed: "%" for " %" and "pc"."""
    suf = (suf or "").strip().lower()
    return "%" if suf == "pc" else suf


_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)

_UNIT_AFTER = re.compile(
    rf"(?P<sep>\s*-\s*|\s+|)(?P<u>{_alt(_UNITS)})(?![^\W_])(?P<suf>-long|-old|\s+old\b)?",
    re.IGNORECASE,
)
#: a toll and a share of it: "The death toll stood at 17, including 11 soldiers"
_INCLUDING_GAP = re.compile(r"(?:\s+[^\W\d_]+){0,4},?\s+including\s+(?:at\s+least\s+)?", re.I)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+\Z", re.IGNORECASE)
#: A share of the casualties named first: "Of the injured, 12 were in serious condition"
_PART_BEFORE = re.compile(  # ... "Of the 31 injured, nine remain in serious condition"
    r"\s*[Oo]f\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(injured|wounded|dead|killed)\s*,\s*"
)
#: ... or told after a toll: "More than 30 people were injured, 12 of them seriously"
_OF_THEM_BADLY = re.compile(
    r"\s+of\s+them\s+(?:seriously|critically|badly|severely|gravely)\b", re.IGNORECASE
)
_PERCENT_OF = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:(?:its|the|their|his|her|our)\s+)?(?:([a-z]+)\s+)?"
    r"([a-z]+)\b",
    re.IGNORECASE,
)
_REMAINING_BEFORE = re.compile(r"\bremaining\s+\Z", re.IGNORECASE)
#: ... and a route's last stretch: "over the last ten kilometres" (not "the 35-kilometre mark")
_LAST_STRETCH = re.compile(r"\b(?:last|final|closing)\s+\Z", re.IGNORECASE)
#: ... or after: "Nearly 50 finals are still to be decided", "with 12 games left to play"
_REMAINING_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:are|is|were|was)\s+)?(?:still|yet|left)\s+to\s+(?:be\s+)?[a-z]+"
    # "with 31 km to go" (not "29 points to go with 11 rebounds", "3-1 to go top")
    r"|(?:\s+[a-z]+){0,2}?\s+(?:still\s+)?to\s+(?:go|come|play)\b"
    r"(?!\s+(?:top|up|down|clear|ahead|level|into|through|with|on|to|back|out)\b)"
    # "with 10 games remaining", "about 30 kilometres left." (not "were left homeless")
    r"|(?:\s+[a-z]+){0,2}?\s+(?:remaining|left)(?=\s*(?:[,.;)]|$)|\s+to\s|\s+in\s+the\b)",
    re.IGNORECASE,
)
#: "20 points behind Labour", "one point clear of City": a margin too
_MARGIN_AFTER = re.compile(
    r"(?:\s*-?\s*(?:percentage\s+)?points?|\s+(?:seconds?|minutes?|hours?|strokes?|shots?|lengths?))?"
    r"\s+(?:behind|ahead|clear)\b",  # "41 seconds ahead of Cheruiyot"
    re.IGNORECASE,
)
#: A winning margin: "won by 106,484 votes", "a lead of more than 100,000 votes"
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:won|wins?|winning|winner|lost|loses|lose|losing|ahead|beat(?:ing)?|defeat(?:ed|ing)?"
    r"|led|leads?|leading|trail(?:s|ed|ing)?)"
    r"(?:\s+[^\W\d_]+){0,3}\s+by|\b(?:lead|margin|majority)\b[^.;:\d]{0,25}?\b(?:of|to|at))\s+\Z",
    re.IGNORECASE,
)
#: ... which a profit's margin is not: "Gross margin widened to 41.3 percent"
_PROFIT_MARGIN = re.compile(
    r"\b(?:gross|operating|profit|net|ebitda|pre-tax)\s+margins?\b[^.;:\d]{0,25}\Z", re.IGNORECASE
)
_SEAT_COMPOUND = re.compile(r"-seat\b", re.IGNORECASE)
_STOREYS = re.compile(r"-(?:storey|story|floor)\b|\s+(?:storeys|floors)\b", re.IGNORECASE)
#: Who a record is of: "patient records", "customer accounts"
_OWNERS = "patient customer user client member voter employee student taxpayer subscriber".split()
_RECORD_OWNER = re.compile(
    rf"\b({'|'.join(_OWNERS)})\s+(?:records|files|accounts)\b", re.IGNORECASE
)
_RECORDS = frozenset(("records", "files", "accounts"))
_RECORD_OWNERS = frozenset(w + "s" for w in _OWNERS)
#: "a four-man gang", "a 5,000-strong force": the figure counts the noun after the compound
_MEMBERS_AFTER = re.compile(r"-(man|men|person|woman|strong)\b", re.IGNORECASE)
_OF_DET = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her|our|these|those|them|whom|which)\b\s*)?", re.I
)
_TOKEN = re.compile(r"[ \t\u00a0]*(?:(?P<w>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)|(?P<p>\S|\n))")
_PAREN = re.compile(
    r"—[^—\n]{0,150}—|–[^–\n]{0,150}–|\s-\s[^\n]{0,150}?\s-\s|\([^()\n]{0,150}\)"
    # "Forty-one people, including three children, are feared dead"
    r"|,\s*(?:including|among\s+them|mostly|many\s+of\s+them|most\s+of\s+them)\b[^,;.\n]{0,80},"
    r"|,\s*aged\s+\d+(?:\s*(?:,|and)\s*\d+)*\s*,"  # "Three men, aged 19, 21 and 24, have been"
)
#: A side of a score: whole points or a half ("2.5-1.5" in chess)
_POINTS = re.compile(r"\d+(?:\.5)?")
#: A side's record by its verbs: "won eight, drew seven and lost seven of 22" (not "lost 500
#: soldiers": two of the verbs must be there)
_RESULT_BEFORE = re.compile(r"\b(won|drew|lost)\s+\Z", re.IGNORECASE)
_RESULT_VERBS = re.compile(r"\b(?:won|drew|lost)\s+(?:\d+|[a-z]+)\b", re.IGNORECASE)
_RESULTS = {"won": "wins", "drew": "draws", "lost": "defeats"}
_AND_FIGURE = re.compile(r"\A\s*and\s+\d+(?:[,.]\d+)*(?:\s+[a-z]+){1,2}(?=\s)")
_CUT = re.compile(rf"[,;:.!?()\n—–\"“”]|\d|\b(?:{_W_FIRST})\b", re.IGNORECASE)
_CUE = re.compile(
    r"\b(?:(?P<k>killed|dead|died|deaths?|fatalities|perished|lost\s+their\s+lives)"
    r"|(?P<w>wounded|injured|injuries|hurt|burns|burned|burnt)|(?P<c>casualties|losses)"
    r"|(?P<m>missing|unaccounted)|(?P<a>arrested|detained|in\s+custody)"
    r"|(?P<s>ill|sick|sickened|infected|symptoms|vomiting|diarrho?ea|diagnosed|tested\s+positive"
    r"|contracted)"
    r"|(?P<x>laid\s+off|made\s+redundant|dismissed|fired|axed|eliminated|cut|their\s+jobs))\b",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"\b(?:(?P<k>killed|killing|death\s+toll\s+of|deaths\s+of)|(?P<w>wounded|wounding|injured|"
    r"injuring)|(?P<c>casualties\s+of|losses\s+of|lost|losing)|(?P<a>arrested|arresting|detained|"
    r"detaining)|(?P<x>cut|cuts|cutting|axe|axes|axing|shed|sheds|shedding|lay\s+off|lays\s+off|"
    r"laying\s+off|eliminate|eliminating|slash|slashing))\s+(?:all\s+(?:the\s+)?)?"
    r"(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|over)\s+)?\Z",
    re.IGNORECASE,
)
#: "the death toll from Friday's quake rose to 150", "the number of injured stood at 40"
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<k>death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|"
    r"(?:people\s+)?killed))|(?P<w>injury\s+toll|number\s+of\s+(?:the\s+)?(?:injured|"
    r"wounded|injuries))|(?P<c>casualty\s+toll|number\s+of\s+casualties))\b[^.;!?\n]{0,80}?"
    r"\b(?:to|at|of|reached|hit|passed|topped|exceeded|surpassed|was|is)\s+\Z",
    re.IGNORECASE,
)
#: "a magnitude 6.8 earthquake", "put its magnitude at 6.8"
_MAGNITUDE_BEFORE = re.compile(
    r"\bmagnitude(?:\s+(?:of|at|was|is))?(?:\s+|\s*-\s*)\Z|(?-i:(?<![\w.])M\s)\Z", re.I
)  # ... or a seismology agency's "M 6.1"
#: "a Category 3 storm": a storm's class on its scale
_CATEGORY_BEFORE = re.compile(r"\bcategory(?:\s+|\s*-\s*)\Z", re.I)
#: what lies between a figure and its conversion: "100 km (60 miles)", "£100 ($130)"
_CONVERSION = re.compile(r"\s*(?:[^\W\d_]+\.?\s*){0,2}\(\s*\Z")
_CONVERSION_END = re.compile(r"\s*(?:[^\W\d_]+(?:/[^\W\d_]+)?\.?\s*){0,2}\)")  # "195 km/h)"
#: How long after what: "four days after a Russian probe crashed" (the word after is the key)
_OFFSET_AFTER = re.compile(
    r"\s*(?:after|before)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?P<what>[^\W\d_]+)", re.I
)
#: A duration given to do something: "had five days to leave" (with _GIVEN_BEFORE)
_TO_DO = re.compile(
    rf"\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|{_W_FIRST})\b)[a-z]+\b(?!\s+(?:days?|weeks?|"
    r"months?|years?|hours?|minutes?)\b)",
    re.IGNORECASE,
)
_GIVEN_BEFORE = re.compile(
    r"\b(?:had|has|have|having|given|gave|give|gives|allowed|allows|granted)(?:\s+\w+){0,2}\s+\Z",
    re.IGNORECASE,
)
#: How long something went on, whatever came after: "closed for about four hours after the crash"
_FOR_BEFORE = re.compile(r"\b(?:for|lasted|lasting|took|spent)\s+\Z", re.IGNORECASE)
_AGO = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|decades?)?\s+(?:ago|earlier)\b", re.I)
#: A spaced "m" is metres before what a length says: "290 m below sea level", "a 6 m wall" is not
_METRES_AFTER = re.compile(
    r"\s+(?:below|above|under|beneath|high|deep|long|tall|wide|thick|underground|away|beyond|"
    r"from|short|past|off|behind|ahead|along|across|inland|offshore|downstream|upstream|north|"
    r"south|east|west|into|further|farther)\b"
)
_NOTICE = re.compile(r"['’]?\s+(?:of\s+)?(?:advance\s+)?notice\b", re.IGNORECASE)
_WITHIN = re.compile(r"\b(?:within|(?:in|over)\s+the\s+next)\s+\Z", re.IGNORECASE)
#: A figure someone expected, not one that happened: "economists had expected 2.2 percent",
#: "analysts had forecast 2.3%", "is expected to cut again, taking its rate to 2.5%" (but not
#: "rose more than expected to 2.1%"); it is set only against other expectations.
_FORECAST_CUE = (
    r"\b(?<!than\s)(?<!as\s)(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|"
    r"projected|anticipated|expectations?|projections?|predictions?|consensus|outlook|guidance|"
    r"counting\s+on|"
    r"(?:analysts?['’]?|average|market|street)\s+(?:\w+\s+)?estimates?|"
    # "it sees inflation easing to 2.4 percent", "now see consumer prices rising 3.3%"
    r"sees?\s+(?:\w+\s+){1,3}(?:easing|slowing|rising|falling|growing|climbing|dropping|"
    r"averaging|peaking|picking\s+up))\b"
)
#: What a project will bring, as forecast as what it is expected to: "the plant will employ at
#: least 4,000 people" / "is expected to create about 4,500 jobs"
_PLANNED_BEFORE = re.compile(
    r"\bwill\s+(?:eventually\s+|directly\s+|initially\s+)?(?:create|employ|add|generate|hire|"
    r"house|bring|support)\s+(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|"
    r"over|at\s+least|roughly|an\s+estimated)\s+)?\Z",
    re.IGNORECASE,
)
#: A record that stood before: "the previous high of 10,610 MW", "the old record of 2.01 m"
_PREVIOUS_BEFORE = re.compile(
    r"(?:\b(?:previous|prior|old|former|earlier)\s+"
    r"(?:all-time\s+|national\s+|world\s+|course\s+|race\s+|event\s+|championship\s+)?"
    # ... or one broken: "shaved 34 seconds off the mark of 2:01:09"
    r"|\b(?:broke|broken|breaking|beat|beats|beating|surpass\w*|eclips\w*|smash\w*"
    r"|off)\s+the\s+(?:\w+\s+)?)"
    r"(?:high|record|peak|best|low|mark):?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?\Z",
    re.IGNORECASE,
)
#: A figure given before and since revised: "The 14 deaths previously reported", "an
#: initial estimate of 20", "the earlier toll of nine"
_SUPERSEDED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:previously|initially|originally|first|earlier)\s+"
    r"(?:reported|given|announced|stated|counted|published|estimated)\b",
    re.IGNORECASE,
)
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|earlier|previously)\s+(?:(?:reported|given|"
    r"estimated|announced)\s+|(?:estimate|toll|figure|count|tally)\s+(?:of\s+|was\s+)?)"
    r"(?:(?:at\s+least|about|some|around|more\s+than|over)\s+)?\Z",
    re.IGNORECASE,
)
#: ... or after the figure: "surpasses the €352 million record set two years ago"
_BREAKS_BEFORE = re.compile(
    r"\b(?:broke|breaks|beat|beats|surpass\w*|tops|topped|eclips\w*|smash\w*|exceed\w*)\s+"
    r"(?:the|a|its|their)\s+\Z",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(r"\s+(?:all-time\s+|national\s+|world\s+)?(?:record|high|best|peak)\b")
_FORECAST_BEFORE = re.compile(
    _FORECAST_CUE + r"(?:(?!\b(?:and|but|while|whereas|after|than)\b)[^;!?])*\Z", re.IGNORECASE
)
#: "the 2.0% economists had expected", "2.3% forecast by analysts"
_FORECAST_AFTER = re.compile(
    r"(?:\s*(?:%|percent\b|per\s+cent\b))?"
    r"(?:\s+(?:fall|rise|decline|drop|gain|increase|contraction|growth|expansion))?"  # "0.6% fall"
    r"\s+(?:(?:that|which)\s+)?"
    r"(?:(?:economists|analysts|markets|forecasters|experts)\s+)?(?:had\s+|have\s+)?"
    r"(?:expected|forecast|predicted|projected|anticipated)\b",
    re.IGNORECASE,
)
#: What is done to people, after a bare figure: "Some 2,400 were diagnosed", "12 were arrested"
_PEOPLE_VERB = re.compile(
    r"\s+(?:were(?:\s+being)?|have\s+been|had\s+been|are\s+being|remain|remained)\s+(?:still\s+)?"
    r"(?:arrested|detained|diagnosed|evacuated|rescued|hospitali[sz]ed|displaced|infected|treated|"
    r"missing|jailed|charged|convicted|released|freed|deported|sentenced|vaccinated|stranded|"
    r"trapped|homeless|unaccounted|forced|uprooted|made\s+homeless)\b"
    # "at least 40 went to hospital"
    r"|\s+(?:went|were\s+taken|had\s+to\s+go)\s+to\s+(?:a\s+|the\s+)?hospital\b"
    # "left 47 missing", "with 12 still unaccounted for"
    r"|\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b"
    # "more than three million had marched"
    r"|\s+(?:had\s+|have\s+)?(?:marched|protested|demonstrated|rallied|took\s+part|turned\s+out|"
    r"fled)\b",
    re.IGNORECASE,
)
_VOTES_TO = re.compile(r"\s+votes?\s+to\s+(\d{1,3})(?!\d|[,.]\d)", re.IGNORECASE)
_VOTED_BY = re.compile(r"\bvot(?:ed|es?|ing)\s+(?:by\s+)?\Z", re.IGNORECASE)
_OF_A_POINT = re.compile(r"\s+of\s+an?\s+(?:percentage\s+)?point\b", re.IGNORECASE)
#: A change, whose "from X to Y" is the level before and after, not a range: "has increased
#: interest rates from 5% to 5.25%"
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|raised?|raising|increased?|increasing|lifted|hiked|cut|cutting|"
    r"lowered|reduced|fell|falls?|falling|dropped|drops?|climbed|jumped|slipped|eased|grew|"
    r"shrank|declined|up|down|boosted|slashed|revised|changed|moved|went|go|goes|going)\b"
    r"(?:\s+[\w'’-]+){0,4}\s*\Z"
    # ... what is raised named at length: "raise the base fare for buses and light rail (from)"
    r"|\b(?:raised?|raising|cut|cutting|lowered|lower|increased?|reduced?)\s+(?:the|its|their)"
    r"(?:\s+[\w'’-]+){1,7}\s*\Z",
    re.IGNORECASE,
)
#: ... and a change just made, whose "$3.95 to $64.35" is the change and the level it reached
_CHANGED = re.compile(
    r"\b(?:rises|falls|gains|climbs|drops|grows|declines|increases|decreases|"
    r"rose|fell|gained|lost|climbed|dropped|jumped|slipped|eased|grew|declined|slid|added|"
    r"shed|surged|tumbled|plunged|soared|advanced|retreated|increased|decreased|was\s+up|was\s+down|"
    r"were\s+up|were\s+down)\s+(?:by\s+)?\Z",
    re.IGNORECASE,
)
_VOTE_TO = re.compile(r"[^\d.;]{0,60}?\b(?:to|against|versus|vs\.?)\s+[^\d.;]{0,40}")
#: "... percent of (the)", before what a share is of
_SHARE_OF = r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+)?"
_OF_COUNT = re.compile(
    rf"{_SHARE_OF}(?:votes?|ballots|precincts|polling\s+stations)\s+(?:were\s+|had\s+been\s+)?"
    r"(?:counted|tallied|reported|reporting|in)\b",
    re.IGNORECASE,
)
_VOTE_VERB = re.compile(
    r"\b(?:won|winning|wins|taking|took|received|receiving|secured|securing|garnered|polled)\s+\Z"
    r"|\bvotes,?\s+or\s+\Z"  # "received 48,917 votes, or 50.2%"
    r"|\d\s+votes\s+\(\Z",  # "1,204,331 votes (51.2%)"
    re.IGNORECASE,
)
#: A line of figures that names what it counts first: "Staff: some 350"
_LABEL_BEFORE = re.compile(r"(?<![^\n])[ \t]*((?:[A-Za-z][a-z]*[ \t]+){0,2})([A-Za-z]+):[ \t]+\Z")


#: What a list label says befell those it counts: "Passengers ill", "People killed"
_LABEL_CUES = {"ill": "ill", "sick": "ill", "killed": "killed", "dead": "killed",
               "injured": "wounded", "wounded": "wounded", "missing": "missing",
               "arrested": "arrested", "detained": "arrested"}  # fmt: skip


def _label_noun(label: re.Match[str]) -> tuple[str, str] | None:
    """(unit, measure) a list item's label counts: "Staff: some 350" (staff, workers), "Hens
    culled: about 800,000" (hens, birds), "Farms affected: 9" (farms); None for other labels."""
    last = label[2].lower()
    first = (label[1] or "").split()[-1].lower() if (label[1] or "").strip() else ""
    cue = _LABEL_CUES.get(last, "") if first else ""
    noun = first if (last.endswith("ed") or cue) and first else last
    group = _NOUN_GROUP.get(noun)
    if cue and group in _PERSONS:
        return noun, f"{group}:{cue}"  # "Passengers ill: 287", "Crew ill: 49"
    if group:
        return noun, group
    if len(noun) > 3 and _is_plural(noun) and noun not in _STOP and noun.isalpha():
        return noun, noun  # "Farms affected: 9", "Camera traps: about 1,600"
    return None


#: People a firm employs are its staff: "employs at least 2,000 people"
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs|employing|employed|employ)\s+(?:\w+\s+){0,3}\Z", re.I)
#: People who voted are votes cast: "1.16 million people, or 52.4 per cent, had voted Yes"
_VOTED_AFTER = re.compile(
    r"(?:(?!\b(?:who|which|that|and|but|while)\b)(?:\d\.\d|[^.;!?\n])){0,60}?"
    r"\b(?:had\s+|have\s+)?voted\b",
    re.IGNORECASE,
)
_TURNOUT_BEFORE = re.compile(
    r"\bturnout\b(?:\s+(?:was|is|of|at|stood|confirmed|came|in|rose|fell|to|reached|just|only|"
    r"about|around|nearly|almost|some|roughly|under|over|below|above|more|less|than|[A-Z]\w+)){0,5}"
    r"\s+\Z",
    re.IGNORECASE,
)
_OF_VOTE = re.compile(
    rf"{_SHARE_OF}(?:popular\s+|valid\s+|total\s+)?(?:votes?|ballots(?:\s+cast)?)\b",
    re.IGNORECASE,
)
#: A share of a company owned or sold: "a roughly 10% stake" (not the day's 25% rise)
_STAKE = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:[a-z]+\s+)?(?:stake|holding|shareholding)\b", re.I
)
#: A cut in a price: "a 42% discount", "a discount of 35 percent" (not the vaccine's 80% efficacy)
_DISCOUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:discount|reduction\s+in\s+(?:the\s+)?price|off\b)",
    re.IGNORECASE,
)
#: A premium over a price: "a 42pc premium to", "40% above the average price"
_PREMIUM_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|pc)?\s+(?:premium|above\s+(?:the|its|their|\w+['’]s)\s+)",
    re.IGNORECASE,
)
_UP_FROM = re.compile(r",?\s+(?:up|down)\s+from\s+(?:about\s+|around\s+)?")
_AND_TO = re.compile(r"\s+(?:to|over|above)\s+[^;:%]{1,80}?\s+and\s+(?:of\s+)?")
_PREMIUM_BEFORE = re.compile(r"\bpremium\s+of\s+(?:about\s+|around\s+|some\s+)?\Z", re.I)
_DISCOUNT_BEFORE = re.compile(r"\bdiscount\s+of\s+(?:about\s+|around\s+|some\s+)?\Z", re.I)
#: The size of a body of people: "a consular team of five", "a delegation of 12"
_GROUP_OF = re.compile(
    r"\b(team|delegation|contingent|squad|crew|panel|committee|party|group|unit)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|more\s+than|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
#: The size of a crowd: "put the crowd at around 40,000", "estimated the turnout at 45,000"
_CROWD_BEFORE = re.compile(
    r"\b(?:crowds?|turnout|attendance)\s+(?:(?:was|were|is|of|at|numbered|reached|estimated|"
    r"put|to|about|around|some|roughly|nearly|almost|over|more|than|up|as|many|least)\s+)+\Z",
    re.IGNORECASE,
)
#: What a figure told later counts: "The number of people forced to flee ... has hit 110 million"
_NUMBER_OF = re.compile(
    r"\b(?:number|total)\s+of\s+([a-z]+)\b"
    # ... a percentage change on the way: "the number ... rose by 2.3 per cent to 9,412"
    # ... or how long they waited: "the number of patients waiting more than 52 weeks fell to"
    r"(?:[^\d.;:!?()]|\d+(?:\.\d+)?\s*(?:%|per\s+cent|percent|weeks?|days?|months?|years?|"
    r"hours?))*\Z",
    re.IGNORECASE,
)
#: What befell those a "number of" counts: "the number of people seriously injured"
_OF_WHOM = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(injured|hurt|wounded|killed|dead|missing)\b", re.IGNORECASE
)
#: ... as the cue a count of people takes
_WHOM_CUE = {"injured": "wounded", "hurt": "wounded", "wounded": "wounded", "killed": "killed",
             "dead": "killed", "missing": "missing"}  # fmt: skip
#: What a figure counts, named before it moves: "Mortgage approvals rose to 64,300"
_RISEN_TO = re.compile(
    r"\b([a-z]{3,}s)\s+(?:(?:has|have|had)\s+)?(?:rose|risen|fell|fallen|climbed|jumped|dropped|"
    r"slipped|reached|hit|totall?ed|stood\s+at|increased|decreased|grew|grown|declined)"
    r"\s+(?:to\s+|at\s+|by\s+|from\s+)?(?:a\s+record\s+)?\Z",
    re.IGNORECASE,
)
#: ... but not a word for a figure itself ("Prices rose to", "Rates fell to")
_NOT_COUNTED = frozenset(
    "figures numbers totals levels rates prices costs values estimates sales revenues profits "
    "earnings shares stocks yields temperatures readings scores odds was has is this its".split()
)
#: ... or what comes before them: "tickets, which cost eighty-five pounds", "fined 500 pounds"
_PRICE_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|priced\s+at|paid|pay|pays|paying|charged?|fined|fine\s+of|worth|"
    r"spent|spend|earns?|earned|earning)\s+(?:(?:about|around|some|nearly|almost|roughly|just|"
    r"more\s+than|over|under|less\s+than|up\s+to|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
#: What follows pounds sterling, not weight: "11.44 pounds an hour", "1,800 pounds ($2,250)"
_STERLING_AFTER = re.compile(
    r"\s+(?:an?|per)\s+(?:hour|week|month|year)\b|\s*\(\s*(?:US)?[$€]|\s+sterling\b", re.I
)
#: A poll's sentence, where "points" are percentage points
_POLL = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|opinion|vote\s+share|share\s+of\s+the\s+vote|"
    r"swing)\b",
    re.IGNORECASE,
)
#: How many something can hold, before the figure: "which can carry up to 3,100 passengers",
#: "licensed to carry 600", "a capacity of 600 passengers" (not "designed to carry about 12,000
#: vehicles a day": the traffic it is built for)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:can|could|able\s+to)\s+(?:carry|hold|accommodate|seat|house)|"
    r"licensed\s+(?:to\s+carry|for)|capacity\s+(?:of|for))\b(?:(?!\b(?:but|while|when|had|has|was|were|is|are)\b)"
    r"(?:[^.,;:!?]|(?<=\d)[.,](?=\d)))*\Z",
    re.IGNORECASE,
)
_ERROR_BEFORE = re.compile(r"\bmargin\s+of\s+error\b[^\d.;]*\Z", re.IGNORECASE)
#: A record's span: "the largest demonstration the capital has seen in more than a decade",
#: "We haven't seen a storm like this here in twenty years" (not "the largest ... for six days")
#: A part of a span of time: "for most of the past three decades", "much of the last year"
_SPAN_PART_BEFORE = re.compile(
    r"\b(?:most|much|part|parts|some|many)\s+of\s+the\s+(?:past|last|previous)\s+\Z"
    # ... or the window a change is measured over: "gained 22% over the past 12 months"
    r"|\d\s*(?:%|pc|per\s+cent|percent)(?:\s+[a-z]+){0,6}?\s+(?:over|in|during)\s+the\s+"
    r"(?:past|last|previous|preceding)\s+\Z",
    re.IGNORECASE,
)
_RECORD_BEFORE = re.compile(
    r"(?:\b(?:largest|biggest|highest|lowest|worst|best|deadliest|strongest|weakest|fastest|"
    r"slowest|steepest|sharpest|deepest|longest|shortest|first)|n[o']t\s+(?:been\s+)?seen|never\s+(?:been\s+)?seen)\b"
    r"[^.;:!?]*\bin\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?\Z",
    re.IGNORECASE,
)
#: What takes lives: "claimed more than 1,000 lives" (not "saved 200 lives")
_LIVES_BEFORE = re.compile(
    r"\b(?:claim|cost|take|took|taken|lost|los[ei]ng)(?:s|ed|ing)?\s+(?:\w+\s+){0,2}\Z", re.I
)
#: A population's figure, its noun left out: "China's population fell ... to 1.41 billion"
_POPULATION_BEFORE = re.compile(  # "the population fell 3.2% to 870,000"
    r"\bpopulations?\b[^\d.;:!?()]*(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)[^\d.;:!?()]*)?\Z",
    re.IGNORECASE,
)
#: A figure that is a bound someone set, not a measurement: "2 percent target", "80 km/h limit"
_TARGET_AFTER = re.compile(
    r"(?!\s+goals?\b)"  # "scored 24 goals": what is counted, not a target
    r"(?:\s*%|\s+[\w/]+)?(?:\s+\w+)?\s+(?:target|limit|cap|ceiling|threshold|goal|quota)s?\b",
    re.IGNORECASE,
)
#: ... or what is needed: "Organisers needed 15,600 signatures", "the 15,600 required", "the 76
#: seats needed for a majority"
_NEEDED_BEFORE = re.compile(
    r"\b(?:needed|needs|need|required|requires|require)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?\Z",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_NEEDED_AFTER = re.compile(  # ... "95 percent coverage is required"
    r"(?:\s+[a-z]+){0,2}?(?:\s+(?:is|are))?\s+(?:required|needed)\b", re.IGNORECASE
)
#: ... or a cap put on it: "Rents will be capped at 3% a year"
_CAPPED_BEFORE = re.compile(
    # ... or a sum planned for: "had budgeted for £3m", "a budget of £3m"
    r"\b(?:(?:capped|limited)\s+(?:at|to)|budget(?:ed|s)?\s+(?:for|of)|budgeted)\s+\Z",
    re.IGNORECASE,
)
#: Pounds of a substance are a weight: "About 90,000 pounds of ammonium nitrate"
_OF_STUFF = re.compile(
    r"\s+of\s+(?!(?:the|a|an|his|her|its|their|public|taxpayers|debts?|funding|aid|compensation|"
    r"damages|savings|tax|taxes|revenue|cash|money|income|fees|spending|investment|profits?|"
    r"losses|credit|sales|wages|pay)\b)[a-z]",
    re.IGNORECASE,
)
_WEIGHT_BEFORE = re.compile(
    r"\b(?:mass|weight|weighs|weighing|weighed|payload|load|cargo)\b(?:\s+\w+){0,3}?\s+\Z"
    # a body's: "has lost about 20 pounds", "shed 9 kg"
    r"|\b(?:lost|losing|shed|shedding|gained|put\s+on)\s+(?:about|around|some|nearly|almost|"
    r"roughly|more\s+than|over|at\s+least)?\s*\Z",
    re.I,
)
#: What follows a multiple: "four times above the limit", "2.4 times the size", "three times as"
_MULTIPLE_AFTER = re.compile(
    r"\s*(?:-\s*)?times\s+(?:the|as|more|less|higher|lower|above|below|over|greater|larger|bigger|"
    r"smaller|that|what|its|their|his|her|faster|slower|longer|[a-z]+er)\b",
    re.IGNORECASE,
)
#: ... or a plan spread over a time: "phased in over 18 months", "in two stages over a year"
_SPREAD_BEFORE = re.compile(
    r"\b(?:phased(?:\s+in|\s+out)?|spread(?:\s+out)?|staggered|stages|instalments|installments|"
    r"tranches|steps)(?:\s+[a-z]+){0,2}\s+\Z",
    re.IGNORECASE,
)
#: ... or what was done over it, named just before: "drilled a 30-centimetre escape shaft over
#: four days", "cut 3,200 jobs over two years" (not "waited over four hours", "for over a year",
#: "took over a week")
_OBJECT_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:for|in|of|than|after|just|well|and|or|the|ago|to|at|on|by|with|from|been|"
    r"being|is|was|were|are|took|take|takes|lasted|last|lasts|spent|spend|spends|nearly|almost|"
    r"some|only|still|already|taking|lasting)\b)[a-z]{3,}(?<!ed)(?<!ing)\s+\Z"
)
#: ... or the span named after it: "over five years from 2026-27", "over three years to 2030"
_SPAN_AFTER = re.compile(r"\s+(?:from|to|between|starting|beginning|until)\s+(?:in\s+)?\d{4}\b")
#: ... or what is done over it: "to be spent over five years"
_SPENT_BEFORE = re.compile(
    r"\b(?:spent|spend|spending|invested|invest|paid|repaid|delivered|rolled\s+out|built|"
    r"released|allocated|distributed)\s+\Z",
    re.IGNORECASE,
)
#: A figure just before "over N years" ("€8.5 billion over six years", "40,000 homes over")
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*(?:\s*%|\s*(?:bn|m|k)\b)?(?:\s+[a-z]+){0,5}\s+\Z", re.I)
#: Workers at a place at one time, not its staff: "About 140 workers were on the night shift"
_ON_SHIFT = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:were|was)\s+(?:on\s+(?:the\s+)?(?:\w+\s+)?shift|on\s+site|at\s+work|"
    r"inside|working\s+(?:at\s+the\s+time|inside|there))\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to|since|by|from)\s+\Z", re.IGNORECASE)
#: A figure given per a length of time: "$16 million a year", "€9m a day", "6% annually"
_PER_PERIOD = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?P<p>year|day|week|month|annum|hour|minute|second)"
    r"|(?P<ly>annually|yearly|daily|weekly|monthly))\b"
    r"(?!\s+(?:ago|earlier|before|later|on|after)\b)",  # "SEK 2.9bn a year earlier": when
    re.IGNORECASE,
)
_PERIOD_WORD = {"annum": "year", "annually": "year", "yearly": "year", "daily": "day",
                "weekly": "week", "monthly": "month"}  # fmt: skip
#: What a change is measured against, after it: the month before, the quarter or the year
_BASIS_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s*,?\s+(?:"
    r"(?P<yoy>(?:on|from|than|compared\s+with|against)\s+(?:a|the\s+same\s+\w+\s+a)\s+year\s+"
    r"(?:ago|earlier|before)|year[-\s]on[-\s]year|on\s+the\s+year|over\s+the\s+(?:past\s+)?year|"
    # "up 9% from $381.9 million a year earlier"
    r"(?:from|than|compared\s+with)\s+[$€£]?\d[\d.,]*(?:\s*(?:million|billion|bn|m|pence|p|cents?))?"
    r"\s+(?:a\s+year|in\s+the\s+(?:same|year-earlier|prior-year)\s+(?:period|quarter))"
    r"(?:\s+(?:ago|earlier|before))?|"
    r"in\s+the\s+(?:past\s+)?(?:year|12\s+months)\b(?!\s+to)|annually\b)"
    r"|(?P<mom>on\s+the\s+month|month[-\s]on[-\s]month|(?:from|than|on)\s+the\s+previous\s+month|"
    r"over\s+the\s+month|in\s+the\s+month\b(?!\s+(?:of|to)))"
    r"|(?P<qoq>on\s+the\s+quarter|quarter[-\s]on[-\s]quarter|(?:from|than|on)\s+the\s+previous\s+"
    r"quarter|in\s+the\s+quarter\b(?!\s+(?:of|to)))"
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<span>days|weeks|months|years)\b)",
    re.IGNORECASE,
)
#: People per an area: "162 people per square mile", "62.4 per km²" (a density, per km²)
_PER_AREA = re.compile(
    r"\s*(?:people|residents|inhabitants|persons)?\s*(?:per|a|for\s+every)\s+"
    r"(square\s+miles?|square\s+kilometres?|square\s+kilometers?|sq\.?\s*mi|sq\.?\s*km|km2|km²|"
    r"mi2|mi²|hectares?)(?!\w)",
    re.IGNORECASE,
)
_AREA_UNIT = {
    **dict.fromkeys("squaremile squaremiles sqmi mi2 mi²".split(), "per sq mi"),
    **dict.fromkeys(
        "squarekilometre squarekilometres squarekilometer squarekilometers sqkm km2 km²".split(),
        "per km²",
    ),
    **dict.fromkeys(("hectare", "hectares"), "per hectare"),
}
_unit("per km²", "per km²", "density")
_unit("per sq mi", "per sq mi", "density", 1 / 2.589988)
_unit("per hectare", "per hectare", "density", 100.0)
#: After a match's minute: "77th minute", "63rd and 86th minutes", "12th, 40th and 57th minutes"
_MINUTE_AFTER = re.compile(
    r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)\d{1,3}(?:st|nd|rd|th))*[\s-]+minutes?\b", re.IGNORECASE
)
#: Measures no period divides: "two days a week" is no rate of days
_NO_PERIOD = ("duration", "time", "age", "rate/", "exchange:", "match_minute", "tally", "occasions")
#: ... and the length of time a total is spread over: "$48.5 million in its first three years"
_SPREAD_OVER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:over|in|across|during)\s+(?:the|its|their)?\s*"
    r"(?:(?:first|next|past|last|coming|following)\s+)?\Z",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(r"\b(?:on|than|with|from|versus|vs\.?)\s+\Z", re.IGNORECASE)
#: ... or after the earlier figure: "up from £276,000 a year earlier" (when that figure was)
_FIGURE_BASE_BEFORE = re.compile(
    r"\b(?:from|than|with|versus|vs\.?)\s+[£$€]?\d[\d,.]*\s*(?:%|pc|per\s+cent|percent|bn|m|"
    r"million|billion)?,?\s+\Z",
    re.IGNORECASE,
)
_FREQ_BEFORE = re.compile(r"\b(?:once|twice|times|per|every)\s+\Z", re.IGNORECASE)
#: "7.5 million barrels a day", "1,000 soldiers a week": a rate, not a length of time
_RATE_BEFORE = re.compile(  # also after "$900m"
    r"(?:[\d%]|\d(?:m|bn|mn|tn|k|p|¢)|\d\s?(?:GWh|MWh|kWh|TWh|MW|GW|km|kg|mph|bpd|pence|cents)"
    r"|\b(?!(?:was|has|is|does|this|its|his|as|us|thus|plus|less|"
    r"perhaps|always|across|unless|yes|times|years|months|weeks|days|hours|minutes|decades)\b)"
    r"[a-z]{2,}s"
    # ... or after what the figure counts: "1.2 billion cubic metres of water a year"
    r"|\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+){1,2}\s+of\s+[a-z]+"
    # ... or after a scale or per cent: "$16 million a year", "6 per cent a year"
    r"|\d[\d,.]*\s+(?:million|billion|trillion|thousand|per\s+cent|percent|pc))\s+\Z",
    re.IGNORECASE,
)
#: "one in five adults": a share
_ONE_IN = re.compile(
    r"(?:\b(?P<q>about|around|roughly|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|"
    r"just\s+under|just\s+over|under)"
    r"\s+)?(?<![\d.,/-])\b(?P<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine)"
    r"\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?\Z",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"([\w.]+)\s+\Z")
#: After a model's number: a word ("Falcon 9 rocket", "Boeing 737 Max"), not a unit or a scale
#: ("the Labour Front 29 percent", "Halvern 12 billion")
_MODEL_AFTER = re.compile(
    r" (?!(?:percent|per\s+cent|percentage|points?|thousand|million|billion|trillion|votes|seats)"
    r"\b)[^\W\d_]",
    re.IGNORECASE,
)
#: ... but a name after a comma, its figure before "and", continues a list of counts: "California
#: lost 1,650 homes, Oregon 370 and Washington 120"
_LISTED_AFTER = re.compile(r"\s+and\s+[A-Z]")
_LISTED_BEFORE = re.compile(r"\d[\d,.]*\s+[a-z]{3,}[^.;:]*,\s+\Z")
_VARIANT_AFTER = re.compile(r"-\d*[A-Z]")  # "777-300ER", "A320-200N" (not "75-80")
_NOT_MODEL = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec category magnitude".split()
)


def _is_model(text: str, lo: int, prev: re.Match[str]) -> bool:
    """Whether the word before a bare figure names a product or model with it ("Falcon 9"):
    a capitalised word inside the sentence, not a weekday, a month or a function word."""
    word = prev.group(1)
    if word == word.lower() or not text[lo : prev.start(1)].strip():
        return False
    low = word.lower().rstrip(".")
    return low not in _NOT_MODEL and low not in _STOP and low not in _QUALIFIERS


# ---------------------------------------------------------------- masks (not quantities)

_MASKS = [
    re.compile(
        r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:com|org|net|"
        r"gov|edu|io|co|uk|ua|ru|kr|info|int)\b(?:/\S*)?|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}",
        re.I,
    ),  # fmt: skip
    re.compile(r"(?<![\w.-])\d{2,4}(?:[.-]\d{2,4}){2,}(?![\w-]|\.\d)|\(\d{3}\)\s?\d{3}[-.]\d{4}"),
    # phone numbers: "0161 555 0192", "01632 960418", "555-0148", "call 0800 555 0143"
    re.compile(
        r"(?<![\w.,])(?:\+\d{1,3}\s)?0\d{2,4}\s\d{3,6}(?:\s\d{3,4})?(?![\w,.]\d|\w)"
        r"|(?<![\w.,-])\d{3}-0\d{3}(?![\w-])"
        r"|(?<![\w+])\+\d{1,3}(?:[\s-]\d{1,4}){2,4}(?![\w,.]\d|\w)"  # "+353 1 408 2200"
        r"|\b(?:[Cc]all(?:ing)?|[Pp]hone|[Tt]el\.?|[Tt]elephone|[Hh]elpline|[Hh]otline|[Dd]ial(?:ling)?)"
        r"\s*(?:on\s+)?:?\s*\+?\d[\d\s()-]{5,15}\d",
    ),
    re.compile(r"(?<![\w.])v?\d+(?:\.\d+){2,}"),
    re.compile(r"(?<![\w/])\d+(?:/\d+)+(?![\w/])"),
    # clock times: "10:15", "2.40am", "11.30 p.m.", "7 a.m.", "1015 GMT"
    re.compile(
        r"\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:[-–]|\s(?:to|and|until|till)\s)\s*(?=\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b)"
        r"|\b\d{1,2}(?::\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\s*[ap]\.m\.|\s?[ap]m\b|\.\d{2}\s*[ap]\.?m\b\.?"
        r"|[:.]?\d{2}\s+(?:GMT|UTC|ET|EDT|EST|CET|CEST|BST)\b|\d{2}\s+hrs\b|\d{2}\s+(?-i:[AP]M)\b)",
        re.I,
    ),
]

#: Masks searched only where the text holds one of their strings
_RARE_MASKS = [
    # a margin of error: "(±12.0 percent)" is no reading of its own
    (
        ("±",),
        re.compile(r"±\s?\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage\s+points?|points?|pp)?"),
    ),
    # a US toll-free number "1-800-225-5324", a receptor "5-HT3", basketball's "3-pointer"
    (
        ("-",),
        re.compile(
            r"(?<![\w.-])1[-.]\d{3}[-.]\d{3}[-.]\d{4}(?![\w-])"
            r"|(?<![\w-])\d+-[A-Z]{1,4}\d+[A-Za-z]*\b|\b3-point(?:ers?)?\b",
        ),
    ),
    # a statute "18 U.S.C. § 1343", "§ 12(b)"; "net zero"
    (
        ("§", "zero", "ZERO", "Zero"),
        re.compile(r"(?:\b\d+\s+U\.S\.C\.\s*)?§+\s*\d+[\w.()-]*(?<![.)-])|\bnet[ -]zero\b", re.I),
    ),
]

# ---------------------------------------------------------------- dates

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}  # fmt: skip
_MON_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
_MON_FULL = MONTH_NAME
_PREP_WORDS = (
    "in|on|since|during|until|till|by|from|through|throughout|before|after|of|this|next|to|and"
)
_PREP = rf"(?i:{_PREP_WORDS})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(1[5-9]\d\d|20\d\d|2100)"
# (kind, pattern, needs a digit, needs a month name): scans that cannot match are skipped
_DATE_PATTERNS = [
    ("iso", re.compile(r"(?<![\w-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w-])"), True, False),
    ("mdy", re.compile(rf"\b({_MON})\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}(?![\w,.]?\d)(?!\w)"), True, True),
    ("dmy", re.compile(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?({_MON}),?\s+{_YEAR}(?![\w,.]?\d)"), True, True),
    ("my", re.compile(rf"\b({_MON})\s*,?\s+{_YEAR}(?![\w,.]?\d)(?!\w)"), True, True),
    ("md", re.compile(rf"\b({_MON})\s+{_DAY}(?![\w]|[,.]?\d)"), True, True),
    ("dm", re.compile(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?({_MON_FULL})"), True, True),
    ("yr", re.compile(rf"(?<![\w.,-])(?:{_YEAR}\s*[-–]\s*|(?i:between)\s+{_YEAR}\s+and\s+"
                      rf"|(?i:from)\s+{_YEAR}\s+(?:to|until)\s+){_YEAR}(?![\w]|[,.]?\d)"),
     True, False),
    # a financial year: "2026-27"
    ("fy", re.compile(r"(?<![\w.,-])(20\d\d|19\d\d)[-–/](\d\d)(?![\w]|[,.]?\d|[-–/]\d)"), True, False),
    # a run of days, whose last day is a date too: "Nov. 20-25", "14 to 18 December"
    ("mdr", re.compile(rf"\b({_MON})\s+{_DAY}\s*(?:[-–]|to)\s*{_DAY}(?![\w]|[,.]?\d)"), True, True),
    ("dmr", re.compile(rf"(?<![\w.,]){_DAY}\s*(?:[-–]|to|and|&)\s*{_DAY}\s+(?:of\s+)?({_MON_FULL})(?:,?\s+{_YEAR})?"), True, True),
    ("slash", re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\w/])"), True, False),
    ("mon", re.compile(rf"\b({_MON_FULL})"), False, True),
    ("y", re.compile(rf"(?<![\w.,]){_YEAR}(?![\w]|[,.]?\d)"), True, False),
]  # fmt: skip
_ANY_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(_MON)
# what must come right before a bare month ("in November", "last August") or a bare year
_MON_PREFIX = re.compile(
    rf"(?:\b{_PREP}\s+)?(\b(?i:last|early|late|mid|the\s+end\s+of|end\s+of)[\s-]+)?\Z"
)
#: What opens a sentence before a dateline's date: its place and perhaps its state ("THE
#: HAGUE, May 6 (Reuters)", "CAPE CANAVERAL, Fla., May 6 (AP)")
_DATELINE = re.compile(
    rf"\s*[{CAPITALS}][{CAPITALS}'’.-]+(?:\s+[{CAPITALS}][{CAPITALS}'’.-]+)*,"
    r"(?:\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2},)?\s*"  # "SAWTELL, New South Wales, 18 ..."
)
_YEAR_PREFIX = re.compile(
    rf"\b(?i:{_PREP_WORDS}|for|year|early|late|mid|spring|summer|autumn|fall|winter)[\s-]+\Z"
)
_DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|its|their|his|her|this|that|whose|our)\s+\Z")
#: A weekday before a day and month: "on Saturday 17 May", "Saturday, May 17" (so May is the month)
_WEEKDAY_BEFORE = re.compile(rf"\b{DAY_NAME},?\s+\Z")


def _month(name: str) -> int:
    n = name.lower().rstrip(".")
    return _MONTHS.get(n) or _MON_ABBR.get(n[:4] if n.startswith("sept") else n[:3], 0)


def _iso(year: int | None, month: int = 0, day: int = 0) -> str:
    y = f"{year:04d}" if year else "XXXX"
    if not 1 <= month <= 12:
        return y if year else ""
    if not day:
        return f"{y}-{month:02d}"
    if not 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return ""
    return f"{y}-{month:02d}-{day:02d}"


def _next_word(text: str, pos: int, end: int) -> str:
    m = _TOKEN.match(text, pos, end)
    return (m.group("w") or "").lower() if m else ""


def _date_candidates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, iso) of every date-like span; iso is '' for masked but unnormalised ones."""
    found = []
    digit = _ANY_DIGIT.search(text, start, end) is not None
    month = _ANY_MONTH.search(text, start, end) is not None
    for kind, pat, needs_digit, needs_month in _DATE_PATTERNS:
        if (needs_digit and not digit) or (needs_month and not month):
            continue
        for m in pat.finditer(text, start, end):
            g = m.groups()
            s, e = m.start(), m.end()
            if kind == "iso":
                iso = _iso(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "mdy":
                iso = _iso(int(g[2]), _month(g[0]), int(g[1]))
            elif kind == "dmy":
                iso = _iso(int(g[2]), _month(g[1]), int(g[0]))
            elif kind == "my":
                iso = _iso(int(g[1]), _month(g[0]))
            elif kind == "md":
                if (
                    g[0] == "May"
                    and not _YEAR_PREFIX.search(text, max(start, s - 12), s)
                    and not _WEEKDAY_BEFORE.search(text, max(start, s - 12), s)
                    and not _DATELINE.fullmatch(text, start, s)
                ):
                    continue
                iso = _iso(None, _month(g[0]), int(g[1]))
            elif kind == "dm":
                if (
                    g[1] == "May"
                    and not re.match(r"\s*(?:,|\.|$|\s+\d)", text[e : e + 3])
                    and not _YEAR_PREFIX.search(text, max(start, s - 12), s)  # "on 12 May and"
                    and not _WEEKDAY_BEFORE.search(text, max(start, s - 12), s)
                ):
                    continue
                iso = _iso(None, _month(g[1]), int(g[0]))
            elif kind == "fy":
                if (int(g[0]) + 1) % 100 != int(g[1]):
                    continue
                iso = f"{g[0]}/{int(g[0]) + 1}"
            elif kind in ("mdr", "dmr"):
                # only the day the other patterns miss: "25" in "Nov. 20-25", "14" in "14 to 18
                # December" (with its month)
                mon, first, last = (g[0], g[1], g[2]) if kind == "mdr" else (g[2], g[0], g[1])
                if int(last) <= int(first):
                    continue
                if kind == "mdr":
                    s = m.start(3)
                    iso = _iso(None, _month(mon), int(last))
                else:
                    e = m.end(1)
                    iso = _iso(int(g[3]) if g[3] else None, _month(mon), int(first))
            elif kind == "yr":
                y0, y1 = (y for y in g if y)
                if int(y1) <= int(y0):
                    continue
                iso = f"{y0}/{y1}"
            elif kind == "slash":
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                y = y + 2000 if y < 100 else y
                iso = _iso(y, b, a) if a > 12 else _iso(y, a, b) if b > 12 else ""
            elif kind == "mon":
                pre = _MON_PREFIX.search(text, max(start, s - 30), s)
                if not pre or pre.start() == s:
                    continue
                if pre.group(1):
                    s = pre.start(1)
                iso = _iso(None, _month(g[0]))
            else:  # a bare year after a preposition, unless a counted noun follows
                w = _next_word(text, e, end)
                if not (
                    _YEAR_PREFIX.search(text, max(start, s - 12), s)
                    # ... or before what it dates: "a 2017 inspection", "the 2012 drought"
                    or (_DETERMINER_BEFORE.search(text, max(start, s - 8), s) and w.isalpha())
                ):
                    continue
                if w in _UNITS or w in _NOUN_GROUP or w in _PERSONS:
                    continue
                iso = g[0]
            found.append((s, e, iso))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for c in found:
        if not out or c[0] >= out[-1][1]:
            out.append(c)
    return out


def find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateValue, ...]:
    """Dates in ``text[start:end]``; offsets are into ``text``."""
    start, end = _bounds(text, start, end)
    return tuple(
        DateValue(
            s,
            e,
            text[s:e],
            iso,
            _DATELINE.fullmatch(text, start, s) is not None,
            _FROM_IN.search(text, max(start, s - 40), s) is not None,
            _event_before(text, max(start, s - 30), s) if len(iso) == 4 else "",
            _date_cue(text, max(start, s - 40), s),
            (day := _weekday_before(text, start, s, iso))[0],
            _near(text, start, end, day[1], e) if day[0] else frozenset(),
            "",
            day[1] if day[1] < s else -1,
        )
        for s, e, iso in _date_candidates(text, start, end)
        if iso
    )


def _weekday_before(text: str, start: int, s: int, iso: str) -> tuple[str, int]:
    """The weekday named before a date ("Saturday, May 17") and where it starts, else a whole
    date's own weekday and the date's start."""
    day = _WEEKDAY_BEFORE.search(text, max(start, s - 12), s)
    if day:
        return day.group().rstrip(", \t\n"), day.start()
    if len(iso) == 10 and not iso.startswith("X"):
        try:
            return WEEKDAYS[datetime.date.fromisoformat(iso).weekday()], s
        except ValueError:
            pass
    return "", s


_PART_ENDS = frozenset('.;:!?—–()"“”')
_CLAUSE_WORDS = re.compile(r"[^\s.;:!?—–()\"“”]+|[.;:!?—–()\"“”]")
_WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "late early".split()
)


def _near(text: str, start: int, end: int, s: int, e: int) -> frozenset[str]:
    """Stems of the two content words before ``text[s:e]`` and the two after, within its
    clause; after a leading phrase ("After a long debate on Tuesday night, the council voted"),
    the three after its comma."""
    before = _CLAUSE_WORDS.findall(text, max(start, s - 80), s)
    after = _CLAUSE_WORDS.findall(text, e, min(end, e + 60))
    cut = max((i for i, w in enumerate(before) if w in _PART_ENDS or w.endswith(",")), default=-1)
    leading = cut < 0 and s - start < 80 and bool(after) and after[0] == ","
    stop = next(
        (i for i, w in enumerate(after) if w in _PART_ENDS or (w.endswith(",") and not leading)),
        len(after),
    )

    def content(words: list[str]) -> list[str]:
        words = [w.strip(",'’").lower() for w in words]
        return [
            light_stem(w)
            for w in words
            if w.isalpha() and is_content(w) and w not in _WEEKDAY_WORDS and w not in _SMALL
        ]

    return frozenset(content(before[cut + 1 :])[-2:] + content(after[:stop])[: 3 if leading else 2])


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A day of the week said of an event ("The vote was Tuesday night"), not of a habit ("every
#: Tuesday", "on Tuesdays") nor before its date ("Monday, March 10", a date's own weekday)
_WEEKDAY = re.compile(
    r"(?<!\bevery\s)(?<!\beach\s)\b(?:(?P<late>[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?"
    rf"(?P<day>{DAY_NAME})(?!s\b|['’]s\s+(?:edition|paper|show))\b"
    r"(?P<part>\s+(?:morning|afternoon|evening|night))?(?!,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)))"
)
#: ... when someone said something, not when it happened: "said on Tuesday", "told reporters
#: late Monday", "On Monday, the ministry said"
_DAY_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|announced|reported|confirmed|stated|wrote|warned|declared|"
    r"noted|tweeted|posted|estimated)(?:\s+(?:in\s+an?\s+(?:statement|briefing|post|interview)|"
    r"(?:to\s+)?(?:reporters|journalists|parliament)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
    r"\s+(?:on\s+)?(?:late\s+|early\s+)?\Z"
)
_DAY_SAID_AFTER = re.compile(
    r",?\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:said|says|told|announced|confirmed|reported|added|warned)\b"
)


_ANY_WEEKDAY = re.compile(DAY_NAME)
_AM_END = re.compile(r"\d\s*[ap]\.m\.\Z")
_ON_END = re.compile(r"(?:^|(?<=\s))[Oo]n\s*\Z")


def find_weekdays(text: str, start: int = 0, end: int | None = None) -> tuple[DateValue, ...]:
    """Days of the week named alone for an event in ``text[start:end]`` (no ``iso``)."""
    start, end = _bounds(text, start, end)
    if not _ANY_WEEKDAY.search(text, start, end):
        return ()
    out: list[DateValue] = []
    for m in _WEEKDAY.finditer(text, start, end):
        s, e = m.start("day"), m.end("day") + len(m["part"] or "")
        lead = _ON_END.sub("", text[max(start, m.start() - 40) : m.start()]).rstrip()
        opens = not lead or (
            lead.endswith((".", ";", ":", "—", '"', "”")) and not _AM_END.search(lead)
        )
        if _DAY_SAID_BEFORE.search(text, max(start, m.start() - 60), m.start()) or (
            opens and _DAY_SAID_AFTER.match(text, m.end(), end)
        ):
            continue  # "said on Tuesday", "On Monday, the ministry said"
        kind = (m["late"] or (m["part"] or "").strip()).lower()
        cue = _date_cue(text, max(start, m.start() - 40), m.start())
        near = _near(text, start, end, m.start(), e)
        out.append(DateValue(s, e, text[s:e], "", cue=cue, weekday=m["day"], near=near, part=kind))
    return tuple(out)


#: The word a date is given for: "take effect on 3 December", "was launched on November 18"
_DATE_CUE = re.compile(rf"\b([a-z]{{3,}})\s+(?:on|from|until|by|since)\s+(?:{DAY_NAME},?\s+)?\Z")


def _date_cue(text: str, lo: int, s: int) -> str:
    m = _DATE_CUE.search(text, lo, s)
    return light_stem(m[1]) if m else ""


#: An event that happens once to its subject, dated by a year: "was built in 1986"
_ONCE_IN = re.compile(
    r"\b(built|constructed|completed|founded|established|opened|born|died|launched|"
    r"discovered|inaugurated)\s+in\s+\Z",
    re.IGNORECASE,
)


def _event_before(text: str, lo: int, s: int) -> str:
    m = _ONCE_IN.search(text, lo, s)
    return m[1].lower() if m else ""


#: What comes before the date of an earlier reading: "from 2.7% in", "up from 2.9 percent in"
_FROM_IN = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s+in\s+\Z",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- quantities


def _bounds(text: str, start: int, end: int | None) -> tuple[int, int]:
    n = len(text)
    end = n if end is None else max(0, min(int(end), n))
    return max(0, min(int(start), end)), end


def _masked(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    spans = [(s, e) for s, e, _ in _date_candidates(text, start, end)]
    for pat in _MASKS:
        spans.extend(m.span() for m in pat.finditer(text, start, end))
    for needles, pat in _RARE_MASKS:
        if any(text.find(n, start, end) >= 0 for n in needles):
            spans.extend(m.span() for m in pat.finditer(text, start, end))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if ends and s < ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _overlaps(mask: tuple[list[int], list[int]], s: int, e: int) -> bool:
    starts, ends = mask
    i = bisect_right(ends, s)
    return i < len(starts) and starts[i] < e


def _digits_value(raw: str) -> float | None:
    plain = raw.replace(",", "")
    digits = len(plain.split(".")[0])
    if digits > 15 or (len(plain) > 1 and plain[0] == "0" and plain[1] != "."):
        return None
    return float(plain)


def _words_value(text: str, s: int, e: int) -> tuple[float, int] | None:
    """Value of the number words in ``text[s:e]`` and where the well-formed prefix ends."""
    total = cur = 0.0
    last = ""
    stop = s
    for m in _WORD_TOKEN.finditer(text, s, e):
        w = m.group().lower()
        if w == "and":
            continue
        if w in _SMALL:
            if last in ("small", "unit") or (last == "tens" and _SMALL[w] >= 10):
                break
            cur += _SMALL[w]
            last = "unit" if last == "tens" else "small"
        elif w in _TENS:
            if last in ("small", "tens", "unit"):
                break
            cur += _TENS[w]
            last = "tens"
        elif w in ("hundred", "dozen"):
            if not last or last in ("hundred",):
                break
            cur = (cur or 1) * _SCALES[w]
            last = "hundred"
        else:
            if not last or last == "scale":
                break
            total += (cur or 1) * _SCALES[w]
            cur = 0
            last = "scale"
        stop = m.end()
    if stop == s:
        return None
    return total + cur, stop


def _scale_of(word: str, currency: bool) -> float:
    w = word.strip().lstrip("-").lower()  # "$1.26-billion"
    if w in _SCALES:
        return _SCALES[w]
    return {"k": 1e3, "bn": 1e9, "mn": 1e6, "tn": 1e12}.get(w) or (
        {"m": 1e6, "b": 1e9}.get(w, 1.0) if currency else 1.0
    )


_MEDAL_COLOURS = ("gold", "silver", "bronze")


def _head_noun(text: str, pos: int, end: int) -> tuple[str, int]:
    """The counted noun after ``pos`` (after "of its"/"of the"), and where it ends."""
    m = _OF_DET.match(text, pos, end)
    if m:
        pos = m.end()
    words: list[tuple[str, int]] = []
    for _ in range(6):
        if len(words) == 4:
            break
        m = _TOKEN.match(text, pos, end)
        if m and m.group("p") and m.group("p").isdigit() and words and words[-1][0][0].isupper():
            m = _MODEL_NUMBER.match(text, pos, end)  # "171 Boeing 737 Max 9 planes"
            if m:
                pos = m.end()
                continue
        if not m or m.group("p") is not None:
            break
        w = m.group("w")
        if w.lower() in ("and", "or") and words and words[-1][0].lower() in _ADJ_SKIP:
            pos = m.end()  # "current and former customers"
            continue
        if w.lower() in _STOP:
            break
        pos = m.end()
        if w.lower() in _SMALL or w.lower() in _TENS:
            continue  # "two of the five Iranians"
        words.append((w, m.end()))
    for w, e in words:
        lw = w.lower()
        if lw in _NOUN_GROUP:
            return (w if w[0].isupper() else _PLURAL.get(lw, lw)), e  # "five Americans"
    run: list[tuple[str, int]] = []
    named = ("", pos)
    for w, e in words:
        lw = w.lower()
        if w[0].isupper():
            if run:
                break
            if not named[0] and _is_plural(w) and "'" not in w and "’" not in w:
                named = (w, e)  # "5,106 working Starlinks", unless a plain noun follows
            continue
        if lw in _CASUALTY_HEAD and not run:
            return lw, e
        if lw.endswith(("'s", "’s")):
            break  # whose, not what: "nineteen of the country's 43 constituencies"
        if (lw.endswith(("ed", "ing", "ly")) and lw not in _ING_NOUNS) or lw in _ADJ_SKIP:
            if run:
                break
            continue
        run.append((lw, e))
    if len(run) >= 2 and run[-2][0] == "housing" and run[-1][0] in ("units", "unit"):
        return "homes", run[-1][1]  # "10,000 affordable housing units"
    if len(run) >= 2 and run[-2][0] == "crew" and run[-1][0] in ("members", "member"):
        return "crew", run[-1][1]
    if len(run) >= 2 and run[-2][0] in _MEDAL_COLOURS and run[-1][0] in ("medals", "medal"):
        return run[-2][0] + "s", run[-1][1]  # "11 bronze medals" / "12 bronzes"
    # only a compound's last noun is plural: "residents left" counts residents
    for (w, e), (nxt, _) in itertools.pairwise(run):
        if _is_plural(w) and not _is_plural(nxt):
            return w, e
    return run[-1] if run else named


#: A plural noun after "2.7m": a count in millions ("2.7m workers"), not metres ("a 5m wall")
_COUNTED_AFTER = re.compile(r"\s+(?:[A-Za-z]+\s+)?[a-z]{2,}(?<!ss)(?<!us)(?<!is)s\b|\s+people\b")
_MODEL_NUMBER = re.compile(r"\s*\d+(?=\s)")
_IRREGULAR_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people"}
_NO_PLURAL = frozenset(
    ["men", "women", "children", "people", "police", "staff", "cattle", "livestock", "data",
     "media", "equipment", "aircraft", "sheep", "deer", "fish"]
)  # fmt: skip


def _plural(noun: str) -> str:
    """The plural a measure is keyed by: "one point" and "two points" count the same thing."""
    low = noun.lower()
    if low in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[low]
    if low in _NO_PLURAL or low.endswith(("s", "men")) or not low.isalpha():
        return noun  # plural already, or "news", "crisis", "bus": left as written
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if low.endswith(("x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "news"))


_TURNED_OVER = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|hand(?:s|ed|ing)?|g[ai]v(?:e|es|ing))\s+(?:the\s+ball|it|possession)\s+\Z",
    re.IGNORECASE,
)
#: A change before its result: "cut by 2% to 43%" (no range from 2 to 43; but "fall by 3% to 5%"
#: is one)
_BY_BEFORE = re.compile(r"\bby\s+\Z", re.IGNORECASE)
#: Jobs lost are jobs cut: "Germany will lose 450 jobs", "450 positions will be lost"
_JOB_NOUNS = frozenset(("jobs", "job", "positions", "roles", "posts"))
_LOSE_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost)\s+(?:[a-z]+\s+){0,2}\Z", re.IGNORECASE)
_LOST_AFTER = re.compile(r"\s+(?:will\s+be|would\s+be|were|are|have\s+been|had\s+been)\s+lost\b")
_NONE_OF = re.compile(r"\b(?:[Nn]one|[Nn]either|[Nn]o\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?\Z")


def _casualty(text: str, qstart: int, pos: int, lo: int, end: int) -> str:
    """killed / wounded / casualties / missing when the words around the figure say so, else
    ''."""
    if _NONE_OF.search(text, max(lo, qstart - 20), qstart):
        return ""  # "None of the three crew members was hurt": three in all, none hurt
    cut = min(end, pos + 300)
    window = _PAREN.sub(lambda m: " " * len(m.group()), text[pos:cut])
    # a figure joined by "and" shares the cue: "left 287 passengers and 49 crew members ill"
    window = _AND_FIGURE.sub(lambda m: " " * len(m.group()), window)
    m = _CUT.search(window)
    window = " ".join((window[: m.start()] if m else window).split()[:18])
    kinds = {k for c in _CUE.finditer(window) for k, v in c.groupdict().items() if v}
    before = _cue_before(text, lo, qstart)
    if before and before <= {"k", "w"}:
        kinds = before  # "killed at least 17 people and wounded 32": 17 killed
    return _cue_word(kinds or before)


def _cue_before(text: str, lo: int, qstart: int) -> set[str]:
    """Cue kinds (k, w, c) said just before the figure: "killing 142", "death toll rose to"."""
    c = _CUE_BEFORE.search(text, max(lo, qstart - 40), qstart) or _TOLL_BEFORE.search(
        text, max(lo, qstart - 120), qstart
    )
    return {k for k, v in c.groupdict().items() if v} if c else set()


def _cue_word(kinds: set[str]) -> str:
    if "c" in kinds or {"k", "w"} <= kinds:
        return "casualties"
    if "k" in kinds or "w" in kinds:
        return "killed" if "k" in kinds else "wounded"
    if "m" in kinds:
        return "missing"  # "21 were missing": not the 150 rescued
    if "x" in kinds:
        return "cut"  # "cut 1,200 jobs", "120 employees were laid off": not the headcount
    if "s" in kinds:
        return "ill"  # "312 passengers had reported vomiting": not the 2,400 on board
    return "arrested" if "a" in kinds else ""  # "42 soldiers had been detained"


#: A source's verb after a people word: "..., officials said, ..." names no group counted
_SAID_AFTER = re.compile(
    r"\s+(?:have\s+|had\s+)?(?:said|say|says|told|reported|estimated|confirmed|added)\b"
)


def _group_before(text: str, lo: int, pos: int) -> str:
    """The people group named last before ``pos`` ("300 soldiers killed, with 2,700 wounded")."""
    best = ""
    start = max(lo, pos - 300)
    for m in _WORD_TOKEN.finditer(text, start, pos):
        g = _NOUN_GROUP.get(m.group().lower())
        if g and not _SAID_AFTER.match(text, m.end(), pos):  # not "..., officials said, ..."
            best = g
    return best or "people"


_PER_CURRENCY = re.compile(
    r"\s+(?:against|per|to)\s+(?:the\s+|one\s+|a\s+)?(?:U\.S\.\s+|US\s+)?"
    r"(dollar|euro|pound|yen|yuan|franc|rouble|ruble)\b",
    re.IGNORECASE,
)
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)


def _counted_before(text: str, lo: int, pos: int) -> str:
    """The last known counted noun before ``pos`` in its clause, or ""."""
    found = ""
    for m in _WORD_TOKEN.finditer(text, lo, pos):
        if m.group().lower() in _NOUN_GROUP:
            found = m.group()
    return found


def _interval(value: float, relation: str) -> tuple[float, float]:
    if relation == "~":
        return 0.9 * value, 1.1 * value
    if relation == "~<":
        return 0.9 * value, value
    if relation == "~>":
        return value, 1.1 * value
    if relation in (">", ">="):
        return value, INF
    if relation in ("<", "<="):
        return 0.0, value
    return value, value


#: After "At 22": a name and its verb ("At 22, Kadyrov becomes the first ...")
_AT_AGE = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:is|was|becomes|became|has|had)\b")
#: An age given bare: "aged 19", "The man, 23, ...", "Smith, 45, said"
_AGED_BEFORE = re.compile(
    r"\baged\s+(?:between\s+)?\Z|(?<=,)\s*age\s+\Z", re.IGNORECASE
)  # ", age 27,"
_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:man|woman|boy|girl|teenager|victim|driver|suspect|mother|father|son|daughter)"
    r"|\b[A-Z][^\W\d_A-Z]+),\s+\Z"  # "Nováková, 41,"
)
_APPOSITION_AFTER = re.compile(r"\s*[,)]")
#: ... and the next ones of a list of ages: "aged 19, 21 and 24"
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
#: Another count of the figure before: "3.5 million people joined, while the ministry put the
#: figure at 1.28 million"
_FIGURE_AT = re.compile(
    r"\b(?:the|a)\s+(?:figure|number|total|count|tally|toll)\s+(?:at|of)\s+\Z", re.IGNORECASE
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
_OF_TOTAL = re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[^\W\d_]+['’]s\s+)?")
#: a figure that ends its clause after a name, its noun left out: "..., and the Conservatives 10."
_CLAUSE_END = re.compile(r"\s*(?:[.,;)]|$)|\s+and\s+[A-Z]")
#: Between two counts of one noun for two places, the second one's noun left out: "3,100 people in
#: Tenney County and 950 in Ashford County"
_PLACES_AND_GAP = re.compile(r"(?:\s+[^\W\d_][\w'’.-]*){1,6}?,?\s+and\s+")
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
#: ... and two of one thing before and after a change: "handles 6,500 containers a day but is
#: now processing about 900"
_BUT_GAP = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,4}?\s+but\s+(?:[a-z]+\s+){1,4}")
#: ... the name after "and" or a comma: "California lost 1,650 homes, Oregon 370 and Washington
#: 120."
_ELLIPSIS = re.compile(
    r"(?:,\s*(?:(?:and|while|with|but)\s+)?|\s(?:and|while|with|but)\s+)(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+\Z"
)


#: A person's age stated alone: "He was 87.", "She was 88 when she died"
_WAS_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|who)\s+(?:was|is)\s+(?:only\s+|just\s+)?\Z")
_WAS_AFTER = re.compile(r"\s*(?:[.;]|,\s|\s+when\b|\s+at\s+the\s+time\b|$)")


def _is_age(text: str, lo: int, end: int, core: int, span_end: int) -> bool:
    if _AGED_BEFORE.search(text, max(lo, core - 15), core):
        return True
    if _WAS_BEFORE.search(text, max(lo, core - 15), core) and _WAS_AFTER.match(text, span_end, end):
        if text[core : core + 1].isdigit():
            years = _digits_value(text[core:span_end]) or 0.0
        else:  # "who was six at the time"
            years = (_words_value(text, core, span_end) or (0.0, 0))[0]
        return 1 < years < 120
    if _AT_AGE.match(text, span_end, end) and text[max(lo, core - 3) : core] in ("At ", "at "):
        return 1 < int(_digits_value(text[core:span_end]) or 0) < 120  # "At 22, Kadyrov becomes"
    before = _APPOSITION_BEFORE.search(text, max(lo, core - 20), core)
    return bool(
        before
        and _APPOSITION_AFTER.match(text, span_end, end)
        and before.group().rstrip(", ").lower() not in _NOUN_GROUP  # "Republicans, 112, voted"
    )


#: Words after which "one" is a count ("one point clear", "by one vote"), not a pronoun
#: ("One soldier carried an ID card" is no count: a lone person is a pronoun's business)
_AFTER_ONE = frozenset(
    ("hundred", "thousand", "million", "billion", "point", "goal", "seat", "vote", "percent", "per")
)


#: ... or a toll of one: "One person has died", "one worker was killed"
_ONE_TOLL = re.compile(
    r"\s+(?:person|man|woman|child|boy|girl|soldier|worker|passenger|civilian|resident|tourist|"
    r"climber|miner|officer|firefighter|pilot|driver)\s+(?:(?:has|had|was|is)\s+(?:been\s+)?)?"
    r"(?:died|killed|dead|injured|hurt|wounded|missing)\b",
    re.IGNORECASE,
)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> tuple[Quantity, ...]:
    """Quantities in ``text[start:end]``; offsets are into ``text``."""
    if not isinstance(text, str):
        return ()
    start, end = _bounds(text, start, end)
    mask = _masked(text, start, end)
    out: list[Quantity] = []
    pos = start
    while pos < end:
        m = _NUMBER.search(text, pos, end)
        if not m:
            break
        if LIST_MARK.match(text, m.start(), end) and not text[start : m.start()].strip():
            pos = m.end()  # "1. Figures for 2025 are provisional": a numbered note's number
            continue
        if _TYPE_BEFORE.search(text, max(start, m.start() - 6), m.start()) or _ID_BEFORE.search(
            text, max(start, m.start() - 12), m.start()
        ):
            pos = m.end()  # "type 2 diabetes": a kind, no count; "Recall Number: 26-118": a name
            continue
        if _PAST_HOUR.search(text, max(start, m.start() - 20), m.start()) and _AN_HOUR.match(
            text, m.start(), end
        ):
            pos = m.end()  # "half past six", "quarter to nine": a time of day, said in words
            continue
        q, pos = _quantity(text, m, start, end, mask)
        if q is not None and out and q.start < out[-1].end:
            out.pop()  # "1 in 3" took in the "1" found before it
        if q is not None and out and _converts(text, out[-1], q):
            out[-1] = replace(out[-1], converted=q)
        elif q is not None:
            if out:
                q = _from_neighbour(text, out, q, end)
            out.append(q)
    if out and (
        text.find("per", start, end) >= 0
        or text.find("every", start, end) >= 0
        or text.find("each", start, end) >= 0
    ):
        out = _rates(text, out, start, end)
    if len(out) > 1:
        out = _spread(text, out)
        # "a premium of 38% to its close of 898p and 52% to its average", "Turnout was 31.4%,
        # up from 29.1%": the second figure is of the same kind
        kind = None
        for k, q in enumerate(out):
            if q.measure in ("percent:premium", "percent/turnout"):
                kind = q
            elif (
                kind
                and q.measure == "percent"
                and (
                    _AND_TO.fullmatch(text, kind.end, q.start)
                    or _UP_FROM.fullmatch(text, kind.end, q.start)
                )
            ):
                out[k] = replace(q, measure=kind.measure)
    for k, q in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if _UP_FROM_BEFORE.search(text, max(start, q.start - 12), q.start) or (
            nxt is not None
            and _FROM_BEFORE.search(text, max(start, q.start - 6), q.start)
            and _TO_NEXT.fullmatch(text, q.end, nxt.start)
        ):
            out[k] = replace(q, earlier=True)
    if any(q.measure.startswith("money:") for q in out):
        out = [
            replace(q, near=_words_before(text, start, q.start))
            if q.measure.startswith("money:")
            else q
            for q in out
        ]
    extra = _times(text, start, end) + _nth_death(text, start, end)
    return tuple(sorted((*out, *extra), key=lambda q: q.start)) if extra else tuple(out)


#: An earlier reading: "from 45 to 43 per cent", "3.5%, up from 3.1%"
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_TO_NEXT = re.compile(
    r"\s*(?:%|per\s+cent|percent|(?:\s*[a-z][\w'’-]*){1,2})?\s+to\s+", re.IGNORECASE
)
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+\Z", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*|[,;:.()\d]")


def _words_before(text: str, start: int, pos: int) -> frozenset[str]:
    """Stems of the three content words before ``pos`` in its clause (not the figure's hedge)."""
    words = _WORDS_BEFORE.findall(text, max(start, pos - 60), pos)
    cut = max((i for i, w in enumerate(words) if not w[0].isalpha()), default=-1)
    content = [w.lower() for w in words[cut + 1 :] if is_content(w.lower())]
    return frozenset(light_stem(w) for w in content[-3:] if w not in _QUALIFIER_WORDS)


_QUALIFIER_WORDS = frozenset(w for q in _QUALIFIERS for w in q.split())


#: A death told by its place in the count: "A fourth person has died" (four dead), read back
#: from its verb
_DEATH_VERB = re.compile(r"\b(?:died|killed)\b")
_NTH_DEAD = (
    r"\b[Aa]\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:person|victim|patient|child|man|woman|worker|passenger|resident|firefighter|soldier|"
    r"climber|hiker|miner)\s+"
)
_NTH_BEFORE = {
    "died": re.compile(_NTH_DEAD + r"(?:has\s+|had\s+)?\Z"),
    "killed": re.compile(_NTH_DEAD + r"(?:was|has\s+been)\s+\Z"),
}


def _nth_death(text: str, start: int, end: int) -> list[Quantity]:
    out = []
    for verb in _DEATH_VERB.finditer(text, start, end):
        m = _NTH_BEFORE[verb.group()].search(text, max(start, verb.start() - 60), verb.start())
        if m:
            n = float(_ORDINALS[m["o"]])
            q = Quantity(
                m.start("o"), m.end("o"), m["o"], n, n, n, "people", "people:killed", "", "="
            )
            out.append(q)
    return out


def _spread(text: str, out: list[Quantity]) -> list[Quantity]:
    """A sum spread over a length of time ("$48.5 million in its first three years", "12% over
    two years") restated per its unit of time, to meet a side that gives the rate ("$16 million
    a year")."""
    for i, (q, d) in enumerate(itertools.pairwise(out)):
        if (
            q.converted is None
            and (q.measure.startswith("money:") or q.measure == "percent")
            and plain_measure(d.measure) == "duration"
            and d.unit in ("year", "month", "week", "day")
            and d.value > 1
            and d.relation == "="
            and _SPREAD_OVER.fullmatch(text, q.end, d.start)
        ):
            n = d.value
            unit = _UNIT_WORD.match(text, d.end)
            stop = unit.end() if unit else d.end  # "... over the two days", not "... two"
            per = replace(
                q,
                end=stop,
                text=text[q.start : stop],
                value=q.value / n,
                low=q.low / n,
                high=q.high / n,
                measure=_with_period(q.measure, d.unit),
            )
            out[i] = replace(q, converted=per)
    return out


#: A match minute in British reports: "Ilic scored on 25 minutes"
_ON_MINUTES = re.compile(r"\bon\s+\Z")
_AN_HOUR = re.compile(
    r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![.,:]\d|\s*%)"
    r"(?!\s+(?:per|percent|pc|million|billion|thousand|hundred|[a-z]+s\b))",
    re.IGNORECASE,
)
_PAST_HOUR = re.compile(r"\b(?:half|quarter|ten|five|twenty|twenty-five)\s+(?:past|to)\s+\Z", re.I)
_TYPE_BEFORE = re.compile(r"\b[Tt]ype[\s-]\Z")
#: A law's or a document's part, or a bill, named by its number: "Section 9", "HB 2291"
LABELLED_ID = (
    r"\b(?:Sections?|Articles?|Clauses?|Bill|HB|SB|AB|HR|H\.R\.|Resolution|Proposition|Prop\.|"
    r"Amendment|Chapter|Paragraph|Title|Schedule|Annex|Appendix)"
)
_ID_BEFORE = re.compile(
    r"(?:\b(?:Number|Ref(?:erence)?|ID|Code)\s*:|\bNo\.|" + LABELLED_ID + r")\s*#?\Z"
)
#: A temperature that is a difference: "2.1C above the 1991-2020 average", "3.8F warmer"
WARMER_AFTER = re.compile(
    r"\s+(?:above|below|higher|lower|warmer|colder|cooler|hotter)\b", re.IGNORECASE
)


#: A rate's base: "per 100,000 population", "for every 100,000", "per billion vehicle-km"
_PER_BASE = r"""(?:per|for\s+every|in\s+every|for\s+each|out\s+of\s+every)\s+(?:(?:a|one)\s+)?
    (?P<base>(?:\d(?:[\d,.]*\d)?(?:\s+(?:hundred|thousand|million|billion))?
      |hundred|thousand|million|billion)(?![\w,.]\d))
    (?:\s+(?P<noun>(?!(?:of|in|and|or|the|was|is|were|a|an|than|twice|times|last|this|next|
      year|years|month|week|day|on|at|for|with|by|from|to)\b)[a-z][\w-]*(?<!ly)(?:\s+births)?))?"""
#: ... after its figure: "2.4 deaths per 100,000", "2.4 people died for every 100,000"
_PER_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|or|but|while|from|to)\b)[a-z][\w-]*){{0,3}}\s+{_PER_BASE}",
    re.IGNORECASE | re.VERBOSE,
)
#: ... before it: "the rate per billion vehicle-kilometres was 4.3"
_PER_BEFORE = re.compile(
    rf"\brate\s+{_PER_BASE}\s+(?:was|is|stood\s+at|of|at|reached|fell\s+to|rose\s+to)\s+\Z",
    re.IGNORECASE | re.VERBOSE,
)
#: A base that counts people: "per 100,000 population", "per 100,000 residents"
_PEOPLE_BASE = frozenset("population people residents inhabitants persons head capita".split())


def _rates(text: str, out: list[Quantity], start: int, end: int) -> list[Quantity]:
    """A figure given per a base ("2.4 deaths per 100,000 population") measures that rate, and
    the base is no figure of its own."""
    drop: set[int] = set()
    for i, q in enumerate(out):
        if (
            i in drop
            or q.unit in ("percent", "percentage point", "ppm", "ppb")
            or q.measure == "age"
        ):
            continue
        m = _PER_AFTER.match(text, q.end, end)
        if m is None:
            m = _PER_BEFORE.search(text, max(start, q.start - 80), q.start)
        if m is None:
            continue
        written = re.sub(r"\s+", " ", m["base"])
        words = written.lower().split()
        value = _digits_value(words[0]) if words[0][0].isdigit() else 1.0
        for w in words[1 if words[0][0].isdigit() else 0 :]:
            value = (value or 0.0) * _scale_of(w, False)
        noun = (m["noun"] or "").lower()
        if noun in _PEOPLE_BASE:
            noun = ""
        for k, other in enumerate(out):  # the base's own figure ("100,000")
            if k != i and m.start("base") <= other.start < m.end("base"):
                drop.add(k)
        rate = replace(
            q,
            unit=f"per {written} {noun}".rstrip(),
            measure=f"rate/{value or 0:.0f} {noun}".rstrip(),
        )
        out[i] = rate
        k = next((k for k in range(i + 1, len(out)) if out[k].start >= m.end()), None)
        if (
            k is not None
            and out[k].measure in ("", q.measure)
            and _FROM_GAP.fullmatch(text, m.end(), out[k].start)
        ):  # "2.4 deaths per 100,000 population, from 2.6"
            out[k] = replace(out[k], unit=rate.unit, measure=rate.measure)
    return [q for k, q in enumerate(out) if k not in drop]


#: A time of day: "2.40am", "11:10 a.m.", "7 a.m.", "14:30", "0525 GMT" (a bare "10:15" is
#: no time unless the hour cannot be on a 12-hour clock: "2:40" may be afternoon)
_TIME = re.compile(
    r"(?<![\w.:/])(?:(?<!-)|(?<=\d-)|(?<=[ap]m-))(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})\s*(?:(?P<ap>[ap])m\b|(?P<apd>[ap])\.\s?m\.)"
    r"|(?P<ap1>[ap])m\b|\s*(?P<ap2>[ap])\.m\.|(?<![2-9]\d)(?<!1[3-9])\s(?P<ap3>[ap])m\b)"
    r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})(?::[0-5]\d(?=\s*(?:GMT|UTC)\b))?(?![\d:])"
    r"|(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d)(?=\s+(?:GMT|UTC|local\s+time|hrs|hours\b(?!\s+(?:of|a|an|late|ago))))"
    # a weather advisory's "1000 AM CDT", "400 PM"
    r"|(?P<hc>1[0-2]|[1-9])(?P<mc>[0-5]\d)\s+(?-i:(?P<apc>[AP])M)\b"
    # "shortly after midday", "by noon" (after a word that makes it a time: not "the midday sun")
    r"|(?:(?<=at )|(?<=by )|(?<=after )|(?<=before )|(?<=around )|(?<=until )|(?<=till )"
    r"|(?<=from )|(?<=about ))(?P<noon>midday|noon)\b)"
    r"(?P<zone>\s+(?P<z>GMT|UTC|ET|EDT|EST|CET|CEST|BST)\b)?",
    re.IGNORECASE,
)
#: The part of the day after a clock time: "4:52 this afternoon", "6:10 in the morning"
_DAYPART_AFTER = re.compile(
    r"\s+(?:(?P<pm>this\s+(?:afternoon|evening)|tonight|last\s+night|in\s+the\s+(?:afternoon|"
    r"evening))|(?P<am>this\s+morning|in\s+the\s+morning))\b",
    re.IGNORECASE,
)
#: What a time's hedge makes of it, in minutes: "about 11:11am" is 11:01-11:21
_TIME_HEDGE = re.compile(
    r"\b(?:at\s+)?(?P<q>about|around|approximately|roughly|shortly\s+after|just\s+after|"
    r"soon\s+after|shortly\s+before|just\s+before|after|before|by)\s+(?:at\s+)?\Z",
    re.IGNORECASE,
)


#: Below zero: "minus 5F", "-21C" (not "2-3C", a range)
_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?<![\w.,])[-−])\Z", re.IGNORECASE)
_HEDGE_BEFORE_SIGN = re.compile(
    rf"(?<![\w-])({'|'.join(q for q, r in _QUALIFIERS.items() if r == '~')})\s+\Z", re.IGNORECASE
)
_LOCAL_TIME = re.compile(r"\s+local\s+time\b", re.IGNORECASE)


#: A bare hour before a clock time's range: "from 2 to 5 pm", "between 2 and 5pm", "2-5pm"
_HOUR_BEFORE = re.compile(
    r"(?<![\w.:,])(\d{1,2})(?:[:.]([0-5]\d))?\s*(?:[-–]|\s(?:to|and|until|till)\s)\s*\Z"
)


def _times(text: str, start: int, end: int) -> list[Quantity]:
    """Times of day as minutes after midnight, measure ``time`` (``time:GMT`` with a zone)."""
    out = []
    for m in _TIME.finditer(text, start, end):
        zone = (m["z"] or "").upper()
        if m["h"] is not None:
            hour, minute = int(m["h"]), int(m["m"] or 0)
            if not 1 <= hour <= 12:
                continue
            half = (m["ap"] or m["apd"] or m["ap1"] or m["ap2"] or m["ap3"]).lower()
            hour = hour % 12 + (12 if half == "p" else 0)
        elif m["h24"] is not None:
            hour, minute = int(m["h24"]), int(m["m24"])
            part = _DAYPART_AFTER.match(text, m.end(), end) if hour <= 12 else None
            if part and hour >= 1:
                hour = hour % 12 + (12 if part["pm"] else 0)  # "At 4:52 this afternoon"
            elif hour <= 12 and not (
                m["h24"].startswith("0") or zone or _LOCAL_TIME.match(text, m.end(), end)
            ):
                continue  # "2:40": morning or afternoon ("10:00 local time": a 24-hour clock)
        elif m["noon"] is not None:
            hour, minute = 12, 0
        elif m["hc"] is not None:
            hour = int(m["hc"]) % 12 + (12 if m["apc"] == "P" else 0)
            minute = int(m["mc"])
        else:
            hour, minute = int(m["hz"]), int(m["mz"])
        if hour > 23 or minute > 59:
            continue
        value = float(hour * 60 + minute)
        low = high = value
        core, qual, relation = m.start(), "", "="
        hedge = _TIME_HEDGE.search(text, max(start, core - 25), core)
        if hedge:
            core, qual = hedge.start("q"), " ".join(hedge["q"].lower().split())
            if qual in ("about", "around", "approximately", "roughly"):
                low, high, relation = value - 10, value + 10, "~"
            elif qual in ("shortly after", "just after", "soon after"):
                high, relation = value + 20, "~"
            elif qual in ("shortly before", "just before"):
                low, relation = value - 20, "~"
            elif qual == "after":
                high, relation = INF, ">"
            else:  # before, by
                low, relation = 0.0, "<"
        shift = _ZONE_OFFSET.get(zone)
        if shift is not None and relation in ("=", "~") and low >= shift and high - shift < 1440:
            # "3.42pm BST" is "2:42 p.m. GMT" (not across midnight, where the day would change)
            value, low, high, zone = value - shift, low - shift, high - shift, "GMT"
        measure = f"time:{'GMT' if zone == 'UTC' else zone}" if zone else "time"
        first = _HOUR_BEFORE.search(text, max(start, m.start() - 16), m.start())
        if first and m["h"] is not None and relation == "=" and 1 <= int(first[1]) <= 12:
            # "from 2 to 5 pm": 2 pm ("from 11 to 1pm": 11 am)
            t1 = 60.0 * (int(first[1]) % 12 + (hour // 12) * 12) + int(first[2] or 0)
            t1 -= 720 if t1 > 60 * hour + minute else 0
            t1 -= 60 * hour + minute - value  # the zone's shift, as the second time's
            if t1 >= 0:
                out.append(Quantity(first.start(1), first.end(first.lastindex),
                                    text[first.start(1) : first.end(first.lastindex)],
                                    t1, t1, t1, "time", measure, "", "="))  # fmt: skip
        out.append(
            Quantity(
                core,
                m.end(),
                text[core : m.end()].rstrip(),
                value,
                low,
                high,
                "time",
                measure,
                qual,
                relation,
            )  # fmt: skip
        )
    return _time_spans(text, out)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+")


def _time_spans(text: str, times: list[Quantity]) -> list[Quantity]:
    """Two times "between 8:00 PM and 11:00 PM" as the one span of time they give."""
    out: list[Quantity] = []
    for q in times:
        p = out[-1] if out else None
        if (
            p is not None
            and p.relation == q.relation == "="
            and p.measure == q.measure
            and p.value < q.value
            and _AND_GAP.fullmatch(text, p.end, q.start)
            and (b := _BETWEEN_BEFORE.search(text, max(0, p.start - 10), p.start))
        ):
            out[-1] = Quantity(b.start(), q.end, text[b.start() : q.end], p.value, p.value,
                               q.value, "time", q.measure, "between", "range")  # fmt: skip
        else:
            out.append(q)
    return out


#: Minutes a fixed time zone runs ahead of GMT (not ET or PT, which change with the season, nor
#: CST, which is also China's)
_ZONE_OFFSET = {"BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "EST": -300,
                "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420}  # fmt: skip
#: Between a figure and its earlier reading: "fell to 87, from 104", "1,284 in 2025, down from"
_FROM_GAP = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:(?:down|up)\s+)?from\s+"
    r"|\s+to\s+"  # "Homicides fell from 31 to 21"
)
#: ... with what the figure counts between: "1,200 containers a day, down from roughly 9,800",
#: "fell from 9,800 containers to 1,200" (not "1,904 institutions from 108 countries and
#: regions, up from 1,799": those are institutions)
_COUNT_THEN_FROM = re.compile(
    r"\s+(?P<noun>[^\W\d_][\w'’-]*)(?:\s+(?!(?:and|or)\b)[a-z][\w'’-]*){0,2}?"
    r"(?:,?\s+(?:down|up)\s+from|(?<=[^\W\d_])\s+to)\s+"
)


def _from_neighbour(text: str, out: list[Quantity], q: Quantity, end: int) -> Quantity:
    """``q`` (or the figure before it, in ``out``) given what its neighbour counts: "aged 19, 21
    and 24"; "28 of the 60 seats" (28 seats; the 60 is a total, left unpaired); "won 18 seats
    ..., and the Conservatives 10."; "up from 3 to 4 dollars" (3 dollars)"""
    prev = out[-1]
    cue = prev.measure.partition(":")[2]
    if (  # "killing 18 of the 19 people on board": 18 people killed, not passengers
        cue in _CUE_LABEL
        and q.measure in _PERSONS
        and prev.relation == "="
        and _OF_TOTAL.fullmatch(text, prev.end, q.start)
    ):
        out[-1] = replace(prev, unit=q.unit, measure=f"{q.measure}:{cue}")
        return replace(q, measure="")
    if (
        cue in ("killed", "wounded", "casualties")
        and q.measure in _PERSONS
        and _INCLUDING_GAP.fullmatch(text, prev.end, q.start)
    ):
        return replace(
            q, measure=f"{q.measure}:{cue}:part"
        )  # "The toll was 17, including 11 soldiers"
    if q.measure and not prev.measure and prev.relation == "=":
        if _OF_TOTAL.fullmatch(text, prev.end, q.start):
            out[-1] = replace(prev, unit=q.unit, measure=q.measure)
            return replace(q, measure="")
        if re.fullmatch(r"\s+to\s+", text[prev.end : q.start]):  # "up from 3 to 4 dollars"
            out[-1] = replace(prev, unit=q.unit, measure=q.measure)
        return q
    if (
        prev.measure == "percent:vote"
        and q.measure == "percent"
        and _VOTE_TO.fullmatch(text, prev.end, q.start)
    ):
        return replace(q, measure=prev.measure)  # "51.3% of the vote to Hale's 48.7%"
    if (
        not q.measure
        and prev.measure
        and _FIGURE_AT.search(text, max(prev.end, q.start - 40), q.start)
    ):
        if prev.measure.rstrip("s") in _MEDAL_COLOURS:
            return replace(q, unit="medals", measure="medals")  # "and 11 bronze, a total of 34"
        return replace(q, unit=prev.unit, measure=prev.measure)  # "put the figure at 1.28 million"
    if not q.measure and prev.measure and not cue and _OF_THEM.match(text, q.end, end):
        # "1.12 million cars, about 1 million of them in the US" (not "injuring 52, three of
        # them critically": how badly, a part set only against another such part)
        return replace(q, unit=prev.unit, measure=prev.measure)
    if not q.measure and cue == "wounded" and _OF_THEM_BADLY.match(text, q.end, end):
        return replace(q, unit=prev.unit, measure=prev.measure + ":part")  # "12 of them seriously"
    if (
        not q.measure
        and prev.measure
        and prev.unit not in _UNITS
        and _FROM_GAP.fullmatch(text, prev.end, q.start)
    ):
        return replace(q, unit=prev.unit, measure=prev.measure)  # "fell to 87, from 104"
    if (
        not q.measure
        and prev.measure
        and prev.unit not in _UNITS
        and (m := _COUNT_THEN_FROM.fullmatch(text, prev.end, q.start))
        and m["noun"].lower() == prev.unit.lower()
        and (
            "from" in m.group()
            or _FROM_BEFORE.search(text, max(0, prev.start - 6), prev.start) is not None
        )
    ):
        return replace(q, unit=prev.unit, measure=prev.measure)  # "1,200 containers a day,
        # down from roughly 9,800", "from 9,800 containers to 1,200"
    if (
        not q.measure
        and prev.measure
        and prev.unit not in _UNITS
        and prev.relation != "ordinal"
        and ":" not in prev.measure
        and (
            # "3,100 people in Tenney County and 950 in Ashford County"
            (
                _PLACES_AND_GAP.fullmatch(text, prev.end, q.start)
                and _IN_PLACE_AFTER.match(text, q.end, end)
            )
            # "normally handles 6,500 containers a day but is now processing about 900."
            or (_BUT_GAP.fullmatch(text, prev.end, q.start) and _CLAUSE_END.match(text, q.end, end))
        )
    ):
        return replace(q, unit=prev.unit, measure=prev.measure)
    if q.measure or q.relation != "=":
        return q
    if prev.measure == "age" and _LIST_GAP.fullmatch(text, prev.end, q.start):
        return replace(q, unit="year", measure="age")
    if (
        prev.measure
        and prev.unit not in _UNITS
        and prev.relation != "ordinal"
        and q.start - prev.end <= 80
        and not any(c.isdigit() for c in text[prev.end : q.start])
        and _CLAUSE_END.match(text, q.end, end)
        and _ELLIPSIS.search(text, prev.end, q.start)
    ):
        return replace(q, unit=prev.unit, measure=prev.measure)
    return q


def _converts(text: str, q: Quantity, paren: Quantity) -> bool:
    """``paren`` restates ``q`` in another unit: "100 km (60 miles)", "£100 ($130)"."""
    if not (q.unit and paren.unit and q.unit != paren.unit and q.measure and paren.measure):
        return False
    if not _CONVERSION.match(text[q.end : paren.start]) or not _CONVERSION_END.match(
        text, paren.end
    ):
        return False
    if q.measure.startswith("money:") and paren.measure.startswith("money:"):
        return True
    if q.measure != paren.measure or q.measure in ("duration", "age"):
        return False
    a, b = _base(q, q.value), _base(paren, paren.value)
    return max(a, b) <= 1.25 * min(a, b)


#: A negation before "below" or "under": "not expected to fall below", "never dropping under"
_NOT_BEFORE = re.compile(
    r"\b(?:not|n't|never)\s+(?:(?:expected|forecast|likely)\s+to\s+)?(?:fall|drop|dip|go|"
    r"sink|falling|dropping|dipping|going|sinking|fell|dropped|dipped|went|sank)\s+\Z",
    re.IGNORECASE,
)


#: The end of an opening phrase: "Over 18 months," (its unit, then a comma)
_CLAUSE_COMMA = re.compile(r"(?:\s+[a-z]+)?\s*,")


def _quantity(text, m, lo, end, mask):  # noqa: C901 - one pass over the match's cases
    """A Quantity for match ``m`` (or None) and where to search next."""
    qual = (m.group("qual") or "").lower()
    qual_key = " ".join(qual.split())
    relation = _QUALIFIERS.get(qual_key, "=")
    core = m.start("qual") if qual else m.start()
    num_start = m.end("qual") if qual else m.start()
    while num_start < m.end() and text[num_start].isspace():
        num_start += 1
    if qual_key == "up to" and _ADDS_BEFORE.search(text, max(lo, core - 12), core):
        qual = qual_key = ""  # "adds up to 7,200 square metres": a total, not a ceiling
        relation, core = "=", num_start
    elif relation == "<" and _NOT_BEFORE.search(text, max(lo, core - 30), core):
        relation = ">="  # "not expected to fall below 22C": at least 22C
    span_end = m.end()
    unit = measure = ""
    value = low = high = 0.0
    fixed_unit = ""

    def skip():
        return None, num_start + 1

    if m.group("vague") or m.group("vobj") or m.group("sev"):
        if m.group("vague") or m.group("vobj"):
            a, b = _VAGUE[" ".join((m.group("vague") or m.group("vobj")).lower().split())]
        else:
            k = _SCALES[m.group("sevscale").lower()]
            a, b = (x * k for x in _SEVERAL[" ".join(m.group("sev").lower().split())])
        value, low, high, relation = float(a), float(a), float(b), "vague"
        if qual_key in ("more than", "over", "at least"):
            high = INF
    elif m.group("fs"):  # "half a million", "a quarter of a million", "two and a half million"
        whole = (m.group("fsw") or "").lower()
        n = float(whole) if whole.isdigit() else _SMALL.get(whole, 0)
        u = m.group("fsu").lower()
        value = n + _FRACTIONS[m.group("fsf").lower()]
        if u in _SCALES:
            value *= _SCALES[u]
        else:  # "eight and a half minutes", "half an hour", "four and a half per cent"
            fixed_unit = " ".join(u.split())
    elif m.group("cd"):  # "three hours and 17 minutes": one length, in the smaller unit
        n1, n2 = (
            float(w) if w.isdigit() else _SMALL.get(w.lower(), 1) for w in (m["cd"], m["cd2"])
        )
        (u1, _, f1), (_, _, f2) = _UNITS[m["cdu"].lower()], _UNITS[m["cdu2"].lower()]
        f3 = _UNITS[m["cdu3"].lower()][2] if m["cdu3"] else 0.0
        if m["cdu3"] and f1 > f2 > f3:  # "two hours, three minutes and 17 seconds"
            n3 = float(m["cd3"]) if m["cd3"].isdigit() else _SMALL.get(m["cd3"].lower(), 1)
            value = n1 * round(f1 / f3, 6) + n2 * round(f2 / f3, 6) + n3
            fixed_unit = m["cdu3"].lower()
        elif f1 > f2:
            if m["cdu3"]:
                span_end = m.end("cdu2")
            value, fixed_unit = n1 * round(f1 / f2, 6) + n2, m["cdu2"].lower()
        else:  # "in 36 hours and 20 days": two lengths, this the first
            value, fixed_unit, span_end = n1, u1, m.end("cdu")
    elif m.group("hms"):  # a race time, "2:00:35", "1:31:26.381"
        value = int(m["hms"]) * 3600 + int(m["hmm"]) * 60 + int(m["hss"])
        value += float("0." + m["hsf"]) if m["hsf"] else 0.0
        fixed_unit = "seconds"
    elif m.group("lap"):
        value = int(m["lap"]) * 60 + int(m["lapss"]) + float("0." + m["lapf"])
        fixed_unit = "seconds"
    elif m.group("gap"):
        value, fixed_unit = float(m["gap"]), "seconds"
    elif m.group("uh"):  # "a day and a half"
        whole = m.group("uh").lower()
        n = float(whole) if whole.isdigit() else _SMALL.get(whole, 1)
        value, fixed_unit = n + _FRACTIONS[m.group("uhf").lower()], m.group("uhu").lower()
    elif m.group("twice"):  # "more than twice as large": a multiple
        value, fixed_unit = (2.0 if m["twice"].lower() == "twice" else 3.0), "times"
    elif m.group("pt"):  # "a half-point rise": of a percentage point
        value, fixed_unit = _FRACTIONS[m.group("pt").lower()], "percentage point"
    elif m.group("frac") or m.group("frac2"):
        words = (m.group("frac") or m.group("frac2")).lower().replace("-", " ").split()
        n = _SMALL.get(words[0], 1) if words[0] not in ("a", "an", "half") else 1
        value = n * _FRACTIONS.get(words[-1].rstrip("s"), 0.5)
        fixed_unit = "fraction"
        point = _OF_A_POINT.match(text, span_end, end)
        if point:  # "a quarter of a percentage point" is 0.25 points, not 25%
            fixed_unit, span_end = "percentage point", point.end()
    elif m.group("art"):
        if _FREQ_BEFORE.search(text, max(lo, m.start() - 10), m.start("art")) or (
            _BASE_BEFORE.search(text, max(lo, m.start() - 20), m.start("art"))
            and _AGO.match(text, m.end(), end)
        ):
            return skip()  # "twice a year"; "up 6.1pc on a year ago": what a change is set against
        u = m.group("artu").lower()
        if (
            u not in _SCALES
            and _RATE_BEFORE.search(text, max(lo, m.start() - 50), m.start("art"))
            and not _AGO.match(text, m.end(), end)  # "SEK 2.9bn a year earlier"
        ):
            return skip()
        if u in _SCALES:
            value = float(_SCALES[u])
            span_end = m.end("artu")
        else:
            value = 1.0
            fixed_unit = u
    elif m.group("ord"):
        o = m.group("ord").lower()
        value = float(_ORDINALS.get(o) or int(re.sub(r"\D", "", o) or 0))
        relation, qual, core = "ordinal", "", m.start("ord")
        num_start = core
        span_end = m.end("ord")
    else:
        if _overlaps(mask, num_start, m.end("d1") if m.group("d1") else m.end("w1")):
            return None, (m.end("d1") if m.group("d1") else m.end("w1"))
        prev = _PREV_WORD.search(text, max(lo, core - 20), core)
        if prev and prev.group(1).lower() in _REF_NOUNS:
            return skip()
        if (
            prev
            and not qual
            and (m.group("d1") or "").isdigit()
            and not (m.group("cur") or m.group("suf1") or m.group("sc1"))
            and _is_model(text, lo, prev)
            and (
                (not m.group("sep") and _MODEL_AFTER.match(text, m.end("d1"), end))
                or _VARIANT_AFTER.match(text, m.end("d1"), end)
            )
            and not (
                _LISTED_BEFORE.search(text, max(lo, prev.start(1) - 80), prev.start(1))
                and _LISTED_AFTER.match(text, m.end("d1"), end)
            )
        ):
            return None, m.end("d1")  # "the Falcon 9 rocket", "Windows 11 users", "Boeing
            # 777-300ER": a name
        currency = _CURRENCY.get((m.group("cur") or "").lower(), "")
        if m.group("d1"):
            v1 = _digits_value(m.group("d1"))
            if v1 is None:
                return None, m.end("d1")
            suf = _suffix(m.group("suf1"))
            scale = _scale_of(m.group("sc1") or suf, bool(currency))
            if suf == "m" and not currency and _COUNTED_AFTER.match(text, m.end("suf1"), end):
                v1 *= 1e6  # "About 2.7m workers": millions of something counted
            elif suf and scale == 1.0 and suf not in ("b", "m", "k") or suf == "m":
                fixed_unit = suf  # %, km2 … and a bare "5m" is metres
            v1 *= scale
            n1_end = m.end("sc1") if m.group("sc1") else m.end("suf1")
            raw = m.group("d1")
            if (
                re.fullmatch(r"\d+\.\d+", raw)
                and re.match(r"\s+[A-Z]", text[n1_end : n1_end + 2])
                and not (m.group("sc1") or suf)
                and _next_word(text, n1_end, end) not in _UNITS
            ):
                return None, n1_end  # "4.0 International": a version (not "1.9 billion SEK",
                # "8.5m Windows devices")
            if re.fullmatch(r"\d{4}", raw) and 1500 <= v1 <= 2100 and not currency:
                w = _next_word(text, n1_end, end)
                if not (w in _UNITS or w in _NOUN_GROUP or w in _PERSONS or suf) and (
                    not qual
                    or _POSSESSIVE.match(text, n1_end, end)  # "above 2019's level"
                    or _UNTIL_BEFORE.search(text, max(lo, core - 8), core)  # "until at least 2041"
                ):
                    return None, n1_end  # a year, not a count
            if re.fullmatch(r"\d{7,}", raw) and not (suf or m.group("sc1")):
                w = _next_word(text, n1_end, end)
                if not (w in _UNITS or w in _NOUN_GROUP or w in _PERSONS):
                    return None, n1_end  # an ID or phone-like string
        else:
            got = _words_value(text, m.start("w1"), m.end("w1"))
            if got is None:
                return skip()
            v1, n1_end = got
            if n1_end != m.end("w1"):
                span_end = n1_end
        sep = (m.group("sep") or "").strip().lower()
        v2 = None
        if sep and (m.group("d1") or n1_end == m.end("w1")):
            if m.group("d2"):
                v2 = _digits_value(m.group("d2"))
                if v2 is not None:
                    suf2 = _suffix(m.group("suf2"))
                    v2 *= _scale_of(m.group("sc2") or suf2, bool(currency))
                    if suf2 and not fixed_unit and suf2 not in ("b", "m", "k"):
                        fixed_unit = suf2
                    if _overlaps(mask, m.start("d2"), m.end("d2")):
                        v2 = None
            elif m.group("w2"):
                got2 = _words_value(text, m.start("w2"), m.end("w2"))
                v2 = got2[0] if got2 and got2[1] == m.end("w2") else None
            if _suffix(m.group("suf1")) == "%" and _suffix(m.group("suf2")) != "%":
                v2 = None  # "fell 34% to 1.9 billion crowns": a change and its result
            if v2 is not None and m.group("sc2") and not m.group("sc1") and v1 < v2 / 10:
                v1 *= _scale_of(m.group("sc2"), bool(currency))  # "2 to 3 million"
        tally = (
            v2 is not None
            and sep in ("-", "–")
            and not (qual or currency or m.group("suf1") or m.group("sc1"))
            and not (m.group("suf2") or m.group("sc2"))
            and m.group("d1") is not None
            and _POINTS.fullmatch(m.group("d1"))
            and _POINTS.fullmatch(m.group("d2") or "")
            and v2 <= v1 < 1000
        )
        if not tally and v2 is not None and sep == "to" and v2 <= v1 < 1000:
            tally = bool(_VOTED_BY.search(text, max(lo, core - 20), core))  # "by six to three"
        votes = (
            None
            if tally or v2 is not None or not (m.group("d1") or "").isdigit() or qual or currency
            else _VOTES_TO.match(text, n1_end, end)
        )
        if votes and int(votes.group(1)) <= v1:  # "passed by 311 votes to 112"
            fixed_unit, span_end = "tally", votes.end()
        elif tally:  # "voted 52-48", "won 3-1", "a 2-2 draw": one result, not a range
            fixed_unit, span_end, v2 = "tally", m.end("d2" if m.group("d2") else "w2"), None
        elif (
            v2 is None
            or not sep
            or v2 <= v1
            or (sep == "and" and qual_key != "between")
            or (sep == "or" and (m.group("d1") is None) != (m.group("d2") is None))
            or (qual_key == "from" and _CHANGE_BEFORE.search(text, max(lo, core - 60), core))
            or (sep == "to" and currency and m.group("cur2") and _CHANGED.search(text, lo, core))
            or (m.group("cur2") and _CURRENCY.get(m.group("cur2").lower()) != currency)
            or (sep == "to" and v2 > 4 * v1 and _BY_BEFORE.search(text, max(lo, core - 4), core))
        ):
            v2 = None
            span_end = n1_end
            if (
                m.group("w1")
                and text[num_start:n1_end].lower() == "one"
                and _next_word(text, n1_end, end) not in _AFTER_ONE
                and not _ONE_TOLL.match(text, n1_end, end)
            ):
                return skip()  # "one of the soldiers": a pronoun
            if qual_key in ("between", "from"):
                qual, qual_key, relation, core = "", "", "=", num_start
        else:
            span_end = (
                m.end("sc2") if m.group("sc2") else m.end("suf2") if m.group("d2") else m.end("w2")
            )
        if m.group("trail") and span_end == m.start("trail") and v2 is None:
            span_end = m.end("trail")
            t = " ".join(m.group("trail").lower().split())
            if not qual:
                relation = _TRAILING.get(t, relation)
                qual = t
        value = v1
        if v2 is not None:
            relation = "range"
            low, high = v1, v2
        if currency:
            fixed_unit = currency
    one_in = None
    if (
        relation == "="
        and not fixed_unit
        and value > 1
        and not _UNIT_AFTER.match(text, span_end, end)
    ):
        one_in = _ONE_IN.search(text, max(lo, core - 35), core)  # not "2 in 10 minutes"
        if one_in and value > 1000 and one_in["n"].lower() not in ("1", "one"):
            one_in = None  # "6 in every 100,000 people" is a rate, as "per 100,000" (odds of
            # "1 in 622 million" stay a share)
    if one_in:  # "one in five adults" is 20%, "about 4 in 10 voters" about 40%
        n = one_in["n"].lower()
        share = float(n) if n[0].isdigit() else _SMALL[n]
        if 0 < share < value:
            value, core, fixed_unit = 100.0 * share / value, one_in.start(), "%"
            if one_in["q"]:
                qual = " ".join(one_in["q"].lower().split())
                relation = _QUALIFIERS.get(qual, relation)
    if relation == "range" and not high > low:  # "from a year ago": no second figure
        relation = "="
    if relation not in ("range", "vague"):
        low, high = _interval(value, relation)
    if qual_key in ("between", "from") and relation != "range":
        qual, relation, core = "", "=", num_start
        low = high = value

    # unit or counted noun
    after = span_end
    if fixed_unit in _CURRENCY.values():
        unit, measure = fixed_unit, f"money:{_MONEY.get(fixed_unit, fixed_unit)}"
    elif fixed_unit and fixed_unit != "fraction":
        unit, measure, _ = _UNITS.get(fixed_unit.lower(), (fixed_unit, "", 1.0))
    elif fixed_unit != "fraction" and _MAGNITUDE_BEFORE.search(text, max(lo, core - 25), core):
        unit = measure = "magnitude"
    elif fixed_unit != "fraction" and _CATEGORY_BEFORE.search(text, max(lo, core - 12), core):
        unit = measure = "category"
    elif relation != "ordinal" and _STOREYS.match(text, span_end, end):
        unit = measure = "storeys"  # "a seven-story factory", "eight storeys high"
    elif relation != "ordinal" and _SEAT_COMPOUND.match(text, span_end, end):
        unit = measure = "seats"  # "the two-seat Union for Progress"
    elif relation != "ordinal" and _is_age(text, lo, end, core, span_end):
        unit, measure = "year", "age"
    else:
        um = None if fixed_unit == "fraction" else _UNIT_AFTER.match(text, span_end, end)
        if um and not (
            um.group("u").lower() in ("m", "ha", "c", "f")
            and um.group("sep")
            and not (um.group("u").lower() == "m" and _METRES_AFTER.match(text, um.end(), end))
        ):
            unit, measure, _ = _UNITS[" ".join(um.group("u").lower().split())]
            after = um.end()
            if um.group("suf") and "old" in um.group("suf"):
                measure = "age"
        else:
            rate = _PER_CURRENCY.match(text, span_end, end) if fixed_unit != "fraction" else None
            crew = None if rate else _MEMBERS_AFTER.match(text, span_end, end)
            if crew and crew[1].lower() == "man" and re.match(r"\s+[A-Z]", text[crew.end() :]):
                return skip()  # "beat ten-man Metalurg": the side a red card left short
            if rate:  # "around 151 against the dollar", "151.5 per dollar"
                head, after = "", rate.end()
                unit, measure = f"per {rate[1].lower()}", f"exchange:{rate[1].lower()}"
            else:
                head, after = _head_noun(text, crew.end() if crew else span_end, end)
            if head.lower() in ("records", "files", "accounts"):
                owner = _RECORD_OWNER.search(text, span_end, after)
                if owner:  # "1.2 million patient records": the records of 1.2 million patients
                    head = owner[1].lower() + "s"
            if crew and crew[1].lower() != "strong" and _NOUN_GROUP.get(head.lower()) is None:
                head = "people"  # "a four-man gang": its members
            of_cue = ""
            if not head and relation != "ordinal":
                of = _NUMBER_OF.search(text, max(lo, core - 120), core) or _RISEN_TO.search(
                    text, max(lo, core - 60), core
                )
                if of and of.group(1).lower() not in _NOT_COUNTED:
                    # "The number of people forced to flee ... has hit a record 110 million",
                    # "Mortgage approvals rose to 64,300"
                    head = of.group(1).lower()
                    whom = _OF_WHOM.match(text, of.end(1))
                    if whom:  # "the number of people seriously injured"
                        of_cue = _WHOM_CUE[whom[1].lower()]
            if head and _FORECAST_AFTER.match(text, span_end, min(end, span_end + 50)):
                head = ""  # "the 14.8 billion analysts had expected": who expected, not what
            if head in ("pounds", "pound") and (
                _STERLING_AFTER.match(text, after, end)
                or (
                    re.search(r"\.\d\d$|(?:million|billion)$", text[core:span_end])
                    and not _OF_STUFF.match(text, after, end)  # "203 million pounds of copper"
                )
                or _PRICE_BEFORE.search(text, max(lo, core - 40), core)
            ):
                head = ""  # "11.44 pounds an hour", "1.8 billion pounds ($2.3 billion)"
                unit, measure = "GBP", "money:GBP"
                after = span_end
            elif head in ("pounds", "pound") and (
                _OF_STUFF.match(text, after, end)
                or _WEIGHT_BEFORE.search(text, max(lo, core - 30), core)
            ):
                head = ""  # "90,000 pounds of ammonium nitrate", "a mass of 17,500 pounds"
                unit, measure = "lb", "mass_t"
            if head in ("points", "point") and _POLL.search(text, lo, end):
                head = ""  # a lead in a poll: "20 points behind Labour, a YouGov survey"
                unit, measure, _ = _UNITS["percentage point"]
                after = span_end
            if head:
                unit = head
                if head in _CASUALTY_HEAD:
                    measure = f"{_group_before(text, lo, core)}:{_CASUALTY_HEAD[head]}"
                    if _OF_DET.match(text, span_end, end):
                        measure += ":part"  # "A dozen of the injured were in a serious condition"
                elif head == "lives" and _LIVES_BEFORE.search(text, max(lo, core - 40), core):
                    unit, measure = "people", "people:killed"  # "claimed more than 1,000 lives"
                else:
                    measure = _NOUN_GROUP.get(head.lower()) or _plural(head)
                    if (per := _ACTIVE.search(text, span_end, after)) and measure in _AUDIENCES:
                        measure = f"{measure}:{per[1].lower()}"  # "62 million daily active users"
                    elif measure == "items" and _ON_DISPLAY.match(text, after, end):
                        measure = "items:display"  # not the whole collection
                    elif measure in ("homes", "customers") and (
                        fate := _homes_fate(text, core, after, lo, end, measure)
                    ):
                        measure = "homes:" + fate
                    if measure == "animals":  # those that died, or were saved, of those stranded
                        cue = _casualty(text, core, after, lo, end)
                        if cue in ("killed", "missing"):
                            measure = f"animals:{cue}"
                        elif _SAVED.match(text, after, min(end, after + 60)):
                            measure = "animals:saved"
                    elif measure in _PERSONS:
                        cue = _casualty(text, core, after, lo, end) or of_cue
                        if (
                            measure == "workers"
                            and unit.lower() in _JOB_NOUNS
                            and cue in ("", "casualties")
                            and (
                                cue
                                or _LOSE_BEFORE.search(text, max(lo, core - 30), core)
                                or _LOST_AFTER.match(text, after, end)
                            )
                        ):
                            cue = "cut"  # "will lose 450 jobs", "450 jobs will be lost"
                        if cue == "arrested" and measure in ("men", "women"):
                            # "Three men ... arrested" / "detained five suspects"
                            measure = "people:arrested"
                        elif cue:
                            measure = f"{measure}:{cue}"
                        elif measure == "people" and _VOTED_AFTER.match(text, after, end):
                            measure = "votes"  # "1.16 million people ... had voted in favour"
                        elif measure == "people" and _EMPLOYS_BEFORE.search(
                            text, max(lo, core - 30), core
                        ):
                            unit, measure = "workers", "workers"  # "employs at least 2,000 people"
                    if measure == "workers" and _ON_SHIFT.match(text, after, min(end, after + 60)):
                        measure = "workers:present"  # "140 workers were on the night shift"
            elif (
                not measure
                and relation != "ordinal"
                and (part := _PART_BEFORE.fullmatch(text, lo, core))
            ):
                measure = f"people:{_CASUALTY_HEAD[part[1].lower()]}:part"  # "Of the injured, 12"
            elif (
                not measure
                and relation != "ordinal"
                and (res := _RESULT_BEFORE.search(text, max(lo, core - 8), core))
                and len(_RESULT_VERBS.findall(text, max(lo, core - 60), min(end, core + 60))) >= 2
            ):
                measure = _RESULTS[res[1].lower()]  # "won eight, drew seven and lost seven"
            elif not measure and relation != "ordinal":  # not "lost 20 million pounds"
                cue = _casualty(text, core, span_end, lo, end)
                if cue:  # "injuring more than 900", "more than 1,000 were hurt"
                    measure = f"{_group_before(text, lo, core)}:{cue}"
                elif _PEOPLE_VERB.match(text, span_end, end):
                    measure = "people"  # "Some 2,400 were diagnosed"
                elif (label := _LABEL_BEFORE.search(text, max(0, core - 40), core)) and (
                    counted := _label_noun(label)
                ):
                    unit, measure = counted  # a list's "Staff: some 350"
                elif _CROWD_BEFORE.search(text, max(lo, core - 60), core):
                    measure = "crowd"  # "put the crowd at around 40,000"
                elif group := _GROUP_OF.search(text, max(lo, core - 30), core):
                    unit = group[1].lower()  # "a consular team of five"
                    measure = "members of " + unit
                elif value >= 1000 and _POPULATION_BEFORE.search(text, max(lo, core - 100), core):
                    measure = "people"  # "population is projected to peak at 1.67 billion"
                elif _IN_TOTAL.match(text, span_end, end):
                    total = _counted_before(text, max(lo, core - 60), core)
                    if total:  # "Russian diplomats - 40 in total"
                        unit, measure = total, _NOUN_GROUP[total.lower()]
            if (
                measure
                and unit.lower() not in _NOUN_GROUP
                and _CROWD_BEFORE.search(text, max(lo, core - 60), core)
            ):
                unit, measure = "", "crowd"  # "A crowd of 43,100 watched Okafor score"
            if fixed_unit == "fraction":
                measure = "percent"
    if measure == "percent" and _OF_COUNT.match(text, span_end, end):
        measure = "percent:counted"  # how far the count is: "with 98% of ballots counted"
    elif measure == "percent" and (
        _OF_VOTE.match(text, span_end, end) or _VOTE_VERB.search(text, max(lo, core - 20), core)
    ):
        measure = "percent:vote"  # a vote share, not a turnout: "51% of the vote", "won 46%"
    elif measure == "percent" and _TURNOUT_BEFORE.search(text, max(lo, core - 40), core):
        # "Turnout confirmed at 31.4%": never a vote share, but it meets a share said plainly
        measure = "percent/turnout"
    elif measure == "percent" and _STAKE.match(text, span_end, end):
        measure = "percent:stake"
    elif measure == "percent" and (
        _DISCOUNT_AFTER.match(text, span_end, end)
        or _DISCOUNT_BEFORE.search(text, max(lo, core - 25), core)
        or (
            (label := _LABEL_BEFORE.search(text, max(0, core - 40), core))
            and label[2].lower() == "discount"  # a list's "Discount: 35%"
        )
    ):
        measure = "percent:discount"  # "a 42% discount", "a discount of 35 percent"
    elif measure == "percent" and (
        _PREMIUM_AFTER.match(text, span_end, end)
        or _PREMIUM_BEFORE.search(text, max(lo, core - 25), core)
    ):
        measure = "percent:premium"  # "a 42pc premium to the average", "40% above the price"
    elif (
        measure == "percent"
        and (of := _PERCENT_OF.match(text, span_end, end))
        and "workers" in (_NOUN_GROUP.get((of[1] or "").lower()), _NOUN_GROUP.get(of[2].lower()))
    ):
        measure = "percent:workers"  # "about 12% of its global workforce": a share of the staff
    if measure == "duration" and _WITHIN.search(text, max(lo, core - 20), core):
        measure = "duration:within"  # a time limit, not how long something lasts
    elif (
        measure == "duration"
        and _TO_DO.match(text, after, end)
        and _GIVEN_BEFORE.search(text, max(lo, core - 30), core)
    ):
        measure = "duration:within"  # "had five days to leave": a time limit
    elif measure == "duration" and _NOTICE.match(text, after, end):
        measure = "duration:within"  # "given two days' notice": a time limit
    elif measure == "duration" and _AGO.match(text, span_end, end):
        measure = "duration:ago"  # "a year earlier": when, not how long
        if _FIGURE_BASE_BEFORE.search(text, max(lo, core - 40), core):
            measure = "duration:base"  # "up from £276,000 a year earlier": when the base was
    elif (
        measure == "duration"
        and ":" not in text[core:span_end]  # a race time: "winning in 2:03:17 after a duel"
        and (since := _OFFSET_AFTER.match(text, after, end))
        and not _FOR_BEFORE.search(text, max(lo, core - 12), core)
    ):
        # "four days after a Russian probe crashed" / "about a month after the mission lifted
        # off": how long after what; set only against a time after the same thing
        measure = f"duration:after:{light_stem(since['what'].lower())}"
    elif measure == "duration" and _SPAN_PART_BEFORE.search(text, max(lo, core - 30), core):
        measure = "duration:window"  # "for most of the past three decades": when, not how long
    elif measure == "duration" and _RECORD_BEFORE.search(text, max(lo, core - 90), core):
        measure = "duration:record"  # "the largest ... in more than a decade": since when
    elif measure == "duration" and (
        _SAVES_BEFORE.search(text, max(lo, core - 40), core)
        or _BY_MARGIN.search(text, max(lo, core - 120), core)
        or _SAVED_LABEL.search(text, max(0, core - 40), core)
    ):
        measure = "duration:saved"  # "will save up to 40 minutes": not how long the trip takes
    if measure in ("people", "") and (area := _PER_AREA.match(text, after, min(end, after + 30))):
        unit, measure = _AREA_UNIT[re.sub(r"[\s.]", "", area[1].lower())], "density"
    elif (
        measure
        and relation != "ordinal"
        and not measure.startswith(_NO_PERIOD)
        and (per := _PER_PERIOD.match(text, after, min(end, after + 25)))
    ):
        word = (per["p"] or per["ly"]).lower()
        measure += f"/{_PERIOD_WORD.get(word, word)}"  # "$16 million a year"
    elif measure in ("percent", "percentage_points") and (
        basis := _BASIS_AFTER.match(text, after, min(end, after + 45))
    ):
        # "rose 0.6% on the month" / "fell 1.1% over the year": two changes, not one
        kind = next(k for k, v in basis.groupdict().items() if v and k != "n")
        if kind == "span":  # "over the past 30 days" (12 months: the year)
            n = basis["n"].lower()
            n = int(n) if n.isdigit() else _SMALL.get(n, 0)
            unit = basis["span"].lower().rstrip("s")
            kind = (
                "yoy" if (n, unit) in ((12, "month"), (1, "year"), (52, "week")) else f"{n}{unit}s"
            )
        measure += "/" + kind
    # a job cut is announced before it is made: "expected to eliminate 350 positions" is the
    # cut that "would cut more than 300 jobs" tells of, not a forecast of it
    if (
        measure
        and measure != "workers:cut"
        and (
            _FORECAST_BEFORE.search(text, max(lo, core - 80), core)
            or _FORECAST_AFTER.match(text, span_end, min(end, span_end + 50))
            or _PLANNED_BEFORE.search(text, max(lo, core - 40), core)
        )
    ):
        measure += ":expected"
    elif measure and (
        _TARGET_AFTER.match(text, span_end, min(end, span_end + 40))
        or _CAPPED_BEFORE.search(text, max(lo, core - 20), core)
        or (
            not measure.startswith("duration")  # "needed three hours to win": how long it took
            and (
                _NEEDED_BEFORE.search(text, max(lo, core - 25), core)
                or (
                    # "the 15,600 required"; a share needed needs no "the": "95 percent
                    # coverage is required"
                    (measure == "percent" or _THE_BEFORE.search(text, max(lo, core - 5), core))
                    and _NEEDED_AFTER.match(text, span_end, min(end, span_end + 40))
                )
            )
        )
    ):
        measure += ":target"  # "the ECB's 2 percent target", "the 80 km/h limit", "capped at 3%"
    elif (
        measure
        # people and things counted, not a plant's megawatts or a wall's metres
        and "_" not in measure
        and not measure.startswith(("money", "percent", "duration"))
        and _CAPACITY_BEFORE.search(text, max(lo, core - 45), core)
    ):
        measure += ":capacity"  # "can carry up to 3,100 passengers and 1,200 crew": not aboard
    elif measure and _ERROR_BEFORE.search(text, max(lo, core - 40), core):
        measure += ":error"  # "The margin of error is plus or minus 3 points"
    elif measure and (
        _PREVIOUS_BEFORE.search(text, max(lo, core - 60), core)
        or (
            _BREAKS_BEFORE.search(text, max(lo, core - 30), core)
            and _RECORD_AFTER.match(text, after, min(end, after + 30))
        )
    ):
        measure += ":previous"  # "surpassed the previous high of 10,610 MW": the old record
    elif measure and (
        _SUPERSEDED_AFTER.match(text, span_end, end)
        or _SUPERSEDED_BEFORE.search(text, max(lo, core - 40), core)
    ):
        measure += ":earlier"  # "the 14 deaths previously reported": a figure since revised
    elif measure and (
        _REMAINING_BEFORE.search(text, max(lo, core - 12), core)
        or (measure == "length_km" and _LAST_STRETCH.search(text, max(lo, core - 8), core))
        or (measure != "tally" and _REMAINING_AFTER.match(text, span_end, end))
    ):
        measure += ":remaining"  # "the remaining 8 satellites": what is left, not the whole
    elif measure and (
        (
            _MARGIN_BEFORE.search(text, max(lo, core - 40), core)
            and not _PROFIT_MARGIN.search(text, max(lo, core - 40), core)
        )
        or _MARGIN_AFTER.match(text, span_end, end)
    ):
        measure += ":margin"  # "won by 106,484 votes": the gap, not the tally
    if measure.endswith(
        (":killed", ":wounded", ":casualties", ":missing")
    ) and _INCLUDING_BEFORE.search(text, max(lo, core - 12), core):
        measure += ":part"  # "seven people were killed, including two who died when ..."
    if measure == "temperature" and WARMER_AFTER.match(text, span_end, end):
        measure = "temperature:difference"  # "2.1C above the 1991-2020 average"
    if relation == "ordinal" and _MINUTE_AFTER.match(text, span_end, end):
        # "in the 77th minute", "in the 63rd and 86th minutes"
        relation, unit, measure = "=", "minute", "match_minute"
        low = high = value
    elif (
        measure == "duration"
        and unit == "minute"
        and _ON_MINUTES.search(text, max(lo, core - 4), core)
    ):
        measure = "match_minute"  # "scored on 25 minutes"
    if relation == "ordinal":
        measure = ""
    if measure == "times" and not m["twice"] and not _MULTIPLE_AFTER.match(text, span_end, end):
        measure = "occasions"  # "We called the council three times": how often, no multiple
    if (
        measure == "duration"
        and qual_key == "over"
        and (
            _FIGURE_BEFORE.search(text, max(lo, core - 40), core)
            or _SPREAD_BEFORE.search(text, max(lo, core - 40), core)
            or _SPENT_BEFORE.search(text, max(lo, core - 20), core)
            or _SPAN_AFTER.match(text, span_end, end)
            or _OBJECT_BEFORE.search(text, max(lo, core - 30), core)
        )
    ):
        # "€8.5 billion over six years": the time it is spread over, not more than six years
        qual, qual_key, relation, core, low, high = "", "", "=", num_start, value, value
    elif (
        measure == "duration"
        and qual_key == "over"
        and not text[lo:core].strip()
        and _CLAUSE_COMMA.match(text, span_end, end)
    ):
        # "Over a year and a half, 43 payments were made": during it, not more than it
        qual, qual_key, relation, core, low, high = "", "", "=", num_start, value, value
    elif qual_key == "over" and _TURNED_OVER.search(text, max(lo, core - 30), core):
        # "turned the ball over 19 times": the verb's "over", no hedge
        qual, qual_key, relation, core, low, high = "", "", "=", num_start, value, value
    below = measure.startswith("temperature") and relation in ("=", "~")
    if below and (sign := _BELOW_ZERO.search(text, max(lo, num_start - 7), num_start)):
        value, low, high = -value, -high, -low  # "minus 5F", "-21C"
        if core == num_start:
            core = sign.start()
            hedge = _HEDGE_BEFORE_SIGN.search(text, max(lo, core - 16), core)
            if hedge:  # "about -21C": the hedge is before the sign
                qual, relation, core = hedge[1].lower(), "~", hedge.start()
                low, high = sorted(_interval(value, relation))
    if not all(map(math.isfinite, (value, low))) or math.isnan(high) or low > high:
        return None, max(span_end, m.start() + 1)
    return (
        Quantity(core, span_end, text[core:span_end], value, low, high, unit, measure, qual,
                 relation),
        max(span_end, m.start() + 1),
    )  # fmt: skip


# ---------------------------------------------------------------- comparison

_MEASURE_LABEL = {
    "percent": "%", "percentage_points": "percentage points", "area_km2": "area",
    "length_km": "length", "length_ly": "light-years", "mass_t": "weight", "volume_l": "volume", "age": "years of age",
    "data_gb": "data", "charge_mah": "battery", "frequency_mhz": "frequency", "pixels_mp": "megapixels",
    "temperature": "°C", "temperature:difference": "°C difference", "match_minute": "minute", "time": "time of day", "percent:vote": "% of the vote",
    "percent:stake": "% stake", "percent:workers": "% of the workforce",
    "percent:counted": "% counted", "percent:discount": "% discount", "percent:premium": "% premium",
    "year_bc": "year BC",
    "power_mw": "power", "energy_mwh": "energy", "concentration_ppm": "concentration",
}  # fmt: skip
#: Measures kept in one base unit, whatever unit each figure is written in
_BASE_UNIT = frozenset(
    ("length_km", "mass_t", "volume_l", "area_km2", "power_mw", "energy_mwh", "concentration_ppm")
)
#: Users counted over a day or a month are two measures: "62 million daily active users" /
#: "140 million monthly active users"
_ACTIVE = re.compile(r"\b(daily|weekly|monthly)\b", re.IGNORECASE)
#: What befell homes: "460 homes were flooded", "4,000 homes in the district were without power"
_HOMES_FATE = re.compile(
    r"(?:\s+(?:in|on|across|along|near)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?"
    r"\s+(?:(?:were|was|had\s+been|have\s+been|had|have|are|remain(?:ed)?|being)\s+"
    r"(?:already\s+)?(?:left\s+)?)?"
    r"(?:(?P<flooded>flooded|inundated|under\s+water)|(?P<damaged>damaged)|"
    r"(?P<destroyed>destroyed|razed|flattened|demolished)|(?P<evacuated>evacuated)|"
    r"(?P<unpowered>without\s+(?:power|electricity)|lost\s+(?:power|electricity)|cut\s+off))\b",
    re.IGNORECASE,
)
#: Power cut to what is counted: "a transformer failure cut power to about 52,000 customers",
#: "knocking out power to nearly half a million customers", "outages affecting 8 million"
_POWER_CUT_BEFORE = re.compile(
    r"\b(?:(?:cut|cuts|cutting|knock(?:s|ed|ing)?\s+out)\s+(?:the\s+)?(?:power|electricity)"
    r"(?:\s+suppl(?:y|ies))?\s+to|(?:outages?|blackouts?)\s+(?:affect(?:s|ed|ing)?|hit(?:s|ting)?))"
    r"\s+(?:\w+\s+){0,3}?\Z",
    re.IGNORECASE,
)


def _homes_fate(text: str, core: int, after: int, lo: int, end: int, measure: str) -> str:
    """What befell the homes counted ("460 homes were flooded": ``flooded``), or ``""``; a
    utility's customers count only when their power is out (what homes without power are)."""
    fate = _HOMES_FATE.match(text, after, min(end, after + 60))
    if fate and (measure == "homes" or fate["unpowered"]):
        return next(k for k, v in fate.groupdict().items() if v)
    return "unpowered" if _POWER_CUT_BEFORE.search(text, max(lo, core - 60), core) else ""


#: What is shown of a collection: "Around 3,800 objects are now on display" (of 18,000)
_ON_DISPLAY = re.compile(r"\s+(?:\w+\s+){0,3}?on\s+(?:display|show|view)\b")
_AUDIENCES = frozenset(("users", "subscribers", "customers", "visitors", "viewers", "players"))
_ADDS_BEFORE = re.compile(
    r"\b(?:adds?|added|adding|summed|sums?|totall?ed|comes?|came"
    # ... or a figure's move: "the annual rate picked up to 3.2%", "ticked up to", "went up to"
    r"|(?:pick|tick|edg|inch|mov|ratchet|bump|revis|push|step)(?:s|ed|ing|e|es)?|crept|went|goes|go|"
    r"going|gone)"
    r"\s+\Z",
    re.IGNORECASE,
)
#: Time saved: "the trip will save up to 40 minutes", "shaved 34 seconds off"
_SAVES_BEFORE = re.compile(r"\b(?:sav(?:e|es|ed|ing)|shav(?:e|es|ed|ing))\s+\Z")
#: ... or by how much a time was cut: "shorten the journey ... by about 40 minutes", "cutting
#: journey times by 20 minutes", "broke the previous record of 2:01:09 ... by 34 seconds"
_BY_MARGIN = re.compile(
    r"\b(?:shorten(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|br(?:oke|eaking)|beat(?:ing)?"
    r"|bettered|improv(?:e|es|ed|ing))\b[^.;]{0,100}?\bby\s+\Z"
)
#: ... or a list's line says so: "Journey time saved: 45 minutes"
_SAVED_LABEL = re.compile(r"(?<![^\n])[^\n:]*\bsaved:[ \t]+\Z", re.IGNORECASE)
#: Animals saved: "31 whales were refloated", "48 of them were rescued"
_SAVED = re.compile(r"\W*(?:\w+\s+){0,3}?(?:refloated|rescued|saved|freed|released)\b")
_CUE_LABEL = {
    "unpowered": "without power",
    "casualties": "killed or wounded",
    "killed": "killed",
    "wounded": "wounded",
    "missing": "missing",
    "arrested": "arrested",
    "cut": "cut",
    "ill": "ill",
    "discount": "discount",  # a Numbers row: "42 percent discount"
    "saved": "saved",
    "daily": "a day",  # "62 million users a day"
    "weekly": "a week",
    "monthly": "a month",
    "display": "on display",
}


_MAX_RATIO = 50.0


def row_unit(q: Quantity) -> str:
    """The unit a Numbers row names a figure by: the currency for money ("1.9 billion crowns"
    holds "SEK 1.9bn"), what happened for a casualty noun ("two of the dead" is "2 killed"),
    else the unit or counted noun as written."""
    if q.unit == "¢":
        return "cents"  # "41 cents", not "41 USD"
    if q.unit == "p":
        return "pence"
    if q.measure.startswith("money:"):
        return _unperiod(q.measure).split(":")[1]
    if q.unit == "time":
        return q.measure.partition(":")[2]  # "05:25 GMT"; a local time needs no unit
    one = q.relation == "ordinal" or (q.relation != "range" and q.value == 1)
    if q.unit in _WORD_UNITS and not one:
        return _WORD_UNITS[q.unit]  # "15,000 hectares", "3 years" (from "three-year-long")
    return _CASUALTY_HEAD.get(q.unit.lower(), q.unit)


def event_label(q: Quantity) -> str:
    """What happened to what is counted (``killed or wounded``), or ``""`` (also when the counted
    noun says it: "2,700 wounded", "two of the dead")."""
    m = plain_measure(q.measure)
    if ":" not in m or m.startswith("money:") or q.unit.lower() in _CASUALTY_HEAD:
        return ""
    return _CUE_LABEL.get(m.split(":", 1)[1], "")


def _factor(q: Quantity) -> float:
    """Multiplier from the stated unit to the measure's base unit (km², days, percent)."""
    measure = _unperiod(q.measure)
    if measure == "percent" and q.unit != "percent":
        return 100.0  # a fraction ("a quarter of") compared as a percentage
    if measure == "age":
        return 1.0
    got = _UNITS.get(q.unit.lower())
    return got[2] if got and got[1] in (measure, measure.partition(":")[0]) else 1.0


_PERIOD_SUFFIX = re.compile(
    r"/(year|day|week|month|hour|minute|second|yoy|mom|qoq|turnout|\d+(?:day|week|month|year)s)"
    r"(?![\w ])"
)
_BASIS_LABEL = {
    "yoy": "on the year", "mom": "on the month", "qoq": "on the quarter", "turnout": "turnout"
}  # fmt: skip


_UNIT_WORD = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)


def _with_period(measure: str, period: str) -> str:
    """``measure`` given per ``period`` ("money:USD:expected" per year: "money:USD/year:expected")."""
    plain = _outcome(measure)
    return f"{plain}/{period}{measure[len(plain) :]}"


def _unperiod(measure: str) -> str:
    """``measure`` without the length of time it is given per ("money:USD/year" is money:USD)."""
    return _PERIOD_SUFFIX.sub("", measure) if "/" in measure else measure


def _base(q: Quantity, v: float) -> float:
    """``v``, a figure in ``q``'s unit, in the measure's base unit."""
    offset = 0.0 if q.measure == "temperature:difference" else _OFFSET.get(q.unit, 0.0)
    return (v + offset) * _factor(q)


def base_value(q: Quantity) -> float:
    """``q``'s figure in its measure's base unit (20.8 GW as 20,800 MW, 111 °F as 43.9 °C)."""
    return _base(q, q.value)


#: Measure suffixes for figures that are no outcome, and how a label names them.
_NOT_OUTCOME = (
    (":expected", "forecast"),
    (":target", "target"),
    (":error", "margin of error"),
    (":remaining", "remaining"),
    (":margin", "lead in"),
    (":previous", "previous record"),
    (":earlier", "earlier"),
    (":part", "of the"),
    (":capacity", "capacity"),
)


def plain_measure(measure: str) -> str:
    """What a figure measures, whether an outcome, a forecast or a target, and whether given per
    a length of time or not ("percent" for "percent:expected", "money:USD" for "money:USD/year")."""
    return _unperiod(_outcome(measure))


def _outcome(measure: str) -> str:
    """``measure`` as an outcome: "percent" for "percent:expected"."""
    for suffix, _word in _NOT_OUTCOME:
        measure = measure.removesuffix(suffix)
    return measure


def _label(a: Quantity, b: Quantity) -> str:
    m = a.measure
    if "/" in m and (per := _PERIOD_SUFFIX.search(m)):
        plain = _unperiod(m)
        said = _BASIS_LABEL.get(per[1]) or (
            f"{'an' if per[1] == 'hour' else 'a'} {per[1]}"
            if per[1][0].isalpha()
            else re.sub(r"(\d+)(\w+)", r"over \1 \2", per[1])
        )
        return f"{_label(replace(a, measure=plain), replace(b, measure=plain))} {said}"
    if m in _BASE_UNIT and a.unit == b.unit:  # "inches", "km²"
        return "km²" if a.unit == "km2" else _WORD_UNITS.get(a.unit, a.unit)
    if m in _MEASURE_LABEL:
        return _MEASURE_LABEL[m]
    for suffix, word in _NOT_OUTCOME:
        if m.endswith(suffix):
            plain = replace(a, measure=m.removesuffix(suffix))
            return f"{word} {_label(plain, replace(b, measure=plain.measure))}"
    if m.partition(":")[0] == "duration":
        what = "time limit" if m == "duration:within" else "duration"
        if a.unit != b.unit:
            return what
        return a.unit if a.value == b.value == 1 else _WORD_UNITS.get(a.unit, a.unit)
    if m.startswith(("exchange:", "rate/")):
        return a.unit  # "per dollar", "per 100,000"
    # both sides count the same noun of a group: name it ("soldiers", not "troops")
    same_noun = a.unit == b.unit and _NOUN_GROUP.get(a.unit.lower()) == m.split(":", 1)[0]
    if ":" in m and not m.startswith("money:"):
        group, cue = m.split(":", 1)
        return f"{a.unit if same_noun else group} {_CUE_LABEL.get(cue, cue)}"
    if same_noun:
        return a.unit
    if m.startswith("money:"):
        return m[6:]
    return _MEASURE_LABEL.get(m, m)


def _overlap(a: Quantity, b: Quantity) -> bool:
    lo_a, hi_a, lo_b, hi_b = _base(a, a.low), _base(a, a.high), _base(b, b.low), _base(b, b.high)
    lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    if lo < hi and not math.isclose(lo, hi, rel_tol=1e-9):
        return True
    if lo > hi and not math.isclose(lo, hi, rel_tol=1e-9):
        return False
    # touching at one point: it counts unless that point is an excluded bound
    open_at = [
        math.isclose(lo, lo_a, rel_tol=1e-9) and a.relation in (">", "~>"),
        math.isclose(lo, lo_b, rel_tol=1e-9) and b.relation in (">", "~>"),
        math.isclose(hi, hi_a, rel_tol=1e-9) and a.relation == "<",
        math.isclose(hi, hi_b, rel_tol=1e-9) and b.relation == "<",
    ]
    return not any(open_at)


#: Spans of time in two units are one span this share apart or less ("90 days" / "three months")
_DURATION_SLACK = 0.015


def _rounded(q: Quantity, other: Quantity) -> Quantity:
    """``q`` as the rounding of a more precise ``other`` (53% covers 52.5-53.5 against 53.4%) or
    of a figure in another unit, which no conversion gives exactly (111F covers 110.5-111.5F
    against 44C; 37,000 acres covers 0.5% either side against 15,000 hectares)."""
    if q.relation == "~":
        # "about 3 metres" is no narrower than "3 metres": it covers 2.6-3.4 against "3.4" (not
        # 3.5, which rounds to 4)
        half = 0.49 * _step(q)
        return replace(q, low=min(q.low, q.value - half), high=max(q.high, q.value + half))
    if q.relation != "=":
        return q
    step = _step(q)
    if _converted(q, other) and q.measure.startswith("duration"):
        # spans of time convert exactly but for a month's length: "60-day" / "two months"
        slack = _DURATION_SLACK * q.value
    elif _converted(q, other):
        slack = _slack(q, step)  # "1.6 miles" covers 1.55-1.65 miles
    elif _step(other) < step:
        slack = step / 2  # "$18.1bn" covers $18.05-18.15bn against "$18.12 billion"
    else:
        return q
    return replace(q, low=q.value - slack, high=q.value + slack)


def _converted(a: Quantity, b: Quantity) -> bool:
    """The two figures are in units of another scale (km and miles, C and F)."""
    return _base(a, 1.0) - _base(a, 0.0) != _base(b, 1.0) - _base(b, 0.0)


#: A hedged or round figure ("about 3,000 feet", "900 metres") stands for its conversion within
#: this share; a precise one within ``_CONVERTED_SHARE``.
_ROUND_SHARE = 0.015
_CONVERTED_SHARE = 0.005
_ROUND = re.compile(r"[1-9]\d*00(?![\d.])")


def _slack(q: Quantity, step: float) -> float:
    """How far a figure converted from another unit may stand from ``q`` and round to it."""
    loose = q.relation == "~" or _ROUND.search(q.text.replace(",", ""))
    return max(step / 2, (_ROUND_SHARE if loose else _CONVERTED_SHARE) * abs(q.value))


#: Figures whose words hold a unit of their own, not a precision ("almost half", "a decade")
_FRACTION_WORD = re.compile(
    r"\b(?:half|quarter|third|decades?|century|centuries|dozens?|couple)\b", re.IGNORECASE
)


def _same_converted(a: Quantity, b: Quantity) -> bool:
    """Figures in two units that are one figure to the precision each is written to: "a
    10-kilometre zone" / "a 6.2-mile cordon", "44C" / "111F"."""
    if not _converted(a, b) or _FRACTION_WORD.search(a.text) or _FRACTION_WORD.search(b.text):
        return False
    gap = abs(_base(a, a.value) - _base(b, b.value))
    if a.measure.startswith("duration") and b.measure.startswith("duration"):
        # "90 days" / "three months", not "suspended for 18 months" / "for two years"
        return gap <= 2 * _DURATION_SLACK * max(_base(a, a.value), _base(b, b.value))
    room = abs(_base(a, _slack(a, _step(a))) - _base(a, 0.0)) + abs(
        _base(b, _slack(b, _step(b))) - _base(b, 0.0)
    )
    return gap <= room


_LAST_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_SHARE_IN = re.compile(r"\sin\s+(?:every\s+)?(\w+)", re.IGNORECASE)
_LARGER_UNIT = re.compile(r"\b(?:years?|weeks?|days?|hours?)\b", re.IGNORECASE)


def _step(q: Quantity) -> float:
    """The last place a figure is written to: 1 for "53%", 0.1 billion for "$18.1bn"."""
    share = _SHARE_IN.search(q.text)
    if share:  # "one in five" is 20% to the nearest fifth or so, not to the point
        m = share.group(1).lower()
        return 50.0 / (float(m) if m.isdigit() else _SMALL.get(m, 1) or 1)
    m = _LAST_DIGITS.search(q.text)
    if not m or q.unit == "time" or _LARGER_UNIT.search(q.text) or ":" in q.text:
        return 1.0  # in words, a time in minutes, "3 hours and 17 minutes" (197 minutes), "2:04:41"
    digits = m.group(1).replace(",", "")
    written = float(digits + "." + (m.group(2) or "0"))
    scale = abs(q.value) / written if written else 1.0  # "minus 5F" is written 5
    if m.group(2) is None and len(digits.rstrip("0")) >= 3:
        # "£285,400" is rounded to the hundred (not "1,000" nor "61,000": a round figure may
        # be exact)
        return scale * 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return scale * 10.0 ** -len(m.group(2) or "")


_VOTES = re.compile(r"\s+votes?\b", re.IGNORECASE)
_TALLY_SPLIT = re.compile(r"\s*(?:[-–]|\bto\b)\s*", re.IGNORECASE)


def tally_parts(text: str) -> list[str]:
    """The figures of a tally as digits: "six to three" and "6-3" are ["6", "3"]."""
    return [str(_SMALL.get(p.lower(), p)) for p in _TALLY_SPLIT.split(_VOTES.sub("", text))]


def _status(a: Quantity, b: Quantity) -> str:
    if a.measure == "tally":  # "52-48" vs "51-49": the same result or not
        return AGREE if tally_parts(a.text) == tally_parts(b.text) else CONFLICT
    same = math.isclose(_base(a, a.value), _base(b, b.value), rel_tol=1e-9, abs_tol=1e-12)
    if not _overlap(_rounded(a, b), _rounded(b, a)):
        # "1m tonnes" / "more than 1 million tonnes": one figure, one of them hedged (but
        # "more than 1,000" / "fewer than 1,000" cannot both hold)
        plain = "=" in (a.relation, b.relation) and "range" not in (a.relation, b.relation)
        return QUALIFIER if same and plain else CONFLICT
    same = same or _same_converted(a, b)
    ranges = (a.relation == "range", b.relation == "range")
    if ranges[0] != ranges[1]:
        same = False
    elif ranges[0]:
        same = same and (
            math.isclose(_base(a, a.high), _base(b, b.high), rel_tol=1e-9)
            or _same_converted(replace(a, value=a.high), replace(b, value=b.high))
        )  # "30 to 33C" / "86-91F"
    if not same:
        return DIFFER
    return AGREE if a.relation == b.relation else QUALIFIER


#: Figures this share apart or less pair before any said of one thing
_NEAR_SHARE = 0.1


def _stated_status(a: Quantity, b: Quantity) -> str:
    """The status of two figures, ``agree`` when one side's own bracketed restatement is the
    other's figure as written ("half a mile (800m)" / "800m")."""
    status = _status(a, b)
    if status != AGREE:
        for x, y in ((a.converted, b), (a, b.converted)):
            if (
                x is not None
                and y is not None
                and (x.measure, x.unit, x.value) == (y.measure, y.unit, y.value)
                and not _spread_of(a if x is a.converted else b)
                and _status(x, y) == AGREE
            ):
                return AGREE
    return status


def _closest(
    a: Sequence[Quantity], b: Sequence[Quantity], same: Callable[[Quantity, Quantity], bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(i, j)`` of quantities that ``same`` accepts, closest values first."""
    cands = []
    for i, qa in enumerate(a):
        if not qa.measure:
            continue
        for j, qb in enumerate(b):
            if not same(qa, qb):
                continue
            va, vb = abs(_base(qa, qa.value)), abs(_base(qb, qb.value))
            if min(va, vb) > 0 and max(va, vb) > _MAX_RATIO * min(va, vb):
                continue  # "two soldiers" (captured) vs "thousands of troops" (deployed)
            d = abs(va - vb) / max(va, vb, 1e-12)
            if qa.earlier != qb.earlier and d > _NEAR_SHARE:
                continue  # "from 45 to 43 per cent": the 45 is no figure "cut by 2%" gives
            # figures that (nearly) agree first; then sums said of one thing: "severance
            # payment of $4,200,000" / "cash severance of $2.4 million", not the "$1,650,000"
            # target bonus of the same sentence
            cands.append((d > _NEAR_SHARE and qa.near.isdisjoint(qb.near), d, i + j, i, j))
    cands.sort(key=lambda c: (c[0], c[1], c[2], min(c[3], c[4])))
    return sorted(one_to_one((i, j) for _o, _d, _s, i, j in cands))


#: What may befall a group counted as part of people at large
_PART_CUES = frozenset(("", "killed", "wounded", "casualties", "missing"))


def _part_of(q: Quantity, people: Quantity) -> bool:
    """``q`` counts a group of people ("workers killed") and ``people`` people at large with
    the same cue ("people killed"): the group is part of them."""
    group, _, cue = q.measure.partition(":")
    whole, _, cue2 = people.measure.partition(":")
    return (
        whole == "people" and group != "people" and group in _PERSONS and cue == cue2
        and cue in _PART_CUES
    )  # fmt: skip


def _part_status(a: Quantity, b: Quantity) -> str:
    """The status of a group's figure against people at large: a part may be smaller than the
    whole ("12 civilians" of "20 people" differ), never larger."""
    status = _status(a, b)
    if status != CONFLICT:
        return status
    part, whole = (a, b) if _part_of(a, b) else (b, a)
    if part.measure == "patients":
        return CONFLICT  # "admitted 146 patients" / "admitted 212 people": those it names
    return DIFFER if part.high < whole.low else CONFLICT


def compare_numbers(a: Sequence[Quantity], b: Sequence[Quantity]) -> tuple[NumberDiff, ...]:
    """Pair quantities that measure the same thing and give each pair a status.

    Each quantity is used at most once; candidate pairs are taken greedily, closest values
    first. Figures more than ``_MAX_RATIO`` times apart are taken to count different
    things (zero still pairs: "no casualties" vs "200 casualties" is a conflict). A group's
    figure left over then meets one of people at large ("43 workers" / "38 people" killed).
    Ties are broken by ``i + j`` then ``i``: pairs with the same ``i + j`` never share a
    quantity, so ``compare_numbers(b, a)`` gives the mirrored pairs.
    """
    measures_a, measures_b = {q.measure for q in a}, {q.measure for q in b}
    a = [_restated(q, measures_b) for q in a]
    b = [_restated(q, measures_a) for q in b]
    pairs = {
        (i, j): NumberDiff(a[i], b[j], _stated_status(a[i], b[j]), _label(a[i], b[j]))
        for i, j in _closest(a, b, _same_measure)
    }
    # then a group's figure left over against one of people at large: "killing at least 43
    # workers" / "Thirty-eight people have died"
    free_a = [i for i in range(len(a)) if all(i != p[0] for p in pairs)]
    free_b = [j for j in range(len(b)) if all(j != p[1] for p in pairs)]
    if free_a and free_b:
        for i, j in _closest(
            [a[i] for i in free_a],
            [b[j] for j in free_b],
            lambda qa, qb: _part_of(qa, qb) or _part_of(qb, qa),
        ):
            qa, qb = a[free_a[i]], b[free_b[j]]
            whole = qb if _part_of(qa, qb) else qa
            pairs[free_a[i], free_b[j]] = NumberDiff(
                qa, qb, _part_status(qa, qb), _label(whole, whole)
            )
    if bare := _bare_pair(a, b, pairs):
        i, j = bare
        pairs[i, j] = NumberDiff(
            a[i], b[j], _status(a[i], b[j]), a[i].unit or b[j].unit or "figure"
        )
    diffs = [pairs[k] for k in sorted(pairs)]
    if max(sum(q.measure == "age" for q in a), sum(q.measure == "age" for q in b)) > 1:
        # several people's ages ("aged 19, 21 and 24"): which is whose is unknown, so only
        # the ages both give are paired, and none is set against another person's
        diffs = [d for d in diffs if d.a.measure != "age" or d.status == AGREE]
    return tuple(diffs)


def _bare_pair(
    a: Sequence[Quantity], b: Sequence[Quantity], pairs: Mapping[tuple[int, int], NumberDiff]
) -> tuple[int, int] | None:
    """A figure that says not what it counts, left over on one side, against the one count left
    over on the other, when each is its side's only one and they are close: "with French down 6%
    to 11,250" / "French entries fell by 6% to 11,520"."""

    def left(qs: Sequence[Quantity], k: int) -> list[int]:
        taken = {p[k] for p in pairs}
        return [
            i
            for i, q in enumerate(qs)
            if i not in taken
            and q.relation not in ("ordinal", "range", "vague")
            and (not q.measure or (q.measure == q.unit.lower() and q.unit.lower() not in _UNITS))
        ]

    la, lb = left(a, 0), left(b, 1)
    if len(la) != 1 or len(lb) != 1:
        return None
    qa, qb = a[la[0]], b[lb[0]]
    if qa.measure and qb.measure or min(qa.value, qb.value) < 100:
        return None
    if max(qa.value, qb.value) > 1.25 * min(qa.value, qb.value):
        return None
    return la[0], lb[0]


def _ill(q: Quantity) -> bool:
    """``q`` counts the sick: cases, infections, or people ill."""
    return q.measure in ("cases", "infections") or (
        q.measure.endswith(":ill") and q.measure.count(":") == 1
    )


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """The two figures measure one thing; a figure per a length of time meets one that does not
    say it ("$680 million a year" / "$680m"), but not a sum spread over a time ("$48.5 million in
    three years" / "$16 million a year": that meets its restatement per year)."""
    if a.measure == b.measure:
        return True
    if a.measure.startswith("rate/") and b.measure.startswith("rate/"):
        (ra, _, na), (rb, _, nb) = a.measure.partition(" "), b.measure.partition(" ")
        return ra == rb and not (na and nb)  # "per 100,000 patients" / "in every 100,000 people"
    if _ill(a) and _ill(b):
        return True  # "14 confirmed cases" / "Nine people have now been diagnosed"
    if {a.measure, b.measure} == {"crowd", "fans"}:
        return True  # "before a crowd of 28,500" / "watched by about 28,000 fans"
    if {a.measure, b.measure} & _RECORDS and {a.measure, b.measure} & _RECORD_OWNERS:
        return True  # "containing 3.2 million records" / "3.5 million customer records"
    fates = (a.measure.partition(":"), b.measure.partition(":"))
    if fates[0][0] == fates[1][0] == "homes":
        return not (fates[0][2] and fates[1][2])  # "cutting power to 15 lakh households"
    if _unperiod(a.measure) != _unperiod(b.measure):
        return False
    pa, pb = _PERIOD_SUFFIX.search(a.measure), _PERIOD_SUFFIX.search(b.measure)
    if pa and pb and pa[1] != pb[1]:
        return False  # "0.6% on the month" / "3.4% on the year"; "€9m a day" / "€60m a week"
    if a.measure.startswith("length") and any(
        p and p[1] in ("hour", "minute", "second") for p in (pa, pb)
    ):
        return False  # "6,500 feet per minute" is a speed, no altitude
    return not any(_spread_of(q) for q in (a, b))


def _spread_of(q: Quantity) -> bool:
    """``q`` is a sum spread over a time, restated per its unit of time (not a bracket's)."""
    return q.converted is not None and q.converted.start == q.start


def _restated(q: Quantity, others: set[str]) -> Quantity:
    """``q``'s bracketed restatement when only that is what the other side measures ("€46
    million ($50 million)" against "$50 million"), or a sum spread over a time per its unit of
    time against a rate ("$48.5 million in three years" against "$16 million a year")."""
    c = q.converted
    if c is None or q.measure == c.measure:
        return q
    if c.start == q.start:  # a sum spread over a time
        return c if c.measure in others else q
    # ... and only when the other side gives no sum in the first currency, per a time or not
    # ("30 billion francs a month" meets "35 billion francs ($3.9 billion)" in francs)
    mine = _unperiod(q.measure)
    return c if c.measure in others and all(_unperiod(m) != mine for m in others) else q


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if math.isnan(x):
        return "?"
    r = round(x)
    if abs(x - r) <= 1e-9 * max(1.0, abs(x)):
        return f"{r:,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def interval_text(q: Quantity) -> str:
    """The interval in words for people: ``10,000 or more``."""
    rel = q.relation
    if rel == ">":
        return f"more than {_fmt(q.low)}"
    if rel == "<":
        return f"under {_fmt(q.high)}"
    if rel == "<=" or (q.low == 0 and not math.isinf(q.high) and q.high != 0 and rel != "="):
        return f"up to {_fmt(q.high)}"
    if math.isinf(q.high):
        return f"{_fmt(q.low)} or more"
    if _fmt(q.low) == _fmt(q.high):
        return _fmt(q.low)
    return f"{_fmt(q.low)}–{_fmt(q.high)}"


# ---------------------------------------------------------------- dates in a pair


def _date_parts(d: DateValue) -> tuple[str, str, str] | None:
    """(year or XXXX, month, day or "") of a date that names a month; None otherwise."""
    if "/" in d.iso:
        return None
    parts = d.iso.split("-")
    if len(parts) < 2:
        return None
    return parts[0], parts[1], parts[2] if len(parts) > 2 else ""


def _same_date(x: tuple[str, str, str], y: tuple[str, str, str]) -> bool:
    years = x[0] == y[0] or "XXXX" in (x[0], y[0])
    return years and x[1:] == y[1:]


def _dates_conflict(x: tuple[str, str, str], y: tuple[str, str, str]) -> bool:
    """Two dates of one precision (both give a day, or neither) that cannot be the same."""
    if bool(x[2]) != bool(y[2]):
        # "January 9" / "early November": too loose to call, unless one year names two months
        # ("August 19, 2024" / "In September 2024"), or the years differ ("on 14 April 2023" /
        # "in April 2022")
        if "XXXX" in (x[0], y[0]):
            return False
        return x[0] != y[0] or x[1] != y[1]
    if x[1:] != y[1:]:
        return True
    return "XXXX" not in (x[0], y[0]) and x[0] != y[0]


def _days(dates: Sequence[DateValue]) -> dict[int, DateValue]:
    """The days of the week a passage's dates fall on (the first mention of each): a weekday
    named alone or before its date, or a whole date's own."""
    out: dict[int, DateValue] = {}
    for d in dates:
        if d.weekday and not (d.dateline or d.earlier):
            out.setdefault(WEEKDAYS.index(d.weekday), d)
    return out


_LATE = frozenset(("late", "evening", "night"))
_EARLY = frozenset(("early", "morning"))


def _with_day(d: DateValue) -> DateValue:
    """A date with the weekday named before it in its span and text."""
    if d.day_start < 0:
        return d
    gap = d.start - d.day_start - len(d.weekday)
    return replace(d, start=d.day_start, text=d.weekday + (", " if gap > 1 else " ") + d.text)


def _weekday_diff(
    a: Sequence[DateValue], b: Sequence[DateValue], dates: Sequence[DateDiff]
) -> list[DateDiff]:
    """One day of the week each side, one of them named alone ("the vote on Tuesday night" /
    "voted on Monday, March 10"): the same day or a conflict. Not when the dates already
    conflict, nor across a night ("late Monday" / "early Tuesday" may be one hour)."""
    da, db = _days(a), _days(b)
    if len(da) != 1 or len(db) != 1 or any(d.status == CONFLICT for d in dates):
        return []
    (ia, xa), (ib, xb) = next(iter(da.items())), next(iter(db.items()))
    if xa.iso and xb.iso:
        return []  # two dates, compared as dates
    if ia == ib:
        return [DateDiff(xa, xb, AGREE)]
    if xa.near.isdisjoint(xb.near):
        return []  # said of two events: "broke out on Thursday" / "regained control on Friday"
    if xa.day_start >= 0 or xb.day_start >= 0:
        xa, xb = _with_day(xa), _with_day(xb)  # "Tuesday night" / "Monday, March 10"
    first, then = (
        (xa, xb) if (ia + 1) % 7 == ib else (xb, xa) if (ib + 1) % 7 == ia else (None, None)
    )
    if first is not None and (first.part in _LATE or then.part in _EARLY):
        return []
    return [DateDiff(xa, xb, CONFLICT)]


def compare_dates(a: Sequence[DateValue], b: Sequence[DateValue]) -> tuple[DateDiff, ...]:
    """Dates of two linked passages: the same dates (each used once), then, when exactly one
    dated mention is left on each side and the two cannot be one day ("December 22" / "Dec.
    23"), a conflict. Dates without a month, a month against a day, and a dateline's date (the
    day of the report) are not compared; an earlier reading's date only agrees."""
    xa = [(d, p) for d in a if not d.dateline and (p := _date_parts(d)) is not None]
    xb = [(d, p) for d in b if not d.dateline and (p := _date_parts(d)) is not None]
    out: list[DateDiff] = []
    used_b: set[int] = set()
    left_a = []
    for da, pa in xa:
        j = next(
            (j for j, (_db, pb) in enumerate(xb) if j not in used_b and _same_date(pa, pb)), None
        )
        if j is None:
            left_a.append((da, pa))
        else:
            used_b.add(j)
            out.append(DateDiff(da, xb[j][0], AGREE))
    left_b = [x for j, x in enumerate(xb) if j not in used_b]
    left_a = [x for x in left_a if not x[0].earlier]
    left_b = [x for x in left_b if not x[0].earlier]
    if len(left_a) == 1 and len(left_b) == 1 and _dates_conflict(left_a[0][1], left_b[0][1]):
        out.append(DateDiff(left_a[0][0], left_b[0][0], CONFLICT))
    elif left_a and left_b:
        # two dates against one: set against each other only the dates given for the same word,
        # one each side ("appear on 2 December, and take effect on 3 December" / "take effect
        # on 4 December")
        for da, pa in left_a:
            same = [x for x in left_b if da.cue and x[0].cue == da.cue]
            if (
                len(same) == 1
                and sum(y[0].cue == da.cue for y in left_a) == 1
                and _dates_conflict(pa, same[0][1])
            ):
                out.append(DateDiff(da, same[0][0], CONFLICT))
    out.extend(_weekday_diff(a, b, out))
    # a year alone is compared only when both date one event of the same kind: "was built in
    # 1986" / "built in 1988"
    years_b = {d.event: d for d in b if d.event and not d.dateline}
    for da in a:
        db = years_b.get(da.event) if da.event and not da.dateline else None
        if (
            db is not None
            and sum(d.event == da.event for d in a) == 1
            and sum(d.event == db.event for d in b) == 1
        ):
            out.append(DateDiff(da, db, AGREE if da.iso == db.iso else CONFLICT))
    return tuple(out)
