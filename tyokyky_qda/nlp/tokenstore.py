"""Stored parses as token tables: a lean, versioned serialisation of spaCy Docs.

It keeps what suggestions need (words, whitespace, lemmas, parts of speech, sentence starts)
as one uint64 array plus the strings those hashes stand for. spaCy's ``DocBin`` does the same
job but walks every token in Python to collect nine strings each; with the fast fallback
pipeline that alone cost a third of the indexing time. Here the strings come from the unique
hashes, so storing a parse costs a few percent of parsing it.

Layout: ``MAGIC`` + 4-byte header length + JSON header (version, token counts per Doc,
strings) + zlib-compressed array bytes (tokens × ATTRS, then one whitespace flag per token).
"""

from __future__ import annotations

import json
import struct
import zlib
from typing import Sequence

import numpy as np
from spacy.attrs import LEMMA, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc

MAGIC = b"TQTT"
VERSION = 1
ATTRS = [ORTH, LEMMA, POS, SENT_START]


def docs_to_bytes(docs: Sequence[Doc]) -> bytes:
    """Serialise Docs (one per chunk of a source)."""
    width = len(ATTRS)
    arrays = [doc.to_array(ATTRS).reshape(-1, width) for doc in docs]
    spaces = [doc.to_array(SPACY).reshape(-1) for doc in docs]
    table = np.concatenate(arrays).astype(np.uint64) if arrays else np.zeros((0, width), np.uint64)
    space = np.concatenate(spaces).astype(np.uint8) if spaces else np.zeros(0, np.uint8)
    strings = docs[0].vocab.strings if docs else None
    hashes = np.unique(table[:, :2]) if len(table) else np.zeros(0, np.uint64)
    header = {"version": VERSION, "lengths": [len(a) for a in arrays],
              "strings": [strings[int(h)] for h in hashes if h] if strings is not None else []}
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    body = zlib.compress(table.tobytes() + space.tobytes(), 1)
    return MAGIC + struct.pack("<I", len(head)) + head + body


def docs_from_bytes(data: bytes, vocab) -> list[Doc]:
    """Rebuild the Docs with ``vocab`` (whose vectors then apply); ValueError if not ours."""
    if data[:4] != MAGIC:
        raise ValueError("not a stored token table")
    (size,) = struct.unpack("<I", data[4:8])
    header = json.loads(data[8:8 + size].decode("utf-8"))
    if header.get("version") != VERSION:
        raise ValueError("stored token table has another format version")
    for s in header["strings"]:
        vocab.strings.add(s)
    lengths = header["lengths"]
    n = int(sum(lengths))
    raw = zlib.decompress(data[8 + size:])
    width = len(ATTRS)
    table = np.frombuffer(raw[:n * width * 8], dtype=np.uint64).reshape(n, width)
    space = np.frombuffer(raw[n * width * 8:], dtype=np.uint8)
    docs, pos = [], 0
    for length in lengths:
        rows = table[pos:pos + length]
        words = [vocab.strings[int(h)] for h in rows[:, 0]]
        doc = Doc(vocab, words=words, spaces=space[pos:pos + length].astype(bool).tolist())
        if length:
            doc.from_array(ATTRS[1:], rows[:, 1:].copy())
        docs.append(doc)
        pos += length
    return docs
