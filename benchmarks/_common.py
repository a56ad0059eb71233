"""Shared helpers for benchmark scripts: timing, JSON output into out/bench/."""

from __future__ import annotations

import json
import platform
import time
from contextlib import contextmanager
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "out" / "bench"


@contextmanager
def timer(results: dict, key: str):
    """Store the elapsed seconds of the block in results[key]."""
    t0 = time.perf_counter()
    yield
    results[key] = round(time.perf_counter() - t0, 4)


def write_results(name: str, results: dict) -> Path:
    """Print the figures and write them to out/bench/<name>.json."""
    OUT.mkdir(parents=True, exist_ok=True)
    results = {"benchmark": name, "python": platform.python_version(), "machine": platform.machine(), **results}
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return path
