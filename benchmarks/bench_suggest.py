"""Code-suggestion figures: accuracy on the hand-labelled Finnish set, latency, training time and
indexing speed, for both pipeline tiers. Writes out/bench/suggest.json.

Accuracy: the set (benchmarks/data/goals_fi.txt) has segments labelled with goals T1–T7. For 0,
5 and 10 training segments per goal, a project is built with the goal codes of the shipped
codebook, one source per segment; the drawn train segments are coded and the app's own
``Suggester`` is trained (the same code path as the workbench); the held-out test segments are
ranked with ``suggest_source(unit="source")``. Draws are repeated with several seeds and pooled.
Baseline in the same run: TF-IDF of the raw words + logistic regression (with 0 examples:
TF-IDF cosine to the code descriptions).

Honesty of the scores: ``calibration_top1`` is the expected calibration error (10 equal bins) of
the top-1 score read as the chance that the top code is right, on the test split (0 where a
segment got no suggestion). ``short_units`` compares the mean top-1 score (0 where nothing is
suggested) on the short and backchannel turns of benchmarks/data/short_units_fi.txt with that on
the real test segments. ``by_evidence`` scores windows of 1–6 consecutive content words of the
test segments with the model itself (no minimum of words) and gives top-1, mean top-1 score and
ECE by evidence lemmas (``units.evidence_count``). ``--unscaled`` gives the same figures as the
engine was before evidence scaling (no shrinkage, no minimum, the earlier defaults).

Targets (issue 5): 10 per goal → top-1 ≥ 0.75, recall@3 ≥ 0.95; 0 per goal → top-1 ≥ 0.5;
suggesting for a 300-word answer < 50 ms after warm-up; retraining on 5,000 coded segments
< 10 s; indexing ≥ 80 % of the raw pipeline's words/s.

Usage: python benchmarks/bench_suggest.py [--tiers full,fallback] [--seeds 5] [--quick] [--unscaled]
       python benchmarks/bench_suggest.py --fit-defaults   (prints combiner defaults fitted on
       the train split only and the log loss of EVIDENCE_K values; see tyokyky_qda/nlp/combine.py)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import write_results  # noqa: E402

import numpy as np  # noqa: E402

from tyokyky_qda.core.codebook import Codebook, load_codebook  # noqa: E402
from tyokyky_qda.core.model import Coding, Source  # noqa: E402
from tyokyky_qda.nlp.evaluation import calibration_error, load_labelled, rank_metrics  # noqa: E402
from tyokyky_qda.nlp.pipeline import full_tier_problem  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "goals_fi.txt"
SHORT = Path(__file__).resolve().parent / "data" / "short_units_fi.txt"
REPORT = Path("/work/shared/seeds/000_b652e5834bfbf993.txt")
# The combiner defaults before evidence scaling, for --unscaled (the "before" figures).
UNSCALED_DEFAULTS = {
    ("zero_shot", True): ([0.0, 0.0, -0.01, 2.04, 1.11, -0.16, 0.45], -3.45),
    ("zero_shot", False): ([0.0, 0.0, 0.36, 1.65, 1.60, 0.0, 0.0], -3.00),
    ("trained", True): ([-0.12, 1.13, -0.09, 1.59, 0.67, -0.21, 0.46], -3.82),
    ("trained", False): ([0.94, 0.64, 0.21, 1.28, 0.88, 0.0, 0.0], -2.03),
}
KINDS = {"interview": "transcript", "survey": "survey-answer", "report": "status-report"}


def goals_project(path: Path, segments, full_codebook: bool = False) -> tuple[Project, dict, list[int]]:
    """A project with the goal codes (T1–T7), or the whole shipped codebook, and one source per
    segment."""
    book = load_codebook("tyokykyohjelma")
    goals = next(n for n in book.codes if n.name == "Tavoitteet")
    project = Project.create(path, codebook="tyokykyohjelma" if full_codebook else "empty")
    if not full_codebook:
        project.import_codebook(Codebook(name=book.name, codes=[goals]))
    tavoitteet = next(c.id for c in project.codes() if c.name == "Tavoitteet")
    code_of = {c.name.split()[0]: c.id for c in project.children_of(tavoitteet)}
    ids = [project.add_source(Source(name=f"seg{i:03d}", text=s.text, kind=KINDS.get(s.kind, "text"))).id
           for i, s in enumerate(segments)]
    return project, code_of, ids


def draw(segments, k: int, seed: int) -> list[int]:
    """Indexes of k train segments per label."""
    rng = random.Random(seed)
    pools: dict[str, list[int]] = {}
    for i, s in enumerate(segments):
        if s.split == "train":
            pools.setdefault(s.label, []).append(i)
    return sorted(i for pool in pools.values() for i in rng.sample(pool, k))


def app_rankings(project, tier, code_of, ids, segments, train_idx):
    """Code the train segments, train the Suggester, rank codes for the test segments.

    Returns (rankings, top-1 scores (0 where nothing is suggested), training seconds, suggester).
    """
    from tyokyky_qda.nlp.suggest import Suggester

    existing = [c.id for c in project.codings()]
    if existing:
        project.remove_codings(existing)
    project.add_codings([Coding(ids[i], code_of[segments[i].label], 0, len(segments[i].text))
                         for i in train_idx])
    suggester = Suggester(project, tier)
    started = time.perf_counter()
    suggester.train()
    seconds = time.perf_counter() - started
    label_of = {v: k for k, v in code_of.items()}
    rankings, tops = [], []
    for i, s in enumerate(segments):
        if s.split == "test":
            unit = suggester.suggest_source(ids[i], unit="source", top=len(code_of),
                                            codes=list(code_of.values()))[0]
            rankings.append([label_of[x["code"]] for x in unit.suggestions])
            tops.append(unit.suggestions[0]["score"] if unit.suggestions else 0.0)
    return rankings, tops, seconds, suggester


def load_short_units(path: Path = SHORT) -> list[tuple[str, str]]:
    """(kind, text) of the short-unit set: ``backchannel`` or ``short``."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, text = line.split("\t", 1)
            rows.append((kind.strip(), text.strip()))
    return rows


def short_unit_scores(suggester, code_of, shorts) -> list[tuple[str, float, int]]:
    """(kind, top-1 score or 0, number of suggestions) for each short unit, as free text."""
    out = []
    for kind, text in shorts:
        got = suggester.suggest_text(text, top=len(code_of), codes=list(code_of.values())).suggestions
        out.append((kind, got[0]["score"] if got else 0.0, len(got)))
    return out


def window_units(table, sizes=(1, 2, 3, 4, 6)) -> list:
    """Units of n consecutive content words (side by side, for each n in ``sizes``)."""
    from tyokyky_qda.nlp.units import Unit

    pos = np.flatnonzero(table.content)
    units = []
    for n in sizes:
        for w in range(0, len(pos) - n + 1, n):
            a, b = int(table.starts[pos[w]]), int(table.ends[pos[w + n - 1]])
            units.append(Unit(a, b, "window", table.content_lemmas(a, b)))
    return units


def evidence_windows(suggester, code_of, ids, segments, sizes=(1, 2, 3, 4, 6)) -> list[tuple[int, float, bool]]:
    """(evidence lemmas, top-1 score, right?) for windows of n consecutive content words of the
    test segments, scored by the model itself: no minimum of words applies here."""
    from tyokyky_qda.nlp.codebook_evidence import hits_by_unit
    from tyokyky_qda.nlp.units import evidence_count

    model, loaded = suggester.model("fi"), suggester.pipeline("fi")
    cols = [model.code_ids.index(c) for c in code_of.values()]
    labels = list(code_of)
    out = []
    for i, s in enumerate(segments):
        if s.split != "test":
            continue
        parsed, table = suggester.cache.get(ids[i], loaded)
        units = window_units(table, sizes)
        scores = model.score(units, hits_by_unit(units, model.matcher.find(parsed, table))).scores[:, cols]
        for u, row in zip(units, scores):
            j = int(row.argmax())
            out.append((evidence_count(u.lemmas), float(row[j]), labels[j] == s.label))
    return out


def by_evidence(windows) -> dict:
    """Top-1 accuracy, mean top-1 score and ECE of windows, grouped by evidence lemmas."""
    groups = {"0": (0, 0), "1": (1, 1), "2": (2, 2), "3": (3, 3), "4-5": (4, 5), "6+": (6, 10 ** 6)}
    out = {}
    for name, (lo, hi) in groups.items():
        rows = [w for w in windows if lo <= w[0] <= hi]
        if rows:
            out[name] = {"n": len(rows), "top1": round(float(np.mean([r[2] for r in rows])), 3),
                         "mean_top1_score": round(float(np.mean([r[1] for r in rows])), 3),
                         "ece": calibration_error([r[1] for r in rows], [r[2] for r in rows])["ece"]}
    return out


def short_summary(rows, real_tops) -> dict:
    """Mean top-1 score (0 where nothing is suggested) on the short units vs the real segments."""
    out = {"real_segments": {"n": len(real_tops), "mean_top1_score": round(float(np.mean(real_tops)), 3)}}
    for kind in sorted({r[0] for r in rows}):
        mine = [r for r in rows if r[0] == kind]
        out[kind] = {"n": len(mine), "with_suggestions": sum(1 for r in mine if r[2]),
                     "mean_top1_score": round(float(np.mean([r[1] for r in mine])), 3),
                     "max_top1_score": round(float(max(r[1] for r in mine)), 3)}
    return out


def baseline_rankings(segments, code_of, train_idx, project) -> list:
    """TF-IDF of raw words: logistic regression on the train segments, or (no examples)
    cosine similarity to the code descriptions."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [s.text for s in segments]
    labels = sorted(code_of)
    vec = TfidfVectorizer(sublinear_tf=True).fit(texts + [project.code(code_of[lab]).description for lab in labels])
    test = [s.text for s in segments if s.split == "test"]
    if not train_idx:
        defs = vec.transform([project.code(code_of[lab]).description for lab in labels])
        scores = (vec.transform(test) @ defs.T).toarray()
    else:
        model = LogisticRegression(C=10, max_iter=2000)
        model.fit(vec.transform([texts[i] for i in train_idx]), [segments[i].label for i in train_idx])
        scores = model.predict_proba(vec.transform(test))
        labels = list(model.classes_)
    return [[labels[j] for j in np.argsort(-row)] for row in scores]


def accuracy(tier: str, segments, seeds: int, workdir: Path, full_codebook: bool = False) -> dict:
    """Top-1, recall@3 and per-code figures for 0, 5 and 10 examples per goal, app vs baseline.

    With ``full_codebook`` the project has the whole shipped codebook (49 codes to choose from
    when suggesting) and the ranking of the seven goal codes among themselves is scored.
    """
    from tyokyky_qda.nlp.index import index_project

    project, code_of, ids = goals_project(workdir / f"acc-{tier}-{full_codebook}.tqda", segments, full_codebook)
    index_project(project, tier=tier)
    gold = [s.label for s in segments if s.split == "test"]
    out = {}
    shorts = load_short_units()
    for k in (0, 5, 10):
        app, tops, base, train_seconds, short_rows, windows = [], [], [], [], [], []
        for seed in range(1 if k == 0 else seeds):
            idx = draw(segments, k, seed) if k else []
            rankings, top_scores, secs, suggester = app_rankings(project, tier, code_of, ids, segments, idx)
            app.extend(rankings)
            tops.extend(top_scores)
            train_seconds.append(secs)
            base.extend(baseline_rankings(segments, code_of, idx, project))
            if not full_codebook:
                short_rows.extend(short_unit_scores(suggester, code_of, shorts))
                windows.extend(evidence_windows(suggester, code_of, ids, segments))
        runs = 1 if k == 0 else seeds
        right = [bool(r) and r[0] == g for r, g in zip(app, gold * runs)]
        out[f"{k}_per_code"] = {"runs": runs, "app": rank_metrics(app, gold * runs),
                                "calibration_top1": calibration_error(tops, right),
                                "tfidf_baseline": rank_metrics(base, gold * runs),
                                "train_seconds_mean": round(float(np.mean(train_seconds)), 3)}
        if not full_codebook:
            out[f"{k}_per_code"]["short_units"] = short_summary(short_rows, tops)
            out[f"{k}_per_code"]["by_evidence"] = by_evidence(windows)
        got = out[f"{k}_per_code"]
        print(f"[{tier}{' full codebook' if full_codebook else ''}] {k} per code: app top1={got['app']['top1']} "
              f"r@3={got['app']['recall_at_3']} ECE={got['calibration_top1']['ece']}  baseline "
              f"top1={got['tfidf_baseline']['top1']}", file=sys.stderr)
    project.close()
    return out


def _answer_of_300_words(segments) -> str:
    words, parts = 0, []
    for s in segments:
        if s.split == "test" and s.kind == "interview":
            parts.append(s.text)
            words += len(s.text.split())
            if words >= 300:
                break
    return " ".join(parts)


def latency(tier: str, segments, workdir: Path, runs: int = 30) -> dict:
    """Milliseconds to suggest for a ~300-word answer after warm-up (trained on 10 per goal)."""
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.suggest import Suggester

    project, code_of, ids = goals_project(workdir / f"lat-{tier}.tqda", segments)
    text = _answer_of_300_words(segments)
    sid = project.add_source(Source(name="answer", text=text, kind="survey-answer")).id
    project.add_codings([Coding(ids[i], code_of[segments[i].label], 0, len(segments[i].text))
                         for i in draw(segments, 10, 0)])
    index_project(project, tier=tier)
    suggester = Suggester(project, tier)
    suggester.train()
    out = {"words": len(text.split())}
    calls = {"source_sentences": lambda: suggester.suggest_source(sid, unit="sentence"),
             "source_whole": lambda: suggester.suggest_source(sid, unit="source"),
             "free_text_with_parsing": lambda: suggester.suggest_text(text)}
    for name, call in calls.items():
        for _ in range(3):
            call()
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            call()
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"median_ms": round(float(np.median(times)), 2),
                     "p95_ms": round(float(np.percentile(times, 95)), 2)}
    project.close()
    return out


def training_time(tier: str, segments, workdir: Path, n_segments: int = 5000) -> dict:
    """Seconds to train on 5,000 coded segments (full codebook; goal + one other code each)."""
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.suggest import Suggester

    rng = random.Random(7)
    project = Project.create(workdir / f"train-{tier}.tqda")
    leaves = [c for c in project.codes() if not project.children_of(c.id)]
    goal_ids = {c.name.split()[0]: c.id for c in leaves if c.name[:2] in {f"T{i}" for i in range(1, 8)}}
    others = [c.id for c in leaves if c.id not in goal_ids.values()]
    codings = []
    per_source = 50
    for n in range(n_segments // per_source):
        picks = [rng.choice(segments) for _ in range(per_source)]
        text = "\n\n".join(p.text for p in picks)
        sid = project.add_source(Source(name=f"doc{n:03d}", text=text, kind="document")).id
        pos = 0
        for p in picks:
            codings.append(Coding(sid, goal_ids[p.label], pos, pos + len(p.text)))
            codings.append(Coding(sid, rng.choice(others), pos, pos + len(p.text)))
            pos += len(p.text) + 2
    project.add_codings(codings)
    index_stats = index_project(project, tier=tier)
    suggester = Suggester(project, tier)
    t0 = time.perf_counter()
    report = suggester.train()
    first = time.perf_counter() - t0
    project.add_coding(codings[0].source_id, others[0], codings[0].start, codings[0].end)
    t0 = time.perf_counter()
    suggester.train()
    again = time.perf_counter() - t0
    project.close()
    return {"segments": n_segments, "codings": len(codings) + 1, "codes_with_data": report["fi"]["codes"],
            "first_train_seconds": round(first, 2), "retrain_seconds": round(again, 2),
            "combiner": report["fi"]["combiner"], "index_words_per_second": index_stats["words_per_second"]}


def indexing_speed(tier: str, workdir: Path) -> dict:
    """Indexing words/s against the raw pipeline's words/s on the same text, in one run."""
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.parse import chunk_spans, count_words
    from tyokyky_qda.nlp.pipeline import load_pipeline

    paragraphs = [p for p in REPORT.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts = ["\n\n".join(paragraphs[i:i + 15]) for i in range(0, len(paragraphs), 15)]
    chunks = [t[s:e] for t in texts for s, e in chunk_spans(t)]
    loaded = load_pipeline("fi", tier)
    # Warm-up on the whole text: simplemma caches lemmas, so whichever run came first would
    # otherwise pay for filling the cache and look slower.
    list(loaded.nlp.pipe(chunks, batch_size=32))

    def raw() -> float:
        t0 = time.perf_counter()
        words = sum(count_words(d) for d in loaded.nlp.pipe(chunks, batch_size=32))
        return words / (time.perf_counter() - t0)

    raws, indexed = [], []
    for n in range(2):  # alternate raw and indexing runs; compare the means
        raws.append(raw())
        project = Project.create(workdir / f"index-{tier}-{n}.tqda", codebook="empty")
        for k, t in enumerate(texts):
            project.add_source(Source(name=f"part{k:02d}", text=t, kind="document"))
        stats = index_project(project, tier=tier)
        indexed.append(stats["words_per_second"])
        project.close()
    raws.append(raw())
    raw_mean, index_mean = float(np.mean(raws)), float(np.mean(indexed))
    return {"sources": len(texts), "words": stats["words"], "raw_words_per_second": round(raw_mean, 1),
            "raw_runs": [round(r, 1) for r in raws], "index_runs": indexed,
            "index_words_per_second": round(index_mean, 1), "ratio": round(index_mean / raw_mean, 3)}


def fit_defaults(tier: str, segments, workdir: Path) -> dict:
    """Combiner defaults fitted on the TRAIN split only: zero-shot and with a classifier, both
    learned from scratch and as the current defaults Platt-scaled (same ranking); and the log
    loss of evidence scaling for several ``EVIDENCE_K``."""
    from tyokyky_qda.nlp.codebook_evidence import hits_by_unit
    from tyokyky_qda.nlp.combine import FEATURES, Combiner
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.suggest import Suggester
    from tyokyky_qda.nlp.units import make_units
    import tyokyky_qda.nlp.train as training

    train = [s for s in segments if s.split == "train"]
    k_table = evidence_k_table(tier, train, workdir)
    project, code_of, ids = goals_project(workdir / f"defaults-{tier}.tqda", train)
    index_project(project, tier=tier)
    suggester = Suggester(project, tier)
    suggester.train()
    model, loaded = suggester.model("fi"), suggester.pipeline("fi")
    units, hits = [], []
    for sid in ids:
        parsed, table = suggester.cache.get(sid, loaded)
        u = make_units(parsed, table, "source", source_id=sid)
        units += u
        hits += hits_by_unit(u, model.matcher.find(parsed, table))
    labels = np.array([[1.0 if code_of[s.label] == c else 0.0 for c in model.code_ids] for s in train])
    use = [f for f in FEATURES if not f.startswith("clf") and (loaded.has_vectors or not f.startswith("soft"))]
    feats = model.features(units, hits)
    zero = Combiner.fit(feats, labels, use=use)
    zero_scaled = Combiner.default(trained=False, vectors=loaded.has_vectors).calibrated(feats, labels)
    project.add_codings([Coding(ids[i], code_of[s.label], 0, len(s.text)) for i, s in enumerate(train)])
    training.MIN_LEARNED_UNITS = 10 ** 9  # Platt-scale the trained defaults on the 84 train segments
    suggester.train(force=True)
    trained_scaled = suggester.model("fi").combiner
    training.MIN_LEARNED_UNITS = 0  # learn all weights from the 84 train segments (not just calibrate)
    suggester.train(force=True)
    trained = suggester.model("fi").combiner
    project.close()
    return {"zero_shot": zero.as_dict(), "trained": trained.as_dict(),
            "zero_shot_rescaled": zero_scaled.as_dict(), "trained_rescaled": trained_scaled.as_dict(),
            "evidence_k": k_table}


def evidence_k_table(tier: str, train, workdir: Path, ks=(0, 1, 1.5, 2, 3, 4, 6, 8)) -> dict:
    """Log loss (per unit, over its codes) and top-1 ECE of short units for several EVIDENCE_K,
    on the train split only.

    The train segments are split in two folds. Codebook-only and with the other fold coded,
    every held-out segment gives units of 1, 2, 3, 4 and 6 consecutive content words, its
    sentences and itself, scored with unshrunk evidence. For each K the evidence is shrunk and
    the combiner's score Platt-scaled on the whole segments only (as a project is calibrated on
    its coded segments); the figures are for the shorter units.
    """
    import tyokyky_qda.nlp.combine as combine
    from tyokyky_qda.nlp.codebook_evidence import hits_by_unit
    from tyokyky_qda.nlp.index import index_project
    from tyokyky_qda.nlp.suggest import Suggester
    from tyokyky_qda.nlp.units import evidence_count, make_units

    project, code_of, ids = goals_project(workdir / f"k-{tier}.tqda", train)
    index_project(project, tier=tier)
    fold = {i: n % 2 for label in code_of for n, i in enumerate(i for i, s in enumerate(train) if s.label == label)}
    saved, combine.EVIDENCE_K = combine.EVIDENCE_K, 0.0   # features() gives raw evidence
    groups = []
    try:
        for mode in ("codebook", "trained"):
            for held in (0, 1):
                existing = [c.id for c in project.codings()]
                if existing:
                    project.remove_codings(existing)
                if mode == "trained":
                    project.add_codings([Coding(ids[i], code_of[s.label], 0, len(s.text))
                                         for i, s in enumerate(train) if fold[i] != held])
                suggester = Suggester(project, tier)
                suggester.train()
                model, loaded = suggester.model("fi"), suggester.pipeline("fi")
                rows = []
                for i, s in enumerate(train):
                    if fold[i] != held:
                        continue
                    parsed, table = suggester.cache.get(ids[i], loaded)
                    units = window_units(table) + make_units(parsed, table, "sentence")
                    units += make_units(parsed, table, "source")
                    raw = model.features(units, hits_by_unit(units, model.matcher.find(parsed, table)))
                    y = np.array([1.0 if c == code_of[s.label] else 0.0 for c in model.code_ids])
                    for u, f in zip(units, raw):
                        rows.append((f, evidence_count(u.lemmas), y, u.kind == "source"))
                empty = model.empty_features(model.space.width)[0]
                groups.append((mode, model.combiner, empty, rows))
    finally:
        combine.EVIDENCE_K = saved
        project.close()
    return {str(k): _k_figures(groups, k) for k in ks}


def _k_figures(groups, k: float) -> dict:
    """Log loss and top-1 ECE, for one EVIDENCE_K, of the units shorter than a segment that
    would get suggestions at all (``MIN_EVIDENCE_LEMMAS``)."""
    from sklearn.linear_model import LogisticRegression
    from tyokyky_qda.nlp.combine import shrink
    from tyokyky_qda.nlp.units import MIN_EVIDENCE_LEMMAS

    out = {}
    for mode in sorted({g[0] for g in groups}):
        losses, tops, right = [], [], []
        for _, combiner, empty, rows in (g for g in groups if g[0] == mode):
            feats = shrink(np.stack([r[0] for r in rows]), empty[None], [r[1] for r in rows], k)
            z = combiner.linear(feats)
            y = np.stack([r[2] for r in rows])
            whole = np.array([r[3] for r in rows])
            platt = LogisticRegression(C=1.0, max_iter=1000).fit(z[whole].reshape(-1, 1), y[whole].reshape(-1))
            p = platt.predict_proba(z.reshape(-1, 1))[:, 1].reshape(z.shape).clip(1e-6, 1 - 1e-6)
            shown = ~whole & (np.array([r[1] for r in rows]) >= MIN_EVIDENCE_LEMMAS)
            loss = -(y * np.log(p) + (1 - y) * np.log(1 - p)).sum(axis=1)
            losses.extend(loss[shown])
            best = p.argmax(axis=1)
            tops.extend(p[np.arange(len(p)), best][shown])
            right.extend((y[np.arange(len(p)), best] == 1)[shown])
        out[mode] = {"units": len(losses), "log_loss": round(float(np.mean(losses)), 4),
                     "ece_top1": calibration_error(tops, right)["ece"]}
    return out


def main() -> int:
    """Run the benchmark for the requested tiers and write out/bench/suggest.json."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tiers", default="full,fallback")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="accuracy only, 2 seeds")
    ap.add_argument("--fit-defaults", action="store_true")
    ap.add_argument("--unscaled", action="store_true",
                    help="for comparison: no evidence scaling and no minimum of content words "
                         "(writes out/bench/suggest_unscaled.json)")
    args = ap.parse_args()
    if args.unscaled:
        import tyokyky_qda.nlp.combine as combine
        import tyokyky_qda.nlp.units as units
        combine.EVIDENCE_K, units.MIN_EVIDENCE_LEMMAS = 0.0, 0
        combine.DEFAULTS.update(UNSCALED_DEFAULTS)
    segments = load_labelled(DATA)
    tiers = [t for t in args.tiers.split(",") if t != "full" or not full_tier_problem("fi")]
    results: dict = {"data": {"segments": len(segments),
                              "train": sum(s.split == "train" for s in segments),
                              "test": sum(s.split == "test" for s in segments)},
                     "tiers": {}, "skipped_tiers": sorted(set(args.tiers.split(",")) - set(tiers))}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for tier in tiers:
            if args.fit_defaults:
                results["tiers"][tier] = {"defaults": fit_defaults(tier, segments, work)}
                continue
            entry = {"accuracy": accuracy(tier, segments, 2 if args.quick else args.seeds, work)}
            if not args.quick:
                entry["accuracy_full_codebook"] = accuracy(tier, segments, 2, work, full_codebook=True)
                entry["latency_300_words"] = latency(tier, segments, work)
                entry["training_5000_segments"] = training_time(tier, segments, work)
                entry["indexing"] = indexing_speed(tier, work)
            results["tiers"][tier] = entry
    name = "suggest_defaults" if args.fit_defaults else "suggest"
    write_results(name + ("_unscaled" if args.unscaled else ""), results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
