"""Apply the demo corpus's codings (demo-coding.json): quotes anchored to files, coded by two
fictional coders, so the demo project has content for every report and for agreement."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.model import Coding
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.demo.quotes import WhitespaceIndex


@dataclass
class DemoCodingReport:
    """What was applied and what could not be placed."""

    applied: int = 0
    not_found: list[str] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)


def _source_for(entry: dict, by_path: dict[str, list[int]], names: dict[int, str]) -> list[int]:
    """Candidate sources of an entry: the file's source(s), narrowed by respondent or row."""
    ids = by_path.get(entry["file"].replace("\\", "/"), [])
    key = entry.get("respondent") or entry.get("row")
    if key and len(ids) > 1:
        named = [i for i in ids if str(key) in names[i]]
        return named or ids
    return ids


def apply_demo_codings(project, coding_file: Path, corpus_dir: Path, progress: Optional[ProgressFn] = None,
                       cancel: Optional[CancelFn] = None) -> DemoCodingReport:
    """Add the codings of ``coding_file`` to sources imported from ``corpus_dir``."""
    data = json.loads(Path(coding_file).read_text(encoding="utf-8"))
    report = DemoCodingReport()
    corpus_dir = Path(corpus_dir).resolve()
    by_path: dict[str, list[int]] = {}
    sources = project.sources()
    names = {s.id: s.name for s in sources}
    for s in sources:
        try:
            rel = Path(s.original_path.split("#")[0]).resolve().relative_to(corpus_dir).as_posix()
        except (ValueError, OSError):
            continue
        by_path.setdefault(rel, []).append(s.id)
    indexes: dict[int, WhitespaceIndex] = {}
    paths = {p: cid for cid, p in project.code_paths().items()}
    batch = []
    entries = data.get("codings", [])
    for i, entry in enumerate(entries):
        check_cancel(cancel)
        if progress and i % 50 == 0:
            progress(i / max(1, len(entries)), "demo codings")
        placed = None
        for sid in _source_for(entry, by_path, names):
            index = indexes.setdefault(sid, WhitespaceIndex(project.source_text(sid)))
            placed = index.find(entry["quote"])
            if placed:
                placed = (sid, *placed)
                break
        if placed is None:
            report.not_found.append(f"{entry['file']}: {entry['quote'][:60]}")
            continue
        for path in entry["codes"]:
            code_id = paths.get(path)
            if code_id is None:
                report.unknown_codes.append(path)
                continue
            batch.append(Coding(source_id=placed[0], code_id=code_id, start=placed[1], end=placed[2],
                                coder=entry["coder"], origin="manual", memo=entry.get("memo", "")))
    if batch:
        report.applied = len(project.add_codings(batch, action="demo codings").created.get("codings", []))
    if progress:
        progress(1.0, "demo codings")
    return report
