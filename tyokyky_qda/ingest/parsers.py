"""One file → what it will become in the project (``ParsedFile``), without touching the project.

The importer is picked by extension and then by content: a .txt whose lines look like
"[00:12:31] Nimi:" is a transcript, a .docx with labelled report fields is a status report, a
.csv/.xlsx with one row per respondent is a survey unless its columns are report fields.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.core.progress import CancelFn
from tyokyky_qda.ingest import status_report, subtitles, transcript
from tyokyky_qda.ingest.blocks import Block, heading_sections, page_sections, render
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits, check_file
from tyokyky_qda.ingest.status_report import ReportLabels
from tyokyky_qda.ingest.survey import SurveyPlan, plan_survey
from tyokyky_qda.ingest.survey_guess import guess_mapping
from tyokyky_qda.ingest.survey_mapping import SurveyMapping
from tyokyky_qda.ingest.table_reader import read_table
from tyokyky_qda.ingest.textnorm import decode_and_normalise, normalise

TEXT_EXTS = {".txt", ".md", ".markdown", ".text"}
DOCUMENT_EXTS = {".docx", ".pdf", ".rtf", ".odt", ".html", ".htm", ".xhtml"}
SUBTITLE_EXTS = {".vtt", ".srt"}
TABLE_EXTS = {".csv", ".tsv", ".xlsx", ".xlsm"}
REFI_EXTS = {".qdpx", ".qdc", ".qde"}
SUPPORTED_EXTS = TEXT_EXTS | DOCUMENT_EXTS | SUBTITLE_EXTS | TABLE_EXTS | REFI_EXTS
KINDS = ("auto", "text", "document", "transcript", "survey", "status-report")
_UNSUPPORTED = {
    ".doc": N_("the old Word format (.doc) is not supported; save it as .docx"),
    ".xls": N_("the old Excel format (.xls) is not supported; save it as .xlsx or .csv"),
    ".ods": N_("OpenDocument spreadsheets are not supported; save it as .xlsx or .csv"),
    ".ppt": N_("presentations are not supported"), ".pptx": N_("presentations are not supported"),
    ".odp": N_("presentations are not supported"),
    ".zip": N_("an archive: unpack it and import the files"), ".7z": N_("an archive: unpack it first"),
}
_MEDIA = {".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".webp"}
_AV = {".mp3", ".wav", ".m4a", ".mp4", ".mov", ".ogg", ".flac", ".webm", ".avi", ".mkv"}


@dataclass
class ParsedSource:
    """One source-to-be with its sections and the attributes its content gives (name → (value, type))."""

    source: Source
    sections: list[Section] = field(default_factory=list)
    attributes: dict[str, tuple[str, Optional[str]]] = field(default_factory=dict)
    sort_key: tuple = ()


@dataclass
class ParsedFile:
    """Everything one file will add: sources, or a survey plan, or a REFI-QDA project."""

    path: Path
    kind: str
    sources: list[ParsedSource] = field(default_factory=list)
    survey: Optional[SurveyPlan] = None
    file_hash: str = ""
    notes: dict = field(default_factory=dict)


@dataclass
class ParseOptions:
    """What the batch asks of every file."""

    kind: str = "auto"
    mapping: Optional[SurveyMapping] = None
    labels: ReportLabels = field(default_factory=ReportLabels)
    limits: Limits = DEFAULT_LIMITS
    language: str = "fi"


def unsupported_reason(path: Path) -> str:
    """Why a file type cannot be imported ("" when it can)."""
    ext = path.suffix.lower()
    if ext in SUPPORTED_EXTS:
        return ""
    if ext in _UNSUPPORTED:
        return _UNSUPPORTED[ext]
    if ext in _MEDIA:
        return N_("an image has no text layer; run OCR on it first")
    if ext in _AV:
        return N_("audio and video cannot be imported; import their transcript")
    if not ext:
        return N_("unsupported file type (no extension)")
    return N_("unsupported file type ({ext})", ext=ext)


def parse_file(path: Path, opts: ParseOptions, cancel: Optional[CancelFn] = None) -> ParsedFile:
    """Read, check and classify one file. Raises ImportFailed with the reason."""
    reason = unsupported_reason(path)
    if reason:
        raise ImportFailed(reason)
    check_file(path, opts.limits)
    ext = path.suffix.lower()
    digest = _file_hash(path)
    if ext in REFI_EXTS:
        return ParsedFile(path, "refi", file_hash=digest)
    if (ext in TABLE_EXTS and opts.kind in ("auto", "survey", "status-report")) or \
            (ext in (".txt", ".text") and opts.kind == "survey"):  # Excel's "Unicode text" export
        parsed = _parse_table(path, opts)
    elif opts.kind == "survey":
        raise ImportFailed(N_("a survey must be a .csv, .tsv or .xlsx export (or tab-separated .txt)"))
    else:
        notes: dict = {}
        text, sections, fmt = _extract(path, ext, notes, opts, cancel)
        parsed = _classify(path, text, sections, fmt, notes, opts)
    parsed.file_hash = digest
    for ps in parsed.sources:
        ps.source.import_notes.update({"file": path.name, "file_sha256": digest})
        ps.source.original_path = str(path)
        ps.source.language = opts.language
    return parsed


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _extract(path: Path, ext: str, notes: dict, opts: ParseOptions, cancel) -> tuple[str, list[Section], str]:
    """Text, structural sections (headings, pages) and the format of a text-like file."""
    if ext in TEXT_EXTS or ext in SUBTITLE_EXTS:
        text = decode_and_normalise(path.read_bytes(), notes)
        fmt = ext.lstrip(".")
        return text, _markdown_headings(text) if ext in (".md", ".markdown") else [], fmt
    blocks = _read_blocks(path, ext, notes, opts, cancel)
    blocks = _normalise_blocks(blocks, notes)
    rendered = render(blocks)
    if not rendered.text.strip():
        raise ImportFailed(N_("no text in the document"))
    sections = rendered.sections + page_sections(rendered.page_starts, rendered.text)
    return rendered.text, sections, notes.get("format", ext.lstrip("."))


def _read_blocks(path: Path, ext: str, notes: dict, opts: ParseOptions, cancel) -> list[Block]:
    if ext == ".docx":
        from tyokyky_qda.ingest.docx_reader import read_docx
        return read_docx(path, notes, opts.limits)
    if ext == ".pdf":
        from tyokyky_qda.ingest.pdf_reader import read_pdf
        return read_pdf(path, notes, cancel)
    if ext == ".rtf":
        from tyokyky_qda.ingest.rtf_reader import read_rtf
        return read_rtf(path, notes)
    if ext == ".odt":
        from tyokyky_qda.ingest.odt_reader import read_odt
        return read_odt(path, notes, opts.limits)
    from tyokyky_qda.ingest.html_reader import read_html
    return read_html(path, notes)


def _normalise_blocks(blocks: list[Block], notes: dict) -> list[Block]:
    out = []
    for b in blocks:
        cells = [normalise(c, notes) for c in b.cells] if b.cells is not None else None
        out.append(Block(normalise(b.text, notes), b.kind, b.level, cells, b.page))
    notes.pop("line_endings", None)
    return out


def _markdown_headings(text: str) -> list[Section]:
    heads = [(m.start(), len(m.group(1)), m.group(2).strip())
             for m in re.finditer(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", text, re.M)]
    return heading_sections(heads, text)


def _classify(path: Path, text: str, sections: list[Section], fmt: str, notes: dict,
              opts: ParseOptions) -> ParsedFile:
    kind = opts.kind
    is_plain = fmt in ("txt", "md", "markdown", "text", "vtt", "srt")
    if fmt in ("vtt", "srt") or (is_plain and kind in ("auto", "transcript")
                                 and (subtitles.looks_like_vtt(text) or subtitles.looks_like_srt(text))):
        return _subtitle_file(path, text, "vtt" if subtitles.looks_like_vtt(text) else "srt", notes)
    labels = opts.labels
    if kind == "status-report" or (kind == "auto" and status_report.looks_like_status_report(text, labels)):
        return _report_file(path, text, notes, labels)
    exclude = frozenset(s.casefold() for v in labels.labels.values() for s in v)
    if kind in ("transcript", "auto"):
        parsed = transcript.parse_transcript(text, exclude)
        if kind == "transcript" or transcript.looks_like_transcript(text, exclude, parsed):
            return _transcript_file(path, notes, text, parsed)
    source_kind = "text" if is_plain else "document"
    notes["importer"] = source_kind
    return ParsedFile(path, source_kind, [ParsedSource(Source(path.stem, text, kind=source_kind,
                                                              import_notes=notes), sections)])


def _subtitle_file(path: Path, text: str, fmt: str, notes: dict) -> ParsedFile:
    cues = subtitles.parse_cues(text, fmt, notes)
    body, sections = subtitles.cues_to_text(cues)
    notes.update({"importer": "transcript", "transcript_dialect": "WebVTT" if fmt == "vtt" else "SRT",
                  "turns": len(sections), "speakers": sorted({s.speaker for s in sections if s.speaker})})
    return ParsedFile(path, "transcript", [ParsedSource(Source(path.stem, body, kind="transcript",
                                                               import_notes=notes), sections)])


def _transcript_file(path: Path, notes: dict, text: str, parsed: tuple) -> ParsedFile:
    turns, dialect = parsed
    sections = transcript.turn_sections(turns)
    if not sections:
        raise ImportFailed(N_("no speaker turns or timestamps found (is it a transcript?)"))
    notes.update({"importer": "transcript", "transcript_dialect": dialect, "turns": len(sections),
                  "speakers": sorted({s.speaker for s in sections if s.speaker})})
    return ParsedFile(path, "transcript", [ParsedSource(Source(path.stem, text, kind="transcript",
                                                               import_notes=notes), sections)])


def _report_file(path: Path, text: str, notes: dict, labels: ReportLabels) -> ParsedFile:
    sections, attrs = status_report.report_parts(text, labels)
    if not sections:
        raise ImportFailed(N_("no report fields found (labels: {labels})", labels=", ".join(labels.labels)))
    notes.update({"importer": "status-report", "fields": [s.label for s in sections]})
    typed = {k: (v, "date" if k == status_report.PERIOD_START else "text") for k, v in attrs.items()}
    start = attrs.get(status_report.PERIOD_START, "9999")
    ps = ParsedSource(Source(path.stem, text, kind="status-report", import_notes=notes), sections, typed,
                      sort_key=(start, path.name))
    return ParsedFile(path, "status-report", [ps])


def _parse_table(path: Path, opts: ParseOptions) -> ParsedFile:
    mapping = opts.mapping
    table = read_table(path, sheet=mapping.sheet if mapping else None,
                       header_rows=mapping.header_rows if mapping else None,
                       delimiter=mapping.delimiter if mapping else None, limits=opts.limits)
    # A survey mapping given for a batch applies to the tables it names; an export of status
    # reports in the same folder is still read as reports.
    fits = mapping is not None and (mapping.id_column in table.headers
                                    or any(c.column in table.headers for c in mapping.columns))
    is_report = opts.kind == "status-report" or (
        opts.kind == "auto" and not fits and status_report.looks_like_status_export(table.headers, opts.labels))
    if is_report:
        return _report_rows(path, table, opts.labels)
    full = guess_mapping(table, mapping)
    plan = plan_survey(table, full, path)
    return ParsedFile(path, "survey", survey=plan, notes=dict(plan.notes))


def _report_rows(path: Path, table, labels: ReportLabels) -> ParsedFile:
    if not status_report.export_columns(table.headers, labels):
        raise ImportFailed(N_("no report field columns found (labels: {labels})", labels=", ".join(labels.labels)))
    sources = []
    for n, row in enumerate(table.rows, start=1):
        text, sections, attrs = status_report.row_report(table.headers, row, labels)
        if not text:
            continue
        name = " – ".join(x for x in (attrs.get("Hanke"), attrs.get(status_report.PERIOD_LABEL)) if x) \
            or f"{path.stem} rivi {n}"
        typed = {k: (v, "date" if k == status_report.PERIOD_START else "text") for k, v in attrs.items()}
        notes = {"importer": "status-report", "format": table.notes.get("format"), "row": n + table.header_rows,
                 "fields": [s.label for s in sections]}
        sources.append(ParsedSource(Source(name, text, kind="status-report", import_notes=notes), sections,
                                    typed, sort_key=(attrs.get(status_report.PERIOD_START, "9999"), n)))
    if not sources:
        raise ImportFailed(N_("the export has no report rows"))
    sources.sort(key=lambda s: s.sort_key)
    return ParsedFile(path, "status-report", sources)
