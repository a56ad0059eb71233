"""Text positions of REFI-QDA selections.

The specification counts Unicode code points, end exclusive. NVivo counts UTF-16 code units of the
text without BOM and with CRLF as two. We store text with LF line ends, so positions are mapped
from the producer's counting over the raw text onto code points of the stored text.
"""

from __future__ import annotations

import bisect

from tyokyky_qda.core.offsets import Utf16Map


def uses_utf16(origin: str) -> bool:
    """True for producers known to count UTF-16 code units (NVivo)."""
    return "nvivo" in (origin or "").lower()


class PositionMapper:
    """Maps producer positions over ``raw`` text to code points of the stored (LF) text."""

    def __init__(self, raw: str, utf16: bool):
        self.raw = raw[1:] if raw.startswith("\ufeff") else raw
        self.stored = self.raw.replace("\r\n", "\n")
        self._utf16 = Utf16Map(self.raw) if utf16 else None
        # Code-point positions in raw of each CR that starts a CRLF; each one before a position
        # shifts it left by one in the stored text.
        self._crs = [i for i, ch in enumerate(self.raw) if ch == "\r" and self.raw[i + 1:i + 2] == "\n"]

    def to_stored(self, pos: int) -> int:
        """Producer position → code point in the stored text."""
        cp = self._utf16.from_utf16(pos) if self._utf16 is not None else pos
        return cp - bisect.bisect_left(self._crs, cp)


def export_positions(text: str, crlf: bool):
    """A function mapping stored code points to exported ones (LF → CRLF adds one per line)."""
    if not crlf:
        return lambda pos: pos
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    return lambda pos: pos + bisect.bisect_left(newlines, pos)
