"""Suggestion units: the stretches of a source that get suggestions, with their content lemmas.

Units are sentences, sections (speaker turns, survey answers, report fields; else paragraphs)
or the whole source. Sentences never cross a section boundary, and where a source has turns,
answers or fields, only text inside them gets units (a survey's question text is not coded).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, LOWER, SENT_START

from tyokyky_qda.nlp.parse import ParsedText, paragraph_spans
from tyokyky_qda.ingest.speakers import interviewers_among

UNIT_KINDS = ("sentence", "section", "source")
#: Section kinds that are natural coding units, in order of preference.
CONTENT_SECTIONS = ("turn", "answer", "field")
# Spoken-Finnish fillers and particles that spaCy's stop list lacks; they carry no topic.
FILLERS = frozenset("""niinku niinkuin tota toi tuota öö ööh no joo juu ja niin siis sit sitten et ett
ni nii mä sä tää se ne ku kun vaan vain ihan kyl kyllä mut mutta eli okei ok jotain jotenkin
semmonen semmoinen tämmönen tämmöinen sellanen sellainen aika tosi hirveesti""".split())
# Words that answer or steer the talk ("Kuuluu, kuuluu.", "Käy, käy.", "Selvä.", "Joo, sopii
# mulle.") and pronoun lemmas of colloquial forms ("mulle" -> "minä") the stop list misses. They
# stay content lemmas for the text features (a real sentence may say "kuuluu"), but they are not
# evidence that a unit is about anything, so ``evidence_count`` leaves them out.
RESPONSE_WORDS = frozenset("""mm mmm hm hmm mhm aha ahaa niinpä totta selvä just justiin juuri
nimenomaan tosiaan todellakin ehdottomasti varmasti varmaan varmaankin oikeastaan aivan toki tietysti
tietenkin kai ehkä kuulua kuulla käydä sopia ymmärtää tietää hetki hetkinen anteeksi kiitos kiittää
kiitti moi hei heippa okei okay jep jees minä sinä hän me te he mun sun""".split())
#: Units with fewer distinct evidence lemmas get no suggestions. Chosen from the benchmark
#: (benchmarks/bench_suggest.py, "by_evidence"): even one word taken from a topical segment picks
#: the right goal of seven only 0.30-0.36 of the time (two words: 0.39-0.44), and in the demo
#: corpus most one-word units are backchannels ("Käy, käy."), dates, headings and field values.
#: The price: a sentence whose only content is one topical word ("Mutta se masennus on mun oma
#: asia.") gets nothing either; its turn or paragraph as a unit still does.
MIN_EVIDENCE_LEMMAS = 2


@dataclass
class TokenTable:
    """The tokens of a parsed text as flat arrays: offsets, lower-case lemmas, content flags."""

    starts: np.ndarray
    ends: np.ndarray
    lemmas: list[str]
    content: np.ndarray
    sent_starts: np.ndarray

    @classmethod
    def from_parsed(cls, parsed: ParsedText) -> "TokenTable":
        """Flatten the chunk Docs of a parse (column-wise: no Python loop over tokens)."""
        parts = [_doc_columns(doc, offset) for offset, doc in zip(parsed.offsets, parsed.docs)]
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, [], np.zeros(0, dtype=bool), np.zeros(0, dtype=bool))
        starts, ends, lemmas, content, sents = (list(x) for x in zip(*parts))
        return cls(np.concatenate(starts), np.concatenate(ends), [w for part in lemmas for w in part],
                   np.concatenate(content), np.concatenate(sents))

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the tokens overlapping text[start:end]."""
        i = int(np.searchsorted(self.ends, start, side="right"))
        j = int(np.searchsorted(self.starts, end, side="left"))
        return i, max(i, j)

    def content_lemmas(self, start: int, end: int) -> list[str]:
        """Lemmas of the content words in text[start:end]."""
        i, j = self.token_range(start, end)
        return [self.lemmas[k] for k in range(i, j) if self.content[k]]


_COLUMNS = [IDX, LENGTH, LEMMA, LOWER, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_STOP, SENT_START]
_TEXTS: dict[int, str] = {}   # hash -> lower-cased string, shared: StringStore lookups are slow


def _text_of(store, h: int) -> str:
    text = _TEXTS.get(h)
    if text is None:
        if len(_TEXTS) > 500_000:
            _TEXTS.clear()
        text = _TEXTS[h] = store[h].lower() if h else ""
    return text


def _doc_columns(doc, offset: int):
    """starts, ends, lemmas, content flags and sentence starts of one Doc's non-space tokens."""
    a = doc.to_array(_COLUMNS).reshape(len(doc), len(_COLUMNS)).astype(np.int64)
    space = a[:, 4] == 1
    sent = a[:, 8] == 1
    # A sentence may start on a whitespace token: pass that on to the next real token.
    for k in np.flatnonzero(space & sent):
        nxt = k + 1
        while nxt < len(a) and space[nxt]:
            nxt += 1
        if nxt < len(a):
            sent[nxt] = True
    keep = ~space
    store = doc.vocab.strings
    lemmas = [_text_of(store, int(lem)) or _text_of(store, int(low))
              for lem, low in zip(a[keep, 2].astype(np.uint64).tolist(), a[keep, 3].astype(np.uint64).tolist())]
    lowers = [_text_of(store, int(low)) for low in a[keep, 3].astype(np.uint64).tolist()]
    words_ok = np.array([len(w) >= 2 and w not in FILLERS and o not in FILLERS for w, o in zip(lemmas, lowers)],
                        dtype=bool)
    content = words_ok & (a[keep, 5] == 0) & (a[keep, 6] == 0) & (a[keep, 7] == 0)
    starts = a[keep, 0] + offset
    return starts, starts + a[keep, 1], lemmas, content, sent[keep]


@dataclass
class Unit:
    """One stretch of text to suggest codes for (offsets into the source text)."""

    start: int
    end: int
    kind: str
    lemmas: list[str]
    source_id: Optional[int] = None
    labels: set = field(default_factory=set)

    def lemma_text(self) -> str:
        """The content lemmas joined by spaces: what the text features are built from."""
        return " ".join(self.lemmas)


def evidence_count(lemmas: Sequence[str]) -> int:
    """How much a unit says: its distinct content lemmas, response words left out."""
    return len({w.strip(".!?,") for w in lemmas} - RESPONSE_WORDS - {""})


def has_evidence(lemmas: Sequence[str]) -> bool:
    """True if a unit says enough (``MIN_EVIDENCE_LEMMAS``) to get suggestions at all."""
    return evidence_count(lemmas) >= MIN_EVIDENCE_LEMMAS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(parsed: ParsedText, table: TokenTable) -> list[tuple[int, int]]:
    """Sentences from the sentencizer, also cut where a new line clearly starts a new item."""
    text = parsed.text
    cuts = sorted({int(s) for s in table.starts[table.sent_starts]} | set(parsed.offsets)
                  | {s for s, _ in paragraph_spans(text)} | _line_starts(text))
    cuts = sorted({_before_annotation(text, c) for c in cuts})
    bounds = cuts + [len(text)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(cuts)) if bounds[k] < bounds[k + 1]]


def _before_annotation(text: str, cut: int) -> int:
    """A cut moved to the start of a transcriber's annotation it falls inside ("... hyvä. [nau|rahtaa]
    Ja ..."): the tagger may split "[" from its word, which would start a unit with "rahtaa]"."""
    line_start = text.rfind("\n", 0, cut) + 1
    opening = text.rfind("[", line_start, cut)
    if opening == -1 or text.rfind("]", line_start, cut) > opening:
        return cut
    closing = text.find("]", cut)
    newline = text.find("\n", cut)
    return opening if closing != -1 and (newline == -1 or closing < newline) else cut


def _line_starts(text: str) -> set[int]:
    """Line starts that begin a new sentence: after end punctuation or before a capital, bullet or
    speaker label (a line continuing a wrapped sentence starts in lower case)."""
    out = set()
    pos = text.find("\n")
    while pos != -1:
        nxt = pos + 1
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        prev = text[:pos].rstrip()[-1:] if pos else ""
        if nxt < len(text) and prev != "-" and (
                prev in ".!?:;" or text[nxt].isupper() or text[nxt] in "•*-–—0123456789"):
            out.add(nxt)
        pos = text.find("\n", pos + 1)
    return out


def _clip(spans: list[tuple[int, int]], regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Intersect spans with regions (sorted, non-overlapping): nothing crosses a region edge."""
    out = []
    starts = [r[0] for r in regions]
    for s, e in spans:
        k = max(0, bisect_left(starts, s) - 1)
        while k < len(regions) and regions[k][0] < e:
            a, b = max(s, regions[k][0]), min(e, regions[k][1])
            if a < b:
                out.append((a, b))
            k += 1
    return out


def content_regions(sections: Sequence, text_length: int) -> tuple[str, list[tuple[int, int]]]:
    """(kind, ranges) of the sections that are coding units; ("", [whole text]) if none."""
    for kind in CONTENT_SECTIONS + ("paragraph",):
        chosen = [s for s in sections if s.kind == kind and s.end > s.start]
        if kind == "turn":
            # The interviewer's questions are not evidence: suggest codes for what interviewees say.
            spoken: dict[str, int] = {}
            for s in chosen:
                speaker = getattr(s, "speaker", "") or ""
                spoken[speaker] = spoken.get(speaker, 0) + s.end - s.start
            asking = interviewers_among(spoken)
            answers = [s for s in chosen if (getattr(s, "speaker", "") or "") not in asking]
            chosen = answers or chosen
        ranges = sorted((s.start, s.end) for s in chosen)
        if ranges:
            merged: list[tuple[int, int]] = []
            for a, b in ranges:  # overlapping sections of one kind would double units
                if merged and a < merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            return kind, merged
    return "", [(0, text_length)]


def make_units(parsed: ParsedText, table: TokenTable, unit: str, sections: Sequence = (),
               source_id: Optional[int] = None) -> list[Unit]:
    """The units of a parsed source: "sentence", "section" or "source"."""
    text = parsed.text
    kind, regions = content_regions(sections, len(text))
    if unit == "sentence":
        spans, label, minimum = _clip(sentence_spans(parsed, table), regions), "sentence", 2
    elif unit == "section":
        if kind in CONTENT_SECTIONS or kind == "paragraph":
            spans, label = regions, kind
        else:
            spans, label = paragraph_spans(text), "paragraph"
        minimum = 1
    elif unit == "source":
        spans, label, minimum = [(regions[0][0], regions[-1][1])], "source", 1
    else:
        raise ValueError(unit)
    units = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        lemmas = table.content_lemmas(s, e)
        if len(lemmas) >= minimum:
            units.append(Unit(s, e, label, lemmas, source_id))
    return units
