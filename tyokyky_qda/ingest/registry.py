"""Pick an importer by extension and content, and import many files as one batch.

MINIMAL PLACEHOLDER (plain text only) until the importers land; the contract stays:
``import_paths(project, paths, ...) -> ImportReport``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from tyokyky_qda.core.model import Source
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.store.sources_api import content_hash


@dataclass
class ImportReport:
    """What a batch import did, per file (the JSON shape of ``tyokyky-qda import --json``)."""

    imported: list[dict] = field(default_factory=list)  # {"id", "name", "kind"}
    skipped: list[dict] = field(default_factory=list)   # {"path", "reason"}
    failed: list[dict] = field(default_factory=list)    # {"path", "error"}

    def as_dict(self) -> dict:
        """The JSON contract."""
        return {"imported": self.imported, "skipped": self.skipped, "failed": self.failed}


def import_paths(project, paths: Sequence[str | Path], *, kind: str = "auto",
                 attributes: Optional[dict] = None, progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelFn] = None, **options) -> ImportReport:
    """Import files (folders are walked) into the project, one transaction per file."""
    report = ImportReport()
    files = []
    for p in map(Path, paths):
        files.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    for i, path in enumerate(files):
        check_cancel(cancel)
        if progress:
            progress(i / max(1, len(files)), path.name)
        if not path.exists():
            report.failed.append({"path": str(path), "error": "file not found"})
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError) as exc:
            report.failed.append({"path": str(path), "error": str(exc)})
            continue
        if project.find_source_by_hash(content_hash(text)):
            report.skipped.append({"path": str(path), "reason": "duplicate of an imported source"})
            continue
        ch = project.add_source(Source(name=path.stem, text=text, kind="text" if kind == "auto" else kind,
                                       original_path=str(path)), attributes=attributes)
        report.imported.append({"id": ch.id, "name": path.stem, "kind": "text"})
    if progress:
        progress(1.0, "done")
    return report
