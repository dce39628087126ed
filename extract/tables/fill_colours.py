"""A cell's fill colour as a RAG rating: plans often colour the RAG cell instead of (or as well as)
writing Red, Amber or Green in it."""

from __future__ import annotations

import colorsys
from collections.abc import Sequence

from extract.settings import TableSettings

#: hue bands (0-1 around the colour wheel) of each rating, for saturated fills only
HUES = (("red", 0.0, 0.04), ("amber", 0.04, 0.19), ("green", 0.19, 0.47), ("blue", 0.47, 0.75),
        ("red", 0.92, 1.01))


def to_rgb(colour: object) -> tuple[float, float, float] | None:
    """pdfplumber's colour value (grey, RGB or CMYK numbers 0-1) as RGB; None for others."""
    if not isinstance(colour, Sequence) or isinstance(colour, str) or not colour:
        return None
    if not all(isinstance(v, (int, float)) for v in colour):
        return None
    values = [float(v) for v in colour]
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def rag_of(colour: object, tables: TableSettings) -> str:
    """"red", "amber", "green", "blue" for a clearly coloured fill; "" for white, grey or unknown."""
    rgb = to_rgb(colour)
    if rgb is None:
        return ""
    hue, saturation, value = colorsys.rgb_to_hsv(*rgb)
    if saturation < tables.min_rag_saturation or value < 0.3:
        return ""
    return next((name for name, low, high in HUES if low <= hue < high), "")  # purple: no rating
