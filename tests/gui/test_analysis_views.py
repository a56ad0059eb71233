"""The retrieval and matrix views on a Table 4-shaped project: queries built in the widgets,
filters, cell segments, evaluator overrides (undoable) and exports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from tyokyky_qda.analysis import compute_matrix, retrieve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
import analysis_builders as B  # noqa: E402

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def shot(widget, name: str) -> None:
    """Save a screenshot when TQDA_SCREENSHOTS is set (for looking at, not for asserting)."""
    if os.environ.get("TQDA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def t4(tk_project):
    info = B.build_table4_project(tk_project)
    return tk_project, info


def idle(qtbot, view):
    view.jobs.wait()
    qtbot.waitUntil(lambda: not view.jobs.busy() and not view._timer.isActive(), timeout=10000)
    view.jobs.wait()


@pytest.fixture
def retrieval(qtbot, t4):
    from tyokyky_qda.gui.analysis_retrieval import RetrievalView

    view = RetrievalView(t4[0])
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    idle(qtbot, view)
    yield view
    view.jobs.shutdown()


@pytest.fixture
def matrix(qtbot, t4):
    from tyokyky_qda.gui.analysis_matrix import MatrixView

    view = MatrixView(t4[0])
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    idle(qtbot, view)
    yield view
    view.jobs.shutdown()


def tree_item(view, name):
    it = QTreeWidgetItemIterator(view.codes)
    while it.value():
        if it.value().text(0).startswith(name):
            return it.value()
        it += 1
    raise AssertionError(name)


def test_retrieval_query_built_from_the_code_tree(qtbot, retrieval, t4):
    project, _ = t4
    assert retrieval.model.rowCount() == len(project.codings())  # no query: every segment
    view = retrieval
    view.query.clear()
    view.codes.setCurrentItem(tree_item(view, "T2 "))
    qtbot.mouseClick(view.op_buttons["OR"], Qt.MouseButton.LeftButton)
    view.codes.setCurrentItem(tree_item(view, "Suora vaikutus"))
    qtbot.mouseClick(view.op_buttons["AND"], Qt.MouseButton.LeftButton)
    idle(qtbot, view)
    assert view.query.text().startswith("[Tavoitteet/T2 ") and view.query.text().endswith(" AND [Vaikutukset/Suora vaikutus]")
    expected = retrieve(project, view.query.text())
    specs = [s for c in B.CELLS.values() for s in c.get("T2", [])]
    assert view.model.rowCount() == len(expected) == sum("S" in s for s in specs)
    assert view.model.index(0, 3).data() == "Haastateltava 1"  # speaker of the turn
    assert "segments in" in view.status.text()

    view.codes.setCurrentItem(tree_item(view, "Välillinen vaikutus"))
    qtbot.mouseClick(view.op_buttons["AND NOT"], Qt.MouseButton.LeftButton)
    idle(qtbot, view)
    assert view.model.rowCount() == len(retrieve(project, view.query.text())) == specs.count("S")


def test_retrieval_typed_query_filters_and_activation(qtbot, retrieval, t4):
    project, info = t4
    view = retrieval
    view.query.clear()
    qtbot.keyClicks(view.query, "[T1]")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    idle(qtbot, view)
    t1 = retrieve(project, "[T1]")
    assert view.model.rowCount() == len(t1)
    view.table.selectRow(0)
    assert view.preview.toPlainText().startswith("Haastattelu 1, Haastateltava 1")
    shot(view, "retrieval_view")

    view.filters["attribute"].setCurrentIndex(view.filters["attribute"].findData("Alue"))
    view.filters["value"].setCurrentText("Pohjois-Karjala")
    idle(qtbot, view)
    assert set(view.frame["source"]) == {"Haastattelu 2"}
    assert view.model.rowCount() == int((t1["source"] == "Haastattelu 2").sum())

    view.filters["kind"].setCurrentIndex(view.filters["kind"].findData("survey-answer"))
    idle(qtbot, view)
    assert view.model.rowCount() == 0 and "0 segments" in view.status.text()
    view.filters["kind"].setCurrentIndex(0)
    view.filters["attribute"].setCurrentIndex(0)
    idle(qtbot, view)

    with qtbot.waitSignal(view.segmentActivated) as blocker:
        view._activated(view.proxy.index(0, 4))
    row = view.model.row(view.proxy.mapToSource(view.proxy.index(0, 4)).row())
    assert blocker.args == [int(row["source_id"]), int(row["start"]), int(row["end"])]

    view.query.setText("[T1] AND (")
    view.run()
    idle(qtbot, view)
    assert "ends too early" in view.status.text() or "code query" in view.status.text()


def test_retrieval_export(qtbot, retrieval, tmp_path):
    view = retrieval
    view.query.setText("[T1]")
    view.run()
    idle(qtbot, view)
    out = tmp_path / "segmentit.xlsx"
    view.ask_save_path = lambda *a, **k: str(out)
    assert view.export() == str(out)
    idle(qtbot, view)
    sheets = pd.read_excel(out, sheet_name=None)
    rows = sum(len(df) for name, df in sheets.items() if "Koodi" in df.columns or len(df.columns) > 3)
    assert rows >= view.model.rowCount()


def goal_column(table, goal):
    return next(c for c in table.columns if c.startswith(goal + " "))


def test_matrix_default_is_table4_and_cells_list_their_segments(qtbot, matrix, t4):
    project, _ = t4
    view = matrix
    assert view.rows.spec() == "group:Toimenpiteet" and view.cols.spec() == "group:Tavoitteet"
    assert view.cell.currentData() == "effect" and view.model.grouped
    table = view.result.table
    for measure in B.MEASURES:
        for goal in B.GOALS:
            r = list(table.index).index(measure)
            c = list(table.columns).index(goal_column(table, goal)) + view.model.offset
            assert view.model.index(r, c).data() == B.expected_effect(B.CELLS[measure].get(goal, []))
    assert view.model.index(0, 0).data() == list(B.GROUPS)[0] and view.model.index(1, 0).data() == ""

    view.select_cell("Työkykykoordinaattorit", goal_column(table, "T2"))
    idle(qtbot, view)
    assert view.segments.rowCount() == 2
    assert [view.segments.row(i)["effect"] for i in range(2)] == [B.DIRECT, B.INDIRECT]
    assert "2 segments" in view.cell_title.text()
    with qtbot.waitSignal(view.segmentActivated) as blocker:
        view._segment_activated(view.segments.index(0, 0))
    first = view.segments.row(0)
    assert blocker.args == [int(first["source_id"]), int(first["start"]), int(first["end"])]
    shot(view, "matrix_view")


def test_matrix_override_is_stored_marked_and_undoable(qtbot, matrix, t4):
    project, _ = t4
    view = matrix
    col = goal_column(view.result.table, "T6")
    view.select_cell("Työkanava Oy", col)
    idle(qtbot, view)
    assert view.judgement.currentText() == ""
    view.judgement.setCurrentText(B.INDIRECT)
    view.memo.setPlainText("Haastatteluissa mainitaan epäsuora vaikutus.")
    qtbot.mouseClick(view.override_button, Qt.MouseButton.LeftButton)
    idle(qtbot, view)
    stored = project.matrix_overrides(view.result.matrix_key)
    assert [(o["value"], o["memo"]) for o in stored] == [(B.INDIRECT, "Haastatteluissa mainitaan epäsuora vaikutus.")]
    index = view.table.currentIndex()
    assert index.data() == B.INDIRECT + " *" and view.clear_button.isEnabled()
    assert "judgement" in view.status.text()
    shot(view, "matrix_view_override")

    view.stack.undo()
    idle(qtbot, view)
    assert project.matrix_overrides() == []
    assert view.table.currentIndex().data() == ""
    view.stack.redo()
    idle(qtbot, view)
    assert len(project.matrix_overrides()) == 1
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    idle(qtbot, view)
    assert project.matrix_overrides() == []


def test_matrix_other_axes_and_cells(qtbot, matrix, t4):
    project, _ = t4
    view = matrix
    view.cell.setCurrentIndex(view.cell.findData("segments"))
    idle(qtbot, view)
    expected = compute_matrix(project, cell="segments").table
    assert view.result.table.equals(expected)
    r = list(expected.index).index("TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit")
    assert view.model.index(r, 2 + list(expected.columns).index(goal_column(expected, "T1"))).data() == "2"
    assert not view.effect_group.isEnabled()

    view.rows.set_spec("attribute:Alue")
    view.cell.setCurrentIndex(view.cell.findData("percent-row"))
    idle(qtbot, view)
    assert list(view.result.table.index) == ["Pirkanmaa", "Pohjois-Karjala", "Varsinais-Suomi"]
    assert not view.model.grouped and view.model.index(0, 0).data() == "Pirkanmaa"
    assert view.model.index(0, 1).data().endswith("\u00a0%")  # a no-break space keeps the sign with its number
    view.rows.set_spec("coder")
    view.cell.setCurrentIndex(view.cell.findData("presence"))
    idle(qtbot, view)
    assert list(view.result.table.index) == ["tester"]
    assert view.model.index(0, 1).data() == "✓"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".docx", ".pdf"])
def test_matrix_export(qtbot, matrix, tmp_path, suffix):
    view = matrix
    out = tmp_path / f"matriisi{suffix}"
    view.ask_save_path = lambda *a, **k: str(out)
    assert view.export() == str(out)
    idle(qtbot, view)
    assert out.exists() and out.stat().st_size > 0
    if suffix == ".csv":
        frame = pd.read_csv(out, encoding="utf-8-sig")
        assert "Työkykykoordinaattorit" in set(frame.iloc[:, 0])
