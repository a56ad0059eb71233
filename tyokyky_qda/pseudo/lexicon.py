"""What the Voikko dictionary says a capitalised word is: a person's name, a place, another proper
noun, a common word, or unknown.

Used in the full tier only (the tier exists only where libvoikko and its Finnish dictionary load).
The entity recogniser takes many capitalised common words for people ("Saha", "Kykyviisarin",
"Täsmällinen"); Voikko knows them as nouns and adjectives, and knows most Finnish first names and
surnames as such, so its verdict tells a lone recogniser guess worth keeping from one that is not.
"""

from __future__ import annotations

import functools
import threading

NAME, PLACE, PROPER, COMMON, UNKNOWN = "name", "place", "proper", "common", "unknown"
_PERSON_CLASSES = {"etunimi", "sukunimi"}

_lock = threading.Lock()
_handle: list = []  # [Voikko handle or None] once tried


def _voikko():
    if not _handle:
        try:
            import libvoikko

            _handle.append(libvoikko.Voikko("fi"))
        except Exception:  # noqa: BLE001 - no library or no dictionary: no verdicts
            _handle.append(None)
    return _handle[0]


@functools.lru_cache(maxsize=65536)
def word_kind(word: str) -> str:
    """"name" (a first name or surname reading), "place", "proper" (another proper noun: a
    capitalised basic form such as "Salmenkivi", or a brand), "common", "unknown" (not in the
    dictionary), or "" when Voikko cannot be used."""
    with _lock:  # one Voikko handle must not be used by two threads at once
        handle = _voikko()
        if handle is None:
            return ""
        try:
            analyses = handle.analyze(word)
        except Exception:  # noqa: BLE001 - a dictionary problem must not stop detection
            return ""
    return _verdict([(a.get("CLASS", ""), a.get("BASEFORM", "")) for a in analyses])


def _verdict(analyses: list[tuple[str, str]]) -> str:
    classes = {cls for cls, _ in analyses}
    if classes & _PERSON_CLASSES:
        return NAME
    if "paikannimi" in classes:
        return PLACE
    if "nimi" in classes or any(base[:1].isupper() for _, base in analyses):
        return PROPER
    return COMMON if analyses else UNKNOWN
