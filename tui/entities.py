"""Named-entity mentions and spelling-variant clusters across articles (STUB: to be replaced)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PERSON, ORGANIZATION, PLACE, OTHER = "person", "organization", "place", "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as written in one article: span and guessed kind."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity: canonical name, kind, spellings, and mentions (article, start, end)."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    mentions: tuple[tuple[int, int, int], ...]


_CAPS = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def find_mentions(text: str, spans: Sequence[tuple[int, int]]) -> tuple[Mention, ...]:
    """Name mentions inside the given sentence spans of ``text``."""
    out = []
    for s, e in spans:
        for m in _CAPS.finditer(text, s, e):
            if m.start() == s:
                continue
            out.append(Mention(m.start(), m.end(), m.group(), OTHER))
    return tuple(out)


def cluster_entities(mentions: Sequence[Sequence[Mention]]) -> tuple[Entity, ...]:
    """Merge spelling variants across articles; one Entity per cluster, sorted by id."""
    groups: dict[str, list[tuple[int, Mention]]] = {}
    for ai, ms in enumerate(mentions):
        for m in ms:
            groups.setdefault(m.text.lower(), []).append((ai, m))
    out = []
    for key, items in sorted(groups.items()):
        name = items[0][1].text
        out.append(
            Entity(
                id=key,
                name=name,
                kind=items[0][1].kind,
                variants=tuple(sorted({m.text for _, m in items})),
                mentions=tuple((ai, m.start, m.end) for ai, m in items),
            )
        )
    return tuple(out)
