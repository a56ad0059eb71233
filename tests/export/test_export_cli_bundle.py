"""The export command, the report bundle and pseudonymisation on export."""

import html
import io
import json
import zipfile
from contextlib import redirect_stdout

import docx
import pytest
from pypdf import PdfReader

from tyokyky_qda.cli import main
from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.export import export_report_bundle, write_report
from tyokyky_qda.export.catalog import ReportOptions, build_report


def run(argv):
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def test_cli_exports_each_report(full, tmp_path):
    project, _ = full
    path = str(project.path)
    cases = [("matrix", "m.csv", ["--drop-empty", "groups"]), ("segments", "s.xlsx", ["--query", "[T1]"]),
             ("frequencies", "f.docx", ["--by", "attribute:Alue", "--codes", "Tavoitteet"]),
             ("findings", "g.pdf", ["--form", "grid"]), ("cooccurrence", "c.html", ["--codes", "Vaikutukset"]),
             ("words", "w.csv", ["--top", "5", "--kind", "transcript"]), ("survey", "k.xlsx", []),
             ("codebook", "b.xlsx", ["--lang", "en"])]
    for report, name, extra in cases:
        code, out = run(["export", path, report, "--out", str(tmp_path / name), "--json", *extra])
        assert code == 0, (report, out)
        summary = json.loads(out)
        assert summary["report"] == report and (tmp_path / name).exists()
        assert all(t["rows"] > 0 for t in summary["tables"]), report
    code, out = run(["export", path, "matrix", "--rows", "group:Tavoitteet", "--cols", "attribute:Alue",
                     "--cell", "percent-col", "--out", str(tmp_path / "p.csv"), "--json"])
    assert code == 0 and json.loads(out)["tables"][0]["columns"][1:] == ["Pirkanmaa", "Pohjois-Karjala",
                                                                           "Varsinais-Suomi"]
    words = (tmp_path / "w.csv").read_text(encoding="utf-8-sig").splitlines()
    assert words[0] == "Sana (perusmuoto),Lukumäärä" and len(words) == 6


def test_cli_errors_are_one_line(full, tmp_path, capsys):
    project, _ = full
    assert main(["export", str(project.path), "matrix", "--out", str(tmp_path / "x.txt")]) == 1
    assert main(["export", str(project.path), "matrix", "--rows", "group:Ei ole", "--out", str(tmp_path / "x.csv")]) == 1
    assert main(["export", str(tmp_path / "missing.tqda"), "matrix", "--out", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("tyokyky-qda: error:") for line in err)


def test_bundle_writes_every_report(full, tmp_path):
    project, _ = full
    seen = []
    files = export_report_bundle(project, tmp_path / "out", progress=lambda f, m: seen.append(f))
    names = sorted(f.name for f in files)
    for stem in ("matriisi-toimenpiteet-tavoitteet", "tulokset-tavoitteittain", "kysely", "koodien-frekvenssit"):
        assert {f"{stem}.xlsx", f"{stem}.docx", f"{stem}.pdf"} <= set(names)
    assert "koodatut-segmentit.xlsx" in names and "koodatut-segmentit.pdf" not in names
    assert seen == sorted(seen) and seen[-1] == 1.0
    kysely = docx.Document(str(tmp_path / "out" / "kysely.docx"))
    assert len(kysely.inline_shapes) == 2 and len(kysely.tables) == 4
    with pytest.raises(Cancelled):
        export_report_bundle(project, tmp_path / "cancelled", cancel=lambda: True)
    code, out = run(["export", str(project.path), "all", "--out", str(tmp_path / "cli"), "--formats", "xlsx",
                     "--json", "--lang", "en"])
    assert code == 0 and sorted(json.loads(out)["files"])[0].endswith("code-frequencies.xlsx")


def test_bundle_skips_what_the_project_lacks(project, tmp_path):
    skipped = []
    files = export_report_bundle(project, tmp_path, formats=("xlsx",), on_skip=lambda n, why: skipped.append(n))
    assert {"matrix", "findings", "survey"} <= set(skipped)
    assert all(f.exists() for f in files)


def _all_text(path):
    suffix = path.suffix
    if suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:  # every XML part: cells, comments, chart titles
            return html.unescape("".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")))
    if suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if suffix == ".pdf":
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8-sig")


def test_pseudonymised_exports_hold_no_original(full, tmp_path, monkeypatch):
    project, _ = full
    calls = []

    def fake_filter_for(_project):
        def apply(source_id, start, end, text):
            calls.append((source_id, start, end))
            return text.replace("Haastateltava", "[Henkilö 1]").replace("Pirkanmaa", "[Paikka 1]")
        return apply

    monkeypatch.setattr("tyokyky_qda.export.redact.text_filter_for", fake_filter_for)
    options = ReportOptions(pseudonymise=True, rows="group:Tavoitteet", cols="attribute:Alue", cell="segments")
    for name in ("segments", "matrix", "findings"):
        report = build_report(project, name, options)
        for ext in ("xlsx", "csv", "docx", "pdf", "html"):
            text = "\n".join(_all_text(path) for path in write_report(report, tmp_path / f"{name}.{ext}"))
            assert "Haastateltava" not in text and "Pirkanmaa" not in text, (name, ext)
            assert ("[Henkilö" if name != "matrix" else "[Paikka") in text, (name, ext)  # PDF text may wrap
    quotes = [c for c in calls if c[1] >= 0]
    assert quotes and all(end > start for _, start, end in quotes)
    plain = build_report(project, "segments", ReportOptions())
    assert "Haastateltava" in "".join(plain.items[0].frame.iloc[:, 1])
