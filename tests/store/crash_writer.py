"""Writer process for the crash test: adds batches of 1,000 codings forever, printing the ids of
each batch only after the API reported it committed."""

import sys

from tyokyky_qda.core.model import Coding
from tyokyky_qda.store import Project

path, source_id, code_id, trial = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
project = Project.open(path, coder="crash", backup=False)
text_len = len(project.source_text(source_id))
batch_no = 0
print("ready", flush=True)
while True:
    batch_no += 1
    base = (batch_no * 1000) % (text_len - 2000)
    codings = [Coding(source_id=source_id, code_id=code_id, start=base + i, end=base + i + 1 + batch_no % 7,
                      coder=f"crash{trial}-{batch_no}") for i in range(1000)]
    changes = project.add_codings(codings)
    ids = changes.created["codings"]
    print(f"committed {ids[0]} {ids[-1]} {len(ids)}", flush=True)
