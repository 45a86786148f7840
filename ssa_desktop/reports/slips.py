"""Beratungszettel as PDF: paints ``slip_layout`` pages with reportlab.

``write_slips(path, slips, layout)`` writes atomically (``style.write_atomically``);
``slips_pdf(slips, layout)`` returns the bytes (for tests and benchmarks). Printing
and the preview do not use the PDF: they paint the same pages with QPainter
(``ui.reports.slip_painter``), so no file with names is ever left in a temp folder.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from ..domain.errors import UserError
from ..domain.slips import SlipData
from .house import FONT, FONT_BOLD, GREY, INK, RULE, register_fonts, write_atomically
from .slip_layout import Box, Image, Line, Page, Text, pages

TITLE = "Beratungszettel"


def paint(canvas: Canvas, page: Page) -> None:
    """Paint one page of drawing operations (mm from the top left) onto ``canvas``."""
    height = page.height
    images: dict[bytes, ImageReader] = {}
    for op in page.ops:
        if isinstance(op, Text):
            canvas.setFillColor(GREY if op.grey else INK)
            canvas.setFont(FONT_BOLD if op.bold else FONT, op.size)
            x, y = op.x * mm, (height - op.y) * mm
            draw = {"left": canvas.drawString, "right": canvas.drawRightString,
                    "center": canvas.drawCentredString}[op.align]
            draw(x, y, op.text)
        elif isinstance(op, Line):
            canvas.setStrokeColor(RULE if op.grey else INK)
            canvas.setLineWidth(op.width)
            canvas.setDash(3, 2) if op.dashed else canvas.setDash()
            canvas.line(op.x1 * mm, (height - op.y1) * mm, op.x2 * mm, (height - op.y2) * mm)
        elif isinstance(op, Box):
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(op.width)
            canvas.setDash()
            canvas.rect(op.x * mm, (height - op.y - op.h) * mm, op.w * mm, op.h * mm)
        elif isinstance(op, Image):
            reader = images.get(op.data) or ImageReader(io.BytesIO(op.data))
            images[op.data] = reader
            canvas.drawImage(reader, op.x * mm, (height - op.y - op.h) * mm, op.w * mm,
                             op.h * mm, preserveAspectRatio=True, anchor="nw", mask="auto")


def _render(target, slips: Iterable[SlipData], layout: str) -> None:
    register_fonts()
    slips = list(slips)
    canvas = Canvas(target, pagesize=(210 * mm, 297 * mm), pageCompression=1)
    canvas.setTitle(TITLE)
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(f"{APP_NAME} {__version__}")
    for page in pages(slips, layout):
        paint(canvas, page)
        canvas.showPage()
    canvas.save()


def slips_pdf(slips: Iterable[SlipData], layout: str = "a6x4") -> bytes:
    """The PDF of ``slips`` as bytes (kept in memory, never on disk)."""
    buffer = io.BytesIO()
    _render(buffer, slips, layout)
    return buffer.getvalue()


def write_slips(path: Path | str, slips: Iterable[SlipData], layout: str = "a6x4") -> Path:
    """Write the slips as a PDF at ``path`` atomically; ``WriteError`` (German) on failure."""
    slips = list(slips)
    if not slips:
        raise UserError("Es gibt keine Beratungszettel zu drucken.")
    pages(slips[:1], layout)  # an unknown layout fails before anything is written
    return write_atomically(path, lambda tmp: _render(str(tmp), slips, layout))
