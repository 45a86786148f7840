"""Write ``resources/fonts/widths.json``: the advance widths of the bundled DejaVu fonts as
reportlab reads them (``TTFontFace.charWidths``, its ``defaultWidth``), so that the
letters' and slips' layout (``reports.font_widths``) measures text exactly as reportlab
does without parsing the fonts in the GUI (≈ 7 MB the process would keep).

Run after a font changes: ``python tools/font_widths.py``;
tests/reports/test_font_widths.py fails until the table matches the shipped fonts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONTS = ("DejaVuSans", "DejaVuSans-Bold")


def table(font_file: Path) -> dict:
    """One font's widths in font units, in runs of consecutive code points."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    face = TTFontFace(str(font_file))
    units = face.unitsPerEm

    def in_units(width: float) -> int:
        value = round(width * units / 1000)
        assert value * 1000. / units == width, (font_file, width)   # exact both ways
        return value

    runs: list[list] = []
    for code in sorted(face.charWidths):
        if runs and runs[-1][0] + len(runs[-1][1]) == code:
            runs[-1][1].append(in_units(face.charWidths[code]))
        else:
            runs.append([code, [in_units(face.charWidths[code])]])
    return {"units_per_em": units, "default": in_units(face.defaultWidth), "runs": runs}


def main() -> int:
    folder = ROOT / "resources" / "fonts"
    widths = {name: table(folder / f"{name}.ttf") for name in FONTS}
    (folder / "widths.json").write_text(json.dumps(widths, separators=(",", ":")) + "\n",
                                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
