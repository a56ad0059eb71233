"""The hook exports call to pseudonymise the text they write.

``text_filter_for(project)`` returns a function ``(source_id, start, end, text) -> text`` that
replaces accepted findings inside ``text`` (which is ``source_text[start:end]``). Exporters call it
for every quote and every full text when the user turned export pseudonymisation on. Texts that
are not a range of one source (names, labels) pass ``start = end = -1``; accepted originals
are then found by their wording. ``name_filter_for`` wraps that case as ``filter(text)``.
A memo's text has findings of its own (detection scans memos): ``memo_filter_for`` gives
``filter(memo) -> text`` that replaces them where they are, plus the sweep.
The implementation is in ``tyokyky_qda.pseudo.apply`` (see docs/pseudonymisation.md).
"""

from __future__ import annotations

from typing import Callable

TextFilter = Callable[[int, int, int, str], str]


def identity_filter(source_id: int, start: int, end: int, text: str) -> str:
    """No pseudonymisation."""
    return text


def text_filter_for(project) -> TextFilter:
    """The export filter for a project's accepted pseudonymisation findings."""
    try:
        from tyokyky_qda.pseudo.apply import export_text_filter
    except ImportError:  # pseudonymisation not available in this build
        return identity_filter
    return export_text_filter(project)


def full_text_for(project, source_id: int, pseudonymise: bool):
    """A source's text for export and a function mapping ranges of the stored text onto it.

    Without pseudonymisation the text is the stored one and ranges map to themselves. With it,
    accepted findings are replaced and ranges move with their words (``OffsetShifter``).
    """
    text = project.source_text(source_id)
    if not pseudonymise:
        return text, lambda start, end: (start, end)
    try:
        from tyokyky_qda.pseudo.apply import export_full_text
    except ImportError:  # pseudonymisation not available in this build
        return text, lambda start, end: (start, end)
    return export_full_text(project, source_id)


def name_filter_for(project, pseudonymise: bool = True) -> Callable[[str], str]:
    """A filter for texts that are not a range of one source: source, case and speaker names,
    memo titles, coding memos. Accepted originals are found by their wording (the sweep)."""
    if not pseudonymise:
        return lambda text: text
    text_filter = text_filter_for(project)
    return lambda text: text_filter(0, -1, -1, text) if isinstance(text, str) and text else text


def memo_filter_for(project, pseudonymise: bool = True) -> Callable[[object], str]:
    """A filter for memos (``Project.memos()`` items): ``filter(memo)`` is the memo's text with its
    accepted findings replaced where they are and every other accepted original swept."""
    if not pseudonymise:
        return lambda memo: memo.text
    try:
        from tyokyky_qda.pseudo.apply import export_memo_text
    except ImportError:  # pseudonymisation not available in this build
        return lambda memo: memo.text
    return lambda memo: export_memo_text(project, getattr(memo, "id", None), memo.text)
