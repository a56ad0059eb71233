"""Names found without a trained entity recogniser: word shape, word lists, inflection and context.

A word is taken for part of a person's name when it is capitalised and
- is a form of a listed first name (an everyday-word name such as "Usko" only next to another name),
- is a form of a listed surname or of a "-nen" name (not at a sentence start if it is a common word),
- follows a word that introduces a person ("ohjaaja Niemisen", "rouva Salo"), or
- stands next to such a word ("Iiris Kärkkäinen": an unlisted first name before a surname), or
- follows an initial ("E. Koskiniemi").
Runs of adjacent name words make one name. The same rules run in both tiers; in the full tier
they add to the entity recogniser and use its lemmas, parts of speech and entity labels, and
Voikko's word classes. ``not_names`` says which words can never be names ("Ellei", "Kuntaliiton")
and which are too weak to be one on their own ("Mallikoskella", "Saha").
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Callable, Optional

from tyokyky_qda.pseudo import names, not_names
from tyokyky_qda.pseudo.categories import ORGANISATION, PERSON, PLACE
from tyokyky_qda.pseudo.fi_names import (AMBIGUOUS_FIRST, FIRST_NAMES, NOT_NAMES, ORG_HEADS,
                                         ORG_SUFFIXES, PLACE_ENDINGS, TITLE_CUES)
from tyokyky_qda.pseudo.model import Candidate, NameToken

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*(?::\w+)?\.?")
_SENTENCE_END = ".!?…:;"
_INITIAL_RE = re.compile(r"[A-ZÅÄÖ]\.")
# A hyphen, a space or line break and a lower-case letter: a word broken at a line end ("Haas- tatteluissa").
_BROKEN_RE = re.compile(r"-[ \t]*\n?[ \t]*[a-zåäö]")
MAX_NAME_WORDS = 4


@dataclass
class Tok:
    """A word of the text with what the heuristics need to know about it."""

    text: str
    start: int
    end: int
    sent_start: bool
    name: NameToken
    pos: Optional[str] = None  # the model's part of speech in the full tier
    ner: str = ""  # the recogniser's label of the entity the word is in (full tier)
    lex: str = ""  # Voikko's verdict on a capitalised word (``lexicon.word_kind``; full tier)
    fragment: bool = False  # the first half of a word broken at a line end
    wrapped: bool = False  # starts a line that carries on the previous line's sentence


def tokenize(text: str, lemmas: Optional[dict] = None, pos: Optional[dict] = None,
             labels: Optional[dict] = None, lexicon: Optional[Callable[[str], str]] = None) -> list[Tok]:
    """Words of ``text`` (a trailing full stop is kept only on abbreviations such as "r.y.").

    ``lemmas``/``pos``/``labels`` map a word's start offset to the model's lemma, part of speech
    and entity label; ``lexicon`` gives a capitalised word's dictionary class (full tier).
    """
    toks: list[Tok] = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if word.endswith(".") and not re.fullmatch(r"(?:\w\.)+", word):
            word = word[:-1]
        start, end = m.start(), m.start() + len(word)
        model_lemma = lemmas.get(start) if lemmas else None
        capital = word[:1].isupper()
        if capital:
            name = names.name_token(word, model_lemma)
        else:  # lower-case words only matter inside organisation names: "Tampereen kaupungilta"
            name = NameToken(word, (model_lemma or names.simplemma_lemma(word) or word).lower())
        sent_start = _starts_sentence(text, start)
        toks.append(Tok(word, start, end, sent_start, name,
                        pos.get(start) if pos else None, (labels or {}).get(start, ""),
                        lexicon(word) if lexicon and capital else "",
                        bool(_BROKEN_RE.match(text, end, end + 8)), sent_start and _wrapped(text, start)))
    return toks


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while True:
        while i >= 0 and text[i] in " \t\u00a0\"'”“«»(–—-":
            i -= 1
        # A bracketed aside ("[naurahtaa]", "(naurua)") is looked through: the word after
        # "Haastattelija: (naurahtaa)" starts the turn.
        opener = {")": "(", "]": "["}.get(text[i]) if i >= 0 else None
        j = text.rfind(opener, max(0, i - 60), i) if opener else -1
        if j < 0:
            break
        if "\n" in text[j:start]:
            return True
        i = j - 1
    return i < 0 or text[i] in _SENTENCE_END or "\n" in text[i:start]


def _wrapped(text: str, start: int) -> bool:
    """True when a line break before the word comes after a comma or a lower-case letter: a line of
    extracted text wrapped mid-sentence ("Laaksonen,\n Blomgren"), not a new sentence."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] != "\n":
        return False
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and (text[i] == "," or text[i].islower())


@functools.lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """True when the lower-cased word is an ordinary word of the simplemma dictionary."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - a dependency
        return False
    lower = word.lower()
    lemma = simplemma.lemmatize(lower, lang="fi")
    if not lemma or not lemma[:1].islower() or not simplemma.is_known(lower, lang="fi"):
        return False
    # "mikon" is read as "mikko", "sannan" as "santa": a form of a listed name is not ordinary.
    as_name = names.simplemma_lemma(word[:1].upper() + word[1:].lower())
    return lemma.capitalize() not in names.KNOWN_NAMES and as_name not in names.KNOWN_NAMES


def _common(tok: Tok) -> bool:
    if tok.pos:
        return tok.pos not in ("PROPN", "X", "NOUN") or is_common_word(tok.text)
    return is_common_word(tok.text)


def _capitalised(tok: Tok) -> bool:
    """A capitalised word that may be part of a name."""
    return (names.is_title_word(tok.text) and tok.text not in NOT_NAMES and tok.name.lemma not in NOT_NAMES
            and not not_names.never_name(tok))


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    return b.start - a.end == 1 and text[a.end] in " \u00a0"


def _name_kind(toks: list[Tok], i: int) -> str:
    """"first", "surname", "cued" or "" for the i-th word on its own."""
    tok = toks[i]
    if not _capitalised(tok):
        return ""
    # A listed name read off an inflected form ("Sama" → "Sami") is doubtful where the word is
    # also an ordinary word at the start of a sentence.
    doubtful = tok.sent_start and _common(tok)
    cued = _cued(toks, i) or after_initial(toks, i)
    if names.is_known_first_name(tok.name):
        ambiguous = tok.name.lemma in AMBIGUOUS_FIRST or tok.text in AMBIGUOUS_FIRST
        as_written = tok.text in FIRST_NAMES
        if not (ambiguous and (tok.sent_start or not _next_is_capitalised(toks, i))) and \
                (as_written or not doubtful):
            return "first"
    if names.looks_like_surname(tok.name):
        if tok.name.lemma in AMBIGUOUS_FIRST:
            return "surname" if cued else ""
        # Listed surnames are names even where they are also adjectives ("Mäkiselle", "Saarisen").
        if names.is_known_surname(tok.name) or not (doubtful or not_names.weak(tok)):
            return "surname"
    if cued and not (tok.sent_start and _common(tok)) and not not_names.place_like(tok):
        return "cued"
    return ""


def _next_is_capitalised(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and _capitalised(toks[i + 1])


_LINE_PREFIX_RE = re.compile(r"\s*(?:\[[^\]\n]*\]\s*)?$")


def is_speaker_label(text: str, first: Tok, last: Tok) -> bool:
    """True when the words from ``first`` to ``last`` are a transcript's speaker label: at the start
    of a line (after a time stamp, if any) and followed by a colon ("[00:01:02] Satu: Joo")."""
    line_start = text.rfind("\n", 0, first.start) + 1
    return text[last.end:last.end + 1] == ":" and bool(_LINE_PREFIX_RE.match(text[line_start:first.start]))


def after_initial(toks: list[Tok], i: int) -> bool:
    """True when the word follows an initial ("E. Koskiniemi"), which ends no sentence."""
    return i > 0 and bool(_INITIAL_RE.fullmatch(toks[i - 1].text)) and toks[i].start - toks[i - 1].end == 1


def _cued(toks: list[Tok], i: int) -> bool:
    if i == 0 or toks[i].sent_start:
        return False
    prev = toks[i - 1]
    word = prev.text.lower()
    return word in TITLE_CUES or names.simplemma_lemma(word).lower() in TITLE_CUES


def person_candidates(text: str, toks: list[Tok]) -> list[Candidate]:
    """Person names found by the rules, one candidate per run of adjacent name words."""
    kinds = [_name_kind(toks, i) for i in range(len(toks))]
    is_name = [bool(k) for k in kinds]
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if not _adjacent(text, a, b) or b.sent_start:
            continue
        if kinds[i] in ("first", "cued") and _capitalised(b) and not (b.sent_start and _common(b)):
            is_name[i + 1] = True  # "Iiris Kärkkäinen", "Matti Heikura"
        if kinds[i + 1] == "surname" and _capitalised(a) and not (a.sent_start and _common(a)):
            is_name[i] = True
    return _runs(text, toks, is_name, PERSON, "rules")


def remembered_candidates(text: str, toks: list[Tok], known: dict[str, Candidate],
                          taken: list[Candidate]) -> list[Candidate]:
    """Words that are forms of a name already found ("Nybergin" once "Kristian Nyberg" is known).

    ``known`` maps lower-case lemmas of name words to the candidate they came from. A word at the
    start of a sentence counts only if it is not also an ordinary word.
    """
    out = []
    inside = covered(taken)
    for tok in toks:
        if not _capitalised(tok) or inside(tok.start):
            continue
        if (tok.sent_start and _common(tok)) or not_names.strongly_place(tok):
            continue  # "Salossa" is the town even where a "Salo" is known
        lemmas = {c.lower() for c in tok.name.lemmas} | {tok.name.lemma.lower()}
        hits = [known[lemma] for lemma in lemmas if lemma in known]
        if hits:
            out.append(make_name_candidate(text, [tok], hits[0].category, "memory"))
    return out


def covered(cands: list[Candidate]) -> Callable[[int], bool]:
    """A test of whether an offset lies inside one of the candidates (a bisection, not a scan)."""
    spans = sorted((c.start, c.end) for c in cands if c.end > c.start)
    starts, ends, reach = [], [], -1
    for start, end in spans:  # merged, so the span before an offset is the only one to check
        if starts and start <= reach:
            reach = max(reach, end)
            ends[-1] = reach
        else:
            starts.append(start)
            ends.append(end)
            reach = end

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]
    return inside


def _runs(text: str, toks: list[Tok], flags: list[bool], category: str, origin: str) -> list[Candidate]:
    out, i = [], 0
    while i < len(toks):
        if not flags[i]:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and flags[j] and j - i < MAX_NAME_WORDS and _adjacent(text, toks[j - 1], toks[j]):
            j += 1
        out.append(make_name_candidate(text, toks[i:j], category, origin))
        i = j
    return out


def make_name_candidate(text: str, words: list[Tok], category: str, origin: str) -> Candidate:
    """A candidate covering the words, keyed by their lemmas ("matti virtanen")."""
    tokens = tuple(w.name for w in words)
    key = " ".join(t.lemma.lower() for t in tokens)
    label = " ".join(t.lemma for t in tokens)
    start, end = words[0].start, words[-1].end
    if ":" in words[-1].text:  # "Oy:stä": the case ending stays, "[Organisaatio 1]:stä"
        end = words[-1].start + words[-1].text.index(":")
    return Candidate(start, end, text[start:end], category, key, origin, tokens, label)


def organisation_candidates(text: str, toks: list[Tok]) -> list[Candidate]:
    """Companies and associations ("Rakennus Virtanen Oy") and bodies ("Tampereen kaupunki")."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text.split(":")[0] in ORG_SUFFIXES and i > 0:  # "Oy", "Oy:stä"
            j = i
            while j > 0 and i - j < 3 and _adjacent(text, toks[j - 1], toks[j]) and \
                    names.is_title_word(toks[j - 1].text):
                j -= 1
            if j < i:
                out.append(make_name_candidate(text, toks[j:i + 1], ORGANISATION, "company"))
        elif i > 0 and _is_org_head(tok.text) and _adjacent(text, toks[i - 1], tok) and \
                names.is_title_word(toks[i - 1].text) and toks[i - 1].text.endswith("n"):
            out.append(make_name_candidate(text, toks[i - 1:i + 1], ORGANISATION, "rules"))
    return out


def _is_org_head(word: str) -> bool:
    if word in ORG_HEADS:
        return True
    lemma = names.simplemma_lemma(word.lower()).lower()
    return lemma in ORG_HEADS


def place_candidates(text: str, toks: list[Tok], taken: list[Candidate]) -> list[Candidate]:
    """Proper nouns mid-sentence that are not people: places by their ending or the dictionary."""
    out = []
    inside = covered(taken)
    for tok in toks:
        if tok.sent_start or not _capitalised(tok) or inside(tok.start):
            continue
        sm = names.simplemma_lemma(tok.text)
        lemma = tok.name.lemma
        if (sm[:1].isupper() and not is_common_word(tok.text)) or lemma.lower().endswith(PLACE_ENDINGS):
            out.append(make_name_candidate(text, [tok], PLACE, "rules"))
    return out
