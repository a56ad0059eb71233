"""What the window remembers and offers for comfort: layout, zoom, contrast, coders, panels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import settle
from tyokyky_qda.gui.main_window import MainWindow
from tyokyky_qda.gui.panels import PanelSpec, register_panel, unregister_panel
from tyokyky_qda.store import Project

pytestmark = pytest.mark.gui


def test_dock_layout_and_zoom_are_remembered(qtbot, tk_project, tmp_path):
    window = MainWindow(tk_project)
    qtbot.addWidget(window)
    window.show()
    window.docks["cases"].show()
    window.docks["suggestions"].hide()
    window.zoom(1)
    window.zoom(1)
    size = window.document.view.font().pointSizeF()
    path = tk_project.path
    window.close()
    again = MainWindow(Project.open(path))
    qtbot.addWidget(again)
    again.show()
    assert again.docks["cases"].isVisible() and not again.docks["suggestions"].isVisible()
    assert again.document.view.font().pointSizeF() == size == 13
    again.zoom(0)
    assert again.document.view.font().pointSizeF() == 11
    again.close()


def test_high_contrast_and_coder_filter(window, tk_project, transcript_source):
    t1 = tk_project.resolve_code("Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen")
    tk_project.add_coding(transcript_source, t1, 0, 10, coder="toinen")
    tk_project.add_coding(transcript_source, t1, 20, 30)
    window.open_source(transcript_source)
    view = window.document.view
    window.actions.a["high_contrast"].setChecked(True)
    assert view.high_contrast and window.settings.get("high_contrast")
    assert view.styles[t1].fill.alpha() > 100
    window.actions.a["coders_mine"].trigger()
    assert view.spans_at(5) == [] and len(view.spans_at(25)) == 1
    window.actions.a["coders_all"].trigger()
    assert len(view.spans_at(5)) == 1
    window.actions.a["high_contrast"].setChecked(False)
    view.grab()  # paints without error in both modes


def test_registered_panel_gets_a_dock_and_changes(qtbot, tk_project, transcript_source):
    seen = []

    class Probe(QLabel):
        def on_changes(self, changes, origin):
            seen.append(changes.action)

    register_panel(PanelSpec("probe", lambda: "Probe", lambda w: Probe("probe")))
    try:
        window = MainWindow(tk_project)
        qtbot.addWidget(window)
        assert "probe" in window.docks
        assert window.docks["probe"].toggleViewAction() in window.actions.menus["panels"].actions()
        window.open_source(transcript_source)
        window.document.view.select_range(0, 5)
        window.coding.apply_code(tk_project.codes()[1].id)
        settle(window)
        assert seen == ["add coding"]
        window.close()
    finally:
        unregister_panel("probe")


def test_keyboard_only_coding(window, tk_project, transcript_source, qtbot, monkeypatch):
    """Tab to the text, select with Shift+arrows, code with a digit: no mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    t2 = tk_project.resolve_code("Tavoitteet/T2 Yksilölliset ja oikea-aikaiset palvelut")
    window.panels["codebook"].assign_shortcut(t2, "2")
    settle(window)
    view = window.document.view
    view.setFocus()
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    view.setTextCursor(cursor)
    for _ in range(13):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_2)
    settle(window)
    assert [(c.code_id, c.start, c.end) for c in tk_project.codings()] == [(t2, 0, 13)]


def test_close_and_open_another_project_in_the_same_window(qtbot, tk_project, transcript_source, tmp_path):
    """Panels of the closed project must not react to the next one (no deleted-object errors)."""
    window = MainWindow(tk_project)
    qtbot.addWidget(window)
    window.show()
    first = tk_project.path
    window.close_project()
    qtbot.wait(10)  # let deleteLater run
    assert window.central.currentWidget() is window.welcome and tk_project.conn is None
    second = Project.create(tmp_path / "toinen.tqda", coder="tester")
    from tyokyky_qda.core.model import Source
    sid = second.add_source(Source(name="Toinen", text="Tunnistimme tuen tarpeen ajoissa.")).id
    window.set_project(second)
    window.document.view.select_range(0, 11)
    window.coding.apply_code(second.codes()[1].id)
    settle(window)
    assert len(second.codings(source_id=sid)) == 1 and window.context.coding is not None
    window.panels["memo"].set_target("coding", window.context.coding)
    assert window.open_project_path(str(first))
    assert window.project.path == first and window.settings.get("recent_projects")[0] == str(first.resolve())
    window.close()
    assert second.conn is None
