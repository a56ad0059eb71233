"""The two margins of the document view: structure on the left, coding bars on the right.

The structure gutter shows each section's speaker and timestamp, or its question / field label,
beside the line where it starts. The bar margin draws one vertical bar per coding, one lane per
code and coder, so overlapping codings stay visible even when their fills blend (as the coding
stripes of the leading QDA tools do). Both read the view's visible lines; neither stores text.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from tyokyky_qda.gui.style import speaker_colour

if TYPE_CHECKING:
    from tyokyky_qda.gui.qt_document import DocumentView

GUTTER_WIDTH = 150
LANE = 8
BAR = 6
MAX_LANES = 8


def format_time(seconds: Optional[float]) -> str:
    """Seconds as h:mm:ss or m:ss."""
    if seconds is None:
        return ""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class StructureGutter(QWidget):
    """Speaker names, timestamps, questions and field labels beside the text."""

    def __init__(self, view: "DocumentView"):
        super().__init__(view)
        self.view = view
        self._hits: list[tuple[QRectF, object]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.preferred_width(), 0)

    def preferred_width(self) -> int:
        """Wide enough for names when the source has structure, a thin strip otherwise."""
        return GUTTER_WIDTH if self.view.sections else 6

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        self._hits = []
        sections = self.view.sections
        if not sections:
            return
        vis = self.view.visible()
        starts = self.view.section_starts
        i = bisect_left(starts, vis.first)
        base = QFont(self.view.font())
        base.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        width = self.width() - 8
        placed = []
        while i < len(sections) and sections[i][0] < vis.last:
            start, _end, section = sections[i]
            line = vis.line_at_position(start)
            if line is not None:
                placed.append((line.top, section))
            i += 1
        for n, (top, section) in enumerate(placed):
            next_top = placed[n + 1][0] if n + 1 < len(placed) else float(self.height())
            self._paint_section(painter, section, top, next_top, width, bold, small)

    def _paint_section(self, painter: QPainter, section, top: float, next_top: float, width: int,
                       bold: QFont, small: QFont) -> None:
        fm_bold, fm_small = QFontMetrics(bold), QFontMetrics(small)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid)))
        painter.drawLine(QPointF(0, top), QPointF(self.width(), top))
        y = top + fm_bold.ascent() + 2
        title = section.speaker or section.label
        if title:
            if section.speaker:
                painter.setFont(bold)
                painter.setPen(speaker_colour(section.speaker))
            else:
                italic = QFont(small)
                italic.setItalic(True)
                painter.setFont(italic)
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(6, y), fm_bold.elidedText(title, Qt.TextElideMode.ElideRight, width))
            y += fm_small.height()
        stamp = format_time(section.start_time)
        if stamp and y < next_top:
            painter.setFont(small)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QPointF(6, y), stamp)
        self._hits.append((QRectF(0, top, self.width(), max(4.0, next_top - top)), section))

    def event(self, event) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            for rect, section in self._hits:
                if rect.contains(QPointF(event.pos())):
                    parts = [p for p in (section.speaker, section.label,
                                         format_time(section.start_time)) if p]
                    QToolTip.showText(event.globalPos(), "\n".join(parts), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


class CodeBars(QWidget):
    """One bar per visible coding, a lane per code and coder."""

    def __init__(self, view: "DocumentView"):
        super().__init__(view)
        self.view = view
        self._hits: list[tuple[QRectF, int]] = []
        self.overflow = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.preferred_width(), 0)

    @staticmethod
    def preferred_width() -> int:
        """Room for MAX_LANES lanes."""
        return 6 + LANE * MAX_LANES

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        self._hits = []
        view = self.view
        vis = view.visible()
        height = float(self.height())
        lanes_of: dict[tuple, list] = {}
        for span in view.spans.overlapping(vis.first, vis.last):
            if not view.coder_visible(span.coder):
                continue
            extent = vis.y_extent(span.start, span.end, height)
            if extent is not None:
                lanes_of.setdefault((span.code_id, span.coder), []).append((extent, span))
        self.overflow = 0
        for lane, key in self._assign_lanes(lanes_of):
            if lane is None:
                self.overflow += 1
                continue
            for (top, bottom), span in lanes_of[key]:
                self._paint_bar(painter, lane, top, bottom, span)
        if self.overflow:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, 0, self.width(), 14), Qt.AlignmentFlag.AlignCenter, f"+{self.overflow}")

    @staticmethod
    def _assign_lanes(lanes_of: dict) -> list:
        """Greedy interval colouring: keys whose extents do not overlap share a lane."""
        order = sorted(lanes_of, key=lambda k: min(e[0][0] for e in lanes_of[k]))
        lane_bottoms: list[float] = []
        out = []
        for key in order:
            top = min(e[0][0] for e in lanes_of[key])
            bottom = max(e[0][1] for e in lanes_of[key])
            for i, lane_bottom in enumerate(lane_bottoms):
                if lane_bottom <= top:
                    lane_bottoms[i] = bottom
                    out.append((i, key))
                    break
            else:
                if len(lane_bottoms) < MAX_LANES:
                    lane_bottoms.append(bottom)
                    out.append((len(lane_bottoms) - 1, key))
                else:
                    out.append((None, key))
        return out

    def _paint_bar(self, painter: QPainter, lane: int, top: float, bottom: float, span) -> None:
        view = self.view
        colour = view.code_colour(span.code_id)
        rect = QRectF(4 + lane * LANE, top + 1, BAR, max(3.0, bottom - top - 2))
        if span.coder and view.me and span.coder != view.me:
            # Another coder's codings are hatched, so two coders' work can be told apart.
            painter.fillRect(rect, QColor(255, 255, 255))
            painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(colour, 1))
            painter.drawRect(rect)
        else:
            painter.fillRect(rect, colour)
        if span.id == view.selected_coding:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 2))
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        self._hits.append((rect.adjusted(-1, 0, 1, 0), span.id))

    def span_at(self, point: QPointF) -> Optional[int]:
        """The coding whose bar is under a point."""
        for rect, span_id in reversed(self._hits):
            if rect.contains(point):
                return span_id
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        span_id = self.span_at(QPointF(event.position()))
        if span_id is not None:
            self.view.codingClicked.emit(span_id)

    def event(self, event) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            span_id = self.span_at(QPointF(event.pos()))
            if span_id is not None:
                QToolTip.showText(event.globalPos(), self.view.tooltip_for([span_id]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
