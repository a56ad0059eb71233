"""Word documents (.docx) to blocks: paragraphs, headings (by style or outline level), tables.

Page headers and footers live in separate parts of a .docx and are never read.
"""

from __future__ import annotations

import re
from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.blocks import Block
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits, check_archive

_HEADING_STYLE = re.compile(r"^(heading|otsikko|rubrik|überschrift)\s*(\d)", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, notes: dict, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """The body of a .docx as blocks, in document order."""
    check_archive(path, N_("Word document"), limits)
    try:
        import docx  # python-docx

        document = docx.Document(str(path))
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, XML errors...
        raise ImportFailed(N_("corrupt Word document ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    notes["format"] = "docx"
    notes["headers_footers"] = "not included (page headers and footers are not part of the text)"
    try:
        return list(_blocks(document))
    except Exception as exc:  # noqa: BLE001 - malformed XML inside a well-formed archive
        raise ImportFailed(N_("corrupt Word document ({error})", error=f"{type(exc).__name__}: {exc}")) from None


def _blocks(document):
    from docx.table import Table

    # Style names by id, read once: python-docx's paragraph.style scans every style per call.
    styles = {}
    try:
        for style in document.styles:
            styles[style.style_id] = style.name or ""
    except Exception:  # noqa: BLE001 - a damaged styles part only costs us heading detection
        styles = {}
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [cell.text for cell in row.cells]
                yield Block(" | ".join(cells), kind="row", cells=cells)
        else:
            level = _heading_level(item, styles)
            yield Block(item.text, kind="heading" if level else "paragraph", level=level)


def _heading_level(paragraph, styles: dict[str, str]) -> int:
    """1-9 for a heading paragraph (style "Heading N"/"Title" or an outline level), else 0."""
    ppr = paragraph._p.pPr
    if ppr is None:
        return 0
    style_el = ppr.find(f"{_W}pStyle")
    style_id = style_el.get(f"{_W}val") if style_el is not None else None
    name = styles.get(style_id, style_id or "")
    match = _HEADING_STYLE.match(name)
    if match:
        return int(match.group(2))
    if name.lower() in ("title", "otsikko"):
        return 1
    outline = ppr.find(f"{_W}outlineLvl")
    if outline is not None:
        try:
            value = int(outline.get(f"{_W}val"))
        except (TypeError, ValueError):
            return 0
        return value + 1 if 0 <= value < 9 else 0
    return 0
