"""The exported measures × goals matrix, cell by cell, in CSV and XLSX."""

import csv

import openpyxl
import pandas as pd

import analysis_builders as B
from tyokyky_qda.analysis import compute_matrix, set_override
from tyokyky_qda.export import write_report
from tyokyky_qda.export.catalog import ReportOptions, build_report

ROW_HEAD = "Toimenpiteet"
OTHER = ["Asiakasvastaavamalli", "Moniammatillinen työkyvyn tuen tiimi", "Sosiaalihuollon palvelupolku",
         "Laatuperusteinen tuettu työhönvalmennus (IPS)", "Alihankintamalli", "Kansalliset hankkeet ja tuki (THL, TTL)"]


def expected_rows(project):
    goals = [c.name for c in project.children_of(project.resolve_code("Tavoitteet"))]
    rows = {m: [B.expected_effect(B.CELLS[m].get(g[:2], [])) for g in goals] for m in B.MEASURES}
    rows.update({m: [""] * len(goals) for m in OTHER})
    return goals, rows


def test_csv_matrix_every_cell(t4, tmp_path):
    project, _ = t4
    path = tmp_path / "matriisi.csv"
    write_report(build_report(project, "matrix"), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    goals, expected = expected_rows(project)
    assert rows[0] == [ROW_HEAD] + goals
    body = {r[0]: r[1:] for r in rows[1:]}
    assert list(body) == B.MEASURES + OTHER
    for measure, cells in expected.items():
        assert body[measure] == cells, measure
    checked = sum(len(v) for v in body.values())
    assert checked == 15 * 7


def test_xlsx_matrix_every_cell_and_groups(t4, tmp_path):
    project, _ = t4
    report = build_report(project, "matrix")
    path = tmp_path / "matriisi.xlsx"
    write_report(report, path)
    sheet = pd.read_excel(path, sheet_name="Matriisi", keep_default_na=False, na_values=[])
    goals, expected = expected_rows(project)
    assert list(sheet.columns) == ["Ryhmä", ROW_HEAD] + goals
    groups = {m: g for g, ms in B.GROUPS.items() for m in ms}
    for _, row in sheet.iterrows():
        measure = row[ROW_HEAD]
        assert row[goals].tolist() == expected[measure], measure
        assert row["Ryhmä"] == groups.get(measure, "Muut toimenpiteet")
    pd.testing.assert_frame_equal(sheet, report.items[0].frame.astype(str), check_dtype=False)


def test_overrides_are_marked_in_csv_and_xlsx(t4, tmp_path):
    project, _ = t4
    result = compute_matrix(project)
    goal = result.table.columns[5]  # T6
    set_override(project, result, "Työkanava Oy", goal, B.INDIRECT, "Haastattelujen perusteella")
    report = build_report(project, "matrix", ReportOptions(drop_empty="groups"))
    table = report.items[0]
    assert any("Haastattelujen perusteella" in n for n in table.notes)
    write_report(report, tmp_path / "m.csv")
    rows = {r[0]: r for r in csv.reader(open(tmp_path / "m.csv", encoding="utf-8-sig"))}
    assert rows["Työkanava Oy"][6] == f"{B.INDIRECT} *"
    write_report(report, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx")["Matriisi"]
    marked = [c for row in ws.iter_rows() for c in row if c.comment is not None]
    assert len(marked) == 1 and marked[0].value == f"{B.INDIRECT} *"
    assert "Haastattelujen perusteella" in marked[0].comment.text
    assert marked[0].fill.fgColor.rgb.endswith("FFF2CC")


def test_english_labels(t4, tmp_path):
    project, _ = t4
    report = build_report(project, "matrix", ReportOptions(lang="en", drop_empty="groups"))
    frame = report.items[0].frame
    assert list(frame.columns[:2]) == ["Group", "Measures"]
    assert frame.columns[2].startswith("G1 ") and "Direct effect" in set(frame.iloc[:, 2])
    assert report.items[0].title.startswith("How the programme's measures")
