"""Applying accepted findings: on export only, or irreversibly in the project.

Both ways replace the same things: every accepted finding whose words are still where it was found
(or, after an edit, nearest to it), plus every other whole-word occurrence of an accepted original
anywhere in the text — the sweep — except where the reviewer rejected that very occurrence. So
no accepted original string survives in what is exported, even in a text edited after detection.

- ``export_text_filter(project)``, ``export_full_text(project, source_id)`` and
  ``export_memo_text(project, memo_id, text)`` are what ``export_filter.py`` hands to the
  exporters; the project keeps its original text.
- ``apply_to_project`` writes the pseudonyms into the sources through ``Project.replace_text``
  (codings, sections and case ranges stay on their words) and into the memos through
  ``Project.update_memo``; ``undo_apply`` reverses it from the returned Changes while the session
  lasts.

Findings in memos are planned like findings in sources: by ``Doc``, ("source", id) or ("memo", id).
"""

from __future__ import annotations

import re
import weakref
from typing import Callable, Iterable, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.offsets import Edit, OffsetShifter, apply_edits
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel, no_progress
from tyokyky_qda.pseudo import storage
from tyokyky_qda.pseudo.apply_write import APPLY_UNDO_KEY, undo_plan, write_plan
from tyokyky_qda.pseudo.categories import ACCEPTED, APPLIED, REJECTED
from tyokyky_qda.pseudo.review import project_language, replacement_of

__all__ = ["Plan", "current_plan", "export_text_filter", "export_full_text", "export_memo_text",
           "apply_to_project", "undo_apply", "APPLY_UNDO_KEY"]


class Plan:
    """The replacements of a project: accepted findings by source or memo, and the sweep over originals."""

    def __init__(self, project):
        self.project = project
        lang = project_language(project)
        usable = storage.available(project)
        ents = {e["id"]: e for e in storage.entities(project)} if usable else {}
        self.replacement = {eid: replacement_of(e, lang) for eid, e in ents.items()}
        rows = storage.findings(project, status=(ACCEPTED, APPLIED, REJECTED)) if usable else []
        self.accepted: dict[tuple[str, int], list[dict]] = {}
        self.rejected: dict[tuple[str, int], list[tuple[int, int]]] = {}
        originals: dict[str, str] = {}
        for r in rows:
            if r["status"] == REJECTED:
                self.rejected.setdefault(storage.doc_of(r), []).append((r["start"], r["end"]))
                continue
            if r["status"] == ACCEPTED:
                self.accepted.setdefault(storage.doc_of(r), []).append(r)
            if r["entity_id"] in self.replacement and r["text"].strip():
                originals.setdefault(r["text"], self.replacement[r["entity_id"]])
        self.originals = originals
        self.sweep_re = _sweep_regex(originals)
        self._edits: dict[tuple[str, int], list[tuple[Edit, Optional[int]]]] = {}

    def edits(self, source_id: int, text: Optional[str] = None) -> list[tuple[Edit, Optional[int]]]:
        """(edit, finding id or None for a sweep hit) for a source, in text order, not overlapping."""
        doc = ("source", source_id)
        if doc not in self._edits:
            text = self.project.source_text(source_id) if text is None else text
            self._edits[doc] = self._plan_doc(doc, text)
        return self._edits[doc]

    def memo_edits(self, memo_id: int, text: str) -> list[tuple[Edit, Optional[int]]]:
        """The same for a memo's text (which the caller has at hand)."""
        doc = ("memo", memo_id)
        if doc not in self._edits:
            self._edits[doc] = self._plan_doc(doc, text)
        return self._edits[doc]

    def _plan_doc(self, doc: tuple[str, int], text: str) -> list[tuple[Edit, Optional[int]]]:
        planned: list[tuple[Edit, Optional[int]]] = []
        taken: set[tuple[int, int]] = set()
        for r in self.accepted.get(doc, []):
            spot = _locate(text, r, taken)
            if spot is not None and r["entity_id"] in self.replacement:
                taken.add(spot)
                planned.append((Edit(spot[0], spot[1], self.replacement[r["entity_id"]]), r["id"]))
        rejected = self.rejected.get(doc, [])
        if self.sweep_re is not None:
            for m in self.sweep_re.finditer(text):
                s, e = m.span()
                if any(rs <= s and e <= re_ for rs, re_ in rejected):
                    continue
                planned.append((Edit(s, e, self.originals[m.group()]), None))
        return _without_overlaps(planned)

    def sweep(self, text: str) -> str:
        """Replace whole-word accepted originals in a text that is not a range of one source."""
        if self.sweep_re is None or not text:
            return text
        return self.sweep_re.sub(lambda m: self.originals[m.group()], text)


def _sweep_regex(originals: dict[str, str]) -> Optional[re.Pattern]:
    if not originals:
        return None
    alternatives = "|".join(re.escape(o) for o in sorted(originals, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?![\w])")


def _locate(text: str, row: dict, taken: set) -> Optional[tuple[int, int]]:
    """Where a finding's words are now: in place, else the nearest free occurrence, else None."""
    start, end, needle = row["start"], row["end"], row["text"]
    if text[start:end] == needle and (start, end) not in taken:
        return start, end
    spots = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    spots = [s for s in spots if s not in taken]
    return min(spots, key=lambda s: abs(s[0] - start)) if spots else None


def _without_overlaps(planned: list[tuple[Edit, Optional[int]]]) -> list[tuple[Edit, Optional[int]]]:
    # Reviewed findings before sweep hits, then longer before shorter.
    ranked = sorted(planned, key=lambda p: (p[1] is None, -(p[0].end - p[0].start), p[0].start))
    kept: list[tuple[Edit, Optional[int]]] = []
    for edit, fid in ranked:
        if not any(edit.start < k.end and k.start < edit.end for k, _ in kept):
            kept.append((edit, fid))
    return sorted(kept, key=lambda p: p[0].start)


# -- (a) on export only --------------------------------------------------------------------------
def export_text_filter(project) -> Callable[[int, int, int, str], str]:
    """The filter exporters call: ``(source_id, start, end, text) -> pseudonymised text``.

    A quote (``text == source_text[start:end]``) gets the source's planned replacements that touch
    it; a replacement cut by the quote's edge still replaces the part inside. Anything else —
    ``start = end = -1`` for names and labels, or text that is not the stored range — gets the sweep.
    """
    plan = Plan(project)
    texts: dict[int, Optional[str]] = {}

    def text_of(source_id: int) -> Optional[str]:
        if source_id not in texts:
            try:
                texts[source_id] = project.source_text(source_id)
            except Exception:  # noqa: BLE001 - a bad id: treat the text as free text
                texts[source_id] = None
        return texts[source_id]

    def filter_(source_id: int, start: int, end: int, text: str) -> str:
        if not text:
            return text
        stored = text_of(source_id) if start is not None and start >= 0 and end >= start else None
        if stored is None or stored[start:end] != text:
            return plan.sweep(text)
        local = [Edit(max(e.start, start) - start, min(e.end, end) - start, e.new)
                 for e, _ in plan.edits(source_id, stored) if e.start < end and start < e.end]
        return apply_edits(text, local)

    return filter_


_plans: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def current_plan(project) -> Plan:
    """The project's Plan, reused while nothing was written through its connection (an export of
    many sources asks for one source at a time)."""
    stamp = project.conn.total_changes
    cached = _plans.get(project)
    if cached is None or cached[0] != stamp:
        cached = (stamp, Plan(project))
        _plans[project] = cached
    return cached[1]


def export_full_text(project, source_id: int):
    """A source's pseudonymised text and a function mapping stored ranges onto it (for .qdpx)."""
    text = project.source_text(source_id)
    edits = [e for e, _ in current_plan(project).edits(source_id, text)]
    if not edits:
        return text, lambda start, end: (start, end)
    shifter = OffsetShifter(edits)
    return apply_edits(text, edits), shifter.map_range


def export_memo_text(project, memo_id: Optional[int], text: str) -> str:
    """A memo's text with its accepted findings and the sweep replaced (for exports of notes)."""
    if not text:
        return text
    plan = current_plan(project)
    if memo_id is None:
        return plan.sweep(text)
    return apply_edits(text, [e for e, _ in plan.memo_edits(memo_id, text)])


# -- (b) irreversibly in the project ---------------------------------------------------------------
def apply_to_project(project, source_ids: Optional[Iterable[int]] = None, *, memos: Optional[bool] = None,
                     progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> Changes:
    """Write the pseudonyms into the sources and memos (one transaction); codings stay on their words.

    ``memos`` (default: when every source is done) rewrites the memos' texts too. When every source
    is done, speaker labels, case and source names and memo titles get the pseudonyms as well. Returns the
    Changes; ``undo_apply(project, changes)`` puts the original texts back. Stored text-analysis
    parses of the changed sources are dropped (they hold the original words).
    """
    progress = progress or no_progress
    plan = Plan(project)
    wanted = set(source_ids) if source_ids is not None else None
    todo = []
    for i, src in enumerate(project.sources()):
        check_cancel(cancel)
        if wanted is None or src.id in wanted:
            planned = plan.edits(src.id)
            if planned:
                todo.append((src.id, planned))
        progress(0.3 * i / max(1, len(project.sources())), src.name)
    memo_todo = []
    if (source_ids is None if memos is None else memos) and storage.has_memo_findings(project):
        for memo in project.memos():
            planned = plan.memo_edits(memo.id, memo.text) if memo.text else []
            if planned:
                memo_todo.append((memo.id, memo.text, planned))
    check_cancel(cancel)
    return write_plan(project, plan, todo, progress, memo_todo, labels=source_ids is None)


def undo_apply(project, changes: Changes) -> Changes:
    """Reverse ``apply_to_project``: original texts, ranges and findings come back."""
    return undo_plan(project, changes)
