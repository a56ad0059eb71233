"""Pseudonymisation on export: every text an export writes goes through the project's filter.

``tyokyky_qda.pseudo.export_filter.text_filter_for(project)`` gives ``filter(source_id, start,
end, text)``. Quotes are ranges of a source and pass their real offsets. Texts that are not a
range of one source — source and speaker names, question labels, case names, the researcher's
summary bullets — pass ``start = end = -1``: the filter then has to find originals by their
wording (see docs/analysis-api.md).
"""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.pseudo.export_filter import TextFilter, text_filter_for

NOT_A_RANGE = -1


class Redactor:
    """Applies the export filter when pseudonymisation is on; passes text through otherwise."""

    def __init__(self, project=None, enabled: bool = False, text_filter: Optional[TextFilter] = None):
        self.enabled = enabled
        self._filter = text_filter or (text_filter_for(project) if enabled and project is not None else None)

    def quote(self, source_id: int, start: int, end: int, text: str) -> str:
        """A range of a source's text."""
        if not self.enabled or self._filter is None or not text:
            return text
        return self._filter(int(source_id), int(start), int(end), text)

    def name(self, text, source_id: int = 0):
        """A name or label (not a range of one source); non-text values pass unchanged."""
        if not self.enabled or self._filter is None or not isinstance(text, str) or not text:
            return text
        return self._filter(int(source_id), NOT_A_RANGE, NOT_A_RANGE, text)
