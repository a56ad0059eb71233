"""User preferences, declared once with their defaults (cf. Picard ``options.py``).

Stored with QSettings in INI format under the organisation "tyokyky-qda". Tests point
``QSettings.setPath`` at a temporary folder so they never touch the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "tyokyky-qda"
APPLICATION = "workbench"
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    """One preference: its key, default and type."""

    key: str
    default: Any
    type: type


OPTIONS = {o.key: o for o in (
    Option("language", "", str),            # "" = from the system locale
    Option("coder", "", str),               # "" = the OS user name
    Option("recent_projects", [], list),
    Option("document_font_size", 11, int),
    Option("interface_font_size", 0, int),  # 0 = the platform default
    Option("high_contrast", False, bool),
    Option("trim_selection", True, bool),   # drop spaces at the edges of a selection when coding
    Option("show_coders", "all", str),      # "all" or "mine"
    Option("window/geometry", QByteArray(), QByteArray),
    Option("window/state", QByteArray(), QByteArray),
)}


def qsettings() -> QSettings:
    """The application's settings store (INI, user scope)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class Settings:
    """Typed access to the declared options."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or qsettings()

    def get(self, key: str) -> Any:
        """The stored value of an option, converted to its type, or its default."""
        option = OPTIONS[key]
        value = self.store.value(key, option.default)
        if value is None:
            return option.default
        if option.type is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if option.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return list(value)
        return value

    def set(self, key: str, value: Any) -> None:
        """Store an option's value."""
        if key not in OPTIONS:
            raise KeyError(key)
        self.store.setValue(key, value)

    def add_recent(self, path: str) -> list[str]:
        """Put a project at the top of the recent list; returns the new list."""
        recent = [p for p in self.get("recent_projects") if p != path]
        recent.insert(0, path)
        recent = recent[:MAX_RECENT]
        self.set("recent_projects", recent)
        return recent

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
