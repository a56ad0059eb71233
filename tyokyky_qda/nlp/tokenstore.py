"""Stored parses as token tables: a lean, versioned serialisation of spaCy Docs.

It keeps what suggestions need (words, whitespace, lemmas, parts of speech, sentence starts)
as one uint64 array plus the strings those hashes stand for. spaCy's ``DocBin`` does the same
job but walks every token in Python to collect nine strings each; with the fast fallback
pipeline that alone cost a third of the indexing time. Here the strings come from the unique
hashes, so storing a parse costs a few percent of parsing it.

Layout: ``MAGIC`` + 4-byte header length + JSON header (version, token counts per Doc,
strings) + zlib-compressed columns: word and lemma string indexes (2 × uint32 per token), part
of speech (uint8), sentence start (int8: 1, 0, -1) and trailing whitespace (uint8).
"""

from __future__ import annotations

import json
import struct
import zlib
from typing import Sequence

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc

MAGIC = b"TQTT"
VERSION = 1
ATTRS = [ORTH, LEMMA, POS, SENT_START]
_COLS = ATTRS + [SPACY, IS_PUNCT, IS_SPACE, LIKE_NUM]


def encode(docs: Sequence[Doc]) -> tuple[bytes, int, int]:
    """Serialise Docs (one per chunk of a source); returns (bytes, tokens, words).

    Words are tokens that are not punctuation, whitespace or numbers (for throughput figures).
    One ``to_array`` call per Doc gives both the stored columns and the word count. Words and
    lemmas are stored as indexes into the header's string list.
    """
    arrays = [doc.to_array(_COLS).reshape(-1, len(_COLS)) for doc in docs]
    every = np.concatenate(arrays) if arrays else np.zeros((0, len(_COLS)), np.uint64)
    n = len(every)
    words = int(np.count_nonzero(every[:, 5:].sum(axis=1) == 0))
    hashes, index = np.unique(every[:, :2], return_inverse=True)
    header = {"version": VERSION, "lengths": [len(a) for a in arrays],
              "strings": _strings(hashes, docs[0].vocab.strings) if docs else []}
    body = (index.reshape(n, 2).astype(np.uint32).tobytes()
            + every[:, 2].astype(np.uint8).tobytes()                       # POS (an enum)
            + every[:, 3].astype(np.int64).astype(np.int8).tobytes()       # SENT_START: 1, 0, -1
            + every[:, 4].astype(np.uint8).tobytes())                      # trailing whitespace
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return MAGIC + struct.pack("<I", len(head)) + head + zlib.compress(body, 1), n, words


_SEEN: dict[int, str] = {}   # hash -> string, shared by all sources: StringStore lookups are slow


def _strings(hashes: np.ndarray, store) -> list[str]:
    if len(_SEEN) > 500_000:
        _SEEN.clear()
    out = []
    for h in hashes.tolist():
        text = _SEEN.get(h)
        if text is None:
            text = _SEEN[h] = store[h] if h else ""
        out.append(text)
    return out


def docs_to_bytes(docs: Sequence[Doc]) -> bytes:
    """Serialise Docs (see ``encode``)."""
    return encode(docs)[0]


def docs_from_bytes(data: bytes, vocab) -> list[Doc]:
    """Rebuild the Docs with ``vocab`` (whose vectors then apply); ValueError if not ours."""
    if data[:4] != MAGIC:
        raise ValueError("not a stored token table")
    (size,) = struct.unpack("<I", data[4:8])
    header = json.loads(data[8:8 + size].decode("utf-8"))
    if header.get("version") != VERSION:
        raise ValueError("stored token table has another format version")
    strings = header["strings"]
    keys = np.array([vocab.strings.add(s) if s else 0 for s in strings], dtype=np.uint64)
    lengths = header["lengths"]
    n = int(sum(lengths))
    raw = zlib.decompress(data[8 + size:])
    index = np.frombuffer(raw[:n * 8], dtype=np.uint32).reshape(n, 2)
    pos = np.frombuffer(raw[n * 8:n * 9], dtype=np.uint8)
    sent = np.frombuffer(raw[n * 9:n * 10], dtype=np.int8)
    space = np.frombuffer(raw[n * 10:n * 11], dtype=np.uint8)
    attrs = np.stack([keys[index[:, 1]] if n else np.zeros(0, np.uint64), pos.astype(np.uint64),
                      sent.astype(np.int64).astype(np.uint64)], axis=1)
    docs, at = [], 0
    for length in lengths:
        words = [strings[k] for k in index[at:at + length, 0]]
        doc = Doc(vocab, words=words, spaces=space[at:at + length].astype(bool).tolist())
        if length:
            doc.from_array(ATTRS[1:], attrs[at:at + length].copy())
        docs.append(doc)
        at += length
    return docs
