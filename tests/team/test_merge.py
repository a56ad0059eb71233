"""Merging two coders' projects: drifted codebooks, same sources, changed text, idempotence."""

import json

import pytest

from tyokyky_qda.cli import main
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.store import Project
from tyokyky_qda.team.merge import apply_merge
from tyokyky_qda.team.merge_plan import plan_merge

TEXTS = {
    "H01": "Haastattelija: Miten työkykykoordinaattori auttoi?\nLiisa: Hän tunnisti tuen tarpeen ajoissa "
           "ja ohjasi minut kuntoutukseen. Työnantaja sai tukea rekrytointiin.",
    "H02": "Haastattelija: Mikä ei toiminut?\nPekka: Tieto ei kulkenut hallinnonalojen välillä, ja "
           "palvelupolku katkesi monta kertaa.",
}


def build(path, coder, names, codings, texts=TEXTS):
    p = Project.create(path, codebook="empty", coder=coder)
    root = p.add_code("Toimenpiteet").id
    ids = {n: p.add_code(n, root, description=f"Koodi {n.lower()} ja sen kuvaus").id for n in names}
    sources = {}
    for name, text in texts.items():
        sources[name] = p.add_source(Source(name=name, text=text, kind="transcript"),
                                     [Section(0, text.index("\n"), "turn", speaker="Haastattelija")],
                                     attributes={"Alue": "Pirkanmaa"}).id
    for src, code, start, end in codings:
        p.add_coding(sources[src], ids[code], start, end, coder=coder)
    case = p.add_case(f"case-{coder}").id
    p.link_case(case, sources["H01"])
    p.set_attribute("case", case, "Ikä", 50)
    p.add_memo(f"muistio {coder}", "source", sources["H01"])
    return p


@pytest.fixture
def pair(tmp_path):
    a = build(tmp_path / "a.tqda", "Aino",
              ["Työkykykoordinaattorit", "Tuetun työllistämisen menetelmät", "Hankinnoilla työllistäminen"],
              [("H01", "Työkykykoordinaattorit", 50, 90), ("H02", "Hankinnoilla työllistäminen", 35, 60)])
    b = build(tmp_path / "b.tqda", "Ville",
              ["työkyky-koordinaattori", "Tuetun tyollistamisen menetelmät", "HANKINNOILLA TYÖLLISTÄMINEN",
               "Aivan uusi koodi"],
              [("H01", "työkyky-koordinaattori", 50, 90), ("H01", "Aivan uusi koodi", 0, 10),
               ("H02", "HANKINNOILLA TYÖLLISTÄMINEN", 35, 70)])
    yield a, b
    a.close()
    b.close()


def test_plan_matches_drifted_names(pair):
    a, b = pair
    plan = plan_merge(a, b)
    by = {m.other_path.split("/")[-1]: m for m in plan.codes}
    assert by["työkyky-koordinaattori"].target_path.endswith("Työkykykoordinaattorit")
    assert by["työkyky-koordinaattori"].method == "fuzzy" and by["työkyky-koordinaattori"].score >= 85
    assert by["HANKINNOILLA TYÖLLISTÄMINEN"].method == "path"
    assert by["Tuetun tyollistamisen menetelmät"].target_path.endswith("Tuetun työllistämisen menetelmät")
    assert by["Aivan uusi koodi"].method == "new"
    assert all(s.method == "hash" for s in plan.sources)


def test_merge_reviewed_plan_no_duplicates_and_idempotent(pair):
    a, b = pair
    plan = plan_merge(a, b)
    ch = apply_merge(a, b, plan)
    assert ch.info["codings_added"] == 3 and ch.info["codings_unplaced"] == 0
    names = [c.name for c in a.codes()]
    assert len(names) == len(set(n.casefold() for n in names)) == 5  # root + 3 matched + 1 new
    codings = a.codings()
    keys = [(c.source_id, c.code_id, c.coder, c.start, c.end) for c in codings]
    assert len(keys) == len(set(keys)) == 5
    assert {c.coder for c in codings} == {"Aino", "Ville"}
    assert len(a.sources()) == 2
    assert {c.name for c in a.cases()} == {"case-Aino", "case-Ville"}
    ville = next(c for c in a.cases() if c.name == "case-Ville")
    assert a.attributes_of("case", ville.id) == {"Ikä": 50}
    memos_before = len(a.memos())
    stats = a.stats()
    again = apply_merge(a, b, plan_merge(a, b))
    assert again.info["codings_added"] == 0
    assert a.stats() == stats and len(a.memos()) == memos_before


def test_rejected_match_becomes_new_code_and_remap(pair):
    a, b = pair
    plan = plan_merge(a, b)
    for m in plan.codes:
        if m.other_path.endswith("työkyky-koordinaattori"):
            m.decision = "reject"
        if m.other_path.endswith("Aivan uusi koodi"):  # re-map onto an existing code
            m.target = a.resolve_code("Toimenpiteet/Hankinnoilla työllistäminen")
            m.decision = "accept"
    apply_merge(a, b, plan)
    names = [c.name for c in a.codes()]
    assert "työkyky-koordinaattori" in names and "Aivan uusi koodi" not in names


def test_changed_text_moves_codings_by_alignment_never_wrong(tmp_path):
    a = build(tmp_path / "a.tqda", "Aino", ["K"], [])
    changed = dict(TEXTS)
    changed["H01"] = "ALKUUN LISÄTTY RIVI.\n" + TEXTS["H01"].replace("ajoissa", "hyvin ajoissa")
    b = build(tmp_path / "b.tqda", "Ville", ["K"], [("H01", "K", 50, 60), ("H01", "K", 85, 100)], texts=changed)
    plan = plan_merge(a, b)
    h01 = next(s for s in plan.sources if s.other_name == "H01")
    assert h01.method == "name+align" and h01.target is not None
    ch = apply_merge(a, b, plan)
    text_b = b.source_text(h01.other)
    text_a = a.source_text(h01.target)
    for c in a.codings(coder="Ville"):
        assert c.source_id == h01.target
    moved = a.codings(coder="Ville")
    originals = {text_b[s:e] for s, e in ((50, 60), (85, 100))}
    assert {text_a[c.start:c.end] for c in moved} <= originals
    assert ch.info["codings_added"] + ch.info["codings_unplaced"] == 2
    a.close()
    b.close()


def test_merge_cli_dry_run_and_json(pair, tmp_path, capsys):
    a, b = pair
    pa, pb = a.path, b.path
    a.close()
    b.close()
    assert main(["merge", str(pa), str(pb), "--dry-run", "--json", "--plan", str(tmp_path / "plan.json")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["applied"] is False and out["plan"]["codes"]
    with Project.open(pa) as p:
        assert p.stats()["codings"] == 2
    assert main(["merge", str(pa), str(pb), "--apply-plan", str(tmp_path / "plan.json"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["result"]["codings_added"] == 3
    assert main(["merge", str(pa), str(pa)]) == 1


def _content(project) -> dict:
    """Every row of the user's data (the audit log and metadata left out)."""
    tables = ("coders", "sources", "sections", "codes", "codings", "cases", "case_links", "attributes",
              "attribute_values", "memos", "sets", "set_members")
    return {t: sorted(map(tuple, project.conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}


def test_undo_merge_removes_exactly_what_the_merge_added_and_redo_puts_it_back(pair):
    from tyokyky_qda.team.merge import undo_merge

    a, b = pair
    b.set_attribute("source", b.sources()[0].id, "Haastattelija", "Ville")  # a value a lacks
    before = _content(a)
    merged = apply_merge(a, b, plan_merge(a, b))
    after = _content(a)
    assert after != before and merged.info["attribute_values_added"]
    undone = undo_merge(a, merged)
    assert _content(a) == before
    a.restore_rows(undone.removed_rows, action="redo merge")
    assert _content(a) == after


def test_undo_merge_keeps_work_done_after_it(pair):
    from tyokyky_qda.team.merge import undo_merge

    a, b = pair
    merged = apply_merge(a, b, plan_merge(a, b))
    mine = a.add_coding(a.sources()[0].id, a.codes()[1].id, 0, 5).id
    undo_merge(a, merged)
    assert mine in {c.id for c in a.codings()}
