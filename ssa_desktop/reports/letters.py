"""Letters on the Träger's letterhead, DIN 5008 form B (window envelope DL/C5/C6).

One layout, two painters, as for the Beratungszettel: ``letter_pages(letter)`` turns a
``Letter`` into pages of drawing operations in mm (``reports.slip_layout``);
``letter_pdf`` paints them with reportlab, the GUI's preview and printer paint the same
operations with QPainter (``ui.reports.slip_painter``), so printing writes no file.

Positions (mm from the top-left corner of the sheet; DIN 5008:2020, form B):

- address field 20 mm from the left, 45–90 mm from the top, 85 mm wide: the return
  line (Rücksendeangabe) in the additional zone (45–62.7 mm), the recipient's lines in
  the address zone (62.7–90 mm, at most 6 lines);
- information block (contact, date) from 125 mm, starting 50 mm from the top;
- fold marks at 105 and 210 mm, the hole mark at 148.5 mm;
- body text from 25 mm to 190 mm, the subject below the address field.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from .. import APP_NAME, __version__
from ..domain.errors import UserError
from .slip_layout import A4_MM, Image, Line, Page, Text, text_width

ADDRESS_LEFT = 20.0
ADDRESS_TOP = 45.0
ADDRESS_WIDTH = 85.0
ADDITIONAL_ZONE_END = 62.7
ADDRESS_BOTTOM = 90.0
ADDRESS_LINES = 6
ADDRESS_STEP = 4.23        # 12 pt between lines of the address
INFO_LEFT = 125.0
INFO_TOP = 50.0
FOLD_MARKS = (105.0, 210.0)
HOLE_MARK = 148.5
BODY_LEFT = 25.0
BODY_RIGHT = 190.0
SUBJECT_TOP = 98.46
BODY_SIZE = 11.0
BODY_STEP = 5.0            # line distance of the body (≈ 14 pt)
BODY_BOTTOM = 268.0
LATER_TOP = 32.0           # first line on a following page
FOOTER_RULE = 279.0


@dataclass(frozen=True)
class Letter:
    """Everything a letter shows, as plain text (already filled in)."""

    subject: str
    blocks: tuple[tuple[str, str], ...]          # ("p", text) | ("sign", label) | ("gap", "")
    recipient: tuple[str, ...] = ()              # lines of the address zone
    sender: tuple[str, ...] = ()                 # Träger: name, street, city
    info: tuple[tuple[str, str], ...] = ()       # information block: (label, value)
    footer: str = ""
    logo: bytes | None = None
    title: str = "Brief"                         # the PDF's title (the letter kind)


@dataclass
class _Flow:
    pages: list[Page]
    y: float
    header: str

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room_for(self, height: float) -> None:
        if self.y + height > BODY_BOTTOM:
            self.pages.append(Page(*A4_MM))
            self.page.ops.append(Text(BODY_LEFT, 20.0, self.header, 8, grey=True))
            self.y = LATER_TOP


def wrap(text: str, width: float, size: float = BODY_SIZE, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` mm (at spaces; a word longer
    than a line is cut). A line break in ``text`` is kept."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _letterhead(page: Page, letter: Letter) -> None:
    ops = page.ops
    if letter.sender:
        ops.append(Text(BODY_LEFT, 20.0, letter.sender[0], 14, bold=True))
        for index, line in enumerate(letter.sender[1:3]):
            ops.append(Text(BODY_LEFT, 26.0 + 4.5 * index, line, 9, grey=True))
    if letter.logo:
        ops.append(Image(150.0, 10.0, 40.0, 25.0, letter.logo))
    for y in FOLD_MARKS:
        ops.append(Line(3.0, y, 8.0, y, 0.5, grey=True))
    ops.append(Line(3.0, HOLE_MARK, 10.0, HOLE_MARK, 0.5, grey=True))


def check_address(letter: Letter) -> None:
    """Refuse (German) an address that does not fit the window of the envelope."""
    if len(letter.recipient) > ADDRESS_LINES:
        raise UserError(f"Die Anschrift hat {len(letter.recipient)} Zeilen; ins Fenster "
                        f"des Umschlags passen höchstens {ADDRESS_LINES}.")
    for line in letter.recipient:
        if text_width(line, 10) > ADDRESS_WIDTH - 5:
            raise UserError(f"Die Anschriftzeile „{line}“ ist zu lang für das Fenster des "
                            "Umschlags (höchstens 80 mm).")


def return_line(letter: Letter) -> str:
    """The sender in one line above the address (Rücksendeangabe), cut to fit."""
    back = " · ".join(part for part in letter.sender if part)
    while len(back) > 1 and text_width(back, 7) > ADDRESS_WIDTH - 5:
        back = back[:-2].rstrip() + "…"
    return back


def _address_field(page: Page, letter: Letter) -> None:
    check_address(letter)
    if letter.sender:
        back = return_line(letter)
        page.ops.append(Text(ADDRESS_LEFT, ADDITIONAL_ZONE_END - 2.0, back, 7, grey=True))
        page.ops.append(Line(ADDRESS_LEFT, ADDITIONAL_ZONE_END - 1.0,
                             ADDRESS_LEFT + text_width(back, 7), ADDITIONAL_ZONE_END - 1.0,
                             0.3, grey=True))
    y = ADDITIONAL_ZONE_END + ADDRESS_STEP
    for line in letter.recipient:
        page.ops.append(Text(ADDRESS_LEFT, y, line, 10))
        y += ADDRESS_STEP


def _info_block(page: Page, letter: Letter) -> None:
    y = INFO_TOP + 3.0
    for label, value in letter.info:
        if not value:
            continue
        page.ops.append(Text(INFO_LEFT, y, label, 7.5, grey=True))
        page.ops.append(Text(INFO_LEFT, y + 3.8, value[:60], 9))
        y += 8.5


def _body(flow: _Flow, letter: Letter) -> None:
    width = BODY_RIGHT - BODY_LEFT
    flow.page.ops.append(Text(BODY_LEFT, SUBJECT_TOP + 4.0, letter.subject, 11, bold=True))
    flow.y = SUBJECT_TOP + 4.0 + 2 * BODY_STEP
    for kind, text in letter.blocks:
        if kind == "gap":
            flow.y += 2 * BODY_STEP
            continue
        if kind == "sign":
            flow.room_for(3 * BODY_STEP)
            flow.y += BODY_STEP
            flow.page.ops.append(Line(BODY_LEFT, flow.y, BODY_LEFT + 75.0, flow.y, 0.5))
            flow.page.ops.append(Text(BODY_LEFT, flow.y + 4.0, text, 8, grey=True))
            flow.y += 2 * BODY_STEP
            continue
        for line in wrap(text, width):
            flow.room_for(BODY_STEP)
            flow.page.ops.append(Text(BODY_LEFT, flow.y, line, BODY_SIZE))
            flow.y += BODY_STEP
        flow.y += BODY_STEP


def _footers(pages: list[Page], letter: Letter) -> None:
    for number, page in enumerate(pages, start=1):
        page.ops.append(Line(BODY_LEFT, FOOTER_RULE, BODY_RIGHT, FOOTER_RULE, 0.3, grey=True))
        if letter.footer:
            page.ops.append(Text(105.0, FOOTER_RULE + 4.5, letter.footer[:160], 7,
                                 align="center", grey=True))
        if len(pages) > 1:
            page.ops.append(Text(BODY_RIGHT, FOOTER_RULE + 9.0,
                                 f"Seite {number} von {len(pages)}", 7, align="right",
                                 grey=True))


def letter_pages(letter: Letter) -> list[Page]:
    """The letter as pages of drawing operations (mm from the top-left corner)."""
    first = Page(*A4_MM)
    _letterhead(first, letter)
    _address_field(first, letter)
    _info_block(first, letter)
    header = " · ".join(part for part in (letter.sender[:1] + (letter.subject,)) if part)
    flow = _Flow([first], 0.0, header)
    _body(flow, letter)
    _footers(flow.pages, letter)
    return flow.pages


def pages_pdf(pages: list[Page], title: str) -> bytes:
    """``pages`` painted into a PDF, in memory (reportlab's canvas loaded only now: the
    GUI's preview and printer paint the pages with Qt)."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from .house import register_fonts
    from .slips import paint

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(A4_MM[0] * mm, A4_MM[1] * mm), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(f"{APP_NAME} {__version__}")
    for page in pages:
        paint(canvas, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def letter_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes (kept in memory; the caller saves or keeps them)."""
    return pages_pdf(letter_pages(letter), letter.title)
