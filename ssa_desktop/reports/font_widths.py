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

from array import array
from bisect import bisect_right
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
def _table(font: str) -> tuple[tuple[int, ...], tuple[array, ...], float]:
    """The font's runs of consecutive code points: their first code points, their widths in
    1/1000 em (an array of doubles each: 170 KB for both fonts, where a dict of every code
    point held 1.2 MB for as long as the GUI ran), and the width of a character the font
    lacks."""
    raw = strict_json.loads(resource("fonts", "widths.json").read_text(encoding="utf-8"))[font]
    units = raw["units_per_em"]
    runs = sorted(raw["runs"])
    return (tuple(start for start, _run in runs),
            tuple(array("d", [width * 1000. / units for width in run]) for _start, run in runs),
            raw["default"] * 1000. / units)


def _widths(font: str) -> tuple[dict[int, float], float]:
    """Code point → width in 1/1000 em, and the width of a character the font lacks (the
    whole table, for its test against the fonts)."""
    starts, runs, default = _table(font)
    return ({start + i: width for start, run in zip(starts, runs, strict=True)
             for i, width in enumerate(run)}, default)


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points in ``font`` (``FONT`` or ``FONT_BOLD``)."""
    starts, runs, default = _table(font)

    def width(code: int) -> float:
        at = bisect_right(starts, code) - 1
        if at >= 0 and code - starts[at] < len(runs[at]):
            return runs[at][code - starts[at]]
        return default

    return 0.001 * size * sum(width(ord(char)) for char in text)
