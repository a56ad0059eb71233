"""The pseudonymisation review view, driven through its widgets (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tyokyky_qda.core.model import Source
from tyokyky_qda.pseudo import apply, review, storage

pytestmark = pytest.mark.gui

TEXT = ("Haastattelija: Miten Virtasen kanssa meni?\n"
        "Liisa Korhonen: Hyvin. Matti Virtanen soitti numerosta 040 123 4567. Virtaselle kiitos. 🙂\n")


@pytest.fixture
def view(qtbot, project, monkeypatch):
    monkeypatch.setenv("TYOKYKY_NLP_TIER", "fallback")
    from tyokyky_qda.gui.pseudo_review import PseudoReviewWidget

    project.add_source(Source(name="H1", text=TEXT))
    code = project.add_code("Yhteistyö").id
    start = TEXT.index("Hyvin.")
    project.add_coding(1, code, start, start + len("Hyvin. Matti Virtanen soitti"))
    w = PseudoReviewWidget(project, confirm=lambda question: True)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _entity_item(w, text):
    for i in range(w.tree.topLevelItemCount()):
        item = w.tree.topLevelItem(i)
        if any(item.child(k).text(0) == text for k in range(item.childCount())):
            return item
    raise AssertionError(text)


def _finding_item(w, text):
    item = _entity_item(w, text)
    return next(item.child(k) for k in range(item.childCount()) if item.child(k).text(0) == text)


def test_detect_lists_findings_by_entity_in_context(view, qtbot):
    seen = []
    view.changed.connect(seen.append)
    assert view.tree.topLevelItemCount() == 0
    qtbot.mouseClick(view.detect_button, Qt.MouseButton.LeftButton)
    assert seen and view.tree.topLevelItemCount() == 3  # Virtanen, Liisa Korhonen, the phone number
    virtanen = _entity_item(view, "Matti Virtanen")
    assert virtanen.childCount() == 3 and virtanen.text(1) == "[Henkilö 1]"
    child = _finding_item(view, "Matti Virtanen")
    assert "[Matti Virtanen] soitti" in child.text(4) and child.text(3) == "H1"
    view.tree.setCurrentItem(child)
    assert "Matti Virtanen" in view.context_view.toPlainText()
    assert view.replacement_edit.text() == "[Henkilö 1]"


def test_accept_reject_merge_replacement_undo_and_apply(view, qtbot):
    qtbot.mouseClick(view.detect_button, Qt.MouseButton.LeftButton)
    view.tree.setCurrentItem(_entity_item(view, "Matti Virtanen"))
    qtbot.mouseClick(view.buttons["accept"], Qt.MouseButton.LeftButton)
    assert {f.status for f in review.list_findings(view.project) if "Virta" in f.text} == {"accepted"}

    view.tree.setCurrentItem(_finding_item(view, "Virtaselle"))
    qtbot.mouseClick(view.buttons["reject"], Qt.MouseButton.LeftButton)
    assert {f.text: f.status for f in review.list_findings(view.project)}["Virtaselle"] == "rejected"
    qtbot.mouseClick(view.buttons["undo"], Qt.MouseButton.LeftButton)
    assert {f.text: f.status for f in review.list_findings(view.project)}["Virtaselle"] == "accepted"

    view.tree.setCurrentItem(_entity_item(view, "Liisa Korhonen"))
    view.replacement_edit.clear()
    qtbot.keyClicks(view.replacement_edit, "Haastateltava A")
    qtbot.mouseClick(view.buttons["replace"], Qt.MouseButton.LeftButton)
    assert _entity_item(view, "Liisa Korhonen").text(1) == "Haastateltava A"

    # Merge: select two entities, the first selected one stays.
    view.tree.clearSelection()
    _entity_item(view, "Matti Virtanen").setSelected(True)
    _entity_item(view, "Liisa Korhonen").setSelected(True)
    qtbot.mouseClick(view.buttons["merge"], Qt.MouseButton.LeftButton)
    assert len({f.entity_id for f in review.list_findings(view.project, category="person")}) == 1
    qtbot.mouseClick(view.buttons["undo"], Qt.MouseButton.LeftButton)
    assert len({f.entity_id for f in review.list_findings(view.project, category="person")}) == 2

    qtbot.mouseClick(view.buttons["accept_all"], Qt.MouseButton.LeftButton)
    applied = []
    view.applied.connect(applied.append)
    qtbot.mouseClick(view.buttons["apply"], Qt.MouseButton.LeftButton)
    text = view.project.source_text(1)
    assert applied and "Virtanen" not in text and "Haastateltava A: Hyvin." in text
    coding = view.project.codings(source_id=1)[0]
    assert text[coding.start:coding.end] == "Hyvin. [Henkilö 1] soitti"
    assert "applied" in view.message.text()
    qtbot.mouseClick(view.buttons["undo"], Qt.MouseButton.LeftButton)
    assert view.project.source_text(1) == TEXT


def test_filters_split_and_a_host_writer(qtbot, project, monkeypatch):
    monkeypatch.setenv("TYOKYKY_NLP_TIER", "fallback")
    from tyokyky_qda.gui.pseudo_review import PseudoReviewWidget

    project.add_source(Source(name="H1", text=TEXT))
    calls = []

    def writer(fn, done):
        calls.append(fn)
        done(fn(project))

    def runner(fn, done):
        done(fn(project, None, None))

    w = PseudoReviewWidget(project, writer=writer, runner=runner, confirm=lambda q: False)
    qtbot.addWidget(w)
    w.category_boxes["person"].setChecked(False)
    w.detect()
    assert [r.category for r in w.rows] == ["phone"]
    w.category_boxes["person"].setChecked(True)
    w.detect()
    w.tree.setCurrentItem(_finding_item(w, "Virtaselle"))
    w.split()
    assert _entity_item(w, "Virtaselle").childCount() == 1 and calls
    w.search.setText("040")
    assert w.tree.topLevelItemCount() == 1
    w.search.clear()
    w.status_filter.setCurrentIndex(w.status_filter.findData("accepted"))
    assert w.tree.topLevelItemCount() == 0
    w.apply_irreversibly()  # the confirm hook says no
    assert project.source_text(1) == TEXT and storage.counts(project).get("applied", 0) == 0
    assert apply.export_full_text(project, 1)[0] == TEXT  # nothing accepted yet


def test_memo_findings_are_listed_with_their_memo_and_context(view, qtbot):
    memo = view.project.add_memo("Sovittiin, että Virtaselle soitetaan uudelleen.", "source", 1).id
    view.project.add_memo("Liisa Korhosen yhteystiedot tarkistettava.", "project", title="Muistettavaa")
    qtbot.mouseClick(view.detect_button, Qt.MouseButton.LeftButton)
    virtanen = _entity_item(view, "Matti Virtanen")
    places = [virtanen.child(k).text(3) for k in range(virtanen.childCount())]
    assert places == ["H1", "H1", "H1", "Memo on source H1"]
    in_memo = virtanen.child(3)
    assert in_memo.text(1) == "[Henkilö 1]" and "että [Virtaselle] soitetaan" in in_memo.text(4)
    view.tree.setCurrentItem(in_memo)
    assert view.context_view.toPlainText().startswith("Sovittiin, että Virtaselle")
    korhonen = _entity_item(view, "Liisa Korhonen")
    assert korhonen.child(korhonen.childCount() - 1).text(3) == "Memo: Muistettavaa"
    view.tree.setCurrentItem(in_memo)
    qtbot.mouseClick(view.buttons["accept"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.buttons["apply"], Qt.MouseButton.LeftButton)
    assert next(m.text for m in view.project.memos() if m.id == memo) == \
        "Sovittiin, että [Henkilö 1] soitetaan uudelleen."
    virtanen = _entity_item(view, "Matti Virtanen")
    in_memo = virtanen.child(virtanen.childCount() - 1)
    assert (in_memo.text(2), in_memo.text(3), in_memo.text(4)) == ("applied", "Memo on source H1", "…[[Henkilö 1]]…")
