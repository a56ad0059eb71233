"""Find quoted passages in imported text, ignoring differences in whitespace.

Codings exchanged as quotes (rather than offsets) survive changes in how a file is imported:
line wrapping in PDFs, paragraph joins in Word files, cue splits in WebVTT.
"""

from __future__ import annotations

import re
from typing import Optional

_WS = re.compile(r"\s+")


class WhitespaceIndex:
    """A text with whitespace runs collapsed to one space, and a map back to the original offsets."""

    def __init__(self, text: str):
        self.text = text
        parts, offsets = [], []
        pos = 0
        for m in _WS.finditer(text):
            chunk = text[pos:m.start()]
            parts.append(chunk)
            offsets.extend(range(pos, m.start()))
            parts.append(" ")
            offsets.append(m.start())
            pos = m.end()
        parts.append(text[pos:])
        offsets.extend(range(pos, len(text)))
        self.flat = "".join(parts)
        self.offsets = offsets

    def find(self, quote: str, occurrence: int = 0, start_at: int = 0) -> Optional[tuple[int, int]]:
        """The (start, end) of the ``occurrence``-th match of ``quote`` at or after ``start_at``."""
        needle = _WS.sub(" ", quote.strip())
        if not needle:
            return None
        flat_start = next((i for i, o in enumerate(self.offsets) if o >= start_at), len(self.flat))
        idx = self.flat.find(needle, flat_start)
        for _ in range(occurrence):
            if idx < 0:
                break
            idx = self.flat.find(needle, idx + 1)
        if idx < 0:
            return None
        end_flat = idx + len(needle) - 1
        return self.offsets[idx], self.offsets[end_flat] + 1
