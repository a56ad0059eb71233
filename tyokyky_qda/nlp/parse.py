"""Parse texts into spaCy Docs chunk by chunk, and (de)serialise them for the project file.

A source's text is cut into chunks at blank lines (long paragraphs further at line breaks), so
``nlp.pipe`` gets many moderate documents, spaCy's length limit never bites, and a chunk's
tokens keep exact offsets: a token's offset in the source is ``chunk offset + token.idx``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Sequence

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.tokens import Doc

from tyokyky_qda.nlp import tokenstore
from tyokyky_qda.nlp.pipeline import LoadedPipeline

MAX_CHUNK = 3000     # characters; longer paragraphs are cut at line breaks or sentence ends
MERGE_UP_TO = 1500   # short paragraphs are joined into one chunk up to this many characters
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a text (separated by blank lines), empty ones left out."""
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def chunk_spans(text: str, max_chars: int = MAX_CHUNK, merge_up_to: int = MERGE_UP_TO) -> list[tuple[int, int]]:
    """(start, end) of the chunks a text is parsed in: paragraphs, short neighbours joined (fewer,
    fuller Docs parse faster), long ones cut. Chunks never overlap and keep exact offsets."""
    spans: list[tuple[int, int]] = []
    for s, e in paragraph_spans(text):
        if spans and e - spans[-1][0] <= merge_up_to:
            spans[-1] = (spans[-1][0], e)   # the blank lines between stay inside the chunk
        else:
            spans.extend(_cut(text, s, e, max_chars))
    return spans


def _cut(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        window = text[start:start + max_chars]
        cut = max(window.rfind("\n"), window.rfind(". "))
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else max_chars)
        yield start, cut
        start = cut
    yield start, end


@dataclass
class ParsedText:
    """A text parsed as chunk Docs; offsets of tokens are offsets in ``text``."""

    text: str
    offsets: list[int]
    docs: list[Doc]

    def doc_at(self, offset: int) -> tuple[int, Doc]:
        """The chunk containing ``offset``: (chunk start, Doc)."""
        i = max(0, bisect_right(self.offsets, offset) - 1)
        return self.offsets[i], self.docs[i]

    @property
    def n_tokens(self) -> int:
        """Tokens in all chunks."""
        return sum(len(d) for d in self.docs)

    @property
    def n_words(self) -> int:
        """Word tokens (no punctuation, spaces or numbers): the unit of words/s."""
        return sum(count_words(d) for d in self.docs)


def count_words(doc: Doc) -> int:
    """Tokens that are words, not punctuation, spaces or numbers (for throughput figures)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE, LIKE_NUM]).reshape(len(doc), 3)
    return int(np.count_nonzero(flags.sum(axis=1) == 0))


def parse_text(text: str, loaded: LoadedPipeline, batch_size: int = 32) -> ParsedText:
    """Parse one text with a loaded pipeline."""
    spans = chunk_spans(text)
    with loaded.lock:
        docs = list(loaded.nlp.pipe((text[s:e] for s, e in spans), batch_size=batch_size))
    return ParsedText(text, [s for s, _ in spans], docs)


def parse_many(texts: Sequence[str], loaded: LoadedPipeline, batch_size: int = 32,
               on_chunk: Optional[Callable[[int], None]] = None) -> Iterator[tuple[int, ParsedText]]:
    """Parse several texts in one ``nlp.pipe`` stream; yields (index, ParsedText) as each completes.

    One stream keeps batches full when texts are short (survey answers), which is what makes
    indexing as fast as the raw pipeline. ``on_chunk(characters)`` is called after every chunk
    (for progress; it may raise ``Cancelled`` to stop).
    """
    plans = [chunk_spans(t) for t in texts]
    pending = {i: [None] * len(p) for i, p in enumerate(plans)}
    for i, p in enumerate(plans):
        if not p:
            del pending[i]
            yield i, ParsedText(texts[i], [], [])

    def stream():
        for i, spans in enumerate(plans):
            for j, (s, e) in enumerate(spans):
                yield texts[i][s:e], (i, j)

    with loaded.lock:  # released when the generator finishes or is closed
        for doc, (i, j) in loaded.nlp.pipe(stream(), batch_size=batch_size, as_tuples=True):
            pending[i][j] = doc
            if on_chunk is not None:
                on_chunk(len(doc.text))
            if all(d is not None for d in pending[i]):
                yield i, ParsedText(texts[i], [s for s, _ in plans[i]], pending.pop(i))


def to_bytes(parsed: ParsedText) -> bytes:
    """The chunk Docs as a stored token table (words, lemmas, parts of speech, sentence starts)."""
    return tokenstore.docs_to_bytes(parsed.docs)


def from_bytes(text: str, offsets: list[int], data: bytes, loaded: LoadedPipeline) -> ParsedText:
    """Rebuild a ParsedText from a stored token table (the vocab gives vectors back)."""
    docs = tokenstore.docs_from_bytes(data, loaded.nlp.vocab)
    if len(docs) != len(offsets):
        raise ValueError("stored parse does not match its chunk offsets")
    return ParsedText(text, list(offsets), docs)
