"""Collect the message templates of the Qt-free packages into the ``core`` context of a .ts file.

pyside6-lupdate reads only Qt calls (``tr``, ``translate``, ``QT_TRANSLATE_NOOP``) and would not
see the core's ``N_("...")`` marks (``tyokyky_qda/core/i18n.py``), so this module finds them with
Python's ``ast`` and writes them into the catalogue, keeping the translations already made.
``update_translations.py`` calls it after lupdate; the translation tests call ``core_templates``
to check that every template has its Finnish text.
"""

from __future__ import annotations

import ast
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
PACKAGE = ROOT / "tyokyky_qda"
CONTEXT = "core"
#: Not scanned: the GUI goes through lupdate; the CLI and its commands speak English only.
SKIPPED = ("gui", "commands", "resources")
MARKER = "N_"


@dataclass
class Template:
    """One marked template and where it is written (the first place wins in the catalogue)."""

    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def _python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py")
                  if p.relative_to(package).parts[0] not in SKIPPED and p.name != "cli.py")


def _marks(path: Path):
    """(line, first argument node) of every ``N_(...)`` call in a file."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == MARKER and node.args:
            yield node.lineno, node.args[0]


def core_templates(package: Path = PACKAGE) -> tuple[dict[str, Template], list[str]]:
    """Every literal ``N_`` template of the core packages, and the problems found: an f-string
    or a concatenation given to ``N_`` cannot be translated (names of tables are fine: the table
    entries are marked themselves)."""
    found: dict[str, Template] = {}
    problems: list[str] = []
    for path in _python_files(package):
        rel = path.relative_to(package.parent).as_posix()
        for line, arg in _marks(path):
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, Template(arg.value)).locations.append((rel, line))
            elif isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                problems.append(f"{rel}:{line}: N_ needs a literal template, not an expression")
    return found, problems


def existing_translations(ts: Path) -> dict[str, ET.Element]:
    """source → <translation> element of the ``core`` messages already in a .ts file."""
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                out[message.findtext("source")] = message.find("translation")
    return out


def merge_core(ts: Path, templates: dict[str, Template], keep: dict[str, ET.Element]) -> tuple[int, int]:
    """Write the ``core`` context of ``ts``: every template, with its translation from ``keep``
    when there is one (else unfinished). Returns (messages, unfinished)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") == CONTEXT:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    for template in sorted(templates.values(), key=lambda t: t.locations[0]):
        message = ET.SubElement(context, "message")
        for rel, line in template.locations:
            where = os.path.relpath(ROOT / rel, ts.parent).replace(os.sep, "/")
            ET.SubElement(message, "location", filename=where, line=str(line))
        ET.SubElement(message, "source").text = template.source
        old = keep.get(template.source)
        translation = ET.SubElement(message, "translation")
        if old is not None and (old.text or "").strip() and old.get("type") not in ("vanished", "obsolete"):
            translation.text = old.text
            if old.get("type") == "unfinished":
                translation.set("type", "unfinished")
                unfinished += 1
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(templates), unfinished
