"""Shared reportlab helpers: A4 page template, German styles, atomic PDF writing.

reportlab's built-in Helvetica/Courier use WinAnsi encoding, which covers German
umlauts, ß, „…“, – and §; no font files are embedded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from .. import APP_NAME, __version__
from ..formatting import fmt_date
from ..storage.files import atomic_target

PAGE_SIZE = A4
MARGIN = 20 * mm
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
MONO = "Courier"
MONO_BOLD = "Courier-Bold"
GREY = colors.HexColor("#555555")


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in Helvetica: title, h2, body, small, mono."""
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_LEFT,
                          spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18,
                                leading=22, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=8, spaceAfter=4),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=GREY),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=10, leading=13),
    }


def escape(text: str) -> str:
    """Escape text for reportlab's Paragraph mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_footer(note: str = "Vertraulich") -> Callable[[Canvas, SimpleDocTemplate], None]:
    """A page callback drawing '<APP> · <note> · Seite n' at the bottom."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        width, _ = PAGE_SIZE
        canvas.drawString(MARGIN, 12 * mm, f"{APP_NAME} {__version__} · {note}")
        canvas.drawRightString(width - MARGIN, 12 * mm, f"Seite {doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(path: Path | str, story: list, *, title: str, footer_note: str = "Vertraulich",
              subject: str = "") -> Path:
    """Build ``story`` into an A4 PDF at ``path`` atomically; return the path."""
    path = Path(path)
    with atomic_target(path, ".pdf") as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=PAGE_SIZE, leftMargin=MARGIN,
                                rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=22 * mm,
                                title=title, author=APP_NAME, subject=subject,
                                creator=f"{APP_NAME} {__version__}")
        footer = page_footer(footer_note)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def german_date(value: date | str | None) -> str:
    """21.11.2026 from a date or an ISO string (date or date-time); '' for nothing."""
    if not value:
        return ""
    try:
        return fmt_date(value)
    except ValueError:
        return str(value)
