"""The message catalogue of the NLP package: tier descriptions, load problems, suggestion reasons.

Reasons are written in the language of the text they explain (Finnish or English), so a coder
reading Finnish interviews sees Finnish reasons. Kept in one place (cf. spaCy's ``errors.py``).
Load problems are English templates marked with ``N_`` (``core/i18n.py``): the GUI shows them in
its own language; fill them in with ``N_(NO_VOIKKO, error=...)``.
"""

from __future__ import annotations

from tyokyky_qda.core.i18n import N_

BAD_TIER = N_("unknown NLP tier {value!r} (use auto, full or fallback; also in ${env})")
NO_FINNISH_MODEL = N_("the Finnish language model spacy-fi-experimental-web-md is not installed "
                      "(pip install 'tyokyky-qda[fi]')")
NO_ENGLISH_MODEL = N_("no English spaCy model is installed (e.g. en_core_web_md)")
NO_VOIKKO = N_("the Finnish language model needs the libvoikko library and the voikko-fi dictionary "
               "(Debian/Ubuntu: apt install libvoikko1 voikko-fi): {error}")
FULL_LOAD_FAILED = N_("the full language model could not be loaded: {error}")
FALLBACK_REQUESTED = N_("the fallback tier was requested (argument or ${env})")
NO_CODES = N_("the project has no codes to suggest")
UNKNOWN_UNIT = N_("unknown suggestion unit {unit!r} (one of {choices})")

_TIERS = {
    ("fi", "full"): ("Suomen kielimalli {package}: Voikko-lemmatisointi, sanaluokat ja sanavektorit.",
                     "about 0.93"),
    ("fi", "fallback"): ("Kevyt varatila: simplemma-sanakirjalemmatisointi ilman sanavektoreita "
                         "(libvoikko tai kielimalli puuttuu).", "about 0.88"),
    ("en", "full"): ("English model {package}: lemmas, parts of speech and word vectors.", "about 0.95"),
    ("en", "fallback"): ("Light fallback: spaCy lookup-table lemmas, no word vectors.", "about 0.85"),
}


def tier_description(lang: str, tier: str, package: str) -> str:
    """One sentence for the UI saying what the active tier does."""
    return _TIERS[(lang, tier)][0].format(package=package)


def lemma_accuracy(lang: str, tier: str) -> str:
    """A rough lemma accuracy of the tier, as a hint for the UI (not measured per project)."""
    return _TIERS[(lang, tier)][1]


_REASONS = {
    "fi": {"lemmas": "lemmat: {items}", "similar": "muistuttaa {n} segmenttiä koodilla '{code}'",
           "definition": "lähellä koodin määritelmää", "learned": "opittu koodauksista ({n} segmenttiä)"},
    "en": {"lemmas": "lemmas: {items}", "similar": "similar to {n} segments coded '{code}'",
           "definition": "close to the code's definition", "learned": "learned from codings ({n} segments)"},
}


def reason(lang: str, key: str, **values) -> str:
    """A short reason fragment in the language of the text."""
    return _REASONS.get(lang, _REASONS["fi"])[key].format(**values)
