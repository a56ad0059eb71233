"""Editing a source's text in the view: codings stay on their words; undo restores text and ranges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import code_id, settle

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"


def test_typing_moves_codings_with_their_words(window, tk_project, transcript_source, qtbot):
    text = tk_project.source_text(transcript_source)
    words = "Moniammatillinen työkyvyn tuen tiimi"
    s = text.index(words)
    coding = tk_project.add_coding(transcript_source, code_id(tk_project, T1), s, s + len(words)).id
    window.open_source(transcript_source)
    view = window.document.view
    window.actions.a["edit_text"].setChecked(True)
    assert not view.isReadOnly()
    cursor = view.textCursor()
    cursor.setPosition(text.index("Yhteistyö parani"))
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.keyClicks(view, "Aivan! ")
    shift = len("Aivan! ")
    span = view.spans.get(coding)  # the highlight moved at once, before anything was stored
    assert (span.start, span.end) == (s + shift, s + shift + len(words))
    window.actions.a["edit_text"].setChecked(False)  # leaving edit mode writes the edit
    settle(window)
    assert view.isReadOnly()
    new_text = tk_project.source_text(transcript_source)
    assert "Aivan! Yhteistyö parani" in new_text
    c = tk_project.coding(coding)
    assert new_text[c.start:c.end] == words

    window.undo()
    settle(window)
    assert tk_project.source_text(transcript_source) == text
    c = tk_project.coding(coding)
    assert (c.start, c.end) == (s, s + len(words))
    assert view.toPlainText() == text
    window.redo()
    settle(window)
    assert tk_project.source_text(transcript_source) == new_text


def test_edits_in_two_places_are_two_steps(window, tk_project, transcript_source, qtbot):
    text = tk_project.source_text(transcript_source)
    window.open_source(transcript_source)
    view = window.document.view
    window.set_text_editing(True)
    for anchor, insert in (("Rahoituksen", "X"), ("Toimin", "Y")):
        cursor = view.textCursor()
        cursor.setPosition(view.toPlainText().index(anchor))
        view.setTextCursor(cursor)
        qtbot.keyClicks(view, insert)
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    window.set_text_editing(False)
    settle(window)
    stored = tk_project.source_text(transcript_source)
    assert "XRahoituksen" in stored and "YToimin" in stored and stored.endswith(text[-2])
    assert window.stack.count() == 3
    for _ in range(3):
        window.undo()
    settle(window)
    assert tk_project.source_text(transcript_source) == text


def test_crlf_text_keeps_offsets(window, tk_project):
    from tyokyky_qda.core.model import Source
    text = "Rivi yksi\r\nRivi kaksi 😀 ja emoji\r\nKolmas"
    sid = tk_project.add_source(Source(name="crlf", text=text)).id
    t1 = code_id(tk_project, T1)
    s = text.index("kaksi")
    tk_project.add_coding(sid, t1, s, text.index("Kolmas") + 6)
    window.open_source(sid)
    view = window.document.view
    assert view.document().characterCount() - 1 == len(text) + 1  # one emoji = two UTF-16 units
    view.select_range(text.index("ja"), text.index("emoji") + 5)
    assert view.selection_range() == (text.index("ja"), text.index("emoji") + 5)
    span = next(iter(view.spans))
    assert view.map.from_utf16(span.end) == len(text)
