"""Offsets: Unicode code points of the stored text, end exclusive.

Everything in the project speaks code points (Python ``str`` indices). Qt speaks UTF-16 code
units; REFI-QDA files from NVivo do too. The conversions live here so gui/ and refi/ share one
tested implementation.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence


def utf16_len(text: str) -> int:
    """Number of UTF-16 code units needed for ``text``."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Utf16Map:
    """Converts between code-point offsets and UTF-16 offsets for one text, in O(log n)."""

    def __init__(self, text: str):
        # Positions (in code points) of characters outside the BMP: each adds one UTF-16 unit.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._length = len(text)

    @property
    def trivial(self) -> bool:
        """True when both offset systems coincide (no astral characters)."""
        return not self._astral

    def to_utf16(self, cp: int) -> int:
        """Code-point offset → UTF-16 offset."""
        return cp + bisect.bisect_left(self._astral, cp)

    def from_utf16(self, u16: int) -> int:
        """UTF-16 offset → code-point offset (an offset inside a surrogate pair rounds down)."""
        if not self._astral:
            return u16
        lo, hi = 0, self._length
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_utf16(mid) <= u16:
                lo = mid
            else:
                hi = mid - 1
        return lo


def check_range(text_length: int, start: int, end: int) -> bool:
    """True when ``start..end`` is a non-empty range inside a text of ``text_length``."""
    return 0 <= start < end <= text_length


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new`` (offsets in the text before any edit)."""

    start: int
    end: int
    new: str


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits given in original offsets."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos:
            raise ValueError("overlapping edits")
        out.append(text[pos:e.start])
        out.append(e.new)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


class OffsetShifter:
    """Maps offsets of a text before a set of edits to offsets after them.

    A range that contains an edit grows or shrinks with it, so a coding stays on its words;
    an offset strictly inside a replaced span snaps to the replacement's edge.
    """

    def __init__(self, edits: Iterable[Edit]):
        self._edits = sorted(edits, key=lambda e: e.start)

    def map(self, offset: int, *, is_end: bool) -> int:
        """Map one offset; ``is_end`` decides the side an offset inside an edit snaps to."""
        delta = 0
        for e in self._edits:
            if offset <= e.start:
                break
            if offset >= e.end:
                delta += len(e.new) - (e.end - e.start)
                continue
            # Strictly inside the replaced span: snap outward so the range keeps the whole replacement.
            return e.start + delta + (len(e.new) if is_end else 0)
        return offset + delta

    def map_range(self, start: int, end: int) -> tuple[int, int]:
        """Map a range; an emptied range keeps one point (start == end)."""
        new_start = self.map(start, is_end=False)
        new_end = self.map(end, is_end=True)
        return new_start, max(new_start, new_end)
