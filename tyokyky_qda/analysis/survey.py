"""Survey tables: closed questions (case attributes of respondents) as counts and percentages.

The survey importer stores each respondent as a case (linked to their ``survey-answer`` source
when they answered an open question) and each closed question as a typed case attribute. ``survey_questions`` sorts those attributes into
kinds by their values:

- ``likert``: 1–5 (numbers, "1".."5" or "1 = ..." labels) and "En osaa sanoa";
- ``yesno``: Kyllä / Ei / En osaa sanoa (or booleans);
- ``multiple``: several boolean (or 0/1) attributes sharing a question stem ("Stem: option",
  "Stem - option", "Stem [option]"), one per option;
- ``categorical``: any other attribute with few distinct values (background questions).

Items with the same stem ("Stem: item") form one table, like the report's Table 3 and Figure 1.
Many survey tools number each item as a question of its own ("5. Kuinka hyvin ohjelma on
edistänyt X?", "6. Kuinka hyvin ohjelma on edistänyt Y?"): consecutive questions of the same
scale whose wording shares at least ``MIN_SHARED_WORDS`` leading words are grouped the same way,
with the shared words as the stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.frames import Frames, load_frames
from tyokyky_qda.analysis.labels import t, value_label
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_

DONT_KNOW = {"en osaa sanoa", "eos", "ei osaa sanoa", "en tiedä", "don't know", "dont know", "do not know",
             "cannot say", "can't say"}
YES = {"kyllä", "yes", "true", "k"}
NO = {"ei", "no", "false", "e"}
# Finland has 19 regions; a closed question may list all of them plus "whole country".
MAX_CATEGORIES = 30
_LIKERT = re.compile(r"^\s*([1-5])(?:[.,]0)?(?:\s*(?:=|-|–|\)|\.|:).*)?\s*$")
# The stem ends at the last separator: questions may hold ": " themselves ("Arvioi: kuinka hyvin?").
# An item may hold a colon without a space after it: Finnish inflects abbreviations ("THL:n").
_STEM = re.compile(r"^(?P<stem>.+)(?:\s*[:/]\s+|\s+[-–]\s+|\s*\[)(?P<item>(?:(?![:/]\s)[^\[\]])+?)\]?\s*$")


# Leading question numbers ("5. ", "5) ", "Q5. ") are not part of the wording.
_NUMBER = re.compile(r"^\s*(?:[A-Za-z]{0,2}\d+[a-z]?[.)]?)\s+")
MIN_SHARED_WORDS = 3


def split_stem(name: str) -> tuple[str, str]:
    """("Stem", "item") of an attribute name like "Stem: item"; ("", name) without a stem."""
    m = _STEM.match(name)
    return (m.group("stem").strip(), m.group("item").strip()) if m else ("", name)


def normalise_answer(value) -> object:
    """Likert answers as ints 1..5, don't-know answers as "eos", the rest unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    text = str(value).strip()
    if text.lower() in DONT_KNOW:
        return "eos"
    m = _LIKERT.match(text)
    return int(m.group(1)) if m else text


def respondent_answers(frames: Frames) -> pd.DataFrame:
    """Case attribute values of respondents: case_id, name, value, answer (normalised).

    Respondents are the cases not linked to any source other than survey answers: a respondent
    without open answers has no source at all, while interviewees' cases link to transcripts.
    """
    values = frames.attribute_values
    values = values[values["owner_kind"] == "case"]
    other_sources = frames.sources.index[frames.sources["kind"] != "survey-answer"]
    links = frames.case_links
    others = set(links.loc[links["source_id"].isin(other_sources), "case_id"].tolist())
    if others:
        values = values[~values["owner_id"].isin(others)]
    out = values.rename(columns={"owner_id": "case_id"})[["case_id", "name", "value"]].copy()
    out["answer"] = [normalise_answer(v) for v in out["value"]]
    return out.reset_index(drop=True)


def _kind_of(answers: pd.Series) -> str:
    kinds = {type(a) for a in answers}
    text = {str(a).strip().lower() for a in answers}
    if kinds <= {bool} or (kinds <= {int} and text <= {"0", "1"} and "0" in text):
        return "boolean"
    if text <= ({str(i) for i in range(1, 6)} | {"eos"}) and any(isinstance(a, int) for a in answers):
        return "likert"
    if text <= (YES | NO | {"eos"}):
        return "yesno"
    return "categorical" if len(text) <= MAX_CATEGORIES else "open"


def survey_questions(project) -> pd.DataFrame:
    """Closed questions found among respondents' attributes: name, stem, item, kind, n, options."""
    answers = respondent_answers(load_frames(project))
    rows = []
    for name, group in answers.groupby("name", sort=False):
        kind = _kind_of(group["answer"])
        if kind == "open":
            continue
        stem, item = split_stem(name)
        options = sorted({str(a) for a in group["answer"]})
        rows.append({"name": name, "stem": stem, "item": item, "kind": kind, "n": int(group["case_id"].nunique()),
                     "options": options})
    df = pd.DataFrame(rows, columns=["name", "stem", "item", "kind", "n", "options"])
    # Booleans sharing a stem are one multiple-choice question; a lone boolean is a yes/no item.
    stems = df[df["kind"] == "boolean"].groupby("stem")["name"].transform("count")
    df.loc[stems.index, "kind"] = np.where((stems >= 2) & (df.loc[stems.index, "stem"] != ""), "multiple", "yesno")
    _add_shared_stems(df)
    return df


def _add_shared_stems(df: pd.DataFrame) -> None:
    """Give runs of consecutive unstemmed scale questions with shared leading words that stem."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            stem, items = shared_wording([df.at[i, "name"] for i in run])
            if stem:
                df.loc[run, "stem"], df.loc[run, "item"] = stem, items
        run.clear()

    for i in df.index:
        row = df.loc[i]
        fits = row["stem"] == "" and row["kind"] in ("likert", "yesno")
        if run and not (fits and row["kind"] == df.at[run[-1], "kind"]):
            close()
        if fits:
            run.append(i)
    close()


def shared_wording(questions: Sequence[str]) -> tuple[str, list[str]]:
    """The leading words all questions share (question numbers left out) and each question's
    remaining words as an item label; ("", []) when they share fewer than MIN_SHARED_WORDS."""
    words = [_NUMBER.sub("", q, count=1).split() for q in questions]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
        shared += 1
    if shared < MIN_SHARED_WORDS:
        return "", []
    items = [" ".join(w[shared:]).rstrip("?.!: ") for w in words]
    return " ".join(words[0][:shared]) + " …", [i[:1].upper() + i[1:] for i in items]


def largest_remainder(counts: Sequence[int], total: int = 100) -> list[int]:
    """Whole percentages that add up to ``total`` (largest remainder method), as reports print."""
    n = sum(counts)
    if n == 0:
        return [0] * len(counts)
    exact = [c * total / n for c in counts]
    floors = [int(np.floor(x)) for x in exact]
    short = total - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:short]:
        floors[i] += 1
    return floors


@dataclass
class SurveyTable:
    """Items × answer options with counts, n per item, and percentage helpers."""

    title: str
    kind: str
    items: list[str]            # attribute names
    labels: list[str]           # item labels shown in rows
    options: list[object]       # normalised answers in column order
    option_labels: list[str]
    counts: pd.DataFrame        # index: item labels; columns: option labels
    n: pd.Series                # respondents who answered each item
    notes: list[str] = field(default_factory=list)

    def percent(self, whole: bool = True) -> pd.DataFrame:
        """Percentages of n. Items × options: row shares, whole numbers adding to 100 (largest
        remainder) or floats with one decimal. Categorical: each option's share of the
        respondents; multiple choice: the share of respondents who chose each option."""
        if self.kind in ("categorical", "multiple"):
            counts = self.counts.iloc[:, 0].astype(int)
            if self.kind == "categorical" and whole:
                values = largest_remainder(counts.tolist())
            else:
                values = [round(100 * c / n, 0 if whole else 1) if n else 0 for c, n in zip(counts, self.n)]
            return pd.DataFrame({"%": values}, index=self.counts.index)
        if whole:
            rows = [largest_remainder(list(r)) for r in self.counts.to_numpy()]
            return pd.DataFrame(rows, index=self.counts.index, columns=self.counts.columns, dtype=np.int64)
        return (self.counts.div(self.n.replace(0, np.nan), axis=0) * 100).fillna(0).round(1)

    def frame(self, show: str = "percent", lang: str = "fi") -> pd.DataFrame:
        """A flat table for reports and the GUI.

        Items × options (Table 3 form): the item, one column per option (percent, counts or
        both) and n. Categorical and multiple choice: option, count, % (of n) — a categorical
        question ends with a total row.
        """
        if self.kind in ("categorical", "multiple"):
            counts = self.counts.iloc[:, 0].astype(np.int64).to_numpy()
            out = pd.DataFrame({t("option", lang): self.labels, t("count", lang): counts,
                                "%": self.percent()["%"].astype(np.int64).to_numpy()})
            if self.kind == "categorical":
                n = int(self.n.iloc[0]) if len(self.n) else 0
                out.loc[len(out)] = [t("total", lang), n, 100 if n else 0]
            return out
        if show == "counts":
            body = self.counts
        elif show == "percent":
            body = self.percent()
        else:
            body = pd.concat({t("count", lang): self.counts, "%": self.percent()}, axis=1)
            body.columns = [f"{o} ({k})" for k, o in body.columns]
        out = body.reset_index(drop=True)
        out.insert(0, t("item", lang), self.labels)
        out[t("n", lang)] = self.n.to_numpy()
        return out


def _option_order(kind: str, answers: set) -> list:
    if kind == "likert":
        return [1, 2, 3, 4, 5] + (["eos"] if "eos" in answers else [])
    if kind == "yesno":
        yes = [a for a in answers if str(a).lower() in YES or a is True]
        no = [a for a in answers if str(a).lower() in NO or a is False]
        return yes[:1] + no[:1] + (["eos"] if "eos" in answers else [])
    return sorted(answers, key=lambda a: (isinstance(a, str), str(a).casefold() if isinstance(a, str) else a))


def _option_label(option, lang: str) -> str:
    if option == "eos":
        return t("dont_know", lang)
    if isinstance(option, bool):
        return value_label(option, lang)
    text = str(option)
    if text.lower() in YES:
        return t("yes", lang)
    if text.lower() in NO:
        return t("no", lang)
    return text


def closed_question_table(project, items: Sequence[str], *, kind: Optional[str] = None, title: str = "",
                          lang: str = "fi", labels: Optional[Sequence[str]] = None) -> SurveyTable:
    """Counts of each answer per item (Table 3 form); items are attribute names of one kind.
    Row labels are the items after a shared "Stem: " unless ``labels`` are given."""
    answers = respondent_answers(load_frames(project))
    sel = answers[answers["name"].isin(list(items))]
    missing = [i for i in items if i not in set(sel["name"])]
    if missing:
        raise UserError(N_("no answers for {questions}", questions=", ".join(missing)))
    kind = kind or _kind_of(sel["answer"])
    kind = "yesno" if kind == "boolean" else kind
    if kind == "multiple":
        raise UserError(N_("multiple-choice options are counted with multiple_choice_table"))
    options = _option_order(kind, set(sel["answer"]))
    counts = np.zeros((len(items), len(options)), dtype=np.int64)
    pos = {o: j for j, o in enumerate(options)}
    row = {name: i for i, name in enumerate(items)}
    for name, answer in zip(sel["name"], sel["answer"]):
        counts[row[name], pos[answer]] += 1
    stems = {split_stem(i)[0] for i in items}
    if labels is None:
        labels = [split_stem(i)[1] if len(stems) == 1 and "" not in stems else i for i in items]
    labels = list(labels)
    option_labels = [_option_label(o, lang) for o in options]
    df = pd.DataFrame(counts, index=labels, columns=option_labels)
    n = pd.Series(counts.sum(axis=1), index=labels)
    return SurveyTable(title or (stems.pop() if len(stems) == 1 else ""), kind, list(items), labels, options,
                       option_labels, df, n)


def category_table(project, question: str, *, lang: str = "fi") -> SurveyTable:
    """One categorical question as options × (count, %), e.g. the respondents' organisation."""
    table = closed_question_table(project, [question], kind="categorical", lang=lang)
    counts = table.counts.T
    counts.columns = [t("count", lang)]
    n = int(table.n.iloc[0])
    return SurveyTable(question, "categorical", [question] * len(counts), list(counts.index), table.options,
                       [t("count", lang)], counts, pd.Series([n] * len(counts), index=counts.index))


def multiple_choice_table(project, options: Sequence[str], *, title: str = "", lang: str = "fi") -> SurveyTable:
    """Counts of respondents who chose each option (boolean attributes), most chosen first;
    n is the number of respondents who answered any option (Figure 3 form)."""
    answers = respondent_answers(load_frames(project))
    sel = answers[answers["name"].isin(list(options))]
    n = int(sel["case_id"].nunique())
    chosen = sel[[a is True or str(a).strip().lower() in ("1", "true") for a in sel["answer"]]]
    counts = chosen.groupby("name")["case_id"].nunique().reindex(list(options), fill_value=0)
    counts = counts.sort_values(ascending=False, kind="stable")
    stem = {split_stem(o)[0] for o in options}
    labels = [split_stem(o)[1] for o in counts.index]
    df = pd.DataFrame({t("count", lang): counts.to_numpy()}, index=labels)
    return SurveyTable(title or (stem.pop() if len(stem) == 1 else ""), "multiple", list(counts.index), labels,
                       [True], [t("count", lang)], df, pd.Series([n] * len(labels), index=labels))


def survey_tables(project, lang: str = "fi") -> list[SurveyTable]:
    """Every closed question as a table: one per stem and kind (Table 3 / Figure 1 / Figure 3)."""
    questions = survey_questions(project)
    out: list[SurveyTable] = []
    for (stem, kind), group in questions.groupby(["stem", "kind"], sort=False):
        names = group["name"].tolist()
        if kind == "multiple":
            out.append(multiple_choice_table(project, names, title=stem, lang=lang))
        elif kind == "categorical":
            out.extend(category_table(project, name, lang=lang) for name in names)
        elif stem:
            out.append(closed_question_table(project, names, kind=kind, title=stem, lang=lang,
                                             labels=group["item"].tolist()))
        elif kind == "yesno" and len(names) > 1:
            # Separate yes/no questions read best as one Table 3-style table, a question a row.
            out.append(closed_question_table(project, names, kind=kind, title=t("yesno_questions", lang),
                                             lang=lang, labels=names))
        else:
            out.extend(closed_question_table(project, [name], kind=kind, title=name, lang=lang) for name in names)
    return out


def closed_by_codes(project, question: str, codes: str, *, cell: str = "sources", lang: str = "fi"):
    """Answers to a closed question × codes of the open answers: respondents (survey-answer
    sources) whose open answers carry each code. Returns a ``MatrixResult``."""
    from tyokyky_qda.analysis.matrix import compute_matrix
    from tyokyky_qda.analysis.scope import SegmentFilter

    return compute_matrix(project, rows=f"attribute:{question}", cols=f"group:{codes}", cell=cell,
                          filter=SegmentFilter(source_kinds=("survey-answer",)), lang=lang)
