"""No accepted original in any exported file (XLSX, DOCX, PDF, CSV, HTML, QDPX) when export
pseudonymisation is on; the same exports without it do contain them (so the check can see them).

Runs the real exporters of ``tyokyky_qda.export`` and ``tyokyky_qda.refi.qdpx_export`` on a
project made of the Finnish fixtures, coded with the default codebook, after real detection.
"""

import html
import re
import zipfile

import docx
import fi_fixtures
import openpyxl
import pytest
from pseudo_helpers import add_documents
from pypdf import PdfReader

from tyokyky_qda.pseudo import review, scan, storage

catalog = pytest.importorskip("tyokyky_qda.export.catalog")
export = pytest.importorskip("tyokyky_qda.export")
qdpx_export = pytest.importorskip("tyokyky_qda.refi.qdpx_export")


def file_text(path):
    """All text of an exported file, as a reader of that format sees it."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                         if c.value is not None) + "\n" + "\n".join(ws.title for ws in wb.worksheets)
    if suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
        parts += [p.text for s in d.sections for p in s.footer.paragraphs + s.header.paragraphs]
        return "\n".join(parts)
    if suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    if suffix == ".qdpx":
        with zipfile.ZipFile(path) as zf:
            return "\n".join(html.unescape(zf.read(n).decode("utf-8")) for n in zf.namelist())
    return html.unescape(path.read_text(encoding="utf-8-sig"))


def leaks(text, originals):
    """Accepted originals that occur in ``text`` as whole words (PDF lines may break anywhere, so
    whitespace inside an original matches any whitespace)."""
    flat = " ".join(text.split())
    return sorted(o for o in originals
                  if re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, o.split())) + r"(?!\w)", flat))


@pytest.fixture
def coded_fi(tk_project):
    """The fixtures in the default codebook: every turn coded with a goal and a measure."""
    project = tk_project
    gold = add_documents(project, fi_fixtures.documents())
    goal = next(c.id for c in project.codes() if c.name.startswith("T1 "))
    measure = next(c.id for c in project.codes() if c.name == "Työkykykoordinaattorit")
    for i, sid in enumerate(gold):
        project.set_attribute("source", sid, "Alue", ["Pirkanmaa", "Pohjois-Karjala"][i % 2])
        for sec in project.sections(sid):
            project.add_coding(sid, goal, sec.start, sec.end)
            project.add_coding(sid, measure, sec.start, sec.end)
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    originals = {f.text for f in review.list_findings(project)}
    assert {"Virtasen", "131052-308T", "pekka.korhonen@te-toimisto.fi", "040 123 4567"} <= originals
    return project, originals


REPORTS = [("segments", {}), ("findings", {}),
           ("matrix", {"rows": "group:Tavoitteet", "cols": "attribute:Alue", "cell": "segments"})]


@pytest.mark.parametrize("name,extra", REPORTS, ids=[r[0] for r in REPORTS])
def test_reports_hold_no_accepted_original(coded_fi, tmp_path, name, extra):
    project, originals = coded_fi
    report = catalog.build_report(project, name, catalog.ReportOptions(pseudonymise=True, **extra))
    plain = catalog.build_report(project, name, catalog.ReportOptions(pseudonymise=False, **extra))
    for ext in ("xlsx", "docx", "pdf", "csv", "html"):
        written = export.write_report(report, tmp_path / f"{name}-p.{ext}")
        text = "\n".join(file_text(p) for p in written)
        assert leaks(text, originals) == [], (name, ext)
        if name == "segments":
            assert "[Henkilö 1]" in " ".join(text.split()) or "[Henkilö" in text, ext
            control = "\n".join(file_text(p) for p in export.write_report(plain, tmp_path / f"{name}-o.{ext}"))
            assert len(leaks(control, originals)) > 10, ext  # the check does see names when they are there


def test_report_bundle_holds_no_accepted_original(coded_fi, tmp_path):
    project, originals = coded_fi
    files = export.export_report_bundle(project, tmp_path / "bundle", formats=("xlsx", "docx", "pdf"),
                                        pseudonymise=True)
    assert files
    for path in files:
        assert leaks(file_text(path), originals) == [], path.name


def test_qdpx_holds_no_accepted_original_and_codings_still_fit(coded_fi, tmp_path):
    project, originals = coded_fi
    path = qdpx_export.export_qdpx(project, tmp_path / "p.qdpx", pseudonymise=True)
    assert leaks(file_text(path), originals) == []
    plain = qdpx_export.export_qdpx(project, tmp_path / "o.qdpx", pseudonymise=False)
    assert len(leaks(file_text(plain), originals)) > 10
    with zipfile.ZipFile(path) as zf:
        texts = [zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".txt")]
    assert any("[Henkilö 1]" in t for t in texts)
    assert project.source_text(1) != texts[0] or "[Henkilö" not in project.source_text(1)


def test_key_tables_never_reach_an_export(coded_fi, tmp_path):
    """The key's own words ("pseudo_findings", entity labels in their basic form) are nowhere."""
    project, originals = coded_fi
    labels = {e["label"] for e in storage.entities(project)}
    path = qdpx_export.export_qdpx(project, tmp_path / "k.qdpx", pseudonymise=True)
    text = file_text(path)
    assert "pseudo_" not in text and leaks(text, labels) == []


def test_qdpx_names_and_memos_are_pseudonymised_too(project, tmp_path):
    from tyokyky_qda.core.model import Source

    sid = project.add_source(Source(name="Haastattelu Matti Virtanen", text="Matti Virtanen kertoi.")).id
    project.add_memo("Muistio: Matti Virtanen oli hyvä.", "source", sid)
    project.add_case("Matti Virtanen")
    code = project.add_code("K").id
    project.add_coding(sid, code, 0, 14, memo="Matti Virtanen koodattu")
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    path = qdpx_export.export_qdpx(project, tmp_path / "n.qdpx", pseudonymise=True)
    assert leaks(file_text(path), {"Matti Virtanen"}) == []


def test_name_filter_for_labels(coded_fi):
    from tyokyky_qda.pseudo.export_filter import name_filter_for

    project, _ = coded_fi
    assert name_filter_for(project)("Liisa: Virtaselle soitettiin") == "[Henkilö 1]: [Henkilö 2] soitettiin"
    assert name_filter_for(project, False)("Liisa") == "Liisa"
    assert name_filter_for(project)(None) is None
