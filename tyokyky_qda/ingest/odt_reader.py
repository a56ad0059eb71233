"""OpenDocument text (.odt) to blocks with odfpy: headings with their outline level,
paragraphs (also inside lists and sections) and table rows, in document order."""

from __future__ import annotations

from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.blocks import Block
from tyokyky_qda.ingest.safety import DEFAULT_LIMITS, Limits, check_archive

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def read_odt(path: Path, notes: dict, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """The body of an .odt as blocks."""
    check_archive(path, N_("OpenDocument text"), limits)
    try:
        from odf.opendocument import load

        document = load(str(path))
        body = document.text
        blocks: list[Block] = []
        _walk(body, blocks)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - odfpy raises KeyError, SAX errors, AttributeError...
        raise ImportFailed(N_("corrupt OpenDocument file ({error})", error=f"{type(exc).__name__}: {exc}")) from None
    notes["format"] = "odt"
    return blocks


def _walk(element, blocks: list[Block]) -> None:
    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if not qname:
            continue
        ns, local = qname
        if ns == _TEXT_NS and local == "h":
            level = child.getAttribute("outlinelevel")
            blocks.append(Block(_text_of(child), kind="heading", level=int(level) if str(level).isdigit() else 1))
        elif ns == _TEXT_NS and local == "p":
            blocks.append(Block(_text_of(child)))
        elif ns == _TABLE_NS and local == "table-row":
            cells = [_cell_text(c) for c in child.childNodes if getattr(c, "qname", (None, None))[1] == "table-cell"]
            blocks.append(Block(" | ".join(cells), kind="row", cells=cells))
        else:  # lists, sections, tables, frames: look inside
            _walk(child, blocks)


def _cell_text(cell) -> str:
    parts: list[Block] = []
    _walk(cell, parts)
    return "\n".join(b.text for b in parts if b.text.strip())


def _text_of(node) -> str:
    """The text of a paragraph: spaces (text:s), tabs and line breaks expanded, notes skipped."""
    out: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(str(child.data))
            continue
        local = child.qname[1] if getattr(child, "qname", None) else ""
        if local == "s":
            count = child.getAttribute("c")
            out.append(" " * (int(count) if str(count).isdigit() else 1))
        elif local == "tab":
            out.append("\t")
        elif local == "line-break":
            out.append("\n")
        elif local in ("note", "annotation", "bookmark", "bookmark-start", "bookmark-end"):
            continue
        else:
            out.append(_text_of(child))
    return "".join(out)
