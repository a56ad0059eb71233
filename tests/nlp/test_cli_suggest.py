"""``tyokyky-qda suggest``: JSON shape, units, errors."""

from __future__ import annotations

import json

from tyokyky_qda.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_suggest_json_shape(goals_project, capsys):
    project, codes, sources = goals_project
    path = str(project.path)
    project.close()
    code, out, _ = run(capsys, "suggest", path, "--json", "--tier", "fallback", "--top", "2")
    assert code == 0
    data = json.loads(out)
    assert {d["source"] for d in data} == set(sources.values())
    for item in data:
        assert set(item) == {"source", "start", "end", "suggestions"}
        assert 0 <= item["start"] < item["end"]
        assert len(item["suggestions"]) == 2
        for s in item["suggestions"]:
            assert set(s) == {"code", "path", "score", "reason"}
        assert item["suggestions"][0]["score"] >= item["suggestions"][1]["score"]


def test_suggest_whole_source_and_table(goals_project, capsys):
    project, codes, sources = goals_project
    path = str(project.path)
    project.close()
    code, out, _ = run(capsys, "suggest", path, "--source", str(sources["T6"]), "--unit", "source",
                       "--json", "--tier", "fallback")
    data = json.loads(out)
    assert code == 0 and len(data) == 1 and data[0]["suggestions"][0]["code"] == codes["T6"]
    code, out, _ = run(capsys, "suggest", path, "--source", str(sources["T6"]), "--tier", "fallback", "--quiet")
    assert code == 0 and "Tavoitteet/T6" in out


def test_suggest_errors(goals_project, capsys):
    project, _, _ = goals_project
    path = str(project.path)
    project.close()
    code, _, err = run(capsys, "suggest", path, "--source", "999", "--tier", "fallback")
    assert code == 1 and "no source" in err
    code, _, err = run(capsys, "suggest", path + ".missing")
    assert code == 1


def test_suggest_without_codes_is_a_user_error(tmp_path, capsys):
    path = str(tmp_path / "e.tqda")
    assert main(["new", path, "--codebook", "empty"]) == 0
    code, _, err = run(capsys, "suggest", path, "--tier", "fallback")
    assert code == 1 and "no codes" in err


QDC = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">
  <Codes>
    <Code guid="6a1f0c1e-1111-4a8b-9c0d-000000000001" name="Kuntoutus" isCodable="true">
      <Description>Kelan ja terveydenhuollon kuntoutus: ammatillinen kuntoutus, kuntoutuspolut.</Description>
    </Code>
    <Code guid="6a1f0c1e-1111-4a8b-9c0d-000000000002" name="Palkkatuki" isCodable="true">
      <Description>Työnantajalle maksettava palkkatuki ja muut rahalliset tuet palkkaamiseen.</Description>
    </Code>
  </Codes>
</CodeBook>
"""


def test_suggest_with_a_codebook_from_a_qdc_file(tmp_path, capsys):
    qdc = tmp_path / "book.qdc"
    qdc.write_text(QDC, encoding="utf-8")
    path = str(tmp_path / "q.tqda")
    assert main(["new", path, "--codebook", str(qdc)]) == 0
    from tyokyky_qda.core.model import Source
    from tyokyky_qda.store import Project
    with Project.open(path) as project:
        sid = project.add_source(Source(name="a", text="Yrittäjä sai palkkatukea, kun palkkasi uuden työntekijän.")).id
    capsys.readouterr()
    code, out, _ = run(capsys, "suggest", path, "--json", "--tier", "fallback", "--unit", "source")
    data = json.loads(out)
    assert code == 0 and data[0]["source"] == sid
    assert data[0]["suggestions"][0]["path"] == "Palkkatuki"
