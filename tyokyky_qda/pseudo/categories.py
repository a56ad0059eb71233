"""What pseudonymisation looks for, and the default pseudonyms it writes.

A finding's category decides its default replacement: the category label with the entity's number,
"[Henkilö 3]", numbered per category across the whole project so the same person is "[Henkilö 3]"
in every source and every export. The labels follow the project's language (``meta.language``).
"""

from __future__ import annotations

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
HETU = "hetu"
PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"
TERM = "term"

#: Every category, in the order the review lists them.
CATEGORIES = (PERSON, ORGANISATION, PLACE, HETU, PHONE, EMAIL, ADDRESS, TERM)
#: Looked for unless the user says otherwise. Organisations and places are opt-in: evaluation
#: material is full of public bodies (Kela, TE-toimisto, Pirkanmaa) that identify nobody.
DEFAULT_CATEGORIES = (PERSON, HETU, PHONE, EMAIL, ADDRESS, TERM)
#: Categories found by patterns whose miss would be a data breach; never off by default.
PATTERN_CATEGORIES = (HETU, PHONE, EMAIL, ADDRESS)

LABELS = {
    "fi": {PERSON: "Henkilö", ORGANISATION: "Organisaatio", PLACE: "Paikka", HETU: "Henkilötunnus",
           PHONE: "Puhelinnumero", EMAIL: "Sähköposti", ADDRESS: "Osoite", TERM: "Tunniste"},
    "en": {PERSON: "Person", ORGANISATION: "Organisation", PLACE: "Place", HETU: "Identity code",
           PHONE: "Phone number", EMAIL: "E-mail", ADDRESS: "Address", TERM: "Identifier"},
}

#: When one stretch of text is found twice, the finding of the more specific category wins.
PRIORITY = {HETU: 0, EMAIL: 1, PHONE: 2, ADDRESS: 3, TERM: 4, PERSON: 5, ORGANISATION: 6, PLACE: 7}

#: Finding statuses: found and waiting for review, kept as is, to be replaced, replaced in the project.
PENDING, REJECTED, ACCEPTED, APPLIED = "pending", "rejected", "accepted", "applied"
STATUSES = (PENDING, REJECTED, ACCEPTED, APPLIED)

#: spaCy entity labels (OntoNotes scheme, as in the Finnish model) onto our categories.
NER_LABELS = {"PERSON": PERSON, "PER": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE,
              "FAC": PLACE}


def label(category: str, lang: str = "fi") -> str:
    """The human label of a category in the project language ("Henkilö", "Person")."""
    table = LABELS.get(_lang(lang), LABELS["fi"])
    return table.get(category, category)


def default_replacement(category: str, number: int, lang: str = "fi") -> str:
    """The default pseudonym of an entity: "[Henkilö 3]" in Finnish, "[Person 3]" in English."""
    return f"[{label(category, lang)} {number}]"


def check_categories(categories) -> tuple[str, ...]:
    """Validate a list of category names (a ValueError names the unknown ones)."""
    cats = tuple(dict.fromkeys(c.strip().lower() for c in categories if c and c.strip()))
    aliases = {"organization": ORGANISATION, "org": ORGANISATION, "loc": PLACE, "gpe": PLACE,
               "per": PERSON, "henkilötunnus": HETU, "ssn": HETU, "e-mail": EMAIL}
    cats = tuple(dict.fromkeys(aliases.get(c, c) for c in cats))
    unknown = [c for c in cats if c not in CATEGORIES]
    if unknown:
        raise ValueError(f"unknown categories {', '.join(unknown)} (use {', '.join(CATEGORIES)})")
    return cats


def _lang(lang: str) -> str:
    code = (lang or "fi").lower().replace("_", "-").split("-")[0]
    return code if code in LABELS else "fi"
