"""The views of other modules, reached from the main window's menus: analysis, team, tools, help.

Each test triggers the menu action the researcher would, drives the view a little and checks
the project afterwards (or the file written), not only the widgets.
"""

from __future__ import annotations

import zipfile

import pytest
from tests.gui.conftest import code_id, settle
from tyokyky_qda.team.disagreements import CONSENSUS_CODER

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"
T2 = "Tavoitteet/T2 Yksilölliset ja oikea-aikaiset palvelut"


def phrase(project, source_id: int, words: str) -> tuple[int, int]:
    start = project.source_text(source_id).index(words)
    return start, start + len(words)


@pytest.fixture
def coded(tk_project, transcript_source):
    """Two coders' codings on the transcript: one shared, one boundary difference, one only-B."""
    p, sid = tk_project, transcript_source
    t1, t2 = code_id(p, T1), code_id(p, T2)
    shared = phrase(p, sid, "Tunnistimme osatyökykyisten tuen tarpeen aiempaa aikaisemmin")
    for coder in ("Aino", "Ville"):
        p.add_coding(sid, t1, *shared, coder=coder)
    p.add_coding(sid, t2, *phrase(p, sid, "asiakkaat ohjattiin oikea-aikaisesti palveluihin"), coder="Aino")
    p.add_coding(sid, t2, *phrase(p, sid, "ohjattiin oikea-aikaisesti palveluihin"), coder="Ville")
    p.add_coding(sid, t1, *phrase(p, sid, "Yhteistyö parani selvästi"), coder="Ville")
    return p, sid


def trigger(window, name: str) -> None:
    action = window.actions.a[name]
    assert action.isEnabled(), name
    action.trigger()


def test_new_menus_hold_the_new_actions(window):
    menus = window.actions.menus
    texts = {name: [a.objectName() for a in menus[name].actions() if a.objectName()]
             for name in ("analysis", "team", "tools", "export", "help")}
    assert texts["analysis"] == ["action_retrieval", "action_matrix", "action_export_reports"]
    assert texts["team"] == ["action_merge_project", "action_merge_codebook", "action_disagreements",
                             "action_agreement"]
    assert texts["tools"] == ["action_pseudonymise", "action_speakers_cases", "action_autocode_speakers"]
    assert texts["export"][:3] == ["action_export_qdpx", "action_export_qdc", "action_export_codebook"]
    assert "action_nlp_status" in texts["help"]
    assert window.actions.a["retrieval"].shortcut().toString() == "Ctrl+Shift+R"
    window.close_project()
    assert not window.actions.a["matrix"].isEnabled() and not window.actions.menus["export"].isEnabled()


def test_retrieval_lists_segments_and_opens_one(window, coded, qtbot):
    project, sid = coded
    trigger(window, "retrieval")
    view = window.views.view("retrieval")
    assert window.views.docks["retrieval"].isVisible()
    qtbot.waitUntil(lambda: len(view.frame) == 5, timeout=10000)
    view.query.setText(f"[{T2}]")
    view.run()
    qtbot.waitUntil(lambda: len(view.frame) == 2, timeout=10000)
    window.open_source(None)
    view._activated(view.proxy.index(0, 0))
    row = view.model.row(view.proxy.mapToSource(view.proxy.index(0, 0)).row())
    assert window.document.source_id == sid
    assert window.document.view.selection_range() == (int(row["start"]), int(row["end"]))


def test_matrix_from_the_menu_counts_codings(window, coded, qtbot):
    project, sid = coded
    trigger(window, "matrix")
    view = window.views.view("matrix")
    view.rows.set_spec("group:Tavoitteet")
    view.cols.set_spec("coder")
    view.cell.setCurrentIndex(view.cell.findData("segments"))
    view.compute()
    qtbot.waitUntil(lambda: view.result is not None and "Aino" in list(view.result.counts.columns), timeout=10000)
    counts = view.result.counts
    assert counts.index[0] == "T1 Työkyvyn tuen tarpeen tunnistaminen"  # the codebook's own names
    assert int(counts.iloc[0]["Ville"]) == 2 and int(counts.iloc[0]["Aino"]) == 1


def test_disagreements_keep_a_records_consensus_and_undoes(window, coded, qtbot):
    project, sid = coded
    trigger(window, "disagreements")
    view = window.views.view("disagreements")
    view.coder_a.setCurrentText("Aino")
    view.coder_b.setCurrentText("Ville")
    qtbot.waitUntil(lambda: view.review is not None and view.current() is not None, timeout=10000)
    seen = []
    view.segmentActivated.connect(lambda *a: seen.append(a))
    view._activate(view.items.currentItem())
    assert seen and window.document.source_id == sid
    view.keep("a")
    qtbot.waitUntil(lambda: bool(project.codings(coder=CONSENSUS_CODER)), timeout=10000)
    settle(window)
    window.undo()
    settle(window)
    assert project.codings(coder=CONSENSUS_CODER) == []


def test_agreement_panel_computes_and_its_timer_dies_with_the_project(window, coded, qtbot):
    trigger(window, "agreement")
    panel = window.views.view("agreement")
    panel.set_coders(["Aino", "Ville"])
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    assert panel.result["coders"] == ["Aino", "Ville"] and panel.model.rowCount() > 1
    panel.set_coders(["Aino"])  # schedules a recompute 250 ms later...
    timer = panel._timer
    assert timer.isActive()
    window.close_project()      # ...which must not run on the closed project
    assert not window.views.views
    qtbot.wait(350)


def test_export_qdpx_qdc_and_codebook_table(window, coded, tmp_path, monkeypatch):
    prompts = window.prompts
    chosen = iter([str(tmp_path / "projekti.qdpx"), str(tmp_path / "koodit.qdc"), str(tmp_path / "koodit.csv")])
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(prompts, "save_file", lambda title, filters, name="": next(chosen))
    for name in ("export_qdpx", "export_qdc", "export_codebook"):
        trigger(window, name)
        settle(window)
    with zipfile.ZipFile(tmp_path / "projekti.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    assert 'name="Haastattelu 1"' in qde and "T1 Työkyvyn tuen tarpeen tunnistaminen" in qde
    from tyokyky_qda.refi.codebook_io import read_qdc

    paths = ["/".join(path) for path, _node in read_qdc(tmp_path / "koodit.qdc").walk()]
    assert T1 in paths and len(paths) == len(window.project.codes())
    assert "T1 Työkyvyn tuen tarpeen tunnistaminen" in (tmp_path / "koodit.csv").read_text(encoding="utf-8-sig")


def test_export_report_tables_then_offer_the_folder(window, coded, tmp_path, monkeypatch):
    prompts, opened = window.prompts, []

    def only_xlsx(dialog):
        for key, box in dialog.boxes.items():
            box.setChecked(key == "xlsx")
        return True

    monkeypatch.setattr(prompts, "run_dialog", only_xlsx)
    monkeypatch.setattr(prompts, "choose_folder", lambda title: str(tmp_path / "raportit"))
    monkeypatch.setattr(prompts, "confirm", lambda title, text: True)
    monkeypatch.setattr(prompts, "open_folder", lambda path: opened.append(path) or True)
    trigger(window, "export_reports")
    settle(window)
    written = sorted(p.suffix for p in (tmp_path / "raportit").iterdir())
    assert written and set(written) == {".xlsx"}
    assert opened == [str(tmp_path / "raportit")]


def test_merge_a_codebook_table_then_undo_and_redo(window, tk_project, tmp_path, monkeypatch, qtbot):
    table = tmp_path / "toisen-koodikirja.csv"
    table.write_text("path,description,keywords\n"
                     f"{T1},,tunnistaa;varhain\n"
                     "Uudet teemat/Vertaistuki,Vertaisten antama tuki,vertainen\n", encoding="utf-8")
    before = {c.id for c in tk_project.codes()}
    keywords_before = tk_project.code(code_id(tk_project, T1)).keywords
    monkeypatch.setattr(window.prompts, "open_file", lambda title, filter_: str(table))
    monkeypatch.setattr(window.prompts, "run_dialog", lambda dialog: True)
    trigger(window, "merge_codebook")
    qtbot.waitUntil(lambda: "Uudet teemat/Vertaistuki" in tk_project.code_paths().values(), timeout=10000)
    settle(window)
    added = {c.id for c in tk_project.codes()} - before
    assert len(added) == 2  # the group and its code, no duplicate of T1
    assert "varhain" in tk_project.code(code_id(tk_project, T1)).keywords
    window.undo()
    settle(window)
    assert {c.id for c in tk_project.codes()} == before
    assert tk_project.code(code_id(tk_project, T1)).keywords == keywords_before
    window.redo()
    settle(window)
    assert {c.id for c in tk_project.codes()} - before == added


def test_merge_a_colleagues_project_with_the_wizard(window, tk_project, transcript_source, tmp_path, qtbot,
                                                    monkeypatch):
    from tyokyky_qda.store import Project

    other_path = tmp_path / "ville.tqda"
    tk_project.conn.execute("PRAGMA wal_checkpoint(FULL)")
    with Project.create(other_path, coder="Ville") as other:
        text = tk_project.source_text(transcript_source)
        from tyokyky_qda.core.model import Source
        sid = other.add_source(Source(name="Haastattelu 1", text=text, kind="transcript")).id
        start = text.index("Yhteistyö parani")
        other.add_coding(sid, other.resolve_code(T2), start, start + 25)

    def drive(wizard):  # what the user does in the modal wizard
        wizard.show()
        wizard.pick_page.path.setText(str(other_path))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan_page.isComplete(), timeout=10000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.result_page.finished, timeout=10000)
        wizard.accept()
        return True

    monkeypatch.setattr(window.prompts, "run_dialog", drive)
    trigger(window, "merge_project")
    settle(window)
    merged = tk_project.codings(coder="Ville")
    assert [(c.source_id, c.code_id) for c in merged] == [(transcript_source, code_id(tk_project, T2))]
    assert len(tk_project.sources()) == 1
    # The merge is one step on the undo stack: undo takes Ville's coding back, redo restores it.
    assert window.stack.undoText() == "Merge a colleague's project"
    window.undo()
    settle(window)
    assert tk_project.codings(coder="Ville") == []
    window.redo()
    settle(window)
    assert [c.id for c in tk_project.codings(coder="Ville")] == [c.id for c in merged]


def test_speakers_to_cases_and_autocode_speakers_undoable(window, tk_project, monkeypatch):
    from tyokyky_qda.core.model import Section, Source

    lines = ["Haastattelija: Miten aloitit?", "Liisa: Tulin mukaan keväällä.", "Haastattelija: Entä sitten?",
             "Liisa: Sitten tuli kuntoutus.", "Liisa: Ja lopulta työ."]
    text, sections, pos = "\n".join(lines), [], 0
    for line in lines:
        sections.append(Section(start=pos, end=pos + len(line), kind="turn", speaker=line.split(":")[0]))
        pos += len(line) + 1
    transcript_source = tk_project.add_source(Source(name="Haastattelu 2", text=text, kind="transcript"),
                                              sections).id
    window.open_source(transcript_source)
    prompts = window.prompts
    monkeypatch.setattr(prompts, "choose_item", lambda title, label, items: 0)
    monkeypatch.setattr(prompts, "confirm", lambda title, text: True)
    trigger(window, "speakers_cases")
    settle(window)
    # "H1" beside "Haastattelija" is the first interviewee of that interview, not an interviewer.
    assert [c.name for c in tk_project.cases()] == ["Haastattelu 1: H1", "Liisa"]
    links = tk_project.case_links(tk_project.case_id("Liisa", create=False))
    assert len(links) == 3  # the interviewee's three turns; the interviewer gets no case
    window.undo()
    settle(window)
    assert tk_project.cases() == []
    trigger(window, "autocode_speakers")
    settle(window)
    paths = tk_project.code_paths()
    speaker_codes = {paths[c.code_id] for c in tk_project.codings(source_id=transcript_source)}
    assert speaker_codes == {"Puhujat/Haastattelija", "Puhujat/Liisa"}
    assert len(tk_project.codings(source_id=transcript_source)) == 5
    window.undo()
    settle(window)
    assert tk_project.codings(source_id=transcript_source) == []
    assert not any(p.startswith("Puhujat") for p in tk_project.code_paths().values())
    window.redo()
    settle(window)
    assert len(tk_project.codings(source_id=transcript_source)) == 5


def test_pseudonymisation_review_runs_detection_in_the_worker(window, tk_project, transcript_source, monkeypatch,
                                                              qtbot):
    monkeypatch.setenv("TYOKYKY_NLP_TIER", "fallback")
    from tyokyky_qda.core.model import Source

    tk_project.add_source(Source(name="Puhelu", text="Soita Matti Virtaselle numeroon 040 123 4567.\n"))
    trigger(window, "pseudonymise")
    view = window.views.view("pseudo")
    assert window.views.docks["pseudo"].isVisible()
    started = []
    window.tasks.long_job_changed.connect(lambda running, label: started.append(running))
    view.detect()
    settle(window)
    assert started[:1] == [True]  # a long job with progress and cancel, not the UI thread
    texts = {f.text for row in view.rows for f in row.findings}
    assert "040 123 4567" in texts


def test_nlp_tier_in_the_status_bar_and_help(window, monkeypatch, qtbot):
    qtbot.waitUntil(lambda: bool(window.status.nlp.text()), timeout=10000)
    assert "model" in window.status.nlp.text().lower()
    shown = []
    monkeypatch.setattr(window.prompts, "info", lambda title, text: shown.append(text))
    trigger(window, "nlp_status")
    assert shown and "Everything runs on this computer" in shown[0]
    trigger(window, "about")
    assert "leaves the machine" in shown[1]


def test_views_name_codes_as_the_codebook_and_write_reports_in_the_ui_language(window, coded, qtbot):
    from tyokyky_qda.gui.i18n import i18n

    trigger(window, "retrieval")
    trigger(window, "agreement")
    retrieval, agreement = window.views.view("retrieval"), window.views.view("agreement")
    assert retrieval.lang == "fi" and agreement.report_lang == "en"  # a Finnish project, English UI
    qtbot.waitUntil(lambda: len(retrieval.frame) == 5, timeout=10000)
    assert set(retrieval.frame["code"]) <= {c.name for c in window.project.codes()}
    window.set_language("fi")
    qtbot.waitUntil(lambda: agreement.report_lang == "fi", timeout=5000)
    assert window.views.docks["retrieval"].windowTitle() == "Koodatut segmentit"
    assert retrieval.lang == "fi"
    i18n().install("en")
