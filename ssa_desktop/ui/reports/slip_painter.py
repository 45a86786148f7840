"""Paints ``reports.slip_layout`` pages with QPainter: on the printer and in the preview.

The same drawing operations that reportlab turns into the PDF are drawn here, in the
same bundled font, so the preview shows what is printed. Nothing is written to disk.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen, QRawFont

from ...reports.font_widths import FONT, FONT_BOLD, font_files
from ...reports.slip_layout import Box, Image, Line, Page, Text
from ..common.printing import paint_pages

if TYPE_CHECKING:
    from ...services.operations import Progress

INK = QColor("#1F1F1F")
GREY = QColor("#5A5A5A")
RULE = QColor("#B8B8B8")
_SUB = 10  # font sizes in tenths of a point, so that pixel sizes stay integers
# the preview's width (the slips' and the letters' dialogs; the letter's needs no more of
# the slips' dialog, 22 kB of code)
PREVIEW_WIDTH = 420


@cache
def font_family() -> str:
    """Load the bundled DejaVu Sans into Qt (once); its family name. A file the system
    already has (the same ``head`` table: the same version and whole-file checksum, as on
    Linux with DejaVu installed) is not loaded a second time: its pages would be mapped
    twice (0.7 MB) for the same glyphs."""
    family = "DejaVu Sans"
    files = font_files()
    for bold, path in ((False, files[FONT]), (True, files[FONT_BOLD])):
        if _system_font_is(family, bold, path):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = families[0] if families else family
    return family


def _system_font_is(family: str, bold: bool, path: Path) -> bool:
    """Whether the system's ``family`` (bold or not) is the font file ``path``."""
    if not QFontDatabase.hasFamily(family):
        return False
    font = QFont(family)
    font.setBold(bold)
    return bytes(QRawFont.fromFont(font).fontTable("head").data()) == _head_table(path)


def _head_table(path: Path) -> bytes:
    """The ``head`` table of a TrueType file (b"" if it has none)."""
    with path.open("rb") as file:
        count = struct.unpack_from(">H", file.read(12), 4)[0]   # the table directory
        records = file.read(16 * count)
        for index in range(count):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", records, 16 * index)
            if tag == b"head":
                file.seek(offset)
                return file.read(length)
    return b""


def _font(size: float, bold: bool) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(max(1, round(size * _SUB)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint_page(painter: QPainter, page: Page, target: QRectF) -> None:
    """Draw ``page`` scaled into ``target`` (device coordinates)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.topLeft())
    per_mm = target.width() / page.width
    # Work in tenths of a point: 1 mm = 72 / 25.4 pt.
    painter.scale(per_mm * 25.4 / 72 / _SUB, per_mm * 25.4 / 72 / _SUB)
    unit = 72 / 25.4 * _SUB  # device units per mm

    def point(x: float, y: float) -> QPointF:
        return QPointF(x * unit, y * unit)

    for op in page.ops:
        if isinstance(op, Text):
            font = _font(op.size, op.bold)
            painter.setFont(font)
            painter.setPen(GREY if op.grey else INK)
            width = painter.fontMetrics().horizontalAdvance(op.text)
            x = op.x * unit - {"left": 0, "right": width, "center": width / 2}[op.align]
            painter.drawText(QPointF(x, op.y * unit), op.text)
        elif isinstance(op, Line):
            pen = QPen(RULE if op.grey else INK, op.width * _SUB)
            if op.dashed:
                pen.setDashPattern([3 / op.width, 2 / op.width])
            painter.setPen(pen)
            painter.drawLine(point(op.x1, op.y1), point(op.x2, op.y2))
        elif isinstance(op, Box):
            painter.setPen(QPen(INK, op.width * _SUB))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(point(op.x, op.y), point(op.x + op.w, op.y + op.h)))
        elif isinstance(op, Image):
            image = QImage.fromData(op.data)
            if not image.isNull():
                box = QRectF(point(op.x, op.y), point(op.x + op.w, op.y + op.h))
                scaled = image.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(box.topLeft(), scaled.toSizeF()), image)
    painter.restore()


def page_image(page: Page, width_px: int) -> QImage:
    """The page as an image ``width_px`` wide (preview), white background. A page without
    a picture has no colour (its ink, greys and rules are greys): one grey byte a pixel,
    a quarter of the colour image (0.25 instead of 1 MB for an A4 letter's preview)."""
    height_px = round(width_px * page.height / page.width)
    grey = not any(isinstance(op, Image) for op in page.ops)
    image = QImage(width_px, height_px,
                   QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_page(painter, page, QRectF(0, 0, width_px, height_px))
    finally:
        painter.end()
    return image


def print_pages(printer, pages: list[Page], progress: Progress | None = None,
                start: int = 0, begun: Callable[[], None] | None = None) -> None:
    """Paint ``pages`` onto a configured QPrinter (full page, A4); with ``progress`` (on
    the one runner) a step each from ``start`` percent, ``begun()`` once the job began
    (``common.printing``)."""
    from PySide6.QtPrintSupport import QPrinter  # Qt's printing: when she prints

    def paint(painter: QPainter, index: int) -> None:
        rect = printer.paperRect(QPrinter.Unit.DevicePixel)
        paint_page(painter, pages[index], QRectF(0, 0, rect.width(), rect.height()))

    paint_pages(printer, len(pages), paint, progress, start, begun)


def preview_image(pages_: list[Page]) -> QImage:
    """The pages one below the other, with a grey gap between them; one page is its own
    image (no second copy of it: 1 MB for an A4 letter, under the letter window's peak)."""
    images = [page_image(p, PREVIEW_WIDTH) for p in pages_]
    if len(images) == 1:
        return images[0]
    gap = 8
    grey = all(i.format() == QImage.Format.Format_Grayscale8 for i in images)
    canvas = QImage(PREVIEW_WIDTH, sum(i.height() for i in images) + gap * (len(images) - 1),
                    QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)
    canvas.fill(QColor("#9A9A9A"))
    painter = QPainter(canvas)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height() + gap
    painter.end()
    return canvas
