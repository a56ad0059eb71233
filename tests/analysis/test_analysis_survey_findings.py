"""Survey tables against counts written out by hand, findings tables, and the m0003 store API."""

import pandas as pd
import pytest

import analysis_builders as B
from tyokyky_qda.analysis import (closed_by_codes, closed_question_table, compute_matrix, create_findings_table,
                                  draft_findings, load_findings, multiple_choice_table, set_finding,
                                  survey_questions, survey_tables)
from tyokyky_qda.analysis.findings import preview_findings, split_bullets
from tyokyky_qda.analysis.survey import largest_remainder, normalise_answer, split_stem
from tyokyky_qda.core.errors import UserError

# Counts per item, computed by hand from TABLE3_ANSWERS (K, E, ?), and n = 9 for every item.
HAND_COUNTS = [[6, 3, 0], [4, 5, 0], [3, 4, 2], [2, 5, 2], [7, 1, 1], [2, 4, 3], [1, 5, 3]]
# Whole percentages by the largest remainder method. The report's Table 3 prints the same rows
# except the sixth, 22/44/34, which no single rounding rule gives together with 33/45/22.
HAND_PERCENT = [[67, 33, 0], [44, 56, 0], [33, 45, 22], [22, 56, 22], [78, 11, 11], [22, 45, 33], [11, 56, 33]]


def test_table3_matches_hand_counts(survey):
    project, _ = survey
    items = [f"{B.TABLE3_STEM}: {i}" for i in B.TABLE3_ANSWERS]
    table = closed_question_table(project, items)
    assert table.kind == "yesno" and table.title == B.TABLE3_STEM
    assert table.option_labels == ["Kyllä", "Ei", "En osaa sanoa"]
    assert table.labels == list(B.TABLE3_ANSWERS)
    assert table.counts.to_numpy().tolist() == HAND_COUNTS
    assert table.n.tolist() == [9] * 7
    assert table.percent().to_numpy().tolist() == HAND_PERCENT
    frame = table.frame("percent")
    assert list(frame.columns) == ["Väittämä", "Kyllä", "Ei", "En osaa sanoa", "n"]
    both = table.frame("both", lang="en")
    assert list(both.columns[1:4]) == ["Kyllä (Count)", "Ei (Count)", "En osaa sanoa (Count)"]


def test_question_kinds_and_tables(survey):
    project, _ = survey
    kinds = survey_questions(project).set_index("name")["kind"]
    assert kinds["Organisaatio"] == "categorical"
    assert kinds[f"{B.LIKERT_STEM}: Työkyvyn tuen tarpeen tunnistaminen"] == "likert"
    assert kinds[f"{B.SOURCES_STEM}: Uutiskirjeet"] == "multiple"
    tables = {(t.kind, t.title) for t in survey_tables(project)}
    assert tables == {("categorical", "Organisaatio"), ("yesno", B.TABLE3_STEM), ("likert", B.LIKERT_STEM),
                      ("multiple", B.SOURCES_STEM)}
    likert = next(t for t in survey_tables(project) if t.kind == "likert")
    assert likert.options == [1, 2, 3, 4, 5, "eos"]
    assert likert.counts.iloc[0].tolist() == [1, 1, 2, 2, 2, 1]   # "5544332?1"
    assert likert.counts.iloc[1].tolist() == [0, 0, 0, 2, 5, 2]   # "555554??4"


def test_multiple_choice_and_categories(survey):
    project, _ = survey
    options = [f"{B.SOURCES_STEM}: {o}" for o in B.SOURCE_CHOICES]
    table = multiple_choice_table(project, options)
    frame = table.frame()
    assert frame.iloc[:, 0].tolist() == ["Yhteistyöverkostot ja kollegat", "Uutiskirjeet", "Sosiaalinen media"]
    assert frame["Lukumäärä"].tolist() == [7, 3, 1] and frame["%"].tolist() == [78, 33, 11]
    org = next(t for t in survey_tables(project) if t.kind == "categorical").frame()
    assert org.iloc[:, 0].tolist() == ["Hyvinvointialue", "Järjestö", "Kela", "TE-toimisto", "Yhteensä"]
    assert org["Lukumäärä"].tolist() == [2, 2, 2, 3, 9] and org["%"].tolist() == [22, 22, 22, 34, 100]


def test_closed_answers_by_codes_of_open_answers(survey):
    project, _ = survey
    result = closed_by_codes(project, "Organisaatio", "Tavoitteet")
    t1 = next(c for c in result.table.columns if c.startswith("T1 "))
    assert result.table[t1].to_dict() == {"Hyvinvointialue": 0, "Järjestö": 0, "Kela": 0, "TE-toimisto": 3}
    by_question = closed_by_codes(project, "Organisaatio", "Kysely")
    assert by_question.table.iloc[:, 0].tolist() == [2, 2, 2, 3]


def test_survey_helpers():
    assert split_stem("Tietolähteet: Uutiskirjeet") == ("Tietolähteet", "Uutiskirjeet")
    assert split_stem("Kysymys [vaihtoehto]") == ("Kysymys", "vaihtoehto")
    assert split_stem("Organisaatio") == ("", "Organisaatio")
    assert [normalise_answer(v) for v in (3, 4.0, "5 = erittäin", "EOS", "Kyllä")] == [3, 4, 5, "eos", "Kyllä"]
    assert largest_remainder([1, 1, 1]) == [34, 33, 33] and largest_remainder([0, 0]) == [0, 0]
    assert sum(largest_remainder([3, 7, 11, 13])) == 100


def test_findings_tables_write_draft_and_export_forms(t4):
    project, _ = t4
    table_id = create_findings_table(project, "Tulokset tavoitteittain")
    grid = load_findings(project, table_id)
    assert [r.label for r in grid.rows.items][:9] == B.MEASURES and len(grid.cols.items) == 7
    row = grid.rows.items[2].key  # Työkykykoordinaattorit
    col = grid.cols.items[0].key  # T1
    ids = grid.evidence.segment_ids(row, col)
    set_finding(project, table_id, row, col, ["Tuen tarpeen tunnistaminen parani.", "Verkosto syntyi."],
                content="Koordinaattorit toimeenpanevassa roolissa.", segment_ids=ids)
    draft_findings(project, table_id, per_cell=2)
    grid = load_findings(project, table_id)
    written = grid.cell(row, col)
    assert written.bullets == ["Tuen tarpeen tunnistaminen parani.", "Verkosto syntyi."]
    assert written.status == "final" and [link["coding_id"] for link in written.links] == ids
    drafted = grid.cell(grid.rows.items[0].key, col)
    assert drafted.status == "draft" and 1 <= len(drafted.bullets) <= 2
    assert drafted.bullets[0].startswith("”Toimenpide Osatyökykyisten") and "(Haastattelu 1," in drafted.bullets[0]
    assert grid.cell(grid.rows.items[9].key, col).empty  # no evidence, nothing drafted
    column = grid.column_table(col)
    assert list(column.columns) == ["Toimenpide (tavoite/sisältö)", "Tulokset (merkitys)"]
    assert column.iloc[2, 0] == "Työkykykoordinaattorit\nKoordinaattorit toimeenpanevassa roolissa."
    assert column.iloc[2, 1] == "• Tuen tarpeen tunnistaminen parani.\n• Verkosto syntyi."
    frame = grid.frame()
    assert frame.shape == (15, 7)
    # Drafting again keeps what the researcher wrote and refreshes drafts only.
    draft_findings(project, table_id, per_cell=1)
    again = load_findings(project, table_id)
    assert again.cell(row, col).bullets == written.bullets and len(again.cell(grid.rows.items[0].key, col).bullets) == 1


def test_findings_links_survive_deleted_codings(t4):
    project, _ = t4
    table_id = create_findings_table(project, "F")
    grid = load_findings(project, table_id)
    row, col = grid.rows.items[0].key, grid.cols.items[0].key
    ids = grid.evidence.segment_ids(row, col)
    set_finding(project, table_id, row, col, "• yksi", segment_ids=ids)
    before = project.findings_cells(table_id)[0]["links"]
    project.remove_codings(ids)  # must not be blocked by the finding's links
    after = project.findings_cells(table_id)[0]["links"]
    assert [(a["source_id"], a["start"], a["end"]) for a in after] == [(b["source_id"], b["start"], b["end"]) for b in before]


def test_preview_needs_no_stored_table(t4):
    project, _ = t4
    grid = preview_findings(project)
    cells_with_evidence = sum(len(goals) for goals in B.CELLS.values())
    assert grid.table_id == 0 and sum(1 for c in grid.cells.values() if c.status == "draft") == cells_with_evidence
    assert project.findings_tables() == []


def test_store_api_for_overrides_and_cells(t4):
    project, _ = t4
    assert project.schema_version >= 3
    ch = project.set_matrix_override("m", "r", "c", "x", "why")
    assert ch.created["matrix_overrides"] and project.matrix_overrides("m")[0]["memo"] == "why"
    ch = project.set_matrix_override("m", "r", "c", "y")
    assert ch.updated["matrix_overrides"] and ch.info["old"]["value"] == "x"
    removed = project.clear_matrix_override("m", "r", "c")
    assert project.matrix_overrides() == []
    project.restore_rows(removed.removed_rows)
    assert project.matrix_overrides()[0]["value"] == "y"
    tid = project.add_findings_table("T", "group:x", "group:y").id
    with pytest.raises(UserError):
        project.set_findings_cell(tid, "r", "c", status="valmis")
    project.set_findings_cell(tid, "r", "c", summary="a\nb")
    assert split_bullets(project.findings_cells(tid)[0]["summary"]) == ["a", "b"]
    project.delete_findings_table(tid)
    assert project.findings_tables() == []
    assert isinstance(compute_matrix(project).table, pd.DataFrame)
