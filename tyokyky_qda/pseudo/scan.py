"""Detection over a project: every source and memo, the whole project's entities, stored as findings.

``detect_project`` runs ``detect_text`` on each source and each memo (``memos``), knowing the
project's speakers by name (``speakers``), then looks for every name it found in every text again
(a name recognised once is found wherever it is written the same way), keeps earlier review
decisions, and stores new findings and entities in one transaction. It is a long job: it reports
progress and stops when ``cancel`` says so, before writing anything. Texts are keyed by ``Doc``:
("source", id) or ("memo", id), as ``storage.doc_of`` names a finding's place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, no_progress
from tyokyky_qda.pseudo import hetu, heuristics, patterns, storage
from tyokyky_qda.pseudo.categories import (APPLIED, DEFAULT_CATEGORIES, EMAIL, HETU, PENDING, PERSON,
                                           PHONE, check_categories)
from tyokyky_qda.pseudo.detect import DetectOptions, detect_text, known_name_words, resolve
from tyokyky_qda.pseudo.entities import NAME_CATEGORIES, EntityIndex, key_tokens, single_word_merges
from tyokyky_qda.pseudo.memos import memo_texts
from tyokyky_qda.pseudo.model import Candidate
from tyokyky_qda.pseudo.nlp_tier import load_ner_model
from tyokyky_qda.pseudo.speakers import project_persons
from tyokyky_qda.pseudo.terms import Term

CATEGORIES_META = "pseudo.categories"
#: Where a text is: ("source", source id) or ("memo", memo id).
Doc = tuple[str, int]
#: Surface forms shorter than this are not searched for across sources (too many chance hits).
MIN_PROPAGATE = 3


@dataclass
class ScanResult:
    """What a detection run did."""

    changes: Changes
    found: int = 0
    new: int = 0
    by_category: dict = field(default_factory=dict)
    tier: str = ""
    tier_reason: str = ""
    merged: int = 0
    #: How many memos were scanned, and how many of the findings are in them.
    memos: int = 0
    in_memos: int = 0


def saved_categories(project) -> tuple[str, ...]:
    """The categories the project looks for (stored with ``save_categories``; default if never set)."""
    raw = project.meta(CATEGORIES_META, "")
    try:
        return check_categories(json.loads(raw)) if raw else DEFAULT_CATEGORIES
    except (ValueError, TypeError):
        return DEFAULT_CATEGORIES


def save_categories(project, categories: Iterable[str]) -> Changes:
    """Remember which categories the project looks for."""
    cats = check_categories(categories)
    return project.set_meta(CATEGORIES_META, json.dumps(list(cats)))


def project_terms(project) -> list[Term]:
    """The project's term list."""
    return [Term(t, c) for t, c in storage.terms(project)]


def candidate_for_range(text: str, start: int, end: int, category: str) -> Candidate:
    """A candidate for a range the user marked (keyed like detection would key it)."""
    value = text[start:end]
    if category in NAME_CATEGORIES:
        toks = [heuristics.Tok(t.text, t.start + start, t.end + start, False, t.name)
                for t in heuristics.tokenize(value)]
        if toks:
            return heuristics.make_name_candidate(text, toks, category, "manual")
    key = {HETU: hetu.normalise, PHONE: patterns.phone_key, EMAIL: str.lower}.get(
        category, lambda v: " ".join(v.split()).lower())(value)
    return Candidate(start, end, value, category, key, "manual", label=value)


def detect_project(project, *, source_ids: Optional[Iterable[int]] = None,
                   categories: Optional[Iterable[str]] = None, terms: Optional[list] = None,
                   tier: Optional[str] = None, memos: Optional[bool] = None,
                   progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> ScanResult:
    """Find identifiers in the project's sources and memos and store them as pending findings.

    ``categories`` default to the project's saved ones; ``terms`` are looked for in this run besides
    the project's list (the command line stores ``--terms`` in the list first). ``memos`` (default:
    when every source is scanned) scans the memos' texts too. Earlier decisions are kept: a new
    finding never overlaps an existing one.
    """
    progress = progress or no_progress
    cats = check_categories(categories) if categories is not None else saved_categories(project)
    options = DetectOptions(categories=cats, terms=project_terms(project) + list(terms or []),
                            persons=project_persons(project) if PERSON in cats else [])
    wanted = set(source_ids) if source_ids is not None else None
    sources = [s for s in project.sources() if wanted is None or s.id in wanted]
    scan_memos = source_ids is None if memos is None else memos
    notes = memo_texts(project) if scan_memos and storage.has_memo_findings(project) else {}
    texts, found, models = _detect_all(project, sources, notes, options, tier, progress, cancel)
    check_cancel(cancel)
    if PERSON in cats:
        _remember_across(project, texts, found)
    _propagate(project, texts, found)
    progress(0.95, N_("storing findings"))
    result = _store(project, texts, found)
    model = next(iter(models.values()), None)
    result.tier = model.tier if model else ""
    result.tier_reason = model.reason if model else ""
    result.memos = len(notes)
    result.in_memos = sum(len(c) for doc, c in found.items() if doc[0] == "memo")
    progress(1.0, N_("done"))
    return result


def _detect_all(project, sources, notes: dict[int, str], options: DetectOptions, tier, progress, cancel):
    """``detect_text`` over the sources (each in its language) and the memos (the project's)."""
    models: dict = {}
    texts: dict[Doc, str] = {}
    found: dict[Doc, list[Candidate]] = {}

    def model_for(lang: str):
        if lang not in models:
            models[lang] = load_ner_model(lang, tier)
        return models[lang]

    total = max(1, len(sources) + len(notes))
    project_lang = (project.meta("language", "fi") or "fi")[:2]
    for i, src in enumerate(sources):
        check_cancel(cancel)
        progress(0.9 * i / total, src.name)
        doc = ("source", src.id)
        texts[doc] = project.source_text(src.id)
        found[doc] = detect_text(texts[doc], model_for((src.language or project_lang or "fi")[:2]), options)
    for i, (memo_id, text) in enumerate(notes.items()):
        check_cancel(cancel)
        progress(0.9 * (len(sources) + i) / total, N_("memos"))
        doc = ("memo", memo_id)
        texts[doc] = text
        found[doc] = detect_text(text, model_for(project_lang), options)
    return texts, found, models


def _remember_across(project, texts: dict[Doc, str], found: dict[Doc, list[Candidate]]) -> None:
    """Other forms of names found in any source ("Nybergin" here, "Kristian Nyberg" elsewhere)."""
    known = known_name_words(c for cands in found.values() for c in cands)
    for e in storage.entities(project, PERSON):
        proto = Candidate(0, 0, e["label"], PERSON, e["key"], "memory", key_tokens(e["key"]), e["label"])
        for tok in proto.tokens:
            known.setdefault(tok.lemma.lower(), proto)
    if not known:
        return
    for doc, text in texts.items():
        extra = heuristics.remembered_candidates(text, heuristics.tokenize(text), known, found[doc])
        if extra:
            found[doc] = resolve(found[doc] + extra)


def _propagate(project, texts: dict[Doc, str], found: dict[Doc, list[Candidate]]) -> None:
    """Add every other occurrence of a name or term already found (as written) in the texts."""
    forms: dict[str, Candidate] = {}
    for cands in found.values():
        for c in cands:
            if c.category in NAME_CATEGORIES + ("term",) and len(c.text) >= MIN_PROPAGATE:
                forms.setdefault(c.text, c)
    for row in storage.findings(project, status=("pending", "accepted")):
        if row["category"] in NAME_CATEGORIES and len(row["text"]) >= MIN_PROPAGATE and row["text"] not in forms:
            forms[row["text"]] = Candidate(0, 0, row["text"], row["category"], row["entity_key"] or "",
                                           "propagated", label=row["entity_label"] or "")
    if not forms:
        return
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w])")
    for doc, text in texts.items():
        cands = found[doc]
        for m in pattern.finditer(text):
            if any(c.start < m.end() and m.start() < c.end for c in cands):
                continue
            proto = forms[m.group()]
            cands.append(Candidate(m.start(), m.end(), m.group(), proto.category, proto.key, "propagated",
                                   proto.tokens, proto.label))
        cands.sort(key=lambda c: c.start)


def _revalidate(project, texts: dict[Doc, str]) -> tuple[list, list]:
    """Findings whose words moved (the text was edited): (updates, ids to drop)."""
    updates, drop = [], []
    for doc, text in texts.items():
        rows = storage.findings(project, **storage.doc_filter(doc))
        taken = {(r["start"], r["end"]) for r in rows}
        for r in rows:
            if r["status"] == APPLIED or text[r["start"]:r["end"]] == r["text"]:
                continue
            spot = _nearest(text, r["text"], r["start"], taken)
            if spot is None:
                drop.append(r["id"])
            else:
                taken.add(spot)
                updates.append((r["id"], {"start": spot[0], "end": spot[1]}))
    return updates, drop


def _nearest(text: str, needle: str, near: int, taken: set) -> Optional[tuple[int, int]]:
    spots = [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]
    spots = [s for s in spots if s not in taken]
    return min(spots, key=lambda s: abs(s[0] - near)) if spots else None


def _store(project, texts: dict[Doc, str], found: dict[Doc, list[Candidate]]) -> ScanResult:
    with project.transaction("pseudonymisation: detect", sources=len(texts)) as ch:
        gone, _ = storage.orphan_ids(project)
        storage.delete_findings(project, gone)
        updates, drop = _revalidate(project, texts)
        storage.update_findings(project, updates)
        storage.delete_findings(project, drop)
        index = EntityIndex(project)
        rows, by_category = [], {}
        for doc, cands in found.items():
            existing = [(r["start"], r["end"]) for r in storage.findings(project, **storage.doc_filter(doc))]
            for c in cands:
                by_category[c.category] = by_category.get(c.category, 0) + 1
                if any(s < c.end and c.start < e for s, e in existing):
                    continue
                rows.append({**storage.doc_columns(doc), "start": c.start, "end": c.end, "text": c.text,
                             "category": c.category, "entity_id": index.resolve(c), "status": PENDING,
                             "origin": c.origin})
        storage.insert_findings(project, rows)
        merges = single_word_merges(project)
        for lone, full in merges:
            _merge_quietly(project, lone, full)
        _, empty = storage.orphan_ids(project)
        storage.delete_entities(project, empty)
        _number_in_order(project, index.created, set(empty) | {lone for lone, _ in merges})
    total = sum(len(c) for c in found.values())
    return ScanResult(ch, found=total, new=len(rows), by_category=by_category, merged=len(merges))


def _number_in_order(project, created: list[int], gone: set) -> None:
    """Number new entities by where they first occur (source order, then offset; memos last)."""
    first: dict[int, tuple] = {}
    for r in storage.findings(project, status=PENDING):
        if r["entity_id"] in created and r["entity_id"] not in first:
            first[r["entity_id"]] = (r["memo_id"] != 0, r["source_id"], r["memo_id"], r["start"])
    order = sorted((e for e in created if e not in gone and e in first), key=lambda e: first[e])
    storage.renumber(project, order)


def _merge_quietly(project, lone: int, full: int) -> None:
    """Fold a lone-name entity into its full name; its key becomes an alias for later runs."""
    moved = storage.findings(project, entity_id=lone)
    storage.update_findings(project, [(r["id"], {"entity_id": full}) for r in moved])
    lone_key = storage.entity(project, lone)["key"]
    target = storage.entity(project, full)
    storage.delete_entities(project, [lone])
    storage.update_entity(project, full, aliases=list(dict.fromkeys(target["aliases"] + [lone_key])))
