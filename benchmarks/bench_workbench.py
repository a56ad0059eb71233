"""Benchmark of the coding workbench on a long transcript (offscreen Qt).

A 50,000-word interview transcript with speaker turns is opened in the real main window with
8,000 codings (one coder) and with 16,000 codings (two coders); then single codings are applied
through the same path as a key press (undo command → writer thread → Changes → view). Times are
wall-clock and include the first paint of the document, its margins and every panel's refresh.

Targets (issue 4): open with 16,000 codings < 0.5 s, apply a coding < 50 ms. A peer QDA tool
needed 15.3 s (8,000) and 107.7 s (16,000) to open such a document.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_workbench.py``; prints JSON and
writes out/bench/workbench.json.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tyokyky_qda.core.model import Coding, Section, Source  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402

WORDS = 50_000
VOCABULARY = ("työkyky osatyökykyinen koordinaattori palvelu asiakas yhteistyö kunta TE-toimisto kela "
              "kuntoutus työnantaja rekrytointi hanke rahoitus tiimi ohjaus tuki tarve arviointi malli "
              "sosiaaliturva terveyskeskus verkosto osaaminen johto jatkuvuus tieto kokemus ja että mutta "
              "kun niin se on oli ei myös vielä sitten nyt kyllä tosi aika paljon vähän hyvin").split()
SPEAKERS = ("Haastattelija", "H1", "H2")
REPEATS = 5
APPLY_REPEATS = 20


def make_transcript(rng: random.Random) -> tuple[str, list[Section], list[tuple[int, int]]]:
    """Text, speaker turns, and the (start, end) of every word."""
    parts, sections, words, pos, seconds, said = [], [], [], 0, 0, 0
    turn = 0
    while said < WORDS:
        speaker = SPEAKERS[0] if turn % 2 == 0 else rng.choice(SPEAKERS[1:])
        n = min(WORDS - said, rng.randint(8, 45) if turn % 2 == 0 else rng.randint(30, 260))
        prefix = f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}] {speaker}: "
        body_start = pos + len(prefix)
        body, cursor = [], body_start
        for i in range(n):
            w = rng.choice(VOCABULARY) + ("." if i % 12 == 11 else "")
            words.append((cursor, cursor + len(w)))
            body.append(w)
            cursor += len(w) + 1
        line = prefix + " ".join(body)
        sections.append(Section(start=body_start, end=pos + len(line), kind="turn", speaker=speaker,
                                start_time=float(seconds)))
        parts.append(line)
        pos += len(line) + 2  # blank line between turns
        seconds += n // 2 + 3
        said += n
        turn += 1
    return "\n\n".join(parts), sections, words


def make_codings(rng: random.Random, source_id: int, words, codes: list[int], coders: list[str],
                 count: int) -> list[Coding]:
    """Distinct codings of 3–40 words each."""
    seen, out = set(), []
    while len(out) < count:
        i = rng.randrange(len(words) - 41)
        j = i + rng.randint(2, 39)
        coder = coders[len(out) % len(coders)]
        key = (rng.choice(codes), words[i][0], words[j][1], coder)
        if key in seen:
            continue
        seen.add(key)
        out.append(Coding(source_id=source_id, code_id=key[0], start=key[1], end=key[2], coder=coder))
    return out


def paint_now(window) -> None:
    """Paint the document and its margins now (synchronously), then flush other events."""
    view = window.document.view
    view.viewport().repaint()
    view.gutter.repaint()
    view.bars.repaint()
    QApplication.processEvents()


def time_open(window, source_id: int) -> float:
    """Seconds to open a source and paint it."""
    window.open_source(None)
    paint_now(window)
    start = time.perf_counter()
    window.open_source(source_id)
    paint_now(window)
    return time.perf_counter() - start


def time_apply(window, rng: random.Random, words, code_id: int) -> float:
    """Seconds from 'apply this code to the selection' until the new highlight is on screen:
    the undo command, the write on the worker thread, the Changes reaching every panel, and
    the paint Qt schedules for it (the lines the coding covers and the bar margin)."""
    view = window.document.view
    i = rng.randrange(len(words) - 20)
    view.select_range(words[i][0], words[i + rng.randint(1, 15)][1])
    paint_now(window)
    before, painted = len(view.spans), view.paint_count
    start = time.perf_counter()
    window.coding.apply_code(code_id)
    while len(view.spans) == before or view.paint_count == painted:
        QApplication.processEvents()
        time.sleep(0.0002)
    QApplication.processEvents()  # whatever else the change scheduled (details panel, counts)
    return time.perf_counter() - start


def time_scroll(window, rng: random.Random) -> float:
    """Mean seconds to scroll to a random place and paint it."""
    bar = window.document.view.verticalScrollBar()
    times = []
    for _ in range(20):
        bar.setValue(rng.randrange(bar.maximum() + 1))
        start = time.perf_counter()
        paint_now(window)
        times.append(time.perf_counter() - start)
    return statistics.mean(times)


def main() -> dict:
    """Build the data, measure, print and write the figures."""
    tmp = tempfile.mkdtemp(prefix="bench-workbench-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    app = QApplication.instance() or QApplication([])
    from tyokyky_qda.gui.main_window import MainWindow

    rng = random.Random(2023)
    text, sections, words = make_transcript(rng)
    project = Project.create(Path(tmp) / "bench.tqda", coder="aino")
    leaf_codes = [c.id for c in project.codes() if not project.children_of(c.id)]
    ids = {}
    t0 = time.perf_counter()
    for label, coders, count in (("8000", ["aino"], 8000), ("16000", ["aino", "pekka"], 16000)):
        sid = project.add_source(Source(name=f"Haastattelu {label}", text=text, kind="transcript"), sections).id
        project.add_codings(make_codings(rng, sid, words, leaf_codes, coders, count))
        ids[label] = sid
    setup = time.perf_counter() - t0

    window = MainWindow(project)
    window.resize(1500, 900)
    window.show()
    paint_now(window)
    results: dict = {"words": len(words), "characters": len(text), "turns": len(sections), "setup_s": round(setup, 2)}
    for label, sid in ids.items():
        opens = [time_open(window, sid) for _ in range(REPEATS)]
        results[f"open_{label}_codings_s"] = {"median": round(statistics.median(opens), 4),
                                             "max": round(max(opens), 4), "runs": REPEATS}
    t_db = time.perf_counter()
    project.coding_spans(ids["16000"])
    results["read_16000_codings_from_store_s"] = round(time.perf_counter() - t_db, 4)
    window.open_source(ids["16000"])
    paint_now(window)
    results["scroll_and_paint_16000_mean_s"] = round(time_scroll(window, rng), 4)
    applies = [time_apply(window, rng, words, rng.choice(leaf_codes)) for _ in range(APPLY_REPEATS)]
    results["apply_one_coding_s"] = {"median": round(statistics.median(applies), 4),
                                     "max": round(max(applies), 4), "runs": APPLY_REPEATS}
    results["targets"] = {"open_16000_s": 0.5, "apply_s": 0.05}
    results["meets_targets"] = (results["open_16000_codings_s"]["median"] < 0.5
                                and results["apply_one_coding_s"]["median"] < 0.05)
    results["peer_tool_s"] = {"open_8000": 15.3, "open_16000": 107.7}
    results["load_average_1min"] = round(os.getloadavg()[0], 2)  # other work on the machine skews timings
    window.close()
    app.processEvents()
    out = ROOT / "out" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "workbench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
