"""Render the simple reportlab Drawings of ``export/charts.py`` to PNG with Pillow.

reportlab's own bitmap renderer needs a separate C backend (rlPyCairo or rl_renderPM); Pillow is
already there (reportlab depends on it), and our charts use only rectangles, lines and strings
at absolute positions, so this small renderer draws them exactly.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String

from tyokyky_qda.export.fonts import report_fonts

_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


def _rgb(color):
    if color is None:
        return None
    r, g, b = color.rgb()
    return (round(r * 255), round(g * 255), round(b * 255))


@lru_cache(maxsize=32)
def _font(path: str, size_px: int):
    return ImageFont.truetype(path, size_px)


def _shapes(node):
    for shape in getattr(node, "contents", []):
        if isinstance(shape, Group):
            yield from _shapes(shape)
        else:
            yield shape


def drawing_to_png(drawing: Drawing, dpi: int = 200) -> bytes:
    """PNG bytes of a Drawing at ``dpi`` (white background)."""
    scale = dpi / 72.0
    width, height = int(round(drawing.width * scale)), int(round(drawing.height * scale))
    image = Image.new("RGB", (max(1, width), max(1, height)), "white")
    pen = ImageDraw.Draw(image)
    fonts = report_fonts()

    def y(v: float) -> float:
        return (drawing.height - v) * scale

    for shape in _shapes(drawing):
        if isinstance(shape, Rect):
            box = [shape.x * scale, y(shape.y + shape.height), (shape.x + shape.width) * scale, y(shape.y)]
            outline = _rgb(shape.strokeColor) if shape.strokeColor is not None and shape.strokeWidth else None
            pen.rectangle(box, fill=_rgb(shape.fillColor), outline=outline,
                          width=max(1, round((shape.strokeWidth or 0) * scale)) if outline else 0)
        elif isinstance(shape, Line):
            pen.line([shape.x1 * scale, y(shape.y1), shape.x2 * scale, y(shape.y2)], fill=_rgb(shape.strokeColor),
                     width=max(1, round(shape.strokeWidth * scale)))
        elif isinstance(shape, String):
            path = fonts.bold_path if shape.fontName == fonts.bold else fonts.regular_path
            font = _font(path, max(1, round(shape.fontSize * scale)))
            pen.text((shape.x * scale, y(shape.y)), shape.text, font=font, fill=_rgb(shape.fillColor) or (0, 0, 0),
                     anchor=_ANCHORS.get(shape.textAnchor, "ls"))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
