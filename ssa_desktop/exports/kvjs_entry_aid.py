"""The Eingabehilfe as a one-page PDF: the year's figures in the online form's order (the
template's order), two columns, a box to tick beside each value (docs/statistics.md,
"Eingabehilfe"). Written from the same export document as every other format."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..reports.style import FONT, FONT_BOLD, build_pdf, escape, styles
from .kvjs_document import header_lines, number

USABLE_HEIGHT = 228 * mm  # the house style's content frame below the header lines
WIDTH = 170 * mm
BOX = "☐"


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
    for i, ((l_label, l_value, l_head), (r_label, r_value, r_head)) in enumerate(
            zip(left, right, strict=True)):
        table_rows.append([_cut(l_label), l_value, BOX if l_value else "",
                           _cut(r_label), r_value, BOX if r_value else ""])
        if l_head:
            style.append(("FONT", (0, i), (2, i), FONT_BOLD, size))
        if r_head:
            style.append(("FONT", (3, i), (5, i), FONT_BOLD, size))
    col = WIDTH / 2
    table = Table(table_rows, colWidths=[col - 22 * mm, 16 * mm, 6 * mm] * 2,
                  rowHeights=row_h)
    table.setStyle(TableStyle(style))
    head = " · ".join(f"{label}: {text}" for label, text in header_lines(doc))
    story = [Paragraph(escape("Eingabehilfe KVJS-Onlineverfahren"), st["h2"]),
             Paragraph(escape(head), st["small"]), table]
    return build_pdf(path, story, title=f"Eingabehilfe KVJS {doc['school_year']}",
                     footer_note="KVJS-Eingabehilfe", subject="KVJS-Eingabehilfe")


def _cut(text: str, limit: int = 58) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
