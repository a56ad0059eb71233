"""XLSX: one sheet per table with a styled, frozen header row, column widths and wrapped text.

Data sheets hold exactly the table (header in row 1) so they read back into pandas unchanged and
work with Excel's filters; captions ("Taulukko N. ..."), source lines and notes are listed on a
first sheet, "Sisällys". Overridden matrix cells are highlighted and carry the evaluator's memo
as a cell comment. Charts get their numbers as a sheet and a native Excel bar chart.
Written in openpyxl's write-only mode, which streams rows (a 50,000-segment workbook in seconds).
"""

from __future__ import annotations

from copy import copy
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.export.model import Report, ReportChart, ReportTable, clean_text, unique_keys

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
GROUP_FONT = Font(bold=True)
MARK_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Border(bottom=Side(style="thin", color="BFBFBF"))
MAX_WIDTH = 80
EXCEL_CELL_LIMIT = 32767  # characters Excel keeps in one cell


def _width(table: ReportTable, column: str) -> float:
    if column in table.widths:
        return table.widths[column]
    values = table.frame[column].astype(str).head(500).tolist() + [str(column)]
    longest = max((max((len(line) for line in v.split("\n")), default=0) for v in values), default=8)
    return float(min(MAX_WIDTH, max(8, longest + 2)))


def _value(v):
    if v is None or (isinstance(v, float) and pd.isna(v)) or (isinstance(v, str) and v == ""):
        return None
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    if isinstance(v, str):
        v = clean_text(v)
        return v if len(v) <= EXCEL_CELL_LIMIT else v[:EXCEL_CELL_LIMIT - 2] + " …"
    return v


def _write_table(wb: Workbook, name: str, table: ReportTable) -> None:
    ws = wb.create_sheet(name)
    columns = list(table.frame.columns)
    for j, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = _width(table, column)
    ws.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, clean_text(str(column)))
        cell.fill, cell.font, cell.alignment = HEADER_FILL, HEADER_FONT, Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    ws.append(header)
    first = columns[0] if table.group_col is None else columns[1] if len(columns) > 1 else columns[0]
    special = {c for c in columns if c == table.group_col or (table.indent and c == first)}
    styled_cells = set(table.fills) | set(table.marks)
    wrap_style = _style_template(ws, WRAP)
    for r, values in enumerate(table.frame.itertuples(index=False, name=None)):
        row = []
        for column, value in zip(columns, values):
            cell = WriteOnlyCell(ws, _value(value))
            if column not in special and (r, column) not in styled_cells:
                # Copying a prepared style is far cheaper than assigning one (openpyxl hashes it).
                cell._style = copy(wrap_style)
                row.append(cell)
                continue
            cell.alignment = WRAP
            if table.indent and column == first:
                cell.alignment = Alignment(wrap_text=True, vertical="top", indent=table.indent[r])
                if table.indent[r] == 0:
                    cell.font = GROUP_FONT
            if column == table.group_col:
                cell.font = GROUP_FONT
            fill = table.fills.get((r, column))
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill.lstrip("#").upper())
            note = table.marks.get((r, column))
            if note:
                cell.fill = MARK_FILL
                cell.comment = Comment(clean_text(note), "tyokyky-qda", width=300, height=120)
            row.append(cell)
        ws.append(row)


def _style_template(ws, alignment: Alignment):
    """The internal style record of a cell with ``alignment``, for copying onto many cells."""
    template = WriteOnlyCell(ws, None)
    template.alignment = alignment
    return template._style


def _write_chart(wb: Workbook, name: str, chart: ReportChart) -> None:
    table = ReportTable(chart.key, chart.title, chart.frame)
    _write_table(wb, name, table)
    ws = wb.worksheets[-1]
    n_rows, n_cols = len(chart.frame), len(chart.frame.columns)
    value_cols = [j for j, c in enumerate(chart.frame.columns, start=1) if j > 1 and c != "n"]
    if chart.kind == "likert":
        value_cols = value_cols[:-1]  # the don't-know share is not part of the 100 % bar
    if not value_cols or n_rows == 0:
        return
    bar = BarChart()
    bar.type = "bar"
    bar.title = chart.title[:120]
    if chart.kind == "likert":
        bar.grouping, bar.overlap = "percentStacked", 100
    bar.height, bar.width = max(6.0, 1.0 + 0.8 * n_rows), 22.0
    for j in value_cols:
        bar.add_data(Reference(ws, min_col=j, min_row=1, max_row=n_rows + 1), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n_rows + 1))
    ws.add_chart(bar, f"{get_column_letter(n_cols + 2)}2")


def _contents(wb: Workbook, report: Report, names: list[str]) -> None:
    ws = wb.create_sheet("Sisällys" if report.lang == "fi" else "Contents")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 60
    title = WriteOnlyCell(ws, report.title)
    title.font = Font(bold=True, size=14)
    ws.append([title])
    heads = [t("table", report.lang), "", "", t("source_line", report.lang)]
    ws.append([_head(ws, h) for h in heads])
    n_table = n_figure = 0
    for item, name in zip(report.items, names):
        if isinstance(item, ReportChart):
            n_figure += 1
            label = f"{t('figure', report.lang)} {n_figure}."
        else:
            n_table += 1
            label = f"{t('table', report.lang)} {n_table}."
        notes = " ".join(item.notes)
        ws.append([label, clean_text(item.title), name, clean_text((item.source_line + " " + notes).strip())])


def _head(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    return cell


def write_xlsx(report: Report, path: Path) -> Path:
    """Write the report as a workbook; returns the path."""
    path = Path(path)
    wb = Workbook(write_only=True)
    names = unique_keys(report.items)
    if "sisällys" in {n.lower() for n in names} or "contents" in {n.lower() for n in names}:
        names = [n if n.lower() not in ("sisällys", "contents") else f"{n} (1)" for n in names]
    _contents(wb, report, names)
    for item, name in zip(report.items, names):
        if isinstance(item, ReportChart):
            _write_chart(wb, name, item)
        else:
            _write_table(wb, name, item)
    wb.save(path)
    return path
