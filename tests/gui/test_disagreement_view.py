"""The disagreement review and the agreement panel, driven through their widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from tyokyky_qda.analysis.agreement import compute_agreement
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.team.disagreements import CONSENSUS_CODER

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TEXT = ("Haastattelija: Miten työkykykoordinaattori auttoi sinua?\n"
        "Liisa: Hän tunnisti tuen tarpeen ajoissa ja ohjasi minut kuntoutukseen. Työnantaja sai tukea "
        "rekrytointiin, ja se auttoi minua palaamaan töihin.\n"
        "Haastattelija: Mikä ei toiminut?\n"
        "Liisa: Tieto ei kulkenut hallinnonalojen välillä, ja palvelupolku katkesi monta kertaa. 🙂 "
        "Odotin päätöstä kolme kuukautta.\n")


def shot(widget, name: str) -> None:
    """Save a screenshot when TQDA_SCREENSHOTS is set (for looking at, not for asserting)."""
    if os.environ.get("TQDA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def coded(project):
    turns, pos = [], 0
    for line in TEXT.splitlines(keepends=True):
        turns.append(Section(pos, pos + len(line) - 1, "turn", speaker=line.split(":")[0]))
        pos += len(line)
    sid = project.add_source(Source(name="Haastattelu 1", text=TEXT, kind="transcript"), turns).id
    tuki = project.add_code("Tuen tarpeen tunnistaminen", color="#E69F00").id
    ongelma = project.add_code("Palvelupolun katkokset", color="#56B4E9").id
    both = span("Hän tunnisti tuen tarpeen ajoissa")
    project.add_coding(sid, tuki, *both, coder="Aino")
    project.add_coding(sid, tuki, *both, coder="Ville")                      # agreement: not listed
    project.add_coding(sid, ongelma, *span("Tieto ei kulkenut hallinnonalojen välillä, ja palvelupolku katkesi"),
                       coder="Aino")
    project.add_coding(sid, ongelma, *span("palvelupolku katkesi monta kertaa"), coder="Ville")  # boundary
    project.add_coding(sid, ongelma, *span("Odotin päätöstä kolme kuukautta"), coder="Ville")   # only B
    return project, sid, tuki, ongelma


@pytest.fixture
def view(qtbot, coded):
    from tyokyky_qda.gui.disagreement_view import DisagreementView

    project = coded[0]
    stack = QUndoStack()
    widget = DisagreementView(project, stack=stack)
    widget.undo_stack = stack
    qtbot.addWidget(widget)
    widget.resize(1200, 560)
    widget.show()
    qtbot.waitUntil(lambda: widget.review is not None and widget.current() is not None, timeout=10000)
    yield widget
    widget.jobs.wait()
    widget.jobs.shutdown()


def consensus(project):
    return [(c.start, c.end, c.origin) for c in project.codings(coder=CONSENSUS_CODER)]


def test_lists_disagreements_and_navigates_by_keyboard(qtbot, view, coded):
    project, sid, _tuki, ongelma = coded
    assert view.coders() == ("Aino", "Ville")
    assert view.source.currentText() == "Haastattelu 1 (2)"
    assert view.items.topLevelItemCount() == 2
    assert [view.items.topLevelItem(i).text(1) for i in range(2)] == ["boundaries", "only B"]
    first = view.current()
    assert first.code_id == ongelma and (first.start, first.end) == (
        span("Tieto ei kulkenut")[0], span("palvelupolku katkesi monta kertaa")[1])
    # A's side paints A's two codings plus the underline of the current stretch.
    assert len(view.text_a.extraSelections()) == 3 and len(view.text_b.extraSelections()) == 4
    assert "did not code" not in view.label_b.text()
    shot(view, "disagreement_view")

    view.items.setFocus()
    qtbot.keyClick(view.items, Qt.Key.Key_N)
    assert view.items.indexOfTopLevelItem(view.items.currentItem()) == 1
    assert "did not code" in view.label_a.text()
    qtbot.keyClick(view.items, Qt.Key.Key_P)
    assert view.items.indexOfTopLevelItem(view.items.currentItem()) == 0
    qtbot.keyClick(view.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.items.indexOfTopLevelItem(view.items.currentItem()) == 1

    with qtbot.waitSignal(view.segmentActivated) as blocker:
        view._activate(view.items.currentItem())
    assert blocker.args == [sid, *span("Odotin päätöstä kolme kuukautta")]


def test_keep_buttons_record_consensus_and_undo_removes_it(qtbot, view, coded):
    project = coded[0]
    a_range = span("Tieto ei kulkenut hallinnonalojen välillä, ja palvelupolku katkesi")
    with qtbot.waitSignal(view.resolved, timeout=10000):
        qtbot.mouseClick(view.buttons["a"], Qt.MouseButton.LeftButton)
    assert consensus(project) == [(*a_range, "consensus")]
    # The view moves on to the next undecided disagreement and marks the first one decided.
    qtbot.waitUntil(lambda: view.items.indexOfTopLevelItem(view.items.currentItem()) == 1, timeout=10000)
    assert view.items.topLevelItem(0).text(2) == "keep A"

    with qtbot.waitSignal(view.resolved, timeout=10000):
        qtbot.mouseClick(view.buttons["both"], Qt.MouseButton.LeftButton)
    assert consensus(project) == [(*a_range, "consensus"), (*span("Odotin päätöstä kolme kuukautta"), "consensus")]
    view.jobs.wait()
    qtbot.waitUntil(lambda: "2 decided" in view.status.text(), timeout=10000)

    view.undo_stack.undo()
    view.jobs.wait()
    assert consensus(project) == [(*a_range, "consensus")]
    view.undo_stack.redo()
    view.jobs.wait()
    assert len(consensus(project)) == 2


def test_agreement_panel_computes_per_code_and_exports(qtbot, view, coded, tmp_path):
    project, _sid, tuki, ongelma = coded
    panel = view.agreement
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    assert panel.chosen_coders() == ["Aino", "Ville"]
    expected = compute_agreement(project, ["Aino", "Ville"], "character")
    model = panel.model
    assert model.rowCount() == 3  # overall + two codes
    assert model.value(0, 3) == pytest.approx(expected["overall"]["percent"])
    by_path = {model.value(r, 0): r for r in range(1, 3)}
    row = by_path["Palvelupolun katkokset"]
    code = next(c for c in expected["codes"] if c["code"] == ongelma)
    assert model.value(row, 4) == pytest.approx(code["kappa"]) and model.value(row, 5) == pytest.approx(code["alpha"])
    assert model.index(by_path["Tuen tarpeen tunnistaminen"], 4).data() == "1.000"
    assert panel.warnings.isVisible()  # codes cover little of the text
    shot(view, "agreement_panel")

    panel.set_unit("segment")
    qtbot.waitUntil(lambda: panel.result is not None and panel.result["unit"] == "segment", timeout=10000)
    assert model.value(0, 1) == compute_agreement(project, ["Aino", "Ville"], "segment")["overall"]["units"]

    out = tmp_path / "yhtapitavyys.xlsx"
    panel.ask_save_path = lambda *a, **k: str(out)
    panel.export()
    qtbot.waitUntil(out.exists, timeout=10000)
    view.jobs.wait()
    frame = pd.read_excel(out)
    assert "Cohenin kappa" in frame.columns and "Palvelupolun katkokset" in set(frame["Koodi"])

    panel.set_coders(["Aino"])
    panel.compute()
    assert "at least two" in panel.info.text() and not panel.export_button.isEnabled()


def test_same_coder_on_both_sides_is_refused(qtbot, view):
    view.coder_b.setCurrentIndex(0)
    assert view.review is None and "two different coders" in view.status.text()
    assert not view.buttons["a"].isEnabled()
