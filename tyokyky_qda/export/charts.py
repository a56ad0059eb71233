"""Survey charts drawn with reportlab.graphics: Likert stacked bars (Figure 1) and option counts
(Figure 3).

The drawings use only rectangles, lines and strings at absolute positions, so the same Drawing
goes into a PDF as vector graphics, into HTML as SVG and, through ``export/png.py``, into DOCX as
an image.

Likert bars show the answers 1–5 as shares of the respondents who had a view (they add up to
100 %); "En osaa sanoa" is drawn apart, to the right, as a share of all who answered the item —
mixing it into the scale would hide how opinions lean.
"""

from __future__ import annotations

import pandas as pd
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.survey import SurveyTable, largest_remainder
from tyokyky_qda.export.fonts import printable, report_fonts

LIKERT_COLORS = ("#b2182b", "#ef8a62", "#e0e0e0", "#67a9cf", "#2166ac")
DONT_KNOW_COLOR = "#9e9e9e"
BAR_COLOR = "#2166ac"
FONT_SIZE = 8
LINE = 10


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of ``text`` to ``width`` points."""
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    return lines + ([current] if current else [])


def likert_frame(table: SurveyTable) -> pd.DataFrame:
    """Percentages the Likert chart draws: 1–5 of substantive answers, EOS of all, n."""
    counts = table.counts.to_numpy()
    scale = [j for j, o in enumerate(table.options) if o != "eos"]
    eos = [j for j, o in enumerate(table.options) if o == "eos"]
    rows = []
    for i, label in enumerate(table.labels):
        valid = counts[i, scale].sum()
        total = counts[i].sum()
        row = {"item": label}
        for j in scale:
            row[table.option_labels[j]] = round(100 * counts[i, j] / valid, 1) if valid else 0.0
        row[t("dont_know")] = round(100 * counts[i, eos].sum() / total, 1) if total and eos else 0.0
        row["n"] = int(total)
        rows.append(row)
    return pd.DataFrame(rows)


def _ticks(d: Drawing, x0: float, width: float, y: float, labels: list[str], font: str) -> None:
    for k, label in enumerate(labels):
        x = x0 + width * k / (len(labels) - 1)
        d.add(String(x, y, label, fontName=font, fontSize=FONT_SIZE - 1, textAnchor="middle"))


def likert_drawing(table: SurveyTable, width: float = 460, lang: str = "fi") -> Drawing:
    """Horizontal stacked bars, one per item, with the don't-know share apart on the right."""
    fonts = report_fonts()
    font = fonts.regular
    data = likert_frame(table)
    scale_cols = [c for c in data.columns if c not in ("item", "n", t("dont_know"))]
    label_w, gap, eos_w = width * 0.36, 12, width * 0.11
    bar_w = width - label_w - gap - eos_w - 14
    rows = []
    for _, r in data.iterrows():
        lines = wrap(printable(f"{r['item']} (n={r['n']})"), label_w - 6, font, FONT_SIZE)
        rows.append((r, lines, max(16, LINE * len(lines) + 4)))
    legend_h, axis_h = 30, 16
    height = sum(h for _, _, h in rows) + legend_h + axis_h + 6
    d = Drawing(width, height)
    top = height - axis_h
    x0, eos_x = label_w, label_w + bar_w + gap + 14
    _ticks(d, x0, bar_w, top + 4, ["0 %", "25 %", "50 %", "75 %", "100 %"], font)
    d.add(String(eos_x + eos_w / 2, top + 4, printable(t("dont_know", lang)), fontName=font,
                 fontSize=FONT_SIZE - 1, textAnchor="middle"))
    for k in range(5):
        xg = x0 + bar_w * k / 4
        d.add(Line(xg, legend_h, xg, top, strokeColor=colors.HexColor("#d9d9d9"), strokeWidth=0.4))
    y = top
    for r, lines, h in rows:
        y -= h
        mid = y + h / 2
        for k, text in enumerate(lines):
            d.add(String(0, mid + (len(lines) / 2 - k - 1) * LINE + 2.5, text, fontName=font, fontSize=FONT_SIZE))
        x = x0
        shares = [float(r[c]) for c in scale_cols]
        shown = largest_remainder([round(v * 10) for v in shares]) if sum(shares) else [0] * len(shares)
        for share, label, colour in zip(shares, shown, LIKERT_COLORS):
            w = bar_w * share / 100
            if w > 0:
                d.add(Rect(x, mid - 6, w, 12, fillColor=colors.HexColor(colour), strokeColor=colors.white,
                           strokeWidth=0.5))
                if share >= 7:
                    ink = colors.white if colour in (LIKERT_COLORS[0], LIKERT_COLORS[4]) else colors.black
                    d.add(String(x + w / 2, mid - 3, f"{label} %", fontName=font, fontSize=FONT_SIZE - 1,
                                 textAnchor="middle", fillColor=ink))
            x += w
        share = float(r[t("dont_know")])
        w = eos_w * share / 100
        d.add(Rect(eos_x, mid - 6, eos_w, 12, fillColor=colors.HexColor("#f2f2f2"), strokeColor=None))
        if w > 0:
            d.add(Rect(eos_x, mid - 6, w, 12, fillColor=colors.HexColor(DONT_KNOW_COLOR), strokeColor=None))
        d.add(String(eos_x + eos_w + 2, mid - 3, f"{share:.0f} %", fontName=font, fontSize=FONT_SIZE - 1))
    _likert_legend(d, scale_cols, x0, lang, font)
    return d


def _likert_legend(d: Drawing, scale_cols: list[str], x0: float, lang: str, font: str) -> None:
    x, y = x0, 8
    entries = list(zip(scale_cols, LIKERT_COLORS)) + [(t("dont_know", lang), DONT_KNOW_COLOR)]
    for label, colour in entries:
        d.add(Rect(x, y, 8, 8, fillColor=colors.HexColor(colour), strokeColor=None))
        text = printable(str(label))
        d.add(String(x + 11, y + 1, text, fontName=font, fontSize=FONT_SIZE - 1))
        x += 11 + stringWidth(text, font, FONT_SIZE - 1) + 12


def bars_drawing(table: SurveyTable, width: float = 460, lang: str = "fi") -> Drawing:
    """Horizontal bars of how many respondents chose each option, most chosen on top."""
    font = report_fonts().regular
    counts = table.counts.iloc[:, 0].astype(int).tolist()
    label_w = width * 0.42
    bar_w = width - label_w - 30
    rows = []
    for label in table.labels:
        lines = wrap(printable(str(label)), label_w - 6, font, FONT_SIZE)
        rows.append((lines, max(16, LINE * len(lines) + 4)))
    axis_h = 16
    height = sum(h for _, h in rows) + axis_h + 10
    d = Drawing(width, height)
    top = height - axis_h
    peak = max(counts + [1])
    step = max(1, round(peak / 4))
    ticks = list(range(0, peak + step, step))
    span = ticks[-1] or 1
    for k in ticks:
        xg = label_w + bar_w * k / span
        d.add(Line(xg, 6, xg, top, strokeColor=colors.HexColor("#d9d9d9"), strokeWidth=0.4))
        d.add(String(xg, top + 4, str(k), fontName=font, fontSize=FONT_SIZE - 1, textAnchor="middle"))
    y = top
    for (lines, h), value in zip(rows, counts):
        y -= h
        mid = y + h / 2
        for k, text in enumerate(lines):
            d.add(String(0, mid + (len(lines) / 2 - k - 1) * LINE + 2.5, text, fontName=font, fontSize=FONT_SIZE))
        w = bar_w * value / span
        if w > 0:
            d.add(Rect(label_w, mid - 6, w, 12, fillColor=colors.HexColor(BAR_COLOR), strokeColor=None))
        d.add(String(label_w + w + 3, mid - 3, str(value), fontName=font, fontSize=FONT_SIZE - 1))
    return d


def chart_drawing(chart, width: float = 460) -> Drawing:
    """The Drawing of a ReportChart."""
    if chart.kind == "likert":
        return likert_drawing(chart.data, width, chart.lang)
    return bars_drawing(chart.data, width, chart.lang)
