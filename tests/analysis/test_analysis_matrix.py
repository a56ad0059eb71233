"""The measures × goals matrix: every cell of the Table 4-shaped fixture, other cell kinds,
attribute rows, overrides and traceability."""

import numpy as np
import pytest

import analysis_builders as B
from tyokyky_qda.analysis import SegmentFilter, compute_matrix, segments_for, set_override
from tyokyky_qda.analysis.overrides import clear_override
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.model import Coding, Section, Source


def goal_column(table, goal):
    return next(c for c in table.columns if c.startswith(goal + " "))


def test_default_matrix_has_every_effect_cell_right(t4):
    project, _ = t4
    result = compute_matrix(project)
    table = result.table
    assert list(table.index[:9]) == B.MEASURES
    assert len(table.columns) == 7
    for measure in B.MEASURES:
        for goal in B.GOALS:
            expected = B.expected_effect(B.CELLS[measure].get(goal, []))
            assert table.loc[measure, goal_column(table, goal)] == expected, (measure, goal)
    # The "Muut toimenpiteet" rows exist but are empty.
    assert (table.iloc[9:] == "").all().all()
    assert result.row_groups()[0] == (list(B.GROUPS)[0], B.GROUPS[list(B.GROUPS)[0]])
    assert result.effect_levels == [B.DIRECT, B.INDIRECT]


def test_cells_trace_back_to_their_segments(t4):
    project, info = t4
    result = compute_matrix(project)
    for (measure, goal), ranges in info["segments"].items():
        ids = result.segment_ids(measure, goal_column(result.table, goal))
        got = sorted((c.source_id, c.start, c.end) for c in (project.coding(i) for i in ids))
        assert got == sorted(ranges)
        assert {project.code(project.coding(i).code_id).name[:2] for i in ids} == {goal}
    # Direct-effect segments come first in a cell where both levels occur.
    ids = result.segment_ids("Työkykykoordinaattorit", goal_column(result.table, "T2"))
    table = segments_for(project, ids)
    assert sorted(table["segment_id"]) == sorted(ids) and table["code"].str.startswith("T2 ").all()
    effects = dict(zip(result.cells["segment_id"], result.cells["effect"]))
    assert [effects[i] for i in ids] == [B.DIRECT, B.INDIRECT]


def test_counts_sources_percent_and_presence(t4):
    project, _ = t4
    segs = compute_matrix(project, cell="segments").table
    col = goal_column(segs, "T1")
    assert segs.loc["TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", col] == 2
    assert segs.loc["Tuetun työllistämisen menetelmät", goal_column(segs, "T4")] == 2
    assert segs.loc["Työkanava Oy", col] == 0
    sources = compute_matrix(project, cell="sources").table
    assert sources.loc["TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", col] == 1
    row = compute_matrix(project, cell="percent-row").table.loc["Työkanava Oy"]
    assert row.sum() == pytest.approx(100.0)
    assert row[goal_column(segs, "T5")] == 50.0
    pcol = compute_matrix(project, cell="percent-col").table[goal_column(segs, "T6")]
    assert pcol.max() == 100.0
    presence = compute_matrix(project, cell="presence").table
    assert presence.dtypes.eq(bool).all()
    assert (presence.to_numpy() == (segs.to_numpy() > 0)).all()


def test_goal_codings_without_effect_leave_the_effect_cell_empty_but_counted(t4):
    project, _ = t4
    effect = compute_matrix(project).table
    counts = compute_matrix(project, cell="segments").table
    row, col = "Ammattilaisten osaamisen vahvistaminen", goal_column(effect, "T2")
    assert effect.loc[row, col] == "" and counts.loc[row, col] == 1


def test_measure_from_a_source_attribute(tk_project):
    project = tk_project
    goal1, goal2 = B.goal_code(project, "T1"), B.goal_code(project, "T5")
    direct, indirect = B.code_by_name(project, B.DIRECT), B.code_by_name(project, B.INDIRECT)
    for n, (measure, goal, effect) in enumerate([("Työkanava Oy", goal2, direct), ("Työkanava Oy", goal1, indirect),
                                                  ("Työkykykoordinaattorit", goal1, direct)]):
        text = f"Eteneminen: toimenpide eteni hyvin, raportti {n}."
        sid = project.add_source(Source(name=f"Tilanneraportti {n}", text=text, kind="status-report"),
                                 [Section(0, len(text), "field", label="Eteneminen")],
                                 attributes={"Toimenpide": measure}).id
        project.add_codings([Coding(sid, goal, 0, len(text)), Coding(sid, effect, 12, 20)])
    result = compute_matrix(project, rows="attribute:Toimenpide")
    table = result.table
    assert list(table.index) == ["Työkanava Oy", "Työkykykoordinaattorit"]
    assert table.loc["Työkanava Oy", goal_column(table, "T5")] == B.DIRECT
    assert table.loc["Työkanava Oy", goal_column(table, "T1")] == B.INDIRECT
    assert table.loc["Työkykykoordinaattorit", goal_column(table, "T1")] == B.DIRECT
    assert result.row_keys == ["value:Työkanava Oy", "value:Työkykykoordinaattorit"]


def test_overrides_replace_cells_and_are_listed(t4):
    project, _ = t4
    result = compute_matrix(project)
    col = goal_column(result.table, "T6")
    set_override(project, result, "Työkanava Oy", col, B.INDIRECT, "Hankeraportin mukaan")
    again = compute_matrix(project)
    assert again.table.loc["Työkanava Oy", col] == B.INDIRECT
    (key, override), = again.overrides.items()
    assert override["memo"] == "Hankeraportin mukaan" and override["evidence"] == ""
    assert key == again.key_of("Työkanava Oy", col)
    # The segment matrix has its own key: the effect judgement does not leak into counts.
    assert compute_matrix(project, cell="segments").overrides == {}
    clear_override(project, again, "Työkanava Oy", col)
    assert compute_matrix(project).table.loc["Työkanava Oy", col] == ""


def test_drop_empty_groups_and_rows(t4):
    project, _ = t4
    assert len(compute_matrix(project, drop_empty="groups").table) == 9
    assert len(compute_matrix(project, drop_empty="rows").table) == 9


def test_filters_restrict_the_matrix(t4):
    project, info = t4
    first = project.source(info["sources"][0], with_text=False).name
    only_first = compute_matrix(project, cell="segments", filter=SegmentFilter(sources=[info["sources"][0]]))
    assert only_first.table.iloc[:3].to_numpy().sum() > 0 and only_first.table.iloc[3:].to_numpy().sum() == 0
    by_region = compute_matrix(project, cell="segments", filter=SegmentFilter(attributes={"Alue": "Pirkanmaa"}))
    assert (by_region.table.to_numpy() == only_first.table.to_numpy()).all(), first
    nobody = compute_matrix(project, cell="segments", filter=SegmentFilter(coders=["someone else"]))
    assert nobody.table.to_numpy().sum() == 0


def test_other_axes(t4):
    project, _ = t4
    by_source = compute_matrix(project, rows="source", cols="group:Tavoitteet", cell="segments").table
    assert list(by_source.index) == ["Haastattelu 1", "Haastattelu 2", "Haastattelu 3"]
    assert by_source.to_numpy().sum() == sum(len(v) for m in B.CELLS.values() for v in m.values())
    by_coder = compute_matrix(project, rows="group:Tavoitteet", cols="coder", cell="segments").table
    assert list(by_coder.columns) == ["tester"]
    goals_by_region = compute_matrix(project, rows="group:Tavoitteet", cols="attribute:Alue", cell="effect").table
    assert list(goals_by_region.columns) == ["Pirkanmaa", "Pohjois-Karjala", "Varsinais-Suomi"]
    assert goals_by_region.iloc[0, 0] == B.DIRECT


@pytest.mark.parametrize("kwargs", [{"rows": "group:Ei tällaista"}, {"rows": "foo"}, {"cell": "median"},
                                    {"rows": "attribute:Puuttuu"}, {"effect_group": "Ei ryhmää"}])
def test_bad_specs_are_user_errors(t4, kwargs):
    project, _ = t4
    with pytest.raises(UserError):
        compute_matrix(project, **kwargs)


def test_cached_frames_follow_changes(t4):
    project, info = t4
    before = compute_matrix(project, cell="segments").table
    sid = info["sources"][2]
    goal = B.goal_code(project, "T6")
    measure = B.code_by_name(project, "Työkanava Oy")
    project.add_codings([Coding(sid, goal, 0, 10), Coding(sid, measure, 0, 10)])
    after = compute_matrix(project, cell="segments").table
    assert after.loc["Työkanava Oy", goal_column(after, "T6")] == before.loc["Työkanava Oy", goal_column(before, "T6")] + 1
    assert np.array_equal(after.drop(columns=goal_column(after, "T6")).to_numpy(),
                          before.drop(columns=goal_column(before, "T6")).to_numpy())
