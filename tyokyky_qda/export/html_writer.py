"""HTML: one self-contained page with captioned tables and inline SVG charts."""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.graphics import renderSVG

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.export.charts import chart_drawing
from tyokyky_qda.export.model import Report, ReportChart, ReportTable, clean_text

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.3em 0 0.4em; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.4em 0; }
th { background: #1f4e79; color: white; text-align: left; }
th, td { border: 1px solid #a6a6a6; padding: 3px 5px; vertical-align: top; white-space: pre-line; }
tr.group td { background: #d9e2f3; font-weight: bold; }
td.mark { background: #fff2cc; }
p.note { font-size: 8.5pt; margin: 0.1em 0; }
p.source { font-size: 8.5pt; color: #595959; margin: 0.2em 0 1.5em; }
figure { margin: 1em 0; } figcaption { font-weight: bold; margin-bottom: 0.3em; }
"""


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return escape(clean_text(str(value)))


def _table_html(table: ReportTable, number: int, lang: str) -> str:
    columns = table.body_columns
    parts = [f"<table><caption>{t('table', lang)} {number}. {escape(table.title)}</caption><thead><tr>"]
    parts += [f"<th>{escape(str(c))}</th>" for c in columns]
    parts.append("</tr></thead><tbody>")
    groups = table.frame[table.group_col].tolist() if table.group_col else [None] * len(table.frame)
    last = None
    for r, values in enumerate(table.frame[columns].itertuples(index=False, name=None)):
        if table.group_col and groups[r] and groups[r] != last:
            parts.append(f'<tr class="group"><td colspan="{len(columns)}">{escape(groups[r])}</td></tr>')
        last = groups[r]
        parts.append("<tr>")
        for j, (column, value) in enumerate(zip(columns, values)):
            attrs = ""
            if (r, column) in table.marks:
                attrs = f' class="mark" title="{escape(table.marks[(r, column)])}"'
            elif (r, column) in table.fills:
                attrs = f' style="background:{table.fills[(r, column)]}"'
            if table.indent and j == 0:
                weight = "bold" if table.indent[r] == 0 else "normal"
                attrs += f' style="padding-left:{5 + 12 * table.indent[r]}px;font-weight:{weight}"'
            parts.append(f"<td{attrs}>{_cell(value)}</td>")
        parts.append("</tr>")
    parts.append("</tbody></table>")
    parts += [f'<p class="note">{escape(n)}</p>' for n in table.notes]
    parts.append(f'<p class="source">{escape(table.source_line)}</p>')
    return "".join(parts)


def _chart_html(chart: ReportChart, number: int, lang: str) -> str:
    svg = renderSVG.drawToString(chart_drawing(chart, 560))
    svg = svg[svg.find("<svg"):]  # drop the XML prolog and doctype
    notes = "".join(f'<p class="note">{escape(n)}</p>' for n in chart.notes)
    return (f"<figure><figcaption>{t('figure', lang)} {number}. {escape(chart.title)}</figcaption>{svg}"
            f"{notes}<p class=\"source\">{escape(chart.source_line)}</p></figure>")


def write_html(report: Report, path: Path) -> Path:
    """Write the report as one HTML page; returns the path."""
    path = Path(path)
    body, n_table, n_figure = [], 0, 0
    for item in report.items:
        if isinstance(item, ReportChart):
            n_figure += 1
            body.append(_chart_html(item, n_figure, report.lang))
        else:
            n_table += 1
            body.append(_table_html(item, n_table, report.lang))
    page = (f'<!DOCTYPE html><html lang="{report.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>"
            f"<h1>{escape(report.title)}</h1>{''.join(body)}</body></html>")
    path.write_text(page, encoding="utf-8")
    return path
