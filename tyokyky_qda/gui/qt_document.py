"""The document view: a source's text with its structure and coloured coding highlights.

Highlights are painted, not stored as character formats: each paint asks the span index for the
codings overlapping the visible lines and fills their rectangles under the text. Opening a
source with 16,000 codings therefore costs one ``setPlainText`` plus building the index, and
applying a coding costs one index insert and a repaint (the hint in the issue: formats applied
one cursor at a time are two orders of magnitude slower). The view speaks code points at its
public methods and converts to Qt's UTF-16 inside.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPainterPath, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from tyokyky_qda.core.model import Coding, Section
from tyokyky_qda.core.offsets import Utf16Map
from tyokyky_qda.gui.labels import origin_label
from tyokyky_qda.gui.dnd import CODE_MIME, code_ids_from_mime, local_files
from tyokyky_qda.gui.doc_geometry import VisibleText
from tyokyky_qda.gui.qt_doc_margins import CodeBars, StructureGutter
from tyokyky_qda.gui.span_index import Span, SpanIndex
from tyokyky_qda.gui.style import highlight_colour, speaker_colour


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_map(text: str) -> Utf16Map:
    """Utf16Map of a text, found in C speed for the usual text without characters beyond the BMP
    (for which both offset systems coincide and the map needs no table)."""
    return Utf16Map(text) if _ASTRAL.search(text) else Utf16Map("")


def display_text(text: str) -> str:
    """The text as the widget gets it: "\\r\\n" would collapse into one position in Qt, so the
    "\\r" shows as a space and every offset stays the same."""
    return text.replace("\r\n", " \n")


@dataclass
class CodeStyle:
    """How a code looks in the view."""

    colour: QColor
    fill: QColor
    path: str


@dataclass
class Suggestion:
    """A pending suggestion drawn with a dashed outline (offsets in code points)."""

    start: int
    end: int
    code_id: int
    label: str = ""


class DocumentView(QPlainTextEdit):
    """Read-only (by default) text with painted highlights, margins, hover and click."""

    codingClicked = Signal(int)   # a coding id, or -1 when a click hit no coding
    codeShortcut = Signal(int)    # the code whose keyboard shortcut was pressed
    codesDropped = Signal(list)   # code ids dropped onto the selection
    filesDropped = Signal(list)   # local paths dropped onto the text
    dropMissed = Signal()         # a code was dropped somewhere else than on the selection

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setUndoRedoEnabled(False)
        self.set_editable(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.source_id: Optional[int] = None
        self.text = ""
        self.map = Utf16Map("")
        self.spans = SpanIndex()
        self.styles: dict[int, CodeStyle] = {}
        self.sections: list[tuple[int, int, Section]] = []
        self.section_starts: list[int] = []
        self.suggestions: list[Suggestion] = []
        self.selected_coding: Optional[int] = None
        self.visible_coders: Optional[set[str]] = None  # None: every coder
        self.me = ""
        self.high_contrast = False
        self.code_shortcuts: dict[str, int] = {}
        self._visible: Optional[tuple[tuple, VisibleText]] = None
        self._layout_generation = 0
        self._press_pos: Optional[QPointF] = None
        self.paint_count = 0  # for benchmarks: lets them wait for the paint a change caused
        self.gutter = StructureGutter(self)
        self.bars = CodeBars(self)
        self.updateRequest.connect(self._on_update_request)
        self._update_margins()

    # -- content -----------------------------------------------------------------------------
    def set_document(self, source_id: Optional[int], text: str, coding_rows: Iterable[tuple] = (),
                     sections: Sequence[Section] = ()) -> None:
        """Show a source: its text, its codings as (id, code_id, start, end, coder, origin) rows
        (``Project.coding_spans``) and its sections."""
        self.source_id = source_id
        self.text = text
        self.map = utf16_map(text)
        self.selected_coding = None
        self.suggestions = []
        self.set_codings(coding_rows)
        self.set_sections(sections)
        self.setPlainText(display_text(text))
        self._format_speaker_labels()
        self._visible = None

    def set_codings(self, coding_rows: Iterable[tuple]) -> None:
        """Replace every highlight: rows of (id, code_id, start, end, coder, origin), code points."""
        if self.map.trivial:
            self.spans = SpanIndex(Span(*row) for row in coding_rows)
        else:
            to16 = self.map.to_utf16
            self.spans = SpanIndex(Span(i, c, to16(s), to16(e), who, how) for i, c, s, e, who, how in coding_rows)
        self.refresh()

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Structure shown in the gutter (speaker turns, questions, fields)."""
        to16 = self.map.to_utf16
        self.sections = sorted(((to16(s.start), to16(s.end), s) for s in sections), key=lambda t: t[0])
        self.section_starts = [t[0] for t in self.sections]
        self._update_margins()
        self.gutter.update()

    def _format_speaker_labels(self) -> None:
        """Speaker names (bold, in the speaker's colour), field and question labels (bold) and
        timestamps (grey) that the text keeps in front of a section: formatted in one edit
        block, so even thousands of turns stay cheap."""
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        stamp = QTextCharFormat()
        stamp.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
        try:
            for start, _end, section in self.sections:
                title = section.speaker or section.label
                block = doc.findBlock(start)
                prefix = block.text()[:start - block.position()]
                at = prefix.rfind(title) if title else -1
                if at < 0 or len(prefix) > 120:
                    continue
                name = QTextCharFormat()
                name.setFontWeight(QFont.Weight.Bold)
                if section.speaker:
                    name.setForeground(speaker_colour(section.speaker))
                for lo, hi, fmt in ((0, at, stamp), (at, at + len(title), name)):
                    if hi > lo:
                        cursor.setPosition(block.position() + lo)
                        cursor.setPosition(block.position() + hi, QTextCursor.MoveMode.KeepAnchor)
                        cursor.mergeCharFormat(fmt)
        finally:
            cursor.endEditBlock()

    def _span(self, c: Coding) -> Span:
        return Span(c.id, c.code_id, self.map.to_utf16(c.start), self.map.to_utf16(c.end), c.coder, c.origin)

    def add_codings(self, codings: Iterable[Coding]) -> None:
        """Show new or changed codings of this source (repainting only where they are)."""
        changed = []
        for c in codings:
            if c.source_id == self.source_id:
                old = self.spans.get(c.id)
                if old is not None:
                    changed.append(old)
                changed.append(self._span(c))
                self.spans.add(changed[-1])
        self._repaint_spans(changed)

    def remove_codings(self, coding_ids: Iterable[int]) -> None:
        """Stop showing codings."""
        gone = []
        for cid in coding_ids:
            span = self.spans.remove(cid)
            if span is not None:
                gone.append(span)
            if cid == self.selected_coding:
                self.selected_coding = None
        self._repaint_spans(gone)

    def _repaint_spans(self, spans: Sequence[Span]) -> None:
        """Schedule a repaint of just the lines some codings cover (applying a coding to a text
        with 16,000 others must not repaint the whole screen), plus the bar margin."""
        if not spans:
            return
        if len(spans) > 50:
            self.refresh()
            return
        vis = self.visible()
        area = QRectF()
        for span in spans:
            for rect in vis.range_rects(span.start, span.end):
                area = area.united(rect)
        if not area.isNull():
            self.viewport().update(area.toAlignedRect().adjusted(-3, -3, 3, 3))
        self.bars.update()

    def set_code_styles(self, styles: dict[int, CodeStyle]) -> None:
        """Colours and names of the codes (after the codebook changed)."""
        self.styles = styles
        self.refresh()

    def code_colour(self, code_id: int) -> QColor:
        """The code's own colour."""
        style = self.styles.get(code_id)
        return style.colour if style else QColor("#808080")

    def set_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Pending suggestions to outline with dashes."""
        self.suggestions = list(suggestions)
        self.refresh()

    def select_coding(self, coding_id: Optional[int]) -> None:
        """Mark a coding as the selected one (outlined)."""
        if coding_id == self.selected_coding:
            return
        old = self.spans.get(self.selected_coding) if self.selected_coding is not None else None
        self.selected_coding = coding_id
        new = self.spans.get(coding_id) if coding_id is not None else None
        self._repaint_spans([s for s in (old, new) if s is not None])

    def coder_visible(self, coder: str) -> bool:
        """True when codings of this coder are shown."""
        return self.visible_coders is None or coder in self.visible_coders

    def set_visible_coders(self, coders: Optional[set[str]]) -> None:
        """Show only some coders' codings (None: all)."""
        self.visible_coders = coders
        self.refresh()

    def refresh(self) -> None:
        """Repaint highlights and margins."""
        self.viewport().update()
        self.bars.update()
        self.gutter.update()

    # -- selection and navigation (code points) -------------------------------------------------
    def selection_range(self) -> Optional[tuple[int, int]]:
        """The selected range in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.map.from_utf16(cursor.selectionStart()), self.map.from_utf16(cursor.selectionEnd())

    def select_range(self, start: int, end: int, center: bool = True) -> None:
        """Select ``start..end`` (code points) and scroll it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(start))
        cursor.setPosition(self.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def scroll_to(self, position: int) -> None:
        """Scroll so the character at ``position`` (code point) is in the middle."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(position))
        self.setTextCursor(cursor)
        self.centerCursor()

    def set_editable(self, editable: bool) -> None:
        """Switch between read-only (keyboard selection still works) and editing."""
        self.setReadOnly(not editable)
        if not editable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def set_font_size(self, points: float) -> None:
        """Zoom: the text (and the margins' labels) at ``points``."""
        font = self.font()
        font.setPointSizeF(max(6.0, min(48.0, points)))
        self.setFont(font)
        self._layout_generation += 1
        self.refresh()

    # -- geometry ---------------------------------------------------------------------------------
    def visible(self) -> VisibleText:
        """The visible lines, cached until the view scrolls, resizes or changes."""
        key = (self.verticalScrollBar().value(), self.horizontalScrollBar().value(),
               self.viewport().width(), self.viewport().height(), self.document().revision(),
               self.font().pointSizeF(), self._layout_generation)  # Ctrl+wheel zooms too
        if self._visible is None or self._visible[0] != key:
            self._visible = (key, VisibleText(self))
        return self._visible[1]

    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter.preferred_width(), 0, self.bars.preferred_width(), 0)
        self._place_margins()

    def _place_margins(self) -> None:
        rect = self.contentsRect()
        left, right = self.gutter.preferred_width(), self.bars.preferred_width()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), left, rect.height()))
        self.bars.setGeometry(QRect(rect.right() - right + 1, rect.top(), right, rect.height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layout_generation += 1
        self._place_margins()

    def _on_update_request(self, rect, dy: int) -> None:
        self.gutter.update()
        self.bars.update()

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.paint_count += 1
        if len(self.spans) or self.suggestions or self.sections:
            vis = self.visible()
            # Only the codings on the lines Qt asks to repaint.
            a, b = vis.char_range(event.rect().top(), event.rect().bottom())
            painter = QPainter(self.viewport())
            try:
                self._paint_under_text(painter, vis, a, b)
            finally:
                painter.end()
        super().paintEvent(event)

    def _paint_under_text(self, painter: QPainter, vis: VisibleText, a: int, b: int) -> None:
        width = self.viewport().width()
        separator = QPen(self.palette().color(self.palette().ColorRole.Midlight), 1)
        first = bisect_left(self.section_starts, a)
        last = bisect_left(self.section_starts, b)
        for start, _end, _section in self.sections[first:last]:
            line = vis.line_at_position(start)
            if line is not None and line.start == start and start > 0:
                painter.setPen(separator)
                painter.drawLine(QPointF(0, line.top - 1), QPointF(width, line.top - 1))
        selected = None
        painter.setPen(Qt.PenStyle.NoPen)
        grey = highlight_colour(QColor("#808080"), self.high_contrast)
        for span in self.spans.overlapping(a, b):
            if not self.coder_visible(span.coder):
                continue
            style = self.styles.get(span.code_id)
            rects = vis.range_rects(span.start, span.end)
            # One call per coding: far fewer Python→C++ crossings than a fillRect per line.
            painter.setBrush(style.fill if style else grey)
            painter.drawRects(rects)
            if self.high_contrast and style is not None:
                painter.setBrush(style.colour)
                painter.drawRects([r.adjusted(0, r.height() - 2, 0, 0) for r in rects])
            if span.id == self.selected_coding:
                selected = (rects, self.code_colour(span.code_id).darker(160))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for sug in self.suggestions:
            pen = QPen(self.code_colour(sug.code_id).darker(130), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in vis.range_rects(self.map.to_utf16(sug.start), self.map.to_utf16(sug.end)):
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if selected:
            # One outline around the whole coding, not a box per line.
            outline = QPainterPath()
            for rect in selected[0]:
                piece = QPainterPath()
                piece.addRect(rect.adjusted(0, 0, 0, 0.5))
                outline = outline.united(piece)
            painter.setPen(QPen(selected[1], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(outline.simplified())

    # -- hover and click ------------------------------------------------------------------------------
    def spans_at(self, position: int) -> list[Span]:
        """Visible codings containing a UTF-16 position, innermost first."""
        return [s for s in self.spans.at(position) if self.coder_visible(s.coder)]

    def tooltip_for(self, span_ids: Sequence[int]) -> str:
        """Rich text naming the codes, coders and origins of some codings."""
        rows = []
        for sid in span_ids:
            span = self.spans.get(sid)
            if span is None:
                continue
            style = self.styles.get(span.code_id)
            colour = style.colour.name() if style else "#808080"
            path = html.escape(style.path if style else str(span.code_id))
            rows.append(f"<span style='color:{colour}'>&#9632;</span> <b>{path}</b>"
                        f" &mdash; {html.escape(span.coder)} <i>({html.escape(origin_label(span.origin))})</i>")
        return "<br>".join(rows)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            position = self.visible().position_at(QPointF(event.pos()))
            tips = []
            if position is not None:
                tips.append(self.tooltip_for([s.id for s in self.spans_at(position)]))
                cp = self.map.from_utf16(position)
                tips.extend(f"<i>&#8943; {html.escape(s.label)}</i>" for s in self.suggestions
                            if s.start <= cp < s.end and s.label)
            text = "<br>".join(t for t in tips if t)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._press_pos = QPointF(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or press is None or self.textCursor().hasSelection():
            return
        if (QPointF(event.position()) - press).manhattanLength() > 4:
            return
        self.click_at(QPointF(event.position()))

    def click_at(self, point: QPointF) -> Optional[int]:
        """Select the coding under a point; clicking again cycles through overlapping ones."""
        position = self.visible().position_at(point)
        spans = self.spans_at(position) if position is not None else []
        if not spans:
            self.codingClicked.emit(-1)
            return None
        ids = [s.id for s in spans]
        chosen = ids[(ids.index(self.selected_coding) + 1) % len(ids)] if self.selected_coding in ids else ids[0]
        self.codingClicked.emit(chosen)
        return chosen

    # -- keyboard -------------------------------------------------------------------------------------
    def event(self, event) -> bool:  # noqa: D102 - Qt API
        # The widget's own undo is off; let Ctrl+Z / Ctrl+Y reach the workbench's undo stack.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isReadOnly():
            combo = event.keyCombination()
            key = QKeySequence(combo.key() | (combo.keyboardModifiers()
                                              & ~Qt.KeyboardModifier.KeypadModifier)).toString(
                QKeySequence.SequenceFormat.PortableText)
            code_id = self.code_shortcuts.get(key)
            if code_id is not None:
                self.codeShortcut.emit(code_id)
                event.accept()
                return
        super().keyPressEvent(event)

    # -- drag and drop ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(CODE_MIME) or local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The base class would move the caret (and drop the selection) while dragging over it.
        if event.mimeData().hasFormat(CODE_MIME) or local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def _on_selection(self, point: QPointF) -> bool:
        """True when a viewport point is on the selected text."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        position = self.visible().position_at(QPointF(point))
        if position is None:  # beside the text: the nearest character counts
            position = self.cursorForPosition(QPointF(point).toPoint()).position()
        return cursor.selectionStart() <= position <= cursor.selectionEnd()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        data = event.mimeData()
        ids = code_ids_from_mime(data)
        if ids:
            event.acceptProposedAction()
            if self._on_selection(event.position()):
                self.codesDropped.emit(ids)
            else:
                self.dropMissed.emit()
            return
        files = local_files(data)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
            return
        super().dropEvent(event)

