"""Write every report table of a project at once (the demo's ``--no-gui`` output).

The bundle holds: the measures × goals effect matrix (Table 4), the results per goal (Tables 5–9,
from the stored findings tables or, without any, a draft of quotes), the survey tables and charts
(Table 3, Figures 1–3), code frequencies by source kind, and the coded segments as a workbook.
Reports whose material the project lacks (no survey, a codebook without measures) are skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, sub_progress
from tyokyky_qda.export import write_report
from tyokyky_qda.export.catalog import ReportOptions, build_report
from tyokyky_qda.export.model import Report

_NAMES = {"matrix": ("matriisi-toimenpiteet-tavoitteet", "matrix-measures-goals"),
          "findings": ("tulokset-tavoitteittain", "results-by-goal"),
          "survey": ("kysely", "survey"),
          "frequencies": ("koodien-frekvenssit", "code-frequencies"),
          "segments": ("koodatut-segmentit", "coded-segments")}


def _plan(lang: str) -> list[tuple[str, ReportOptions, bool]]:
    """(report, options, workbook only) in the order they are written."""
    return [("matrix", ReportOptions(lang=lang, drop_empty="groups"), False),
            ("findings", ReportOptions(lang=lang, drop_empty="groups"), False),
            ("survey", ReportOptions(lang=lang), False),
            ("frequencies", ReportOptions(lang=lang, by="source_kind"), False),
            ("segments", ReportOptions(lang=lang), True)]


def export_report_bundle(project, out_dir, formats=("xlsx", "docx", "pdf"), lang: str = "fi",
                         progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
                         pseudonymise: bool = False,
                         on_skip: Optional[Callable[[str, str], None]] = None) -> list[Path]:
    """Write all report tables into ``out_dir`` in each format; returns the files written.

    The coded segments go only into an XLSX workbook (tens of thousands of quotes are a
    spreadsheet, not a document). ``on_skip(report, reason)`` hears about reports left out.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    formats = [f.lower().lstrip(".") for f in formats]
    plan = _plan(lang)
    written: list[Path] = []
    for step, (name, options, workbook_only) in enumerate(plan):
        check_cancel(cancel)
        report_progress = sub_progress(progress, step / len(plan), (step + 1) / len(plan))
        report_progress(0.0, _NAMES[name][lang == "en"])  # the report's file name: in the report language
        options.pseudonymise = pseudonymise
        try:
            report = build_report(project, name, options, progress=sub_progress(report_progress, 0, 0.5),
                                  cancel=cancel)
        except UserError as exc:
            if on_skip:
                on_skip(name, str(exc))
            continue
        if not _has_content(report):
            if on_skip:
                on_skip(name, t("no_value", lang))
            continue
        stem = _NAMES[name][lang == "en"]
        targets = ["xlsx"] if workbook_only else formats
        for k, fmt in enumerate(targets):
            check_cancel(cancel)
            written.extend(write_report(report, out / f"{stem}.{fmt}"))
            report_progress(0.5 + 0.5 * (k + 1) / len(targets), f"{stem}.{fmt}")
    if progress:
        progress(1.0, "")
    return written


def _has_content(report: Report) -> bool:
    return any(len(item.frame) for item in report.items)
