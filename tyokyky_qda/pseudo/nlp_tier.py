"""The language model behind name detection: the Finnish spaCy pipeline with its entity recogniser.

``tyokyky_qda.nlp.pipeline`` loads the model without the entity recogniser (suggestions do not
need it), so this module loads its own copy with NER and Voikko lemmas, choosing the tier the
same way (argument, ``$TYOKYKY_NLP_TIER``, else automatic) and with the same probe for libvoikko.
The fallback tier needs no model at all: names then come from the word lists, the inflection
rules and simplemma (see ``heuristics.py``).
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.nlp import pipeline as nlp_pipeline

#: Pipes the detector does not need; leaving out the parser roughly halves the time per text.
EXCLUDED = ["parser"]

_lock = threading.Lock()
_cache: dict[str, "NerModel"] = {}
_failure: dict[str, str] = {}


@dataclass
class NerModel:
    """A loaded model (``nlp`` is None in the fallback tier) and why a better one is not used."""

    nlp: object
    tier: str
    package: str = ""
    reason: str = ""

    @property
    def full(self) -> bool:
        """True when a trained model with NER and lemmas is loaded."""
        return self.nlp is not None

    @property
    def finnish(self) -> bool:
        """True for the Finnish full-tier model (whose tier guarantees Voikko for ``lexicon``)."""
        return self.full and self.package == nlp_pipeline.FI_PACKAGE


def load_ner_model(lang: str = "fi", tier: Optional[str] = None) -> NerModel:
    """The NER model for a language at the requested tier ("auto", "full" or "fallback").

    Asking for "full" where the model cannot load is a UserError; "auto" falls back quietly and
    says why in ``reason``. English projects use the English model when one is installed.
    """
    lang = nlp_pipeline.normalise_language(lang)
    wanted = nlp_pipeline.requested_tier(tier)
    if wanted == "fallback":
        return NerModel(None, "fallback", reason=N_("fallback requested"))
    with _lock:
        if lang in _cache:
            return _cache[lang]
        problem = _failure.get(lang) or nlp_pipeline.full_tier_problem(lang)
        if problem:
            if wanted == "full":
                raise UserError(problem)
            return NerModel(None, "fallback", reason=problem)
        try:
            _cache[lang] = _load(lang)
        except Exception as exc:  # noqa: BLE001 - any load failure means: use the fallback
            _failure[lang] = N_("the language model could not be loaded: {error}", error=exc)
            if wanted == "full":
                raise UserError(_failure[lang]) from exc
            return NerModel(None, "fallback", reason=_failure[lang])
        return _cache[lang]


def _load(lang: str) -> NerModel:
    import spacy

    if lang == "fi":
        package = nlp_pipeline.FI_PACKAGE
    else:
        package = next(p for p in nlp_pipeline.EN_PACKAGES if importlib.util.find_spec(p) is not None)
    nlp = spacy.load(package, exclude=EXCLUDED)
    if "ner" not in nlp.pipe_names:
        raise RuntimeError(f"{package} has no entity recogniser")
    return NerModel(nlp, "full", package)


def full_tier_available(lang: str = "fi") -> bool:
    """True when the full tier would load (probes only; for skipping tests and the UI)."""
    lang = nlp_pipeline.normalise_language(lang)
    return lang in _cache or (lang not in _failure and not nlp_pipeline.full_tier_problem(lang))
