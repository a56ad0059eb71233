"""Report-ready exports: XLSX, CSV, DOCX, PDF and HTML (see docs/analysis-api.md).

``write_report(report, path)`` picks the format from the file extension; ``build_report`` (in
``export/catalog.py``) makes a Report from a project, and ``export_report_bundle`` writes every
report table of a project at once.
"""

from __future__ import annotations

from pathlib import Path

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_

FORMATS = (".xlsx", ".csv", ".docx", ".pdf", ".html")


def write_report(report, path) -> list[Path]:
    """Write a Report to ``path`` in the format its extension names; returns the files written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS and suffix != ".htm":
        if not suffix:
            raise UserError(N_("unknown export format (none): use one of {choices}", choices=", ".join(FORMATS)))
        raise UserError(N_("unknown export format {suffix}: use one of {choices}", suffix=suffix,
                           choices=", ".join(FORMATS)))
    if not path.parent.exists():
        raise UserError(N_("folder does not exist: {path}", path=path.parent))
    if suffix == ".xlsx":
        from tyokyky_qda.export.xlsx import write_xlsx
        return [write_xlsx(report, path)]
    if suffix == ".csv":
        from tyokyky_qda.export.csv_writer import write_csv
        return write_csv(report, path)
    if suffix == ".docx":
        from tyokyky_qda.export.docx_writer import write_docx
        return [write_docx(report, path)]
    if suffix == ".pdf":
        from tyokyky_qda.export.pdf_writer import write_pdf
        return [write_pdf(report, path)]
    from tyokyky_qda.export.html_writer import write_html
    return [write_html(report, path)]


def export_report_bundle(project, out_dir, formats=("xlsx", "docx", "pdf"), lang: str = "fi", progress=None,
                         cancel=None, pseudonymise: bool = False, on_skip=None) -> list[Path]:
    """Write all report tables of a project into ``out_dir`` (see ``export/bundle.py``)."""
    from tyokyky_qda.export.bundle import export_report_bundle as bundle
    return bundle(project, out_dir, formats=formats, lang=lang, progress=progress, cancel=cancel,
                  pseudonymise=pseudonymise, on_skip=on_skip)


__all__ = ["FORMATS", "export_report_bundle", "write_report"]
