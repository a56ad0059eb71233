"""Load the spaCy pipeline for a language, with honest fallbacks, and say which tier is active.

Tiers:
- ``full``: an installed trained pipeline. Finnish: ``spacy_fi_experimental_web_md`` (tagger,
  morphologizer, Voikko lemmatizer, floret vectors), which needs the system library libvoikko and
  the voikko-fi dictionary. English: ``en_core_web_md``/``_lg``/``_sm`` if one is installed.
- ``fallback``: ``spacy.blank(lang)`` with a rule-based sentencizer and a dictionary lemmatizer
  (simplemma for Finnish, spaCy's lookup tables for English). No vectors.

The parser, the named-entity recogniser and the tagger are left out: suggestions need lemmas,
sentences and vectors only. Voikko's lemmatizer takes parts of speech from the morphologizer;
without the tagger the lemmas of the evaluation report were identical and the pipeline ran
about 10 % faster, without parser and NER about twice as fast. Sentences come from the
punctuation-based sentencizer in both tiers, so the tiers split text alike.

The tier is chosen by the ``tier`` argument, else the ``TYOKYKY_NLP_TIER`` environment variable
(``auto``, ``full`` or ``fallback``), else automatically. Pipelines are loaded once per process.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import importlib.util
import os
import threading
from dataclasses import dataclass
from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.nlp import messages

TIER_ENV = "TYOKYKY_NLP_TIER"
TIERS = ("full", "fallback")
FI_PACKAGE = "spacy_fi_experimental_web_md"
EN_PACKAGES = ("en_core_web_md", "en_core_web_lg", "en_core_web_sm")
SUPPORTED = ("fi", "en")
EXCLUDED_PIPES = ["parser", "ner", "senter", "tagger"]
#: Bumped when the composition of the pipelines changes, so stored parses are redone.
PARSE_VERSION = 2

_lock = threading.Lock()
_loaded: dict[tuple[str, str], "LoadedPipeline"] = {}
#: Languages whose full pipeline was probed fine but failed to load, with the reason.
_full_failures: dict[str, str] = {}


@dataclass
class LoadedPipeline:
    """A loaded spaCy pipeline with what the rest of the package needs to know about it."""

    nlp: object  # spacy.language.Language
    language: str
    tier: str
    package: str
    version: str
    has_vectors: bool
    #: Why a better tier was not used ("" when this is the best tier available).
    reason: str = ""
    #: Held while the pipeline runs: a Voikko handle must not be used by two threads at once.
    lock: threading.RLock = dataclasses.field(default_factory=threading.RLock, repr=False, compare=False)

    @property
    def pipeline_id(self) -> str:
        """Identifies what produced a stored parse: a different id means parse again."""
        return f"{self.language}:{self.tier}:{self.package}@{self.version}/p{PARSE_VERSION}"

    def describe(self) -> dict:
        """The tier as the UI shows it (see ``active_tier``)."""
        return {"language": self.language, "tier": self.tier, "package": self.package,
                "version": self.version, "pipeline_id": self.pipeline_id,
                "vectors": self.has_vectors,
                "description": messages.tier_description(self.language, self.tier, self.package),
                "lemma_accuracy_hint": messages.lemma_accuracy(self.language, self.tier),
                "reason": self.reason}


def normalise_language(lang: Optional[str]) -> str:
    """"fi"/"en" from a language tag such as "fi-FI" or "en_GB"; anything else is Finnish."""
    code = (lang or "fi").lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else "fi"


def requested_tier(tier: Optional[str] = None) -> str:
    """The tier asked for: the argument, else ``$TYOKYKY_NLP_TIER``, else "auto"."""
    value = (tier or os.environ.get(TIER_ENV) or "auto").strip().lower()
    if value not in TIERS + ("auto",):
        raise UserError(N_(messages.BAD_TIER, value=value, env=TIER_ENV))
    return value


def full_tier_problem(lang: str) -> str:
    """Why the full tier cannot be used for ``lang`` ("" when it can), without loading it."""
    if lang == "en":
        return "" if _installed_english() else messages.NO_ENGLISH_MODEL
    if importlib.util.find_spec(FI_PACKAGE) is None:
        return messages.NO_FINNISH_MODEL
    try:
        import libvoikko
        handle = libvoikko.Voikko("fi")
        handle.terminate()
    except Exception as exc:  # noqa: BLE001 - OSError without the library, VoikkoException without the dictionary
        return N_(messages.NO_VOIKKO, error=exc)
    return ""


def _installed_english() -> str:
    for name in EN_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return ""


def _choose(lang: str, wanted: str) -> tuple[str, str]:
    """(tier, reason a better tier is not used) for a requested tier; UserError if "full" cannot be had."""
    if wanted == "fallback":
        return "fallback", N_(messages.FALLBACK_REQUESTED, env=TIER_ENV)
    problem = full_tier_problem(lang)
    if problem and wanted == "full":
        raise UserError(problem)
    return ("fallback", problem) if problem else ("full", "")


def load_pipeline(lang: Optional[str] = "fi", tier: Optional[str] = None) -> LoadedPipeline:
    """The pipeline for a language at the requested tier, loaded once per process.

    With "auto" the full tier is used where it loads, else the fallback (and ``reason`` says why).
    Asking for "full" explicitly where it is not available is a UserError.
    """
    lang = normalise_language(lang)
    wanted = requested_tier(tier)
    with _lock:
        if wanted != "fallback" and (lang, "full") in _loaded:
            return _loaded[(lang, "full")]
        if wanted == "auto" and lang in _full_failures:
            chosen, problem = "fallback", _full_failures[lang]
        else:
            chosen, problem = _choose(lang, wanted)
        if chosen == "full":
            try:
                _loaded[(lang, "full")] = _load_full(lang)
                return _loaded[(lang, "full")]
            except Exception as exc:  # noqa: BLE001 - any load failure means: use the fallback
                if wanted == "full":
                    raise UserError(N_(messages.FULL_LOAD_FAILED, error=exc)) from exc
                problem = N_(messages.FULL_LOAD_FAILED, error=exc)
                _full_failures[lang] = problem
        if (lang, "fallback") not in _loaded:
            _loaded[(lang, "fallback")] = _load_fallback(lang)
        fallback = _loaded[(lang, "fallback")]
        return dataclasses.replace(fallback, reason=problem)


def _load_full(lang: str) -> LoadedPipeline:
    import spacy

    package = FI_PACKAGE if lang == "fi" else _installed_english()
    from tyokyky_qda.nlp import components

    nlp = spacy.load(package, exclude=EXCLUDED_PIPES)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe(components.LOWERCASE_COMPONENT, last=True)
    has_vectors = bool(nlp.vocab.vectors.shape[0]) and nlp.vocab.vectors.shape[1] > 0
    return LoadedPipeline(nlp, lang, "full", package, _version_of(package), has_vectors)


def _load_fallback(lang: str) -> LoadedPipeline:
    import spacy

    from tyokyky_qda.nlp import components

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    if lang == "fi":
        nlp.add_pipe(components.SIMPLEMMA_FACTORY, config={"lang": "fi"})
    else:
        nlp.add_pipe(components.LOOKUP_FACTORY, config={"lang": lang})
    package = _probe_package(lang, "fallback")
    return LoadedPipeline(nlp, lang, "fallback", package, _version_of(package), has_vectors=False)


def active_tier(lang: Optional[str] = "fi", tier: Optional[str] = None, load: bool = False) -> dict:
    """Which pipeline tier suggestions for ``lang`` use, for the UI.

    Returns ``{"language", "tier", "description", "lemma_accuracy_hint", "package", "version",
    "pipeline_id", "vectors", "reason"}``. Without ``load`` it only probes (milliseconds) and
    answers what loading would give; with ``load`` it loads the pipeline first.
    """
    lang = normalise_language(lang)
    wanted = requested_tier(tier)
    if load:
        return load_pipeline(lang, wanted).describe()
    if wanted != "fallback" and lang in _full_failures:
        if wanted == "full":
            raise UserError(_full_failures[lang])
        chosen, problem = "fallback", _full_failures[lang]
    else:
        chosen, problem = _choose(lang, wanted)
    package = _probe_package(lang, chosen)
    probe = LoadedPipeline(None, lang, chosen, package, _version_of(package),
                           has_vectors=chosen == "full", reason=problem)
    return probe.describe()


def _probe_package(lang: str, tier: str) -> str:
    if tier == "full":
        return FI_PACKAGE if lang == "fi" else _installed_english()
    return "simplemma" if lang == "fi" else "spacy-lookups-data"


def _version_of(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "?"
