"""The named reports of ``tyokyky-qda export``: build a Report from a project and options.

REPORTS: segments, frequencies, matrix, findings, cooccurrence, words, survey, codebook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from tyokyky_qda.analysis.cooccurrence import cooccurrence
from tyokyky_qda.analysis.findings import load_findings, preview_findings
from tyokyky_qda.analysis.frequencies import codebook_table, code_frequencies
from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.matrix import DEFAULT_COLS, DEFAULT_EFFECT_GROUP, DEFAULT_ROWS, compute_matrix
from tyokyky_qda.analysis.retrieval import retrieve
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.analysis.words import word_frequencies
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn
from tyokyky_qda.export.model import Report
from tyokyky_qda.export.redact import Redactor
from tyokyky_qda.export.reports import (findings_report_tables, frequency_table, matrix_table, segments_tables,
                                        simple_table, source_line)
from tyokyky_qda.export.survey_report import survey_items

REPORTS = ("segments", "frequencies", "matrix", "findings", "cooccurrence", "words", "survey", "codebook")


@dataclass
class ReportOptions:
    """Options of every report (each report reads the ones it needs)."""

    lang: str = "fi"
    pseudonymise: bool = False
    filter: SegmentFilter = field(default_factory=SegmentFilter)
    rows: str = DEFAULT_ROWS
    cols: str = DEFAULT_COLS
    cell: str = "effect"
    effect_group: str = DEFAULT_EFFECT_GROUP
    drop_empty: str = "none"
    query: Optional[str] = None          # segments, words
    by: Optional[str] = None             # frequencies: source_kind, attribute:NAME, case, coder, source
    measure: str = "segments"            # frequencies: segments, sources, words; cooccurrence: segments, sources
    codes: Optional[list] = None         # frequencies, cooccurrence: code groups in scope
    findings_table: Optional[str] = None  # id or name; None: every stored table, or a draft preview
    findings_form: str = "columns"       # columns (Tables 5–9) or grid
    top: int = 50


def _title(project, what: str, lang: str) -> str:
    return f"{project.name}: {what}"


def build_report(project, name: str, options: Optional[ReportOptions] = None,
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> Report:
    """The Report called ``name`` for a project."""
    o = options or ReportOptions()
    if name not in REPORTS:
        raise UserError(N_("unknown report {name!r} (one of {choices})", name=name, choices=", ".join(REPORTS)))
    red = Redactor(project, o.pseudonymise)
    lang = o.lang
    if name == "matrix":
        result = compute_matrix(project, o.rows, o.cols, o.cell, effect_group=o.effect_group, filter=o.filter,
                                lang=lang, drop_empty=o.drop_empty, progress=progress, cancel=cancel)
        table = matrix_table(project, result, lang, red)
        return Report(_title(project, table.title, lang), [table], lang)
    if name == "segments":
        df = retrieve(project, o.query, filter=o.filter, lang=lang, progress=progress, cancel=cancel)
        return Report(_title(project, t("segments_title", lang), lang), segments_tables(project, df, lang, red), lang)
    if name == "frequencies":
        df = code_frequencies(project, o.by, o.measure, codes=o.codes, filter=o.filter, lang=lang,
                              progress=progress, cancel=cancel)
        table = frequency_table(project, df, lang, o.measure, red)
        return Report(_title(project, table.title, lang), [table], lang)
    if name == "cooccurrence":
        df = cooccurrence(project, o.codes, "sources" if o.measure == "sources" else "segments", filter=o.filter,
                          lang=lang, progress=progress, cancel=cancel)
        table = simple_table(project, "Yhteisesiintyminen" if lang == "fi" else "Co-occurrence",
                             t("cooccurrence_title", lang), df, lang, red, index_label=t("code", lang))
        return Report(_title(project, table.title, lang), [table], lang)
    if name == "words":
        df = word_frequencies(project, o.query, by=o.by, filter=o.filter, top=o.top, lang=lang,
                              progress=progress, cancel=cancel)
        df = df.rename(columns={"lemma": t("lemma", lang)})
        table = simple_table(project, "Sanat" if lang == "fi" else "Words", t("words_title", lang), df, lang, red)
        return Report(_title(project, table.title, lang), [table], lang)
    if name == "codebook":
        df = codebook_table(project, lang)
        frame = df[["code", "description", "keywords", "codings"]].rename(columns={
            "code": t("code", lang), "description": t("description", lang), "keywords": t("keywords", lang),
            "codings": t("codings", lang)})
        table = simple_table(project, t("codebook_title", lang), t("codebook_title", lang), frame, lang, red,
                             indent=df["depth"].astype(int).tolist(),
                             widths={t("code", lang): 30, t("description", lang): 60, t("keywords", lang): 35,
                                     t("codings", lang): 10})
        return Report(_title(project, t("codebook_title", lang), lang), [table], lang)
    if name == "survey":
        items = survey_items(project, lang, red)
        if not items:
            raise UserError(N_("the project has no closed survey questions (case attributes of survey respondents)"))
        return Report(_title(project, t("survey_title", lang), lang), items, lang)
    return _findings_report(project, o, red, progress, cancel)


def _findings_report(project, o: ReportOptions, red: Redactor, progress, cancel) -> Report:
    stored = project.findings_tables()
    if o.findings_table is not None:
        ref = str(o.findings_table)
        stored = [s for s in stored if str(s["id"]) == ref or s["name"] == ref]
        if not stored:
            raise UserError(N_("no findings table {ref!r}", ref=ref))
    grids = [load_findings(project, s["id"], o.lang) for s in stored]
    if not grids:
        grids = [preview_findings(project, o.rows, o.cols, lang=o.lang, progress=progress, cancel=cancel)]
    tables = []
    for grid in grids:
        tables.extend(findings_report_tables(project, grid, o.lang, red, o.findings_form))
    title = "Tulokset tavoitteittain" if o.lang == "fi" else "Results by goal"
    return Report(_title(project, title, o.lang), tables, o.lang)


__all__ = ["REPORTS", "ReportOptions", "build_report", "source_line"]
