"""What the writers write: a report is a list of captioned tables and charts.

Builders (``export/reports.py``) turn analysis results into ``ReportTable`` and ``ReportChart``
items with their captions, source lines and notes already in the report language and already
pseudonymised; writers (xlsx, csv, docx, pdf, html) only lay them out. A table's ``frame`` is
exactly what lands in the file's cells, so tests can read an XLSX back and compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Union

import pandas as pd


@dataclass
class ReportTable:
    """One captioned table.

    ``group_col`` names a column holding row groups (the measure groups of Table 4): XLSX keeps
    it as a column, CSV leaves it out, DOCX/PDF/HTML turn it into group heading rows.
    ``marks`` maps (row position, column name) of overridden cells to their note; ``indent``
    gives each row's indent level for the first column (code trees).
    """

    key: str
    title: str
    frame: pd.DataFrame
    source_line: str = ""
    notes: list[str] = field(default_factory=list)
    group_col: Optional[str] = None
    marks: dict[tuple[int, str], str] = field(default_factory=dict)
    indent: Optional[list[int]] = None
    kind: str = "table"            # table | matrix | quotes | findings | survey
    widths: dict[str, float] = field(default_factory=dict)  # relative column widths (chars)
    fills: dict[tuple[int, str], str] = field(default_factory=dict)  # cell background "#rrggbb"

    @property
    def body_columns(self) -> list[str]:
        """The columns shown as table columns (all but the group column)."""
        return [c for c in self.frame.columns if c != self.group_col]

    def column_chars(self, column: str) -> float:
        """A column's comfortable width in characters: its width hint, or its typical text
        length, at least its longest word, at most 45."""
        if column in self.widths:
            return float(self.widths[column])
        values = [str(v) for v in self.frame[column].head(300).tolist()]
        lengths = [len(v) for v in values] or [0]
        longest_word = max([len(w) for v in values + [str(column)] for w in v.split()] + [3])
        # Row labels (the first column) read best unbroken; other columns take their typical length.
        typical = max(lengths) if column == self.body_columns[0] else sum(lengths) / len(lengths)
        return float(min(45, max(4, longest_word + 1, typical)))

    @property
    def wide(self) -> bool:
        """True when the table reads better on a landscape page (more than ~100 characters)."""
        return self.kind in ("matrix", "findings") or sum(self.column_chars(c) for c in self.body_columns) > 100


@dataclass
class ReportChart:
    """One captioned chart: ``likert`` (stacked 1–5 bars with "En osaa sanoa" apart) or ``bars``
    (counts per option). ``data`` is the SurveyTable it draws; ``frame`` its numbers as a table."""

    key: str
    title: str
    kind: str
    data: object
    frame: pd.DataFrame
    source_line: str = ""
    notes: list[str] = field(default_factory=list)
    subtitle: str = ""
    lang: str = "fi"


Item = Union[ReportTable, ReportChart]


@dataclass
class Report:
    """A titled list of tables and charts in one language."""

    title: str
    items: list[Item] = field(default_factory=list)
    lang: str = "fi"

    @property
    def tables(self) -> list[ReportTable]:
        """The tables, in order."""
        return [i for i in self.items if isinstance(i, ReportTable)]

    @property
    def wide(self) -> bool:
        """True when any table wants a landscape page."""
        return any(isinstance(i, ReportTable) and i.wide for i in self.items)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text without the control characters XML formats refuse (form feeds from PDFs, vertical
    tabs from Word line breaks), with Windows and old Mac line ends made "\n"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def safe_key(text: str, limit: int = 31) -> str:
    """A sheet name / file-name part: no []:*?/\\ characters, at most ``limit`` characters."""
    cleaned = re.sub(r"[\[\]:*?/\\]+", " ", text).strip() or "taulukko"
    return cleaned[:limit].rstrip()


def unique_keys(items: list[Item], limit: int = 31) -> list[str]:
    """Sheet names for items, unique case-insensitively as Excel wants."""
    seen: set[str] = set()
    out = []
    for item in items:
        base = safe_key(item.key, limit)
        name, n = base, 2
        while name.lower() in seen:
            suffix = f" ({n})"
            name = base[:limit - len(suffix)] + suffix
            n += 1
        seen.add(name.lower())
        out.append(name)
    return out
