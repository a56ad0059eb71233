"""The merge plan: every proposed match, reviewable (accept, reject, re-map) before writing."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.team.alignment import TextAligner
from tyokyky_qda.team.matching import DEFAULT_THRESHOLD, CodeMatch, code_infos, match_codes

# Two texts of the same name are treated as versions of one source only this similar or more.
MIN_TEXT_SIMILARITY = 0.5


@dataclass
class SourceMatch:
    """How a source of the other project lands in ours."""

    other: int
    other_name: str
    target: Optional[int]
    target_name: str
    method: str  # hash | name+align | new
    score: float
    decision: str = "accept"  # accept | reject (reject: import as a new source)

    def as_dict(self) -> dict:
        """JSON form."""
        return dict(self.__dict__)


@dataclass
class MergePlan:
    """Proposed matches for sources and codes; edit ``decision``/``target`` then apply."""

    other_path: str
    threshold: float
    sources: list[SourceMatch] = field(default_factory=list)
    codes: list[CodeMatch] = field(default_factory=list)

    def as_dict(self) -> dict:
        """JSON form (the CLI's --json and --plan files)."""
        return {"other": self.other_path, "threshold": self.threshold,
                "sources": [s.as_dict() for s in self.sources], "codes": [c.as_dict() for c in self.codes]}

    def save(self, path: Path) -> None:
        """Write the plan for review."""
        Path(path).write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "MergePlan":
        """Read a reviewed plan."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(other_path=data["other"], threshold=data["threshold"],
                       sources=[SourceMatch(**s) for s in data["sources"]],
                       codes=[CodeMatch(**c) for c in data["codes"]])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UserError(N_("{path}: not a merge plan ({error})", path=path, error=exc)) from exc

    def summary(self) -> dict:
        """Counts by method and decision."""
        out: dict[str, int] = {}
        for kind, items in (("sources", self.sources), ("codes", self.codes)):
            for m in items:
                key = f"{kind}.{m.method}" + ("" if m.decision == "accept" else ".rejected")
                out[key] = out.get(key, 0) + 1
        return out


def plan_merge(target, other, threshold: float = DEFAULT_THRESHOLD) -> MergePlan:
    """Propose matches of the other project's sources and codes onto the target's."""
    plan = MergePlan(other_path=str(other.path), threshold=threshold)
    plan.codes = match_codes(code_infos(other), code_infos(target), threshold)
    by_hash = {s.content_hash: s for s in target.sources()}
    by_name: dict[str, list] = {}
    for s in target.sources():
        by_name.setdefault(s.name.casefold(), []).append(s)
    used: set[int] = set()
    for s in other.sources():
        hit = by_hash.get(s.content_hash)
        if hit is not None:
            plan.sources.append(SourceMatch(s.id, s.name, hit.id, hit.name, "hash", 100.0))
            used.add(hit.id)
            continue
        cands = [c for c in by_name.get(s.name.casefold(), []) if c.id not in used]
        if cands:
            other_text, target_text = other.source_text(s.id), target.source_text(cands[0].id)
            ratio = min(len(other_text), len(target_text)) / max(1, len(other_text), len(target_text))
            sim = TextAligner(other_text, target_text).similarity() if ratio >= MIN_TEXT_SIMILARITY else ratio
            if sim >= MIN_TEXT_SIMILARITY:
                plan.sources.append(SourceMatch(s.id, s.name, cands[0].id, cands[0].name, "name+align",
                                                round(sim * 100, 1)))
                used.add(cands[0].id)
                continue
        plan.sources.append(SourceMatch(s.id, s.name, None, "", "new", 0.0))
    return plan
