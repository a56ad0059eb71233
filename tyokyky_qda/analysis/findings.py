"""Findings tables (framework matrices / summary tables): the researcher's summary per cell.

A findings table has rows (measures or cases) and columns (goals or research tasks) given as axis
specs. Each cell holds summary bullets, optionally the measure's aim/content for that column, and
links to the segments that support it. ``draft_findings`` fills empty cells with the most relevant
quotes so the researcher starts from evidence, not a blank page. Exports show the grid, or one
two-column table per column in the form of the report's Tables 5–9.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import pandas as pd

from tyokyky_qda.analysis.axes import Axis, parse_axis
from tyokyky_qda.analysis.frames import load_frames
from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.matrix import DEFAULT_COLS, DEFAULT_ROWS, MatrixResult, compute_matrix
from tyokyky_qda.analysis.retrieval import segment_table
from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

BULLET = "• "
QUOTE_CHARS = 320


@dataclass
class FindingsCell:
    """One cell: bullets (summary lines), content, status and links to segments."""

    row_key: str
    col_key: str
    bullets: list[str] = field(default_factory=list)
    content: str = ""
    status: str = "final"
    links: list[dict] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when the cell has neither bullets nor content."""
        return not self.bullets and not self.content.strip()


@dataclass
class FindingsGrid:
    """A findings table with its axes, its cells and the evidence matrix behind it."""

    table_id: int
    name: str
    rows: Axis
    cols: Axis
    cells: dict[tuple[str, str], FindingsCell]
    evidence: MatrixResult

    def cell(self, row_key: str, col_key: str) -> FindingsCell:
        """A cell (an empty one when nothing was written)."""
        return self.cells.get((row_key, col_key)) or FindingsCell(row_key, col_key)

    def frame(self) -> pd.DataFrame:
        """The grid: one row per row item, one column per column item, bullets as text."""
        data = {c.label: [_bullets_text(self.cell(r.key, c.key)) for r in self.rows.items] for c in self.cols.items}
        return pd.DataFrame(data, index=[r.label for r in self.rows.items])

    def column_table(self, col_key: str, lang: str = "fi") -> pd.DataFrame:
        """Tables 5–9 form for one column: measure (aim/content) | results (bullets); rows with
        nothing written are left out."""
        left, right = [], []
        for r in self.rows.items:
            cell = self.cell(r.key, col_key)
            if cell.empty:
                continue
            left.append(r.label + (f"\n{cell.content.strip()}" if cell.content.strip() else ""))
            right.append(_bullets_text(cell))
        return pd.DataFrame({t("measure_content", lang): left, t("results_meaning", lang): right})


def _bullets_text(cell: FindingsCell) -> str:
    return "\n".join(BULLET + b for b in cell.bullets)


def split_bullets(summary: str) -> list[str]:
    """Summary text → bullets: one per non-empty line, leading bullet marks removed."""
    out = []
    for line in summary.splitlines():
        line = line.strip().lstrip("•*-–").strip()
        if line:
            out.append(line)
    return out


def create_findings_table(project, name: str, rows: str = DEFAULT_ROWS, cols: str = DEFAULT_COLS,
                          description: str = "") -> int:
    """Create a findings table over two axes (specs as for matrices); returns its id."""
    frames = load_frames(project)
    row_axis, col_axis = parse_axis(frames, rows), parse_axis(frames, cols)
    return project.add_findings_table(name, row_axis.spec, col_axis.spec, description).id


def load_findings(project, table_id: int, lang: str = "fi") -> FindingsGrid:
    """A findings table with its cells and the segment matrix behind it."""
    spec = next((tb for tb in project.findings_tables() if tb["id"] == table_id), None)
    if spec is None:
        raise NotFound(N_("no findings table with id {table_id}", table_id=table_id))
    evidence = compute_matrix(project, spec["rows_spec"], spec["cols_spec"], "segments", lang=lang,
                              apply_overrides=False)
    cells = {}
    for c in project.findings_cells(table_id):
        cells[(c["row_key"], c["col_key"])] = FindingsCell(c["row_key"], c["col_key"], split_bullets(c["summary"]),
                                                           c["content"] or "", c["status"], c["links"])
    return FindingsGrid(table_id, spec["name"], evidence.rows, evidence.cols, cells, evidence)


def set_finding(project, table_id: int, row_key: str, col_key: str, bullets=None, *, content: Optional[str] = None,
                segment_ids: Optional[list[int]] = None, status: str = "final") -> Changes:
    """Write a cell's bullets (list or text), content and supporting segments (coding ids)."""
    summary = None if bullets is None else ("\n".join(bullets) if isinstance(bullets, (list, tuple)) else bullets)
    links = None
    if segment_ids is not None:
        links = [(c.id, c.source_id, c.start, c.end) for c in (project.coding(i) for i in segment_ids)]
    return project.set_findings_cell(table_id, row_key, col_key, summary=summary, content=content,
                                     status=status, links=links)


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """A segment's text as a one-line quote, cut at a word boundary with "…" when long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + " …"


def pick_quotes(candidates: list[dict], effect_rank: dict[int, int], per_cell: int) -> list[dict]:
    """The most relevant segments of a cell: with an effect code (direct first), of a quotable
    length (around 35 words), and from different sources before a second one from the same.
    ``candidates`` are retrieval rows as dicts (segment_id, source_id, words, ...)."""
    ordered = sorted(candidates, key=lambda c: (effect_rank.get(c["segment_id"], 9), abs(c["words"] - 35),
                                                c["segment_id"]))
    seen: dict[int, int] = {}
    nth = []
    for c in ordered:
        nth.append(seen.get(c["source_id"], 0))
        seen[c["source_id"]] = nth[-1] + 1
    order = sorted(range(len(ordered)), key=lambda i: (nth[i], i))
    return [ordered[i] for i in order[:per_cell]]


def draft_findings(project, table_id: int, *, per_cell: int = 3, overwrite_drafts: bool = True, lang: str = "fi",
                   progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> Changes:
    """Fill empty cells (and earlier drafts) with up to ``per_cell`` quotes, marked as drafts."""
    grid = load_findings(project, table_id, lang)
    writes = draft_cells(project, grid, per_cell=per_cell, overwrite_drafts=overwrite_drafts, lang=lang,
                         progress=progress, cancel=cancel)
    return project.set_findings_cells(table_id, writes, action="draft findings")


def preview_findings(project, rows: str = DEFAULT_ROWS, cols: str = DEFAULT_COLS, *, per_cell: int = 3,
                     name: str = "", lang: str = "fi", progress: Optional[ProgressFn] = None,
                     cancel: Optional[CancelFn] = None) -> FindingsGrid:
    """A draft findings grid computed in memory (nothing stored): quotes in every cell with evidence."""
    evidence = compute_matrix(project, rows, cols, "segments", lang=lang, apply_overrides=False)
    grid = FindingsGrid(0, name or f"{evidence.rows.title} × {evidence.cols.title}", evidence.rows, evidence.cols,
                        {}, evidence)
    for w in draft_cells(project, grid, per_cell=per_cell, lang=lang, progress=progress, cancel=cancel):
        grid.cells[(w["row_key"], w["col_key"])] = FindingsCell(
            w["row_key"], w["col_key"], split_bullets(w["summary"]), "", "draft",
            [{"coding_id": c, "source_id": s, "start": a, "end": b} for c, s, a, b in w["links"]])
    return grid


def draft_cells(project, grid: FindingsGrid, *, per_cell: int = 3, overwrite_drafts: bool = True,
                lang: str = "fi", progress: Optional[ProgressFn] = None,
                cancel: Optional[CancelFn] = None) -> list[dict]:
    """Draft cell contents (dicts for ``Project.set_findings_cells``) for the grid's empty cells."""
    frames = load_frames(project)
    ev = grid.evidence
    effect_ranks = _effect_ranks(project, grid)
    segs = frames.codings[frames.codings["id"].isin(set(ev.cells["segment_id"].astype(int).tolist()))]
    rows = {r["segment_id"]: r for r in segment_table(frames, segs, lang=lang).to_dict("records")}
    writes = []
    keys = [(r.key, c.key) for r in grid.rows.items for c in grid.cols.items]
    for n, (rk, ck) in enumerate(keys):
        check_cancel(cancel)
        if progress and n % 10 == 0:
            progress(n / max(1, len(keys)), N_("draft"))
        current = grid.cells.get((rk, ck))
        if current is not None and not current.empty and not (overwrite_drafts and current.status == "draft"):
            continue
        ids = ev.segment_ids(rk, ck)
        if not ids:
            continue
        best = pick_quotes([rows[i] for i in ids], effect_ranks, per_cell)
        bullets = [f"”{quote(r['text'])}” ({r['reference']})" for r in best]
        links = [(int(r["segment_id"]), int(r["source_id"]), int(r["start"]), int(r["end"])) for r in best]
        writes.append({"row_key": rk, "col_key": ck, "summary": "\n".join(bullets), "status": "draft",
                       "content": current.content if current else None, "links": links})
    return writes


def _effect_ranks(project, grid: FindingsGrid) -> dict[int, int]:
    """Segment id → effect level rank (0 = strongest), when the project has the effect group."""
    try:
        eff = compute_matrix(project, grid.rows.spec, grid.cols.spec, "effect", apply_overrides=False)
    except UserError:  # no effect group in this codebook: rank all alike
        return {}
    cells = eff.cells
    return dict(zip(cells["segment_id"].astype(int), cells["effect_rank"].astype(int)))
