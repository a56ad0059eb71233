"""Kill a writer with SIGKILL in the middle of batches of 1,000 codings; the file must stay
intact and every coding the API reported committed must still be there."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tyokyky_qda.core.model import Source
from tyokyky_qda.store import Project

WRITER = Path(__file__).with_name("crash_writer.py")
TRIALS = 50


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_batches_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.tqda"
    with Project.create(path, codebook="empty") as p:
        source = p.add_source(Source(name="long", text="sana " * 20000)).id
        code = p.add_code("k").id
    rng = random.Random(20261127)
    committed: set[int] = set()
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(path), str(source), str(code), str(trial)],
                                stdout=subprocess.PIPE, text=True, bufsize=1)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, f"writer died on its own: {out[-500:]}"
        for line in out.splitlines():
            if line.startswith("committed"):
                _, first, last, n = line.split()
                assert int(last) - int(first) + 1 == int(n) == 1000
                committed.update(range(int(first), int(last) + 1))
        # The lock of the killed process is gone: the project opens for writing at once.
        with Project.open(path, backup=False) as p:
            assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {r[0] for r in p.conn.execute("SELECT id FROM codings")}
            assert committed <= present, f"trial {trial}: lost {len(committed - present)} committed codings"
            # No half batch: every coder's batch is complete or absent.
            sizes = p.conn.execute("SELECT COUNT(*) FROM codings GROUP BY coder_id").fetchall()
            assert all(n[0] % 1000 == 0 for n in sizes)
    # Most trials must have committed batches, or the test proved nothing.
    assert len(committed) >= 1000 * TRIALS // 2
