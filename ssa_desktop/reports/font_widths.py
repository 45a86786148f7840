"""The bundled fonts' names and files, and text widths in them as reportlab measures
them, without reportlab (which imports PIL with its colours: ≈ 4.5 MB kept by the GUI).

``string_width(text, font, size)`` is reportlab's ``stringWidth`` for the registered
DejaVu fonts, computed the same way (the advance widths of the characters, a missing one
as the font's default, summed, times ``0.001 × size``) from the widths reportlab read
from the same files, kept in ``resources/fonts/widths.json`` (``tools/font_widths.py``).
The letters' and slips' layout needs only these widths; parsing the two fonts would keep
≈ 7 MB in the GUI for as long as it runs. tests/reports/test_font_widths.py holds the
table to the shipped fonts and the sums to reportlab's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..domain import strict_json
from ..paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


def font_files() -> dict[str, Path]:
    """The bundled font files (reportlab registers them for a PDF; the Qt slip painter
    loads the same ones)."""
    return {FONT: resource("fonts", "DejaVuSans.ttf"),
            FONT_BOLD: resource("fonts", "DejaVuSans-Bold.ttf")}


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    """Code point → width in 1/1000 em, and the width of a character the font lacks."""
    raw = strict_json.loads(resource("fonts", "widths.json").read_text(encoding="utf-8"))[font]
    units = raw["units_per_em"]
    widths = {start + i: width * 1000. / units
              for start, run in raw["runs"] for i, width in enumerate(run)}
    return widths, raw["default"] * 1000. / units


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points in ``font`` (``FONT`` or ``FONT_BOLD``)."""
    widths, default = _widths(font)
    get = widths.get
    return 0.001 * size * sum(get(ord(char), default) for char in text)
