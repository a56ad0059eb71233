"""Pseudonymisation figures: detection speed per tier, recall on the Finnish fixtures, and how many
findings the detector makes on real text without planted names (the evaluation report).

- speed: ``detect_text`` over the fixture corpus repeated to about 200,000 characters;
- recall: planted identifiers covered by a finding of their category (dev set, which the rules
  were written against, and the held-out set, written after);
- real text: findings per category in the report in /work/shared/seeds (227,000 characters of
  public Finnish prose; its person findings are mostly real names of the report's authors,
  interviewees' organisations and cited researchers, so they show the review load, not errors);
- precision: false person findings on hand-labelled person-free sentences
  (``tests/pseudo/fi_fixtures_negatives.py``, a tuning set and a held-out set) and on the demo
  corpus's 12 interview transcripts (.txt, .docx, .vtt, read by the importer), where every person
  finding that is not one of the planted fictional people is a false one (and how many
  occurrences of the planted people's name words were found: the recall side of the same text).
  ``demo_interviews`` scans each text alone with the speakers known by name; ``demo_project``
  imports the twelve into a project and runs ``detect_project`` (speakers, names carried across
  sources, propagation).

Run: ``.venv/bin/python benchmarks/bench_pseudo.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "pseudo"))
from _common import write_results  # noqa: E402

import fi_fixtures  # noqa: E402
import fi_fixtures_heldout  # noqa: E402
import fi_fixtures_negatives  # noqa: E402

from tyokyky_qda.ingest.parsers import ParseOptions, parse_file  # noqa: E402
from tyokyky_qda.pseudo import heuristics  # noqa: E402
from tyokyky_qda.pseudo.detect import DetectOptions, detect_text  # noqa: E402
from tyokyky_qda.pseudo.nlp_tier import full_tier_available, load_ner_model  # noqa: E402
from tyokyky_qda.pseudo.speakers import persons_from_labels  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_b652e5834bfbf993.txt"
SCORED = ("person", "hetu", "phone", "email", "address")


def recall(model, fixture) -> dict:
    """Recall overall and per category, and wrongly flagged bad identity codes."""
    hits: dict[str, list[int]] = {}
    bad = 0
    for _, _, marked in fixture.documents():
        text, gold = fixture.parse(marked)
        found = detect_text(text, model, DetectOptions())
        for start, end, kind in gold:
            if kind == "bad-hetu":
                bad += any(f.category == "hetu" and f.start < end and start < f.end for f in found)
            elif kind in SCORED:
                ok = any(f.start <= start and end <= f.end and f.category == kind for f in found)
                hits.setdefault(kind, [0, 0])[0] += ok
                hits[kind][1] += 1
    total = sum(h[1] for h in hits.values())
    return {"recall": round(sum(h[0] for h in hits.values()) / total, 4), "planted": total,
            "by_category": {k: f"{h[0]}/{h[1]}" for k, h in sorted(hits.items())}, "bad_codes_flagged": bad}


def speed(model) -> dict:
    """Characters per second of detect_text on the fixture corpus repeated."""
    corpus = "\n".join(fi_fixtures.parse(m)[0] for _, _, m in fi_fixtures.documents())
    text = (corpus + "\n") * max(1, 200_000 // len(corpus))
    detect_text(corpus, model, DetectOptions())  # warm caches and the model
    t0 = time.perf_counter()
    found = detect_text(text, model, DetectOptions())
    seconds = time.perf_counter() - t0
    return {"chars": len(text), "seconds": round(seconds, 2), "chars_per_second": int(len(text) / seconds),
            "findings": len(found)}


def real_text(model) -> dict:
    """Findings per category on the evaluation report (no planted identifiers)."""
    if not SEED.exists():
        return {"skipped": "report not found"}
    text = SEED.read_text(encoding="utf-8")
    found = detect_text(text, model, DetectOptions())
    by: dict[str, int] = {}
    for f in found:
        by[f.category] = by.get(f.category, 0) + 1
    persons = sorted({f.text for f in found if f.category == "person"})
    return {"chars": len(text), "findings": by, "distinct_person_strings": len(persons),
            "person_sample": persons[:25]}


def negatives(model, sentences: list[str]) -> dict:
    """False person findings on person-free sentences (each one is an error)."""
    false = [f.text for s in sentences for f in detect_text(s, model, DetectOptions()) if f.category == "person"]
    return {"sentences": len(sentences), "false_persons": len(false), "found": false}


def _is_planted(words: tuple) -> bool:
    """True when every word of a person finding is a form of a planted demo name."""
    gold = fi_fixtures_negatives.DEMO_NAME_WORDS
    return bool(words) and all(({w.lemma.lower()} | {c.lower() for c in w.lemmas}) & gold for w in words)


def _demo_texts() -> tuple[list[str], list[str]]:
    """The demo interviews' texts as the importer reads them (.txt, .docx and .vtt), and the
    speaker labels of their turns."""
    folder = ROOT / fi_fixtures_negatives.DEMO_TRANSCRIPTS
    parsed = [parse_file(p, ParseOptions()).sources[0] for p in sorted(folder.iterdir())
              if p.suffix in (".txt", ".docx", ".vtt")]
    labels = [s.speaker for ps in parsed for s in ps.sections if s.kind == "turn" and s.speaker]
    return [ps.source.text for ps in parsed], labels


def demo_corpus(model) -> dict:
    """Person findings on the demo interviews: how many are not planted names, and planted-name recall.

    Each text is scanned alone, knowing the speakers of all twelve by name (as a project does)."""
    texts, labels = _demo_texts()
    options = DetectOptions(persons=persons_from_labels(labels))
    persons, false, words, missed = 0, [], 0, []
    for text in texts:
        found = [f for f in detect_text(text, model, options) if f.category == "person"]
        persons += len(found)
        false += [f.text for f in found if not _is_planted(f.tokens)]
        for tok in heuristics.tokenize(text):
            if tok.text[:1].isupper() and _is_planted((tok.name,)):
                words += 1
                if not any(f.start <= tok.start and tok.end <= f.end for f in found):
                    missed.append(tok.text)
    return {"files": len(texts), "known_speakers": len(options.persons), "person_findings": persons,
            "false_persons": len(false),
            "false_person_strings": sorted(set(false)), "planted_name_words": words,
            "planted_name_words_found": words - len(missed), "planted_missed": sorted(set(missed))}


def demo_project(tier: str) -> dict:
    """The same measures over a project: the 12 interviews imported, then ``detect_project`` (which
    adds what one text alone cannot give: names found in other sources, speaker labels)."""
    import tempfile

    from tyokyky_qda.ingest.registry import import_paths
    from tyokyky_qda.pseudo import scan, storage
    from tyokyky_qda.store.project import Project

    folder = ROOT / fi_fixtures_negatives.DEMO_TRANSCRIPTS
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "demo.tqda", codebook="empty", coder="bench")
        try:
            import_paths(project, [p for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".docx", ".vtt")])
            t0 = time.perf_counter()
            scan.detect_project(project, tier=tier)
            seconds = round(time.perf_counter() - t0, 2)
            persons = storage.findings(project, category="person")
            texts = {s.id: project.source_text(s.id) for s in project.sources()}
        finally:
            project.close()
    false = [r["text"] for r in persons if not _is_planted(tuple(t.name for t in heuristics.tokenize(r["text"])))]
    spans: dict[int, list] = {}
    for r in persons:
        spans.setdefault(r["source_id"], []).append((r["start"], r["end"]))
    words, missed = 0, []
    for sid, text in texts.items():
        for tok in heuristics.tokenize(text):
            if tok.text[:1].isupper() and _is_planted((tok.name,)):
                words += 1
                if not any(s <= tok.start and tok.end <= e for s, e in spans.get(sid, ())):
                    missed.append(tok.text)
    return {"sources": len(texts), "seconds": seconds, "person_findings": len(persons),
            "false_persons": len(false), "false_person_strings": sorted(set(false)),
            "planted_name_words": words, "planted_name_words_found": words - len(missed),
            "planted_missed": sorted(set(missed))}


def main() -> None:
    results: dict = {}
    tiers = ["fallback"] + (["full"] if full_tier_available("fi") else [])
    for tier in tiers:
        t0 = time.perf_counter()
        model = load_ner_model("fi", tier)
        load = round(time.perf_counter() - t0, 2)
        results[tier] = {"load_seconds": load, "speed": speed(model),
                         "recall_dev": recall(model, fi_fixtures),
                         "recall_heldout": recall(model, fi_fixtures_heldout),
                         "report": real_text(model),
                         "negatives_tuning": negatives(model, fi_fixtures_negatives.NEGATIVES),
                         "negatives_heldout": negatives(model, fi_fixtures_negatives.NEGATIVES_HELDOUT),
                         "demo_interviews": demo_corpus(model),
                         "demo_project": demo_project(tier)}
    write_results("pseudo", results)


if __name__ == "__main__":
    main()
