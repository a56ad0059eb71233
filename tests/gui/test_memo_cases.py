"""Memos, cases and typed attributes through their panels; read-only when the project is in use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tests.gui.conftest import code_id, settle
from tyokyky_qda.store import Project

pytestmark = pytest.mark.gui


def test_edit_a_memo_then_undo(window, tk_project, qtbot):
    memo = window.panels["memo"]
    assert memo.target == ("project", None)
    memo.editor.setFocus()
    qtbot.keyClicks(memo.editor, "Arvioinnin muistio")
    qtbot.waitUntil(lambda: not memo._dirty, timeout=5000)  # saved after the typing pause
    settle(window)
    assert tk_project.memo_for("project", None).text == "Arvioinnin muistio"
    qtbot.keyClicks(memo.editor, ", jatkuu")
    memo.save()
    settle(window)
    assert tk_project.memo_for("project", None).text == "Arvioinnin muistio, jatkuu"
    assert window.stack.count() == 1  # consecutive saves of one memo are one undo step
    window.undo()
    settle(window)
    assert tk_project.memo_for("project", None) is None
    assert memo.editor.toPlainText() == ""
    window.redo()
    settle(window)
    assert tk_project.memo_for("project", None).text == "Arvioinnin muistio, jatkuu"


def test_memo_on_a_code_follows_the_codebook(window, tk_project):
    t1 = code_id(tk_project, "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen")
    window.panels["codebook"].select_code(t1)
    memo = window.panels["memo"]
    memo.set_target("code", t1)
    memo.editor.setPlainText("Tunnistaminen: esimerkit")
    memo.save()
    settle(window)
    assert tk_project.memo_for("code", t1).text == "Tunnistaminen: esimerkit"
    assert "T1" in memo.target_box.currentText()


def test_cases_and_typed_attributes(window, tk_project, monkeypatch):
    window.docks["cases"].show()
    cases = window.panels["cases"]
    cases.add_case("Haastateltava 1")
    settle(window)
    cases.add_attribute("Ikä", "number")
    cases.add_attribute("Haastateltu", "date")
    cases.add_attribute("Työssä", "boolean")
    model = cases.model
    assert model.columnCount() == 4
    row = 0
    messages = []
    monkeypatch.setattr(cases, "status", messages.append)
    model.setData(model.index(row, 1), "ei numero")  # refused, nothing written
    assert messages and tk_project.attribute_table("case") == {}
    model.setData(model.index(row, 1), "47")
    model.setData(model.index(row, 2), QDate(2023, 3, 2))
    model.setData(model.index(row, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle(window)
    case_id = tk_project.cases()[0].id
    assert tk_project.attributes_of("case", case_id) == {"Ikä": 47, "Haastateltu": "2023-03-02", "Työssä": True}
    assert model.data(model.index(row, 3), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(model.index(row, 0), "H1")
    settle(window)
    assert tk_project.cases()[0].name == "H1"
    for _ in range(4):
        window.undo()
    settle(window)
    assert tk_project.attributes_of("case", case_id) == {} and tk_project.cases()[0].name == "Haastateltava 1"


def test_second_window_is_told_the_project_is_in_use(qtbot, tk_project, monkeypatch):
    from tyokyky_qda.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    questions = []
    monkeypatch.setattr(window.prompts, "confirm", lambda title, text: questions.append(text) or True)
    assert window.open_project_path(str(tk_project.path))  # tk_project holds the write lock
    assert "in use" in questions[0]
    assert window.project.readonly and window.ops.readonly
    assert not window.actions.a["in_vivo"].isEnabled()
    assert "read-only" in window.windowTitle()
    window.close()
    assert window.project is None
    with Project.open(tk_project.path, readonly=True) as again:
        assert again.stats()["codes"] > 0
