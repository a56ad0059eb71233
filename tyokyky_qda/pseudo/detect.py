"""Detection in one text: patterns, the project's terms, the entity recogniser and the name rules.

``detect_text`` is pure (no project): it returns non-overlapping candidates in text order. Where
two detectors claim the same words, the more specific category wins (an identity code over a
phone number, an address over the person its street is named after), then the longer match.

The recogniser's persons are kept only with support (``_supported``): it takes many capitalised
words for people ("Saha", "Kykyviisarin", "Ellei"), so a person made only of words that
``not_names`` calls weak needs a title, an initial, a speaker label or a name found elsewhere.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional

from tyokyky_qda.pseudo import heuristics, lexicon, not_names, patterns
from tyokyky_qda.pseudo.categories import (DEFAULT_CATEGORIES, HETU, NER_LABELS, ORGANISATION,
                                           PERSON, PLACE, PRIORITY)
from tyokyky_qda.pseudo.fi_names import NOT_NAMES, ORG_SUFFIXES
from tyokyky_qda.pseudo.model import Candidate
from tyokyky_qda.pseudo.nlp_tier import NerModel
from tyokyky_qda.pseudo.speakers import speaker_candidates
from tyokyky_qda.pseudo.terms import Term, find_terms

#: Texts are handed to the model in pieces of about this many characters, cut at line breaks.
CHUNK_CHARS = 20000
# A speaker's name is surer than the recogniser's reading of the same words (and keyed as written).
_ORIGIN_RANK = {"term": 0, "pattern": 0, "company": 0, "speaker": 0.5, "ner": 1, "rules": 2, "memory": 3}


@dataclass
class DetectOptions:
    """What to look for (identity codes always) and the project's terms."""

    categories: tuple = DEFAULT_CATEGORIES
    terms: list = field(default_factory=list)
    #: Lemmas of name words known from elsewhere (other sources of the project), as from
    #: ``known_name_words``: their forms are names here too.
    known: dict = field(default_factory=dict)
    #: Persons the project knows by name (speaker labels, as from ``speakers.project_persons``):
    #: found in any of their forms, whatever the tier's rules make of them.
    persons: list = field(default_factory=list)


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


class Analysis(NamedTuple):
    """What the model says about a text, by the start offset of each word (all empty without a model)."""

    lemmas: dict
    pos: dict
    #: (start, end, category) of the entities of our categories, in offsets of the whole text.
    ents: list
    #: The recogniser's label (any label: "ORG", "PRODUCT"...) of each word inside an entity.
    labels: dict


def analyse(text: str, model: Optional[NerModel]) -> Analysis:
    """Run the model over a text: lemmas, parts of speech and entities."""
    out = Analysis({}, {}, [], {})
    if model is None or not model.full:
        return out
    pieces = chunks(text)
    for (offset, _), doc in zip(pieces, model.nlp.pipe(p for _, p in pieces)):
        for tok in doc:
            out.lemmas[offset + tok.idx] = tok.lemma_
            out.pos[offset + tok.idx] = tok.pos_
        for ent in doc.ents:
            category = NER_LABELS.get(ent.label_)
            if category:
                out.ents.append((offset + ent.start_char, offset + ent.end_char, category))
            for tok in ent:
                out.labels[offset + tok.idx] = ent.label_
    return out


def _ner_candidates(text: str, toks: list, ents: list, categories, known: Optional[dict] = None) -> list[Candidate]:
    """The recogniser's entities of the wanted categories; its persons only where supported (see
    ``_supported``), or where a word is a form of a name in ``known``."""
    out = []
    index = {t.start: i for i, t in enumerate(toks)}
    starts = [t.start for t in toks]
    for start, end, category in ents:
        if category not in categories:
            continue
        words = toks[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if category == PERSON:
            # Keep the capitalised words only: the recogniser sometimes takes in a title or a verb.
            flags = [heuristics._capitalised(t) and t.text not in ORG_SUFFIXES and not _common_noun(t)
                     for t in words]
            if _supported(text, toks, index, words, flags) or _known(words, flags, known or {}):
                out.extend(heuristics._runs(text, words, flags, PERSON, "ner"))
        elif any(t.text[:1].isupper() for t in words) and not all(t.text in NOT_NAMES for t in words):
            out.append(heuristics.make_name_candidate(text, words, category, "ner"))
    return out


def _supported(text: str, toks: list, index: dict, words: list, flags: list[bool]) -> bool:
    """A person the recogniser found is kept when one of its words is more than a weak guess
    ("Kirsi Rinne", not "Saha"), when it is a speaker label ("Satu: Joo"), or when a title or an
    initial comes before it ("ohjaaja Rinne", but not "yrittäjä Mallilammella")."""
    kept = [t for t, f in zip(words, flags) if f]
    if not kept:
        return False
    if any(not not_names.weak(t) for t in kept) or heuristics.is_speaker_label(text, kept[0], kept[-1]):
        return True
    i = index[kept[0].start]
    return (heuristics._cued(toks, i) or heuristics.after_initial(toks, i)) and \
        not any(not_names.place_like(t) for t in kept)


def _known(words: list, flags: list[bool], known: dict) -> bool:
    """True when a capitalised word is a form of a name already found ("Rinne" after "Kirsi Rinne")."""
    return any(f and not not_names.strongly_place(t) and
               ({t.name.lemma.lower()} | {c.lower() for c in t.name.lemmas}) & known.keys()
               for t, f in zip(words, flags))


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
    kept: list[Candidate] = []  # in text order; they never overlap, so only the neighbours can
    starts: list[int] = []
    for c in ranked:
        i = bisect.bisect_left(starts, c.start)
        if c.end > c.start and not any(c.overlaps(k) for k in kept[max(0, i - 1):i + 1]):
            kept.insert(i, c)
            starts.insert(i, c.start)
    return kept


def detect_text(text: str, model: Optional[NerModel] = None,
                options: Optional[DetectOptions] = None) -> list[Candidate]:
    """Every identifier found in ``text``, without overlaps, in text order."""
    options = options or DetectOptions()
    cats = set(options.categories)
    # Identity codes are looked for whatever the options say: missing one is never acceptable.
    found = [c for c in patterns.find_patterns(text) if c.category in cats or c.category == HETU]
    lemmas, pos, ents, labels = analyse(text, model)
    words_kind = lexicon.word_kind if model is not None and model.finnish else None
    toks = heuristics.tokenize(text, lemmas, pos, labels, words_kind)
    found.extend(find_terms(text, [t if isinstance(t, Term) else Term(*t) for t in options.terms], toks))
    found.extend(_ner_candidates(text, toks, ents, cats, options.known))
    if PERSON in cats:
        found.extend(heuristics.person_candidates(text, toks))
        found.extend(speaker_candidates(text, toks, options.persons))
        known = known_name_words(found) | dict(options.known or {})
        # The recogniser's weak persons once more: a form of a name found by now is supported.
        found.extend(_ner_candidates(text, toks, ents, {PERSON}, known))
        found.extend(heuristics.remembered_candidates(text, toks, known, found))
    if ORGANISATION in cats:
        found.extend(heuristics.organisation_candidates(text, toks))
    if PLACE in cats and not (model and model.full):
        found.extend(heuristics.place_candidates(text, toks, found))
    return resolve(found)
