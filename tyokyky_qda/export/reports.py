"""Turn analysis results into captioned report tables (in the report language, pseudonymised).

Each builder takes a ``Redactor`` and passes every text it puts into a table through it: quotes
with their offsets, names and labels as free text.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pandas as pd

from tyokyky_qda.analysis.findings import FindingsGrid
from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.matrix import MatrixResult
from tyokyky_qda.export.model import ReportTable
from tyokyky_qda.export.redact import Redactor

EFFECT_FILLS = ("#9dc3e6", "#deebf7", "#f2f2f2")   # strongest level first
MARK = " *"
_CELL_NAMES = {"segments": ("segmenttien määrä", "number of segments"), "sources": ("lähteiden määrä", "number of sources"),
               "percent-row": ("rivin %-osuus", "row percentage"), "percent-col": ("sarakkeen %-osuus", "column percentage"),
               "presence": ("esiintyminen", "presence"), "effect": ("vahvin vaikutus", "strongest effect")}


def source_line(project, lang: str = "fi", detail: str = "") -> str:
    """"Lähde: tyokyky-qda, projekti X (2025-03-12); detail"."""
    today = dt.date.today().isoformat()
    line = f"{t('source_line', lang)}: {t('generated_by', lang)} {project.name} ({today})"
    return line + (f"; {detail}" if detail else "")


def _n_segments(n: int, lang: str) -> str:
    return f"n = {n} " + ("segmenttiä" if lang == "fi" else "segments")


def matrix_table(project, result: MatrixResult, lang: str = "fi", red: Optional[Redactor] = None,
                 title: str = "") -> ReportTable:
    """A matrix as a report table: group column (if grouped), row labels, one column per column
    label; overridden cells end in " *" and are explained in the notes."""
    red = red or Redactor()
    table = result.table
    row_head = red.name(table.index.name or t("value", lang))
    cols = [red.name(c) for c in table.columns]
    frame = pd.DataFrame({row_head: [red.name(r) for r in table.index]})
    grouped = result.rows.grouped
    if grouped:
        frame.insert(0, t("group", lang), [red.name(i.group) for i in result.rows.items])
    for j, col in enumerate(cols):
        frame[col] = [_cell_value(v, result.cell) for v in table.iloc[:, j]]
    out = ReportTable(key="Matriisi" if lang == "fi" else "Matrix", title=title or _matrix_title(result, lang),
                      frame=frame, kind="matrix", group_col=t("group", lang) if grouped else None,
                      source_line=source_line(project, lang, _n_segments(int(result.cells["segment_id"].nunique()), lang)))
    if result.cell == "effect":
        fills = {name: EFFECT_FILLS[min(i, 2)] for i, name in enumerate(result.effect_levels)}
        for r in range(len(frame)):
            for c in cols:
                value = str(frame.at[r, c]).removesuffix(MARK)
                if value in fills:
                    out.fills[(r, c)] = fills[value]
        out.notes.append("Solussa vahvin samaan katkelmaan koodattu vaikutuksen taso; tyhjä solu: ei näyttöä "
                         "vaikutuksesta." if lang == "fi" else "Each cell shows the strongest effect level coded "
                         "on the same passages; an empty cell: no evidence of an effect.")
    _mark_overrides(result, frame, cols, out, red, lang)
    return out


def _cell_value(value, cell: str):
    if cell == "presence":
        return "x" if bool(value) else ""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value


def _matrix_title(result: MatrixResult, lang: str) -> str:
    if result.cell == "effect" and result.rows.title and result.cols.title:
        return f"{t('matrix_title', lang)} ({t('effect_note', lang)})" if result.rows.spec.startswith("group:") \
            else f"{result.rows.title} × {result.cols.title} ({_CELL_NAMES['effect'][lang == 'en']})"
    return f"{result.rows.title} × {result.cols.title} ({_CELL_NAMES[result.cell][lang == 'en']})"


def _mark_overrides(result: MatrixResult, frame: pd.DataFrame, cols: list[str], out: ReportTable,
                    red: Redactor, lang: str) -> None:
    keys_r, keys_c = result.row_keys, result.col_keys
    for (rk, ck), o in result.overrides.items():
        r, c = keys_r.index(rk), keys_c.index(ck)
        col = cols[c]
        frame.at[r, col] = f"{frame.at[r, col]}{MARK}"
        note = f"{t('override_note', lang)}: {frame.iat[r, 1 if out.group_col else 0]} – {col}"
        if o["memo"]:
            note += f": {red.name(o['memo'])}"
        evidence = _cell_value(o["evidence"], result.cell)
        note += f" ({'aineiston mukaan' if lang == 'fi' else 'evidence'}: {evidence if evidence != '' else '–'})"
        out.marks[(r, col)] = note
        out.notes.append(note)


def segments_tables(project, segments: pd.DataFrame, lang: str = "fi", red: Optional[Redactor] = None,
                    split: bool = True) -> list[ReportTable]:
    """Coded segments as quote tables, one per top-level code group (or one for all)."""
    red = red or Redactor()
    if segments.empty:
        return [ReportTable("Segmentit" if lang == "fi" else "Segments", t("segments_title", lang),
                            pd.DataFrame(columns=_segment_columns(lang)), kind="quotes",
                            source_line=source_line(project, lang, _n_segments(0, lang)))]
    roots = segments["code_path"].str.split("/").str[0]
    groups = list(dict.fromkeys(roots)) if split else [None]
    out = []
    for root in groups:
        part = segments if root is None else segments[roots == root]
        frame = pd.DataFrame({
            t("code", lang): part["code"].to_numpy(),
            t("reference", lang): [red.name(r, s) for r, s in zip(part["reference"], part["source_id"])],
            t("question", lang): [red.name(q, s) for q, s in zip(part["question"], part["source_id"])],
            t("text", lang): [red.quote(s, a, b, x) for s, a, b, x in
                              zip(part["source_id"], part["start"], part["end"], part["text"])],
            t("coder", lang): part["coder"].to_numpy(),
            "ID": part["segment_id"].astype(int).to_numpy(),
        })
        title = t("segments_title", lang) + (f": {root}" if root else "")
        out.append(ReportTable(root or t("segments_title", lang), title, frame, kind="quotes",
                               source_line=source_line(project, lang, _n_segments(len(frame), lang)),
                               widths={t("code", lang): 22, t("reference", lang): 24, t("question", lang): 22,
                                       t("text", lang): 70, t("coder", lang): 10, "ID": 7}))
    return out


def _segment_columns(lang: str) -> list[str]:
    return [t(k, lang) for k in ("code", "reference", "question", "text", "coder")] + ["ID"]


def frequency_table(project, df: pd.DataFrame, lang: str = "fi", measure: str = "segments",
                    red: Optional[Redactor] = None, title: str = "") -> ReportTable:
    """Code frequencies: code names (indented by depth), one column per value, total."""
    red = red or Redactor()
    values = [c for c in df.columns if c not in ("code_id", "depth", "code", "code_path")]
    frame = pd.DataFrame({t("code", lang): df["code"].to_numpy()})
    for c in values:
        frame[red.name(c)] = df[c].to_numpy()
    what = {"segments": ("segmentit", "segments"), "sources": ("lähteet", "sources"),
            "words": ("sanat", "words")}[measure][lang == "en"]
    return ReportTable("Frekvenssit" if lang == "fi" else "Frequencies",
                       title or f"{t('frequencies_title', lang)} ({what})", frame,
                       indent=df["depth"].astype(int).tolist(), source_line=source_line(project, lang),
                       widths={t("code", lang): 45})


def simple_table(project, key: str, title: str, frame: pd.DataFrame, lang: str = "fi",
                 red: Optional[Redactor] = None, index_label: str = "", **extra) -> ReportTable:
    """Any DataFrame as a report table (its index becomes the first column when labelled)."""
    red = red or Redactor()
    if index_label:
        frame = frame.copy()
        frame.index = [red.name(i) for i in frame.index]
        frame = frame.rename_axis(index_label).reset_index()
    frame.columns = [red.name(str(c)) for c in frame.columns]
    return ReportTable(key, title, frame.reset_index(drop=True), source_line=source_line(project, lang), **extra)


def findings_report_tables(project, grid: FindingsGrid, lang: str = "fi", red: Optional[Redactor] = None,
                           form: str = "columns") -> list[ReportTable]:
    """A findings table as one grid, or one two-column table per column (Tables 5–9 form)."""
    red = red or Redactor()

    def clean(text: str, row_key: str, col_key: str) -> str:
        links = grid.cell(row_key, col_key).links
        return red.name(text, links[0]["source_id"] if links else 0)

    if form == "grid":
        frame = grid.frame()
        for ci, c in enumerate(grid.cols.items):
            frame.iloc[:, ci] = [clean(v, r.key, c.key) for v, r in zip(frame.iloc[:, ci], grid.rows.items)]
        frame.columns = [red.name(c) for c in frame.columns]
        frame.index = [red.name(i) for i in frame.index]
        frame = frame.rename_axis(red.name(grid.rows.title)).reset_index()
        group = None
        if grid.rows.grouped:
            frame.insert(0, t("group", lang), [red.name(i.group) for i in grid.rows.items])
            group = t("group", lang)
        name = red.name(grid.name)
        return [ReportTable(name[:31] or "Havainnot", name, frame, kind="findings", group_col=group,
                            source_line=source_line(project, lang), notes=_draft_note(grid, lang))]
    out = []
    for c in grid.cols.items:
        frame = grid.column_table(c.key, lang)
        if frame.empty:
            continue
        rows = [r for r in grid.rows.items if not grid.cell(r.key, c.key).empty]
        frame.iloc[:, 1] = [clean(v, r.key, c.key) for v, r in zip(frame.iloc[:, 1], rows)]
        frame.iloc[:, 0] = [clean(v, r.key, c.key) for v, r in zip(frame.iloc[:, 0], rows)]
        label = red.name(c.label)
        out.append(ReportTable(label, f"{label}: {t('findings_title', lang)}", frame, kind="table",
                               source_line=source_line(project, lang), notes=_draft_note(grid, lang, c.key),
                               widths={frame.columns[0]: 32, frame.columns[1]: 68}))
    return out


def _draft_note(grid: FindingsGrid, lang: str, col_key: Optional[str] = None) -> list[str]:
    drafts = [k for k, c in grid.cells.items() if c.status == "draft" and (col_key is None or k[1] == col_key)]
    if not drafts:
        return []
    return ["Luonnos: osa soluista on koottu automaattisesti aineistolainauksista, ja ne odottavat tutkijan "
            "tiivistystä." if lang == "fi" else "Draft: some cells were filled automatically with quotes and "
            "await the researcher's summary."]
