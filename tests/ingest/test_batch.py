"""Batch import: folders, attributes (metadata CSV, --attr, file-name pattern), duplicates,
progress, cancellation, one transaction per file."""

from unittest.mock import Mock

import pytest
from builders import docx_file

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.ingest.api import detect

TRANSCRIPT = "H: Kerro roolistasi {n}.\nV: Olen koordinaattori {n}.\nH: Entä sitten?\nV: Sitten jatkoin {n}."


def _folder(tmp_path, count=3):
    folder = tmp_path / "haastattelut"
    folder.mkdir()
    for n in range(1, count + 1):
        (folder / f"pirkanmaa_H{n:02d}.txt").write_text(TRANSCRIPT.format(n=n), encoding="utf-8")
    return folder


def test_folder_with_metadata_pattern_and_attr(project, run_import, tmp_path):
    folder = _folder(tmp_path)
    (folder / ".hidden.txt").write_text("piilossa", encoding="utf-8")
    (folder / "~$lukko.docx").write_bytes(b"lock")
    (folder / "kuva.png").write_bytes(b"\x89PNG....")
    meta = tmp_path / "metadata.csv"
    meta.write_text("file,Alue,Päivämäärä,Kesto\nhaastattelut/pirkanmaa_H01.txt,Tampere,2022-11-08,45\n"
                    "pirkanmaa_H02.txt,Nokia,2022-11-09,50\n", encoding="utf-8")
    report = run_import(folder, metadata_csv=meta, name_pattern=r"^(?P<maakunta>[a-z]+)_H(?P<nro>\d+)",
                        attributes={"Aineisto": "Haastattelu", "Alue": "tuntematon"})
    assert len(report.imported) == 3
    assert report.skipped == [{"path": str(folder / "kuva.png"),
                               "reason": "an image has no text layer; run OCR on it first"}]
    table = project.attribute_table("source")
    first, second, third = (table[s.id] for s in project.sources())
    assert first == {"Aineisto": "Haastattelu", "Alue": "Tampere", "maakunta": "pirkanmaa", "nro": "01",
                     "Päivämäärä": "2022-11-08", "Kesto": 45}
    assert second["Alue"] == "Nokia" and third["Alue"] == "tuntematon" and "Kesto" not in third
    types = {a["name"]: a["type"] for a in project.attributes()}
    assert types["Päivämäärä"] == "date" and types["Kesto"] == "number" and types["nro"] == "text"


def test_metadata_csv_in_an_imported_folder_is_used_not_imported(project, run_import, tmp_path):
    folder = _folder(tmp_path, 1)
    (folder / "metadata.csv").write_text("file;Alue\npirkanmaa_H01.txt;Tampere\n", encoding="utf-8")
    report = run_import(folder)
    assert [i["kind"] for i in report.imported] == ["transcript"]
    assert project.attribute_table("source")[report.imported[0]["id"]] == {"Alue": "Tampere"}
    assert "metadata" in report.skipped[0]["reason"]


def test_duplicates_by_content_are_skipped(project, run_import, tmp_path):
    folder = _folder(tmp_path, 2)
    # Other bytes (CRLF, a BOM), same text once normalised: a duplicate by content.
    (folder / "kopio.txt").write_bytes(TRANSCRIPT.format(n=1).replace("\n", "\r\n").encode("utf-8-sig"))
    report = run_import(folder)
    assert len(report.imported) == 2
    assert report.skipped[0]["path"].endswith("pirkanmaa_H01.txt")  # natural order: kopio.txt came first
    assert "duplicate of source 1" in report.skipped[0]["reason"]
    before = project.stats()
    again = run_import(folder)
    assert not again.imported and len(again.skipped) == 3 and project.stats() == before
    assert {s["reason"] for s in again.skipped} == {"already imported (the same file)",
                                                  "duplicate of source 1 (same text)"}


def test_progress_and_cancel(project, run_import, tmp_path):
    folder = _folder(tmp_path, 4)
    progress = Mock()
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 2  # stop before the third file
    report = run_import(folder, progress=progress, cancel=cancel)
    assert report.cancelled and len(report.imported) == 2
    fractions = [c.args[0] for c in progress.call_args_list]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("pirkanmaa_H01.txt" in c.args[1] for c in progress.call_args_list)


def test_a_file_failing_while_stored_leaves_nothing(project, run_import, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 2)
    from tyokyky_qda.ingest import store

    real = store._set_attributes

    def boom(project_, source_id, attrs):
        if source_id == 2:
            real(project_, source_id, attrs)
            raise RuntimeError("disk full")
        return real(project_, source_id, attrs)
    monkeypatch.setattr(store, "_set_attributes", boom)
    report = run_import(folder, attributes={"Alue": "Pirkanmaa"})
    assert len(report.imported) == 1 and "disk full" in report.failed[0]["error"]
    assert project.stats()["sources"] == 1 and project.stats()["sections"] == 4
    assert len(project.attribute_table("source")) == 1


def test_attribute_type_clash_fails_only_that_file(project, run_import, tmp_path):
    folder = _folder(tmp_path, 2)
    project.define_attribute("Kesto", "number")
    meta = tmp_path / "m.csv"
    meta.write_text("file,Kesto\npirkanmaa_H01.txt,45\npirkanmaa_H02.txt,pitkä\n", encoding="utf-8")
    report = run_import(folder, metadata_csv=meta)
    assert len(report.imported) == 1 and "Kesto" in report.failed[0]["error"]


def test_bad_options_are_user_errors(run_import, tmp_path):
    with pytest.raises(UserError):
        run_import(tmp_path, name_pattern="(no named group)")
    with pytest.raises(UserError):
        run_import(tmp_path, kind="video")
    with pytest.raises(UserError):
        run_import(tmp_path, metadata_csv=tmp_path / "missing.csv")


def test_detect_for_the_gui(tmp_path):
    path = docx_file(tmp_path / "H1.docx", ["H: Kysymys?", "V: Vastaus.", "H: Toinen?", "V: Toinen vastaus."])
    assert detect(path)["kind"] == "transcript"
    (tmp_path / "x.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert "save it as .docx" in detect(tmp_path / "x.doc")["error"]


def test_refi_files_are_dispatched(project, run_import, tmp_path, monkeypatch):
    import sys
    import types

    path = tmp_path / "projekti.qdpx"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    calls = []
    fake = types.ModuleType("tyokyky_qda.refi.qdpx_import")

    def import_qdpx(project_, path_, progress=None, cancel=None):
        calls.append(path_)
        from tyokyky_qda.core.model import Source
        project_.add_source(Source(name="tuotu", text="REFI-teksti"))
        return {"sources": 1}
    fake.import_qdpx = import_qdpx
    monkeypatch.setitem(sys.modules, "tyokyky_qda.refi.qdpx_import", fake)
    report = run_import(path)
    assert calls == [path] and report.imported[0]["name"] == "tuotu"


def test_refi_import_missing_is_a_clear_failure(project, run_import, tmp_path, monkeypatch):
    import sys

    path = tmp_path / "koodikirja.qdc"
    path.write_text("<CodeBook/>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "tyokyky_qda.refi.qdpx_import", None)  # import raises ImportError
    report = run_import(path)
    assert "REFI-QDA import is not available" in report.failed[0]["error"]


def test_refi_round_trip_through_the_batch_import(project, run_import, tmp_path):
    pytest.importorskip("tyokyky_qda.refi.qdpx_export")
    from tyokyky_qda.refi.qdpx_export import export_qdpx
    from tyokyky_qda.store import Project

    with Project.create(tmp_path / "lahde.tqda", codebook="empty") as other:
        folder = _folder(tmp_path, 1)
        from tyokyky_qda.ingest.registry import import_paths
        import_paths(other, [folder])
        export_qdpx(other, tmp_path / "vienti.qdpx")
    report = run_import(tmp_path / "vienti.qdpx")
    assert not report.failed and [i["name"] for i in report.imported] == ["pirkanmaa_H01"]
    assert report.files[0]["kind"] == "refi"
