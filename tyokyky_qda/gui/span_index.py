"""A bucketed interval index over the highlighted ranges of one document (pure Python).

The document view paints only what is visible, so it asks "which codings overlap characters
a..b?" on every paint. Sorting by start alone degrades when one coding covers the whole text, so
each span is registered in every fixed-size bucket it touches: a query looks at a handful of
buckets, and adding or removing a coding touches only its own buckets (no rebuild).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

BUCKET = 512  # characters per bucket: a screenful of text touches about ten


@dataclass(slots=True)
class Span:
    """One highlighted range in Qt (UTF-16) offsets, with what the view needs to draw it."""

    id: int
    code_id: int
    start: int
    end: int
    coder: str = ""
    origin: str = "manual"

    @property
    def length(self) -> int:
        """Length in UTF-16 code units."""
        return self.end - self.start


class SpanIndex:
    """Spans by id plus a bucket table for overlap queries."""

    def __init__(self, spans: Iterable[Span] = ()):
        self._spans: dict[int, Span] = {}
        self._buckets: dict[int, set[int]] = {}
        by_id, buckets = self._spans, self._buckets
        for span in spans:  # the bulk path of add(): opening a source builds 16,000 of these
            if span.id in by_id:
                self.add(span)
                continue
            by_id[span.id] = span
            for b in range(span.start // BUCKET, max(span.start, span.end - 1) // BUCKET + 1):
                bucket = buckets.get(b)
                if bucket is None:
                    buckets[b] = {span.id}
                else:
                    bucket.add(span.id)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, span_id: int) -> bool:
        return span_id in self._spans

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans.values())

    def get(self, span_id: int) -> Optional[Span]:
        """The span with this id, or None."""
        return self._spans.get(span_id)

    def add(self, span: Span) -> None:
        """Add (or replace) a span."""
        if span.id in self._spans:
            self.remove(span.id)
        self._spans[span.id] = span
        for b in range(span.start // BUCKET, max(span.start, span.end - 1) // BUCKET + 1):
            self._buckets.setdefault(b, set()).add(span.id)

    def remove(self, span_id: int) -> Optional[Span]:
        """Remove a span; returns it (None if it was not there)."""
        span = self._spans.pop(span_id, None)
        if span is None:
            return None
        for b in range(span.start // BUCKET, max(span.start, span.end - 1) // BUCKET + 1):
            bucket = self._buckets.get(b)
            if bucket is not None:
                bucket.discard(span_id)
                if not bucket:
                    del self._buckets[b]
        return span

    def clear(self) -> None:
        """Forget every span."""
        self._spans.clear()
        self._buckets.clear()

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one character with ``start..end``, longest first.

        Longest first is the painting order: short codings end up drawn on top of the long
        ones that contain them.
        """
        ids: set[int] = set()
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            bucket = self._buckets.get(b)
            if bucket:
                ids.update(bucket)
        found = [s for s in map(self._spans.__getitem__, ids) if s.start < end and s.end > start]
        found.sort(key=lambda s: (-s.length, s.start, s.id))
        return found

    def at(self, position: int) -> list[Span]:
        """Spans containing the character at ``position``, shortest first (the innermost first)."""
        found = self.overlapping(position, position + 1)
        found.reverse()
        return found
