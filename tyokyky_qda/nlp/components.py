"""spaCy components of the fallback pipelines: dictionary lemmatizers that need no system library.

Registered with ``@Language.factory`` so a pipeline is built with ``nlp.add_pipe(name)`` like any
spaCy component. Importing this module registers them.
"""

from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

SIMPLEMMA_FACTORY = "tyokyky_simplemma_lemmatizer"
LOOKUP_FACTORY = "tyokyky_lookup_lemmatizer"

# simplemma's Finnish dictionary gets some very common words of this domain wrong ("työ" is read
# as a dialect pronoun and becomes "sinä"). These take precedence; they were picked from the most
# frequent disagreements between simplemma and the Voikko lemmas on the evaluation report
# (/work/shared/seeds), not from the benchmark set.
FI_EXCEPTIONS = {
    "työ": "työ", "työt": "työ", "töitä": "työ", "töihin": "työ", "työssä": "työ", "työtä": "työ",
    "työhön": "työ", "työstä": "työ", "töissä": "työ", "työn": "työ", "töistä": "työ",
    "töiden": "työ", "töille": "työ",
    "niiden": "se", "niitä": "se", "ne": "se", "näiden": "tämä", "nämä": "tämä",
    "työkykykoordinaattoreiden": "työkykykoordinaattori", "palvelutarpeen": "palvelutarve",
    "palvelutarpeet": "palvelutarve", "palvelutarpeita": "palvelutarve", "työkanavan": "työkanava",
    "terveysministeriön": "terveysministeriö", "palveluista": "palvelu", "tukea": "tuki",
    "toimia": "toimi", "toteutettu": "toteuttaa", "toteutunut": "toteutua", "tunnistettu": "tunnistaa",
    "mä": "minä", "sä": "sinä", "sit": "sitten", "tää": "tämä",
}


def _skip(token) -> bool:
    return token.is_space or token.is_punct or token.like_num


def make_token_lemmatizer(lookup: Callable[[str], str]) -> Callable[[Doc], Doc]:
    """A doc → doc function setting each token's lemma from ``lookup`` (lower-cased word in)."""
    def lemmatize(doc: Doc) -> Doc:
        for token in doc:
            if _skip(token):
                token.lemma_ = token.text
            else:
                token.lemma_ = lookup(token.text.lower())
        return doc
    return lemmatize


@Language.factory(SIMPLEMMA_FACTORY, default_config={"lang": "fi"})
def create_simplemma_lemmatizer(nlp: Language, name: str, lang: str):
    """A lemmatizer backed by simplemma's bundled dictionaries (about 0.88 accuracy in Finnish)."""
    import simplemma

    exceptions = FI_EXCEPTIONS if lang == "fi" else {}

    def lookup(word: str) -> str:
        hit = exceptions.get(word)
        if hit is not None:
            return hit
        if ":" in word:  # an abbreviation with a case ending: "stm:n", "kelan:lle" → "stm"
            return word.split(":", 1)[0]
        return simplemma.lemmatize(word, lang=lang).lower()
    return make_token_lemmatizer(lookup)


@Language.factory(LOOKUP_FACTORY, default_config={"lang": "en"})
def create_lookup_lemmatizer(nlp: Language, name: str, lang: str):
    """spaCy's lookup-table lemmas (spacy-lookups-data), tried as written and then lower-cased.

    spaCy's own lookup lemmatizer is case-sensitive, so "Employers" at the start of a sentence
    would stay unlemmatised.
    """
    from spacy.lookups import load_lookups

    table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")

    def lookup(word: str) -> str:
        return str(table.get(word, word)).lower()
    return make_token_lemmatizer(lookup)


LOWERCASE_COMPONENT = "tyokyky_lowercase_lemmas"


@Language.component(LOWERCASE_COMPONENT)
def lowercase_lemmas(doc: Doc) -> Doc:
    """Lower-case every lemma, so lemma matching ignores case ("Kela" in one model, "kela" in another)."""
    for token in doc:
        lemma = token.lemma_
        if lemma and not lemma.islower():
            token.lemma_ = lemma.lower()
    return doc
