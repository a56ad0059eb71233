"""Which entity a candidate belongs to: one person, however their name is inflected or shortened.

Codes, numbers, e-mails and addresses are one entity per normalised form. Names match word by
word on their lemmas ("Virtasen" and "Virtanen"; "Pekan" and "Pekka"), an exact key or alias
first, so "Virtasta" goes to "Virtanen" even where a "Virta" exists. A lone first name or surname
joins the one full name it can belong to ("Virtasen" → "Matti Virtanen"); with two candidates it
stays on its own for the reviewer to merge.
"""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.pseudo import names, storage
from tyokyky_qda.pseudo.categories import ORGANISATION, PERSON, PLACE
from tyokyky_qda.pseudo.model import Candidate, NameToken

NAME_CATEGORIES = (PERSON, ORGANISATION, PLACE)


def key_tokens(key: str) -> tuple[NameToken, ...]:
    """The words of a stored name key as NameTokens (their lemmas are the key's words)."""
    out = []
    for word in key.split():
        titled = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
        out.append(NameToken(titled, titled, names.rule_candidates(titled)))
    return tuple(out)


class EntityIndex:
    """The project's entities, for matching candidates; creates entities as needed (in a transaction)."""

    def __init__(self, project):
        self.project = project
        #: Entities this index created, in the order it created them.
        self.created: list[int] = []
        self._by_key: dict[tuple[str, str], int] = {}
        self._names: dict[str, list[tuple[int, tuple[NameToken, ...]]]] = {c: [] for c in NAME_CATEGORIES}
        for e in storage.entities(project):
            self._remember(e["id"], e["category"], e["key"], e["aliases"])

    def _remember(self, entity_id: int, category: str, key: str, aliases=()) -> None:
        for k in [key, *aliases]:
            self._by_key.setdefault((category, k), entity_id)
            if category in self._names:
                self._names[category].append((entity_id, key_tokens(k)))

    def find(self, cand: Candidate) -> Optional[int]:
        """The entity a candidate belongs to, or None."""
        hit = self._by_key.get((cand.category, cand.key))
        if hit is not None or cand.category not in self._names or not cand.tokens:
            return hit
        same_length = [(eid, toks) for eid, toks in self._names[cand.category] if len(toks) == len(cand.tokens)]
        for eid, toks in same_length:
            if all(a.lemma.lower() == b.lemma.lower() for a, b in zip(cand.tokens, toks)):
                return eid
        for eid, toks in same_length:
            if all(names.tokens_match(a, b) for a, b in zip(cand.tokens, toks)):
                return eid
        if cand.category == PERSON and len(cand.tokens) == 1:
            return self._full_name_for(cand.tokens[0])
        return None

    def _full_name_for(self, token: NameToken) -> Optional[int]:
        """The one multi-word name whose first or last word this is, if there is exactly one."""
        owners = {eid for eid, toks in self._names[PERSON]
                  if len(toks) > 1 and (names.tokens_match(token, toks[-1]) or names.tokens_match(token, toks[0]))}
        return owners.pop() if len(owners) == 1 else None

    def resolve(self, cand: Candidate) -> int:
        """The entity of a candidate, created (numbered next in its category) if new."""
        hit = self.find(cand)
        if hit is not None:
            return hit
        entity_id, _ = storage.create_entity(self.project, cand.category, cand.key, cand.label or cand.text)
        self._remember(entity_id, cand.category, cand.key)
        self.created.append(entity_id)
        return entity_id


def single_word_merges(project) -> list[tuple[int, int]]:
    """(lone-name entity, full-name entity) pairs to merge automatically.

    A one-word person entity whose findings are all still pending joins the one full name it can
    belong to; entities the reviewer has already decided on are left alone.
    """
    persons = storage.entities(project, PERSON)
    full = [(e["id"], key_tokens(e["key"])) for e in persons if len(e["key"].split()) > 1]
    decided = storage.decided_entity_ids(project)
    pairs = []
    for e in persons:
        toks = key_tokens(e["key"])
        if len(toks) != 1 or e["id"] in decided or e["replacement"]:
            continue
        owners = {eid for eid, ft in full
                  if names.tokens_match(toks[0], ft[-1]) or names.tokens_match(toks[0], ft[0])}
        if len(owners) == 1:
            pairs.append((e["id"], owners.pop()))
    return pairs
