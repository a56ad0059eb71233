"""The CLI contract: names, JSON shapes, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest

from tyokyky_qda.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "tyokyky_qda", *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def cli_project(tmp_path):
    path = tmp_path / "cli.tqda"
    assert main(["new", str(path)]) == 0
    text = tmp_path / "haastattelu.txt"
    text.write_text("Haastattelija: Miten työkykykoordinaattori auttoi?\nLiisa: Hän tunnisti tuen tarpeen. 😀\n",
                    encoding="utf-8")
    return path, text


def test_new_import_list_code_uncode(cli_project, capsys):
    path, text = cli_project
    capsys.readouterr()
    assert main(["import", str(path), str(text), "--attr", "Alue=Pirkanmaa", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {"imported", "skipped", "failed"}
    sid = report["imported"][0]["id"]
    assert set(report["imported"][0]) >= {"id", "name", "kind"}

    assert main(["sources", str(path), "--json"]) == 0
    sources = json.loads(capsys.readouterr().out)
    assert sources[0]["id"] == sid and sources[0]["attributes"]["Alue"] == "Pirkanmaa"
    assert set(sources[0]) >= {"id", "name", "kind", "attributes"}

    assert main(["codes", str(path), "--json"]) == 0
    codes = json.loads(capsys.readouterr().out)
    assert set(codes[0]) >= {"id", "guid", "name", "path", "parent", "description"}
    goal = next(c for c in codes if c["path"].startswith("Tavoitteet/T1"))

    assert main(["code", str(path), "--source", str(sid), "--start", "0", "--end", "13", "--code", goal["path"],
                 "--coder", "Aino", "--json"]) == 0
    coding = json.loads(capsys.readouterr().out)
    assert coding["code"] == goal["id"] and coding["coder"] == "Aino" and coding["origin"] == "manual"
    assert main(["code", str(path), "--source", str(sid), "--start", "14", "--end", "20", "--code", goal["guid"]]) == 0
    capsys.readouterr()

    assert main(["codings", str(path), "--code", str(goal["id"]), "--json"]) == 0
    codings = json.loads(capsys.readouterr().out)
    assert len(codings) == 2
    assert set(codings[0]) >= {"id", "source", "start", "end", "code", "path", "coder", "origin"}

    assert main(["uncode", str(path), "--coding", str(codings[0]["id"])]) == 0
    capsys.readouterr()
    assert main(["codings", str(path), "--json"]) == 0
    remaining = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in remaining] == [codings[1]["id"]]


@pytest.mark.parametrize("args, message", [
    (["sources", "missing.tqda"], "no such project"),
    (["code", "{p}", "--source", "99", "--start", "0", "--end", "1", "--code", "1"], "no source"),
    (["code", "{p}", "--source", "1", "--start", "0", "--end", "9999", "--code", "Tavoitteet"], "does not fit"),
    (["code", "{p}", "--source", "1", "--start", "0", "--end", "5", "--code", "Ei/Tällaista"], "no code"),
    (["uncode", "{p}", "--coding", "12345"], "no coding"),
    (["import", "{p}", "nothing-here.txt"], "nothing was imported"),
    (["new", "{p}"], "already exists"),
    (["new", "{d}/x.tqda", "--codebook", "nonexistent.json"], "codebook"),
])
def test_user_errors_are_one_line_exit_1(cli_project, args, message):
    path, text = cli_project
    assert main(["import", str(path), str(text), "--quiet"]) == 0
    args = [a.format(p=path, d=path.parent) for a in args]
    out = run(*args)
    assert out.returncode == 1, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in out.stderr


def test_usage_errors_exit_2(cli_project):
    path, _ = cli_project
    assert run("code", path).returncode == 2
    assert run("no-such-command").returncode == 2
    assert run("codings", path, "--source", "abc").returncode == 2


def test_gui_without_display_is_a_clear_error(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "tyokyky_qda", "gui"], capture_output=True, text=True, env=env)
    if sys.platform.startswith("linux"):
        assert out.returncode == 1 and "no display" in out.stderr and "Traceback" not in out.stderr
