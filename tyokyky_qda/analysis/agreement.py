"""Inter-coder agreement: percent agreement, Cohen's kappa and Krippendorff's alpha (nominal).

Every (unit, code) pair is a binary decision per coder: did the coder apply the code to the unit?
Units are characters of the sources every listed coder coded, the sections (turns, answers,
fields) of those sources, or whole sources. Per code, the decisions of all units are summarised
by ``x`` = how many coders applied the code to each unit; the statistics only need the histogram
of ``x`` and each coder's total, so 2.5 million characters × 60 codes take well under a second.

Formulas (checked in the tests against the ``krippendorff`` package and a textbook kappa):
- percent agreement: share of units where all coders made the same decision;
- Cohen's kappa (two coders): (p_o - p_e) / (1 - p_e), p_e from each coder's own marginals;
- Krippendorff's alpha, nominal, no missing values: 1 - D_o / D_e with
  D_o = Σ_u 2·x_u·(m - x_u) / (m - 1) and D_e = 2·n_0·n_1 / (n - 1), n = N·m pairable values.
"Overall" pools the binary decisions of all codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import numpy as np

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

UNITS = ("character", "segment", "source")
LOW_PREVALENCE = 0.10


@dataclass
class Tally:
    """Sufficient statistics of binary decisions: histogram of x and per-coder totals."""

    coders: int
    units: int = 0
    hist: np.ndarray = field(default=None)  # hist[k] = units where exactly k coders applied the code
    totals: np.ndarray = field(default=None)  # totals[j] = units where coder j applied the code

    def __post_init__(self):
        if self.hist is None:
            self.hist = np.zeros(self.coders + 1, dtype=np.int64)
        if self.totals is None:
            self.totals = np.zeros(self.coders, dtype=np.int64)

    def add(self, other: "Tally") -> None:
        """Pool another tally into this one."""
        self.units += other.units
        self.hist += other.hist
        self.totals += other.totals


def percent_agreement(t: Tally) -> Optional[float]:
    """Share of units where every coder decided the same; None without units."""
    if t.units == 0:
        return None
    return float(t.hist[0] + t.hist[t.coders]) / t.units


def cohen_kappa(t: Tally) -> Optional[float]:
    """Cohen's kappa for exactly two coders; None if undefined (p_e = 1) or not two coders."""
    if t.coders != 2 or t.units == 0:
        return None
    n = t.units
    p_o = float(t.hist[0] + t.hist[2]) / n
    p1, p2 = t.totals[0] / n, t.totals[1] / n
    p_e = p1 * p2 + (1 - p1) * (1 - p2)
    if p_e >= 1.0 - 1e-12:
        return None
    return float((p_o - p_e) / (1 - p_e))


def krippendorff_alpha(t: Tally) -> Optional[float]:
    """Krippendorff's alpha (nominal, binary, no missing data); None when there is no variation."""
    m = t.coders
    if m < 2 or t.units == 0:
        return None
    k = np.arange(m + 1)
    d_o = float(np.sum(t.hist * 2.0 * k * (m - k) / (m - 1)))
    n = t.units * m
    n1 = float(np.sum(t.hist * k))
    n0 = n - n1
    d_e = 2.0 * n0 * n1 / (n - 1)
    if d_e == 0:
        return None
    return 1.0 - d_o / d_e


def _tally_from_presence(presence: np.ndarray) -> Tally:
    """presence: coders × units boolean matrix."""
    m, n = presence.shape
    x = presence.sum(axis=0)
    return Tally(coders=m, units=n, hist=np.bincount(x, minlength=m + 1).astype(np.int64),
                 totals=presence.sum(axis=1).astype(np.int64))


def _union(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _char_tally(length: int, per_coder: list[list[tuple[int, int]]]) -> Tally:
    """Character units by a sweep over range boundaries: O(k log k), not O(text length)."""
    m = len(per_coder)
    unions = [_union(r) for r in per_coder]
    events: dict[int, int] = {}
    for u in unions:
        for s, e in u:
            events[s] = events.get(s, 0) + 1
            events[e] = events.get(e, 0) - 1
    hist = np.zeros(m + 1, dtype=np.int64)
    pos, depth = 0, 0
    for point in sorted(events):
        hist[depth] += point - pos
        depth += events[point]
        pos = point
    hist[0] += length - pos
    totals = np.array([sum(e - s for s, e in u) for u in unions], dtype=np.int64)
    return Tally(coders=m, units=length, hist=hist, totals=totals)


def _segment_presence(bounds: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    """Which of the sections (rows of bounds: start, end) overlap any of the ranges."""
    out = np.zeros(len(bounds), dtype=bool)
    for s, e in ranges:
        out |= (bounds[:, 0] < e) & (bounds[:, 1] > s)
    return out


def _stats(t: Tally) -> dict:
    prevalence = None if t.units == 0 else float(t.units - t.hist[0]) / t.units
    return {"percent": percent_agreement(t), "kappa": cohen_kappa(t), "alpha": krippendorff_alpha(t),
            "units": int(t.units), "prevalence": prevalence,
            "coded_by": {str(j): int(v) for j, v in enumerate(t.totals)}}


def compute_agreement(project, coders: Sequence[str], unit: str = "character",
                      code_ids: Optional[Sequence[int]] = None, source_ids: Optional[Sequence[int]] = None,
                      include_autocoded: bool = False,
                      progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> dict:
    """Agreement of ``coders`` per code and overall, in the JSON shape of ``tyokyky-qda agreement``.

    Sources default to those every listed coder has coded; codes default to every code any of
    them applied there. Autocoded codings (speaker or survey-question codes made by an import)
    are no coder's judgement and are left out unless ``include_autocoded``.
    """
    if unit not in UNITS:
        raise UserError(N_("unknown unit {unit!r} (one of {choices})", unit=unit, choices=", ".join(UNITS)))
    coders = [c.strip() for c in coders if c.strip()]
    if len(set(coders)) < 2:
        raise UserError(N_("agreement needs at least two different coders"))
    known = {c["name"]: c["id"] for c in project.coders()}
    missing = [c for c in coders if c not in known]
    if missing:
        if not known:
            raise UserError(N_("no coder named {names} (coders: none)", names=", ".join(missing)))
        raise UserError(N_("no coder named {names} (coders: {coders})", names=", ".join(missing),
                           coders=", ".join(sorted(known))))
    coder_ids = [known[c] for c in coders]
    marks = ",".join("?" for _ in coder_ids)
    rows = project.conn.execute(
        f"SELECT source_id, code_id, coder_id, start, end FROM codings WHERE coder_id IN ({marks})"
        + ("" if include_autocoded else " AND origin != 'autocode'"), coder_ids).fetchall()
    if source_ids is None:
        by_source: dict[int, set] = {}
        for s, _, k, _, _ in rows:
            by_source.setdefault(s, set()).add(k)
        source_ids = sorted(s for s, ks in by_source.items() if len(ks) == len(coder_ids))
    source_set = set(source_ids)
    codings: dict[tuple[int, int], list[list[tuple[int, int]]]] = {}
    index = {k: j for j, k in enumerate(coder_ids)}
    wanted = set(code_ids) if code_ids is not None else None
    for s, c, k, start, end in rows:
        if s in source_set and (wanted is None or c in wanted):
            codings.setdefault((c, s), [[] for _ in coder_ids])[index[k]].append((start, end))
    codes = sorted(wanted if wanted is not None else {c for c, _ in codings})
    per_code = {c: Tally(len(coder_ids)) for c in codes}
    unit_counts = {}
    for i, sid in enumerate(source_ids):
        check_cancel(cancel)
        if progress:
            progress(i / max(1, len(source_ids)), N_("source {source_id}", source_id=sid))
        n_units, make = _unit_maker(project, sid, unit)
        unit_counts[sid] = n_units
        for c in codes:
            ranges = codings.get((c, sid))
            if ranges is None:  # nobody coded it here: all units agree on "absent"
                per_code[c].add(Tally(len(coder_ids), n_units,
                                      np.array([n_units] + [0] * len(coder_ids), dtype=np.int64)))
                continue
            if unit == "character":
                per_code[c].add(_char_tally(n_units, ranges))
            else:
                per_code[c].add(_tally_from_presence(np.vstack([make(r) for r in ranges])))
    return _report(project, coders, unit, per_code, unit_counts)


def _unit_maker(project, source_id: int, unit: str):
    """(number of units, function ranges → presence vector) for one source."""
    if unit == "character":
        length = project.conn.execute("SELECT length(text) FROM sources WHERE id=?", (source_id,)).fetchone()[0]
        return length, None
    if unit == "source":
        return 1, lambda ranges: np.array([bool(ranges)])
    sections = [(s.start, s.end) for s in project.sections(source_id) if s.end > s.start]
    if not sections:  # a source without structure is one segment
        sections = [(0, len(project.source_text(source_id)))]
    bounds = np.array(sections, dtype=np.int64)
    return len(bounds), lambda ranges: _segment_presence(bounds, ranges)


def _report(project, coders, unit, per_code: dict[int, Tally], unit_counts: dict) -> dict:
    paths = project.code_paths()
    overall = Tally(len(coders))
    codes_out, warnings = [], []
    for code_id, tally in per_code.items():
        overall.add(tally)
        stats = _stats(tally)
        codes_out.append({"code": code_id, "path": paths.get(code_id, str(code_id)), **stats})
        if stats["prevalence"] is not None and stats["prevalence"] < LOW_PREVALENCE and stats["percent"]:
            warnings.append(N_("{code}: applied to {share:.1%} of units; percent agreement is dominated by "
                               "uncoded text — read kappa/alpha instead", code=paths.get(code_id),
                               share=stats["prevalence"]))
    overall_stats = _stats(overall)
    if overall_stats["prevalence"] is not None and overall_stats["prevalence"] < LOW_PREVALENCE:
        warnings.insert(0, N_("overall: codes cover {share:.1%} of the (unit, code) decisions, so percent "
                              "agreement mostly measures agreement on uncoded text",
                              share=overall_stats["prevalence"]))
    if not unit_counts:
        warnings.insert(0, N_("no source has been coded by all of these coders"))
    return {"unit": unit, "coders": list(coders), "units": int(sum(unit_counts.values())),
            "sources": sorted(unit_counts), "overall": overall_stats, "codes": codes_out,
            "warnings": warnings,
            "method": ("binary present/absent decision per unit and code; overall pools all codes; "
                       "kappa only for two coders; alpha nominal")}
