"""Refresh the translation files of the workbench.

1. ``pyside6-lupdate`` collects every translatable string of ``tyokyky_qda/gui`` into
   ``tyokyky_qda_fi.ts`` (existing translations are kept; new strings are marked unfinished),
   then ``core_messages.py`` adds the ``N_("...")`` templates of the Qt-free packages as the
   context ``core`` (lupdate cannot see them; their translations are kept the same way);
2. translators fill them in with Qt Linguist (``pyside6-linguist tyokyky_qda_fi.ts``), or many at
   once from a table with ``fill_translations.py``;
3. ``pyside6-lrelease`` compiles the ``.ts`` into the ``.qm`` file the app loads.

Run: ``.venv/bin/python tyokyky_qda/resources/translations/update_translations.py`` (``--no-update`` only
compiles).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from core_messages import core_templates, existing_translations, merge_core

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GUI = ROOT / "tyokyky_qda" / "gui"
LANGUAGES = ("fi",)


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def main(argv: list[str]) -> int:
    """Update and compile every language; returns the exit code."""
    sources = sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"tyokyky_qda_{lang}.ts"
        if "--no-update" not in argv:
            # lupdate drops the core context (it finds none of it in the GUI): keep its translations.
            core_done = existing_translations(ts)
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "relative",
                            "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True)
            templates, problems = core_templates()
            for problem in problems:
                print(problem, file=sys.stderr)
            total, unfinished = merge_core(ts, templates, core_done)
            print(f"core: {total} messages, {unfinished} unfinished")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
