"""REFI-QDA: real samples import, exports validate, round trips keep everything, hostile files fail cleanly."""

import io
import zipfile

import pytest
from lxml import etree

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.refi.codebook_io import write_qdc
from tyokyky_qda.refi.qdpx_export import export_qdpx, project_xml
from tyokyky_qda.refi.qdpx_import import import_qdpx
from tyokyky_qda.store import Project

SAMPLES = {
    # file: (users, codes, sources, selections, codings) as the files hold them
    "atlasti-23.2-win__enricllagostera_ponte/blank-atlas-project.qdpx": (2, 0, 0, 0, 0),
    "atlasti-23.2-win__enricllagostera_ponte/target-atlas-project.qdpx": (2, 3, 0, 0, 0),
    "atlasti-8.4-mac__sky-loom_refi-qda/TestProject.qdpx": (3, 14, 8, 8, 9),
    "maxqda-24.7__bedingjd_paper_themes/2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx": (1, 307, 10, 0, 0),
    "qc-1.3.2__cproctor_qualitative-coding/demo.qdpx": (1, 262, 2, 158, 205),
}


@pytest.mark.parametrize("name, counts", SAMPLES.items())
def test_real_samples_import_with_matching_counts(refi_dir, project, name, counts):
    summary = import_qdpx(project, refi_dir / "samples" / name)
    f = summary.in_file
    assert (f["users"], f["codes"], f["sources"], f["selections"], f["codings"]) == counts
    assert project.stats()["codes"] == counts[1]
    assert len(project.coders()) == counts[0]
    # what has its text is imported; what has not is reported, never silently dropped
    readable = len(summary.source_ids)
    assert readable + sum("missing" in w for w in summary.warnings) == counts[2]
    if readable == counts[2]:
        assert project.stats()["codings"] == counts[4]
    again = project.stats()
    import_qdpx(project, refi_dir / "samples" / name)
    assert project.stats() == again, "re-importing the same file adds nothing"


def test_atlas_unsupported_elements_are_reported(refi_dir, project):
    s = import_qdpx(project, refi_dir / "samples" / "atlasti-8.4-mac__sky-loom_refi-qda" / "TestProject.qdpx")
    text = " ".join(s.unsupported)
    assert "picture" in text and "audio" in text and "video" in text and "graph" in text
    assert s.in_file["sets"] == 16 and len(project.sets()) == 16
    assert s.in_file["notes"] == 2 and len(project.memos()) == 2


def test_qc_selection_positions_fit_text(refi_dir, project):
    import_qdpx(project, refi_dir / "samples" / "qc-1.3.2__cproctor_qualitative-coding" / "demo.qdpx")
    for c in project.codings():
        text = project.source_text(c.source_id)
        assert 0 <= c.start < c.end <= len(text)


@pytest.mark.parametrize("name", ["atlasti-23.4-win__RE-QDA_requal/atlasti_23.4_codebook_from_requal_test.qdc",
                                  "taguette-1.4.1__aadorian_uto_tag/codebook.qdc"])
def test_codebook_samples(refi_dir, project, name):
    s = import_qdpx(project, refi_dir / "samples" / name)
    assert s.in_file["codes"] == project.stats()["codes"] > 0


def test_export_validates_against_both_schemas(rich, tmp_path, project_schema, codebook_schema):
    p, _ = rich
    doc = etree.fromstring(project_xml(p))
    project_schema.assertValid(doc)
    qdc = write_qdc(p, tmp_path / "k.qdc")
    codebook_schema.assertValid(etree.parse(str(qdc)))
    path = export_qdpx(p, tmp_path / "x.qdpx")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert "project.qde" in names and all(n == "project.qde" or n.startswith("sources/") for n in names)
        project_schema.assertValid(etree.fromstring(zf.read("project.qde")))
        for n in names:
            if n.startswith("sources/"):
                assert not zf.read(n).startswith(b"\xef\xbb\xbf")


def snapshot(p):
    paths = p.code_paths()
    sources = {s.name: p.source_text(s.id) for s in p.sources()}
    names = {s.id: s.name for s in p.sources()}
    codings = sorted((names[c.source_id], paths[c.code_id], c.start, c.end, c.coder, c.memo) for c in p.codings())
    codes = sorted((paths[c.id], c.guid, c.description, tuple(c.keywords), c.color.upper()) for c in p.codes())
    memos = sorted((m.target_kind, m.text) for m in p.memos())
    cases = sorted((c.name, tuple(sorted(p.attributes_of("case", c.id).items())),
                    tuple((names[l["source_id"]], l["start"], l["end"]) for l in p.case_links(c.id))) for c in p.cases())
    attrs = sorted((names[s.id], tuple(sorted(p.attributes_of("source", s.id).items()))) for s in p.sources())
    return sources, codings, codes, memos, cases, attrs


@pytest.mark.parametrize("crlf", [False, True])
def test_round_trip_keeps_everything(rich, tmp_path, crlf):
    p, _ = rich
    path = export_qdpx(p, tmp_path / "rt.qdpx", crlf=crlf)
    with Project.create(tmp_path / "back.tqda", codebook="empty") as back:
        summary = import_qdpx(back, path)
        assert summary.ranges_outside == summary.ranges_adjusted == 0 and not summary.warnings
        assert snapshot(back) == snapshot(p)


def _zip(entries: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


QDE = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x">{}</Project>')
XXE = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>')
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>')
DANGLING = QDE.format('<Sources><TextSource guid="11111111-1111-1111-1111-111111111111" name="s">'
                      '<PlainTextContent>hei maailma</PlainTextContent>'
                      '<PlainTextSelection guid="22222222-2222-2222-2222-222222222222" startPosition="0" endPosition="3">'
                      '<Coding guid="33333333-3333-3333-3333-333333333333"><CodeRef targetGUID="{deadbeef-0000-0000-0000-000000000000}"/>'
                      '</Coding></PlainTextSelection>'
                      '<PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="50" endPosition="60"/>'
                      '</TextSource></Sources>')


@pytest.mark.parametrize("entries, message", [
    ({"project.qde": XXE}, "refused for safety"),
    ({"project.qde": LAUGHS}, "refused for safety"),
    ({"project.qde": QDE.format(""), "../../evil.txt": "x"}, "zip-slip"),
    ({"project.qde": QDE.format(""), "/etc/evil.txt": "x"}, "zip-slip"),
    ({"project.qde": QDE.format(""), "sources/bomb.txt": "0" * (50 * 1024 * 1024)}, "zip bomb"),
    ({"sources/a.txt": "hei"}, "no .qde"),
    ({"a.qde": QDE.format(""), "b.qde": QDE.format("")}, "2 .qde files"),
    ({"project.qde": "<Project"}, "not well-formed"),
])
def test_hostile_archives_fail_with_clear_message_and_no_change(project, tmp_path, entries, message):
    path = tmp_path / "hostile.qdpx"
    path.write_bytes(_zip(entries))
    before = project.stats()
    with pytest.raises(ImportFailed, match=message):
        import_qdpx(project, path)
    assert project.stats() == before


def test_not_a_zip(project, tmp_path):
    path = tmp_path / "broken.qdpx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ImportFailed, match="not a readable"):
        import_qdpx(project, path)


def test_dangling_guids_and_outside_ranges_are_reported(project, tmp_path):
    path = tmp_path / "dangling.qdpx"
    path.write_bytes(_zip({"Project.qde": DANGLING}))
    s = import_qdpx(project, path)
    assert any("missing code" in w for w in s.warnings)
    assert s.ranges_outside == 1
    assert project.stats()["sources"] == 1 and project.stats()["codings"] == 0


def test_nvivo_positions_are_utf16_with_crlf(project, tmp_path):
    text = "\ufeffEka 😀 rivi\r\nToinen rivi"
    # NVivo: UTF-16 units, BOM stripped, CRLF counts two. "Toinen" starts after "Eka 😀 rivi\r\n".
    u16_start = len("Eka 😀 rivi\r\n".encode("utf-16-le")) // 2
    qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="n" '
           'origin="NVivo 14"><CodeBook><Codes><Code guid="55555555-5555-5555-5555-555555555555" name="K" '
           'isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="66666666-6666-6666-6666-666666666666" '
           'name="s" plainTextPath="internal://66666666-6666-6666-6666-666666666666.txt">'
           f'<PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="{u16_start}" '
           f'endPosition="{u16_start + 6}"><Coding guid="88888888-8888-8888-8888-888888888888">'
           '<CodeRef targetGUID="55555555-5555-5555-5555-555555555555"/></Coding></PlainTextSelection>'
           '</TextSource></Sources></Project>')
    path = tmp_path / "nvivo.qdpx"
    path.write_bytes(_zip({"project.qde": qde,
                           "Sources/66666666-6666-6666-6666-666666666666.txt": text.encode("utf-8")}))
    import_qdpx(project, path)
    c = project.codings()[0]
    assert project.source_text(c.source_id)[c.start:c.end] == "Toinen"


def test_atlas_selection_names_checked_against_text(project, tmp_path):
    """ATLAS.ti writes the quoted text as the selection's name: positions are verified with it."""
    text = "Ensimmäinen lause. Toinen lause on tässä.\r\nKolmas rivi 😀 loppuu."
    sels = [("Toinen lause", text.index("Toinen"), text.index("Toinen") + 12),
            ("Kolmas rivi", text.index("Kolmas"), text.index("Kolmas") + 11),
            ("väärä nimi", 0, 5)]
    body = "".join(
        f'<PlainTextSelection guid="{i:08d}-0000-0000-0000-000000000000" name="{n}" startPosition="{s}" '
        f'endPosition="{e}"/>' for i, (n, s, e) in enumerate(sels, 1))
    qde = QDE.format('<Sources><TextSource guid="99999999-0000-0000-0000-000000000000" name="s" '
                     f'plainTextPath="internal://s.txt">{body}</TextSource></Sources>')
    qde = qde.replace('name="x"', 'name="x" origin="ATLAS.ti 23.2"')
    path = tmp_path / "atlas.qdpx"
    path.write_bytes(_zip({"project.qde": qde, "sources/s.txt": text.encode("utf-8")}))
    summary = import_qdpx(project, path)
    assert summary.name_mismatches == 1  # only the deliberately wrong one
