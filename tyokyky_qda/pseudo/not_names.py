"""Evidence that a capitalised word is not a person's name: what keeps the detector precise.

Three strengths of evidence, used by the name rules (``heuristics.py``) and the recogniser's
findings (``detect.py``):

- ``never_name``: the word cannot be part of a name at all: a function word at a sentence start
  ("Ellei", "Milloin"), a programme term ("Kykyviisarin"), a body's compound ("Kuntaliiton"), an
  over-long compound, or the first half of a word broken at a line end ("Haas- tatteluissa").
- ``place_like``: the word reads as a place: in the inessive ("Honkavaarassa": people are not
  "in" anyone), a region with a compass point ("Etelä-Suomesta"), a landscape word in a locative
  case ("Mallikoskella"), or a place to Voikko or the recogniser.
- ``weak``: the word is no name on its own evidence: place-like, or a common word to Voikko or the
  tagger ("Saha", "Täsmällinen", "Sanoitte"), or something else to the recogniser; at a sentence
  start also an everyday-word name ("Aalto", "Usko") or a word Voikko does not know ("Kohtas").

A weak word can still be part of a name next to a stronger one ("Kirsi Rinne", "Janne Mäkipää"),
after a title ("ohjaaja Rinne") or after an initial ("E. Koskiniemi"). Listed names are never weak.
"""

from __future__ import annotations

import re

from tyokyky_qda.pseudo import lexicon, names
from tyokyky_qda.pseudo.fi_names import (AMBIGUOUS_FIRST, COMPASS_PREFIXES, DOMAIN_TERMS, FUNCTION_WORDS, MAX_NAME_PART,
                                         NON_NAME_POS, NON_PERSON_LABELS, NOT_NAMES, ORG_WORD_ENDINGS,
                                         PLACE_WORD_ENDINGS, PRONOUN_ADJECTIVES)

_INESSIVE_RE = re.compile(r"\w{3,}(?:ssa|ssä)(?:kin|kaan|kään|han|hän)?$")
_LOCATIVE_RE = re.compile(r"\w{3,}(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)(?:kin|kaan|kään|han|hän)?$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _lemmas(tok) -> set[str]:
    """Every basic form the word may have, lower case."""
    return {tok.name.lemma.lower()} | {c.lower() for c in tok.name.lemmas}


def listed(tok) -> bool:
    """True when the word is a form of a listed first name or surname."""
    return names.is_known_first_name(tok.name) or names.is_known_surname(tok.name)


def is_function_word(tok) -> bool:
    """A conjunction, pronoun, question word or the like; mid-sentence a capitalised form of a listed
    name stays a name ("kysy Millasta", from "Milla")."""
    lower = tok.text.lower()
    if lower not in FUNCTION_WORDS and not lower.startswith(PRONOUN_ADJECTIVES):
        return False
    return tok.sent_start or not listed(tok)


def is_term_or_body(tok) -> bool:
    """A programme term ("Kykyviisarin") or a compound naming a body ("Kuntaliiton", "Työterveyslaitos")."""
    head = tok.text.split("-")[0]
    if head in NOT_NAMES or head.lower() in DOMAIN_TERMS:
        return True
    lemmas = {c for c in _lemmas(tok) if len(c) >= 5}
    if lemmas & DOMAIN_TERMS:
        return True
    return any(c.endswith(e) and len(c) > len(e) + 2 for c in lemmas for e in ORG_WORD_ENDINGS)


def never_name(tok) -> bool:
    """True when the word cannot be part of a person's name."""
    return (tok.fragment or is_function_word(tok) or is_term_or_body(tok)
            or any(len(part) > MAX_NAME_PART for part in tok.text.split("-")))


def strongly_place(tok) -> bool:
    """In the inessive, or a region with a compass point: a place even where the name is known."""
    if "-" in tok.text and tok.text.split("-")[0] in COMPASS_PREFIXES:
        return True
    return bool(_INESSIVE_RE.match(tok.text)) and tok.text not in names.KNOWN_NAMES


def place_like(tok) -> bool:
    """Reads as a place (see the module docstring); listed names only in the strong cases."""
    if strongly_place(tok):
        return True
    if listed(tok) or tok.lex == lexicon.NAME:
        return False
    if tok.lex == lexicon.PLACE or tok.ner in _PLACE_LABELS:
        return True
    landscape = any(c.endswith(PLACE_WORD_ENDINGS) and len(c) > 5 for c in _lemmas(tok))
    return landscape and bool(_LOCATIVE_RE.match(tok.text))


def weak(tok) -> bool:
    """True when nothing but the word's shape or a recogniser guess says it is a name."""
    if place_like(tok):
        return True
    if tok.sent_start and (tok.name.lemma in AMBIGUOUS_FIRST or tok.text in AMBIGUOUS_FIRST):
        return True
    if listed(tok) or tok.lex in (lexicon.NAME, lexicon.PROPER):
        return False
    if tok.sent_start and not tok.wrapped and tok.lex == lexicon.UNKNOWN and not names.looks_like_surname(tok.name):
        return True
    return tok.lex == lexicon.COMMON or tok.pos in NON_NAME_POS or tok.ner in NON_PERSON_LABELS
