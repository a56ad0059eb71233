"""PDF via reportlab platypus: captioned tables that split across pages with the header row
repeated, charts drawn as vector graphics, DejaVu Sans embedded (ä, ö, å, €, ”)."""

from __future__ import annotations

import numbers
from pathlib import Path

import numpy as np
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.export.charts import chart_drawing
from tyokyky_qda.export.fonts import printable, report_fonts
from tyokyky_qda.export.model import Report, ReportChart, ReportTable, clean_text

HEADER_BG, GROUP_BG, MARK_BG, GRID = "#1f4e79", "#d9e2f3", "#fff2cc", "#a6a6a6"
BULLET = "• "
MAX_CELL_CHARS = 2500


def _styles() -> dict[str, ParagraphStyle]:
    f = report_fonts()
    base = ParagraphStyle("cell", fontName=f.regular, fontSize=8, leading=10)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=f.bold, textColor=colors.white),
        "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
        "group": ParagraphStyle("group", parent=base, fontName=f.bold),
        "caption": ParagraphStyle("caption", parent=base, fontName=f.bold, fontSize=10, leading=13, spaceBefore=10,
                                  spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5, spaceBefore=2),
        "source": ParagraphStyle("source", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#595959"),
                                 spaceBefore=2, spaceAfter=10),
        "title": ParagraphStyle("title", parent=base, fontName=f.bold, fontSize=15, leading=19, spaceAfter=8),
    }


def _para(text, style: ParagraphStyle):
    """A cell or caption paragraph; lines starting with "• " become hanging-indent bullets."""
    if text is None or (isinstance(text, float) and text != text):
        text = ""
    if isinstance(text, float):
        text = f"{text:.1f}".replace(".", ",")
    text = clean_text(str(text))
    if len(text) > MAX_CELL_CHARS:  # a row taller than a page cannot be laid out; the XLSX has it all
        text = text[:MAX_CELL_CHARS].rsplit(" ", 1)[0] + " […]"
    lines = text.split("\n")
    if any(line.startswith(BULLET) for line in lines):
        bullet = ParagraphStyle(style.name + "-bullet", parent=style, leftIndent=8, bulletIndent=0, spaceAfter=1)
        return [Paragraph(escape(printable(line[len(BULLET):])), bullet, bulletText=printable("•"))
                if line.startswith(BULLET) else Paragraph(escape(printable(line)), style) for line in lines]
    return Paragraph(escape(printable(str(text))).replace("\n", "<br/>"), style)


def _is_number(value) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, (bool, np.bool_))


def _longest_word(values, font: str, size: float) -> float:
    words = {w for v in values for w in str(v).split()}
    return max([stringWidth(printable(w), font, size) for w in words] + [0.0])


def _header_style(table: ReportTable, columns: list[str], total: float, st: dict) -> ParagraphStyle:
    """The header style, made smaller until every column's longest word fits across the page."""
    head = st["head"]
    cell_need = [_longest_word(table.frame[c].head(300).tolist(), st["cell"].fontName, st["cell"].fontSize) + 8
                 for c in columns]
    for size in (head.fontSize, 7, 6.5, 6):
        need = sum(max(_longest_word([c], head.fontName, size) + 8, cn) for c, cn in zip(columns, cell_need))
        if need <= total or size == 6:
            return head if size == head.fontSize else ParagraphStyle(f"head{size}", parent=head, fontSize=size,
                                                                    leading=size + 2)
    return head


def _col_widths(table: ReportTable, columns: list[str], total: float, st: dict) -> list[float]:
    """Column widths in points: each column's comfortable width, never below its longest word;
    narrow tables stay narrow, wide ones shrink their flexible columns to fit the page."""
    need, desired = [], []
    char = stringWidth("n", st["cell"].fontName, st["cell"].fontSize) * 1.05
    for c in columns:
        values = table.frame[c].head(300).tolist()
        need.append(max(_longest_word([c], st["head"].fontName, st["head"].fontSize),
                        _longest_word(values, st["cell"].fontName, st["cell"].fontSize)) + 8)
        desired.append(table.column_chars(c) * char + 8)
    widths = [max(n, d) for n, d in zip(need, desired)]
    if table.widths and sum(widths) < total:  # hinted tables (quotes, findings) use the whole width
        widths = [w * total / sum(widths) for w in widths]
    excess = sum(widths) - total
    if excess > 0:
        flex = [w - n for w, n in zip(widths, need)]
        if sum(flex) >= excess:
            widths = [w - excess * f / sum(flex) for w, f in zip(widths, flex)]
        else:
            widths = [n * total / sum(need) for n in need]
    return widths


def _table_flowables(table: ReportTable, number: int, lang: str, width: float, height: float, st: dict) -> list:
    columns = table.body_columns
    st = {**st, "head": _header_style(table, columns, width, st)}
    groups = table.frame[table.group_col].tolist() if table.group_col else [None] * len(table.frame)
    data = [[_para(c, st["head"]) for c in columns]]
    commands = [("FONTNAME", (0, 0), (-1, -1), report_fonts().regular),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_BG)),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor(GRID)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    last = None
    for r, values in enumerate(table.frame[columns].itertuples(index=False, name=None)):
        if table.group_col and groups[r] and groups[r] != last:
            data.append([_para(groups[r], st["group"])] + [""] * (len(columns) - 1))
            y = len(data) - 1
            commands += [("SPAN", (0, y), (-1, y)), ("BACKGROUND", (0, y), (-1, y), colors.HexColor(GROUP_BG))]
        last = groups[r]
        row = []
        for j, (column, value) in enumerate(zip(columns, values)):
            style = st["num"] if _is_number(value) else st["cell"]
            if table.indent and j == 0:
                style = ParagraphStyle(f"ind{table.indent[r]}", parent=st["group" if table.indent[r] == 0 else "cell"],
                                       leftIndent=8 * table.indent[r])
            row.append(_para(value, style))
        data.append(row)
        y = len(data) - 1
        for j, column in enumerate(columns):
            fill = MARK_BG if (r, column) in table.marks else table.fills.get((r, column))
            if fill:
                commands.append(("BACKGROUND", (j, y), (j, y), colors.HexColor(fill)))
    grid = Table(data, colWidths=_col_widths(table, columns, width, st), repeatRows=1, splitByRow=1, splitInRow=0,
                 hAlign="LEFT")
    grid.setStyle(TableStyle(commands))
    caption = _para(f"{t('table', lang)} {number}. {table.title}", st["caption"])
    # A table that fits in half a page moves to the next page whole; a longer one starts here
    # (its rows split across pages under a repeated header) unless only a sliver of page is left.
    _, table_height = grid.wrap(width, height)
    if table_height < height * 0.5:
        out = [KeepTogether([caption, grid])]
    else:
        out = [CondPageBreak(min(table_height, 160)), caption, grid]
    out += [_para(n, st["note"]) for n in table.notes]
    out.append(_para(table.source_line, st["source"]))
    return out


def _chart_flowables(chart: ReportChart, number: int, lang: str, width: float, st: dict) -> list:
    caption = _para(f"{t('figure', lang)} {number}. {chart.title}", st["caption"])
    drawing = chart_drawing(chart, min(width, 480))
    parts = [caption, drawing] + [_para(n, st["note"]) for n in chart.notes] + [_para(chart.source_line, st["source"])]
    return [KeepTogether(parts)]


def write_pdf(report: Report, path: Path) -> Path:
    """Write the report as a PDF; returns the path."""
    path = Path(path)
    st = _styles()
    pagesize = landscape(A4) if report.wide else A4
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=printable(report.title),
                            author="tyokyky-qda")
    width = pagesize[0] - doc.leftMargin - doc.rightMargin
    height = pagesize[1] - doc.topMargin - doc.bottomMargin
    # A one-table report needs no title above its caption (the footer still names it).
    story: list = [_para(report.title, st["title"])] if len(report.items) > 1 else []
    n_table = n_figure = 0
    for item in report.items:
        if isinstance(item, ReportChart):
            n_figure += 1
            story += _chart_flowables(item, n_figure, report.lang, width, st)
        else:
            n_table += 1
            story += _table_flowables(item, n_table, report.lang, width, height, st)
    if not report.items:
        story.append(Spacer(1, 12))

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(report_fonts().regular, 7)
        canvas.setFillColor(colors.HexColor("#7f7f7f"))
        canvas.drawString(document.leftMargin, 9 * mm, printable(report.title))
        canvas.drawRightString(pagesize[0] - document.rightMargin, 9 * mm, str(document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
