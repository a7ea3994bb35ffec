"""Quantities and dates in text, each quantity as an interval (STUB: to be replaced)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

CONFLICT, DIFFER, QUALIFIER, AGREE = "conflict", "differ", "qualifier", "agree"


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


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date mention normalised to ISO form (``2024-08-01``, ``2024-08`` or ``2024``)."""

    start: int
    end: int
    text: str
    iso: str


@dataclass(frozen=True, slots=True)
class NumberDiff:
    """Two quantities of the same measured thing, one per side, and their verdict."""

    a: Quantity
    b: Quantity
    status: str
    unit: str


_NUM = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> tuple[Quantity, ...]:
    """Quantities in ``text[start:end]``; offsets are into ``text``."""
    end = len(text) if end is None else end
    out = []
    for m in _NUM.finditer(text, start, end):
        v = float(m.group().replace(",", ""))
        out.append(Quantity(m.start(), m.end(), m.group(), v, v, v, "", "", "", "="))
    return tuple(out)


def find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateValue, ...]:
    """Dates in ``text[start:end]``; offsets are into ``text``."""
    return ()


def compare_numbers(a: Sequence[Quantity], b: Sequence[Quantity]) -> tuple[NumberDiff, ...]:
    """Pair quantities that measure the same thing and give each pair a status."""
    out = []
    for qa in a:
        for qb in b:
            if qa.measure and qa.measure == qb.measure:
                if qa.high < qb.low or qb.high < qa.low:
                    st = CONFLICT
                elif qa.value != qb.value:
                    st = DIFFER
                elif qa.relation != qb.relation:
                    st = QUALIFIER
                else:
                    st = AGREE
                out.append(NumberDiff(qa, qb, st, qa.measure))
    return tuple(out)


def interval_text(q: Quantity) -> str:
    """The interval in words for people: ``10,000 or more``."""
    if math.isinf(q.high):
        return f"{q.low:,.0f} or more"
    return f"{q.low:,.0f}–{q.high:,.0f}" if q.low != q.high else f"{q.low:,.0f}"
