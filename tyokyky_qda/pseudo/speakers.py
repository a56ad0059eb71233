"""Known persons of a project: the speakers of its transcripts, and case names made from them.

A speaker label that is not a role ("Haastattelija", "H", "V", "Haastateltava 2") names a person
by construction: the transcriber wrote down who spoke. The fallback tier's rules know only the
names on their lists and names standing next to one, so "Katriina Salmenkivi" or "Ossi" would
slip through them. As known persons they are found wherever they are written: the label at the
turn starts ("Katriina Salmenkivi:"), the full name anywhere, and each of its words in any form
("Katriinan", "Salmenkiven"), matched on lemmas the way a name found once is matched
(``heuristics.remembered_candidates``). Case names count only when they plainly are a person's
name: a speaker's own name, or two to four words the name rules read as one person ("H01: V",
"Pohjois-Karjala" and "Työkanava Oy" do not).
"""

from __future__ import annotations

import re
from typing import Iterable

from tyokyky_qda.ingest.speakers import is_interviewer
from tyokyky_qda.ingest.transcript import is_role_label
from tyokyky_qda.pseudo import heuristics, names, not_names
from tyokyky_qda.pseudo.categories import PERSON
from tyokyky_qda.pseudo.model import Candidate, NameToken

_INITIAL_RE = re.compile(r"^[A-ZÅÄÖ]\.$")
#: Words of a known person shorter than this are not looked for alone (too many chance hits).
MIN_WORD = 3


def _role(label: str) -> bool:
    return is_role_label(label) or is_interviewer(label)


def _listed(tok: heuristics.Tok) -> bool:
    return names.is_known_first_name(tok.name) or names.is_known_surname(tok.name)


def is_person_label(label: str) -> bool:
    """True when a speaker label reads as a person's name ("Katriina Salmenkivi", "Minna", "Pekka V.").

    Roles, numbered labels ("Haastateltava 2", "H01: V") and words that are never names are not
    persons. A label of one word must be a listed name ("Minna", not "Nainen", "Projektipäällikkö"
    or the unlisted "Ossi"); a longer one needs a word that is a listed name or no everyday word,
    and no word that reads as a place unless it is a listed name ("Katriina Salmenkivi", "Ossi
    Ryynänen"; not "Iso Paha" or "Pohjois-Karjalan Hyvinvointialue").
    """
    label = " ".join(label.split())
    words = label.split(" ")
    if not label or len(words) > 4 or _role(label):
        return False
    if not all(names.is_title_word(w) or _INITIAL_RE.match(w) for w in words):
        return False
    toks = [t for t in heuristics.tokenize(label) if names.is_title_word(t.text)]
    if not toks or not all(heuristics._capitalised(t) for t in toks):
        return False
    if len(toks) == 1:
        return _listed(toks[0])
    listed = [_listed(t) for t in toks]
    return any(li or not heuristics.is_common_word(t.text) for t, li in zip(toks, listed)) and \
        not any(not_names.place_like(t) and not li for t, li in zip(toks, listed))


def _canonical(word: str) -> NameToken:
    """A word of a label as a name token: the label is written in the basic form, so the word is
    its own lemma. A dictionary's guess is left out: simplemma reads "Salmenkivi" as "Salme", which
    would tie the speaker to anyone called Salme."""
    return NameToken(word, word, frozenset(names.rule_candidates(word) | {word}))


def person_of(label: str) -> Candidate:
    """The known person a label names, keyed like detection keys names ("katriina salmenkivi")."""
    label = " ".join(label.split())
    tokens = tuple(_canonical(w) for w in label.split(" "))
    return Candidate(0, len(label), label, PERSON, " ".join(t.lemma.lower() for t in tokens), "speaker",
                     tokens, label)


def persons_from_labels(labels: Iterable[str]) -> list[Candidate]:
    """The known persons of some speaker labels (roles and non-names left out), once each."""
    seen = dict.fromkeys(" ".join(label.split()) for label in labels)
    return [person_of(label) for label in seen if is_person_label(label)]


def _case_is_person(name: str, speakers: set[str]) -> bool:
    if name in speakers:
        return True
    if len(name.split()) < 2 or not is_person_label(name):
        return False
    found = heuristics.person_candidates(name, heuristics.tokenize(name))
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def project_persons(project) -> list[Candidate]:
    """The known persons of a project: non-role speaker labels of every source's turns, and case
    names that are plainly person names."""
    labels = [s.speaker for src in project.sources() for s in project.sections(src.id, "turn") if s.speaker]
    speakers = {" ".join(label.split()) for label in labels}
    cases = [c.name for c in project.cases() if _case_is_person(" ".join(c.name.split()), speakers)]
    return persons_from_labels(labels + cases)


def _index(persons: list[Candidate]) -> dict[str, list[tuple[int, int]]]:
    """Lower-case lemma of each word of the persons → (person, word position) pairs."""
    out: dict[str, list[tuple[int, int]]] = {}
    for p, person in enumerate(persons):
        for w, tok in enumerate(person.tokens):
            if len(tok.lemma) >= MIN_WORD and names.is_title_word(tok.lemma):
                out.setdefault(tok.lemma.lower(), []).append((p, w))
    return out


def _hits(tok: heuristics.Tok, index: dict) -> set[tuple[int, int]]:
    if not heuristics._capitalised(tok) or not_names.strongly_place(tok):
        return set()
    lemmas = {tok.name.lemma.lower(), tok.text.lower()} | {c.lower() for c in tok.name.lemmas}
    return {hit for lemma in lemmas for hit in index.get(lemma, ())}


def speaker_candidates(text: str, toks: list[heuristics.Tok], persons: list[Candidate]) -> list[Candidate]:
    """Every run of adjacent words that are forms of one known person's words, in text order.

    The whole name (any of its forms) gets the person's key; part of it ("Katriinan") the key of
    its words, which ``EntityIndex`` joins to the one full name it belongs to. A lone word at a
    sentence start counts only if it is not also an everyday word ("Rinne on jyrkkä"), unless it
    is the speaker label itself ("Ossi: Joo").
    """
    if not persons:
        return []
    index = _index(persons)
    hits = [_hits(t, index) for t in toks]
    out, i = [], 0
    while i < len(toks):
        run = _longest_run(text, toks, hits, i)
        if run is None:
            i += 1
            continue
        p, w, n = run
        words = toks[i:i + n]
        if n > 1 or not (words[0].sent_start and heuristics._common(words[0])) or \
                heuristics.is_speaker_label(text, words[0], words[-1]):
            out.append(_candidate(text, words, persons[p], w, n))
        i += n
    return out


def _longest_run(text: str, toks: list, hits: list, i: int):
    """(person, first word position, length) of the longest run of one person's words from ``i``."""
    best = None
    for p, w in sorted(hits[i]):
        n = 1
        while i + n < len(toks) and (p, w + n) in hits[i + n] and heuristics._adjacent(text, toks[i + n - 1],
                                                                                       toks[i + n]):
            n += 1
        if best is None or n > best[2]:
            best = (p, w, n)
    return best


def _candidate(text: str, words: list, person: Candidate, w: int, n: int) -> Candidate:
    start, end = words[0].start, words[-1].end
    if n == len(person.tokens):
        return Candidate(start, end, text[start:end], PERSON, person.key, "speaker", person.tokens, person.label)
    tokens = person.tokens[w:w + n]
    return Candidate(start, end, text[start:end], PERSON, " ".join(t.lemma.lower() for t in tokens), "speaker",
                     tokens, " ".join(t.lemma for t in tokens))
