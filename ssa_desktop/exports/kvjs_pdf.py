"""KVJS export as PDF for printing and the evaluation meeting (reportlab)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..reports.style import FONT, FONT_BOLD, build_pdf, escape, styles
from .kvjs_document import column_types, difference_lines, header_lines, number

LINE = colors.HexColor("#BBBBBB")


def _wrapped(rows: list[list], bold_rows: set[int], align: str) -> list[list]:
    """Text cells as paragraphs, so that a long label, a school type's name or a staff
    entry (qualification) wraps inside its column instead of running into the next."""
    st = styles()
    out = []
    for i, row in enumerate(rows):
        base = st["cell_bold"] if i in bold_rows else st["cell"]
        right = ParagraphStyle(f"{base.name}_right", parent=base, alignment=TA_RIGHT)
        cells = []
        for j, cell in enumerate(row):
            if not isinstance(cell, str):
                cells.append(cell)
                continue
            indent = len(cell) - len(cell.lstrip(" "))
            style = right if j and align == "RIGHT" else base
            if indent:
                style = ParagraphStyle(f"{style.name}_sub", parent=style, leftIndent=4 * mm)
            cells.append(Paragraph(escape(cell.strip()), style))
        out.append(cells)
    return out


def _table(rows: list[list], bold_rows: set[int], widths=(130 * mm, 40 * mm),
           align: str = "RIGHT", spans: tuple[int, ...] = (), wrap: bool = True,
           repeat: int = 0) -> Table:
    table = Table(_wrapped(rows, bold_rows, align) if wrap else rows,
                  colWidths=list(widths), repeatRows=repeat)
    style = [("FONT", (0, 0), (-1, -1), FONT, 9.5), ("ALIGN", (1, 0), (-1, -1), align),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    style += [("FONT", (0, i), (-1, i), FONT_BOLD, 9.5) for i in bold_rows]
    style += [("SPAN", (1, i), (-1, i)) for i in spans]  # a staff entry: one value
    table.setStyle(TableStyle(style))
    return table


COLUMN = 24 * mm   # a per-Schulart column (and "Gesamt")
CELL_PADDING = 12  # reportlab's left + right cell padding, points


def column_heads(types: list[tuple[str, str]]) -> tuple[list[str], str]:
    """The heads of the Schulart columns and the legend under the table: the
    names when every word of each fits its column, else the codes with the legend
    "Schularten: GS = Grundschule, …" — a heading never breaks inside a word."""
    room = COLUMN - CELL_PADDING
    if all(stringWidth(word, FONT_BOLD, 9.5) <= room
           for _code, label in types for word in label.split()):
        return [label for _code, label in types], ""
    return ([code for code, _label in types],
            "Schularten: " + ", ".join(f"{code} = {label}" for code, label in types))


def write(doc: dict, path: Path) -> Path:
    return build_pdf(path, form_story(doc), title=f"KVJS {doc['school_year']}",
                     footer_note="KVJS-Statistik", subject="KVJS-Erhebungsbogen")


def form_story(doc: dict) -> list:
    """The form of one export document as flowables (also the statistics pages of the
    Verwendungsnachweis)."""
    st = styles()
    story: list = [Paragraph(escape(doc["template"]["title"]), st["title"])]
    meta = [[label, text] for label, text in header_lines(doc)]
    story += [_table(meta, set(), (35 * mm, 135 * mm), "LEFT"), Spacer(1, 4 * mm)]
    sections: dict[str, list[dict]] = {}
    for f in doc["fields"]:
        sections.setdefault(f["section"], []).append(f)
    types = column_types(doc)
    for title, fields in sections.items():
        story += _section(title, fields, types, st)
    changes = difference_lines(doc)
    if changes:
        story += [Paragraph("Abweichungen zu den abgegebenen Zahlen", st["h2"]),
                  _table([[a, b] for a, b in changes], set(), wrap=False)]  # short lines
    story += [Spacer(1, 4 * mm), Paragraph(
        "Anonyme Auswertung aus SSA Desktop: ohne Namen, Pseudonyme oder Fallkennungen. "
        "Wie jede Zahl gezählt wird, steht in SSA Desktop unter Statistik → „Wie wird "
        "gezählt?“.", st["small"])]
    return story


def _section(title: str, fields: list[dict], types: list[tuple[str, str]], st) -> list:
    """One section of the form: sub-lines indented, main lines bold; with a column per
    Schulart when its fields have them."""
    rows, bold = [], set()
    with_columns = bool(types) and any("columns" in f for f in fields)
    for i, f in enumerate(fields):
        line = [("      " if f["sub"] else "") + f["label"], number(f["value"])]
        if with_columns:
            line += [number(f.get("columns", {}).get(code)) for code, _ in types]
        rows.append(line)
        if not f["sub"]:
            bold.add(i)
    if with_columns:
        return _section_with_columns(title, fields, types, rows, bold, st)
    # the heading stays with the first rows of its table; the rest may break
    head, rest = rows[:3], rows[3:]
    story: list = [KeepTogether([Paragraph(escape(title), st["h2"]), _table(head, bold)])]
    if rest:
        story.append(_table(rest, {i - 3 for i in bold if i >= 3}))
    return story


def _section_with_columns(title: str, fields: list[dict], types: list[tuple[str, str]],
                          rows: list, bold: set, st) -> list:
    """A head row: Gesamt and one column per Schulart (codes and a legend when the names
    do not fit)."""
    heads, legend = column_heads(types)
    rows.insert(0, ["", "Gesamt", *heads])
    bold = {0} | {i + 1 for i in bold}
    spans = tuple(i + 1 for i, f in enumerate(fields) if "columns" not in f)
    first = 170 * mm - (len(types) + 1) * COLUMN
    widths = (first, *([COLUMN] * (len(types) + 1)))
    # the table may continue on the next page with its head row repeated (kept
    # whole, a long section left page 1 mostly empty); a new page only when
    # not even the heading and a few rows fit
    loose = ParagraphStyle("h2_loose", parent=st["h2"], keepWithNext=0)
    story: list = [CondPageBreak(40 * mm), Paragraph(escape(title), loose),
                   _table(rows, bold, widths, spans=spans, repeat=1)]
    if legend:
        story.append(Paragraph(escape(legend), st["small"]))
    return story
