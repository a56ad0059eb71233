"""Colours and palettes: code colours as highlights, speakers, high contrast.

New codes take colours from a palette chosen to stay distinguishable for colour-blind readers
(Okabe & Ito 2008, extended with Paul Tol's "muted" set); the high-contrast option swaps the
application palette and makes highlights stronger.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DISTINCT_COLOURS = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
    "#AA4499",
)
SPEAKER_COLOURS = ("#1f4e9c", "#a0522d", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457", "#5d4037")


def next_code_colour(used: list[str]) -> str:
    """The first distinguishable colour not used yet (cycling when all are)."""
    taken = {c.lower() for c in used}
    for colour in DISTINCT_COLOURS:
        if colour.lower() not in taken:
            return colour
    return DISTINCT_COLOURS[len(used) % len(DISTINCT_COLOURS)]


def code_colour(name: str) -> QColor:
    """A valid QColor for a stored colour text (grey for anything unreadable)."""
    colour = QColor(name or "#808080")
    return colour if colour.isValid() else QColor("#808080")


def highlight_colour(colour: QColor, high_contrast: bool = False) -> QColor:
    """The translucent fill a coding gets in the text; overlapping fills add up visibly."""
    fill = QColor(colour)
    fill.setAlpha(150 if high_contrast else 70)
    return fill


def speaker_colour(speaker: str) -> QColor:
    """A stable colour per speaker name (the same name always gets the same colour)."""
    return QColor(SPEAKER_COLOURS[zlib.crc32(speaker.encode("utf-8")) % len(SPEAKER_COLOURS)])


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#ffffff")


def high_contrast_palette() -> QPalette:
    """A black-on-white palette with strong selection colours."""
    pal = QPalette()
    black, white, yellow, blue = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#0000c0")
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor("#eeeeee")),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.Button, white),
                         (QPalette.ColorRole.ButtonText, black), (QPalette.ColorRole.Highlight, blue),
                         (QPalette.ColorRole.HighlightedText, yellow), (QPalette.ColorRole.ToolTipBase, yellow),
                         (QPalette.ColorRole.ToolTipText, black), (QPalette.ColorRole.Link, blue),
                         (QPalette.ColorRole.PlaceholderText, QColor("#404040"))):
        pal.setColor(role, colour)
    return pal


def apply_high_contrast(enabled: bool) -> None:
    """Switch the whole application between its normal and the high-contrast palette."""
    app = QApplication.instance()
    app.setPalette(high_contrast_palette() if enabled else app.style().standardPalette())
