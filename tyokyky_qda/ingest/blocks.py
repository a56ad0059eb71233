"""The common shape of an extracted document: a list of blocks (headings, paragraphs, table
rows), and the rendering of blocks into stored text with heading sections.

Every document reader (docx, odt, html, rtf, pdf) produces blocks; the transcript and status
report parsers then work on the rendered text, so one parser serves every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from tyokyky_qda.core.model import Section

_TIME = re.compile(r"^\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)?\]?$")


@dataclass
class Block:
    """One paragraph-like unit of a document."""

    text: str
    kind: str = "paragraph"  # "heading", "paragraph" or "row" (a table row)
    level: int = 0           # heading level, 1 = top
    cells: Optional[list[str]] = None
    page: Optional[str] = None


@dataclass
class Rendered:
    """Blocks turned into one text, with heading sections and where each page starts."""

    text: str
    sections: list[Section] = field(default_factory=list)
    page_starts: list[tuple[int, str]] = field(default_factory=list)


def _is_label(cell: str) -> bool:
    """A short single-line cell that reads as a label or a speaker name."""
    words = cell.rstrip(":").split()
    return bool(cell) and "\n" not in cell and len(cell) <= 40 and 1 <= len(words) <= 5 \
        and not cell.rstrip().endswith((".", "?", "!"))


def row_text(cells: list[str]) -> str:
    """A table row as text.

    Two cells where the first is a short label become "Label: value" (report forms, transcripts
    kept as speaker/utterance tables); time/speaker/utterance rows become "[time] Speaker: text";
    anything else joins the cells with " | ".
    """
    distinct: list[str] = []
    for c in cells:  # python-docx repeats a merged cell once per grid column
        c = c.strip()
        if not distinct or c != distinct[-1]:
            distinct.append(c)
    distinct = [c for c in distinct if c] or [""]
    if len(distinct) == 2 and _is_label(distinct[0]):
        return f"{distinct[0].rstrip(':').strip()}: {distinct[1]}"
    if len(distinct) == 3 and _TIME.match(distinct[0]) and _is_label(distinct[1]):
        return f"[{distinct[0].strip('[]()')}] {distinct[1].rstrip(':')}: {distinct[2]}"
    return " | ".join(c.replace("\n", " ") for c in distinct)


def render(blocks: list[Block], separator: str = "\n\n") -> Rendered:
    """Join blocks into text; each heading becomes a section reaching to the next heading of the
    same or a higher level."""
    parts: list[str] = []
    pos = 0
    headings: list[tuple[int, int, str]] = []  # (start, level, text)
    page_starts: list[tuple[int, str]] = []
    for block in blocks:
        text = block.text.strip() if block.kind != "row" else row_text(block.cells or [block.text])
        if not text:
            continue
        if parts:
            parts.append(separator)
            pos += len(separator)
        if block.page is not None and (not page_starts or page_starts[-1][1] != block.page):
            page_starts.append((pos, block.page))
        if block.kind == "heading":
            headings.append((pos, max(1, block.level), text))
        parts.append(text)
        pos += len(text)
    full = "".join(parts)
    return Rendered(full, heading_sections(headings, full), page_starts)


def heading_sections(headings: list[tuple[int, int, str]], text: str) -> list[Section]:
    """Sections for (start, level, title) headings, each ending where a heading of the same or a
    higher level starts."""
    sections = []
    for i, (start, level, title) in enumerate(headings):
        end = len(text)
        for later_start, later_level, _ in headings[i + 1:]:
            if later_level <= level:
                end = later_start
                break
        while end > start and text[end - 1].isspace():
            end -= 1
        sections.append(Section(start, end, kind="heading", label=title[:200]))
    return sections


def page_sections(page_starts: list[tuple[int, str]], text: str) -> list[Section]:
    """One "page" section per page, labelled with the page's number as printed."""
    out = []
    for i, (start, label) in enumerate(page_starts):
        end = page_starts[i + 1][0] if i + 1 < len(page_starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Section(start, end, kind="page", label=str(label)))
    return out
