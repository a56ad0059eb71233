"""Coding through the real widgets: by key, by double-click, by drag, in vivo; undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import code_id, select_words, settle

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"
T2 = "Tavoitteet/T2 Yksilölliset ja oikea-aikaiset palvelut"


def test_code_by_selection_and_shortcut_then_undo_redo(window, tk_project, transcript_source, qtbot):
    window.open_source(transcript_source)
    t1 = code_id(tk_project, T1)
    window.panels["codebook"].assign_shortcut(t1, "1")
    settle(window)
    assert window.document.view.code_shortcuts == {"1": t1}
    start, end = select_words(window, " Tunnistimme osatyökykyisten tuen tarpeen ")
    window.document.view.setFocus()
    qtbot.keyClick(window.document.view, Qt.Key.Key_1)
    settle(window)
    codings = tk_project.codings(source_id=transcript_source)
    assert [(c.code_id, c.start, c.end, c.coder, c.origin) for c in codings] == [
        (t1, start + 1, end - 1, "tester", "manual")]  # edge spaces trimmed
    coding_id = codings[0].id
    assert coding_id in window.document.view.spans
    assert window.context.coding == coding_id

    window.undo()
    settle(window)
    assert tk_project.codings(source_id=transcript_source) == []
    assert coding_id not in window.document.view.spans
    window.redo()
    settle(window)
    assert [c.id for c in tk_project.codings(source_id=transcript_source)] == [coding_id]
    assert coding_id in window.document.view.spans


def test_keypad_digit_and_no_selection(window, tk_project, transcript_source, qtbot):
    window.open_source(transcript_source)
    t1 = code_id(tk_project, T1)
    window.panels["codebook"].assign_shortcut(t1, "1")
    settle(window)
    qtbot.keyClick(window.document.view, Qt.Key.Key_1)  # nothing selected: nothing happens
    settle(window)
    assert tk_project.codings() == []
    select_words(window, "Yhteistyö parani selvästi.")
    qtbot.keyClick(window.document.view, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    settle(window)
    assert len(tk_project.codings()) == 1


def test_code_by_double_click_in_codebook(window, tk_project, transcript_source, qtbot):
    window.open_source(transcript_source)
    t2 = code_id(tk_project, T2)
    start, end = select_words(window, "ohjattiin oikea-aikaisesti palveluihin")
    codebook = window.panels["codebook"]
    index = codebook.proxy.index_of(t2)
    codebook.tree.scrollTo(index)
    rect = codebook.tree.visualRect(index)
    # A real double-click is press, release, double-click (Qt checks the pressed item).
    qtbot.mouseClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(window)
    assert [(c.code_id, c.start, c.end) for c in tk_project.codings()] == [(t2, start, end)]
    assert codebook.model.tree.entries[t2].count == 1  # the tree's count followed


def _drag_drop(target, mime, pos: QPoint) -> None:
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_code_by_dragging_a_code_onto_the_selection(window, tk_project, transcript_source):
    window.open_source(transcript_source)
    t2 = code_id(tk_project, T2)
    start, end = select_words(window, "Moniammatillinen työkyvyn tuen tiimi")
    codebook = window.panels["codebook"]
    mime = codebook.model.mimeData([codebook.model.index_of(t2)])
    view = window.document.view
    rect = view.visible().range_rects(start, end)[0]
    _drag_drop(view.viewport(), mime, rect.center().toPoint())
    settle(window)
    assert [(c.code_id, c.start, c.end) for c in tk_project.codings()] == [(t2, start, end)]
    assert view.selection_range() == (start, end)  # dragging over the text kept the selection
    elsewhere = view.visible().range_rects(view.map.to_utf16(0), view.map.to_utf16(5))[0].center().toPoint()
    _drag_drop(view.viewport(), mime, elsewhere)  # not on the selection: nothing is coded
    settle(window)
    assert len(tk_project.codings()) == 1
    window.undo()
    settle(window)
    assert tk_project.codings() == []
    window.redo()
    settle(window)
    assert len(tk_project.codings()) == 1


def test_in_vivo_code_then_undo_and_redo(window, tk_project, transcript_source):
    window.open_source(transcript_source)
    codes_before = len(tk_project.codes())
    start, end = select_words(window, "Rahoituksen jatkuvuus")
    window.actions.a["in_vivo"].trigger()
    settle(window)
    new = [c for c in tk_project.codes() if c.name == "Rahoituksen jatkuvuus"]
    assert len(new) == 1 and new[0].parent_id is None
    assert [(c.code_id, c.start, c.end) for c in tk_project.codings()] == [(new[0].id, start, end)]
    assert window.panels["codebook"].current_code() == new[0].id

    window.undo()  # one step removes both the coding and the code
    settle(window)
    assert len(tk_project.codes()) == codes_before
    assert tk_project.codings() == []
    window.redo()
    settle(window)
    assert [c.id for c in tk_project.codes() if c.name == "Rahoituksen jatkuvuus"] == [new[0].id]
    assert [c.code_id for c in tk_project.codings()] == [new[0].id]
    assert window.stack.count() == 1


def test_click_highlight_selects_then_remove_and_resize(window, tk_project, transcript_source, qtbot):
    text = tk_project.source_text(transcript_source)
    t1, t2 = code_id(tk_project, T1), code_id(tk_project, T2)
    s = text.index("Yhteistyö parani")
    outer = tk_project.add_coding(transcript_source, t1, s, s + 60).id
    inner = tk_project.add_coding(transcript_source, t2, s + 10, s + 20).id
    window.open_source(transcript_source)
    view = window.document.view
    point = view.visible().range_rects(view.map.to_utf16(s + 12), view.map.to_utf16(s + 13))[0].center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.context.coding == inner  # the innermost first
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.context.coding == outer  # clicking again cycles
    assert "T1 Työkyvyn" in window.panels["coding"].title.text()

    view.select_range(s, s + 30)
    window.actions.a["fit_coding"].trigger()
    settle(window)
    assert (tk_project.coding(outer).start, tk_project.coding(outer).end) == (s, s + 30)
    window.undo()
    settle(window)
    assert tk_project.coding(outer).end == s + 60

    window.actions.a["remove_coding"].trigger()
    settle(window)
    assert [c.id for c in tk_project.codings()] == [inner]
    window.undo()
    settle(window)
    assert sorted(c.id for c in tk_project.codings()) == sorted([outer, inner])
    assert outer in view.spans


def test_code_with_picker_by_keyboard(window, tk_project, transcript_source, monkeypatch):
    window.open_source(transcript_source)
    t2 = code_id(tk_project, T2)
    monkeypatch.setattr(window.prompts, "choose_code", lambda model, title, exclude=(): t2)
    select_words(window, "tiedonkulussa oli edelleen haasteita")
    window.actions.a["code_with"].trigger()
    settle(window)
    assert [c.code_id for c in tk_project.codings()] == [t2]


def test_tooltip_names_code_and_coder(window, tk_project, transcript_source):
    t1 = code_id(tk_project, T1)
    tk_project.add_coding(transcript_source, t1, 0, 30, coder="toinen")
    window.open_source(transcript_source)
    tip = window.document.view.tooltip_for(list(window.document.view.spans.overlapping(0, 1)[0].id for _ in [0]))
    assert "T1 Työkyvyn tuen tarpeen tunnistaminen" in tip and "toinen" in tip


def test_assigned_shortcut_with_modifiers(window, tk_project, transcript_source, qtbot):
    t2 = code_id(tk_project, T2)
    window.panels["codebook"].assign_shortcut(t2, "Ctrl+Alt+T")
    settle(window)
    select_words(window, "Yhteistyö parani selvästi.")
    qtbot.keyClick(window.document.view, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    settle(window)
    assert [c.code_id for c in tk_project.codings()] == [t2]
    window.panels["codebook"].assign_shortcut(code_id(tk_project, T1), "Ctrl+Alt+T")  # moves the key
    settle(window)
    assert tk_project.code_shortcuts() == {code_id(tk_project, T1): "Ctrl+Alt+T"}
    window.undo()  # one step gives the key back
    settle(window)
    assert tk_project.code_shortcuts() == {t2: "Ctrl+Alt+T"}


def test_partial_repaint_matches_a_full_repaint(window, tk_project, transcript_source, qtbot):
    """Applying, selecting and removing codings repaints only their lines; the screen must end
    up exactly as a full repaint draws it (no stale fills or outlines)."""
    from PySide6.QtWidgets import QApplication as App
    window.open_source(transcript_source)
    view = window.document.view
    t1, t2 = code_id(tk_project, T1), code_id(tk_project, T2)
    select_words(window, "Tunnistimme osatyökykyisten tuen tarpeen")
    window.coding.apply_code(t1)
    settle(window)
    select_words(window, "osatyökykyisten tuen tarpeen aiempaa aikaisemmin, ja asiakkaat")
    window.coding.apply_code(t2)
    settle(window)
    first = tk_project.codings()[0].id
    window.coding.select_coding(first)
    window.coding.remove_coding()
    settle(window)
    view.setTextCursor(view.textCursor())  # keep the selection as it is
    qtbot.wait(20)

    def screen():
        App.processEvents()
        return App.primaryScreen().grabWindow(window.winId()).toImage()

    partial = screen()
    view.viewport().update()
    view.bars.update()
    qtbot.wait(20)
    assert screen() == partial
