"""The trend of one goal, printed for a Hilfeplan talk (docs/reports.md "Zielverlauf").

One page: the goal and the pupil's own words, the scale with its anchors, the trend as a
line over the levels (the anchors are the axis labels), the points as a table. The case's
topics and the notes of the rated contacts are printed only when she ticks them; the
sheet has no field for anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer

from ..domain.goals import dates_in_sight
from .blocks import TEXT_WIDTH, data_table
from .style import ACCENT, FONT, GREY, INK, RULE, build_pdf, h1, h2, para, register_fonts

DATE_SIZE = 6.5   # pt, the dates under the line


@dataclass(frozen=True)
class TrendSheet:
    title: str                               # "Zielverlauf – K-17"
    goal: str
    pupil_words: str
    scale: str                               # the scale's name
    anchors: tuple[tuple[str, str], ...]     # (level label, anchor), lowest first
    # (day, level label, anchor, who rated): baseline first
    points: tuple[tuple[str, str, str, str], ...]
    change: str = ""                         # „Veränderung seit dem Ausgangswert: +2 Stufen.“
    target_date: str = ""
    topics: tuple[str, ...] = ()             # only when she ticked „Themen“
    notes: tuple[tuple[str, str], ...] = ()  # (day, note): only when she ticked „Notizen“


def trend_drawing(sheet: TrendSheet, height: float = 62 * mm) -> Drawing:
    """The levels as rows (their label and anchor at the left), a point per rating."""
    register_fonts()
    width = TEXT_WIDTH
    drawing = Drawing(width, height)
    left, right, bottom, top = 62 * mm, 4 * mm, 8 * mm, 4 * mm
    rows = len(sheet.anchors)
    step_y = (height - bottom - top) / max(rows - 1, 1)
    y_of = {label: bottom + i * step_y for i, (label, _a) in enumerate(sheet.anchors)}
    for label, anchor in sheet.anchors:
        y = y_of[label]
        drawing.add(Line(left, y, width - right, y, strokeColor=RULE, strokeWidth=0.4))
        text = f"{label}  {anchor}"
        drawing.add(String(left - 2 * mm, y - 1.2 * mm, text[:48], fontName=FONT, fontSize=7.5,
                           fillColor=INK, textAnchor="end"))
    count = len(sheet.points)
    span = width - right - left - 6 * mm
    step_x = span / max(count - 1, 1)
    coords: list[float] = []
    spans = []
    for i, (day, label, _anchor, _by) in enumerate(sheet.points):
        x = left + 3 * mm + i * step_x
        coords += [x, y_of[label]]
        text = "Beginn" if i == 0 else day
        half = stringWidth(text, FONT, DATE_SIZE) / 2
        spans.append((x - half, x + half, text))
    # weekly ratings printed their dates over each other: those that fit (the table has all)
    for i in dates_in_sight([(a, b) for a, b, _t in spans], 2 * mm):
        x = (spans[i][0] + spans[i][1]) / 2
        drawing.add(String(x, 1.5 * mm, spans[i][2], fontName=FONT, fontSize=DATE_SIZE,
                           fillColor=GREY, textAnchor="middle"))
    if count > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.2))
    for i in range(0, len(coords), 2):
        drawing.add(Circle(coords[i], coords[i + 1], 1.4 * mm, fillColor=ACCENT, strokeColor=ACCENT))
    return drawing


def story(sheet: TrendSheet) -> list:
    flow: list = [h1(sheet.title), h2("Ziel"), para(sheet.goal)]
    if sheet.pupil_words:
        flow += [para(f"In eigenen Worten: „{sheet.pupil_words}“")]
    if sheet.target_date:
        flow += [para(f"Zieldatum: {sheet.target_date}")]
    # „Verlauf (Zielerreichungsskala (−2 bis +2))“ read as brackets in brackets
    flow += [h2(f"Verlauf – {sheet.scale}"), trend_drawing(sheet),
             data_table(("Datum", "Stufe", "Bedeutung", "Eingetragen von"),
                        [list(p) for p in sheet.points],
                        col_widths=(55 * mm, 14 * mm, TEXT_WIDTH - 111 * mm, 42 * mm),
                        numeric_from=4)]
    if sheet.change:   # what the window says under its table: the figure the talk asks for
        flow += [Spacer(1, 2 * mm), para(sheet.change)]
    if sheet.topics:
        flow += [h2("Themen des Falls"), para(", ".join(sheet.topics))]
    if sheet.notes:
        flow += [h2("Notizen der Kontakte"),
                 data_table(("Datum", "Notiz"), [list(n) for n in sheet.notes],
                            col_widths=(30 * mm, TEXT_WIDTH - 30 * mm), numeric_from=2)]
    return flow


def render(path: Path | str, sheet: TrendSheet) -> Path:
    return build_pdf(path, story(sheet), title=sheet.title, footer_note="Vertraulich")
