"""``tyokyky-qda pseudonymise``: JSON contract, dry run, accept and apply, terms, key, errors."""

import io
import json
from contextlib import redirect_stdout

import pytest

from tyokyky_qda.cli import main
from tyokyky_qda.core.model import Source
from tyokyky_qda.store import Project

TEXT = "Haastattelija: Miten Virtasen kanssa meni?\nLiisa Korhonen: Hyvin. Soita 040 123 4567. Asun Kivijärvellä."


def run(*argv):
    out = io.StringIO()
    with redirect_stdout(out):
        code = main([str(a) for a in argv])
    return code, out.getvalue()


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "cli.tqda"
    with Project.create(path, codebook="empty") as p:
        p.add_source(Source(name="H1", text=TEXT))
        p.add_source(Source(name="H2", text="Matti Virtanen, matti@example.fi"))
    return path


def _text(path, sid=1):
    with Project.open(path, readonly=True) as p:
        return p.source_text(sid)


def test_json_lists_findings_in_the_contract_shape(path):
    code, out = run("pseudonymise", path, "--json", "--tier", "fallback")
    assert code == 0
    findings = json.loads(out)
    assert {"source", "start", "end", "text", "category", "entity", "replacement"} <= set(findings[0])
    got = {(f["source"], f["text"], f["category"], f["replacement"]) for f in findings}
    assert got == {(1, "Virtasen", "person", "[Henkilö 1]"), (1, "Liisa Korhonen", "person", "[Henkilö 2]"),
                   (1, "040 123 4567", "phone", "[Puhelinnumero 1]"),
                   (2, "Matti Virtanen", "person", "[Henkilö 1]"), (2, "matti@example.fi", "email", "[Sähköposti 1]")}
    assert all(TEXT[f["start"]:f["end"]] == f["text"] for f in findings if f["source"] == 1)
    assert {f["status"] for f in findings} == {"pending"}


def test_dry_run_changes_nothing(path, tmp_path):
    terms = tmp_path / "terms.txt"
    terms.write_text("Kivijärvi;place\n", encoding="utf-8")
    code, out = run("pseudonymise", path, "--dry-run", "--accept-all", "--apply", "--terms", terms, "--json",
                    "--tier", "fallback")
    assert code == 0
    findings = json.loads(out)
    assert {f["status"] for f in findings} == {"applied"} and "Kivijärvellä" in {f["text"] for f in findings}
    assert _text(path) == TEXT
    with Project.open(path, readonly=True) as p:
        assert p.conn.execute("SELECT COUNT(*) FROM pseudo_findings").fetchone()[0] == 0
        assert p.conn.execute("SELECT COUNT(*) FROM pseudo_terms").fetchone()[0] == 0


def test_accept_all_apply_one_source_terms_and_key(path, tmp_path):
    terms = tmp_path / "terms.txt"
    terms.write_text("# pienet kunnat\nKivijärvi;place\n", encoding="utf-8")
    key = tmp_path / "avain.csv"
    code, out = run("pseudonymise", path, "--source", 1, "--terms", terms, "--accept-all", "--apply",
                    "--write-key", key, "--tier", "fallback")
    assert code == 0 and "replaced 4 occurrences" in out
    assert _text(path) == ("Haastattelija: Miten [Henkilö 1] kanssa meni?\n"
                           "[Henkilö 2]: Hyvin. Soita [Puhelinnumero 1]. Asun [Paikka 1].")
    assert _text(path, 2) == "Matti Virtanen, matti@example.fi"  # not this run's source
    assert "Kivijärvellä" in key.read_text(encoding="utf-8-sig")
    code, out = run("pseudonymise", path, "--json", "--tier", "fallback")
    statuses = {f["text"]: f["status"] for f in json.loads(out)}
    assert statuses["Virtasen"] == "applied" and statuses["Matti Virtanen"] == "pending"


def test_categories_are_saved(path):
    code, out = run("pseudonymise", path, "--categories", "email", "--json", "--tier", "fallback")
    assert code == 0 and {f["category"] for f in json.loads(out)} == {"email"}
    code, out = run("pseudonymise", path, "--json", "--tier", "fallback")
    assert {f["category"] for f in json.loads(out)} == {"email"}


def test_errors_are_one_line(path, tmp_path, capsys):
    assert main(["pseudonymise", str(path), "--categories", "nonsense"]) == 1
    assert main(["pseudonymise", str(path), "--source", "99"]) == 1
    assert main(["pseudonymise", str(path), "--terms", str(tmp_path / "missing.txt")]) == 1
    assert main(["pseudonymise", str(tmp_path / "missing.tqda")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("tyokyky-qda: error:") for line in err)


def test_table_output(path):
    code, out = run("pseudonymise", path, "--tier", "fallback")
    assert code == 0 and "Virtasen" in out and "5 findings: 5 pending" in out
