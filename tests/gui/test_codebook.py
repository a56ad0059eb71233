"""The codebook tree: create, rename, recolour, move by drop, merge, delete with confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import code_id, settle

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"
T2 = "Tavoitteet/T2 Yksilölliset ja oikea-aikaiset palvelut"


def test_merge_two_codes_then_undo_and_redo(window, tk_project, transcript_source, monkeypatch):
    t1, t2 = code_id(tk_project, T1), code_id(tk_project, T2)
    a = tk_project.add_coding(transcript_source, t1, 0, 20).id
    b = tk_project.add_coding(transcript_source, t2, 30, 50).id
    dup_t1 = tk_project.add_coding(transcript_source, t1, 60, 80).id
    tk_project.add_coding(transcript_source, t2, 60, 80)  # same words: collapses in the merge
    tk_project.set_memo_text("code", t1, "T1:n muistio")
    window.panels["codebook"].model.reload()
    window.open_source(transcript_source)
    codebook = window.panels["codebook"]
    codebook.select_code(t1)
    monkeypatch.setattr(window.prompts, "choose_code", lambda model, title, exclude=(): t2)
    codebook.actions_by_name["merge"].trigger()
    settle(window)
    assert t1 not in {c.id for c in tk_project.codes()}
    assert {c.id for c in tk_project.codings(code_id=t2)} >= {a, b}
    assert dup_t1 not in {c.id for c in tk_project.codings()}
    assert tk_project.memo_for("code", t2).text == "T1:n muistio"
    assert t1 not in codebook.model.tree.entries
    assert codebook.current_code() == t2
    assert {s.code_id for s in window.document.view.spans} == {t2}

    window.undo()
    settle(window)
    assert t1 in {c.id for c in tk_project.codes()}
    assert sorted(c.id for c in tk_project.codings(code_id=t1)) == sorted([a, dup_t1])
    assert tk_project.memo_for("code", t1).text == "T1:n muistio"
    assert codebook.model.tree.entries[t1].count == 2
    window.redo()
    settle(window)
    assert t1 not in {c.id for c in tk_project.codes()}


def test_delete_asks_with_the_number_of_codings(window, tk_project, transcript_source, monkeypatch):
    t1 = code_id(tk_project, T1)
    tk_project.add_coding(transcript_source, t1, 0, 20)
    tk_project.add_coding(transcript_source, t1, 30, 40)
    codebook = window.panels["codebook"]
    codebook.model.reload()
    codebook.select_code(t1)
    asked = []
    monkeypatch.setattr(window.prompts, "confirm", lambda title, text: asked.append(text) or False)
    codebook.delete_current()
    settle(window)
    assert "2 codings" in asked[0] and t1 in {c.id for c in tk_project.codes()}  # said no
    monkeypatch.setattr(window.prompts, "confirm", lambda title, text: True)
    codebook.delete_current()
    settle(window)
    assert t1 not in {c.id for c in tk_project.codes()} and tk_project.codings() == []
    window.undo()
    settle(window)
    assert len(tk_project.codings(code_id=t1)) == 2


def test_create_rename_recolour_and_undo(window, tk_project, monkeypatch):
    codebook = window.panels["codebook"]
    monkeypatch.setattr(window.prompts, "ask_text", lambda *a, **k: "Uusi koodi")
    codebook.actions_by_name["new"].trigger()
    settle(window)
    new = [c for c in tk_project.codes() if c.name == "Uusi koodi"][0]
    assert codebook.current_code() == new.id
    index = codebook.proxy.index_of(new.id)
    assert codebook.proxy.setData(index, "Nimetty uudelleen", Qt.ItemDataRole.EditRole)
    settle(window)
    assert tk_project.code(new.id).name == "Nimetty uudelleen"
    monkeypatch.setattr(window.prompts, "choose_colour", lambda initial, title: "#123456")
    codebook.recolour_current()
    settle(window)
    assert tk_project.code(new.id).color == "#123456"
    window.undo()
    window.undo()
    settle(window)
    assert tk_project.code(new.id).name == "Uusi koodi" and tk_project.code(new.id).color != "#123456"
    window.undo()
    settle(window)
    assert new.id not in {c.id for c in tk_project.codes()}


def test_move_by_drop_and_keyboard(window, tk_project):
    codebook = window.panels["codebook"]
    t1, t2 = code_id(tk_project, T1), code_id(tk_project, T2)
    mime = codebook.model.mimeData([codebook.model.index_of(t1)])
    target = codebook.model.index_of(t2)
    # Dropped onto T2: becomes its child. dropMimeData returns False so Qt removes nothing itself.
    assert not codebook.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    settle(window)
    assert tk_project.code(t1).parent_id == t2
    window.undo()
    settle(window)
    parent = tk_project.code(t2).parent_id
    assert tk_project.code(t1).parent_id == parent
    assert [c.id for c in tk_project.children_of(parent)][:2] == [t1, t2]
    codebook.select_code(t1)
    codebook.actions_by_name["down"].trigger()
    settle(window)
    assert [c.id for c in tk_project.children_of(parent)][:2] == [t2, t1]


def test_filter_box_and_counts(window, tk_project, transcript_source):
    codebook = window.panels["codebook"]
    codebook.filter.setText("kuntoutus")
    visible = []

    def walk(parent):
        for row in range(codebook.proxy.rowCount(parent)):
            index = codebook.proxy.index(row, 0, parent)
            visible.append(codebook.proxy.code_id(index))
            walk(index)
    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    paths = {tk_project.code_path(cid) for cid in visible}
    assert "Tavoitteet/T6 Kuntoutuspolut ja kuntoutuspalvelut" in paths
    assert "Tavoitteet" in paths  # parents of matches stay
    assert not any("Vaikutukset" in p for p in paths)


def test_properties_dialog_changes_description_and_key(window, tk_project, monkeypatch):
    t1 = code_id(tk_project, T1)
    codebook = window.panels["codebook"]
    codebook.select_code(t1)
    entry = codebook.model.tree.entries[t1]
    monkeypatch.setattr(window.prompts, "edit_code", lambda name, description, colour, shortcut: {
        "name": name, "description": "Tuen tarpeen varhainen tunnistaminen", "color": colour, "shortcut": "3"})
    codebook.actions_by_name["edit"].trigger()
    settle(window)
    assert tk_project.code(t1).description == "Tuen tarpeen varhainen tunnistaminen"
    assert tk_project.code_shortcuts() == {t1: "3"}
    assert window.document.view.code_shortcuts == {"3": t1}
    assert tk_project.code(t1).color == entry.code.color


def test_a_failed_write_is_reported_and_leaves_no_undo_step(window, tk_project, transcript_source, monkeypatch):
    warnings = []
    monkeypatch.setattr(window.prompts, "warn", lambda title, text: warnings.append(text))
    window.open_source(transcript_source)
    window.document.view.select_range(0, 10)
    window.coding.apply_code(999_999)  # no such code: the store refuses
    settle(window)
    assert warnings and "no code" in warnings[0]
    assert window.stack.count() == 0 and tk_project.codings() == []
