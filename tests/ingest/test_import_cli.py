"""``tyokyky-qda import``: options, summaries, --json, --show-mapping, exit codes."""

import json

from tyokyky_qda.cli import main
from tyokyky_qda.store import Project

LONG = "Yhteistyö parani selvästi, kun koordinaattori aloitti työnsä alueella."


def _project(tmp_path):
    path = tmp_path / "p.tqda"
    assert main(["new", str(path), "--codebook", "empty"]) == 0
    return path


def test_survey_options_and_json(tmp_path, capsys):
    path = _project(tmp_path)
    survey = tmp_path / "kysely.csv"
    survey.write_text(f"Nro;Rooli;Palaute;Muuta\n1;Johtaja;{LONG};x\n2;Asiantuntija;{LONG} 2;y\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), str(survey), "--id-column", "Nro", "--ignore", "Muuta", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [i["kind"] for i in report["imported"]] == ["survey-answer"] * 2
    assert report["files"][0]["cases"] == 2 and report["failed"] == []
    with Project.open(path, readonly=True) as p:
        assert [c.name for c in p.cases()] == ["Vastaaja 1", "Vastaaja 2"]
        assert "Muuta" not in {a["name"] for a in p.attributes()}


def test_show_mapping_prints_the_guess_and_imports_nothing(tmp_path, capsys):
    path = _project(tmp_path)
    survey = tmp_path / "kysely.csv"
    survey.write_text(f"ID;Palaute\n1;{LONG}\n2;{LONG} 2\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), str(survey), "--show-mapping"]) == 0
    mapping = json.loads(capsys.readouterr().out)
    assert mapping["format"] == "tyokyky-qda-survey-mapping" and mapping["id_column"] == "ID"
    assert mapping["columns"]["Palaute"] == {"role": "open"}
    with Project.open(path, readonly=True) as p:
        assert p.stats()["sources"] == 0


def test_text_summary_transcript_options_and_failures(tmp_path, capsys):
    path = _project(tmp_path)
    good = tmp_path / "H1.txt"
    good.write_text("H: Kysymys?\nV: Vastaus.\nH: Toinen?\nV: Toinen vastaus.", encoding="utf-8")
    bad = tmp_path / "tyhja.txt"
    bad.write_bytes(b"")
    capsys.readouterr()
    assert main(["import", str(path), str(good), str(bad), "--speakers-to-cases", "--autocode-speakers",
                 "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "transcript" in out and f"failed    {bad}: the file is empty" in out
    assert "1 sources imported from 1 file(s), 0 skipped, 1 failed" in out
    with Project.open(path, readonly=True) as p:
        assert [c.name for c in p.cases()] == ["H1: V"] and p.stats()["codings"] == 4


def test_nothing_imported_is_exit_1(tmp_path, capsys):
    path = _project(tmp_path)
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    assert main(["import", str(path), str(bad), "--quiet"]) == 1
    assert "nothing was imported" in capsys.readouterr().err


def test_max_size(tmp_path, capsys):
    path = _project(tmp_path)
    big = tmp_path / "iso.txt"
    big.write_text("sana " * 500_000, encoding="utf-8")
    assert main(["import", str(path), str(big), "--max-size", "1", "--quiet"]) == 1
    assert "file too large" in capsys.readouterr().out
