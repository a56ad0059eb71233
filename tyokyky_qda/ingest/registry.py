"""Batch import: many files or folders at once, one transaction per file.

``import_paths(project, paths, ...) -> ImportReport``. Each file is parsed (and classified by
extension and content, see ``parsers``) before the project is touched, then written in one
transaction: a file that fails leaves nothing behind and the batch goes on. Duplicates (the same
text, or the same file already imported) are skipped and reported. Status reports are written
last, in the order of their reporting periods. Progress and cancellation as in core.progress;
a cancelled batch keeps the files finished before the cancel and says so in the report.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from tyokyky_qda.core.errors import Cancelled, ImportFailed, UserError
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, sub_progress
from tyokyky_qda.core.sorting import natural_key
from tyokyky_qda.ingest import metadata as meta
from tyokyky_qda.ingest.parsers import KINDS, ParsedFile, ParseOptions, parse_file, unsupported_reason
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits
from tyokyky_qda.ingest.status_report import ReportLabels
from tyokyky_qda.ingest.survey_mapping import SurveyMapping

log = logging.getLogger(__name__)
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
_README_NAMES = {"readme", "lueminut", "läsmig"}


@dataclass
class ImportReport:
    """What a batch import did, per file (the JSON shape of ``tyokyky-qda import --json``)."""

    imported: list[dict] = field(default_factory=list)  # {"id", "name", "kind", "path"}
    skipped: list[dict] = field(default_factory=list)   # {"path", "reason"}
    failed: list[dict] = field(default_factory=list)    # {"path", "error"}
    warnings: list[dict] = field(default_factory=list)  # {"path", "message"}
    files: list[dict] = field(default_factory=list)     # per imported file: path, kind, counts
    cancelled: bool = False

    def as_dict(self) -> dict:
        """The JSON contract (imported/skipped/failed) plus warnings, per-file summaries, cancelled."""
        return {"imported": self.imported, "skipped": self.skipped, "failed": self.failed,
                "warnings": self.warnings, "files": self.files, "cancelled": self.cancelled}

    def fail(self, path: Path, error: str) -> None:
        """Record a file that could not be imported."""
        self.failed.append({"path": str(path), "error": error})


@dataclass
class _Batch:
    opts: ParseOptions
    attributes: dict
    pattern: Optional[re.Pattern]
    metadata: Optional[meta.Metadata]
    speakers_to_cases: bool = False
    autocode_speakers: bool = False
    interviewers: Optional[list[str]] = None
    known_files: set = field(default_factory=set)


def import_paths(project, paths: Sequence[str | Path], *, kind: str = "auto", attributes: Optional[dict] = None,
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
                 metadata_csv: Optional[str | Path] = None, name_pattern: Optional[str] = None,
                 mapping: Optional[str | Path | dict | SurveyMapping] = None,
                 labels: Optional[str | Path | ReportLabels] = None, limits: Optional[Limits] = None,
                 speakers_to_cases: bool = False, autocode_speakers: bool = False,
                 interviewers: Optional[Sequence[str]] = None) -> ImportReport:
    """Import files and folders (walked recursively) into the project, one transaction per file.

    ``mapping``: a survey mapping (file, dict or SurveyMapping); ``labels``: status-report labels
    (file or ReportLabels); ``limits``: size caps; ``speakers_to_cases``/``autocode_speakers``:
    applied to every imported transcript (``interviewers`` overrides who counts as one).
    """
    if kind not in KINDS:
        raise UserError(N_("unknown kind {kind!r} (one of {choices})", kind=kind, choices=", ".join(KINDS)))
    report = ImportReport()
    files, auto_meta = _expand(paths, report, metadata_csv)
    batch = _Batch(
        ParseOptions(kind=kind, mapping=_mapping(mapping), labels=_labels(labels), limits=limits or DEFAULT_LIMITS,
                     language=project.meta("language", "fi") or "fi"),
        dict(attributes or {}), meta.compile_pattern(name_pattern),
        meta.load_metadata(metadata_csv or auto_meta, limits) if (metadata_csv or auto_meta) else None,
        speakers_to_cases, autocode_speakers, list(interviewers) if interviewers is not None else None,
        _known_file_hashes(project))
    if auto_meta and not metadata_csv:
        report.warnings.append({"path": str(auto_meta),
                                "message": N_("used as the metadata file (file → attributes)")})
    deferred: list[ParsedFile] = []
    try:
        for i, path in enumerate(files):
            check_cancel(cancel)
            step = sub_progress(progress, i / max(1, len(files)), (i + 1) / max(1, len(files)))
            step(0.0, f"{path.name} ({i + 1}/{len(files)})")
            parsed = _parse(path, batch, report, cancel)
            if parsed is None:
                continue
            if parsed.kind == "status-report":
                deferred.append(parsed)  # written last, in reporting-period order
                continue
            _store(project, parsed, batch, report, step, cancel)
        deferred.sort(key=lambda p: (min((s.sort_key[0] for s in p.sources), default="9999"), str(p.path)))
        for parsed in deferred:
            check_cancel(cancel)
            _store(project, parsed, batch, report, None, cancel)
    except Cancelled:
        report.cancelled = True
    if progress:
        progress(1.0, N_("cancelled") if report.cancelled else N_("done"))
    return report


def _mapping(mapping) -> Optional[SurveyMapping]:
    if mapping is None or isinstance(mapping, SurveyMapping):
        return mapping
    if isinstance(mapping, dict):
        return SurveyMapping.from_dict(mapping)
    return SurveyMapping.load(mapping)


def _labels(labels) -> ReportLabels:
    if labels is None:
        return ReportLabels()
    return labels if isinstance(labels, ReportLabels) else ReportLabels.load(labels)


def _expand(paths, report: ImportReport, metadata_csv) -> tuple[list[Path], Optional[Path]]:
    """Files to import, folders walked; hidden, lock and unsupported files in folders are skipped."""
    files: list[Path] = []
    auto_meta: Optional[Path] = None
    skip = {Path(metadata_csv).resolve()} if metadata_csv else set()
    for p in map(Path, paths):
        if not p.is_dir():
            if p.resolve() not in skip:
                files.append(p)
            continue
        for f in sorted((x for x in p.rglob("*") if x.is_file()), key=natural_key):
            rel = f.relative_to(p)
            if any(part.startswith((".", "_")) for part in rel.parts[:-1]) or f.name.startswith((".", "~$")) \
                    or f.name.casefold() in _IGNORED_NAMES or f.resolve() in skip:
                continue  # hidden, private ("_build", "__pycache__") and Office lock files
            if f.stem.casefold() in _README_NAMES and f.suffix.lower() in (".md", ".txt", ""):
                report.skipped.append({"path": str(f), "reason": N_("a README describes the folder; "
                                                                    "name it explicitly to import it")})
                continue
            if f.parent == p and meta.is_metadata_file(f):
                if not metadata_csv and auto_meta is None:
                    auto_meta = f
                report.skipped.append({"path": str(f),
                                       "reason": N_("metadata file (file → attributes), not material")})
                continue
            reason = unsupported_reason(f)
            if reason:
                report.skipped.append({"path": str(f), "reason": reason})
                continue
            files.append(f)
    return files, auto_meta


def _known_file_hashes(project) -> set:
    return {s.import_notes.get("file_sha256") for s in project.sources() if s.import_notes.get("file_sha256")}


def _parse(path: Path, batch: _Batch, report: ImportReport, cancel) -> Optional[ParsedFile]:
    try:
        parsed = parse_file(path, batch.opts, cancel)
    except ImportFailed as exc:
        report.fail(path, message_of(exc))
        return None
    except (UserError, OSError) as exc:
        report.fail(path, message_of(exc))
        return None
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file must never end the batch
        log.exception("import of %s failed", path)
        report.fail(path, N_("cannot read the file ({error})", error=f"{type(exc).__name__}: {exc}"))
        return None
    if parsed.file_hash in batch.known_files and parsed.kind != "refi":
        report.skipped.append({"path": str(path), "reason": N_("already imported (the same file)")})
        return None
    for ps in parsed.sources:
        for warning in ps.source.import_notes.get("warnings", []):
            report.warnings.append({"path": str(path), "message": warning})
    for warning in parsed.notes.get("warnings", []):
        report.warnings.append({"path": str(path), "message": warning})
    return parsed


def _store(project, parsed: ParsedFile, batch: _Batch, report: ImportReport, progress, cancel) -> None:
    """Write one parsed file in one transaction; failures roll it back and are reported."""
    from tyokyky_qda.ingest import store

    if parsed.survey is None and parsed.kind != "refi":
        fresh, _dupes = store.new_sources(project, parsed)
        if not fresh:  # decided before the transaction, so a skipped file leaves no trace
            first = store.duplicate_of(project, parsed.sources[0]) if len(parsed.sources) == 1 else None
            report.skipped.append({"path": str(parsed.path), "reason": N_("duplicate of source {source} (same text)",
                                                                          source=first)
                                   if first else N_("all of it is in the project already (same texts)")})
            return
    try:
        if parsed.kind == "refi":
            made, summary = store.store_refi(project, parsed, progress, cancel)
        else:
            attrs = meta.file_attributes(parsed.path, attributes=batch.attributes, pattern=batch.pattern,
                                         metadata=batch.metadata)
            with project.transaction(f"import {parsed.path.name}", path=str(parsed.path), kind=parsed.kind):
                made, summary = store.store_parsed(project, parsed, attrs, batch, progress, cancel)
    except Cancelled:
        raise
    except (ImportFailed, UserError) as exc:
        report.fail(parsed.path, message_of(exc))
        return
    except Exception as exc:  # noqa: BLE001 - the transaction is rolled back; the batch goes on
        log.exception("storing %s failed", parsed.path)
        report.fail(parsed.path, N_("could not be stored ({error})", error=f"{type(exc).__name__}: {exc}"))
        return
    for warning in summary.pop("warnings", []):
        report.warnings.append({"path": str(parsed.path), "message": warning})
    batch.known_files.add(parsed.file_hash)
    for item in made:
        report.imported.append({**item, "path": str(parsed.path)})
    report.files.append({"path": str(parsed.path), "kind": parsed.kind, **summary})
