"""What the GUI's import dialogs call: preview a file, inspect a survey, import with a mapping.

- ``detect(path)``: the kind a file would be imported as, or why it cannot be.
- ``inspect_survey(path)``: the columns of a survey export with guessed roles and examples, for
  the mapping dialog; edit ``inspection.mapping`` and pass it to ``import_survey``.
- ``import_survey(project, path, mapping)`` and ``import_paths`` (re-exported) do the work.
- speaker functions (re-exported from ``speakers``) act on transcripts already in the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import message_of
from tyokyky_qda.core.progress import CancelFn, ProgressFn
from tyokyky_qda.ingest.parsers import SUPPORTED_EXTS, ParseOptions, parse_file, unsupported_reason
from tyokyky_qda.ingest.registry import ImportReport, import_paths
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits, check_file
from tyokyky_qda.ingest.speakers import autocode_speaker, autocode_speakers, speakers_of, speakers_to_cases
from tyokyky_qda.ingest.survey_guess import ColumnProfile, guess_mapping, profile
from tyokyky_qda.ingest.survey_mapping import ROLES, ColumnRole, SurveyMapping
from tyokyky_qda.ingest.table_reader import read_table

__all__ = ["detect", "file_dialog_filters", "inspect_survey", "import_survey", "import_paths", "ImportReport", "SurveyInspection",
           "SurveyMapping", "ColumnRole", "ROLES", "SUPPORTED_EXTS", "speakers_of", "speakers_to_cases",
           "autocode_speakers", "autocode_speaker"]


@dataclass
class SurveyInspection:
    """A survey export as the mapping dialog shows it."""

    path: Path
    headers: list[str]
    rows: int
    mapping: SurveyMapping                      # complete: every column has a role
    profiles: list[ColumnProfile] = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def columns(self) -> list[dict]:
        """One row per column: name, role, reason, filled, distinct, examples (for a table view)."""
        by_name = {p.column: p for p in self.profiles}
        return [{"column": c.column, "role": c.role, "reason": c.reason, "type": c.type,
                 "question": c.question, "option": c.option, "filled": by_name[c.column].filled,
                 "distinct": by_name[c.column].distinct, "examples": by_name[c.column].examples}
                for c in self.mapping.columns]


def inspect_survey(path, *, mapping: Optional[SurveyMapping] = None, limits: Limits = DEFAULT_LIMITS) -> SurveyInspection:
    """Read a survey export and guess every column's role (roles in ``mapping`` are kept)."""
    path = Path(path)
    check_file(path, limits)
    table = read_table(path, sheet=mapping.sheet if mapping else None,
                       header_rows=mapping.header_rows if mapping else None,
                       delimiter=mapping.delimiter if mapping else None, limits=limits)
    full = guess_mapping(table, mapping)
    return SurveyInspection(path, table.headers, len(table.rows), full, profile(table), table.notes)


def import_survey(project, path, mapping: Optional[SurveyMapping] = None, *, attributes: Optional[dict] = None,
                  progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> ImportReport:
    """Import one survey export with an explicit mapping (one transaction)."""
    return import_paths(project, [path], kind="survey", mapping=mapping, attributes=attributes,
                        progress=progress, cancel=cancel)


def file_dialog_filters() -> list[tuple[str, list[str]]]:
    """(label, glob patterns) pairs for an "Import files" dialog, everything first."""
    groups = [("Tekstit ja asiakirjat", [".txt", ".md", ".docx", ".pdf", ".rtf", ".odt", ".html", ".htm"]),
              ("Litteraatit", [".txt", ".docx", ".vtt", ".srt"]), ("Kyselyt ja viennit", [".csv", ".tsv", ".xlsx"]),
              ("REFI-QDA", [".qdpx", ".qdc"])]
    everything = sorted(SUPPORTED_EXTS)
    return [("Kaikki tuetut", [f"*{e}" for e in everything])] + [(label, [f"*{e}" for e in exts])
                                                                  for label, exts in groups]


def detect(path, *, kind: str = "auto", limits: Limits = DEFAULT_LIMITS) -> dict:
    """{"kind": what the file would become, "sources": how many, "notes": ...} or {"error": reason}."""
    path = Path(path)
    reason = unsupported_reason(path)
    if reason:
        return {"path": str(path), "error": reason}
    try:
        parsed = parse_file(path, ParseOptions(kind=kind, limits=limits))
    except ImportFailed as exc:
        return {"path": str(path), "error": message_of(exc)}
    count = len(parsed.survey.respondents) if parsed.survey else len(parsed.sources)
    notes = parsed.survey.notes if parsed.survey else (parsed.sources[0].source.import_notes if parsed.sources else {})
    return {"path": str(path), "kind": parsed.kind, "sources": count, "notes": notes}
