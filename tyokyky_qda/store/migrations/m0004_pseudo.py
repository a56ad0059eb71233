"""Pseudonymisation: the key (entities and their pseudonyms), findings in the texts, the term list.

The key — which original stands for which pseudonym — lives only in these tables, apart from the
source texts, and no exporter reads them; ``tyokyky_qda.pseudo.key`` writes it out only when asked.
No foreign keys into sources: deleting a source must not be blocked by its findings (stale rows
are dropped when detection runs again), and the key must outlive an irreversible replacement.
"""

VERSION = 4


def migrate(db) -> None:
    """Create pseudo_entities, pseudo_findings and pseudo_terms."""
    # One row per pseudonymised thing: a person, an identity code, an address... ``key`` is its
    # normalised form (lemmas of a name), ``aliases`` a JSON list of keys merged into it, ``number``
    # its place in the category ("[Henkilö 3]"), ``replacement`` a pseudonym the user chose ("" =
    # the default label).
    db["pseudo_entities"].create(
        {"id": int, "category": str, "key": str, "label": str, "number": int, "replacement": str,
         "aliases": str, "created_at": str},
        pk="id", not_null={"category", "key", "number"},
        defaults={"label": "", "replacement": "", "aliases": "[]"},
    )
    db["pseudo_entities"].create_index(["category", "key"], unique=True)
    db["pseudo_entities"].create_index(["category", "number"], unique=True)
    # One row per occurrence: source text[start:end] as it was found (``text``), its entity and
    # the reviewer's decision: pending | accepted | rejected | applied (replaced in the project).
    db["pseudo_findings"].create(
        {"id": int, "source_id": int, "start": int, "end": int, "text": str, "category": str,
         "entity_id": int, "status": str, "origin": str, "created_at": str, "decided_at": str,
         "decided_by": str},
        pk="id", not_null={"source_id", "start", "end", "text", "category", "status"},
        foreign_keys=[("entity_id", "pseudo_entities", "id")],
        defaults={"status": "pending", "origin": "", "decided_by": ""},
    )
    db["pseudo_findings"].create_index(["source_id", "start", "end"], unique=True)
    db["pseudo_findings"].create_index(["entity_id"])
    db["pseudo_findings"].create_index(["status"])
    db["pseudo_terms"].create({"id": int, "term": str, "category": str, "created_at": str},
                              pk="id", not_null={"term", "category"}, defaults={"category": "term"})
    db["pseudo_terms"].create_index(["term"], unique=True)
