"""The project file and the Project API: create/open/migrate, every table, undo records, offsets."""

import sqlite3

import pytest

from tyokyky_qda.core.errors import InvalidOffsets, NotFound, ProjectInUse, UserError
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.core.offsets import Edit
from tyokyky_qda.store import Project
from tyokyky_qda.store.migrations import latest_version


def test_create_open_and_migrate(tmp_path):
    path = tmp_path / "p.tqda"
    with Project.create(path, codebook="empty", name="Arviointi") as p:
        assert p.schema_version == latest_version()
        assert p.name == "Arviointi"
        assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Project.open(path) as p:
        assert p.schema_version == latest_version()


def test_migrations_run_from_an_older_schema(tmp_path):
    """A file written at schema 1 is brought to the latest schema when opened."""
    import sqlite_utils

    from tyokyky_qda.store import migrations
    from tyokyky_qda.store.base import APPLICATION_ID

    old = tmp_path / "v1.tqda"
    conn = sqlite3.connect(old)
    db = sqlite_utils.Database(conn)
    migrations.all_migrations()[0].migrate(db)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()
    with Project.create(tmp_path / "fresh.tqda", codebook="empty") as fresh:
        fresh_tables = set(fresh.db.table_names())
    with Project.open(old) as p:
        assert p.schema_version == latest_version()
        assert set(p.db.table_names()) == fresh_tables


def test_not_a_project_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.tqda"
    bad.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(UserError, match="not a tyokyky-qda project"):
        Project.open(bad)
    with pytest.raises(UserError, match="no such project"):
        Project.open(tmp_path / "missing.tqda")


def test_refuses_newer_schema(tmp_path):
    path = tmp_path / "new.tqda"
    with Project.create(path, codebook="empty") as p:
        p.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(UserError, match="newer"):
        Project.open(path)


def test_second_writer_is_refused_and_read_only_works(tmp_path):
    path = tmp_path / "lock.tqda"
    first = Project.create(path, codebook="empty")
    try:
        with pytest.raises(ProjectInUse, match="in use"):
            Project.open(path)
        with Project.open(path, readonly=True) as ro:
            assert ro.stats()["sources"] == 0
            with pytest.raises(UserError, match="read-only"):
                ro.add_code("x")
    finally:
        first.close()
    with Project.open(path) as again:  # released on close
        assert again.stats()["codes"] == 0


def test_second_process_is_told_project_in_use(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "proc.tqda"
    with Project.create(path, codebook="empty"):
        out = subprocess.run(
            [sys.executable, "-m", "tyokyky_qda", "sources", str(path)], capture_output=True, text=True)
        assert out.returncode == 0  # reading works while another process writes
        out = subprocess.run(
            [sys.executable, "-m", "tyokyky_qda", "code", str(path), "--source", "1", "--start", "0",
             "--end", "1", "--code", "1"], capture_output=True, text=True)
        assert out.returncode == 1
        assert "in use" in out.stderr and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_every_table_round_trips(project):
    src = project.add_source(
        Source(name="H01", text="[00:00:05] Haastattelija: Miten meni?\n[00:00:09] Liisa: Hyvin.",
               kind="transcript", original_path="/x/H01.txt", import_notes={"encoding": "utf-8"}),
        [Section(0, 36, "turn", speaker="Haastattelija", start_time=5.0, end_time=9.0),
         Section(37, 62, "turn", speaker="Liisa", start_time=9.0)],
        attributes={"Alue": "Pirkanmaa", "Pvm": "8.11.2022", "Kesto": "62", "Litteroitu": "kyllä"}).id
    s = project.source(src)
    assert s.kind == "transcript" and s.import_notes == {"encoding": "utf-8"} and s.original_path == "/x/H01.txt"
    secs = project.sections(src)
    assert [x.speaker for x in secs] == ["Haastattelija", "Liisa"] and secs[0].start_time == 5.0
    attrs = project.attributes_of("source", src)
    assert attrs == {"Alue": "Pirkanmaa", "Pvm": "2022-11-08", "Kesto": 62, "Litteroitu": True}
    types = {a["name"]: a["type"] for a in project.attributes()}
    assert types == {"Alue": "text", "Pvm": "date", "Kesto": "number", "Litteroitu": "boolean"}

    root = project.add_code("Tavoitteet", description="Ohjelman tavoitteet", color="#112233",
                            keywords=["tavoite"], name_en="Goals").id
    t1 = project.add_code("T1", root, keywords=["tunnistaa", "tuen tarve"]).id
    c = project.code(t1)
    assert c.parent_id == root and c.keywords == ["tunnistaa", "tuen tarve"]
    assert project.code(root).name_en == "Goals" and project.code(root).color == "#112233"
    assert project.code_path(t1) == "Tavoitteet/T1"
    assert project.resolve_code("Tavoitteet/T1") == t1
    assert project.resolve_code(str(t1)) == t1
    assert project.resolve_code("{" + c.guid.upper() + "}") == t1

    coding = project.add_coding(src, t1, 37, 62, coder="Aino", memo="hyvä esimerkki").id
    got = project.coding(coding)
    assert (got.start, got.end, got.coder, got.origin, got.memo) == (37, 62, "Aino", "manual", "hyvä esimerkki")
    assert project.add_coding(src, t1, 37, 62, coder="Aino").empty  # duplicate: nothing changes

    case = project.add_case("Liisa", "haastateltava").id
    project.link_case(case, src, 37, 62)
    project.set_attribute("case", case, "Ikä", 45)
    assert project.case_links(case)[0]["start"] == 37
    assert project.attributes_of("case", case) == {"Ikä": 45}

    memo = project.add_memo("Tärkeä havainto", "coding", coding, title="M1").id
    project.update_memo(memo, text="Tärkeä havainto, tarkistettu")
    assert project.memos("coding", coding)[0].text.endswith("tarkistettu")
    project.set_memo_text("project", None, "Projektin muistio")
    assert project.memo_for("project", None).text == "Projektin muistio"

    set_id = project.add_set("Pohjois-Suomi", [("source", src), ("code", t1)]).id
    assert sorted(project.sets()[0]["members"]) == [("code", t1), ("source", src)] and set_id

    assert {c["name"] for c in project.coders()} == {"Aino"}
    assert project.audit_log()[0]["action"] == "add memo" or project.audit_log()
    stats = project.stats()
    assert stats["sources"] == 1 and stats["codings"] == 1 and stats["cases"] == 1


def test_bad_ids_and_ranges_are_user_errors(project):
    src = project.add_source(Source(name="a", text="abc")).id
    code = project.add_code("k").id
    with pytest.raises(NotFound):
        project.source(999)
    with pytest.raises(InvalidOffsets):
        project.add_coding(src, code, 2, 9)
    with pytest.raises(InvalidOffsets):
        project.add_coding(src, code, 2, 2)
    with pytest.raises(UserError):
        project.add_coding(src, 999, 0, 1)
    with pytest.raises(NotFound):
        project.resolve_code("Ei/Ole")
    assert project.stats()["codings"] == 0


def test_offsets_are_code_points_with_emoji_and_combining_marks(project):
    text = "Hei 👋🏽 työ\u0301kyky 🇫🇮 ok"
    src = project.add_source(Source(name="emoji", text=text)).id
    code = project.add_code("k").id
    start = text.index("työ")
    end = start + len("työ\u0301kyky")
    cid = project.add_coding(src, code, start, end).id
    stored = project.source_text(src)
    assert stored == text
    c = project.coding(cid)
    assert stored[c.start:c.end] == "työ\u0301kyky"
    # SQLite's substr counts characters the same way
    sub = project.conn.execute("SELECT substr(text, ?, ?) FROM sources WHERE id=?",
                               (c.start + 1, c.end - c.start, src)).fetchone()[0]
    assert sub == "työ\u0301kyky"


def test_delete_and_restore_code_with_codings(project):
    src = project.add_source(Source(name="a", text="abcdef")).id
    root = project.add_code("root").id
    child = project.add_code("child", root).id
    project.add_coding(src, child, 0, 3)
    project.add_coding(src, root, 2, 5)
    project.add_memo("m", "code", child)
    assert project.count_codings_under(root) == 2
    ch = project.delete_code(root)
    assert ch.info["codings"] == 2 and project.stats()["codes"] == 0 and project.stats()["memos"] == 0
    project.restore_rows(ch.removed_rows)
    assert project.stats()["codes"] == 2 and project.stats()["codings"] == 2 and project.stats()["memos"] == 1
    assert project.code(child).parent_id == root


def test_merge_codes_and_undo(project):
    src = project.add_source(Source(name="a", text="abcdefghij")).id
    a = project.add_code("Työkykykoordinaattorit").id
    b = project.add_code("työkyky-koordinaattori").id
    sub = project.add_code("alakoodi", b).id
    project.add_coding(src, a, 0, 3)
    project.add_coding(src, b, 0, 3)  # same words as a: collapses
    project.add_coding(src, b, 5, 8)
    ch = project.merge_codes(b, a)
    assert [(c.start, c.end) for c in project.codings(code_id=a)] == [(0, 3), (5, 8)]
    assert project.code(sub).parent_id == a
    with pytest.raises(NotFound):
        project.code(b)
    project.unmerge_codes(ch)
    assert [(c.start, c.end) for c in project.codings(code_id=b)] == [(0, 3), (5, 8)]
    assert [(c.start, c.end) for c in project.codings(code_id=a)] == [(0, 3)]
    assert project.code(sub).parent_id == b


def test_move_code_refuses_cycles(project):
    a = project.add_code("a").id
    b = project.add_code("b", a).id
    with pytest.raises(UserError):
        project.move_code(a, b)
    project.move_code(b, None, 0)
    assert [c.name for c in project.children_of(None)] == ["b", "a"]


def test_edit_text_keeps_codings_on_their_words_and_undoes(project):
    text = "Matti Virtanen kertoi Oulusta paljon."
    src = project.add_source(Source(name="a", text=text), [Section(0, len(text), "turn", speaker="M")]).id
    code = project.add_code("k").id
    cid = project.add_coding(src, code, 15, 29).id  # "kertoi Oulusta"
    ch = project.replace_text(src, [Edit(6, 14, "[Henkilö 1]"), Edit(22, 29, "[Paikka 1]")])
    new = project.source_text(src)
    c = project.coding(cid)
    assert new[c.start:c.end] == "kertoi [Paikka 1]"
    assert project.sections(src)[0].end == len(new)
    project.restore_text(src, ch.info["old_text"], ch.info["old_ranges"])
    c = project.coding(cid)
    assert project.source_text(src)[c.start:c.end] == "kertoi Oulusta"


def test_delete_source_cascades_and_restores(project):
    src = project.add_source(Source(name="a", text="abcdef"), [Section(0, 6)], attributes={"x": "1"}).id
    code = project.add_code("k").id
    project.add_coding(src, code, 0, 2)
    case = project.add_case("c").id
    project.link_case(case, src)
    ch = project.delete_source(src)
    assert project.stats()["sources"] == 0 and project.stats()["codings"] == 0
    project.restore_rows(ch.removed_rows)
    assert project.stats()["codings"] == 1 and project.case_links(case) and project.attributes_of("source", src)


def test_attribute_types_are_enforced(project):
    src = project.add_source(Source(name="a", text="x")).id
    project.define_attribute("Ikä", "number")
    with pytest.raises(UserError, match="not a number"):
        project.set_attribute("source", src, "Ikä", "vanha")
    project.set_attribute("source", src, "Ikä", "45,5")
    assert project.attributes_of("source", src) == {"Ikä": 45.5}
    project.set_attribute("source", src, "Ikä", "")
    assert project.attributes_of("source", src) == {}


def test_default_codebook_loads(tk_project):
    paths = set(tk_project.code_paths().values())
    assert "Tavoitteet" in paths and "Vaikutukset/Suora vaikutus" in paths
    goals = [c.name for c in tk_project.children_of(tk_project.resolve_code("Tavoitteet"))]
    assert len(goals) == 7 and goals[0].startswith("T1")
    codes = tk_project.codes()
    assert all(c.description for c in codes), "every code has a definition"
    guids = [c.guid for c in codes]
    assert len(set(guids)) == len(guids)


def test_backups_rotate(tmp_path):
    from tyokyky_qda.store.backup import backup_dir

    path = tmp_path / "b.tqda"
    Project.create(path, codebook="empty").close()
    for i in range(8):
        with Project.open(path) as p:
            p.add_code(f"c{i}")
    backups = sorted(backup_dir(path).glob("*.tqda"))
    assert 1 <= len(backups) <= 5
    with Project.open(backups[-1], readonly=True) as b:
        assert b.stats()["codes"] >= 1
