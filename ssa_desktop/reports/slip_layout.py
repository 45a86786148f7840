"""Where everything on a Beratungszettel goes: one layout, two painters.

``pages(slips, layout)`` turns ``SlipData`` into pages of simple drawing operations in
millimetres from the top-left corner of the sheet. ``reports.slips`` paints them into a
PDF with reportlab; ``ui.reports.slip_painter`` paints the very same operations with
QPainter onto the printer and the preview, so what is previewed is what is printed and
nothing ever passes through a temporary file.

Layouts: ``a6x4`` — four A6 slips on an A4 sheet with cut lines; ``a4`` — one slip per
A4 sheet, the same slip enlarged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.errors import UserError
from ..domain.slips import SlipData
from ..formatting import WEEKDAYS_SHORT, fmt_date
from .font_widths import FONT, FONT_BOLD, string_width

A4_MM = (210.0, 297.0)
SLIP_MM = (105.0, 148.5)
LAYOUTS = ("a6x4", "a4")
LAYOUT_LABELS = {"a6x4": "4 Zettel je A4-Seite (A6, mit Schnittlinien)",
                 "a4": "1 Zettel je A4-Seite"}
PER_PAGE = {"a6x4": 4, "a4": 1}


@dataclass(frozen=True)
class Text:
    x: float
    y: float            # baseline
    text: str
    size: float         # points
    bold: bool = False
    align: str = "left"  # left | right | center
    grey: bool = False


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5  # points
    dashed: bool = False
    grey: bool = False


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.8


@dataclass(frozen=True)
class Image:
    x: float
    y: float
    w: float
    h: float
    data: bytes


@dataclass
class Page:
    width: float
    height: float
    ops: list = field(default_factory=list)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in mm of ``text`` in the bundled font (as reportlab measures it)."""
    return string_width(text, FONT_BOLD if bold else FONT, size) * 25.4 / 72


def fit(text: str, size: float, bold: bool, width: float,
        smallest: float = 6.5) -> tuple[str, float]:
    """``text`` at the largest font size ≤ ``size`` that fits ``width`` mm; at the
    smallest size a text still too long is shortened with "…"."""
    while size > smallest and text_width(text, size, bold) > width:
        size -= 0.5
    while len(text) > 1 and text_width(text, size, bold) > width:
        text = text[:-2].rstrip() + "…"
    return text, size


def slip_date(slip: SlipData) -> str:
    """"Fr 21.11.2026" or "" for a blank slip."""
    return f"{WEEKDAYS_SHORT[slip.day.weekday()]} {fmt_date(slip.day)}" if slip.day else ""


def slip_time(slip: SlipData) -> str:
    if slip.start and slip.end:
        return f"{slip.start}–{slip.end} Uhr"
    return f"{slip.start} Uhr" if slip.start else ""


def _room(room: str) -> str:
    """"Raum 012" for a room number; a named room ("Beratungsraum", "Aula") as it is."""
    if "raum" in room.lower() or not any(c.isdigit() for c in room):
        return room
    return f"Raum {room}"


class _Pen:
    """Draws one slip into ``ops``: mm coordinates relative to the slip, scaled."""

    def __init__(self, ops: list, x0: float, y0: float, scale: float):
        self.ops, self.x0, self.y0, self.k = ops, x0, y0, scale

    def text(self, x, y, text, size, **kw):
        self.ops.append(Text(self.x0 + x * self.k, self.y0 + y * self.k, text, size * self.k,
                             **kw))

    def line(self, x1, y1, x2, y2, width=0.5, **kw):
        self.ops.append(Line(self.x0 + x1 * self.k, self.y0 + y1 * self.k,
                             self.x0 + x2 * self.k, self.y0 + y2 * self.k, width * self.k,
                             **kw))

    def box(self, x, y, w, h, width=0.8):
        self.ops.append(Box(self.x0 + x * self.k, self.y0 + y * self.k, w * self.k,
                            h * self.k, width * self.k))

    def image(self, x, y, w, h, data):
        self.ops.append(Image(self.x0 + x * self.k, self.y0 + y * self.k, w * self.k,
                              h * self.k, data))


# Slip geometry in mm (A6 portrait, 105 × 148.5); the a4 layout scales it.
_PAD = 8.0
_W = SLIP_MM[0] - 2 * _PAD


def _field(pen: _Pen, y: float, label: str, value: str, size: float, x: float = 0.0,
           width: float = _W, bold: bool = True) -> None:
    """A small grey label above a large value, or a write-in line when empty."""
    pen.text(_PAD + x, y - size * 0.45 - 1.2, label, 6.5, grey=True)
    if value:
        value, size = fit(value, size, bold, width)
        pen.text(_PAD + x, y + 1.2, value, size, bold=bold)
    else:
        pen.line(_PAD + x, y + 1.6, _PAD + x + width - 2, y + 1.6, 0.4, grey=True)


def _section(pen: _Pen, y: float, label: str) -> None:
    pen.line(_PAD, y, _PAD + _W, y, 0.6)
    pen.text(_PAD, y + 4.2, label, 8.5, bold=True)


def _check(pen: _Pen, x: float, y: float, label: str) -> float:
    """A tick box with its label on baseline ``y``; returns the x after the label."""
    pen.box(_PAD + x, y - 3.0, 3.4, 3.4, 0.7)
    pen.text(_PAD + x + 5.0, y, label, 9)
    return x + 5.0 + text_width(label, 9) + 4.0


def _write_in(pen: _Pen, y: float, before: str, blanks: list[tuple[float, str]]) -> None:
    """Text with write-in lines: ``before ____ after1 ____ after2``."""
    x = 0.0
    pen.text(_PAD, y, before, 9)
    x += text_width(before, 9) + 1.5
    for length, after in blanks:
        pen.line(_PAD + x, y + 0.8, _PAD + x + length, y + 0.8, 0.4)
        x += length + 1.5
        if after:
            pen.text(_PAD + x, y, after, 9)
            x += text_width(after, 9) + 1.5


def _signature(pen: _Pen, y: float, label: str) -> None:
    pen.line(_PAD + 28, y + 0.8, _PAD + _W, y + 0.8, 0.4)
    pen.text(_PAD, y, label, 8, grey=True)


def draw_slip(ops: list, slip: SlipData, x0: float, y0: float, scale: float = 1.0) -> None:
    """Append the operations of one slip whose top-left corner is at (x0, y0) mm."""
    pen = _Pen(ops, x0, y0, scale)
    # Head: logo, school, "Schulsozialarbeit", the title.
    left = 0.0
    if slip.logo:
        pen.image(_PAD, _PAD, 13, 13, slip.logo)
        left = 16.0
    school, size = fit(slip.school or "Schule", 9, True, _W - left)
    pen.text(_PAD + left, _PAD + 4.2, school, size, bold=True)
    pen.text(_PAD + left, _PAD + 8.6, "Schulsozialarbeit", 8.5, grey=True)
    pen.text(_PAD + _W, _PAD + 8.6, "Beratungszettel", 12, bold=True, align="right")
    pen.line(_PAD, _PAD + 14.5, _PAD + _W, _PAD + 14.5, 1.2)
    # The appointment: what the teacher must see at a glance.
    y = _PAD + 24.5
    _field(pen, y, "Name", slip.name, 15, width=_W - 26)
    _field(pen, y, "Klasse", slip.class_label, 15, x=_W - 24, width=24)
    y += 12.5
    _field(pen, y, "Datum", slip_date(slip), 11.5, width=_W - 42)
    if slip.start:
        _field(pen, y, "Uhrzeit", slip_time(slip), 11.5, x=_W - 40, width=40)
    else:
        pen.text(_PAD + _W - 40, y - 6.4, "Uhrzeit", 6.5, grey=True)
        pen.line(_PAD + _W - 40, y + 1.6, _PAD + _W - 26, y + 1.6, 0.4, grey=True)
        pen.text(_PAD + _W - 25, y + 1.2, "–", 10)
        pen.line(_PAD + _W - 21, y + 1.6, _PAD + _W - 7, y + 1.6, 0.4, grey=True)
        pen.text(_PAD + _W, y + 1.2, "Uhr", 9, align="right")
    y += 12.0
    _field(pen, y, "Raum", _room(slip.room) if slip.room else "", 10.5, width=_W - 42,
           bold=False)
    # Teacher.
    y += 9.0
    _section(pen, y, "Lehrkraft")
    y += 11.0
    pen.text(_PAD, y, "Teilnahme möglich:", 9)
    x = _check(pen, 33, y, "jetzt")
    x = _check(pen, x, y, "später um")
    pen.line(_PAD + x - 2.5, y + 0.8, _PAD + x + 8, y + 0.8, 0.4)
    pen.text(_PAD + x + 9, y, "Uhr", 9)
    y += 11.0
    _signature(pen, y, "Unterschrift")
    # School social work.
    y += 8.0
    _section(pen, y, "Schulsozialarbeit")
    y += 11.0
    _write_in(pen, y, "Termin wahrgenommen von", [(11, "bis"), (11, "Uhr")])
    y += 11.0
    _signature(pen, y, "Unterschrift")
    y += 11.0
    _write_in(pen, y, "Zurück im Unterricht um", [(11, "Uhr")])
    pen.text(_PAD + _W, SLIP_MM[1] - 4.5, "Bitte der Lehrkraft vorzeigen.", 6.5,
             grey=True, align="right")


def _cut_marks(page: Page) -> None:
    """Dashed cut lines through the middle and short solid marks at the sheet edges."""
    w, h = A4_MM
    page.ops.append(Line(w / 2, 0, w / 2, h, 0.3, dashed=True, grey=True))
    page.ops.append(Line(0, h / 2, w, h / 2, 0.3, dashed=True, grey=True))
    for x1, y1, x2, y2 in ((w / 2, 0, w / 2, 6), (w / 2, h - 6, w / 2, h),
                           (0, h / 2, 6, h / 2), (w - 6, h / 2, w, h / 2)):
        page.ops.append(Line(x1, y1, x2, y2, 0.8))


def pages(slips: list[SlipData], layout: str = "a6x4") -> list[Page]:
    """The pages for ``slips`` in ``layout`` (a6x4: 4 per A4 sheet; a4: 1 per sheet)."""
    if layout not in LAYOUTS:
        raise UserError(f"Unbekanntes Format „{layout}“ (möglich: a6x4, a4).")
    result: list[Page] = []
    per_page = PER_PAGE[layout]
    for start in range(0, len(slips), per_page):
        page = Page(*A4_MM)
        if layout == "a6x4":
            _cut_marks(page)
            for i, slip in enumerate(slips[start:start + per_page]):
                draw_slip(page.ops, slip, (i % 2) * SLIP_MM[0], (i // 2) * SLIP_MM[1])
        else:
            scale = 1.9
            x0 = (A4_MM[0] - SLIP_MM[0] * scale) / 2
            draw_slip(page.ops, slips[start], x0, 8.0, scale)
        result.append(page)
    return result
