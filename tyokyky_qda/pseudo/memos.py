"""Memos as pseudonymisation sees them: texts to scan, and where a finding in one is.

Researchers write names into memos as readily as transcribers do into transcripts ("Maija
kertoi, että..."), and memos leave the project in exports (REFI-QDA notes). Detection scans memo
texts with the sources, so a finding in a memo belongs to the same entity, and gets the same
pseudonym, as the same name in a transcript; the findings name the memo by ``memo_id``. A memo's
title is not scanned: exports pass it through the wording sweep of accepted originals.
"""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_, Message

MEMO_TITLED = N_("Memo: {title}")
MEMO_ON_SOURCE = N_("Memo on source {name}")
MEMO_ON_CODE = N_("Memo on code {name}")
MEMO_ON_CASE = N_("Memo on case {name}")
MEMO_ON_CODING = N_("Memo on a coding in {name}")
MEMO_ON_PROJECT = N_("Memo on the project")
MEMO_ELSEWHERE = N_("Memo {id}")


def memo_texts(project) -> dict[int, str]:
    """The text of every memo with any text, by memo id."""
    return {m.id: m.text for m in project.memos() if m.text and m.text.strip()}


def _target_name(project, kind: str, target_id: Optional[int]) -> str:
    try:
        if kind == "source":
            return project.source(target_id, with_text=False).name
        if kind == "code":
            return project.code(target_id).name
        if kind == "case":
            return next((c.name for c in project.cases() if c.id == target_id), "")
        if kind == "coding":
            return project.source(project.coding(target_id).source_id, with_text=False).name
    except (UserError, TypeError, AttributeError):  # a target deleted since: name the memo by its id
        return ""
    return ""


def memo_place(project, memo) -> Message:
    """Where a memo is, for a list of findings: its title, else what it is attached to."""
    if memo.title and memo.title.strip():
        return N_(MEMO_TITLED, title=" ".join(memo.title.split()))
    if memo.target_kind == "project":
        return MEMO_ON_PROJECT
    name = _target_name(project, memo.target_kind, memo.target_id)
    template = {"source": MEMO_ON_SOURCE, "code": MEMO_ON_CODE, "case": MEMO_ON_CASE,
                "coding": MEMO_ON_CODING}.get(memo.target_kind)
    return N_(template, name=name) if template and name else N_(MEMO_ELSEWHERE, id=memo.id)


def memo_places(project) -> dict[int, Message]:
    """``memo_place`` of every memo, by memo id."""
    return {m.id: memo_place(project, m) for m in project.memos()}


def finding_place(finding, source_names: dict[int, str], places: dict[int, Message]) -> str:
    """Where a finding is: its source's name, or its memo's place (a ``Message``)."""
    if finding.memo_id:
        return places.get(finding.memo_id) or N_(MEMO_ELSEWHERE, id=finding.memo_id)
    return source_names.get(finding.source_id, str(finding.source_id))
