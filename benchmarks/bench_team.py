"""Teamwork figures: agreement over 50 transcripts of 8,000 words with 20,000 codings per coder
(target < 2 s) and merging such a project into another (target < 10 s)."""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import timer, write_results  # noqa: E402

from tyokyky_qda.analysis.agreement import compute_agreement  # noqa: E402
from tyokyky_qda.core.model import Coding, Section, Source  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402
from tyokyky_qda.team.merge import apply_merge  # noqa: E402
from tyokyky_qda.team.merge_plan import plan_merge  # noqa: E402

WORDS = "työkyky tuki palvelu koordinaattori asiakas työnantaja kuntoutus ohjaus hanke alue".split()


def make_text(rng: random.Random, words: int) -> tuple[str, list[Section]]:
    """A transcript-like text with turns of 20–200 words."""
    parts, sections, pos, left = [], [], 0, words
    speaker = 0
    while left > 0:
        n = min(left, rng.randint(20, 200))
        turn = ("Haastattelija: " if speaker == 0 else "Haastateltava: ") + " ".join(rng.choices(WORDS, k=n)) + "\n"
        sections.append(Section(pos, pos + len(turn) - 1, "turn", speaker="H" if speaker == 0 else "V"))
        parts.append(turn)
        pos += len(turn)
        left -= n
        speaker ^= 1
    return "".join(parts), sections


def build(path: Path, coders: list[str], seed: int, n_sources=50, words=8000, per_coder=20000) -> Project:
    rng = random.Random(seed)
    p = Project.create(path, coder=coders[0])
    leaves = [c.id for c in p.codes() if not p.children_of(c.id)]
    text_rng = random.Random(1)  # same texts in every project
    sources = []
    for i in range(n_sources):
        text, sections = make_text(text_rng, words)
        sources.append((p.add_source(Source(name=f"H{i:02d}", text=text, kind="transcript"), sections).id, len(text)))
    for coder in coders:
        batch = []
        for _ in range(per_coder):
            sid, length = rng.choice(sources)
            start = rng.randrange(0, length - 400)
            batch.append(Coding(source_id=sid, code_id=rng.choice(leaves), start=start,
                                end=start + rng.randint(20, 400), coder=coder))
        p.add_codings(batch)
    return p


def main() -> None:
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        with timer(results, "build_seconds"):
            a = build(Path(tmp) / "a.tqda", ["Aino", "Ville"], seed=1)
        results["codings_per_coder"] = 20000
        results["sources"] = 50
        for unit in ("character", "segment", "source"):
            with timer(results, f"agreement_{unit}_seconds"):
                out = compute_agreement(a, ["Aino", "Ville"], unit=unit)
            results[f"agreement_{unit}_units"] = out["units"]
            results[f"agreement_{unit}_overall_kappa"] = round(out["overall"]["kappa"], 4)
        b = build(Path(tmp) / "b.tqda", ["Saara"], seed=2)
        with timer(results, "merge_plan_seconds"):
            plan = plan_merge(a, b)
        with timer(results, "merge_apply_seconds"):
            info = apply_merge(a, b, plan).info
        results["merge_total_seconds"] = round(results["merge_plan_seconds"] + results["merge_apply_seconds"], 4)
        results["merge_codings_added"] = info["codings_added"]
        with timer(results, "merge_again_seconds"):
            again = apply_merge(a, b, plan_merge(a, b)).info
        results["merge_again_codings_added"] = again["codings_added"]
        results["targets"] = {"agreement_character_seconds": 2.0, "merge_total_seconds": 10.0}
        a.close()
        b.close()
    write_results("team", results)


if __name__ == "__main__":
    main()
