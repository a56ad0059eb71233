"""Move ranges between two versions of a text by aligning them, never guessing.

A range moves only if its exact text is found at the mapped position; otherwise it is reported
as unplaceable, so a coding is never put on the wrong words.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher
from typing import Optional


class TextAligner:
    """Maps offsets of ``old`` text onto ``new`` text through their matching blocks."""

    def __init__(self, old: str, new: str):
        self.old, self.new = old, new
        if old == new:
            self._blocks = [(0, 0, len(old))]
        else:
            matcher = SequenceMatcher(None, old, new, autojunk=False)
            self._blocks = [(b.a, b.b, b.size) for b in matcher.get_matching_blocks() if b.size]
        self._starts = [b[0] for b in self._blocks]

    @property
    def identical(self) -> bool:
        """True when both texts are the same."""
        return self.old == self.new

    def _map_point(self, pos: int) -> Optional[int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        a, b, size = self._blocks[i]
        return b + (pos - a) if a <= pos < a + size else None

    def map_range(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The range in the new text holding the same characters, or None."""
        if self.identical:
            return start, end
        s = self._map_point(start)
        last = self._map_point(end - 1)
        if s is None or last is None or last + 1 <= s:
            return None
        e = last + 1
        return (s, e) if self.new[s:e] == self.old[start:end] else None

    def similarity(self) -> float:
        """Share of the old text found in the new one (0..1)."""
        if not self.old:
            return 1.0 if not self.new else 0.0
        return sum(b[2] for b in self._blocks) / max(len(self.old), len(self.new))
