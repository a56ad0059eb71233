"""Regression guard: PySide6-Essentials 6.12.0 on CPython 3.11 aborted the interpreter
("none_dealloc") after tens of thousands of calls to void C++ methods such as
QTextCursor.setPosition, which the document view makes all the time. The calls run in a
subprocess, so an abort shows up as a failed test instead of killing pytest."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000

SCRIPT = f"""
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
doc = QTextDocument()
doc.setPlainText("Työkykykoordinaattori tunnisti tuen tarpeen. " * 200)
cursor = QTextCursor(doc)
length = doc.characterCount() - 1
for i in range({CALLS}):
    cursor.setPosition(i % length)
    cursor.setPosition((i * 7) % length, QTextCursor.MoveMode.KeepAnchor)
print("ok", cursor.position())
"""


def test_hundred_thousand_set_position_calls_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                            timeout=240)
    assert result.returncode == 0, (
        f"the interpreter died (exit {result.returncode}); a PySide6 build with the none_dealloc "
        f"bug? stderr: {result.stderr[-2000:]}")
    assert result.stdout.startswith("ok")
