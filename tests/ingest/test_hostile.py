"""Hostile and broken files: none crashes, each gets one message naming the file and the reason,
and the project is left exactly as it was."""

import os
import zipfile

import pytest
from builders import docx_file, image_only_pdf, many_entries_zip, odt_file, pdf_file, xlsx_file, zip_bomb

from tyokyky_qda.ingest.safety import MB, Limits


def _truncate(path, keep):
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)] if keep < 1 else data[:keep])
    return path


def _write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _text_zip(path, names):
    with zipfile.ZipFile(path, "w") as zf:
        for name in names:
            zf.writestr(name, "hello")
    return path


CASES = {
    "empty.txt": (lambda p: _write(p, b""), "empty"),
    "blank.txt": (lambda p: _write(p, "   \n\n\t \r\n"), "only white space"),
    "binary.txt": (lambda p: _write(p, os.urandom(2000) + b"\0\0\0" + os.urandom(2000)), "binary content"),
    "kuva.txt": (lambda p: _write(p, b"\x89PNG\r\n\x1a\n" + os.urandom(500)), "binary content (PNG image)"),
    "nul.txt": (lambda p: _write(p, "Hyvää tekstiä\n".encode() * 20 + b"\0" + b"lisaa"), "NUL bytes"),
    "mixed.txt": (lambda p: _write(p, "Työkyky äö\n".encode() * 50 + "väärin\n".encode("cp1252")),
                  "undecodable bytes"),
    "odd.txt": (lambda p: _write(p, b"\xff\xfeH\x00i\x00!"), "undecodable bytes"),
    "puolikas.docx": (lambda p: _truncate(docx_file(p, ["Teksti " * 200] * 20), 0.5), "corrupt or truncated"),
    "pommi.docx": (lambda p: zip_bomb(p), "zip bomb"),
    "pommi.xlsx": (lambda p: zip_bomb(p, "xl/worksheets/sheet1.xml"), "zip bomb"),
    "pommi.odt": (lambda p: zip_bomb(p, "content.xml"), "zip bomb"),
    "tiedostoja.xlsx": (lambda p: many_entries_zip(p, 10_001), "entries in the archive"),
    "teksti.docx": (lambda p: _write(p, "Tämä ei ole Word-tiedosto."), "not a valid Word document"),
    "vaara.docx": (lambda p: _text_zip(p, ["hello.txt"]), "corrupt Word document"),
    "salattu.docx": (lambda p: _write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                     "password-protected or in the old binary Office format"),
    "vanha.doc": (lambda p: _write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "save it as .docx"),
    "puolikas.odt": (lambda p: _truncate(odt_file(p, ["Teksti " * 300] * 10), 0.5), "corrupt"),
    "puolikas.xlsx": (lambda p: _truncate(xlsx_file(p, [["a", "b"]] + [["x" * 50, "y" * 50]] * 200), 0.5),
                      "corrupt"),
    "tyhja.xlsx": (lambda p: xlsx_file(p, []), "empty"),
    "yhdistetty.xlsx": (lambda p: xlsx_file(p, [["Kysymys", None, None], ["a", "b", "c"]], merges=["A1:C1"]),
                        "no data rows"),
    "lainaus.csv": (lambda p: _write(p, 'id;vastaus\n1;"alkaa mutta ei lopu\n2;toinen\n'), "broken CSV quoting"),
    "otsikko.csv": (lambda p: _write(p, "id;Vastaus;Toinen\n"), "no data rows"),
    "tyhjat.csv": (lambda p: _write(p, "id;Vastaus\n;\n;\n"), "no data rows"),
    "skannaus.pdf": (lambda p: image_only_pdf(p), "no text layer"),
    "salattu.pdf": (lambda p: pdf_file(p, [["Salainen teksti"]], encrypt="salasana"), "encrypted PDF"),
    "puolikas.pdf": (lambda p: _truncate(pdf_file(p, [["Teksti " * 10] * 40] * 3), 300), "PDF"),
    "sivu.pdf": (lambda p: _write(p, "<html><body>ei pdf</body></html>"), "not a PDF"),
    "ohjelma.exe": (lambda p: _write(p, b"MZ\x90\x00"), "unsupported file type (.exe)"),
    "rikki.rtf": (lambda p: _write(p, "ei rtf:ää"), "not an RTF file"),
    "vihjeet.vtt": (lambda p: _write(p, "WEBVTT\n\nroskaa ilman aikoja\n\nlisää roskaa\n"), "no timed cues"),
    "roska.srt": (lambda p: _write(p, "1\nei aikaa\nteksti\n"), "no timed cues"),
    "skriptit.html": (lambda p: _write(p, "<html><script>alert(1)</script><style>p{}</style></html>"),
                      "no text in the document"),
    "binaari.csv": (lambda p: _write(p, os.urandom(100) + b"\0" * 50), "binary content"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_fails_cleanly(project, run_import, tmp_path, name):
    build, reason = CASES[name]
    path = build(tmp_path / name)
    before, audit = project.stats(), len(project.audit_log())
    report = run_import(path)
    assert report.imported == [] and report.skipped == []
    assert len(report.failed) == 1, report.as_dict()
    assert report.failed[0]["path"] == str(path)
    assert reason in report.failed[0]["error"], report.failed[0]["error"]
    assert project.stats() == before and len(project.audit_log()) == audit


def test_there_are_at_least_25_hostile_cases():
    assert len(CASES) >= 25


def test_missing_file(project, run_import, tmp_path):
    report = run_import(tmp_path / "ei_ole.txt")
    assert report.failed == [{"path": str(tmp_path / "ei_ole.txt"), "error": "file not found"}]


def test_size_cap_is_configurable(project, run_import, tmp_path):
    path = _write(tmp_path / "iso.txt", "sana " * 300_000)  # 1.5 MB
    report = run_import(path, limits=Limits(max_file_bytes=1 * MB))
    assert "file too large (1.4 MB; the limit is 1.0 MB)" == report.failed[0]["error"]
    assert project.stats()["sources"] == 0


def test_200_mb_text_is_refused_unread(project, run_import, tmp_path):
    path = tmp_path / "valtava.txt"
    with open(path, "wb") as fh:  # sparse: 200 MB by size without writing them
        fh.truncate(200 * MB)
    report = run_import(path)
    assert report.failed[0]["error"].startswith("file too large (200.0 MB")


@pytest.mark.slow
def test_real_200_mb_text_is_refused(project, run_import, tmp_path):
    path = tmp_path / "oikeasti_iso.txt"
    line = ("Työkykyohjelman arviointi eteni suunnitellusti. " * 20 + "\n").encode("utf-8")
    with open(path, "wb") as fh:
        for _ in range(200 * MB // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size > 200 * MB
    report = run_import(path)
    assert "file too large" in report.failed[0]["error"] and project.stats()["sources"] == 0


def test_a_bad_file_does_not_stop_the_batch(project, run_import, tmp_path):
    folder = tmp_path / "sekalaista"
    folder.mkdir()
    _write(folder / "a_hyva.txt", "Hyvä teksti.")
    zip_bomb(folder / "b_pommi.docx")
    _write(folder / "c_tyhja.txt", b"")
    _write(folder / "d_hyva.txt", "Toinen hyvä teksti.")
    report = run_import(folder)
    assert [i["name"] for i in report.imported] == ["a_hyva", "d_hyva"]
    assert [f["path"].rsplit("/", 1)[-1] for f in report.failed] == ["b_pommi.docx", "c_tyhja.txt"]


def test_encrypted_pdf_with_empty_user_password_opens(project, run_import, tmp_path):
    path = pdf_file(tmp_path / "suojattu.pdf", [["Avoin teksti, vain muokkaus on estetty."]], encrypt="")
    report = run_import(path)
    assert not report.failed, report.failed
    assert "Avoin teksti" in project.source_text(report.imported[0]["id"])


def test_aes_protected_pdf_with_empty_user_password_opens(project, run_import, tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = pdf_file(tmp_path / "avoin.pdf", [["Hallinnon asiakirja, tulostus sallittu."]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="omistaja", algorithm="AES-256")
    path = tmp_path / "aes.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    assert PdfReader(path).is_encrypted
    report = run_import(path)
    assert not report.failed, report.failed
    assert "Hallinnon asiakirja" in project.source_text(report.imported[0]["id"])
