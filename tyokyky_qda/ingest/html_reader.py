"""HTML pages (.html, .htm) to blocks with lxml: headings h1–h6, paragraphs, list items, table
rows; scripts, styles, navigation and forms left out."""

from __future__ import annotations

import re
from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.blocks import Block
from tyokyky_qda.ingest.textnorm import decode_bytes

_DROP = ("script", "style", "noscript", "template", "nav", "form", "head", "svg", "iframe", "object")
_BLOCK = {"p", "li", "dd", "dt", "blockquote", "pre", "address", "figcaption", "caption", "div",
          "section", "article", "main", "aside", "header", "footer", "tbody", "thead", "tfoot"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


def read_html(path: Path, notes: dict) -> list[Block]:
    """The visible text of an HTML file as blocks."""
    import lxml.etree
    import lxml.html

    data = path.read_bytes()
    text = re.sub("[\ue000-\ue003]", "", _decode(data, notes))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        raise ImportFailed(N_("unreadable HTML ({error})", error=exc)) from None
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    body = root.find("body")
    blocks = _blocks(body if body is not None else root)
    notes["format"] = "html"
    return blocks


def _decode(data: bytes, notes: dict) -> str:
    match = _META_CHARSET.search(data[:4096])
    if match:
        codec = match.group(1).decode("ascii", "replace").lower()
        try:
            text = data.decode(codec)
            notes["encoding"] = codec
            return text
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, notes)


# Private-use characters mark block boundaries (lxml refuses control characters in text).
_BREAK, _HEADING, _ROW, _CELL = "\ue000", "\ue001", "\ue002", "\ue003"


def _blocks(root) -> list[Block]:
    """Mark block boundaries in the tree with sentinel characters, then split its text on them."""
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            el.text = _BREAK + _HEADING + tag[1] + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
        elif tag == "tr":
            el.text = _BREAK + _ROW + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
        elif tag in ("td", "th"):
            el.tail = _CELL + (el.tail or "")
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK or tag in ("table", "ul", "ol", "dl", "hr", "body"):
            el.text = _BREAK + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
    blocks: list[Block] = []
    for chunk in root.text_content().split(_BREAK):
        if chunk.startswith(_HEADING):
            blocks.append(Block(_clean(chunk[2:]), kind="heading", level=int(chunk[1])))
        elif chunk.startswith(_ROW):
            cells = [_clean(c) for c in chunk[1:].split(_CELL)]
            cells = cells[:-1] if len(cells) > 1 and not cells[-1] else cells
            blocks.append(Block(" | ".join(cells), kind="row", cells=cells))
        elif _clean(chunk):
            blocks.append(Block(_clean(chunk)))
    return blocks


def _clean(text: str) -> str:
    """Runs of white space collapsed within lines; <br> line breaks kept."""
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
