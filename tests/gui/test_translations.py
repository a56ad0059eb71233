"""The Finnish catalogue is complete, compiled and current, and switching language renames the
menus and views the integration added."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tyokyky_qda.gui.i18n import TRANSLATIONS, i18n

pytestmark = pytest.mark.gui

TS = TRANSLATIONS / "tyokyky_qda_fi.ts"
GUI = Path(__file__).resolve().parents[2] / "tyokyky_qda" / "gui"
#: Widget calls whose string argument the user sees.
VISIBLE = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle", "setSubTitle", "addItem",
           "addItems", "setHeaderLabels", "setTabText", "addTab", "showMessage", "setStatusTip", "setButtonText",
           "setIconText", "setSuffix", "setPrefix", "setSpecialValueText", "QLabel", "QPushButton", "QCheckBox",
           "QRadioButton", "QGroupBox", "QAction", "QToolButton", "information", "warning", "question"}


def messages():
    """(context, source, comment, translation element, numerus) of every message in the .ts."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            comment = message.find("comment")
            yield (name, message.find("source").text, comment.text if comment is not None else "",
                   message.find("translation"), message.get("numerus") == "yes")


def test_no_message_is_unfinished_or_empty():
    missing = []
    for context, source, _comment, translation, numerus in messages():
        forms = [f.text for f in translation.findall("numerusform")] if numerus else [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f and f.strip()
                                                                                       for f in forms):
            missing.append((context, source))
    assert missing == []


def test_the_compiled_catalogue_holds_every_translation():
    assert i18n().install("fi")
    try:
        wrong = [(context, source) for context, source, comment, translation, numerus in messages()
                 if not numerus and QCoreApplication.translate(context, source, comment or None) != translation.text]
        plural = QCoreApplication.translate("ImportController", "Added %n code(s).", None, 3)
    finally:
        i18n().install("en")
    assert wrong == []
    assert plural == "Lisättiin 3 koodia."


@pytest.mark.skipif(not (Path(sys.executable).with_name("pyside6-lupdate").exists()
                         or shutil.which("pyside6-lupdate")), reason="pyside6-lupdate is not installed")
def test_catalogue_is_current_with_the_code(tmp_path):
    """A fresh lupdate over tyokyky_qda/gui finds no string the catalogue lacks."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run([str(tool) if tool.exists() else "pyside6-lupdate", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = {(c.find("name").text, m.find("source").text)
             for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    known = {(context, source) for context, source, *_rest in messages()}
    assert found - known == set(), "run tyokyky_qda/resources/translations/update_translations.py and translate"


def _literal_visible_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in VISIBLE:
            continue
        args = [e for a in node.args[:3] for e in (a.elts if isinstance(a, (ast.List, ast.Tuple)) else [a])]
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and any(c.isalpha() for c in arg.value):
                found.append(f"{path.name}:{node.lineno}: {name}({arg.value!r})")
    return found


def test_no_widget_is_given_an_untranslated_literal():
    """Visible texts go through tr()/translate(); a bare "Save" in a setText would stay English."""
    offenders = [hit for path in sorted(GUI.glob("*.py")) for hit in _literal_visible_strings(path)]
    assert offenders == []


def _switch(window, language: str) -> None:
    window.set_language(language)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def test_switching_language_renames_the_new_menus_and_views(window, qtbot):
    menus = window.actions.menus
    window.views.show("matrix")
    english = [menus[m].title() for m in ("analysis", "team", "tools", "export")]
    assert english == ["&Analysis", "&Team", "T&ools", "E&xport"]
    _switch(window, "fi")
    assert [menus[m].title() for m in ("analysis", "team", "tools", "export")] == [
        "&Analyysi", "T&iimi", "T&yökalut", "V&ie"]
    assert window.actions.a["merge_project"].text() == "&Yhdistä kollegan projekti…"
    assert window.views.docks["matrix"].windowTitle() == "Matriisi"
    assert window.views.view("matrix").labels["rows"].text() == "Rivit"
    qtbot.waitUntil(lambda: bool(window.status.nlp.text()), timeout=10000)
    assert window.status.nlp.text().startswith(("Täysi", "Varamalli"))
    _switch(window, "en")
    assert [menus[m].title() for m in ("analysis", "team", "tools", "export")] == english
    assert window.views.docks["matrix"].windowTitle() == "Matrix"


def _dynamic_translate_calls(path: Path) -> list[str]:
    """translate()/tr() calls lupdate cannot read: a context or a text that is not a literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
        if name == "translate" and len(node.args) >= 2 and not all(literal):
            found.append(f"{path.name}:{node.lineno}")
        elif name == "tr" and isinstance(node.func, ast.Attribute) and not literal[0]:
            found.append(f"{path.name}:{node.lineno}")
    return found


# QT_TRANSLATE_NOOP tables looked up by variable (undo_codes.py) are fine: lupdate reads the NOOPs.
# i18n.py looks up the core's N_ templates (context "core"), which core_messages.py extracts instead.
NOOP_TABLES = {"undo_codes.py", "i18n.py"}


def test_every_translate_call_is_readable_by_lupdate():
    calls = [hit for path in sorted(GUI.glob("*.py")) if path.name not in NOOP_TABLES
             for hit in _dynamic_translate_calls(path)]
    assert calls == []


def _core_messages_module():
    """``core_messages.py`` of the translations folder (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location("core_messages", TRANSLATIONS / "core_messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("core_messages", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> list:
    try:
        return sorted((name, spec, conv) for _lit, name, spec, conv in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:  # a template without parameters may hold a lone brace ("{\\rtf")
        return [text.count("{"), text.count("}")]


def test_every_core_message_has_a_finished_finnish_translation():
    """Each N_ template of the Qt-free packages is in the catalogue (context "core"), translated,
    with the same {fields} as the English, so core_text can format it."""
    templates, problems = _core_messages_module().core_templates()
    assert problems == []
    assert len(templates) > 200
    core = {source: translation for context, source, _c, translation, _n in messages() if context == "core"}
    missing = sorted(t for t in templates if t not in core or core[t].get("type") or not (core[t].text or "").strip())
    assert missing == [], "run update_translations.py and translate the core context"
    assert set(core) == set(templates), "the core context holds templates the code no longer has"
    mismatched = [t for t in templates if _fields(t) != _fields(core[t].text)]
    assert mismatched == []
