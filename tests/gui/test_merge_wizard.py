"""The merge wizard: pick their project, review and edit the plan, merge, check our project."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.store import Project

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TEXTS = {
    "H01": "Haastattelija: Miten työkykykoordinaattori auttoi?\nLiisa: Hän tunnisti tuen tarpeen ajoissa "
           "ja ohjasi minut kuntoutukseen. Työnantaja sai tukea rekrytointiin.",
    "H02": "Haastattelija: Mikä ei toiminut?\nPekka: Tieto ei kulkenut hallinnonalojen välillä, ja "
           "palvelupolku katkesi monta kertaa.",
}


def shot(widget, name: str) -> None:
    """Save a screenshot when TQDA_SCREENSHOTS is set (for looking at, not for asserting)."""
    if os.environ.get("TQDA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def build(path, coder, names, codings, texts=TEXTS):
    p = Project.create(path, codebook="empty", coder=coder)
    root = p.add_code("Toimenpiteet").id
    ids = {n: p.add_code(n, root, description=f"Koodi {n.lower()} ja sen kuvaus").id for n in names}
    sources = {name: p.add_source(Source(name=name, text=text, kind="transcript"),
                                  [Section(0, text.index("\n"), "turn", speaker="Haastattelija")]).id
               for name, text in texts.items()}
    for src, code, start, end in codings:
        p.add_coding(sources[src], ids[code], start, end, coder=coder)
    return p


@pytest.fixture
def ours(tmp_path):
    p = build(tmp_path / "a.tqda", "Aino",
              ["Työkykykoordinaattorit", "Tuetun työllistämisen menetelmät", "Hankinnoilla työllistäminen"],
              [("H01", "Työkykykoordinaattorit", 50, 90), ("H02", "Hankinnoilla työllistäminen", 35, 60)])
    yield p
    p.close()


@pytest.fixture
def theirs(tmp_path):
    texts = dict(TEXTS, H03="Haastattelija: Kuka auttoi?\nMaija: Työkykykoordinaattori auttoi minua.")
    p = build(tmp_path / "b.tqda", "Ville",
              ["työkyky-koordinaattori", "Tuetun tyollistamisen menetelmät", "HANKINNOILLA TYÖLLISTÄMINEN",
               "Aivan uusi koodi"],
              [("H01", "työkyky-koordinaattori", 50, 90), ("H01", "Aivan uusi koodi", 0, 10),
               ("H02", "HANKINNOILLA TYÖLLISTÄMINEN", 35, 70), ("H03", "Aivan uusi koodi", 27, 40)], texts)
    path = p.path
    p.close()
    return path


def open_plan(qtbot, ours, theirs):
    from tyokyky_qda.gui.merge_wizard import MergeWizard

    wizard = MergeWizard(ours, other_path=str(theirs))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    return wizard


def row_of(model, name):
    return next(i for i, m in enumerate(model.matches) if m.other_path.endswith("/" + name))


def test_plan_shows_matches_and_merge_applies_reviewed_decisions(qtbot, ours, theirs):
    wizard = open_plan(qtbot, ours, theirs)
    page = wizard.plan_page
    codes, sources = page.codes, page.sources
    assert codes.rowCount() == 5 and sources.rowCount() == 3
    fuzzy = row_of(codes, "työkyky-koordinaattori")
    assert codes.matches[fuzzy].method == "fuzzy"
    assert codes.index(fuzzy, 1).data() == "Toimenpiteet/Työkykykoordinaattorit"
    assert codes.index(fuzzy, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "new" in {m.method for m in sources.matches} and "hash" in {m.method for m in sources.matches}
    shot(wizard, "merge_wizard_plan")

    # Reject "Tuetun tyollistamisen menetelmät" (added as new instead): Space toggles its check box.
    rejected = row_of(codes, "Tuetun tyollistamisen menetelmät")
    view = page.code_view
    view.setFocus()
    view.setCurrentIndex(codes.index(rejected, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert codes.matches[rejected].decision == "reject"

    # Re-map "Aivan uusi koodi" onto our "Hankinnoilla työllistäminen" through the combo editor.
    remap = row_of(codes, "Aivan uusi koodi")
    target = next(c.id for c in ours.codes() if c.name == "Hankinnoilla työllistäminen")
    index = codes.index(remap, 1)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox) and combo.count() == len(ours.codes()) + 1
    combo.setCurrentIndex(combo.findData(target))
    view.commitData(combo)
    view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    assert codes.matches[remap].target == target and codes.matches[remap].method == "manual"

    # A new threshold re-plans; the user's decisions survive it.
    page.threshold.setValue(99)
    page.replan()
    qtbot.waitUntil(lambda: wizard.plan is not None and page.isComplete(), timeout=10000)
    assert codes.matches[row_of(codes, "työkyky-koordinaattori")].method == "new"  # fuzzy match gone at 99
    assert codes.matches[row_of(codes, "Aivan uusi koodi")].target == target
    assert codes.matches[row_of(codes, "Tuetun tyollistamisen menetelmät")].decision == "reject"
    page.threshold.setValue(85)
    page.replan()
    qtbot.waitUntil(lambda: wizard.plan is not None and page.isComplete(), timeout=10000)

    with qtbot.waitSignal(wizard.merged, timeout=20000) as blocker:
        wizard.next()
    changes = blocker.args[0]
    qtbot.waitUntil(lambda: wizard.result_page.isComplete())
    shot(wizard, "merge_wizard_result")
    assert changes.info["codings_added"] == 4 and changes.info["codings_unplaced"] == 0
    assert "Codings added: 4" in wizard.result_page.result.text()

    names = sorted(c.name for c in ours.codes())
    # Matched: the fuzzy and the path match; rejected: added as new; re-mapped: no new code.
    assert names == sorted(["Toimenpiteet", "Työkykykoordinaattorit", "Tuetun työllistämisen menetelmät",
                            "Hankinnoilla työllistäminen", "Tuetun tyollistamisen menetelmät"])
    assert len(ours.sources()) == 3
    ville = ours.codings(coder="Ville")
    assert len(ville) == 4
    assert sum(1 for c in ville if c.code_id == target) == 3  # 1 path match + 2 re-mapped codings
    wizard.accept()
    assert wizard.other is None


def test_pick_page_refuses_this_project_and_missing_files(qtbot, ours, tmp_path):
    from tyokyky_qda.gui.merge_wizard import MergeWizard

    wizard = MergeWizard(ours, other_path=str(ours.path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.pick_page
    assert "this project" in wizard.pick_page.info.text()
    wizard.pick_page.path.setText(str(tmp_path / "nothing.tqda"))
    wizard.next()
    assert wizard.currentPage() is wizard.pick_page and "No such file" in wizard.pick_page.info.text()
    shot(wizard, "merge_wizard_pick")
    wizard.reject()


def test_cancelled_wizard_writes_nothing(qtbot, ours, theirs):
    wizard = open_plan(qtbot, ours, theirs)
    before = (len(ours.codes()), len(ours.codings()), len(ours.sources()))
    wizard.reject()
    assert (len(ours.codes()), len(ours.codings()), len(ours.sources())) == before


def test_merge_cancelled_from_the_progress_strip_writes_nothing(qtbot, ours, theirs):
    import threading

    from tyokyky_qda.gui.merge_wizard import MERGE_KEY

    wizard = open_plan(qtbot, ours, theirs)
    before = (len(ours.codes()), len(ours.codings()), len(ours.sources()))
    gate = threading.Event()
    wizard.jobs.ops.tasks.run(lambda state: gate.wait(10))  # hold the worker so the merge waits in line
    wizard.next()
    assert wizard.jobs.busy(MERGE_KEY) and wizard.result_page.strip.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.result_page.strip.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=10000)
    assert "Cancelled" in wizard.result_page.result.text()
    assert wizard.changes is None
    assert (len(ours.codes()), len(ours.codings()), len(ours.sources())) == before
    wizard.accept()
