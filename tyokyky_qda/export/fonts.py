"""The TrueType font embedded in PDFs and drawn into chart images.

Report text is Finnish (ä, ö, å) with € and typographic quotes (” – …). DejaVu Sans covers all of
that; it is found in the usual system folders or through ``fc-match``. Without it, reportlab's
bundled Bitstream Vera is used (Latin-1 plus a few symbols; typographic quotes and dashes are then
replaced by plain ones so no glyph is missing).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

_DEJAVU_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
                "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")


@dataclass(frozen=True)
class FontSet:
    """Registered font names and their files."""

    regular: str
    bold: str
    regular_path: str
    bold_path: str
    full_unicode: bool   # False for the Vera fallback


def _find_dejavu() -> Optional[tuple[str, str]]:
    for folder in _DEJAVU_DIRS:
        regular, bold = Path(folder, "DejaVuSans.ttf"), Path(folder, "DejaVuSans-Bold.ttf")
        if regular.exists() and bold.exists():
            return str(regular), str(bold)
    if shutil.which("fc-match"):
        try:
            paths = [subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True,
                                    timeout=5).stdout.strip() for pattern in ("DejaVu Sans", "DejaVu Sans:bold")]
        except (OSError, subprocess.SubprocessError):
            return None
        if all(p.endswith(".ttf") and "DejaVuSans" in p and Path(p).exists() for p in paths):
            return paths[0], paths[1]
    return None


@lru_cache(maxsize=1)
def report_fonts() -> FontSet:
    """Register the report font with reportlab (once) and return its names and files."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    found = _find_dejavu()
    if found:
        names, paths, full = ("TqdaSans", "TqdaSans-Bold"), found, True
    else:
        folder = Path(rl_config.__file__).parent / "fonts"
        names, paths, full = ("TqdaVera", "TqdaVera-Bold"), (str(folder / "Vera.ttf"), str(folder / "VeraBd.ttf")), False
    for name, path in zip(names, paths):
        pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.lib.fonts import addMapping
    addMapping(names[0], 0, 0, names[0])
    addMapping(names[0], 1, 0, names[1])
    addMapping(names[0], 0, 1, names[0])
    addMapping(names[0], 1, 1, names[1])
    return FontSet(names[0], names[1], paths[0], paths[1], full)


_PLAIN = str.maketrans({"”": '"', "“": '"', "„": '"', "’": "'", "–": "-", "—": "-", "…": "...", "•": "*",
                        "×": "x", "✓": "x"})


def printable(text: str) -> str:
    """Text safe for the active font (typographic marks made plain under the Vera fallback)."""
    return text if report_fonts().full_unicode else text.translate(_PLAIN)
