"""The main job's --no-gui path on a reduced corpus: every output exists and is non-trivial."""

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from docx import Document

from tyokyky_qda.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "tyokykyohjelma-demo"
KEEP = ["haastattelut/H02.docx", "haastattelut/H05.docx", "haastattelut/H11.txt", "haastattelut/H03.vtt",
        "kysely/sidosryhmakysely.xlsx", "tilanneraportit/kykyarki_2021-02.docx",
        "tilanneraportit/osaajaverkko_2021-02.pdf", "tilanneraportit/hankesalkku-vienti.xlsx"]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for rel in KEEP:
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / rel, corpus / rel)
    shutil.copy(CORPUS / "metadata.csv", corpus / "metadata.csv")
    codings = json.loads((CORPUS / "demo-coding.json").read_text(encoding="utf-8"))
    codings["codings"] = [c for c in codings["codings"] if c["file"] in KEEP]
    (corpus / "demo-coding.json").write_text(json.dumps(codings, ensure_ascii=False), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    summary_file = out / "summary.json"
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["demo", "--no-gui", "--no-nlp", "--corpus", str(corpus), "--out", str(out), "--json"]) == 0
    summary_file.write_text(buf.getvalue(), encoding="utf-8")
    return json.loads(buf.getvalue()), out


def test_demo_project_built(demo_run):
    summary, out = demo_run
    steps = summary["steps"]
    # 7 files + 66 respondents with open answers (one source each) + 6 rows of the report export
    assert steps["import"]["imported"] >= 7 + 60 and steps["import"]["failed"] == 0
    assert steps["codings"]["applied"] > 300 and steps["codings"]["not_found"] == 0
    assert steps["cases"]["cases"] >= 4
    assert Path(summary["project"]).exists()


def test_every_report_written_and_non_trivial(demo_run):
    summary, out = demo_run
    files = {Path(p).name: Path(p) for p in summary["reports"]}
    for stem in ("matriisi-toimenpiteet-tavoitteet", "tulokset-tavoitteittain", "kysely", "koodien-frekvenssit"):
        for ext in ("xlsx", "docx", "pdf"):
            assert f"{stem}.{ext}" in files, f"{stem}.{ext} missing"
            assert files[f"{stem}.{ext}"].stat().st_size > 3000
    assert "koodatut-segmentit.xlsx" in files and "yhtapitavyys.xlsx" in files


def test_matrix_has_measures_by_goals_and_content(demo_run):
    summary, out = demo_run
    path = next(Path(p) for p in summary["reports"] if Path(p).name == "matriisi-toimenpiteet-tavoitteet.xlsx")
    frame = pd.read_excel(path, sheet_name="Matriisi", header=None)
    text = frame.astype(str).to_string()
    for goal in ("T1", "T2", "T3", "T4", "T5", "T7"):
        assert goal in text
    for measure in ("Työkykykoordinaattorit", "Tuetun työllistämisen menetelmät", "Työkanava Oy"):
        assert measure in text
    assert "Suora vaikutus" in text and "Välillinen vaikutus" in text


def test_docx_has_real_tables_and_charts(demo_run):
    summary, out = demo_run
    survey = Document(next(Path(p) for p in summary["reports"] if Path(p).name == "kysely.docx"))
    assert len(survey.tables) >= 5
    assert any(t.rows and len(t.rows) > 3 for t in survey.tables)
    assert survey.inline_shapes, "the Likert charts are drawn into the document"
    assert any(p.text.startswith("Taulukko") for p in survey.paragraphs)


def test_agreement_report_on_the_overlap_interviews(demo_run):
    summary, out = demo_run
    path = next(Path(p) for p in summary["reports"] if Path(p).name == "yhtapitavyys.xlsx")
    frame = pd.read_excel(path)
    assert len(frame) > 5
    kappa = frame.iloc[:, 4].dropna()
    assert ((kappa > -1) & (kappa <= 1)).all() and len(kappa) > 3


def test_demo_project_exports_valid_refi_qda(demo_run, tmp_path):
    """The demo project's .qdpx and .qdc validate against the official REFI-QDA schemas."""
    import zipfile

    from lxml import etree

    from tyokyky_qda.refi.codebook_io import write_qdc
    from tyokyky_qda.refi.qdpx_export import export_qdpx
    from tyokyky_qda.store import Project

    schemas = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda" / "schemas"
    if not schemas.exists():
        pytest.skip("../shared/refi-qda is not beside the repository")
    summary, _ = demo_run
    with Project.open(summary["project"], readonly=True) as project:
        qdpx = export_qdpx(project, tmp_path / "demo.qdpx")
        qdc = write_qdc(project, tmp_path / "demo.qdc")
        n_codings = project.stats()["codings"]
    project_xsd = etree.XMLSchema(etree.parse(str(schemas / "Project-mrt2019.xsd")))
    codebook_xsd = etree.XMLSchema(etree.parse(str(schemas / "Codebook-mrt2019.xsd")))
    with zipfile.ZipFile(qdpx) as zf:
        doc = etree.fromstring(zf.read("project.qde"))
    project_xsd.assertValid(doc)
    codebook_xsd.assertValid(etree.parse(str(qdc)))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    assert len(doc.findall(".//q:Coding", ns)) == n_codings
