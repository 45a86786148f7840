"""The preview's images (``slip_painter.preview_image``): what they hold and what they cost."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ssa_desktop.reports.slip_layout import Box, Image, Line, Page, Text
from ssa_desktop.ui.reports.slip_painter import PREVIEW_WIDTH, paint_page, preview_image

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
