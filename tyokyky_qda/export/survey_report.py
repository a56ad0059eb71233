"""Survey tables and charts for reports: Table 3 form, Likert charts (Figure 1), option counts
(Figure 3) and background questions."""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.survey import SurveyTable, survey_tables
from tyokyky_qda.export.charts import likert_frame
from tyokyky_qda.export.model import Item, ReportChart, ReportTable
from tyokyky_qda.export.redact import Redactor
from tyokyky_qda.export.reports import source_line


def _n_text(table: SurveyTable) -> str:
    ns = sorted(set(int(n) for n in table.n))
    return f"n={ns[0]}" if len(ns) == 1 else f"n={ns[0]}–{ns[-1]}"


def survey_table_items(project, table: SurveyTable, lang: str = "fi", red: Optional[Redactor] = None) -> list[Item]:
    """The report items of one survey table (a table, and a chart for Likert and multiple choice)."""
    red = red or Redactor()
    title = red.name(table.title) or t("survey_title", lang)
    src = source_line(project, lang, f"{'kysely' if lang == 'fi' else 'survey'}, {_n_text(table)}")
    key = title[:28]
    if table.kind in ("multiple", "categorical"):
        frame = table.frame("percent", lang)
        frame.iloc[:, 0] = [red.name(x) for x in frame.iloc[:, 0]]
        items: list[Item] = [ReportTable(key, f"{title} ({_n_text(table)})", frame, kind="survey", source_line=src)]
        if table.kind == "multiple":
            shown = SurveyTable(table.title, table.kind, table.items, list(frame.iloc[:, 0]), table.options,
                                table.option_labels, table.counts.set_axis(list(frame.iloc[:, 0])), table.n)
            items.append(ReportChart(key, f"{title} ({_n_text(table)})", "bars", shown, frame, source_line=src,
                                     lang=lang))
        return items
    frame = table.frame("percent", lang)
    frame.columns = [t("share_of_respondents", lang)] + list(frame.columns[1:])
    frame.iloc[:, 0] = [red.name(x) for x in frame.iloc[:, 0]]
    items = [ReportTable(key, title, frame, kind="survey", source_line=src, widths={frame.columns[0]: 40})]
    if table.kind == "likert":
        chart_frame = likert_frame(table)
        chart_frame["item"] = [red.name(x) for x in chart_frame["item"]]
        chart_frame = chart_frame.rename(columns={"item": t("item", lang)})
        shown = SurveyTable(table.title, table.kind, table.items, list(chart_frame[t("item", lang)]), table.options,
                            table.option_labels, table.counts.set_axis(list(chart_frame[t("item", lang)])), table.n)
        items.append(ReportChart(key, f"{title} ({_n_text(table)})", "likert", shown, chart_frame, source_line=src,
                                 lang=lang, notes=[_likert_note(lang)]))
    return items


def _likert_note(lang: str) -> str:
    if lang == "en":
        return ("Answers 1–5 as shares of respondents with a view; \"Don't know\" as a share of all who "
                "answered the item.")
    return "Vastaukset 1–5 osuuksina näkemyksensä ilmaisseista; ”En osaa sanoa” osuutena kaikista vastanneista."


def survey_items(project, lang: str = "fi", red: Optional[Redactor] = None) -> list[Item]:
    """Every closed question of the project's survey as report tables and charts."""
    out: list[Item] = []
    for table in survey_tables(project, lang):
        out.extend(survey_table_items(project, table, lang, red))
    return out
