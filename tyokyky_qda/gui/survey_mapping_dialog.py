"""The survey import mapping dialog: every column of a survey export with its guessed role
(respondent id, closed: categorical / Likert / yes-no / multiple choice, open, ignore), editable
per column, with examples of its values; returns the ``SurveyMapping`` the importer takes and
saves or loads it as the JSON mapping file the CLI reads (``--mapping FILE``).

The file is read and the roles guessed by ``tyokyky_qda.ingest.api.inspect_survey``; after
``exec()`` the caller imports with ``import_survey(project, path, dialog.mapping())``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QSplitter, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.gui.analysis_common import ask_open_path, ask_save_path, set_message
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.ingest.api import ROLES, ColumnRole, SurveyInspection, SurveyMapping, inspect_survey
from tyokyky_qda.ingest.survey_guess import split_header

COLUMN, ROLE, NAME, TYPE, ANSWERS, EXAMPLES = range(6)
LAST = EXAMPLES
TYPES = ("", "text", "number", "date", "boolean")
CLOSED = ("closed", "likert", "yesno")
DELIMITERS = (("", "auto"), (";", ";"), (",", ","), ("\t", "tab"), ("|", "|"))
_ROLE_FILL = {"id": "#fff4d6", "open": "#e3f1e0", "closed": "#e3edf8", "likert": "#e3edf8", "yesno": "#e3edf8",
              "multi": "#ece4f5", "multi-split": "#ece4f5"}
_GREY = QColor("#808080")
MAPPING_FILTER = {".json": "JSON (*.json)"}


class SurveyColumnsModel(QAbstractTableModel):
    """The columns of the export and their roles (an adapter over ``ColumnRole`` objects)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.roles: list[ColumnRole] = []
        self.profiles: dict[str, Any] = {}
        self.rows = 0
        self.dialect = ""

    def load(self, inspection: SurveyInspection) -> None:
        """Show a fresh inspection."""
        self.beginResetModel()
        self.roles = list(inspection.mapping.columns)
        self.profiles = {p.column: p for p in inspection.profiles}
        self.rows = inspection.rows
        self.dialect = inspection.mapping.dialect
        self.endResetModel()

    def role_label(self, role: str) -> str:
        """A role in words."""
        return {"id": self.tr("Respondent id"), "open": self.tr("Open question"),
                "closed": self.tr("Closed: categorical"), "likert": self.tr("Closed: Likert 1–5"),
                "yesno": self.tr("Closed: yes / no"), "multi": self.tr("Multiple choice: a column per option"),
                "multi-split": self.tr("Multiple choice: all in one cell"),
                "ignore": self.tr("Ignore")}.get(role, role)

    def default_name(self, c: ColumnRole) -> str:
        """What the column becomes in the project when no name is given."""
        if c.role in ("multi", "multi-split"):
            return c.question or c.column
        if c.role == "open":
            return c.question or c.column
        return c.column if c.role in CLOSED else ""

    def name(self, c: ColumnRole) -> str:
        """The attribute, code or question name the column gets."""
        given = {"open": c.code, "multi": c.question, "multi-split": c.question}.get(c.role, c.attribute)
        return given or self.default_name(c)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Column"), self.tr("Role"), self.tr("Name in the project"), self.tr("Type"),
                self.tr("Answered · distinct"), self.tr("Examples")]

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.roles)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, D102
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:  # noqa: D102
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        c = self.roles[index.row()]
        editable = index.column() == ROLE or (index.column() == NAME and c.role not in ("id", "ignore")) \
            or (index.column() == TYPE and c.role in CLOSED)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid():
            return None
        c, col = self.roles[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(c, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole and col == ROLE and c.role in _ROLE_FILL:
            return QBrush(QColor(_ROLE_FILL[c.role]))
        if role == Qt.ItemDataRole.ForegroundRole and c.role == "ignore":
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole and col == ROLE:
            return core_text(c.reason) or None
        if role == Qt.ItemDataRole.ToolTipRole and col in (COLUMN, EXAMPLES):
            p = self.profiles.get(c.column)
            return c.column + ("\n\n" + "\n".join(p.examples) if p and p.examples else "")
        return None

    def _text(self, c: ColumnRole, col: int, edit: bool) -> Any:
        p = self.profiles.get(c.column)
        if col == COLUMN:
            return c.column
        if col == ROLE:
            return c.role if edit else self.role_label(c.role)
        if col == NAME:
            return self.name(c)
        if col == TYPE:
            return c.type if edit else (c.type or (self.tr("auto") if c.role in CLOSED else ""))
        if col == ANSWERS:
            return f"{p.filled} / {self.rows} · {p.distinct}" if p else ""
        return " | ".join(" ".join(e.split()) for e in p.examples[:3]) if p else ""

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        c = self.roles[row]
        if col == ROLE and value in ROLES and value != c.role:
            self.set_role(row, value)
            return True
        if col == NAME:
            text = " ".join(str(value).split())
            text = "" if text == self.default_name(c) else text
            if c.role == "open":
                c.code = text
            elif c.role in ("multi", "multi-split"):
                c.question = text or c.question or c.column
            else:
                c.attribute = text
        elif col == TYPE and value in TYPES:
            c.type = value
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, LAST))
        return True

    def set_role(self, row: int, role: str) -> None:
        """Give a column a new role; a new id column demotes the old one to "ignore"."""
        c = self.roles[row]
        if role == "id":
            for i, other in enumerate(self.roles):
                if other.role == "id" and i != row:
                    self.roles[i] = ColumnRole(other.column, "ignore", reason=self.tr("another column is the id"))
                    self.dataChanged.emit(self.index(i, 0), self.index(i, LAST))
        new = ColumnRole(c.column, role, reason=self.tr("chosen by you"))
        if role == "multi":
            parts = split_header(c.column, self.dialect)
            new.question, new.option = parts if parts else (c.column, c.column)
        elif role == "multi-split":
            new.separator = c.separator or ";"
            new.question = c.question
        elif role == "open":
            new.question = c.question if c.role == "open" else ""
        self.roles[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, LAST))

    def id_column(self) -> Optional[str]:
        """The column holding the respondent ids, if any."""
        return next((c.column for c in self.roles if c.role == "id"), None)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over (value, label) choices given by a function of the row."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for value, label in self.choices(index):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SurveyMappingDialog(QDialog):
    """Review and edit how a survey export is imported; ``mapping()`` is the result."""

    def __init__(self, project, path, parent: Optional[QWidget] = None, *,
                 mapping: Optional[SurveyMapping] = None):
        super().__init__(parent)
        self.project, self.path = project, Path(path)
        self.inspection: Optional[SurveyInspection] = None
        self.base = mapping or SurveyMapping()
        #: File choosers; tests replace them (a modal dialog would block an offscreen run).
        self.ask_open_path, self.ask_save_path = ask_open_path, ask_save_path
        self.setWindowTitle(self.tr("Import a survey: %1").replace("%1", self.path.name))
        self.model = SurveyColumnsModel(self)
        self.table = QTableView(self)
        self._setup_table()
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.file_info, self.summary, self.message = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.file_info, self.summary, self.message):
            label.setWordWrap(True)
        self._make_options()
        self._layout()
        self.model.dataChanged.connect(lambda *_a: self._summarise())
        self.reinspect(self.base)
        self.resize(1180, 640)

    def _setup_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(ROLE, ChoiceDelegate(
            lambda _i: [(r, self.model.role_label(r)) for r in ROLES], self.table))
        self.table.setItemDelegateForColumn(TYPE, ChoiceDelegate(
            lambda _i: [(t, t or self.tr("auto")) for t in TYPES], self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_preview(cur.row()))

    def _make_options(self) -> None:
        self.header_rows = QSpinBox(self)
        self.header_rows.setRange(1, 2)
        self.delimiter = QComboBox(self)
        for value, label in DELIMITERS:
            self.delimiter.addItem(label, value)
        self.sheet = QComboBox(self)
        self.sheet.setEditable(True)
        is_csv = self.path.suffix.lower() not in (".xlsx", ".xlsm")
        self.delimiter.setEnabled(is_csv)
        self.sheet.setEnabled(not is_csv)
        reread = QPushButton(self.tr("Read again"), self)
        reread.clicked.connect(self._reread)
        self.reread_button = reread
        self.case_name = QLineEdit(self.base.case_name, self)
        self.code_group = QLineEdit(self.base.code_group, self)
        self.dont_know = QLineEdit("; ".join(self.base.dont_know), self)
        self.dont_know.setToolTip(self.tr("Answers that mean “don't know”, separated by semicolons"))
        for edit in (self.case_name, self.code_group):
            edit.textChanged.connect(lambda _t: self._summarise())

    def _layout(self) -> None:
        reading = QHBoxLayout()
        for label, widget in ((self.tr("Header rows"), self.header_rows), (self.tr("Delimiter"), self.delimiter),
                              (self.tr("Sheet"), self.sheet)):
            reading.addWidget(QLabel(label, self))
            reading.addWidget(widget)
        reading.addWidget(self.reread_button)
        reading.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Case name"), self.case_name)
        form.addRow(self.tr("Code group of open questions"), self.code_group)
        form.addRow(self.tr("“Don't know” answers"), self.dont_know)
        side = QWidget(self)
        sbox = QVBoxLayout(side)
        sbox.setContentsMargins(0, 0, 0, 0)
        sbox.addWidget(QLabel(self.tr("Values of the selected column"), side))
        sbox.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.project.readonly)
        self.load_button = buttons.addButton(self.tr("Load mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button.clicked.connect(self.save_mapping)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        box = QVBoxLayout(self)
        box.addWidget(self.file_info)
        box.addLayout(reading)
        box.addWidget(split, 1)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(self.message)
        box.addWidget(buttons)

    # -- reading ---------------------------------------------------------------------------------
    def reinspect(self, given: SurveyMapping) -> bool:
        """Read the file again and guess every role not given; False (and a message) on failure."""
        try:
            inspection = inspect_survey(self.path, mapping=given)
        except UserError as exc:
            set_message(self.message, core_text(exc), error=True)
            return False
        self.inspection = inspection
        self.base = given
        self.model.load(inspection)
        self._show_reading_options(inspection)
        self.table.resizeColumnsToContents()
        for col, width in ((COLUMN, 190), (NAME, 180)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), width))
        self.table.setColumnWidth(EXAMPLES, 120)  # the last column stretches over what is left
        if self.model.rowCount():
            self.table.selectRow(0)
        set_message(self.message, "")
        self._summarise()
        return True

    def _show_reading_options(self, inspection: SurveyInspection) -> None:
        notes, mapping = inspection.notes, inspection.mapping
        for widget in (self.header_rows, self.delimiter, self.sheet):
            widget.blockSignals(True)
        self.header_rows.setValue(int(notes.get("header_rows") or mapping.header_rows or 1))
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(self.base.delimiter or "")))
        self.sheet.clear()
        sheets = notes.get("sheets") or ([mapping.sheet] if mapping.sheet else [])
        self.sheet.addItems([str(s) for s in sheets])
        self.sheet.setCurrentText(str(mapping.sheet or ""))
        for widget in (self.header_rows, self.delimiter, self.sheet):
            widget.blockSignals(False)
        what = {"webropol": "Webropol", "msforms": "Microsoft Forms", "limesurvey": "LimeSurvey",
                "googleforms": "Google Forms", "alchemer": "SurveyGizmo / Alchemer"}.get(mapping.dialect, "")
        text = self.tr("%1: %2 respondents, %3 columns.").replace("%1", self.path.name).replace(
            "%2", str(inspection.rows)).replace("%3", str(len(inspection.headers)))
        if what:
            text += " " + self.tr("Looks like an export from %1.").replace("%1", what)
        self.file_info.setText(text)

    def _reread(self) -> None:
        """Read with the chosen header rows, delimiter and sheet; roles are guessed afresh."""
        given = SurveyMapping(case_name=self.case_name.text() or self.base.case_name,
                              code_group=self.code_group.text() or self.base.code_group,
                              header_rows=self.header_rows.value(), delimiter=self.delimiter.currentData() or None,
                              sheet=self.sheet.currentText() or None, dont_know=self._dont_know())
        self.reinspect(given)

    def _show_preview(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.preview.setPlainText("")
            return
        c = self.model.roles[row]
        p = self.model.profiles.get(c.column)
        lines = [c.column, "", self.model.role_label(c.role) + (f" — {core_text(c.reason)}" if c.reason else "")]
        if p is not None:
            lines += [self.tr("Answered by %1 of %2 respondents").replace("%1", str(p.filled))
                      .replace("%2", str(self.model.rows)), "",
                      self.tr("Most common values:")] + [f"• {e}" for e in p.examples]
        self.preview.setPlainText("\n".join(lines))

    # -- the result ------------------------------------------------------------------------------
    def _dont_know(self) -> list[str]:
        return [s.strip() for s in self.dont_know.text().split(";") if s.strip()]

    def mapping(self) -> SurveyMapping:
        """The mapping as edited: every column's role, the reading options and the names."""
        roles = [ColumnRole(c.column, c.role, attribute=c.attribute, type=c.type, question=c.question,
                            option=c.option, separator=c.separator, code=c.code) for c in self.model.roles]
        base = self.inspection.mapping if self.inspection else self.base
        return SurveyMapping(columns=roles, id_column=self.model.id_column(),
                             case_name=self.case_name.text().strip() or "Vastaaja {id}",
                             code_group=self.code_group.text().strip() or "Kysely", sheet=base.sheet,
                             header_rows=self.header_rows.value(), delimiter=self.delimiter.currentData() or None,
                             dont_know=self._dont_know(), guess_others=self.base.guess_others, dialect=base.dialect)

    def _summarise(self) -> None:
        roles = self.model.roles
        count = {kind: sum(1 for c in roles if c.role in kinds) for kind, kinds in
                 (("open", ("open",)), ("closed", CLOSED), ("multi", ("multi", "multi-split")))}
        questions = len({c.question or c.column for c in roles if c.role in ("multi", "multi-split")})
        text = self.tr("%1 respondents become cases (“%2”). %3 open questions become coded answers under the code "
                       "group “%4”; %5 closed questions and %6 multiple-choice questions become case attributes.")
        case = (self.case_name.text() or "Vastaaja {id}").replace("{id}", "…")
        for key, value in (("%1", self.model.rows), ("%2", case), ("%3", count["open"]),
                           ("%4", self.code_group.text() or "Kysely"), ("%5", count["closed"]), ("%6", questions)):
            text = text.replace(key, str(value))
        if self.model.id_column() is None:
            text += " " + self.tr("No id column: respondents are numbered by row.")
        set_message(self.summary, text)

    def validate(self) -> Optional[str]:
        """Why the mapping cannot be used (None when it can)."""
        if "{id}" not in self.case_name.text():
            return self.tr("The case name must contain {id}.")
        if not any(c.role != "ignore" and c.role != "id" for c in self.model.roles):
            return self.tr("Every column is ignored or the id: there is nothing to import.")
        return None

    def accept(self) -> None:  # noqa: D102 - Qt API
        problem = self.validate()
        if problem:
            set_message(self.message, problem, error=True)
            return
        super().accept()

    # -- mapping files ---------------------------------------------------------------------------
    def save_mapping(self) -> Optional[str]:
        """Save the mapping as the JSON file the CLI's ``--mapping`` reads."""
        path = self.ask_save_path(self, self.tr("Save the import mapping"), MAPPING_FILTER,
                                  self.path.with_suffix(".mapping.json").name)
        if not path:
            return None
        self.mapping().save(path)
        set_message(self.message, self.tr("Saved %1").replace("%1", path))
        return path

    def load_mapping(self) -> bool:
        """Apply a saved mapping file (columns it does not name are guessed)."""
        path = self.ask_open_path(self, self.tr("Load an import mapping"), "JSON (*.json)")
        if not path:
            return False
        try:
            loaded = SurveyMapping.load(path)
        except UserError as exc:
            set_message(self.message, core_text(exc), error=True)
            return False
        self.case_name.setText(loaded.case_name)
        self.code_group.setText(loaded.code_group)
        self.dont_know.setText("; ".join(loaded.dont_know))
        return self.reinspect(loaded)
