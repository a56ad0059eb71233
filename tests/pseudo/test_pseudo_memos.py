"""Memos are scanned with the sources: their findings share the entities (and pseudonyms) of the
transcripts, are reviewed the same way, replaced in exports that carry memo text (REFI-QDA notes)
and rewritten by the irreversible apply."""

import io
import re
import zipfile
from contextlib import redirect_stdout

import pytest

from tyokyky_qda.cli import main
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.pseudo import review, scan, storage
from tyokyky_qda.pseudo.apply import apply_to_project, undo_apply
from tyokyky_qda.pseudo.export_filter import memo_filter_for
from tyokyky_qda.store import Project

qdpx_export = pytest.importorskip("tyokyky_qda.refi.qdpx_export")

TEXT = ("Haastattelija: Miten yhteistyö sujuu?\n"
        "Liisa Korhonen: Hyvin. Matti Virtanen soitti eilen, ja Virtasen kanssa sovittiin tapaaminen.\n")
MEMO = "Liisa kertoi, että Matti Virtasen kanssa oli sovittu. Maija Kärkimaalle soitetaan, numero 040 765 4321."
PLAIN = "Koodi kattaa kaikki yhteistyön muodot; rajanveto tehdään tapauskohtaisesti."


@pytest.fixture
def memo_project(project):
    sid = project.add_source(Source(name="H1", text=TEXT, kind="transcript"),
                             [Section(15, 37, "turn", speaker="Haastattelija"),
                              Section(54, len(TEXT) - 1, "turn", speaker="Liisa Korhonen")]).id
    code = project.add_code("Yhteistyö").id
    memo = project.add_memo(MEMO, "source", sid).id
    plain = project.add_memo(PLAIN, "code", code, title="Rajaus").id
    return project, sid, memo, plain


def _memo_text(project, memo_id):
    return next(m.text for m in project.memos() if m.id == memo_id)


def test_memo_findings_are_detected_and_share_numbering_with_the_transcripts(memo_project):
    project, sid, memo, plain = memo_project
    result = scan.detect_project(project, tier="fallback")
    assert result.memos == 2 and result.in_memos == 4
    in_memo = review.list_findings(project, memo_id=memo)
    assert [(f.text, f.category) for f in in_memo] == [
        ("Liisa", "person"), ("Matti Virtasen", "person"), ("Maija Kärkimaalle", "person"),
        ("040 765 4321", "phone")]
    assert all(f.source_id == 0 and f.memo_id == memo for f in in_memo)
    assert all(MEMO[f.start:f.end] == f.text for f in in_memo)
    assert review.list_findings(project, memo_id=plain) == []
    by_text = {f.text: f for f in review.list_findings(project)}
    # Same person in a memo and in a transcript: the same entity and pseudonym.
    assert by_text["Matti Virtasen"].entity_id == by_text["Matti Virtanen"].entity_id
    assert by_text["Liisa"].replacement == by_text["Liisa Korhonen"].replacement == "[Henkilö 1]"
    # Names met only in memos are numbered after the sources' names.
    assert by_text["Matti Virtanen"].replacement == "[Henkilö 2]"
    assert by_text["Maija Kärkimaalle"].replacement == "[Henkilö 3]"
    # Listed after the sources' findings.
    assert [f.memo_id for f in review.list_findings(project)][-1] == memo


def test_memo_findings_are_kept_revalidated_and_dropped_with_their_memo(memo_project):
    project, sid, memo, plain = memo_project
    scan.detect_project(project, tier="fallback")
    rejected = next(f for f in review.list_findings(project, memo_id=memo) if f.text == "Liisa")
    review.set_status(project, [rejected.id], "rejected")
    project.update_memo(memo, text="Huom. " + MEMO)
    scan.detect_project(project, tier="fallback")
    rows = review.list_findings(project, memo_id=memo)
    assert {f.text: f.status for f in rows}["Liisa"] == "rejected"
    assert all(("Huom. " + MEMO)[f.start:f.end] == f.text for f in rows)
    assert len(rows) == 4
    project.delete_memo(memo)
    scan.detect_project(project, tier="fallback")
    assert storage.findings(project, memo_id=memo) == []


def test_findings_in_two_memos_may_share_offsets(project):
    for _ in range(2):
        project.add_memo("Matti Virtanen soitti.", "project")
    scan.detect_project(project, tier="fallback")
    rows = storage.findings(project)
    assert [(r["memo_id"], r["start"], r["end"]) for r in rows] == [(1, 0, 14), (2, 0, 14)]
    assert rows[0]["entity_id"] == rows[1]["entity_id"]


def test_only_a_scan_of_the_whole_project_reads_the_memos(memo_project):
    project, sid, memo, plain = memo_project
    result = scan.detect_project(project, source_ids=[sid], tier="fallback")
    assert result.memos == 0 and storage.findings(project, memo_id=memo) == []
    scan.detect_project(project, source_ids=[sid], memos=True, tier="fallback")
    assert len(storage.findings(project, memo_id=memo)) == 4


def _leaks(text, originals):
    return sorted(o for o in originals if re.search(r"(?<!\w)" + re.escape(o) + r"(?!\w)", text))


def _qdpx_text(path):
    with zipfile.ZipFile(path) as zf:
        return zf.read("project.qde").decode("utf-8")


def test_qdpx_notes_carry_pseudonymised_memo_text(memo_project, tmp_path):
    project, sid, memo, plain = memo_project
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    # A name found only in a memo, in a form no transcript has: only the memo's own findings catch it.
    originals = {"Maija Kärkimaalle", "Matti Virtasen", "Liisa", "040 765 4321"}
    path = qdpx_export.export_qdpx(project, tmp_path / "p.qdpx", pseudonymise=True)
    qde = _qdpx_text(path)
    assert _leaks(qde, originals) == [] and "Kärkimaa" not in qde
    assert "[Henkilö 1] kertoi, että [Henkilö 2] kanssa oli sovittu. [Henkilö 3] soitetaan" in qde
    assert PLAIN in qde  # a memo without identifiers is exported as it is
    plain_export = _qdpx_text(qdpx_export.export_qdpx(project, tmp_path / "o.qdpx", pseudonymise=False))
    assert _leaks(plain_export, originals) == sorted(originals)


def test_memo_filter_keeps_a_rejected_occurrence(memo_project):
    project, sid, memo, plain = memo_project
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    liisa = next(f for f in review.list_findings(project, memo_id=memo) if f.text == "Liisa")
    review.set_status(project, [liisa.id], "rejected")
    memos = {m.id: m for m in project.memos()}
    filtered = memo_filter_for(project)(memos[memo])
    assert filtered.startswith("Liisa kertoi, että [Henkilö 2] kanssa")
    assert memo_filter_for(project)(memos[plain]) == PLAIN
    assert memo_filter_for(project, pseudonymise=False)(memos[memo]) == MEMO


def test_apply_rewrites_memos_and_undo_restores_them(memo_project):
    project, sid, memo, plain = memo_project
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    ch = apply_to_project(project)
    text = _memo_text(project, memo)
    assert text == ("[Henkilö 1] kertoi, että [Henkilö 2] kanssa oli sovittu. [Henkilö 3] soitetaan, "
                    "numero [Puhelinnumero 1].")
    assert _memo_text(project, plain) == PLAIN
    rows = review.list_findings(project, memo_id=memo)
    assert {f.status for f in rows} == {"applied"}
    assert all(text[f.start:f.end] == f.replacement for f in rows)
    assert "Matti Virtanen" not in project.source_text(sid)
    assert ch.info["replaced"] == 3 + 4  # the transcript's three, the memo's four
    # A second detection finds nothing new in the rewritten memo.
    assert scan.detect_project(project, tier="fallback").new == 0
    undo_apply(project, ch)
    assert _memo_text(project, memo) == MEMO and project.source_text(sid) == TEXT
    assert {f.status for f in review.list_findings(project, memo_id=memo)} == {"accepted"}


def test_applying_one_source_leaves_the_memos(memo_project):
    project, sid, memo, plain = memo_project
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    apply_to_project(project, [sid])
    assert _memo_text(project, memo) == MEMO
    apply_to_project(project, [sid], memos=True)
    assert "Kärkimaa" not in _memo_text(project, memo)


def test_cli_lists_memo_findings_with_their_place(tmp_path):
    path = tmp_path / "m.tqda"
    with Project.create(path, codebook="empty") as p:
        sid = p.add_source(Source(name="H1", text="Matti Virtanen kertoi.")).id
        p.add_memo("Virtasen kanssa sovittiin.", "source", sid)
        p.add_memo("Matti Virtanen", "project", title="Yhteystiedot")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["pseudonymise", str(path), "--tier", "fallback"]) == 0
    lines = out.getvalue().splitlines()
    assert any(line.startswith("Memo on source H1") and "Virtasen" in line for line in lines)
    assert any(line.startswith("Memo: Yhteystiedot") and "Matti Virtanen" in line for line in lines)
    assert "3 findings (2 in 2 memos scanned)" in lines[-1]


def _as_schema_4(path):
    """Turn a project file back into schema 4 (findings in sources only), with one finding."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP INDEX idx_pseudo_findings_source_id_memo_id_start_end; DROP INDEX idx_pseudo_findings_memo_id;"
        "CREATE UNIQUE INDEX idx_pseudo_findings_source_id_start_end ON pseudo_findings(source_id, start, \"end\");"
        "ALTER TABLE pseudo_findings DROP COLUMN memo_id;"
        "UPDATE meta SET value='4' WHERE key='schema_version';"
        "INSERT INTO pseudo_findings(source_id, start, \"end\", text, category, status) "
        "VALUES (1, 0, 14, 'Matti Virtanen', 'person', 'pending');")
    conn.commit()
    conn.close()


def test_a_schema_4_project_reads_and_migrates(tmp_path):
    path = tmp_path / "old.tqda"
    with Project.create(path, codebook="empty") as p:
        sid = p.add_source(Source(name="H1", text="Matti Virtanen kertoi.")).id
        p.add_memo("Matti Virtanen soitti.", "source", sid)
    _as_schema_4(path)
    with Project.open(path, readonly=True) as p:
        assert not storage.has_memo_findings(p)
        assert [(r["source_id"], r["memo_id"]) for r in storage.findings(p)] == [(1, 0)]
        assert storage.findings(p, memo_id=1) == []
    with Project.open(path) as p:
        assert p.schema_version >= 5 and storage.has_memo_findings(p)
        assert [(r["source_id"], r["memo_id"], r["text"]) for r in storage.findings(p)] == [(1, 0, "Matti Virtanen")]
        scan.detect_project(p, tier="fallback")
        assert [(r["source_id"], r["memo_id"]) for r in storage.findings(p)] == [(1, 0), (0, 1)]
