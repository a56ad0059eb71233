"""Sensible default roles for the columns of a survey export, from headers and values.

- a column named like an id ("ID", "Response ID", "Vastaajan tunnus") with unique values: id
- timestamps, e-mail, names, IP addresses and other technical columns: ignore
- adjacent columns "Question [Option]", "Question / Option" (Webropol), "Option:Question"
  (Alchemer), "Question - Option", "Question: Option" whose
  values are checked/unchecked marks: one multiple-choice question
- values 1–5 with "En osaa sanoa": Likert; Kyllä/Ei/En osaa sanoa: yes/no
- "A;B;C" (MS Forms) or "A, B" (Google Forms) from a small set of options: multiple choice in one column
- numbers or dates: closed, typed
- text with long, varied values: open; a few distinct short values: closed
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.ingest.survey_mapping import ColumnRole, SurveyMapping
from tyokyky_qda.ingest.table_reader import Table
from tyokyky_qda.store.cases_api import guess_type

_ID = re.compile(r"^(?:id|#|nro|tunnus|tunniste|respondent ?id|response ?id|record ?id|submission ?id|"
                 r"vastaaja|vastaajan? ?(?:tunnus|id|numero|nro)|vastauksen ?(?:tunnus|id|numero)|vastaus ?id)$", re.I)
_META = re.compile(
    r"^(?:aikaleima|timestamp|start ?time|completion ?time|end ?time|alkamisaika|aloitusaika|"
    r"valmistumisaika|päättymisaika|vastausaika|vastauspäivä|vastattu|submitdate|startdate|datestamp|"
    r"date submitted|time started|date started|last ?modified ?time|viimeksi muokattu|lastpage|"
    r"startlanguage|seed|token|ipaddr|ip ?address|ip-osoite|refurl|referer|user ?agent|email|e-mail|"
    r"sähköposti(?:osoite)?|name|nimi|status|contact ?id|legacy comments|tags|latitude|longitude|"
    r"interviewtime|duration.*|kesto|url variable.*)$", re.I)
_CHECKED = {"1", "0", "x", "✓", "✔", "yes", "no", "kyllä", "ei", "y", "n", "true", "false", "valittu",
            "ei valittu", "selected", "not selected", "checked", "unchecked", "1.0", "0.0"}
_YES_NO = {"kyllä", "ei", "yes", "no", "ja", "nej", "k", "e"}
# "4", "4.0", "4 = melko hyvin", "5 - Erittäin hyvin" (but not a date like "2.3.2023")
LIKERT = re.compile(r"^([1-5])(?:\.0)?(?:\s*[=:.–-]\s*(?:[^\d\s].*)?|\s+[^\d\s].*)?$")
_BRACKET = re.compile(r"^(?P<q>.+?)\s*\[(?P<o>[^\[\]]+)\]$")
_DASH = re.compile(r"^(?P<q>.+?)\s+[-–]\s+(?P<o>[^-–]+)$")
_SLASH = re.compile(r"^(?P<q>.+?)\s+/\s+(?P<o>[^/]+)$")
_COLON = re.compile(r"^(?P<q>.+?):\s*(?P<o>[^:]+)$")
_ALCHEMER = re.compile(r"^(?P<o>[^:]{1,80}):(?P<q>.+)$")


@dataclass
class ColumnProfile:
    """What the values of one column look like."""

    column: str
    index: int
    filled: int
    distinct: int
    mean_length: float
    examples: list[str] = field(default_factory=list)


def profile(table: Table) -> list[ColumnProfile]:
    """Counts and examples for every column."""
    out = []
    for i, name in enumerate(table.headers):
        values = table.column(i)
        filled = [v for v in values if v]
        counts = Counter(filled)
        out.append(ColumnProfile(name, i, len(filled), len(counts),
                                 sum(map(len, filled)) / len(filled) if filled else 0.0,
                                 [v[:80] for v, _ in counts.most_common(5)]))
    return out


def detect_dialect(headers: list[str], header_rows: int = 1) -> str:
    """Which tool wrote the export, from its header conventions ("" when unknown)."""
    low = {h.lower() for h in headers}
    if {"response id", "time started", "date submitted"} & low and ("status" in low or "contact id" in low):
        return "alchemer"
    if {"submitdate", "lastpage", "startlanguage"} & low or any(re.search(r"\[SQ\d+\]", h) for h in headers):
        return "limesurvey"
    if {"start time", "completion time"} <= low or {"aloitusaika", "valmistumisaika"} <= low:
        return "msforms"
    if headers and headers[0].lower() in ("timestamp", "aikaleima"):
        return "googleforms"
    if header_rows == 2 or {"vastausaika", "vastaaja"} & low:
        return "webropol"
    return ""


def split_header(header: str, dialect: str) -> Optional[tuple[str, str]]:
    """(question, option) for a header written by the multiple-choice conventions, else None."""
    regexes = (_ALCHEMER, _BRACKET) if dialect == "alchemer" else (_BRACKET, _SLASH, _DASH, _COLON)
    for regex in regexes:
        match = regex.match(header.strip())
        if match:
            return match.group("q").strip(), match.group("o").strip()
    return None


def _is_checked_column(values: list[str], option: str) -> bool:
    distinct = {v.lower() for v in values if v}
    return bool(distinct) and len(distinct) <= 2 and distinct <= (_CHECKED | {option.lower()})


def _multi_groups(table: Table, dialect: str) -> dict[int, tuple[str, str]]:
    """Column index → (question, option) for runs of ≥2 adjacent checked-mark columns."""
    parts = [split_header(h, dialect) for h in table.headers]
    out: dict[int, tuple[str, str]] = {}
    i = 0
    while i < len(parts):
        j = i
        while parts[i] and j + 1 < len(parts) and parts[j + 1] and parts[j + 1][0] == parts[i][0]:
            j += 1
        if j > i:
            members = [k for k in range(i, j + 1)
                       if _is_checked_column(table.column(k), parts[k][1])]
            if len(members) >= 2:
                out.update({k: parts[k] for k in members})
        i = j + 1
    return out




def _guess_column(p: ColumnProfile, values: list[str], dialect: str, dont_know) -> ColumnRole:
    """The role of a column that is not part of a multiple-choice group."""
    name = p.column
    if not p.filled:
        return ColumnRole(name, "ignore", reason=N_("no answers"))
    if _META.match(name.strip()):
        return ColumnRole(name, "ignore", reason=N_("technical or personal data column"))
    filled = [v for v in values if v]
    distinct = set(filled)
    dont = {d.casefold() for d in dont_know}
    substantive = [v for v in distinct if v.casefold() not in dont]
    if substantive and all(LIKERT.match(v) for v in substantive) and len(substantive) <= 5 \
            and (len(substantive) >= 2 or len(substantive) < len(distinct)):
        return ColumnRole(name, "likert", reason=N_("values 1–5 (and don't know)"))
    lowered = {v.casefold() for v in substantive}
    if lowered and lowered <= _YES_NO and lowered & {"kyllä", "ei", "yes", "no"}:
        return ColumnRole(name, "yesno", reason=N_("yes / no / don't know"))
    type_ = guess_type(filled)
    if type_ in ("number", "date"):
        reason = N_("number values") if type_ == "number" else N_("date values")
        return ColumnRole(name, "closed", type=type_, reason=reason)
    split = _split_options(filled, dialect)
    if split:
        return ColumnRole(name, "multi-split", separator=split, reason=N_("options joined with {separator!r}",
                                                                          separator=split))
    ratio = p.distinct / max(1, p.filled)
    if p.mean_length >= 25 and ratio >= 0.5:
        return ColumnRole(name, "open", reason=N_("long, varied answers"))
    if p.distinct <= 20 or ratio <= 0.5:
        return ColumnRole(name, "closed", reason=N_("{count} distinct values", count=p.distinct))
    if p.mean_length >= 12:
        return ColumnRole(name, "open", reason=N_("varied answers"))
    return ColumnRole(name, "closed", reason=N_("short answers"))


def _split_options(values: list[str], dialect: str) -> str:
    """";" or ", " when the values are choices from a small set joined by it, else ""."""
    for sep in (";", ", ") if dialect == "googleforms" else (";",):
        joined = [v for v in values if sep in v.strip().rstrip(";")]
        if len(joined) < 2:
            continue
        options = Counter(o.strip() for v in values for o in v.split(sep) if o.strip())
        if len(options) <= 20 and max(map(len, options)) <= 120 and len(options) < len(set(values)) + 1:
            return sep
    return ""


def _guess_id(table: Table, profiles: list[ColumnProfile]) -> Optional[str]:
    n = len(table.rows)
    for p in profiles:
        if _ID.match(p.column.strip()) and p.filled == n and p.distinct == n:
            return p.column
    for p in profiles[:2]:
        values = table.column(p.index)
        if p.filled == n and p.distinct == n and all(len(v) <= 20 and re.fullmatch(r"[\w-]+", v) for v in values) \
                and guess_type(values) != "date":
            return p.column
    return None


def guess_mapping(table: Table, given: Optional[SurveyMapping] = None) -> SurveyMapping:
    """A complete mapping: the roles ``given`` names are kept, every other column is guessed."""
    given = given or SurveyMapping()
    dialect = detect_dialect(table.headers, table.header_rows)
    profiles = profile(table)
    unknown = [c.column for c in given.columns if c.column not in table.headers]
    if given.id_column and given.id_column not in table.headers:
        unknown.append(given.id_column)
    if unknown:
        raise ImportFailed(N_("the mapping names column(s) the file does not have: {columns}",
                                 columns=", ".join(unknown[:5])))
    named_id = next((c.column for c in given.columns if c.role == "id"), None)
    id_column = given.id_column or named_id or _guess_id(table, profiles)
    groups = _multi_groups(table, dialect)
    columns = []
    for p in profiles:
        explicit = given.role(p.column)
        if explicit:
            columns.append(explicit)
        elif p.column == id_column:
            columns.append(ColumnRole(p.column, "id", reason=N_("respondent id")))
        elif not given.guess_others:
            columns.append(ColumnRole(p.column, "ignore", reason=N_("not in the mapping")))
        elif p.index in groups:
            q, o = groups[p.index]
            columns.append(ColumnRole(p.column, "multi", question=q, option=o, reason=N_("multiple choice")))
        else:
            columns.append(_guess_column(p, table.column(p.index), dialect, given.dont_know))
    return SurveyMapping(columns=columns, id_column=id_column, case_name=given.case_name,
                         code_group=given.code_group, sheet=given.sheet or table.sheet,
                         header_rows=given.header_rows or table.header_rows, delimiter=given.delimiter,
                         dont_know=given.dont_know, guess_others=given.guess_others, dialect=dialect)
