"""Display names of stored keywords (source kinds, coding origins) in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def kind_label(kind: str) -> str:
    """A source kind as the user reads it."""
    labels = {"text": translate("SourceKinds", "text"), "document": translate("SourceKinds", "document"),
              "transcript": translate("SourceKinds", "transcript"),
              "survey-answer": translate("SourceKinds", "survey answer"),
              "status-report": translate("SourceKinds", "status report")}
    return labels.get(kind, kind)


def origin_label(origin: str) -> str:
    """Where a coding came from, as the user reads it."""
    labels = {"manual": translate("CodingOrigins", "manual"), "autocode": translate("CodingOrigins", "autocoded"),
              "accepted-suggestion": translate("CodingOrigins", "accepted suggestion"),
              "imported": translate("CodingOrigins", "imported"), "merged": translate("CodingOrigins", "merged"),
              "consensus": translate("CodingOrigins", "consensus")}
    return labels.get(origin, origin)
