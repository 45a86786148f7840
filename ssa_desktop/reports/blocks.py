"""Building blocks for every report in the house style (docs/reports.md).

- ``suppress(n)``: counts of 1 or 2 become "< 3" (reports shown to the school never
  show a cell of fewer than 3 persons).
- ``data_table(header, rows)``: a table with a shaded header, thin rules, numbers
  right-aligned, long text wrapped; ``key_figures(pairs)``: large numbers with labels.
- ``bar_chart(labels, series)``: horizontal bars (reportlab.graphics), optionally with
  a shaded target band and a legend; values printed beside the bars.
- ``no_data(text)``: the quiet line shown where a section has nothing to report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..domain.small_cells import SUPPRESSED, is_small
from ..formatting import fmt_number
from .style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    MARGIN,
    PAGE_SIZE,
    RULE,
    SHADE,
    escape,
    para,
    register_fonts,
    styles,
    typeset,
)

TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
SERIES_COLOURS = (ACCENT, ACCENT_LIGHT, GREY)


def suppress(value: int | None) -> str:
    """A count as printed for the school: "–" for none, "< 3" for 1 or 2, else 1.234."""
    if value is None:
        return "–"
    if is_small(value):
        return SUPPRESSED
    return fmt_number(value, 0)


def exact(value: int | None) -> str:
    """A count of things (contacts, offers, visits) as printed: "–" for none, else 1.234;
    the "< 3" rule is for counts of people only."""
    return "–" if value is None else fmt_number(value, 0)


def _cell(value, style: str = "cell"):
    if isinstance(value, str):
        return Paragraph(escape(typeset(value)), styles()[style])
    return value


def _header_cell(value, *, right: bool):
    """A header text that wraps within its column (a long one printed over its
    neighbours), right-aligned above right-aligned values."""
    if not isinstance(value, str):
        return value
    style = styles()["cell_bold"]
    if right:
        style = ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)
    return Paragraph(escape(typeset(value)), style)


def data_table(header: Sequence[str], rows: Sequence[Sequence], *,
               col_widths: Sequence[float] | None = None, total: bool = False,
               numeric_from: int = 1) -> Table:
    """A table: text columns, then right-aligned values (already formatted strings)
    from column ``numeric_from`` on. ``total=True`` sets the last row in bold above a
    rule."""
    register_fonts()
    n = len(header)
    if col_widths is None:
        # values 28 mm wide, the first column the rest; with many columns the values
        # share what the first column's 60 mm leave, and the table stays on the page
        value = min(28 * mm, (TEXT_WIDTH - 60 * mm) / (n - 1)) if n > 1 else 0
        col_widths = [TEXT_WIDTH - (n - 1) * value] + [value] * (n - 1)
    data = [[_cell(header[0], "cell_bold")]
            + [_header_cell(text, right=i >= numeric_from) for i, text in enumerate(header[1:], 1)]]
    for i, row in enumerate(rows):
        style = "cell_bold" if total and i == len(rows) - 1 else "cell"
        # text columns wrap (a contact's note ran off the page in one line); values do not
        data.append([_cell(v, style) if c < numeric_from else v for c, v in enumerate(row)])
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total and rows:
        commands += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    table.setStyle(TableStyle(commands))
    return table


def key_figures(pairs: Sequence[tuple[str, str]], per_row: int = 4) -> Table:
    """Large figures with a small label below, ``per_row`` in a row."""
    register_fonts()
    value_style = styles()["title"].clone("kf", fontSize=18, leading=22, spaceAfter=0,
                                          textColor=ACCENT)
    label_style = styles()["small"]
    cells = [[Paragraph(escape(v), value_style), Paragraph(escape(typeset(label)), label_style)]
             for label, v in pairs]
    rows = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start:start + per_row]
        chunk += [["", ""]] * (per_row - len(chunk))
        rows.append([c for c in chunk])
    width = TEXT_WIDTH / per_row
    table = Table([[Table([[c[0]], [c[1]]], colWidths=[width - 6]) if c[0] else ""
                    for c in row] for row in rows], colWidths=[width] * per_row,
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def bar_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *,
              value_text: Callable[[float], str] = lambda v: fmt_number(v, 0),
              maximum: float | None = None, band: tuple[float, float] | None = None,
              band_label: str = "", width: float = TEXT_WIDTH,
              label_width: float = 62 * mm) -> Drawing:
    """Horizontal bars, one group per label, one bar per series (name, values).

    ``band=(low, high)`` shades a target band on the value axis (e.g. 60–65 %)."""
    register_fonts()
    bar_h, gap = 5.0 * mm / max(1, len(series)) * (1.6 if len(series) == 1 else 1.0), 3.2 * mm
    group_h = bar_h * len(series) + gap
    legend_h = 7 * mm if len(series) > 1 or band else 0
    height = group_h * len(labels) + legend_h + 4 * mm
    drawing = Drawing(width, height)
    values = [v for _, vals in series for v in vals]
    top = maximum or max([*values, band[1] if band else 0, 1])
    plot_w = width - label_width - 22 * mm
    x0 = label_width

    def x(value: float) -> float:
        return x0 + plot_w * min(value, top) / top

    y_top = height - legend_h
    if band:
        drawing.add(Rect(x(band[0]), 2 * mm, x(band[1]) - x(band[0]), y_top - 2 * mm,
                         fillColor=SHADE, strokeColor=None))
        for edge in band:
            drawing.add(Line(x(edge), 2 * mm, x(edge), y_top, strokeColor=RULE,
                             strokeWidth=0.6, strokeDashArray=[2, 2]))
    drawing.add(Line(x0, 2 * mm, x0, y_top, strokeColor=INK, strokeWidth=0.6))
    for i, label in enumerate(labels):
        group_top = y_top - i * group_h - gap / 2
        text = label if len(label) <= 42 else label[:41] + "…"
        drawing.add(String(x0 - 2 * mm, group_top - group_h / 2 + gap / 2 - 1.2 * mm,
                           text, fontName=FONT, fontSize=8, fillColor=INK, textAnchor="end"))
        for j, (_, vals) in enumerate(series):
            value = vals[i]
            y = group_top - (j + 1) * bar_h
            drawing.add(Rect(x0, y, max(x(value) - x0, 0.3), bar_h * 0.85,
                             fillColor=SERIES_COLOURS[j % 3], strokeColor=None))
            drawing.add(String(x(value) + 1.5 * mm, y + bar_h * 0.2, value_text(value),
                               fontName=FONT, fontSize=7.5, fillColor=INK))
    if legend_h:
        lx = x0
        for j, (name, _) in enumerate(series if len(series) > 1 else []):
            drawing.add(Rect(lx, height - 4.5 * mm, 3 * mm, 3 * mm,
                             fillColor=SERIES_COLOURS[j % 3], strokeColor=None))
            drawing.add(String(lx + 4.5 * mm, height - 4.2 * mm, name, fontName=FONT,
                               fontSize=7.5, fillColor=INK))
            lx += 45 * mm
        if band:
            drawing.add(Rect(lx, height - 4.5 * mm, 6 * mm, 3 * mm, fillColor=SHADE,
                             strokeColor=RULE, strokeWidth=0.4))
            drawing.add(String(lx + 7.5 * mm, height - 4.2 * mm, band_label or "Zielbereich",
                               fontName=FONT, fontSize=7.5, fillColor=INK))
    return drawing


def no_data(text: str = "Für diesen Zeitraum liegen keine Daten vor.") -> Paragraph:
    return para(text, "small")
