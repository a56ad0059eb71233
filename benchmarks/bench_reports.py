"""Benchmark the analysis and export layer; prints JSON and writes out/bench/reports.json.

1. The measures × goals effect matrix over a project with 100,000 codings (target < 100 ms).
   Reported cold (first call: reading the codings from SQLite into DataFrames), after open (the
   first matrix of a freshly opened project, SQLite's page cache empty as well), first in a new
   process (as when the workbench first shows the matrix) and warm (the frames are cached until
   the project changes, as when the GUI re-runs a query).
   Wall-clock figures; the machine's load (load average) is printed with them.
2. Every report table of a 500,000-word project (60 interviews, a 78-respondent survey)
   exported to XLSX, DOCX and PDF with ``export_report_bundle`` (target < 10 s), cold.

Usage: .venv/bin/python benchmarks/bench_reports.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tyokyky_qda.analysis import compute_matrix  # noqa: E402
from tyokyky_qda.analysis.frames import _CACHE  # noqa: E402
from tyokyky_qda.core.model import Coding, Section, Source  # noqa: E402
from tyokyky_qda.export import export_report_bundle  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402

WORDS = ("työkyky osatyökykyinen palvelu asiakas työnantaja koordinaattori kuntoutus hyvinvointialue "
         "yhteistyö verkosto koulutus osaaminen työllistyminen palkkatuki ohjaus tiimi malli kokeilu "
         "hanke tulos vaikutus tavoite resurssi seuranta tieto järjestelmä alue kunta kela sote "
         "te-toimisto työpaikka rekrytointi polku tuki arviointi kehittäminen toimintamalli").split()
FILLER = "no niinku tota siis kyllä ja että se oli ihan hyvä mutta sitten myös vähän".split()


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS if rng.random() < 0.6 else FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def transcript(rng: random.Random, words: int) -> tuple[str, list[Section]]:
    parts, sections, pos, clock, count = [], [], 0, 0.0, 0
    while count < words:
        speaker = "Haastattelija" if len(sections) % 2 else "Haastateltava"
        n = rng.randint(20, 90)
        line = f"{speaker}: {sentence(rng, n)}\n"
        sections.append(Section(pos, pos + len(line) - 1, "turn", speaker=speaker, start_time=clock))
        parts.append(line)
        pos += len(line)
        clock += n * 0.4
        count += n + 1
    return "".join(parts), sections


def code_ids(project) -> dict:
    def leaves(root):
        rid = project.resolve_code(root)
        out = []
        for child in project.children_of(rid):
            grand = project.children_of(child.id)
            out.extend([g.id for g in grand] or [child.id])
        return out
    return {"measures": leaves("Toimenpiteet"), "goals": leaves("Tavoitteet"),
            "effects": [c.id for c in project.children_of(project.resolve_code("Vaikutukset"))]}


def code_source(rng, sid: int, length: int, ids: dict, passage: int, coders=("anna", "ville")) -> list[Coding]:
    """Measure passages with goal segments inside and effect codes on most goal segments."""
    out = []
    for start in range(0, length - passage, passage):
        coder = rng.choice(coders)
        out.append(Coding(sid, rng.choice(ids["measures"]), start, start + passage - 1, coder=coder))
        step = passage // 8
        for k in range(8):
            a = start + k * step
            out.append(Coding(sid, rng.choice(ids["goals"]), a, a + step - 2, coder=coder))
            if rng.random() < 0.6:
                out.append(Coding(sid, rng.choice(ids["effects"]), a + 5, a + step - 8, coder=coder))
    return out


def build(path: Path, *, sources: int, words: int, passage: int, survey: int, seed: int = 1) -> Project:
    rng = random.Random(seed)
    project = Project.create(path, coder="bench")
    ids = code_ids(project)
    codings = []
    for i in range(sources):
        text, sections = transcript(rng, words)
        sid = project.add_source(Source(name=f"Haastattelu {i + 1:03d}", text=text, kind="transcript"), sections,
                                 attributes={"Alue": rng.choice(["Pirkanmaa", "Pohjois-Karjala", "Lappi"])}).id
        codings.extend(code_source(rng, sid, len(text), ids, passage))
    project.add_codings(codings)
    if survey:
        add_survey(project, rng, survey)
    return project


def add_survey(project, rng, respondents: int) -> None:
    items = ["Tunnistaminen", "Yksilölliset palvelut", "Oikea-aikaiset palvelut", "Uudet toimintamallit"]
    kysely = project.add_code("Kysely").id
    question = project.add_code("Avoin palaute", kysely).id
    for item in items:
        project.define_attribute(f"Vaikutukset: {item}", "text")
        project.define_attribute(f"Keskeisyys: {item}", "text")
    for option in ("Verkostot", "Uutiskirjeet", "Some"):
        project.define_attribute(f"Tietolähteet: {option}", "boolean")
    for r in range(respondents):
        answer = sentence(rng, 40)
        text = f"Avoin palaute\n{answer}\n"
        sid = project.add_source(Source(name=f"R{r + 1:03d}", text=text, kind="survey-answer"),
                                 [Section(14, 14 + len(answer), "answer", label="Avoin palaute")]).id
        cid = project.add_case(f"R{r + 1:03d}").id
        project.link_case(cid, sid)
        project.set_attribute("case", cid, "Organisaatio", rng.choice(["TE-toimisto", "Kela", "Järjestö"]))
        for item in items:
            project.set_attribute("case", cid, f"Vaikutukset: {item}", rng.choice(["Kyllä", "Ei", "En osaa sanoa"]))
            project.set_attribute("case", cid, f"Keskeisyys: {item}", rng.choice(["1", "2", "3", "4", "5", "En osaa sanoa"]))
        for option in ("Verkostot", "Uutiskirjeet", "Some"):
            project.set_attribute("case", cid, f"Tietolähteet: {option}", rng.random() < 0.5)
        project.add_coding(sid, question, 14, 14 + len(answer), origin="autocode")


def bench_matrix(folder: Path, quick: bool) -> dict:
    sources = 11 if quick else 109  # about 10,000 or 100,000 codings
    project = build(folder / "matrix.tqda", sources=sources, words=2600, passage=300, survey=0)
    n = project.stats()["codings"]
    cold_runs = []
    for _ in range(5):
        _CACHE.clear()
        t0 = time.perf_counter()
        result = compute_matrix(project)
        cold_runs.append(time.perf_counter() - t0)
    cold = statistics.median(cold_runs)
    warm = []
    for _ in range(7):
        t0 = time.perf_counter()
        compute_matrix(project)
        warm.append(time.perf_counter() - t0)
    segments = []
    for _ in range(5):
        t0 = time.perf_counter()
        compute_matrix(project, cell="segments")
        segments.append(time.perf_counter() - t0)
    filled = int((result.table != "").to_numpy().sum())
    project.close()
    opened = []  # the first matrix after opening the project: SQLite's page cache is empty too
    for _ in range(5):
        reopened = Project.open(folder / "matrix.tqda", readonly=True)
        t0 = time.perf_counter()
        compute_matrix(reopened)
        opened.append(time.perf_counter() - t0)
        reopened.close()
    first = [_first_in_new_process(folder / "matrix.tqda") for _ in range(3)]
    return {"codings": n, "matrix_effect_ms_cold_median": round(cold * 1000, 1),
            "matrix_effect_ms_first_in_new_process_median": round(statistics.median(first), 1),
            "matrix_effect_ms_cold_worst": round(max(cold_runs) * 1000, 1),
            "matrix_effect_ms_after_open_median": round(statistics.median(opened) * 1000, 1),
            "matrix_effect_ms_after_open_worst": round(max(opened) * 1000, 1),
            "matrix_effect_ms_warm_median": round(statistics.median(warm) * 1000, 1),
            "matrix_segments_ms_warm_median": round(statistics.median(segments) * 1000, 1),
            "non_empty_cells": filled, "target_ms": 100}


FIRST_MATRIX = """
import sys, time
sys.path.insert(0, sys.argv[2])
from tyokyky_qda.analysis import compute_matrix
from tyokyky_qda.store import Project
project = Project.open(sys.argv[1], readonly=True)
t0 = time.perf_counter()
compute_matrix(project)
print((time.perf_counter() - t0) * 1000)
"""


def _first_in_new_process(path: Path) -> float:
    """Milliseconds of the first matrix in a new Python process (modules imported before timing):
    what a researcher waits for when the matrix view first opens."""
    out = subprocess.run([sys.executable, "-c", FIRST_MATRIX, str(path), str(REPO)], capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench_bundle(folder: Path, quick: bool) -> dict:
    sources = 6 if quick else 60
    project = build(folder / "bundle.tqda", sources=sources, words=8400, passage=2400, survey=78)
    text_words = sum(len(project.source_text(s.id).split()) for s in project.sources())
    stats = project.stats()
    project.close()
    project = Project.open(folder / "bundle.tqda", readonly=True)
    _CACHE.clear()
    t0, c0 = time.perf_counter(), time.process_time()
    files = export_report_bundle(project, folder / "out", formats=("xlsx", "docx", "pdf"))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    project.close()
    return {"words": text_words, "sources": stats["sources"], "codings": stats["codings"], "files": len(files),
            "bytes": sum(f.stat().st_size for f in files), "bundle_seconds": round(elapsed, 2),
            "bundle_cpu_seconds": round(cpu, 2), "target_s": 10}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small projects (a smoke run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = {"matrix": bench_matrix(folder, args.quick), "bundle": bench_bundle(folder, args.quick),
                   "quick": args.quick, "load_average": [round(x, 2) for x in os.getloadavg()],
                   "cpus": os.cpu_count()}
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    out = REPO / "out" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "reports.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
