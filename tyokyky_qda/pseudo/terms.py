"""The project's own list of identifying terms (a small municipality, a workplace, a rare diagnosis).

Each term is matched as a word in its inflected forms: a one-word term when a word of the text
has it among its possible basic forms ("Pihtiputaalla" is not reached: consonant gradation inside
a word is beyond the rules), or starts with its stem; a term of several words when the last word
is inflected ("Kivijärven kunnalla"). Matching ignores case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tyokyky_qda.pseudo import names
from tyokyky_qda.pseudo.categories import CATEGORIES, TERM
from tyokyky_qda.pseudo.model import Candidate

_VOWELS = "aeiouyäö"


@dataclass(frozen=True)
class Term:
    """A term to look for and the category its findings get."""

    term: str
    category: str = TERM


def _stem(word: str) -> str:
    """The part of a word its inflected forms share (at least five letters, or the whole word)."""
    if len(word) >= 8:
        return word[:-2]
    if len(word) >= 6 and word[-1].lower() in _VOWELS:
        return word[:-1]
    return word


def _term_regex(term: str) -> re.Pattern:
    words = term.split()
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    last = words[-1]
    # After the fixed words a short stem is safe, and gradation needs it: "kunta" → "kunnalla".
    stem = _stem(last) if len(words) == 1 else last[:max(3, len(last) - 2)]
    tail = r"[\w:]{0,8}" if stem != last or len(last) >= 5 else r"(?::\w+)?"
    body = (head + r"\s+" if head else "") + re.escape(stem) + tail
    return re.compile(r"(?<![\w])" + body + r"(?![\w])", re.IGNORECASE)


def find_terms(text: str, terms: Iterable[Term], toks=None) -> list[Candidate]:
    """Occurrences of the project's terms in ``text``."""
    out: list[Candidate] = []
    for t in terms:
        key = " ".join(t.term.lower().split())
        if not key:
            continue
        seen = set()
        for m in _term_regex(t.term).finditer(text):
            seen.add(m.start())
            out.append(Candidate(m.start(), m.end(), m.group(), t.category, key, "term", label=t.term))
        if " " in key or toks is None:
            continue
        for tok in toks:  # short words by their basic forms: "Salossa" is "Salo", "Salonen" is not
            if tok.start in seen or not tok.text[:1].isupper():
                continue
            lemmas = {c.lower() for c in tok.name.lemmas} | {tok.name.lemma.lower()}
            if key in lemmas:
                out.append(Candidate(tok.start, tok.end, tok.text, t.category, key, "term", label=t.term))
    return out


def parse_terms(lines: Iterable[str]) -> list[Term]:
    """Terms from lines "term" or "term<TAB or ;>category"; blank lines and "#" comments skipped."""
    out = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = re.split(r"\t|;", line, maxsplit=1)
        term = parts[0].strip()
        category = parts[1].strip().lower() if len(parts) > 1 and parts[1].strip() else TERM
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} for term {term!r}")
        if term:
            out.append(Term(term, category))
    return out


def read_terms_file(path) -> list[Term]:
    """Terms from a UTF-8 text file, one a line (see ``parse_terms``)."""
    return parse_terms(Path(path).read_text(encoding="utf-8-sig").splitlines())


def term_matches_word(term: str, word: str) -> bool:
    """True when ``word`` is a form of the one-word ``term`` (used by tests and the review)."""
    lemmas = {c.lower() for c in names.name_token(word).lemmas}
    return term.lower() in lemmas or bool(_term_regex(term).fullmatch(word))
