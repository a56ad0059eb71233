"""Helpers shared by the sub-commands: opening projects, printing JSON and tables, progress."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.store import Project


def open_project(path: str, *, readonly: bool = False, coder: str | None = None) -> Project:
    """Open a project for a command; a missing file is a one-line user error."""
    if not Path(path).exists():
        raise UserError(f"no such project: {path}")
    return Project.open(path, readonly=readonly, coder=coder, backup=not readonly)


def print_json(data: Any) -> None:
    """Print data as UTF-8 JSON (ä and ö as themselves)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print a plain aligned text table."""
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 60) for w in widths]

    def line(values):
        return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths)).rstrip()
    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


class LineProgress:
    """A progress callback that prints a line whenever the percentage moves by 10 or the message changes."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        # Progress lines are for people watching a terminal; scripts get only results and errors.
        self.quiet = quiet or not getattr(self.stream, "isatty", lambda: False)()
        self._last = (-1, "")

    def __call__(self, fraction: float, message: str = "") -> None:
        if self.quiet:
            return
        pct = int(fraction * 100)
        if pct // 10 != self._last[0] // 10 or message != self._last[1]:
            self._last = (pct, message)
            print(f"[{pct:3d}%] {message}", file=self.stream, flush=True)


def parse_attrs(pairs: Sequence[str] | None) -> dict[str, str]:
    """KEY=VALUE strings → dict; a malformed pair is a user error."""
    out: dict[str, str] = {}
    for pair in pairs or ():
        if "=" not in pair:
            raise UserError(f"--attr needs KEY=VALUE, got {pair!r}")
        key, value = pair.split("=", 1)
        if not key.strip():
            raise UserError(f"--attr needs a key: {pair!r}")
        out[key.strip()] = value.strip()
    return out


def has_display() -> bool:
    """True where a window can be shown (Linux needs X11 or Wayland; offscreen is not a display)."""
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
