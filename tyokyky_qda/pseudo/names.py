"""Lemmas of Finnish names in their inflected forms: "Virtasen" → "Virtanen", "Pekalle" → "Pekka".

A trained lemmatizer (Voikko in the full tier) knows most names; simplemma knows many. Neither
knows every surname, so rules add the forms a name might have: the "-nen" surnames ("Korhoselle"),
case endings with consonant gradation reversed ("Matin" → "Matti", "Helsingin" → "Helsinki"),
e-stems ("Laineelle" → "Laine", "Niemelle" → "Niemi"). The rules over-generate on purpose: the
candidates of two spellings only have to meet for them to be one entity, and ``best_lemma`` picks
the most likely one for display.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from tyokyky_qda.pseudo.fi_names import FIRST_NAMES, SURNAMES
from tyokyky_qda.pseudo.model import NameToken

_V = "aeiouyäöAEIOUYÄÖ"
_CLITIC = r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä)?"
# The "-nen" surnames inflect on a stem in -se-/-s-: Virtanen, Virtasen, Virtasta, Virtasille...
_NEN_RE = re.compile(
    r"^(.+?[" + _V + r"])(?:s(?:en|ena|enä|eksi|essa|essä|esta|estä|een|ella|ellä|elta|eltä|elle"
    r"|ineen|et|ten|ia|iä|ien|illa|illä|ilta|iltä|ille|issa|issä|ista|istä|iin|ina|inä|iksi)"
    r"|sta|stä)" + _CLITIC + r"$")
# The singular forms only: plural "-set", "-sten", "-sia"... are mostly adjectives ("Osatyökykyiset",
# "Sosiaalisia"), so an unlisted word counts as a "-nen" name only in the singular.
_NEN_SINGULAR_RE = re.compile(
    r"^(.+?[" + _V + r"])s(?:en|ena|enä|eksi|essa|essä|esta|estä|een|ella|ellä|elta|eltä|elle)"
    + _CLITIC + r"$")
_NEN_PLURAL_RE = re.compile(
    r"^.+?[" + _V + r"]s(?:et|ten|ia|iä|ien|illa|illä|ilta|iltä|ille|issa|issä|ista|istä|iin|ina|inä"
    r"|iksi|ineen)" + _CLITIC + r"$")
#: Finnish surnames in "-nen" are rarely longer than this; longer ones are mostly adjectives
#: ("kokonaisvaltainen", "lähtökohtainen").
MAX_NEN_NAME = 12
# Singular case endings (and the illatives "-Vn"), longest first so "-lle" wins over "-e".
_ENDINGS = sorted({
    "n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä",
    "sta", "stä", "han", "hen", "hin", "hon", "hun", "hyn", "hön", "hän", "aan", "ään", "een",
    "iin", "oon", "uun", "yyn", "ineen", "tta", "ttä", "t", "lleen", "kin", "kaan", "kään",
}, key=len, reverse=True)
_GRADATION = {"k": ["kk", "ks"], "p": ["pp"], "t": ["tt"], "v": ["p"], "d": ["t"], "ng": ["nk"],
              "mm": ["mp"], "nn": ["nt"], "ll": ["lt"], "rr": ["rt"], "j": ["k"]}
_CLUSTER_RE = re.compile(r"^(.*?[" + _V + r"])([^" + _V + r"]+)([" + _V + r"])$")
_LOWER = "a-zåäöüéèšž"
_TITLE_RE = re.compile(r"^[A-ZÅÄÖÜ][" + _LOWER + r"]+(?:-[A-ZÅÄÖÜ" + _LOWER + r"][" + _LOWER + r"]+)*$")

KNOWN_NAMES = FIRST_NAMES | SURNAMES


def is_title_word(word: str) -> bool:
    """True for a capitalised word in lower case after its first letter ("Virtanen", "Anna-Liisa")."""
    return bool(_TITLE_RE.match(word))


def _titled(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@functools.lru_cache(maxsize=65536)
def rule_candidates(word: str) -> frozenset:
    """Basic forms a capitalised Finnish word might be an inflection of (the word included)."""
    out = {word}
    m = _NEN_RE.match(word)
    if m:
        out.add(m.group(1) + "nen")
    if word.endswith("set") or word.endswith("nen"):
        out.add(word[:-3] + "nen")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.update(_stem_forms(word[: len(word) - len(ending)]))
    return frozenset(out)


def _stem_forms(stem: str) -> set[str]:
    forms = {stem}
    if stem[-1] in _V and len(stem) >= 2 and stem[-2] == stem[-1]:
        forms.add(stem[:-1])  # "Lainee-" (Laineelle) → "Laine"
    if stem.endswith("e"):
        forms.add(stem[:-1] + "i")  # "Nieme-" → "Niemi", "Järve-" → "Järvi"
        if len(stem) >= 2 and stem[-2] in _V:
            forms.add(stem[:-1] + "ki")  # "Mäe-" → "Mäki"
    if stem.endswith("kse"):
        forms.add(stem[:-3] + "s")  # "Tuomakse-" → "Tuomas"
    if stem[-1] not in _V:
        forms.add(stem + "i")  # a consonant stem written without its "-i": rare, harmless
    elif stem[-1] == "i" and len(stem) >= 4 and stem[-2] not in _V:
        forms.add(stem[:-1])  # consonant-final names take "-i-": "Nybergi-n" → "Nyberg"
    for form in list(forms):
        forms.update(_ungradate(form))
    return {f for f in forms if len(f) >= 3}


def _ungradate(form: str) -> set[str]:
    """The strong grade of a weak-grade stem: "Peka" → "Pekka", "Helsingi" → "Helsinki"."""
    m = _CLUSTER_RE.match(form)
    if not m:
        return set()
    head, cluster, vowel = m.groups()
    out = set()
    for weak, strongs in _GRADATION.items():
        if cluster.endswith(weak):
            for strong in strongs:
                out.add(head + cluster[: len(cluster) - len(weak)] + strong + vowel)
    return out


@functools.lru_cache(maxsize=65536)
def simplemma_lemma(word: str) -> str:
    """simplemma's lemma of the word as written (proper nouns keep their capital), or ""."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return ""
    try:
        return simplemma.lemmatize(word, lang="fi")
    except Exception:  # noqa: BLE001 - a dictionary problem must not stop detection
        return ""


def best_lemma(word: str, model_lemma: Optional[str] = None) -> str:
    """The most likely basic form of a name as written (capitalised)."""
    cands = rule_candidates(word)
    if word in KNOWN_NAMES:
        return word
    if model_lemma and model_lemma[:1].isupper() and model_lemma[:2].lower() == word[:2].lower():
        return _titled(model_lemma)
    listed = sorted((c for c in cands if c in KNOWN_NAMES), key=lambda c: (-len(c), c))
    if listed:
        return listed[0]
    m = _NEN_SINGULAR_RE.match(word)  # not "-sta": it is also every noun's elative ("Numerosta")
    if m:
        return m.group(1) + "nen"
    if word.endswith("nen") and len(word) >= 6:
        return word  # a "-nen" word is its own basic form (simplemma reads "Halttunen" as "Halttuni")
    sm = simplemma_lemma(word)
    if sm and sm[:1].isupper() and sm[:2] == word[:2]:
        return sm
    return word


def name_token(word: str, model_lemma: Optional[str] = None) -> NameToken:
    """A word of a name with its best lemma and every candidate lemma (all in title case)."""
    if ":" in word:  # an abbreviation with its case ending ("Oy:stä", "TE:n") is the abbreviation
        base = word.split(":", 1)[0]
        return NameToken(word, base, frozenset({base}))
    lemma = best_lemma(word, model_lemma)
    cands = set(rule_candidates(word)) | {lemma}
    sm = simplemma_lemma(word)
    if sm and sm[:1].isupper():
        cands.add(sm)
    if model_lemma:
        cands.add(_titled(model_lemma))
    return NameToken(word, lemma, frozenset(cands))


def tokens_match(a: NameToken, b: NameToken) -> bool:
    """True when two words may be forms of the same name ("Virtasen" and "Virtanen")."""
    if a.lemma.lower() == b.lemma.lower():
        return True
    la = {c.lower() for c in a.lemmas} | {a.lemma.lower()}
    lb = {c.lower() for c in b.lemmas} | {b.lemma.lower()}
    return a.lemma.lower() in lb or b.lemma.lower() in la


def is_known_first_name(token: NameToken) -> bool:
    """True when the word is a form of a listed first name."""
    return token.lemma in FIRST_NAMES or any(c in FIRST_NAMES for c in token.lemmas)


def is_known_surname(token: NameToken) -> bool:
    """True when the word is a form of a listed surname."""
    return token.lemma in SURNAMES or any(c in SURNAMES for c in token.lemmas)


def looks_like_surname(token: NameToken) -> bool:
    """A listed surname, or a word whose basic form is a "-nen" name of some length."""
    last = token.lemma.split("-")[-1]  # "Mäki-Korhonen": the length of "Korhonen" counts
    if last[:1].islower() or token.text.split("-")[-1][:1].islower():
        return False  # "Sote-ihminen", "Tampere-keskeisiä": a compound common word
    if _NEN_PLURAL_RE.match(token.text) and not is_known_surname(token):
        return False  # "Paraisten", "Osatyökykyiset": see _NEN_SINGULAR_RE
    return is_known_surname(token) or (last.endswith("nen") and 6 <= len(last) <= MAX_NEN_NAME)
