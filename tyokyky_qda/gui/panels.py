"""Where panels plug into the main window (the extension point for analysis views, the merge
wizard, pseudonymisation review...).

A panel is any QWidget made by a factory that receives the main window (which offers ``ops``,
``stack``, ``context``, ``prompts`` and ``document``). The window puts it in a dock, lists it in
View ▸ Panels and remembers where the user left it. Optional methods the window calls when the
panel has them:

- ``on_changes(changes, origin)`` after every write (refresh what the record touched);
- ``retranslate()`` is the panel's own business (on its LanguageChange event);
- ``save()`` before the project closes (write anything typed but not yet stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow


@dataclass
class PanelSpec:
    """A dockable panel."""

    key: str                                     # the dock's objectName: keeps saved layouts valid
    title: Callable[[], str]                     # called again when the language changes
    factory: Callable[["MainWindow"], QWidget]
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    visible: bool = True
    tabify_with: str = ""                        # another panel's key to share a tab group with


_REGISTRY: dict[str, PanelSpec] = {}


def register_panel(spec: PanelSpec) -> None:
    """Add (or replace) a panel; windows opened afterwards show it."""
    _REGISTRY[spec.key] = spec


def unregister_panel(key: str) -> None:
    """Remove a registered panel."""
    _REGISTRY.pop(key, None)


def registered_panels() -> list[PanelSpec]:
    """Panels registered by other packages, in registration order."""
    return list(_REGISTRY.values())
