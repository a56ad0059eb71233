"""Import benchmark: 60 interview transcripts of 8,000 words (.txt and .docx mixed) and a
2,000-respondent survey with 20 open questions (as .csv and as .xlsx).

Targets on the 2-core reference machine: transcripts < 20 s, survey < 2 s.
Each case runs ``--repeat`` times into a fresh project; "seconds" is the best run, "runs" all
of them. Prints JSON and writes it to out/bench/import.json. Usage:

    .venv/bin/python benchmarks/bench_import.py [--transcripts 60] [--words 8000] [--respondents 2000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tyokyky_qda.ingest.registry import import_paths  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402

SYLLABLES = ("ty", "ö", "ky", "ky", "oh", "jel", "ma", "pal", "ve", "lu", "koor", "di", "naat", "to", "ri",
             "al", "ue", "yh", "teis", "työ", "hy", "vin", "voin", "ti", "kun", "tou", "tus", "asi", "ak",
             "kaat", "mal", "li", "tii", "mi", "hank", "keen", "sa", "ja", "on", "se", "että", "ää", "nen")
SPEAKERS = ("Haastattelija", "Maija Virtanen", "Pekka Korhonen")


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def _turns(rng: random.Random, vocab: list[str], words: int):
    """(seconds, speaker, text) turns adding up to ``words`` words."""
    done, t, i = 0, 5, 0
    while done < words:
        n = min(words - done, rng.randint(20, 110))
        sentence = " ".join(rng.choice(vocab) for _ in range(n))
        yield t, SPEAKERS[0] if i % 2 == 0 else SPEAKERS[1 + (i // 2) % 2], sentence.capitalize() + "."
        done += n
        t += n // 2 + rng.randint(1, 9)
        i += 1


def make_transcripts(folder: Path, count: int, words: int, rng: random.Random) -> None:
    """Half .txt ("[hh:mm:ss] Nimi: ..."), half .docx (one paragraph per turn)."""
    import docx

    vocab = _vocabulary(rng)
    for k in range(count):
        turns = list(_turns(rng, vocab, words))
        if k % 2 == 0:
            lines = [f"Haastattelu {k + 1}", ""]
            for t, who, text in turns:
                lines += [f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}] {who}: {text}", ""]
            (folder / f"haastattelu_{k + 1:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
        else:
            document = docx.Document()
            document.add_heading(f"Haastattelu {k + 1}", level=1)
            for _t, who, text in turns:
                document.add_paragraph(f"{who}: {text}")
            document.save(folder / f"haastattelu_{k + 1:02d}.docx")


def make_survey(folder: Path, respondents: int, open_questions: int, rng: random.Random) -> tuple[Path, Path]:
    """A Webropol-like export as CSV (";") and XLSX with closed and open questions."""
    vocab = _vocabulary(rng, 1500)
    headers = ["Vastaajan tunnus", "Vastausaika", "1. Organisaation tyyppi", "2. Alue"]
    headers += [f"{i}. Kuinka hyvin ohjelma edisti tavoitetta T{i - 2}?" for i in range(3, 10)]
    headers += [f"{i}. Onko toimintamalli otettu käyttöön ({i})?" for i in range(10, 13)]
    headers += [f"13. Mistä sait tietoa? / Kanava {c}" for c in "ABCDE"]
    headers += [f"{14 + i}. Avoin kysymys numero {i + 1}: mitä ajattelet asiasta {i + 1}?" for i in range(open_questions)]
    rows = []
    for r in range(respondents):
        row = [f"R{r + 1:04d}", f"2023-03-{2 + r % 14:02d} 10:{r % 60:02d}", rng.choice(("TE-toimisto", "Kela", "Kunta",
               "Järjestö", "Hyvinvointialue")), rng.choice(("Pirkanmaa", "Pohjois-Karjala", "Uusimaa"))]
        row += [rng.choice(("1", "2", "3", "4", "5", "En osaa sanoa")) for _ in range(7)]
        row += [rng.choice(("Kyllä", "Ei", "En osaa sanoa")) for _ in range(3)]
        row += [rng.choice(("1", "")) for _ in range(5)]
        row += [(" ".join(rng.choice(vocab) for _ in range(rng.randint(8, 45))).capitalize() + ".")
                if rng.random() < 0.7 else "" for _ in range(open_questions)]
        rows.append(row)
    csv_path = folder / "kysely.csv"
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Vastaukset")
    ws.append(headers)
    for row in rows:
        ws.append([int(v) if v.isdigit() else v for v in row])
    xlsx_path = folder / "kysely.xlsx"
    wb.save(xlsx_path)
    return csv_path, xlsx_path


def _timed_import(project_path: Path, paths, repeat: int) -> tuple[list[float], dict, dict]:
    """Import into a fresh project ``repeat`` times; the wall-clock seconds of each run."""
    runs = []
    for k in range(repeat):
        path = project_path.with_name(f"{project_path.stem}_{k}.tqda")
        with Project.create(path, codebook="empty", coder="bench") as project:
            start = time.perf_counter()
            report = import_paths(project, paths)
            runs.append(round(time.perf_counter() - start, 3))
            stats = project.stats()
    return runs, report.as_dict(), stats


def _load() -> list[float]:
    """The 1/5/15-minute load averages at the start (other work on the machine skews figures)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def main(argv=None) -> int:
    """Generate, import, print and write the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--transcripts", type=int, default=60)
    ap.add_argument("--words", type=int, default=8000)
    ap.add_argument("--respondents", type=int, default=2000)
    ap.add_argument("--open-questions", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3, help="runs per case; the best is reported as seconds")
    ap.add_argument("--out", default=str(REPO / "out" / "bench" / "import.json"))
    args = ap.parse_args(argv)
    rng = random.Random(20230302)
    results: dict = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                 "platform": platform.platform(), "load_average": _load()}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        interviews = tmp / "haastattelut"
        interviews.mkdir()
        make_transcripts(interviews, args.transcripts, args.words, rng)
        runs, report, stats = _timed_import(tmp / "t.tqda", [interviews], args.repeat)
        results["transcripts"] = {"files": args.transcripts, "words_each": args.words, "seconds": min(runs),
                                  "runs": runs, "target_seconds": 20, "imported": len(report["imported"]),
                                  "failed": len(report["failed"]), "sections": stats["sections"]}
        survey_dir = tmp / "kysely"
        survey_dir.mkdir()
        csv_path, xlsx_path = make_survey(survey_dir, args.respondents, args.open_questions, rng)
        for label, path in (("survey_csv", csv_path), ("survey_xlsx", xlsx_path)):
            runs, report, stats = _timed_import(tmp / f"{label}.tqda", [path], args.repeat)
            results[label] = {"respondents": args.respondents, "open_questions": args.open_questions,
                              "seconds": min(runs), "runs": runs, "target_seconds": 2, "sources": stats["sources"],
                              "cases": stats["cases"], "codings": stats["codings"], "failed": len(report["failed"])}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
