"""Evidence from the codebook itself: code definitions and keywords, lemmatised.

Works before anything is coded. A code's profile is its name, the inclusion part of its
description (the "Ei kuulu:"/"Excludes:" part names other codes' topics, so it is cut off) and its
keywords. Keywords are matched on lemmas with spaCy's PhraseMatcher (attr="LEMMA"), so
"työkyvyn tuen tarpeen" matches the keyword "työkyvyn tuen tarve"; a long one-word keyword also
matches inside a compound lemma ("kuntoutus" in "mielenterveyskuntoutus").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from tyokyky_qda.nlp.parse import ParsedText
from tyokyky_qda.nlp.units import FILLERS, TokenTable, Unit

_EXCLUDES = re.compile(r"\b(Ei kuulu|Excludes?|Does not include|Not included)\s*:", re.I)
_CODE_PREFIX = re.compile(r"^\s*[A-ZÅÄÖ]{1,3}\d+(\.\d+)*\s+")
MIN_COMPOUND = 6       # a one-word keyword this long also matches inside compounds
COMPOUND_WEIGHT = 0.6  # ... but counts less than a whole-word match


# Coder-guidance labels ("Kuuluu:" = "belongs here") are form, not content: left in, the lemma
# "kuulua" made "Kuuluu, kuuluu." (I can hear you) look like every definition.
_GUIDANCE_LABEL = re.compile(r"\b(Kuuluu|Includes?|Belongs here)\s*:", re.I)


def definition_text(description: str) -> str:
    """The inclusion part of a code description: everything before "Ei kuulu:"/"Excludes:",
    without guidance labels such as "Kuuluu:"."""
    m = _EXCLUDES.search(description or "")
    text = (description[:m.start()] if m else description or "").strip()
    return _GUIDANCE_LABEL.sub(" ", text).strip()


@dataclass
class CodeProfile:
    """What the codebook says about one code, in the language of the texts."""

    code_id: int
    path: str
    name: str
    text: str
    keywords: list[str]
    lemmas: list[str] = field(default_factory=list)
    keyword_lemmas: list[tuple[str, ...]] = field(default_factory=list)


def code_profiles(codes: Sequence, paths: dict, language: str) -> list[CodeProfile]:
    """Profiles (not yet lemmatised) of codes; English fields for English texts where filled."""
    out = []
    for c in codes:
        use_en = language == "en" and (c.description_en or c.keywords_en or c.name_en)
        name = (c.name_en or c.name) if use_en else c.name
        description = c.description_en if use_en else c.description
        keywords = list(c.keywords_en if use_en else c.keywords)
        text = " ".join(x for x in (_CODE_PREFIX.sub("", name), definition_text(description)) if x)
        out.append(CodeProfile(c.id, paths.get(c.id, c.name), name, text, keywords))
    return out


#: Lemmas of code texts by (pipeline id, text): retraining after a coding change does not
#: lemmatise the whole codebook again. Bounded; cleared when it grows past the limit.
_LEMMA_CACHE: dict[tuple[str, str], tuple] = {}
_LEMMA_CACHE_LIMIT = 20000


def _lemmatised(texts: list[str], loaded, content: bool) -> list[tuple]:
    """Lemmas of texts (content words only, or all non-punctuation tokens), cached."""
    key = (loaded.pipeline_id, "c" if content else "a")
    missing = list(dict.fromkeys(t for t in texts if (key, t) not in _LEMMA_CACHE))
    if len(_LEMMA_CACHE) + len(missing) > _LEMMA_CACHE_LIMIT:
        _LEMMA_CACHE.clear()
        missing = list(dict.fromkeys(texts))
    with loaded.lock:
        for text, doc in zip(missing, loaded.nlp.pipe(missing, batch_size=64)):
            toks = [t for t in doc if (_content(t) if content else not (t.is_punct or t.is_space))]
            _LEMMA_CACHE[(key, text)] = tuple(t.lemma_ for t in toks)
    return [_LEMMA_CACHE[(key, t)] for t in texts]


def lemmatise_profiles(profiles: list[CodeProfile], loaded) -> None:
    """Fill each profile's content lemmas and keyword lemma tuples using the loaded pipeline."""
    texts = [p.text + " " + " . ".join(p.keywords) for p in profiles]
    for p, lemmas in zip(profiles, _lemmatised(texts, loaded, content=True)):
        p.lemmas = list(lemmas)
    flat = [(i, k) for i, p in enumerate(profiles) for k in p.keywords if k.strip()]
    for (i, _), lemmas in zip(flat, _lemmatised([k for _, k in flat], loaded, content=False)):
        if lemmas and lemmas not in profiles[i].keyword_lemmas:
            profiles[i].keyword_lemmas.append(lemmas)


def _content(tok) -> bool:
    return not (tok.is_punct or tok.is_space or tok.like_num or tok.is_stop or tok.lemma_ in FILLERS
                or len(tok.lemma_) < 2)


class KeywordMatcher:
    """Finds codes' keywords in parsed text by lemma: exact phrases and compound parts."""

    def __init__(self, vocab, keywords: dict[int, list[tuple[str, ...]]]) -> None:
        self.matcher = PhraseMatcher(vocab, attr="LEMMA")
        self.vocab = vocab
        self.compound_keys: list[tuple[str, int]] = []
        for code_id, phrases in keywords.items():
            patterns = [Doc(vocab, words=list(p), lemmas=list(p)) for p in phrases]
            if patterns:
                self.matcher.add(str(code_id), patterns)
            self.compound_keys.extend((p[0], code_id) for p in phrases
                                      if len(p) == 1 and len(p[0]) >= MIN_COMPOUND)
        self._compound_cache: dict[str, list[tuple[str, int]]] = {}

    def _compounds(self, lemma: str) -> list[tuple[str, int]]:
        hit = self._compound_cache.get(lemma)
        if hit is None:
            hit = [(k, c) for k, c in self.compound_keys if k in lemma and k != lemma]
            self._compound_cache[lemma] = hit
        return hit

    def find(self, parsed: ParsedText, table: TokenTable) -> list[tuple[int, int, int, str, float]]:
        """Matches as (start, end, code_id, keyword lemmas, weight) in source offsets."""
        out = []
        for offset, doc in zip(parsed.offsets, parsed.docs):
            for match_id, i, j in self.matcher(doc):
                span = doc[i:j]
                out.append((offset + span.start_char, offset + span.end_char,
                            int(self.vocab.strings[match_id]), " ".join(t.lemma_ for t in span), 1.0))
        if self.compound_keys:
            for k, lemma in enumerate(table.lemmas):
                if table.content[k] and len(lemma) > MIN_COMPOUND:
                    for key, code_id in self._compounds(lemma):
                        out.append((int(table.starts[k]), int(table.ends[k]), code_id, key, COMPOUND_WEIGHT))
        return out


def hits_by_unit(units: Sequence[Unit], matches: Iterable[tuple[int, int, int, str, float]]
                 ) -> list[dict[int, dict[str, float]]]:
    """For each unit: code id → {keyword: weight} of the matches inside the unit (units may overlap)."""
    ordered = sorted(matches)
    starts = [m[0] for m in ordered]
    out: list[dict[int, dict[str, float]]] = []
    for u in units:
        hits: dict[int, dict[str, float]] = {}
        for s, e, code_id, key, weight in ordered[bisect_left(starts, u.start):bisect_left(starts, u.end)]:
            if e <= u.end:
                slot = hits.setdefault(code_id, {})
                slot[key] = max(slot.get(key, 0.0), weight)
        out.append(hits)
    return out
