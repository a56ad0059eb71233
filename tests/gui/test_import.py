"""Importing in the worker: progress, undo/redo of the whole batch, files dropped on the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle
from tyokyky_qda.gui.import_controller import run_import

pytestmark = pytest.mark.gui


def test_import_a_transcript_then_undo_and_redo(bare_window, tk_project, transcript_file, qtbot):
    window = bare_window
    progress = []
    window.tasks.progress.connect(lambda f, m: progress.append(f))
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as blocker:
        assert window.import_paths([str(transcript_file)])
    outcome = blocker.args[0]
    settle(window)
    sources = tk_project.sources()
    assert [s.name for s in sources] == ["haastattelu_2"]
    assert outcome.source_ids == [sources[0].id]
    assert "Työkykyohjelmassa" in tk_project.source_text(sources[0].id)
    assert window.document.source_id == sources[0].id  # the first import opens
    assert window.panels["sources"].model.records[0].name == "haastattelu_2"
    assert progress and progress[-1] == 1.0

    window.undo()
    settle(window)
    assert tk_project.sources() == []
    assert window.document.source_id is None
    window.redo()
    settle(window)
    assert [s.id for s in tk_project.sources()] == outcome.source_ids


def test_dropping_files_on_the_window_imports_them(bare_window, tk_project, transcript_file, qtbot):
    window = bare_window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(transcript_file))])
    pos = window.rect().center()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        QApplication.sendEvent(window, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    settle(window)
    assert len(tk_project.sources()) == 1


def test_cancelled_import_keeps_what_got_in(tk_project, tmp_path):
    files = []
    for i in range(3):
        path = tmp_path / f"f{i}.txt"
        path.write_text(f"teksti numero {i}", encoding="utf-8")
        files.append(str(path))
    calls = []

    def cancel():
        calls.append(1)
        return len(tk_project.sources()) >= 1  # stop after the first file is in

    outcome = run_import(tk_project, files, cancel=cancel)
    assert outcome.cancelled
    assert outcome.source_ids == [s.id for s in tk_project.sources()]
    assert 1 <= len(outcome.source_ids) < 3


def test_failed_file_is_reported(bare_window, tk_project, tmp_path, qtbot):
    window = bare_window
    bad = tmp_path / "puuttuu.txt"
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as blocker:
        window.import_paths([str(bad)])
    settle(window)
    assert blocker.args[0].failed and tk_project.sources() == []
    assert window.stack.count() == 0  # nothing imported, nothing to undo
