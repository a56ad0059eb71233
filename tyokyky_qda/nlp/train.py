"""Train the suggestion model of one language from the project's codebook, codings and feedback.

``train_model`` is the long job behind ``Suggester.train``: it needs no text to be parsed again
when the sources are indexed (coded segments take their lemmas from the stored parses), and it
reports progress and honours cancellation. ``training_fingerprint`` says cheaply whether the
stored model is out of date.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import scipy.sparse as sp

from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, no_progress, sub_progress
from tyokyky_qda.nlp import storage
from tyokyky_qda.nlp.classifier import TrainingSet, fit_one_vs_rest
from tyokyky_qda.nlp.codebook_evidence import KeywordMatcher, code_profiles, hits_by_unit, lemmatise_profiles
from tyokyky_qda.nlp.combine import (FEATURES, MIN_CALIBRATION_UNITS, MIN_LEARNED_UNITS, MIN_STACK_CODES,
                                     Combiner)
from tyokyky_qda.nlp.features import FeatureSpace, VectorTable
from tyokyky_qda.nlp.index import ParseCache
from tyokyky_qda.nlp.model import MODEL_VERSION, SuggestionModel
from tyokyky_qda.nlp.pipeline import LoadedPipeline
from tyokyky_qda.nlp.units import Unit, make_units

#: Codings that teach the model. "autocode" is left out: unreviewed machine codings would
#: teach the model its own guesses.
TRAINING_ORIGINS = ("manual", "accepted-suggestion", "imported", "merged", "consensus")
IDF_SAMPLE_UNITS = 4000    # sentences of the project's texts used for IDF weights, at most
STACK_MAX_UNITS = 600      # coded segments used for fitting the combiner, at most
STACK_FOLDS = 3


@dataclass
class Segments:
    """Training units (coded segments and rejected suggestions) with their keyword hits."""

    units: list[Unit] = field(default_factory=list)
    hits: list[dict] = field(default_factory=list)
    rejected: list[set] = field(default_factory=list)


def candidate_codes(project) -> list:
    """Codes suggestions choose from: leaves of the tree, and any code that has codings."""
    codes = project.codes()
    parents = {c.parent_id for c in codes if c.parent_id is not None}
    counts = project.coding_counts()
    return [c for c in codes if c.id not in parents or counts.get(c.id)]


def training_fingerprint(project, language: str, pipeline_id: str) -> str:
    """A hash of everything a model is trained from; a change means: train again."""
    h = hashlib.sha256(f"{MODEL_VERSION}|{language}|{pipeline_id}".encode())
    for row in project.conn.execute(
            "SELECT id, parent_id, name, description, keywords, name_en, description_en, keywords_en"
            " FROM codes ORDER BY id"):
        h.update(repr(tuple(row)).encode())
    for c in storage.training_codings(project, language, TRAINING_ORIGINS):
        h.update(f"{c['id']},{c['source_id']},{c['code_id']},{c['start']},{c['end']},{c['content_hash']};".encode())
    h.update(repr(storage.feedback_signature(project)).encode())
    return h.hexdigest()


def train_model(project, language: str, loaded: LoadedPipeline, cache: Optional[ParseCache] = None,
                progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> SuggestionModel:
    """Fit the feature space, the classifier and the combiner for one language."""
    progress = progress or no_progress
    cache = cache or ParseCache(project)
    fingerprint = training_fingerprint(project, language, loaded.pipeline_id)
    codes = candidate_codes(project)
    paths = project.code_paths()
    profiles = code_profiles(codes, paths, language)
    lemmatise_profiles(profiles, loaded)
    keywords = {p.code_id: p.keyword_lemmas for p in profiles}
    matcher = KeywordMatcher(loaded.nlp.vocab, keywords)
    progress(0.05, N_("collecting coded segments"))
    segs, extra_units = _collect(project, language, loaded, cache, matcher,
                                 sub_progress(progress, 0.05, 0.4), cancel)
    vectors = VectorTable(loaded.nlp.vocab) if loaded.has_vectors else None
    idf_docs = [u.lemmas for u in segs.units] + [p.lemmas for p in profiles] + extra_units
    space, X_seg = FeatureSpace.fit_transform(idf_docs, len(segs.units), vectors)
    model = SuggestionModel(
        language=language, pipeline_id=loaded.pipeline_id, fingerprint=fingerprint, space=space,
        code_ids=[p.code_id for p in profiles], code_names={p.code_id: p.name for p in profiles},
        profile_lemmas=[p.lemmas for p in profiles], keywords=keywords,
        combiner=Combiner.default(trained=False, vectors=vectors is not None))
    model.attach(loaded.nlp.vocab)
    coded = [i for i, u in enumerate(segs.units) if u.labels]
    model.counts = _counts(segs)
    if coded:
        siblings = _siblings(codes)
        data = _training_set(X_seg, segs, model)
        # Every candidate code gets a classifier, also those without codings (their profile is
        # their only positive): otherwise a lone coded code would have nothing to be compared with.
        model.classifier = fit_one_vs_rest(data, model.code_ids, siblings,
                                           sub_progress(progress, 0.4, 0.75), cancel)
        model.train_rows = space.word_rows([segs.units[i].lemmas for i in coded])
        model.train_labels = [sorted(segs.units[i].labels) for i in coded]
        model.combiner = _fit_combiner(model, segs, X_seg, siblings, sub_progress(progress, 0.75, 1.0), cancel)
    progress(1.0, N_("model trained"))
    return model


def _counts(segs: Segments) -> dict[int, int]:
    counts: dict[int, int] = {}
    for u in segs.units:
        for code in u.labels:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _siblings(codes) -> dict[int, set]:
    by_parent: dict = {}
    for c in codes:
        by_parent.setdefault(c.parent_id, set()).add(c.id)
    return {c.id: by_parent[c.parent_id] - {c.id} for c in codes}


def _training_set(X_seg: sp.csr_matrix, segs: Segments, model: SuggestionModel,
                  rows: Optional[np.ndarray] = None) -> TrainingSet:
    """Segments (optionally a subset of rows) plus the code profiles as labelled rows."""
    rows = np.arange(X_seg.shape[0]) if rows is None else rows
    profiles = model.profile_rows
    labels = [set(segs.units[i].labels) for i in rows] + [{c} for c in model.code_ids]
    rejected = [set(segs.rejected[i]) for i in rows] + [set() for _ in model.code_ids]
    is_profile = np.r_[np.zeros(len(rows), dtype=bool), np.ones(len(model.code_ids), dtype=bool)]
    return TrainingSet(sp.vstack([X_seg[rows], profiles], format="csr"), labels, rejected, is_profile)


def _collect(project, language: str, loaded: LoadedPipeline, cache: ParseCache, matcher: KeywordMatcher,
             progress: ProgressFn, cancel: Optional[CancelFn]) -> tuple[Segments, list[list[str]]]:
    """Coded segments and rejected suggestions as units, plus sentences for IDF weights."""
    ranges: dict[tuple[int, int, int], set] = {}
    for c in storage.training_codings(project, language, TRAINING_ORIGINS):
        ranges.setdefault((c["source_id"], c["start"], c["end"]), set()).add(c["code_id"])
    rejected: dict[tuple[int, int, int], set] = {}
    langs = storage.source_languages(project)
    for f in storage.feedback_rows(project):
        if not f["accepted"] and langs.get(f["source_id"]) == language:
            rejected.setdefault((f["source_id"], f["start"], f["end"]), set()).add(f["code_id"])
    by_source: dict[int, list[tuple[int, int]]] = {}
    for sid, s, e in set(ranges) | set(rejected):
        by_source.setdefault(sid, []).append((s, e))
    segs, extra = Segments(), []
    for n, sid in enumerate(sorted(by_source)):
        check_cancel(cancel)
        parsed, table = cache.get(sid, loaded)
        units = []
        for s, e in sorted(by_source[sid]):
            if (sid, s, e) in rejected and (sid, s, e) not in ranges and not _same_text(project, sid, s, e):
                continue
            lemmas = table.content_lemmas(s, e)
            if lemmas:
                units.append(Unit(s, e, "segment", lemmas, sid, set(ranges.get((sid, s, e), set()))))
        segs.units.extend(units)
        segs.hits.extend(hits_by_unit(units, matcher.find(parsed, table)))
        segs.rejected.extend(rejected.get((sid, u.start, u.end), set()) for u in units)
        if len(segs.units) + len(extra) < IDF_SAMPLE_UNITS:
            extra.extend(u.lemmas for u in make_units(parsed, table, "sentence"))
        progress((n + 1) / len(by_source), N_("collecting coded segments"))
    extra.extend(_idf_sample(project, language, loaded, cache, set(by_source), len(segs.units) + len(extra)))
    return segs, extra


def _same_text(project, source_id: int, start: int, end: int) -> bool:
    """A rejected unit still means something only if the text there is what the coder saw."""
    for f in storage.feedback_rows(project, source_id):
        if f["start"] == start and f["end"] == end:
            return project.source_text(source_id)[start:end] == f["unit_text"]
    return False


def _idf_sample(project, language: str, loaded: LoadedPipeline, cache: ParseCache, seen: set,
                have: int) -> list[list[str]]:
    """Sentences of other indexed sources, so IDF weights reflect the project's language use."""
    if have >= IDF_SAMPLE_UNITS:
        return []
    stored = storage.parse_hashes(project, loaded.pipeline_id)
    current = storage.source_hashes(project)
    langs = storage.source_languages(project)
    ids = [sid for sid, digest in stored.items()
           if sid not in seen and current.get(sid) == digest and langs.get(sid) == language]
    random.Random(0).shuffle(ids)
    out: list[list[str]] = []
    for sid in ids:
        parsed, table = cache.get(sid, loaded)
        out.extend(u.lemmas for u in make_units(parsed, table, "sentence"))
        if have + len(out) >= IDF_SAMPLE_UNITS:
            break
    return out


def _fit_combiner(model: SuggestionModel, segs: Segments, X_seg: sp.csr_matrix, siblings: dict,
                  progress: ProgressFn, cancel: Optional[CancelFn]) -> Combiner:
    """Stacking: fold classifiers score held-out segments; calibrate or learn the combiner on that."""
    default = Combiner.default(trained=True, vectors=model.space.vectors is not None)
    n_coded = sum(1 for u in segs.units if u.labels)
    per_code = _counts(segs)
    if n_coded < MIN_CALIBRATION_UNITS or sum(1 for n in per_code.values() if n >= 3) < MIN_STACK_CODES:
        return default
    feats, labels, weights = _held_out_evidence(model, segs, X_seg, siblings, per_code, progress, cancel)
    if n_coded >= MIN_LEARNED_UNITS:
        use = [n for n in FEATURES if model.space.vectors is not None or not n.startswith("soft")]
        return Combiner.fit(feats, labels, weights, use)
    return default.calibrated(feats, labels, weights)


def _held_out_evidence(model: SuggestionModel, segs: Segments, X_seg: sp.csr_matrix, siblings: dict,
                       per_code: dict, progress: ProgressFn, cancel: Optional[CancelFn]):
    """Evidence of segments scored by classifiers that did not see them: (feats, labels, weights)."""
    rng = np.random.default_rng(0)
    rows = np.arange(len(segs.units))
    if len(rows) > STACK_MAX_UNITS:
        rows = np.sort(rng.choice(rows, STACK_MAX_UNITS, replace=False))
    col = {c: j for j, c in enumerate(model.code_ids)}
    feats, labels, weights = [], [], []
    for k, held in enumerate(np.array_split(rng.permutation(rows), STACK_FOLDS)):
        check_cancel(cancel)
        clf = fit_one_vs_rest(_training_set(X_seg, segs, model, np.setdiff1d(rows, held)),
                              model.code_ids, siblings, cancel=cancel)
        held_units = [segs.units[i] for i in held]
        feats.append(_with_classifier(model, clf).features(held_units, [segs.hits[i] for i in held],
                                                           X=X_seg[held]))
        y = np.zeros((len(held), len(model.code_ids)))
        w = np.ones_like(y)
        for r, i in enumerate(held):
            for code in segs.units[i].labels:
                y[r, col[code]] = 1
            if not segs.units[i].labels:       # a rejected unit: only its rejected codes are known
                w[r] = 0
            for code in segs.rejected[i]:
                if code in col:
                    w[r, col[code]] = 2.0
        labels.append(y)
        weights.append(w)
        progress((k + 1) / STACK_FOLDS, N_("calibrating"))
    return np.concatenate(feats), np.concatenate(labels), np.concatenate(weights)


def _with_classifier(model: SuggestionModel, clf) -> SuggestionModel:
    import copy
    clone = copy.copy(model)
    clone.classifier = clf
    return clone
