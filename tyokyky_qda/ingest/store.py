"""Writing parsed files into a project (called inside the file's transaction by the registry)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed, UserError
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.ingest import speakers
from tyokyky_qda.ingest.parsers import ParsedFile, ParsedSource
from tyokyky_qda.ingest.survey import store_survey
from tyokyky_qda.store.sources_api import content_hash


def duplicate_of(project, ps: ParsedSource) -> Optional[int]:
    """The id of a source with the same text, if there is one."""
    return project.find_source_by_hash(content_hash(ps.source.text))


def new_sources(project, parsed: ParsedFile) -> tuple[list[ParsedSource], int]:
    """The sources of a file that are not in the project yet, and how many are."""
    fresh, seen = [], set()
    for ps in parsed.sources:
        digest = content_hash(ps.source.text)
        if digest in seen or project.find_source_by_hash(digest):
            continue
        seen.add(digest)
        fresh.append(ps)
    return fresh, len(parsed.sources) - len(fresh)


def store_parsed(project, parsed: ParsedFile, attrs: dict, batch, progress, cancel) -> tuple[list[dict], dict]:
    """Write a parsed file; returns the sources made and a summary of the file."""
    if parsed.survey is not None:
        notes = {**parsed.survey.notes, "file": parsed.path.name, "file_sha256": parsed.file_hash}
        result = store_survey(project, parsed.survey, source_attributes=attrs, notes=notes,
                              progress=progress, cancel=cancel)
        return result["sources"], {"sources": len(result["sources"]), "cases": result["cases"],
                                   "codings": result["codings"]}
    fresh, dupes = new_sources(project, parsed)
    made = []
    cases = codings = 0
    for ps in fresh:
        sid = project.add_source(ps.source, ps.sections).id
        _set_attributes(project, sid, {**ps.attributes, **attrs})
        made.append({"id": sid, "name": ps.source.name, "kind": ps.source.kind})
        if ps.source.kind == "transcript":
            cases, codings = _speakers(project, sid, batch, cases, codings)
    summary = {"sources": len(made), "sections": sum(len(ps.sections) for ps in fresh)}
    if dupes:
        summary["duplicates_skipped"] = dupes
    if cases or codings:
        summary.update({"cases": cases, "codings": codings})
    return made, summary


def _set_attributes(project, source_id: int, attrs: dict) -> None:
    for name, (value, type_) in attrs.items():
        try:
            project.set_attribute("source", source_id, name, value, type_=type_)
        except UserError as exc:
            raise ImportFailed(N_("attribute {name!r}: {error}", name=name, error=message_of(exc))) from None


def _speakers(project, sid: int, batch, cases: int, codings: int) -> tuple[int, int]:
    if batch.speakers_to_cases:
        ch = speakers.speakers_to_cases(project, [sid], interviewers=batch.interviewers)
        cases += len(ch.info.get("cases", {}))
    if batch.autocode_speakers:
        ch = speakers.autocode_speakers(project, [sid])
        codings += ch.info.get("codings", 0)
    return cases, codings


def store_refi(project, parsed: ParsedFile, progress, cancel) -> tuple[list[dict], dict]:
    """Hand a .qdpx/.qdc file to the REFI-QDA importer (its own transaction)."""
    try:
        from tyokyky_qda.refi.qdpx_import import import_qdpx
    except ImportError as exc:
        raise ImportFailed(N_("REFI-QDA import is not available in this installation ({error})", error=exc)) from None
    before = {s.id for s in project.sources()}
    result = import_qdpx(project, Path(parsed.path), progress=progress, cancel=cancel)
    made = [{"id": s.id, "name": s.name, "kind": s.kind} for s in project.sources() if s.id not in before]
    details = result.as_dict() if hasattr(result, "as_dict") else result if isinstance(result, dict) else {}
    summary = {"sources": len(made)}
    for key in ("origin", "in_file", "imported", "ranges_outside", "ranges_adjusted"):
        if details.get(key):
            summary[key] = details[key]
    # Warnings stay messages (not str()) so the GUI can show them in its language.
    summary["warnings"] = list(details.get("warnings") or []) + \
        [N_("not imported: {what}", what=u) for u in details.get("unsupported") or []]
    return made, summary
