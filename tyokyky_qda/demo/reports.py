"""The demo's report outputs: every report table, the agreement report and a coded-segments
workbook, written into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from tyokyky_qda.core.progress import CancelFn, ProgressFn, sub_progress

DEMO_CODERS = ("Aino Arvioija", "Ville Vertailija")


def write_demo_reports(project, out_dir: Path, progress: Optional[ProgressFn] = None,
                       cancel: Optional[CancelFn] = None) -> list[Path]:
    """Write the report bundle (XLSX, DOCX, PDF) and the agreement report into ``out_dir``."""
    from tyokyky_qda.analysis.agreement import compute_agreement
    from tyokyky_qda.export.bundle import export_report_bundle
    from tyokyky_qda.team.agreement_report import write_agreement_report

    out_dir.mkdir(parents=True, exist_ok=True)
    written = list(export_report_bundle(project, out_dir, formats=("xlsx", "docx", "pdf"), lang="fi",
                                        progress=sub_progress(progress, 0.0, 0.9), cancel=cancel))
    coders = {c["name"] for c in project.coders()}
    if set(DEMO_CODERS) <= coders:
        result = compute_agreement(project, list(DEMO_CODERS), unit="segment")
        for suffix in (".xlsx", ".docx"):
            written.append(write_agreement_report(result, out_dir / f"yhtapitavyys{suffix}"))
    if progress:
        progress(1.0, "reports written")
    return written
