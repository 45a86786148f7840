"""The preview's images (``slip_painter.preview_image``): what they hold and what they cost."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ssa_desktop.reports.font_widths import FONT, FONT_BOLD, font_files
from ssa_desktop.reports.slip_layout import Box, Image, Line, Page, Text
from ssa_desktop.ui.reports.slip_painter import (
    PREVIEW_WIDTH,
    _head_table,
    _system_font_is,
    paint_page,
    preview_image,
)

WORDS = [Text(20, 30, "Sehr geehrte Frau Müller,", 11), Text(20, 40, "Betreff", 11, bold=True),
         Text(190, 50, "Schulsozialarbeit", 8, grey=True, align="right"),
         Line(20, 60, 190, 60), Line(20, 70, 190, 70, dashed=True, grey=True), Box(20, 80, 50, 20)]


def _in_colour(page: Page) -> QImage:
    height = round(PREVIEW_WIDTH * page.height / page.width)
    image = QImage(PREVIEW_WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_page(painter, page, QRectF(0, 0, PREVIEW_WIDTH, height))
    painter.end()
    return image


def _png(colour: int) -> bytes:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_a_page_without_a_picture_is_one_grey_byte_a_pixel_and_looks_the_same(qtbot):
    """A letter's page has no colour (ink, greys, rules): its preview is a quarter of the
    colour image, 0.25 instead of 1 MB at the letter window's peak (docs/performance.md).
    What she sees stays: every pixel within one grey level of the colour painting.
    Before: Format_RGB32, 998 kB."""
    page = Page(210, 297, list(WORDS))
    image = preview_image([page])
    assert image.format() == QImage.Format.Format_Grayscale8
    assert image.sizeInBytes() < 260_000
    colour = _in_colour(page)
    assert image.size() == colour.size()
    worst = max(abs(image.pixelColor(x, y).red() - colour.pixelColor(x, y).red())
                for y in range(0, image.height()) for x in range(0, image.width(), 3))
    assert worst <= 1
    # the ink is there (not a blank page)
    assert image.pixelColor(round(PREVIEW_WIDTH * 100 / 210), round(image.height() * 60 / 297)) \
        != image.pixelColor(5, 5)


def test_a_page_with_a_picture_keeps_its_colours(qtbot):
    """A slip with her logo (any colour) stays a colour image, as are pages beside it."""
    logo = Image(20, 100, 30, 30, _png(0x2F5D7C))
    pages = [Page(210, 297, [*WORDS, logo]), Page(210, 297, list(WORDS))]
    image = preview_image(pages)
    assert image.format() == QImage.Format.Format_RGB32
    inside = image.pixelColor(round(PREVIEW_WIDTH * 35 / 210), round(PREVIEW_WIDTH * 115 / 210))
    assert (inside.red(), inside.green(), inside.blue()) == (0x2F, 0x5D, 0x7C)


def test_pages_without_pictures_are_grey_one_below_the_other(qtbot):
    image = preview_image([Page(210, 297, list(WORDS)), Page(210, 297, list(WORDS))])
    assert image.format() == QImage.Format.Format_Grayscale8
    assert image.height() == 2 * round(PREVIEW_WIDTH * 297 / 210) + 8


# A fresh GUI process (Qt's font database is the process's): a letter's preview drawn, then
# whether the system has the bundled fonts' very files and which files of ours are mapped.
FONT_CHILD = r"""
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ssa_desktop.reports.font_widths import FONT, FONT_BOLD, font_files
from ssa_desktop.reports.slip_layout import Page, Text
from ssa_desktop.ui.reports import slip_painter
same = [slip_painter._system_font_is("DejaVu Sans", bold, font_files()[name])
        for bold, name in ((False, FONT), (True, FONT_BOLD))]
slip_painter.preview_image([Page(210, 297, [Text(20, 30, "Sehr geehrte", 11),
                                            Text(20, 40, "Betreff", 11, bold=True)])])
mapped = sorted({line.split()[-1] for line in open("/proc/self/maps")
                 if line.rstrip().endswith(".ttf")})
print(json.dumps({"same": same, "mapped": mapped}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/maps")
def test_the_bundled_font_is_not_mapped_twice_when_the_system_has_the_same_file(tmp_path):
    """With DejaVu Sans installed (Linux), the same file in ``resources/fonts`` was loaded
    as well and both copies' pages were mapped at the letter's peak (0.7 MB). The system's
    file draws the same glyphs (the ``head`` tables are equal: version and whole-file
    checksum). Before: both bundled files mapped. The child's system fonts are a fontconfig
    of this test's own: copies of the bundled files, so it holds on any Linux machine."""
    fonts = tmp_path / "system-fonts"
    fonts.mkdir()
    for name in (FONT, FONT_BOLD):
        shutil.copyfile(font_files()[name], fonts / font_files()[name].name)
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                      f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
                      "</fontconfig>", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", FONT_CHILD], capture_output=True, text=True,
                         timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                              "FONTCONFIG_FILE": str(config)})
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["same"] == [True, True]
    assert [path for path in seen["mapped"] if path.startswith(str(fonts))] != []
    bundled = str(font_files()[FONT].parent)
    assert [path for path in seen["mapped"] if path.startswith(bundled)] == []


def test_a_system_font_that_is_another_file_is_not_taken_for_the_bundled_one(qtbot):
    """The system's regular DejaVu Sans is not the bundled bold (nor any font a system
    lacks): those are loaded from ``resources/fonts`` as before."""
    files = font_files()
    assert _head_table(files[FONT])[12:16] == b"\x5f\x0f\x3c\xf5"  # the table's magic number
    assert _head_table(files[FONT]) != _head_table(files[FONT_BOLD])
    assert not _system_font_is("DejaVu Sans", False, files[FONT_BOLD])
    assert not _system_font_is("Keine Schrift dieses Namens", False, files[FONT])
