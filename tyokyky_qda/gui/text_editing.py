"""Editing a source's text in the document view without losing any coding.

While the user types, highlights move with the words at once (the same ``OffsetShifter`` rule the
store uses). The typing is written to the project shortly after it pauses, or as soon as the
caret jumps to another place, as one ``EditTextCommand`` per contiguous region: the store's
``replace_text`` then moves every coding, section and case range with its words, and undo puts
the old text and ranges back.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, QTimer

from tyokyky_qda.core.offsets import Edit, OffsetShifter, utf16_len
from tyokyky_qda.gui.qt_document import DocumentView, utf16_map
from tyokyky_qda.gui.span_index import Span, SpanIndex
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_coding import EditTextCommand

IDLE_MS = 800


def common_prefix(a: str, b: str) -> int:
    """Length of the common prefix (binary search on slice equality, so it runs at C speed)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def diff_region(old: str, new: str) -> tuple[int, int, int]:
    """The smallest ``(start, old_end, new_end)`` with ``old[start:old_end]`` replaced by
    ``new[start:new_end]`` turning old into new."""
    start = common_prefix(old, new)
    limit = min(len(old), len(new)) - start
    suffix = common_prefix(old[::-1][:limit], new[::-1][:limit]) if limit > 0 else 0
    return start, len(old) - suffix, len(new) - suffix


class TextEditSession(QObject):
    """Tracks one source's edits between 'edit text' on and off."""

    def __init__(self, view: DocumentView, ops, stack, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.view, self.ops, self.stack = view, ops, stack
        self.active = False
        self.base = ""       # the text as the project has it (after the last flush)
        self.current = ""    # the text in the widget now
        self.region: Optional[tuple[int, int]] = None  # pending changes, in ``current`` offsets
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)

    def start(self) -> None:
        """Make the text editable."""
        if self.active or self.view.source_id is None:
            return
        self.reset()
        self.active = True
        self.view.document().contentsChange.connect(self._changed)
        self.view.set_editable(True)

    def stop(self) -> None:
        """Write pending edits and make the text read-only again."""
        if not self.active:
            return
        self.flush()
        self.view.document().contentsChange.disconnect(self._changed)
        self.active = False
        self.view.set_editable(False)

    def reset(self) -> None:
        """Forget pending state: the widget shows what the project has (after a reload)."""
        self.base = self.current = self.view.toPlainText()
        self.region = None
        self._timer.stop()

    def _changed(self, position: int, removed: int, added: int) -> None:
        new = self.view.toPlainText()
        start, old_end, new_end = diff_region(self.current, new)
        if start == old_end == new_end:
            return  # a format change, not a text change
        if self.region and (old_end < self.region[0] or start > self.region[1]):
            self.flush()  # the caret jumped: write the earlier region as its own edit
        delta = new_end - old_end
        if self.region is None:
            self.region = (start, new_end)
        else:
            ra, rb = self.region
            rb = rb + delta if rb >= old_end else rb
            self.region = (min(ra, start), max(rb, new_end))
        self._shift_view(start, old_end, new, new_end)
        self.current = new
        self._timer.start()

    def _shift_view(self, start: int, old_end: int, new: str, new_end: int) -> None:
        """Move highlights and sections with the words, as the store will."""
        view = self.view
        old_map = view.map
        a16, b16 = old_map.to_utf16(start), old_map.to_utf16(old_end)
        shifter = OffsetShifter([Edit(a16, b16, "x" * utf16_len(new[start:new_end]))])
        moved = []
        for span in view.spans:
            if span.end < a16:
                moved.append(span)
                continue
            s, e = shifter.map_range(span.start, span.end)
            moved.append(Span(span.id, span.code_id, s, e, span.coder, span.origin))
        view.spans = SpanIndex(moved)
        view.sections = [(*shifter.map_range(s, e), sec) for s, e, sec in view.sections]
        view.section_starts = [t[0] for t in view.sections]
        view.text = new
        if not old_map.trivial or utf16_len(new[start:new_end]) != new_end - start:
            view.map = utf16_map(new)  # only texts with characters beyond the BMP need a new map
        view.refresh()

    def flush(self) -> None:
        """Write the pending region to the project as one undoable edit."""
        self._timer.stop()
        if self.region is None or self.view.source_id is None:
            return
        start, old_end, new_end = diff_region(self.base, self.current)
        self.region = None
        if start == old_end == new_end:
            return
        edit = Edit(start, old_end, self.current[start:new_end])
        push(self.stack, EditTextCommand(self.ops, self.view.source_id, edit, origin=self))
        self.base = self.current
