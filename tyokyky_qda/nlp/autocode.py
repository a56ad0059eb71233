"""Batch autocoding: apply every suggestion scoring at least a threshold, as one undoable step.

Nothing is coded without the researcher asking for it: this runs only when they choose batch
autocoding. The codings get origin "autocode" (and so do not teach the model), and the returned
``Changes`` lists them, so the GUI can undo the whole batch with one ``remove_codings``.
"""

from __future__ import annotations

from typing import Iterable, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Coding
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel


def autocode(suggester, threshold: float, source_ids: Optional[Iterable[int]] = None,
             unit: str = "sentence", codes: Optional[Iterable[int]] = None, top: int = 3,
             progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> Changes:
    """Code every unit with each of its (up to ``top``) suggestions scoring ≥ ``threshold``.

    Returns the Changes of one transaction; ``changes.created["codings"]`` are the new codings
    and ``changes.info["autocoded"]`` counts them per code id. Cancelling before the write
    leaves the project untouched.
    """
    if not 0.0 < threshold <= 1.0:
        raise UserError(N_("the autocoding threshold must be above 0 and at most 1"))
    project = suggester.project
    ids = list(source_ids) if source_ids is not None else [s.id for s in project.sources()]
    allowed = list(codes) if codes is not None else None
    planned: list[Coding] = []
    for n, sid in enumerate(ids):
        check_cancel(cancel)
        for u in suggester.suggest_source(sid, unit=unit, top=top, codes=allowed, min_score=threshold):
            planned.extend(Coding(sid, s["code"], u.start, u.end, origin="autocode",
                                  memo=f"autocode {s['score']:.2f}: {s['reason']}") for s in u.suggestions)
        if progress:
            progress((n + 1) / max(1, len(ids)), N_("autocoding"))
    check_cancel(cancel)
    changes = project.add_codings(planned, action="autocode")
    per_code: dict[int, int] = {}
    created = set(changes.created.get("codings", []))
    for c in project.codings():
        if c.id in created:
            per_code[c.code_id] = per_code.get(c.code_id, 0) + 1
    changes.info["autocoded"] = per_code
    changes.info["threshold"] = threshold
    return changes
