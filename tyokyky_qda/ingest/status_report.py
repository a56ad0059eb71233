"""Project status reports (as filed in Hankesalkku): labelled fields become sections, and the
project, measure and reporting period become source attributes.

A field starts at a line "Label: value" or a line holding only the label (a heading), and runs
to the next field. The label set is configurable: canonical label → the spellings accepted.
Reports come as .docx/.pdf/.txt (one report per file) or as rows of an .xlsx export.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Section

DEFAULT_LABELS: dict[str, list[str]] = {
    "Hanke": ["Hanke", "Hankkeen nimi", "Projekti", "Project"],
    "Toimenpide": ["Toimenpide", "Toimenpidekokonaisuus", "Measure"],
    "Raportointijakso": ["Raportointijakso", "Raportointikausi", "Seurantajakso", "Reporting period"],
    "Tila": ["Tila", "Hankkeen tila", "Tilanne", "Status"],
    "Eteneminen": ["Eteneminen", "Edistyminen", "Toteutuneet toimenpiteet", "Progress"],
    "Riskit": ["Riskit", "Riskit ja haasteet", "Haasteet", "Risks"],
    "Seuraavat toimenpiteet": ["Seuraavat toimenpiteet", "Seuraavat askeleet", "Tulevat toimenpiteet", "Next steps"],
}
DEFAULT_ATTRIBUTES = ("Hanke", "Toimenpide", "Raportointijakso", "Tila")
PERIOD_LABEL = "Raportointijakso"
PERIOD_START = "Raportointijakson alku"
_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")


@dataclass
class ReportLabels:
    """The field labels of a status report and which of them become attributes."""

    labels: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_LABELS.items()})
    attributes: tuple[str, ...] = DEFAULT_ATTRIBUTES
    _regex: Optional[re.Pattern] = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path) -> "ReportLabels":
        """Read {"labels": {canonical: [spellings]}, "attributes": [canonical...]} from JSON."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            labels = {str(k): [str(x) for x in ([k] + list(v))] for k, v in data["labels"].items()}
            attrs = tuple(data.get("attributes", [a for a in DEFAULT_ATTRIBUTES if a in labels]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserError(N_("cannot read the report label file {path}: {error}", path=path, error=exc)) from None
        return cls(labels, attrs)

    def canonical(self, text: str) -> Optional[str]:
        """The canonical label a spelling stands for (case-insensitive)."""
        key = " ".join(text.strip().rstrip(":").split()).casefold()
        for canon, spellings in self.labels.items():
            if key in (s.casefold() for s in spellings):
                return canon
        return None

    def line_regex(self) -> re.Pattern:
        """Matches "Label: value", "Label<TAB>value" or a line holding only the label."""
        if self._regex is None:
            spellings = sorted({s for v in self.labels.values() for s in v}, key=len, reverse=True)
            alternatives = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in spellings)
            self._regex = re.compile(rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?P<label>{alternatives})[ \t]*"
                                     rf"(?:(?:[:：]|\t)[ \t]*(?P<rest>.*?)|)[ \t]*$", re.I | re.M)
        return self._regex


@dataclass
class Field:
    """One labelled field: its canonical label and the range of its value in the text."""

    label: str
    start: int
    end: int


def find_fields(text: str, labels: ReportLabels) -> list[Field]:
    """The fields of a report text, in order."""
    marks = []
    for m in labels.line_regex().finditer(text):
        canon = labels.canonical(m.group("label"))
        if canon:
            value_at = m.start("rest") if m.group("rest") else m.end() + 1
            marks.append((canon, m.start(), min(value_at, len(text))))
    fields = []
    for i, (canon, _line_start, value_at) in enumerate(marks):
        limit = marks[i + 1][1] if i + 1 < len(marks) else len(text)
        start, end = value_at, limit
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        fields.append(Field(canon, start, end))
    return fields


def looks_like_status_report(text: str, labels: ReportLabels) -> bool:
    """Three or more different labels, each at most a few times, one of them naming the project,
    measure or period (so a report with headings "Tilanne" and "Riskit" stays a document)."""
    found = [f.label for f in find_fields(text[:50000], labels)]
    identity = set(labels.attributes) - {"Tila"}
    return len(set(found)) >= 3 and len(found) <= 4 * len(set(found)) and bool(identity & set(found))


def report_parts(text: str, labels: ReportLabels) -> tuple[list[Section], dict[str, str]]:
    """The field sections of a report and its attribute values (the first value of each label)."""
    sections, attrs = [], {}
    for f in find_fields(text, labels):
        if f.end > f.start:
            sections.append(Section(f.start, f.end, kind="field", label=f.label))
            value = " ".join(text[f.start:f.end].split())
            if f.label in labels.attributes and f.label not in attrs and len(value) <= 200:
                attrs[f.label] = value
    period = attrs.get(PERIOD_LABEL)
    start = period_start(period) if period else None
    if start:
        attrs[PERIOD_START] = start.isoformat()
    return sections, attrs


def period_start(text: str) -> Optional[dt.date]:
    """The first day of a reporting period written in the usual Finnish ways.

    "1.1.–28.2.2022", "1.1.2022–28.2.2022", "2022-01-01", "tammi–helmikuu 2022", "1–2/2022",
    "01/2022", "Q1/2022", "kevät 2022", "2022".
    """
    text = text.strip().lower()
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", text)
    year = re.search(r"(?:19|20)\d{2}", text)
    if m and (m.group(3) or year):
        return _date(int(m.group(3) or year.group()), int(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d{1,2})\s*(?:[-–]\s*\d{1,2})?\s*/\s*((?:19|20)\d{2})", text)
    if m:
        return _date(int(m.group(2)), int(m.group(1)), 1)
    m = re.search(r"\bq([1-4])\b.*?((?:19|20)\d{2})|((?:19|20)\d{2}).*?\bq([1-4])\b", text)
    if m:
        quarter, yr = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return _date(int(yr), 3 * int(quarter) - 2, 1)
    if year:
        for i, stem in enumerate(_MONTHS, start=1):
            if re.search(rf"\b{stem}", text):
                return _date(int(year.group()), i, 1)
        season = {"kevät": 1, "kevä": 1, "kesä": 6, "syksy": 8, "syys": 8, "talvi": 12}
        for stem, month in season.items():
            if stem in text:
                return _date(int(year.group()), month, 1)
        return _date(int(year.group()), 1, 1)
    return None


def _date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def export_columns(headers: list[str], labels: ReportLabels) -> dict[int, str]:
    """Column index → canonical label for the columns of a status-report export."""
    return {i: c for i, h in enumerate(headers) if (c := labels.canonical(h))}


def looks_like_status_export(headers: list[str], labels: ReportLabels) -> bool:
    """Three or more columns named by report labels."""
    return len(set(export_columns(headers, labels).values())) >= 3


def row_report(headers: list[str], row: list[str], labels: ReportLabels) -> tuple[str, list[Section], dict]:
    """One row of an export as report text ("Label: value" paragraphs), sections and attributes.

    Columns named by report labels become fields; other columns with long text become fields
    under their header; other short values become attributes under their header.
    """
    named = export_columns(headers, labels)
    parts, sections, attrs, pos = [], [], {}, 0
    for i, header in enumerate(headers):
        value = row[i] if i < len(row) else ""
        if not value:
            continue
        label = named.get(i)
        if label is None and len(value) <= 80 and "\n" not in value:
            attrs[header] = value
            continue
        head = ("\n\n" if parts else "") + f"{label or header}: "
        parts.append(head + value)
        sections.append(Section(pos + len(head), pos + len(head) + len(value), kind="field", label=label or header))
        pos += len(head) + len(value)
        if label in labels.attributes and len(value) <= 200:
            attrs[label] = " ".join(value.split())
    if attrs.get(PERIOD_LABEL) and period_start(attrs[PERIOD_LABEL]):
        attrs[PERIOD_START] = period_start(attrs[PERIOD_LABEL]).isoformat()
    return "".join(parts), sections, attrs
