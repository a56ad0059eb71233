"""The survey import mapping: what each column of a survey export is, and its JSON file form.

The GUI shows it as a dialog, the CLI reads it from ``--mapping FILE`` (or builds it from
``--id-column/--open/--closed/--ignore``). The file format is described in
docs/import-mapping.md; ``SurveyMapping.to_dict()`` writes exactly that format.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_

FORMAT = "tyokyky-qda-survey-mapping"
ROLES = ("id", "open", "closed", "likert", "yesno", "multi", "multi-split", "ignore")
DONT_KNOW = ("En osaa sanoa", "EOS", "Ei osaa sanoa", "En tiedä", "Don't know", "Dont know", "Do not know",
             "Vet inte", "Kan inte säga", "N/A", "Not applicable")


@dataclass
class ColumnRole:
    """What one column is.

    role: id | open | closed | likert | yesno | multi | multi-split | ignore
    attribute: the case attribute's name (closed, likert, yesno; default: the column header)
    type: the attribute type (text, number, date, boolean; default: from the role and data)
    question: the question a multi option belongs to, or an open question's label
    option: the option a multi column stands for
    separator: how a multi-split column joins the chosen options (";" or ", ")
    code: the code an open question's answers get under the code group (default: the question)
    """

    column: str
    role: str
    attribute: str = ""
    type: str = ""
    question: str = ""
    option: str = ""
    separator: str = ""
    code: str = ""
    reason: str = ""  # why the role was guessed (shown in the GUI; not written to files)

    def as_dict(self) -> dict:
        """The JSON object for this column, without defaults."""
        out = {k: v for k, v in asdict(self).items() if v and k not in ("column", "reason")}
        return out if len(out) > 1 else {"role": self.role}


@dataclass
class SurveyMapping:
    """The whole mapping; columns not listed are guessed when ``guess_others`` is true."""

    columns: list[ColumnRole] = field(default_factory=list)
    id_column: Optional[str] = None
    case_name: str = "Vastaaja {id}"
    code_group: str = "Kysely"
    sheet: Optional[str] = None
    header_rows: Optional[int] = None
    delimiter: Optional[str] = None
    dont_know: list[str] = field(default_factory=lambda: list(DONT_KNOW))
    guess_others: bool = True
    dialect: str = ""

    def role(self, column: str) -> Optional[ColumnRole]:
        """The role given for a column, if any."""
        for c in self.columns:
            if c.column == column:
                return c
        return None

    def to_dict(self) -> dict:
        """The documented JSON form."""
        return {
            "format": FORMAT, "version": 1, "sheet": self.sheet, "header_rows": self.header_rows,
            "delimiter": self.delimiter, "id_column": self.id_column, "case_name": self.case_name,
            "code_group": self.code_group, "dont_know": self.dont_know, "guess_others": self.guess_others,
            "columns": {c.column: c.as_dict() for c in self.columns},
        }

    def save(self, path) -> None:
        """Write the mapping as a JSON file (UTF-8)."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict) -> "SurveyMapping":
        """Read the JSON form; unknown roles and keys are user errors."""
        if not isinstance(data, dict):
            raise UserError(N_("a survey mapping is a JSON object"))
        known = {"format", "version", "sheet", "header_rows", "delimiter", "id_column", "case_name", "code_group",
                 "dont_know", "guess_others", "columns"}
        unknown = {k for k in data if k not in known and not k.startswith("_")}  # "_..." are comments
        if unknown:
            raise UserError(N_("unknown key(s) in the survey mapping: {keys}", keys=", ".join(sorted(unknown))))
        columns = [_column(name, spec) for name, spec in (data.get("columns") or {}).items()]
        mapping = cls(columns=columns, id_column=data.get("id_column"), sheet=data.get("sheet"),
                      header_rows=data.get("header_rows"), delimiter=data.get("delimiter"),
                      guess_others=bool(data.get("guess_others", True)))
        for key in ("case_name", "code_group"):
            if data.get(key):
                setattr(mapping, key, str(data[key]))
        if data.get("dont_know") is not None:
            mapping.dont_know = [str(x) for x in data["dont_know"]]
        if "{id}" not in mapping.case_name:
            raise UserError(N_("case_name must contain {id}"))
        return mapping

    @classmethod
    def load(cls, path) -> "SurveyMapping":
        """Read a mapping file."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise UserError(N_("no such mapping file: {path}", path=path)) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UserError(N_("the mapping file {path} is not valid JSON ({error})", path=path, error=exc)) from None
        return cls.from_dict(data)


def _column(name: str, spec: Any) -> ColumnRole:
    if isinstance(spec, str):
        spec = {"role": spec}
    if not isinstance(spec, dict) or spec.get("role") not in ROLES:
        raise UserError(N_("column {name!r}: role must be one of {roles}", name=name, roles=", ".join(ROLES)))
    allowed = {"role", "attribute", "type", "question", "option", "separator", "code"}
    if set(spec) - allowed:
        raise UserError(N_("column {name!r}: unknown key(s) {keys}",
                           name=name, keys=", ".join(sorted(set(spec) - allowed))))
    if spec.get("type") and spec["type"] not in ("text", "number", "date", "boolean"):
        raise UserError(N_("column {name!r}: type must be text, number, date or boolean", name=name))
    return ColumnRole(column=name, **{k: str(v) for k, v in spec.items()})


def mapping_from_options(id_column: Optional[str] = None, open_columns=(), closed_columns=(),
                         ignore_columns=(), sheet: Optional[str] = None) -> Optional[SurveyMapping]:
    """A mapping from CLI options (None when no option was given)."""
    if not (id_column or open_columns or closed_columns or ignore_columns or sheet):
        return None
    columns = ([ColumnRole(c, "open") for c in open_columns] + [ColumnRole(c, "closed") for c in closed_columns]
               + [ColumnRole(c, "ignore") for c in ignore_columns])
    return SurveyMapping(columns=columns, id_column=id_column, sheet=sheet)
