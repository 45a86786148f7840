"""The Eingabehilfe as a one-page PDF: the year's figures in the online form's order (the
template's order), two columns, a box to tick beside each value (docs/statistics.md,
"Eingabehilfe"). Written from the same export document as every other format."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from ..reports.style import FONT, FONT_BOLD, build_pdf, escape, styles
from .kvjs_document import header_lines, number

USABLE_HEIGHT = 228 * mm  # the house style's content frame below the header lines
WIDTH = 170 * mm
BOX = "☐"
PAD = 2                                     # points left and right in a cell
VALUE, BOX_WIDTH = 16 * mm, 6 * mm
LABEL = WIDTH / 2 - VALUE - BOX_WIDTH


def lines(doc: dict) -> list[tuple[str, str, bool]]:
    """(label, value, heading) in template order: a heading per section, then its fields;
    a field whose keys do not add up (topics) has no value of its own."""
    out: list[tuple[str, str, bool]] = []
    section = None
    for f in doc["fields"]:
        if f["section"] != section:
            section = f["section"]
            out.append((section, "", True))
        out.append((("  " if f["sub"] else "") + f["label"], number(f["value"]), False))
    return out


def write(doc: dict, path: Path) -> Path:
    st = styles()
    rows = lines(doc)
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    right += [("", "", False)] * (half - len(right))
    row_h = min(4.2 * mm, USABLE_HEIGHT / max(half, 1))
    size = max(4.5, min(8.0, row_h / 1.25))  # points: the font fits its row
    table_rows, style = [], [
        ("FONT", (0, 0), (-1, -1), FONT, size), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("ALIGN", (4, 0), (4, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.HexColor("#DDDDDD"))]
    for i, pair in enumerate(zip(left, right, strict=True)):
        cells: list[str] = []
        for side, (label, value, heading) in enumerate(pair):
            first = 3 * side
            font = FONT_BOLD if heading else FONT
            if stringWidth(value, font, size) <= VALUE - 2 * PAD:
                cells += [_cut(label, LABEL - 2 * PAD, font, size), value]
            else:   # a text (the Qualifikation) spans its label's cell, after the label
                cells += [_cut(f"{label}: {value}", LABEL + VALUE - 2 * PAD, font, size), ""]
                style.append(("SPAN", (first, i), (first + 1, i)))
            cells.append(BOX if value else "")
            if heading:
                style.append(("FONT", (first, i), (first + 2, i), FONT_BOLD, size))
        table_rows.append(cells)
    style += [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD)]
    table = Table(table_rows, colWidths=[LABEL, VALUE, BOX_WIDTH] * 2, rowHeights=row_h)
    table.setStyle(TableStyle(style))
    head = " · ".join(f"{label}: {text}" for label, text in header_lines(doc))
    story = [Paragraph(escape("Eingabehilfe KVJS-Onlineverfahren"), st["h2"]),
             Paragraph(escape(head), st["small"]), table]
    return build_pdf(path, story, title=f"Eingabehilfe KVJS {doc['school_year']}",
                     footer_note="KVJS-Eingabehilfe", subject="KVJS-Eingabehilfe")


def _cut(text: str, width: float, font: str, size: float) -> str:
    """``text`` as it fits ``width`` points, cut with „…“ (a long label ran into its
    value by a few points)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
