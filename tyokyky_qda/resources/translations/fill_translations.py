"""Write translations into a .ts file from a Python table (a helper for bulk translation work).

``python fill_translations.py TABLE.py [LANG]``: TABLE.py defines ``FI = {(context, source): text}``
(a numerus message takes a tuple of forms). Matching messages get the text and lose their
"unfinished" mark; nothing else in the file changes. Then run ``update_translations.py
--no-update`` to compile. Qt Linguist does the same interactively.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fill(ts: Path, table: dict) -> int:
    """Apply ``table`` to ``ts``; returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            text = table.get((name, message.find("source").text))
            if text is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = text if isinstance(text, tuple) else (text, text)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    """Fill the language's .ts file from the table file; prints the count."""
    table = runpy.run_path(argv[0])["FI"]
    lang = argv[1] if len(argv) > 1 else "fi"
    print(fill(HERE / f"tyokyky_qda_{lang}.ts", table), "messages filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
