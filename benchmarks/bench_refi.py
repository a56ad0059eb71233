"""REFI-QDA figures: export and re-import of a project with 50 sources and 16,000 codings
(targets: each under 1 s)."""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import timer, write_results  # noqa: E402
from bench_team import make_text  # noqa: E402

from tyokyky_qda.core.model import Coding, Source  # noqa: E402
from tyokyky_qda.refi.qdpx_export import export_qdpx  # noqa: E402
from tyokyky_qda.refi.qdpx_import import import_qdpx  # noqa: E402
from tyokyky_qda.store import Project  # noqa: E402


def main() -> None:
    results: dict = {"sources": 50, "codings": 16000}
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        p = Project.create(Path(tmp) / "a.tqda", coder="Aino")
        leaves = [c.id for c in p.codes() if not p.children_of(c.id)]
        sources = []
        for i in range(50):
            text, sections = make_text(rng, 4000)
            sources.append((p.add_source(Source(name=f"H{i:02d}", text=text, kind="transcript"), sections).id,
                            len(text)))
        batch = []
        for i in range(16000):
            sid, length = rng.choice(sources)
            start = rng.randrange(0, length - 300)
            batch.append(Coding(source_id=sid, code_id=rng.choice(leaves), start=start,
                                end=start + rng.randint(10, 300), coder=("Aino", "Ville")[i % 2]))
        p.add_codings(batch)
        out = Path(tmp) / "x.qdpx"
        with timer(results, "export_seconds"):
            export_qdpx(p, out)
        results["qdpx_bytes"] = out.stat().st_size
        with Project.create(Path(tmp) / "b.tqda", codebook="empty") as back:
            with timer(results, "import_seconds"):
                summary = import_qdpx(back, out)
            results["imported_codings"] = back.stats()["codings"]
            results["ranges_outside"] = summary.ranges_outside
        p.close()
    results["targets"] = {"export_seconds": 1.0, "import_seconds": 1.0}
    write_results("refi", results)


if __name__ == "__main__":
    main()
