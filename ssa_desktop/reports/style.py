"""The one visual language of every printed document (docs/reports.md).

- Font: DejaVu Sans (regular, bold), bundled in ``resources/fonts`` with its licence and
  embedded (subset) into every PDF, so umlauts, ß, „…“, –, §, ☐ and € print everywhere.
- Page template: A4, 20 mm margins; a quiet header line (document title) on content
  pages, a footer "SSA Desktop · <note> · Seite n von m"; an optional cover page.
- Headings ``h1``/``h2`` feed an automatic table of contents (``toc=True``).
- German typography: ragged right (no hyphenation dictionary is shipped, so no gaps of
  a justified line), typographic quotes, en dash for ranges, non-breaking spaces in
  "§ 8a", "14:30 Uhr", "62 %", dates 21.11.2026, decimal comma (``formatting``).
- Writing is atomic (``storage.files.atomic_target``): an error leaves no half file and
  raises ``WriteError`` whose ``str()`` is a German sentence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from .. import APP_NAME, __version__
from ..domain.writing import Writing
from ..formatting import fmt_date
from .house import ACCENT as ACCENT
from .house import ACCENT_LIGHT as ACCENT_LIGHT
from .house import FONT as FONT
from .house import FONT_BOLD as FONT_BOLD
from .house import GREY as GREY
from .house import INK as INK
from .house import MARGIN as MARGIN
from .house import MONO as MONO
from .house import MONO_BOLD as MONO_BOLD
from .house import PAGE_SIZE as PAGE_SIZE
from .house import RULE as RULE
from .house import SHADE as SHADE
from .house import TRAFFIC as TRAFFIC
from .house import DocumentStorageFull as DocumentStorageFull
from .house import WriteError as WriteError
from .house import font_files as font_files
from .house import register_fonts as register_fonts
from .house import write_atomically as write_atomically


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles: title, subtitle, h1, h2, body, small, cell, cell_bold, mono,
    toc1, toc2."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT,
                          textColor=INK, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20,
                                leading=25, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18,
                                   textColor=GREY, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                textColor=GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9,
                                    leading=11.5, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=10, leading=13),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=16, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=12,
                               textColor=GREY),
    }


# -- German typography ------------------------------------------------------------------
NBSP = "\u00a0"
_NBSP_RULES = [
    (re.compile(r"§\s+"), "§" + NBSP),
    (re.compile(r"(\d)\s+(Uhr|%|Min\.|€|h\b)"), r"\1" + NBSP + r"\2"),
    (re.compile(r"<\s+(\d)"), "<" + NBSP + r"\1"),
    (re.compile(r"\b(Abs\.|Nr\.|S\.)\s+(\d)"), r"\1" + NBSP + r"\2"),
]


def typeset(text: str) -> str:
    """German typographic niceties for running text: straight quotes → „…“, non-breaking
    spaces inside "§ 8a", "09:40 Uhr", "62 %", "< 3", "Abs. 4"."""
    text = re.sub(r'"([^"]*)"', "„\\1“", text)
    for pattern, replacement in _NBSP_RULES:
        text = pattern.sub(replacement, text)
    return text


def escape(text: str) -> str:
    """Escape text for reportlab's Paragraph mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (user) text: typeset, escaped, line breaks kept."""
    return Paragraph(escape(typeset(text)).replace("\n", "<br/>"), styles()[style])


def german_date(value: date | str | None) -> str:
    """21.11.2026 from a date or an ISO string (date or date-time); '' for nothing."""
    if not value:
        return ""
    try:
        return fmt_date(value)
    except ValueError:
        return str(value)


# -- headings and the table of contents -----------------------------------------------
class Heading(Paragraph):
    """A heading that enters the table of contents at ``level`` (0 = h1, 1 = h2)."""

    def __init__(self, text: str, level: int = 0):
        super().__init__(escape(typeset(text)), styles()["h1" if level == 0 else "h2"])
        self.toc_level = level
        self.toc_text = typeset(text)


def h1(text: str) -> Heading:
    return Heading(text, 0)


def h2(text: str) -> Heading:
    return Heading(text, 1)


def table_of_contents() -> list:
    toc = TableOfContents()
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]]
    toc.dotsMinLevel = 0
    return [Paragraph("Inhalt", styles()["h1"]), toc, PageBreak()]


# -- page template ----------------------------------------------------------------------
class _NumberedCanvas(Canvas):
    """Defers page output so that every footer can say "Seite n von m"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            footer = getattr(self, "_ssa_footer", None)
            if footer:
                footer(self, total)
            super().showPage()
        super().save()


class Document(BaseDocTemplate):
    """A4 document in the house style: optional cover page, header and footer."""

    def __init__(self, filename, *, title: str, note: str, subject: str = "",
                 first: str = "content"):
        super().__init__(filename, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 4 * mm, bottomMargin=22 * mm, title=title,
                         author=APP_NAME, subject=subject, creator=f"{APP_NAME} {__version__}")
        self.doc_title = title
        self.note = note
        width, height = PAGE_SIZE
        frame = Frame(MARGIN, 22 * mm, width - 2 * MARGIN, height - 22 * mm - MARGIN - 4 * mm,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("content", [frame], onPage=self._decorate),
                     PageTemplate("cover", [frame], onPage=self._decorate_cover)]
        if first == "cover":
            templates.reverse()  # the first template serves the first page
        self.addPageTemplates(templates)

    def _footer(self, canvas: Canvas, with_header: bool) -> None:
        title, note, page = self.doc_title, self.note, canvas.getPageNumber()

        def draw(c: Canvas, total: int) -> None:
            width, height = PAGE_SIZE
            c.saveState()
            c.setFont(FONT, 7.5)
            c.setFillColor(GREY)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            if with_header:
                c.drawString(MARGIN, height - MARGIN + 1.5 * mm, title)
                c.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
            c.line(MARGIN, 16 * mm, width - MARGIN, 16 * mm)
            c.drawString(MARGIN, 12 * mm, f"{APP_NAME} · {note}")
            c.drawRightString(width - MARGIN, 12 * mm, f"Seite {page} von {total}")
            c.restoreState()

        canvas._ssa_footer = draw

    def _decorate(self, canvas: Canvas, doc) -> None:
        self._footer(canvas, with_header=True)

    def _decorate_cover(self, canvas: Canvas, doc) -> None:
        self._footer(canvas, with_header=False)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))


def build_pdf(path: Path | str, story: list, *, title: str, footer_note: str = "Vertraulich",
              subject: str = "", cover: list | None = None, toc: bool = False,
              what: Writing = Writing.EXPORT) -> Path:
    """Build ``story`` into an A4 PDF in the house style at ``path`` (atomically, its file
    claimed by ``what`` writes it).

    ``cover``: flowables of a cover page (no header line). ``toc=True``: a table of
    contents of the ``h1``/``h2`` headings before the story (built in two passes)."""
    register_fonts()
    flow: list = []
    if cover:
        flow += [*cover, NextPageTemplate("content"), PageBreak()]
    if toc:
        flow += table_of_contents()
    flow += story

    def produce(tmp: Path) -> None:
        doc = Document(str(tmp), title=title, note=footer_note, subject=subject,
                       first="cover" if cover else "content")
        if toc:
            doc.multiBuild(flow, canvasmaker=_NumberedCanvas)
        else:
            doc.build(flow, canvasmaker=_NumberedCanvas)

    return write_atomically(path, produce, what)
