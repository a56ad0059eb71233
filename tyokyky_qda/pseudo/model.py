"""Plain types of pseudonymisation: what detection finds in one text, and a stored finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class NameToken:
    """One word of a name: as written, its best lemma, and every lemma it might have.

    ``lemmas`` lets "Pekan" (lemma "Pekka", or by mistake "Peka") meet "Pekka" written out, so
    inflected variants of one name become one entity.
    """

    text: str
    lemma: str
    lemmas: frozenset = frozenset()


@dataclass
class Candidate:
    """An identifier found in one text: ``text[start:end]`` of category ``category``.

    ``key`` names the entity it belongs to (a lemma for names, a normalised form for codes,
    numbers and addresses); ``tokens`` carries the words of a name so entities can be matched
    on lemmas across inflected forms. ``origin`` says which detector found it.
    """

    start: int
    end: int
    text: str
    category: str
    key: str
    origin: str
    tokens: tuple = ()
    label: str = ""

    def overlaps(self, other: "Candidate") -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass
class Finding:
    """A stored finding with its entity and the pseudonym it gets.

    It is a range of a source's text, or of a memo's text when ``memo_id`` is set (``source_id`` 0).
    """

    id: int
    source_id: int
    start: int
    end: int
    text: str
    category: str
    entity_id: Optional[int]
    status: str
    origin: str
    replacement: str = ""
    entity_label: str = ""
    entity_number: int = 0
    memo_id: int = 0

    def as_json(self) -> dict:
        """The finding as the CLI's JSON contract has it (plus id, status and origin); a finding in a
        memo has "source" null and "memo" its memo's id."""
        return {"id": self.id, "source": self.source_id or None, "memo": self.memo_id or None,
                "start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "entity": self.entity_id, "replacement": self.replacement, "status": self.status,
                "origin": self.origin}
