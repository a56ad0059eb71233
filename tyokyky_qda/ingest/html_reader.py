"""HTML pages (.html, .htm) to blocks with lxml: headings h1–h6, paragraphs, list items, table
rows; scripts, styles, navigation and forms left out."""

from __future__ import annotations

import re
from pathlib import Path

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.ingest.blocks import Block
from tyokyky_qda.ingest.textnorm import decode_bytes

_DROP = ("script", "style", "noscript", "template", "nav", "form", "head", "svg", "iframe", "object")
_BLOCK = {"p", "li", "dd", "dt", "blockquote", "pre", "address", "figcaption", "caption", "div",
          "section", "article", "main", "aside", "header", "footer"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


def read_html(path: Path, notes: dict) -> list[Block]:
    """The visible text of an HTML file as blocks."""
    import lxml.etree
    import lxml.html

    data = path.read_bytes()
    text = _decode(data, notes)
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        raise ImportFailed(f"unreadable HTML ({exc})") from None
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    blocks: list[Block] = []
    body = root.find("body")
    _walk(body if body is not None else root, blocks)
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


def _walk(element, blocks: list[Block]) -> None:
    """Emit a block for each heading, table row and innermost block element."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            blocks.append(Block(_flat(child), kind="heading", level=int(tag[1])))
        elif tag == "tr":
            cells = [_flat(c) for c in child if c.tag in ("td", "th")]
            blocks.append(Block(" | ".join(cells), kind="row", cells=cells))
        elif tag in _BLOCK and not any(isinstance(g.tag, str) and (g.tag in _BLOCK or g.tag in ("table", "ul", "ol"))
                                       for g in child.iter() if g is not child):
            blocks.append(Block(_flat(child)))
        else:
            if tag and child.text and child.text.strip() and tag not in _BLOCK | {"table", "ul", "ol", "tbody",
                                                                                   "thead", "tr", "dl"}:
                blocks.append(Block(_flat(child)))
                continue
            if element.tag in ("body", "div") and child.text and child.text.strip() and tag in _BLOCK:
                pass
            _walk(child, blocks)
        if child.tail and child.tail.strip() and tag not in ("br",):
            blocks.append(Block(child.tail.strip()))


def _flat(element) -> str:
    """The text of an element with <br> as line breaks and runs of white space collapsed."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    text = element.text_content()
    return "\n".join(re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")).strip()
