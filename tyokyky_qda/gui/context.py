"""What the user is working on: the current source, code, coding and case.

Panels read and set it and listen to its signals instead of reaching into each other, so a new
panel (retrieval, matrix, merge wizard) only needs this object and ``ProjectOps``.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Signal


class WorkbenchContext(QObject):
    """Current selections shared by every panel."""

    sourceChanged = Signal(object)
    codeChanged = Signal(object)
    codingChanged = Signal(object)
    caseChanged = Signal(object)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.source: Optional[int] = None
        self.code: Optional[int] = None
        self.coding: Optional[int] = None
        self.case: Optional[int] = None

    def set_source(self, source_id: Optional[int]) -> None:
        """The source on show."""
        if source_id != self.source:
            self.source = source_id
            self.sourceChanged.emit(source_id)

    def set_code(self, code_id: Optional[int]) -> None:
        """The code selected in the codebook."""
        if code_id != self.code:
            self.code = code_id
            self.codeChanged.emit(code_id)

    def set_coding(self, coding_id: Optional[int]) -> None:
        """The coding selected in the text."""
        if coding_id != self.coding:
            self.coding = coding_id
            self.codingChanged.emit(coding_id)

    def set_case(self, case_id: Optional[int]) -> None:
        """The case selected in the cases table."""
        if case_id != self.case:
            self.case = case_id
            self.caseChanged.emit(case_id)
