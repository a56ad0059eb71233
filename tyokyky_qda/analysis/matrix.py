"""Matrices (crosstabs) of coded segments, including the measures × goals effect matrix (Table 4).

The *base* segments of a matrix are the codings of its column code group (or, when only the rows
are a code group, of the row group; with no code group, every coding). Each base segment falls
under row and column items (see ``axes.members``); a cell collects the base segments under both.

Cell kinds: ``segments`` (count), ``sources`` (distinct sources), ``percent-row`` and
``percent-col`` (share of the row's or column's segment total), ``presence`` (any segment) and
``effect``: the strongest effect code co-applied with the cell's segments, where the effect
group's children are the levels in order of strength ("Suora vaikutus" before "Välillinen
vaikutus"). Evaluator overrides from the project replace cell values and are listed in
``MatrixResult.overrides``; every cell keeps the ids of the segments behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.arrays import member_mask, unique_ints
from tyokyky_qda.analysis.axes import Axis, fill_items, members, parse_axis, resolve_code
from tyokyky_qda.analysis.frames import Frames, load_frames
from tyokyky_qda.analysis.overlap import overlap_frame
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

CELL_KINDS = ("segments", "sources", "percent-row", "percent-col", "presence", "effect")
DROP_EMPTY = ("none", "rows", "groups")
DEFAULT_ROWS, DEFAULT_COLS, DEFAULT_EFFECT_GROUP = "group:Toimenpiteet", "group:Tavoitteet", "Vaikutukset"
_NO_EFFECT = np.int64(1_000_000)


@dataclass
class MatrixResult:
    """A computed matrix: the table plus everything needed to trace and override its cells."""

    table: pd.DataFrame              # index: row labels; columns: column labels
    counts: pd.DataFrame             # segment counts, same shape
    rows: Axis
    cols: Axis
    cell: str
    matrix_key: str
    cells: pd.DataFrame              # long: row_key, col_key, segment_id, source_id, effect
    effect_levels: list[str] = field(default_factory=list)
    overrides: dict = field(default_factory=dict)  # (row_key, col_key) → {"value", "memo", "evidence"}
    _by_cell: Optional[dict] = field(default=None, repr=False)
    row_keys_all: list = field(default_factory=list, repr=False)  # row keys before dropping empty rows

    @property
    def row_keys(self) -> list[str]:
        """Row item keys in table order."""
        return [i.key for i in self.rows.items]

    @property
    def col_keys(self) -> list[str]:
        """Column item keys in table order."""
        return [i.key for i in self.cols.items]

    def key_of(self, row, col) -> tuple[str, str]:
        """(row_key, col_key) from labels, keys or positions."""
        return (_find(row, self.row_keys, list(self.table.index)),
                _find(col, self.col_keys, list(self.table.columns)))

    def segment_ids(self, row, col) -> list[int]:
        """The ids of the segments (codings) behind a cell, strongest effect first."""
        return self.segments_by_cell().get(self.key_of(row, col), [])

    def segments_by_cell(self) -> dict[tuple[str, str], list[int]]:
        """Every non-empty cell's segment ids by (row_key, col_key), strongest effect first."""
        if self._by_cell is None:
            cells = self.cells
            n_c = max(1, len(self.cols.items))
            flat = cells["row"].to_numpy() * n_c + cells["col"].to_numpy()
            order = np.lexsort((cells["segment_id"].to_numpy(), cells["effect_rank"].to_numpy(), flat))
            flat, ids = flat[order], cells["segment_id"].to_numpy()[order]
            starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]]) if len(flat) else np.empty(0, dtype=int)
            bounds = np.r_[starts, len(flat)]
            row_keys, col_keys = self.row_keys_all, self.col_keys
            self._by_cell = {(row_keys[flat[a] // n_c], col_keys[flat[a] % n_c]): ids[a:b].astype(int).tolist()
                             for a, b in zip(bounds[:-1], bounds[1:])}
        return self._by_cell

    def row_groups(self) -> list[tuple[str, list[str]]]:
        """Consecutive runs of row labels that share a group label, in order."""
        out: list[tuple[str, list[str]]] = []
        for item, label in zip(self.rows.items, self.table.index):
            if not out or out[-1][0] != item.group:
                out.append((item.group, []))
            out[-1][1].append(label)
        return out


def _find(ref, keys: list[str], labels: list[str]) -> str:
    if isinstance(ref, (int, np.integer)):
        return keys[int(ref)]
    if ref in keys:
        return ref
    if ref in labels:
        return keys[labels.index(ref)]
    raise UserError(N_("no row or column {ref!r} in the matrix", ref=ref))


def matrix_key(rows: Axis, cols: Axis, cell: str) -> str:
    """The name overrides are stored under."""
    return f"rows={rows.spec}|cols={cols.spec}|cell={cell}"


def compute_matrix(project, rows: str = DEFAULT_ROWS, cols: str = DEFAULT_COLS, cell: str = "effect", *,
                   effect_group: str = DEFAULT_EFFECT_GROUP, filter: Optional[SegmentFilter] = None,
                   lang: str = "fi", drop_empty: str = "none", apply_overrides: bool = True,
                   progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> MatrixResult:
    """Compute a matrix; rows/cols are axis specs (``group:NAME``, ``attribute:NAME``, ``source``,
    ``case``, ``coder``). The defaults give the measures × goals effect matrix of Table 4."""
    if cell not in CELL_KINDS:
        raise UserError(N_("unknown cell kind {cell!r} (one of {choices})", cell=cell, choices=", ".join(CELL_KINDS)))
    if drop_empty not in DROP_EMPTY:
        raise UserError(N_("drop_empty must be one of {choices}", choices=", ".join(DROP_EMPTY)))
    frames = load_frames(project)
    row_axis, col_axis = parse_axis(frames, rows, lang), parse_axis(frames, cols, lang)
    flt = filter or SegmentFilter()
    pool = flt.codings(frames)
    base_axis = col_axis if col_axis.is_code else row_axis if row_axis.is_code else None
    segs = pool if base_axis is None else pool[member_mask(pool["code_id"].to_numpy(), base_axis.code_map)]
    segs = segs[flt.keep(frames, segs)].reset_index(drop=True) if not flt.empty else segs.reset_index(drop=True)
    check_cancel(cancel)
    col_m = members(frames, col_axis, segs, pool, base=base_axis is col_axis)
    row_m = members(frames, row_axis, segs, pool, base=base_axis is row_axis)
    fill_items(frames, col_axis, col_m, lang)
    fill_items(frames, row_axis, row_m, lang)
    check_cancel(cancel)
    if progress:
        progress(0.5, N_("matrix"))
    seg, r, c = _join(len(segs), row_m.seg, row_m.positions(row_axis), col_m.seg, col_m.positions(col_axis))
    levels, ranks = _effect_ranks(frames, effect_group, segs, pool, lang) if cell == "effect" else ([], None)
    cells = _long_cells(segs, seg, r, c, ranks, levels, row_axis, col_axis)
    result = _assemble(row_axis, col_axis, cell, cells, levels)
    if apply_overrides:
        _apply_overrides(project, result, lang)
    if drop_empty != "none":
        _drop_empty(result, drop_empty)
    return result


def _join(n_segs: int, r_seg, r_pos, c_seg, c_pos) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(seg, row position, column position) for every segment under a row and a column item."""
    if len(c_seg) == 0 or len(r_seg) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    if np.bincount(c_seg, minlength=n_segs).max() <= 1:  # one column per segment: index, no merge
        col_of = np.full(n_segs, -1, dtype=np.int64)
        col_of[c_seg] = c_pos
        keep = col_of[r_seg] >= 0
        return r_seg[keep], r_pos[keep], col_of[r_seg[keep]]
    joined = pd.DataFrame({"seg": r_seg, "r": r_pos}).merge(pd.DataFrame({"seg": c_seg, "c": c_pos}), on="seg")
    return joined["seg"].to_numpy(), joined["r"].to_numpy(), joined["c"].to_numpy()


def _effect_ranks(frames: Frames, effect_group: str, segs: pd.DataFrame, pool: pd.DataFrame,
                  lang: str) -> tuple[list[str], np.ndarray]:
    """Effect level names (strongest first) and each segment's strongest co-applied level."""
    group_id = resolve_code(frames, effect_group)
    levels = frames.children.get(group_id, []) or [group_id]
    rank_of = {d: r for r, level in enumerate(levels) for d in frames.descendants(level)}
    coded = pool[member_mask(pool["code_id"].to_numpy(), rank_of)]
    ranks = np.full(len(segs), _NO_EFFECT, dtype=np.int64)
    ia, ib = overlap_frame(segs, coded)
    if len(ia):
        np.minimum.at(ranks, ia, coded["code_id"].map(rank_of).to_numpy()[ib].astype(np.int64))
    return [frames.code_label(level, lang) for level in levels], ranks


def _long_cells(segs: pd.DataFrame, seg, r, c, ranks: Optional[np.ndarray], levels: list[str],
                rows: Axis, cols: Axis) -> pd.DataFrame:
    """One row per (segment, cell): row/col position and key, segment and source id, effect."""
    rank = ranks[seg] if ranks is not None else np.full(len(seg), _NO_EFFECT, dtype=np.int64)
    return pd.DataFrame({
        "row": r, "col": c,
        "row_key": pd.Categorical.from_codes(r, categories=[i.key for i in rows.items]),
        "col_key": pd.Categorical.from_codes(c, categories=[i.key for i in cols.items]),
        "segment_id": segs["id"].to_numpy()[seg], "source_id": segs["source_id"].to_numpy()[seg],
        "effect_rank": rank,
        "effect": pd.Categorical.from_codes(np.minimum(rank, len(levels)), categories=levels + [""]),
    })


def _assemble(rows: Axis, cols: Axis, cell: str, cells: pd.DataFrame, levels: list[str]) -> MatrixResult:
    n_r, n_c = len(rows.items), len(cols.items)
    flat = cells["row"].to_numpy() * n_c + cells["col"].to_numpy()
    counts = pd.DataFrame(np.bincount(flat, minlength=n_r * n_c).reshape(n_r, n_c).astype(np.int64))
    if cell == "segments":
        table = counts.copy()
    elif cell == "sources":
        src = cells["source_id"].to_numpy()
        pairs = unique_ints(flat * (int(src.max(initial=0)) + 1) + src) // (int(src.max(initial=0)) + 1)
        table = pd.DataFrame(np.bincount(pairs, minlength=n_r * n_c).reshape(n_r, n_c).astype(np.int64))
    elif cell in ("percent-row", "percent-col"):
        axis = 1 if cell == "percent-row" else 0
        totals = counts.sum(axis=axis)
        table = (counts.div(totals.replace(0, np.nan), axis=1 - axis) * 100).fillna(0.0).round(1)
    elif cell == "presence":
        table = counts > 0
    else:
        best = np.full(n_r * n_c, _NO_EFFECT, dtype=np.int64)
        np.minimum.at(best, flat, cells["effect_rank"].to_numpy())
        names = np.array(levels + [""], dtype=object)
        table = pd.DataFrame(names[np.minimum(best, len(levels))].reshape(n_r, n_c), dtype=object)
    labels_r, labels_c = _unique_labels(rows), _unique_labels(cols)
    for df in (table, counts):
        df.index, df.columns = labels_r, labels_c
    table.index.name, table.columns.name = rows.title, cols.title
    return MatrixResult(table=table, counts=counts, rows=rows, cols=cols, cell=cell,
                        matrix_key=matrix_key(rows, cols, cell), cells=cells, effect_levels=levels,
                        row_keys_all=[i.key for i in rows.items])


def _unique_labels(axis: Axis) -> list[str]:
    labels, seen, out = axis.labels(), {}, []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} [{seen[label]}]")
    return out


def _apply_overrides(project, result: MatrixResult, lang: str) -> None:
    rows, cols = result.row_keys, result.col_keys
    found = [o for o in project.matrix_overrides(result.matrix_key)
             if o["row_key"] in rows and o["col_key"] in cols]  # a gone row/column keeps its judgement unseen
    if found and result.cell not in ("effect", "presence"):
        result.table = result.table.astype(object)
    for o in found:
        r, c = rows.index(o["row_key"]), cols.index(o["col_key"])
        evidence = result.table.iat[r, c]
        value = o["value"]
        if result.cell in ("segments", "sources", "percent-row", "percent-col"):
            value = _as_number(value)
        elif result.cell == "presence":
            value = str(value).strip().lower() in ("1", "x", "true", "yes", "kyllä", "k")
        result.table.iat[r, c] = value
        result.overrides[(o["row_key"], o["col_key"])] = {"value": o["value"], "memo": o["memo"],
                                                          "evidence": evidence, "author": o["author"]}


def _as_number(value: str):
    try:
        num = float(str(value).replace(",", "."))
        return int(num) if num.is_integer() else num
    except ValueError:
        return value


def _drop_empty(result: MatrixResult, how: str) -> None:
    """Drop rows without segments (or whole row groups without any) — overridden rows stay."""
    has = (result.counts.sum(axis=1) > 0).to_numpy().copy()
    for r_key, _ in result.overrides:
        has[result.row_keys.index(r_key)] = True
    if how == "groups":
        groups = [i.group for i in result.rows.items]
        live = {g for g, h in zip(groups, has) if h}
        has = np.array([g in live for g in groups])
    keep = np.nonzero(has)[0]
    result.rows.items = [result.rows.items[i] for i in keep]
    result.table = result.table.iloc[keep]
    result.counts = result.counts.iloc[keep]
