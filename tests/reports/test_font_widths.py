"""The letters' and slips' layout measures text without reportlab (``reports.font_widths``)
exactly as reportlab does: the shipped width table is what reportlab reads from the
shipped fonts, and every sum equals reportlab's ``stringWidth`` — so line breaks and
sizes stay the same to the last bit (the letter layout tests compare them too)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFontFace

from ssa_desktop.paths import resource
from ssa_desktop.reports import font_widths
from ssa_desktop.reports.house import FONT, FONT_BOLD, register_fonts
from ssa_desktop.reports.slip_layout import text_width


def test_the_table_is_what_reportlab_reads_from_the_shipped_fonts():
    """A font replaced without ``python tools/font_widths.py`` fails here."""
    for font in (FONT, FONT_BOLD):
        face = TTFontFace(str(resource("fonts", f"{font}.ttf")))
        widths, default = font_widths._widths(font)
        assert widths == face.charWidths
        assert default == face.defaultWidth
    assert set(json.loads(resource("fonts", "widths.json").read_text("utf-8"))) == {
        FONT, FONT_BOLD}


def test_a_letters_words_measure_as_reportlab_measures_them():
    register_fonts()
    text = "Sehr geehrte Frau Müller, „Einladung“ zum Gespräch – Größe 5 € 🙂"
    assert font_widths.string_width(text, FONT, 11) == stringWidth(text, FONT, 11)
    assert font_widths.string_width(text, FONT_BOLD, 9.5) == stringWidth(text, FONT_BOLD, 9.5)
    assert font_widths.string_width("", FONT, 11) == 0.0
    # hand-computed: "Ab" = (1401 + 1300) font units of 2048 at 10 pt, in mm
    assert text_width("Ab", 10) == 0.001 * 10 * (1401 * 1000. / 2048 + 1300 * 1000. / 2048) \
        * 25.4 / 72


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), size=st.sampled_from((6.5, 7.5, 9, 9.5, 10, 10.5, 11, 14)),
       bold=st.booleans())
def test_any_text_measures_as_reportlab_measures_it(text, size, bold):
    register_fonts()
    font = FONT_BOLD if bold else FONT
    assert font_widths.string_width(text, font, size) == stringWidth(text, font, size)


def test_the_width_table_is_kept_compact():
    """Both fonts' widths cost the GUI under 250 KB once a letter was measured (a dict of
    every code point held 1.2 MB for the rest of the day, docs/performance.md)."""
    import tracemalloc

    font_widths._table.cache_clear()
    tracemalloc.start()
    try:
        for font in (FONT, FONT_BOLD):
            font_widths.string_width("Sehr geehrte Damen und Herren", font, 11)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept < 250_000
