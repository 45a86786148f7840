"""A label/value table in the product's report style (used by the data-protection
documents: Auskunft, record of processing, data-breach notification)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from .style import FONT_BOLD, escape, styles

RULE = colors.HexColor("#BBBBBB")


def _text(value: str) -> str:
    """Escaped for reportlab; newlines kept; "§ 65" never broken apart."""
    return escape(value).replace("\n", "<br/>").replace("§ ", "§\u00a0")


def kv_table(rows: list[tuple[str, str]], label_width: float = 48 * mm,
             total_width: float = 170 * mm) -> Table:
    """Two columns: bold label, wrapped value (text is escaped; newlines kept)."""
    st = styles()
    bold = st["body"].clone("label", fontName=FONT_BOLD, fontSize=10)
    data = [[Paragraph(_text(label), bold), Paragraph(_text(value), st["body"])]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, total_width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def grid_table(header: list[str], rows: list[list[str]], widths: list[float], *,
               size: float = 9) -> Table:
    """A table with a grey header row; every cell wraps (between words: size the columns
    for the longest one, as reportlab splits a longer word without a hyphen)."""
    st = styles()
    small = st["small"].clone("cell", textColor=colors.black, fontSize=size,
                              leading=size + 2.5)
    bold = small.clone("head", fontName=FONT_BOLD)
    data = [[Paragraph(_text(h), bold) for h in header]]
    data += [[Paragraph(_text(c), small) for c in row] for row in rows]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
