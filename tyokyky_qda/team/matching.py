"""Matching codes between two codebooks: by GUID, then normalised path, then fuzzily.

Coders write the same code differently ("Työkykykoordinaattorit" / "työkyky-koordinaattori");
normalisation removes case, hyphens, spaces and punctuation, and rapidfuzz scores what remains,
with the definition and keywords as supporting evidence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz

DEFAULT_THRESHOLD = 85.0
_STRIP = re.compile(r"[\W_]+", re.UNICODE)


def normalise(name: str) -> str:
    """Case-folded name without spaces, hyphens or punctuation (NFC, so ä stays ä)."""
    return _STRIP.sub("", unicodedata.normalize("NFC", name).casefold())


def normalise_path(path: str) -> str:
    """A path with each part normalised."""
    return "/".join(normalise(p) for p in path.split("/"))


@dataclass
class CodeInfo:
    """What matching needs to know of one code."""

    key: int
    name: str
    path: str
    guid: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    parent_key: Optional[int] = None


@dataclass
class CodeMatch:
    """A proposed match of a code of the other side to one of ours (or a new code)."""

    other: int
    other_path: str
    target: Optional[int]
    target_path: str
    method: str  # guid | path | fuzzy | new
    score: float
    decision: str = "accept"  # accept | reject (reject: create as a new code)

    def as_dict(self) -> dict:
        """JSON form for plans."""
        return dict(self.__dict__)


def similarity(a: CodeInfo, b: CodeInfo) -> float:
    """0–100: names dominate; definitions and keywords support when both sides have them."""
    name = fuzz.ratio(normalise(a.name), normalise(b.name))
    parts, weights = [name], [0.7]
    if a.description and b.description:
        parts.append(fuzz.token_set_ratio(a.description.casefold(), b.description.casefold()))
        weights.append(0.2)
    if a.keywords and b.keywords:
        parts.append(fuzz.token_set_ratio(" ".join(a.keywords).casefold(), " ".join(b.keywords).casefold()))
        weights.append(0.1)
    score = sum(p * w for p, w in zip(parts, weights)) / sum(weights)
    # A weak name with strong supporting text must not pass on the support alone.
    return min(score, name + 10)


def match_codes(others: list[CodeInfo], targets: list[CodeInfo],
                threshold: float = DEFAULT_THRESHOLD) -> list[CodeMatch]:
    """Propose a match for every code of ``others`` (parents before children)."""
    by_guid = {t.guid.lower(): t for t in targets if t.guid}
    by_path: dict[str, list[CodeInfo]] = {}
    for t in targets:
        by_path.setdefault(normalise_path(t.path), []).append(t)
    used: set[int] = set()
    out: list[CodeMatch] = []
    pending: list[CodeInfo] = []
    for o in others:
        t = by_guid.get(o.guid.lower()) if o.guid else None
        if t is not None:
            out.append(CodeMatch(o.key, o.path, t.key, t.path, "guid", 100.0))
            used.add(t.key)
            continue
        # Several codes of the other side may share a normalised path (drift within one codebook):
        # they all land on the same code, so path matches do not consume their target.
        cands = by_path.get(normalise_path(o.path), [])
        if cands:
            out.append(CodeMatch(o.key, o.path, cands[0].key, cands[0].path, "path",
                                 100.0 if cands[0].path == o.path else 99.0))
            used.add(cands[0].key)
            continue
        pending.append(o)
    for o in pending:
        best, best_score = None, -1.0
        for t in targets:
            if t.key in used:
                continue
            score = similarity(o, t)
            if score > best_score:
                best, best_score = t, score
        if best is not None and best_score >= threshold:
            out.append(CodeMatch(o.key, o.path, best.key, best.path, "fuzzy", round(best_score, 1)))
            used.add(best.key)
        else:
            out.append(CodeMatch(o.key, o.path, None, "", "new", round(max(best_score, 0.0), 1)))
    order = {o.key: i for i, o in enumerate(others)}
    return sorted(out, key=lambda m: order[m.other])


def code_infos(project) -> list[CodeInfo]:
    """The codes of a project as CodeInfo, in tree order."""
    paths = project.code_paths()
    return [CodeInfo(c.id, c.name, paths[c.id], c.guid, c.description, c.keywords, c.parent_id)
            for c in project.codes()]
