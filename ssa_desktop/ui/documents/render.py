"""Pages of a document as images, from its bytes in memory: no file, no network, no script.

A PDF is opened by PDFium (``pypdfium2``) from the bytes and one page at a time is
rendered, in a child process of its own that ends with the pages (``services.pdf_pages``:
the bytes cross a pipe, PDFium's memory never joins the GUI's); PDFium as pypdfium2 builds
it runs no JavaScript and fetches nothing. Images
(PNG, JPEG, TIFF with all its pages) are read by Qt from a ``QBuffer``. A page is
rendered at most ``MAX_SIDE`` pixels on its longer side, whatever the zoom, so that a
crafted page size cannot take the memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from ...domain import documents as d
from ...services import pdf_pages
from ...services.pdf_pages import MAX_SIDE as MAX_SIDE  # pixels on a page's longer side
from ..common.printing import paint_pages

if TYPE_CHECKING:  # Qt's printing library loads when she prints, not with the window
    from PySide6.QtPrintSupport import QPrinter

    from ...services.operations import Progress

BASE_DPI = 96
# the child's pixels by their channels: BGRX, or grey (a page without colour)
_FORMATS = {4: QImage.Format.Format_RGB32, 1: QImage.Format.Format_Grayscale8}


class Unshowable(Exception):  # noqa: N818 - the pages cannot be shown; str() is German
    pass


class Pages:
    """``count`` pages; ``image(index, zoom)`` renders one (zoom 1.0: 96 dpi for a PDF,
    the image's own pixels otherwise)."""

    def __init__(self, data: bytes, mime: str):
        self.mime = mime
        self._pdf = None
        self._buffer: QBuffer | None = None
        # the bytes an image is read from; a PDF's went to its child, which keeps them
        self._data = QByteArray()
        if mime == d.PDF:
            try:
                self._pdf = pdf_pages.PdfPages(data)
                self.count = self._pdf.count
            except pdf_pages.NotAPdf:
                raise Unshowable("Die PDF-Datei lässt sich nicht anzeigen (beschädigt oder "
                                 "verschlüsselt). Sie kann exportiert werden.") from None
            except pdf_pages.PagesFailed as err:   # the child could not start or died
                raise Unshowable(str(err)) from None
        elif mime in d.SHOWN:
            self._data = QByteArray(data)
            reader = self._reader()
            self.count = max(reader.imageCount(), 1)
        else:
            raise Unshowable("Dieses Format kann SSA Desktop nicht anzeigen; es lässt sich "
                             "nur exportieren und mit einem anderen Programm öffnen.")

    def _reader(self) -> QImageReader:
        """A reader at the first image (the buffer lives as long as these pages)."""
        if self._buffer is None:
            self._buffer = QBuffer()
            self._buffer.setData(self._data)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer.seek(0)
        reader = QImageReader(self._buffer)
        reader.setDecideFormatFromContent(True)
        return reader

    def image(self, index: int, zoom: float = 1.0) -> QImage:
        if self._pdf is not None:
            return self._pdf_page(index, zoom)
        reader = self._reader()
        if index:
            reader.jumpToImage(index)
        size = reader.size()
        if size.isValid():
            scale = min(zoom, MAX_SIDE / max(size.width(), size.height(), 1))
            reader.setScaledSize(size * scale)
        image = reader.read()
        if image.isNull():
            raise Unshowable("Das Bild lässt sich nicht anzeigen (beschädigt).")
        return image

    def _pdf_page(self, index: int, zoom: float) -> QImage:
        """One page from the child (``pdf_pages.PagesFailed``, German, when it failed)."""
        if self._pdf is None:
            raise pdf_pages.PagesFailed()
        made: list[QImage] = []

        def into(width: int, height: int, stride: int, channels: int) -> memoryview | None:
            # the child's pixels land in the image itself, the one copy of the page in
            # the GUI: BGRX as Qt's RGB32 (little-endian, as every platform SSA Desktop
            # ships for), a page without colour as one grey byte a pixel
            image = QImage(width, height, _FORMATS[channels])
            if image.isNull() or image.bytesPerLine() != stride:
                return None
            made.append(image)
            return memoryview(image.bits())

        width, height, stride, channels, pixels = self._pdf.page(
            index, zoom * BASE_DPI / 72, into)
        if made:
            return made[0]
        return QImage(pixels, width, height, stride, _FORMATS[channels]).copy()

    @property
    def child_pid(self) -> int | None:
        """The rendering child's process id while it lives (None for an image)."""
        return self._pdf.pid if self._pdf is not None else None

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._data = QByteArray()


def printable(mime: str) -> bool:
    """Whether the program can render (and so print) a document of this format."""
    return mime == d.PDF or mime in d.SHOWN


def print_onto(printer: QPrinter, data: bytes, mime: str,
               progress: Progress | None = None,
               begun: Callable[[], None] | None = None) -> None:
    """Paint every page of the document onto ``printer`` from memory: each rendered as
    for the screen (at the printer's resolution, at most ``MAX_SIDE`` pixels) and fitted
    into the printable area, its proportions kept. No file is written on the way. With
    ``progress`` (on the one runner) a step each page, ``begun()`` once the job began
    (``common.printing``)."""
    from PySide6.QtPrintSupport import QPrinter

    try:
        pages = Pages(data, mime)
    except Unshowable as err:   # a failed print is an OSError: nothing printed, nothing logged
        raise OSError(str(err)) from None
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    zoom = printer.resolution() / BASE_DPI if pages.mime == d.PDF else 1.0

    def paint(painter: QPainter, index: int) -> None:
        image = pages.image(index, zoom)
        size = image.size().scaled(int(area.width()), int(area.height()),
                                   Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(QPoint(0, 0), size), image)

    try:
        paint_pages(printer, pages.count, paint, progress, 10, begun)
    finally:
        pages.close()
