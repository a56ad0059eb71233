"""Which sources the sources list shows: filter by kind, attribute, code and text (pure Python)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class SourceRecord:
    """One row of the sources list."""

    id: int
    name: str
    kind: str
    codings: int
    characters: int


@dataclass
class SourceFilter:
    """The filter settings; empty fields filter nothing."""

    text: str = ""
    kind: str = ""
    code_id: Optional[int] = None
    attribute: str = ""
    value: str = ""

    @property
    def empty(self) -> bool:
        """True when nothing is filtered."""
        return not (self.text or self.kind or self.code_id is not None or self.attribute)


def source_records(project) -> list[SourceRecord]:
    """Every source with its coding count and length."""
    counts = project.source_coding_counts()
    return [SourceRecord(s.id, s.name, s.kind, counts.get(s.id, 0), len(s.text))
            for s in project.sources(with_text=True)]


def filter_sources(project, records: list[SourceRecord], flt: SourceFilter) -> list[SourceRecord]:
    """The records that pass the filter. Text matches the name or the text, case-insensitively."""
    if flt.empty:
        return list(records)
    keep = list(records)
    if flt.kind:
        keep = [r for r in keep if r.kind == flt.kind]
    if flt.code_id is not None:
        ids = {c.source_id for c in project.codings(code_ids=[flt.code_id, *project.descendants(flt.code_id)])}
        keep = [r for r in keep if r.id in ids]
    if flt.attribute:
        table = project.attribute_table("source")
        wanted = flt.value.strip().lower()
        keep = [r for r in keep if flt.attribute in table.get(r.id, {})
                and (not wanted or wanted in str(table[r.id][flt.attribute]).lower())]
    if flt.text:
        needle = flt.text.lower()
        keep = [r for r in keep if needle in r.name.lower() or needle in project.source_text(r.id).lower()]
    return keep
