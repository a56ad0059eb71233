"""Detection in one text: patterns, the project's terms, the entity recogniser and the name rules.

``detect_text`` is pure (no project): it returns non-overlapping candidates in text order. Where
two detectors claim the same words, the more specific category wins (an identity code over a
phone number, an address over the person its street is named after), then the longer match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from tyokyky_qda.pseudo import heuristics, patterns
from tyokyky_qda.pseudo.categories import (DEFAULT_CATEGORIES, HETU, NER_LABELS, ORGANISATION,
                                           PERSON, PLACE, PRIORITY)
from tyokyky_qda.pseudo.fi_names import NOT_NAMES, ORG_SUFFIXES
from tyokyky_qda.pseudo.model import Candidate
from tyokyky_qda.pseudo.nlp_tier import NerModel
from tyokyky_qda.pseudo.terms import Term, find_terms

#: Texts are handed to the model in pieces of about this many characters, cut at line breaks.
CHUNK_CHARS = 20000
_ORIGIN_RANK = {"term": 0, "pattern": 0, "company": 0, "ner": 1, "rules": 2, "memory": 3}


@dataclass
class DetectOptions:
    """What to look for (identity codes always) and the project's terms."""

    categories: tuple = DEFAULT_CATEGORIES
    terms: list = field(default_factory=list)
    #: Lemmas of name words known from elsewhere (other sources of the project), as from
    #: ``known_name_words``: their forms are names here too.
    known: dict = field(default_factory=dict)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of ``text`` of at most about ``size`` characters, cut after newlines."""
    out, pos = [], 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos + size // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((pos, text[pos:end]))
        pos = end
    return out


def analyse(text: str, model: Optional[NerModel]) -> tuple[dict, dict, list]:
    """Run the model over a text: (lemma by word start, part of speech by word start, entities).

    Entities are (start, end, category) in offsets of the whole text. Without a model all three
    are empty.
    """
    lemmas: dict[int, str] = {}
    pos: dict[int, str] = {}
    ents: list[tuple[int, int, str]] = []
    if model is None or not model.full:
        return lemmas, pos, ents
    pieces = chunks(text)
    for (offset, _), doc in zip(pieces, model.nlp.pipe(p for _, p in pieces)):
        for tok in doc:
            lemmas[offset + tok.idx] = tok.lemma_
            pos[offset + tok.idx] = tok.pos_
        for ent in doc.ents:
            category = NER_LABELS.get(ent.label_)
            if category:
                ents.append((offset + ent.start_char, offset + ent.end_char, category))
    return lemmas, pos, ents


def _ner_candidates(text: str, toks: list, ents: list, categories) -> list[Candidate]:
    out = []
    for start, end, category in ents:
        if category not in categories:
            continue
        words = [t for t in toks if start <= t.start < end]
        if category == PERSON:
            # Keep the capitalised words only: the recogniser sometimes takes in a title or a verb.
            flags = [heuristics._capitalised(t) and t.text not in ORG_SUFFIXES and not _common_noun(t)
                     for t in words]
            out.extend(heuristics._runs(text, words, flags, PERSON, "ner"))
        elif any(t.text[:1].isupper() for t in words) and not all(t.text in NOT_NAMES for t in words):
            out.append(heuristics.make_name_candidate(text, words, category, "ner"))
    return out


def _common_noun(tok) -> bool:
    """A capitalised common noun the recogniser took for a name ("Työkyvyn" opening a report field):
    tagged NOUN and not a form of a listed first name or of a surname-like word."""
    from tyokyky_qda.pseudo.names import is_known_first_name, looks_like_surname

    return tok.pos == "NOUN" and not (is_known_first_name(tok.name) or looks_like_surname(tok.name))


def _priority(c: Candidate) -> float:
    # "Rakennus Mäkelä Oy" is a company even though "Mäkelä" alone would be a person.
    return PRIORITY[PERSON] - 0.5 if c.origin == "company" else PRIORITY.get(c.category, 99)


def known_name_words(cands: Iterable[Candidate]) -> dict:
    """Lower-case lemmas of the words of person names found, each with a candidate it came from."""
    out: dict = {}
    for c in cands:
        if c.category == PERSON:
            for tok in c.tokens:
                if len(tok.lemma) >= 3:
                    out.setdefault(tok.lemma.lower(), c)
    return out


def resolve(cands: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: specific categories first, then longer, then the surer detector."""
    ranked = sorted(cands, key=lambda c: (_priority(c), -(c.end - c.start), _ORIGIN_RANK.get(c.origin, 3),
                                          c.start))
    kept: list[Candidate] = []
    for c in ranked:
        if c.end > c.start and not any(c.overlaps(k) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def detect_text(text: str, model: Optional[NerModel] = None,
                options: Optional[DetectOptions] = None) -> list[Candidate]:
    """Every identifier found in ``text``, without overlaps, in text order."""
    options = options or DetectOptions()
    cats = set(options.categories)
    # Identity codes are looked for whatever the options say: missing one is never acceptable.
    found = [c for c in patterns.find_patterns(text) if c.category in cats or c.category == HETU]
    lemmas, pos, ents = analyse(text, model)
    toks = heuristics.tokenize(text, lemmas, pos)
    found.extend(find_terms(text, [t if isinstance(t, Term) else Term(*t) for t in options.terms], toks))
    found.extend(_ner_candidates(text, toks, ents, cats))
    if PERSON in cats:
        found.extend(heuristics.person_candidates(text, toks))
        known = known_name_words(found) | dict(options.known or {})
        found.extend(heuristics.remembered_candidates(text, toks, known, found))
    if ORGANISATION in cats:
        found.extend(heuristics.organisation_candidates(text, toks))
    if PLACE in cats and not (model and model.full):
        found.extend(heuristics.place_candidates(text, toks, found))
    return resolve(found)
