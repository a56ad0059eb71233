"""Disagreement review: where two coders' codings of one source differ, and recording the
consensus ("keep A", "keep B", "keep both") as codings by a consensus coder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Coding

CONSENSUS_CODER = "Konsensus"


@dataclass
class Disagreement:
    """One code on one stretch of text where coders A and B differ."""

    source_id: int
    code_id: int
    start: int
    end: int
    a: list[Coding] = field(default_factory=list)  # A's codings of the code overlapping the stretch
    b: list[Coding] = field(default_factory=list)


def _clusters(codings: list[Coding]) -> list[list[Coding]]:
    """Group overlapping codings (of one code) into connected stretches."""
    out: list[list[Coding]] = []
    end = -1
    for c in sorted(codings, key=lambda c: (c.start, c.end)):
        if out and c.start < end:
            out[-1].append(c)
            end = max(end, c.end)
        else:
            out.append([c])
            end = c.end
    return out


def find_disagreements(project, source_id: int, coder_a: str, coder_b: str,
                       code_ids: Optional[list[int]] = None) -> list[Disagreement]:
    """Stretches where A and B did not apply a code to exactly the same ranges, in text order."""
    if coder_a == coder_b:
        raise UserError(N_("choose two different coders"))
    out = []
    both = [c for c in project.codings(source_id=source_id) if c.coder in (coder_a, coder_b)
            and (code_ids is None or c.code_id in code_ids)]
    by_code: dict[int, list[Coding]] = {}
    for c in both:
        by_code.setdefault(c.code_id, []).append(c)
    for code_id, codings in by_code.items():
        for cluster in _clusters(codings):
            a = [c for c in cluster if c.coder == coder_a]
            b = [c for c in cluster if c.coder == coder_b]
            if sorted((c.start, c.end) for c in a) != sorted((c.start, c.end) for c in b):
                out.append(Disagreement(source_id, code_id, min(c.start for c in cluster),
                                        max(c.end for c in cluster), a, b))
    return sorted(out, key=lambda d: (d.start, d.code_id))


def resolve(project, d: Disagreement, keep: str, consensus_coder: str = CONSENSUS_CODER) -> Changes:
    """Record the consensus for one disagreement: keep "a", "b" or "both"."""
    if keep not in ("a", "b", "both"):
        raise UserError(N_("keep must be a, b or both"))
    chosen = {"a": d.a, "b": d.b, "both": d.a + d.b}[keep]
    codings = [Coding(source_id=d.source_id, code_id=d.code_id, start=c.start, end=c.end,
                      coder=consensus_coder, origin="consensus", memo=f"keep {keep}") for c in chosen]
    if not codings:  # keeping the side that had nothing: record that by removing nothing
        return Changes(action="resolve disagreement")
    return project.add_codings(codings, action="resolve disagreement")
