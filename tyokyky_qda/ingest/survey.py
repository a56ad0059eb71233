"""Survey exports into a project: respondents become cases with typed attributes, open answers
become one "survey-answer" source per respondent, each answer a section coded for its question.

The text of a respondent's source is the question, a line break and the answer, for each open
question the respondent answered, separated by blank lines. Each answer is a section (kind
"answer", label = the question) and is coded (origin "autocode") with the question's code under
the root code group "Kysely" (created if missing). Blank answers are not sources; a respondent
with no open answers still becomes a case with their closed answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Coding, Section, Source
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.ingest.survey_guess import LIKERT
from tyokyky_qda.ingest.survey_mapping import ColumnRole, SurveyMapping
from tyokyky_qda.ingest.table_reader import Table
from tyokyky_qda.store.base import now_iso
from tyokyky_qda.store.cases_api import guess_type

_UNCHECKED = {"0", "no", "ei", "false", "n", "e", "ei valittu", "not selected", "unchecked", "0.0"}


@dataclass
class Respondent:
    """One row of the export: its case name, and the text and sections of its open answers."""

    key: str
    case_name: str
    text: str = ""
    sections: list[Section] = field(default_factory=list)


@dataclass
class SurveyPlan:
    """Everything a survey import will write, computed before the project is touched."""

    path: Path
    mapping: SurveyMapping
    respondents: list[Respondent]
    attributes: dict[str, tuple[str, list[Any]]]  # name → (type, one value per respondent)
    questions: list[tuple[str, str]]               # open questions: (question label, code name)
    notes: dict = field(default_factory=dict)


def plan_survey(table: Table, mapping: SurveyMapping, path: Path) -> SurveyPlan:
    """Turn a table and a complete mapping into a plan (see ``survey_guess.guess_mapping``)."""
    index = {h: i for i, h in enumerate(table.headers)}
    roles = {c.column: c for c in mapping.columns}
    respondents = _respondents(table, mapping, index)
    open_cols = [c for c in mapping.columns if c.role == "open"]
    if not respondents:
        raise ImportFailed(N_("the survey has no respondents"))
    for resp, row in zip(respondents, table.rows):
        _answers_text(resp, row, open_cols, index)
    attributes: dict[str, tuple[str, list[Any]]] = {}
    for column in table.headers:
        role = roles.get(column)
        if role and role.role in ("closed", "likert", "yesno"):
            attributes[role.attribute or column] = _closed(role, table.column(index[column]), mapping)
        elif role and role.role == "multi-split":
            attributes.update(_split_options(role, table.column(index[column])))
    attributes.update(_multi(mapping, table, index))
    questions = [(c.question or c.column, _code_name(c.code or c.question or c.column)) for c in open_cols]
    notes = {"format": table.notes.get("format"), "survey_dialect": mapping.dialect or "generic",
             "respondents": len(respondents), "open_questions": len(open_cols),
             "closed_attributes": len(attributes), **{k: v for k, v in table.notes.items() if k != "format"}}
    return SurveyPlan(path, mapping, respondents, attributes, questions, notes)


def _respondents(table: Table, mapping: SurveyMapping, index: dict[str, int]) -> list[Respondent]:
    out, seen = [], set()
    id_at = index.get(mapping.id_column) if mapping.id_column else None
    for n, row in enumerate(table.rows, start=1):
        key = row[id_at] if id_at is not None else ""
        key = key or str(n)
        unique, k = key, 1
        while unique in seen:
            k += 1
            unique = f"{key}-{k}"
        seen.add(unique)
        out.append(Respondent(unique, mapping.case_name.format(id=unique)))
    return out


def _answers_text(resp: Respondent, row: list, open_cols: list[ColumnRole], index: dict[str, int]) -> None:
    parts, pos = [], 0
    for col in open_cols:
        answer = row[index[col.column]]
        if "\n" in answer:
            answer = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", answer)).strip()
        if not answer:
            continue
        question = col.question or col.column
        head = ("\n\n" if parts else "") + question + "\n"
        parts.append(head + answer)
        start = pos + len(head)
        resp.sections.append(Section(start, start + len(answer), kind="answer", label=question))
        pos = start + len(answer)
    resp.text = "".join(parts)


def _closed(role: ColumnRole, raw: list[str], mapping: SurveyMapping) -> tuple[str, list[Any]]:
    values = raw
    dont_know = {d.casefold() for d in mapping.dont_know}
    canonical = mapping.dont_know[0] if mapping.dont_know else "En osaa sanoa"
    if role.role == "likert":
        type_ = role.type or "text"
        out = []
        for v in values:
            match = LIKERT.match(v)
            if v.casefold() in dont_know:
                out.append(None if type_ == "number" else canonical)
            else:
                out.append(match.group(1) if match else (v or None))
        return type_, out
    if role.role == "yesno":
        type_ = role.type or "text"
        if type_ == "boolean":
            return type_, [None if v.casefold() in dont_know else v for v in values]
        return type_, [canonical if v.casefold() in dont_know else (v[:1].upper() + v[1:] if v else None)
                       for v in values]
    type_ = role.type or guess_type(values)
    return type_, values


def _multi(mapping: SurveyMapping, table: Table, index: dict[str, int]) -> dict[str, tuple[str, list[Any]]]:
    """Boolean attributes "Question: Option"; a respondent who ticked nothing in a question gets none."""
    groups: dict[str, list[ColumnRole]] = {}
    for c in mapping.columns:
        if c.role == "multi":
            groups.setdefault(c.question or c.column, []).append(c)
    out: dict[str, tuple[str, list[Any]]] = {}
    for question, cols in groups.items():
        cells = [[r[index[c.column]] for c in cols] for r in table.rows]
        answered = [any(row) for row in cells]
        for k, c in enumerate(cols):
            name = f"{question}: {c.option or c.column}"
            out[name] = ("boolean", [(bool(row[k]) and row[k].casefold() not in _UNCHECKED) if ok else None
                                     for row, ok in zip(cells, answered)])
    return out


def _split_options(role: ColumnRole, raw: list[str]) -> dict[str, tuple[str, list[Any]]]:
    sep = role.separator or ";"
    chosen = [[o.strip() for o in v.split(sep) if o.strip()] for v in raw]
    options = list(dict.fromkeys(o for row in chosen for o in row))
    question = role.question or role.column
    return {f"{question}: {o}": ("boolean", [(o in row) if row else None for row in chosen]) for o in options}


def _code_name(question: str) -> str:
    name = " ".join(question.replace("/", "-").split())
    return name if len(name) <= 120 else name[:117].rstrip() + "..."


def store_survey(project, plan: SurveyPlan, *, source_attributes: Optional[dict] = None,
                 notes: Optional[dict] = None, progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelFn] = None) -> dict:
    """Write a plan; call inside one transaction. Returns counts and the sources made."""
    resp_names = _case_names(project, plan)
    code_ids = _question_codes(project, plan)
    made, codings, case_ids = [], [], []
    stamp = now_iso()  # one moment for the whole file, as it is one transaction
    total = len(plan.respondents)
    for i, (resp, case_name) in enumerate(zip(plan.respondents, resp_names)):
        if i % 100 == 0:
            check_cancel(cancel)
            if progress:
                progress(i / max(1, total), N_("{file}: respondent {n}/{total}",
                                               file=plan.path.name, n=i + 1, total=total))
        case_id = project.add_case(case_name).id
        case_ids.append(case_id)
        if not resp.text:
            continue
        source = Source(name=case_name, text=resp.text, kind="survey-answer", original_path=str(plan.path),
                        import_notes={**(notes or {}), "respondent": resp.key})
        sid = project.add_source(source, resp.sections).id
        project.link_case(case_id, sid)
        made.append({"id": sid, "name": case_name, "kind": "survey-answer"})
        codings.extend(Coding(source_id=sid, code_id=code_ids[s.label], start=s.start, end=s.end,
                              origin="autocode", coder=project.coder, created_at=stamp) for s in resp.sections)
    for name, (type_, values) in plan.attributes.items():
        project.set_attribute_values("case", name, dict(zip(case_ids, values)), type_)
    for name, (value, type_) in (source_attributes or {}).items():
        project.set_attribute_values("source", name, {m["id"]: value for m in made}, type_)
    if codings:
        project.add_codings(codings, action="autocode survey answers")
    return {"sources": made, "cases": len(case_ids), "codings": len(codings)}


def _case_names(project, plan: SurveyPlan) -> list[str]:
    """Respondent case names; prefixed by the file name if any of them exists already."""
    names = [r.case_name for r in plan.respondents]
    existing = {c.name for c in project.cases()}
    if existing & set(names):
        names = [f"{plan.path.stem}: {n}" for n in names]
        if existing & set(names):
            raise ImportFailed(N_("cases with these respondents' names exist already; set case_name in the mapping"))
    return names


def _question_codes(project, plan: SurveyPlan) -> dict[str, int]:
    """Question label → code id under the root group (both created if missing)."""
    group = next((c.id for c in project.children_of(None) if c.name == plan.mapping.code_group), None)
    if group is None and plan.questions:
        group = project.add_code(plan.mapping.code_group, description="Kyselyn avoimet kysymykset").id
    children = {c.name: c.id for c in project.children_of(group)} if group is not None else {}
    out = {}
    for question, code_name in plan.questions:
        if code_name not in children:
            children[code_name] = project.add_code(code_name, group, description=question).id
        out[question] = children[code_name]
    return out
