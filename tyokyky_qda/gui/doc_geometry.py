"""Where characters of the visible part of a QPlainTextEdit are on screen.

The document view paints coding highlights itself, only for what is visible, so it needs the
rectangles of a character range and the character under a point. Both come from the laid-out
lines of the visible blocks (no QTextCursor, no per-coding Qt objects). Offsets are Qt's UTF-16
positions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextLine
from PySide6.QtWidgets import QPlainTextEdit

#: Width drawn for a range that runs over the end of a line (the line break itself).
LINE_END_PAD = 4.0


@dataclass
class LineGeom:
    """One visible laid-out line: its character range and where it is in viewport pixels."""

    start: int
    end: int          # end of the line's text (exclusive)
    top: float
    height: float
    line: QTextLine
    block_pos: int
    x: float          # left edge of the text area in viewport coordinates
    last_in_block: bool
    #: x of positions asked for already: overlapping codings share most of their line edges.
    xs: dict = field(default_factory=dict)

    def x_of(self, position: int) -> float:
        """Viewport x of a position inside this line."""
        x = self.xs.get(position)
        if x is None:
            x = self.xs[position] = self.x + self.line.cursorToX(position - self.block_pos)[0]
        return x


class VisibleText:
    """The visible lines of a plain text edit, computed once per paint."""

    def __init__(self, edit: QPlainTextEdit):
        self.lines: list[LineGeom] = []
        offset = edit.contentOffset()
        bottom = edit.viewport().height()
        block = edit.firstVisibleBlock()
        while block.isValid():
            geo = edit.blockBoundingGeometry(block).translated(offset)
            if geo.top() > bottom:
                break
            if block.isVisible():
                self._add_block(block, geo.top(), offset.x())
            block = block.next()
        self._starts = [ln.start for ln in self.lines]

    def _add_block(self, block, top: float, x: float) -> None:
        layout = block.layout()
        bpos = block.position()
        origin = layout.position()
        count = layout.lineCount()
        for i in range(count):
            line = layout.lineAt(i)
            start = bpos + line.textStart()
            self.lines.append(LineGeom(start, start + line.textLength(), top + origin.y() + line.y(),
                                       line.height(), line, bpos, x + origin.x(), i == count - 1))

    @property
    def first(self) -> int:
        """First visible position (0 when nothing is visible)."""
        return self.lines[0].start if self.lines else 0

    @property
    def last(self) -> int:
        """One past the last visible position (the line break of the last block included)."""
        return self.lines[-1].end + 1 if self.lines else 0

    def char_range(self, top: float, bottom: float) -> tuple[int, int]:
        """First and one-past-last positions of the lines between two viewport y's."""
        inside = [ln for ln in self.lines if ln.top + ln.height >= top and ln.top <= bottom]
        if not inside:
            return 0, 0
        return inside[0].start, inside[-1].end + 1

    def line_at_position(self, position: int) -> Optional[LineGeom]:
        """The visible line holding ``position`` (a line break belongs to the line before it)."""
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return None
        line = self.lines[i]
        return line if position <= line.end else None

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Rectangles covering characters ``start..end`` on the visible lines."""
        rects = []
        i = max(0, bisect_right(self._starts, start) - 1)
        for line in self.lines[i:]:
            if line.start >= end:
                break
            line_end = line.end + (1 if line.last_in_block else 0)
            if line_end <= start:
                continue
            x1 = line.x_of(max(start, line.start))
            if end > line.end:
                x2 = line.x_of(line.end) + (LINE_END_PAD if line.last_in_block else 0.0)
            else:
                x2 = line.x_of(end)
            if x2 > x1:
                rects.append(QRectF(x1, line.top, x2 - x1, line.height))
        return rects

    def y_extent(self, start: int, end: int, height: float) -> Optional[tuple[float, float]]:
        """Top and bottom (clamped to the viewport) of the lines a range covers, if visible."""
        if not self.lines or end <= self.first or start >= self.last:
            return None
        first = self.line_at_position(start)
        last = self.line_at_position(max(start, end - 1))
        top = first.top if first else 0.0
        bottom = (last.top + last.height) if last else height
        return max(0.0, top), min(height, bottom)

    def position_at(self, point: QPointF) -> Optional[int]:
        """The character under a viewport point, or None over empty space."""
        for line in self.lines:
            if line.top <= point.y() < line.top + line.height:
                left = line.x + line.line.x()
                if not left <= point.x() <= left + line.line.naturalTextWidth():
                    return None
                pos = line.line.xToCursor(point.x() - line.x, QTextLine.CursorPosition.CursorOnCharacter)
                return line.block_pos + pos
        return None
