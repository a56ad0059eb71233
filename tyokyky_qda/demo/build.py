"""Build the demo project from corpora/tyokykyohjelma-demo: import, cases, codings, NLP, training.

Each step is a plain function reporting progress; ``build_demo_project`` chains them and returns
what it did, so the CLI, the GUI and the tests share one path.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, sub_progress
from tyokyky_qda.store import Project

REPO = Path(__file__).resolve().parents[2]
DEMO_CORPUS = REPO / "corpora" / "tyokykyohjelma-demo"
CORPUS_FOLDERS = ("haastattelut", "kysely", "tilanneraportit", "asiakirjat")


@dataclass
class DemoBuild:
    """What building the demo did, step by step."""

    project_path: Path
    steps: dict[str, dict] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def corpus_files(corpus: Path) -> list[Path]:
    """The files of the corpus to import (build scripts and notes left out)."""
    files = []
    for folder in CORPUS_FOLDERS:
        base = corpus / folder
        if base.exists():
            files.extend(sorted(p for p in base.rglob("*") if p.is_file() and p.suffix.lower() != ".md"))
    return files


def build_demo_project(out_dir: Path, corpus: Path = DEMO_CORPUS, *, nlp: bool = True,
                       progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> DemoBuild:
    """Create ``out_dir/tyokykyohjelma-demo.tqda`` from the corpus, replacing an older one."""
    if not corpus.exists():
        raise UserError(f"demo corpus not found: {corpus} (it comes with the source checkout, corpora/tyokykyohjelma-demo; give the folder with --corpus)")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "tyokykyohjelma-demo.tqda"
    for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        old.unlink(missing_ok=True)
    build = DemoBuild(project_path=path)
    with Project.create(path, name="Työkykyohjelman arviointi (demo)", coder="Aino Arvioija") as project:
        _step(build, "import", lambda: _import(project, corpus, sub_progress(progress, 0.0, 0.35), cancel))
        check_cancel(cancel)
        _step(build, "cases", lambda: _cases(project))
        _step(build, "codings", lambda: _codings(project, corpus, sub_progress(progress, 0.35, 0.45), cancel))
        if nlp:
            _step(build, "nlp", lambda: _nlp(project, sub_progress(progress, 0.45, 1.0), cancel))
        build.steps["project"] = project.stats()
    for step in build.steps.values():
        build.warnings.extend(step.pop("warnings", []))
    return build


def _step(build: DemoBuild, name: str, fn) -> None:
    t0 = time.perf_counter()
    result = fn() or {}
    result["seconds"] = round(time.perf_counter() - t0, 2)
    build.steps[name] = result


def _import(project, corpus: Path, progress, cancel) -> dict:
    from tyokyky_qda.ingest.registry import import_paths

    metadata = corpus / "metadata.csv"
    report = import_paths(project, corpus_files(corpus), metadata_csv=str(metadata) if metadata.exists() else None,
                          progress=progress, cancel=cancel)
    return {"imported": len(report.imported), "skipped": len(report.skipped), "failed": len(report.failed),
            "warnings": [f"{f['path']}: {f['error']}" for f in report.failed]}


def _cases(project) -> dict:
    from tyokyky_qda.ingest.speakers import speakers_to_cases

    changes = speakers_to_cases(project)
    return {"cases": len(changes.created.get("cases", []))}


def _codings(project, corpus: Path, progress, cancel) -> dict:
    from tyokyky_qda.demo.codings import apply_demo_codings

    coding_file = corpus / "demo-coding.json"
    if not coding_file.exists():
        return {"applied": 0, "warnings": ["demo-coding.json is missing; the demo has no codings"]}
    report = apply_demo_codings(project, coding_file, corpus, progress, cancel)
    warnings = [f"quote not found: {q}" for q in report.not_found[:10]]
    if len(report.not_found) > 10:
        warnings.append(f"... and {len(report.not_found) - 10} more quotes not found")
    warnings += [f"unknown code: {c}" for c in sorted(set(report.unknown_codes))]
    return {"applied": report.applied, "not_found": len(report.not_found), "warnings": warnings}


def _nlp(project, progress, cancel) -> dict:
    try:
        from tyokyky_qda.nlp.index import index_project
        from tyokyky_qda.nlp.suggest import Suggester
    except ImportError as exc:
        return {"warnings": [f"suggestions unavailable: {exc}"]}
    stats = index_project(project, progress=sub_progress(progress, 0.0, 0.8), cancel=cancel)
    suggester = Suggester(project)
    suggester.train(progress=sub_progress(progress, 0.8, 1.0), cancel=cancel)
    return {"index": {k: v for k, v in stats.items() if isinstance(v, (int, float, str))}}
