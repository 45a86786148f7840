"""Zeitanteile as a PDF for the Träger and the Auswertungsgespräch (docs/timeshare.md).

The same figures as the JSON export (``exports.timeshare.as_dict``) and the same
charts as the Arbeitszeit area: shares by task area, indirect work by category, the
direct share month by month against its band, Soll and Ist per month. Lights are
printed with their words beside the coloured dot (colour is never the only signal).
No names, no case data: only minutes and shares.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.clock import today
from ..domain.timeshare_report import TimeShareReport
from ..exports.timeshare import as_dict
from ..formatting import fmt_date, fmt_hours, fmt_number
from .style import FONT, FONT_BOLD, GREY, build_pdf, escape, styles

LIGHT_COLOURS = {"green": colors.HexColor("#2e7d32"), "amber": colors.HexColor("#f9a825"),
                 "red": colors.HexColor("#c62828"), "none": colors.HexColor("#9e9e9e")}
BAR = colors.HexColor("#4a6fa5")
BAND = colors.HexColor("#2e7d32")
WIDTH = 170 * mm


def hours(minutes: float | None) -> str:
    return "–" if minutes is None else fmt_hours(round(minutes))


def pct(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{fmt_number(value, digits)} %"


def actual_text(target: dict) -> str:
    if target["actual"] is None:
        return "–"
    if target["unit"] == "%":
        return pct(target["actual"])
    return f"{fmt_number(target['actual'], 2)} {target['unit']}"


def _light(light: str) -> Drawing:
    d = Drawing(10, 10)
    d.add(Circle(5, 4, 4, fillColor=LIGHT_COLOURS[light], strokeColor=colors.black,
                 strokeWidth=0.3))
    return d


AREA_WIDTHS = [82 * mm, 16 * mm, 24 * mm, 24 * mm, 24 * mm]


def _table(rows: list[list], widths: list[float], *, align_right_from: int = 1) -> Table:
    """A table whose texts wrap within their columns (a long task area's name ran over its
    Kürzel, „höchstens 40 %“ into the next column)."""
    left = ParagraphStyle("share_cell", fontName=FONT, fontSize=9, leading=11)
    right = ParagraphStyle("share_value", parent=left, alignment=TA_RIGHT)
    rows = [rows[0], *([Paragraph(escape(v), right if c >= align_right_from else left)
                        if isinstance(v, str) else v for c, v in enumerate(r)]
                       for r in rows[1:])]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def area_chart(doc: dict) -> Drawing:
    """Vertical bars: share of the working time per task area (percent)."""
    d = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, WIDTH - 50, 62 * mm - 50
    chart.data = [[a["share_percent"] for a in doc["areas"]]]
    chart.categoryAxis.categoryNames = [a["code"] for a in doc["areas"]]
    chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(70, *chart.data[0]) if chart.data[0] else 70
    chart.valueAxis.valueStep = 10
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v)} %"
    chart.bars[0].fillColor = BAR
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabelFormat = lambda v: pct(v)
    chart.barLabels.nudge = 7
    d.add(chart)
    d.add(String(0, 62 * mm - 12, "Anteile an der Arbeitszeit nach Aufgabenbereich",
                 fontName=FONT_BOLD, fontSize=10))
    return d


def category_chart(doc: dict) -> Drawing | None:
    """Horizontal bars: hours per indirect category."""
    rows = [c for c in doc["categories"] if not c["direct"] and c["area"] == "IND"]
    if not rows:
        return None
    height = 24 + 14 * len(rows) + 20
    d = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 14, WIDTH - 200, 14 * len(rows)
    chart.data = [[c["minutes"] / 60 for c in reversed(rows)]]
    chart.categoryAxis.categoryNames = [c["label"] for c in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = BAR
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabelFormat = lambda v: fmt_hours(round(v * 60))
    # the figure begins just right of its bar (centred 18 pt out, a long one began on the
    # bar's outline: „69,00 Std.“ read as „59,00 Std.“)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 3
    d.add(chart)
    d.add(String(0, height - 10, "Indirekte Arbeit nach Kategorie", fontName=FONT_BOLD,
                 fontSize=10))
    return d


def trend_chart(doc: dict) -> Drawing:
    """Line: direct share per month, with the target band as two lines."""
    d = Drawing(WIDTH, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, WIDTH - 50, 62 * mm - 50
    values = [p["direct_percent"] for p in doc["trend"]]
    chart.data = [[v if v is not None else None for v in values]]
    chart.categoryAxis.categoryNames = [p["month"].split()[0][:3] for p in doc["trend"]]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v)} %"
    chart.lines[0].strokeColor = BAR
    chart.lines[0].strokeWidth = 1.6
    d.add(chart)
    direct = next((t for t in doc["targets"] if t["code"] == "direct"), None)
    if direct:
        for bound in (direct["band"]["low"], direct["band"]["high"]):
            y = chart.y + chart.height * bound / 100
            d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=BAND,
                       strokeDashArray=[3, 2], strokeWidth=0.8))
        d.add(String(chart.x + 4, chart.y + chart.height * direct["band"]["high"] / 100 + 3,
                     f"Zielbereich {direct['band_text']}", fontName=FONT, fontSize=7.5,
                     fillColor=BAND))
    d.add(String(0, 62 * mm - 12, "Direkte Arbeit im Verlauf des Schuljahres (je Monat)",
                 fontName=FONT_BOLD, fontSize=10))
    return d


def soll_ist_chart(doc: dict) -> Drawing:
    """Grouped bars: Soll and Ist hours per month."""
    d = Drawing(WIDTH, 58 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, WIDTH - 50, 58 * mm - 52
    chart.data = [[p["soll_min"] / 60 for p in doc["trend"]],
                  [p["ist_min"] / 60 for p in doc["trend"]]]
    chart.categoryAxis.categoryNames = [p["month"].split()[0][:3] for p in doc["trend"]]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#b0bec5")
    chart.bars[1].fillColor = BAR
    d.add(chart)
    d.add(String(0, 58 * mm - 12, "Soll und Ist je Monat (Stunden)", fontName=FONT_BOLD,
                 fontSize=10))
    for i, (label, colour) in enumerate((("Soll", colors.HexColor("#b0bec5")), ("Ist", BAR))):
        x = WIDTH - 90 + i * 45
        d.add(Circle(x, 58 * mm - 9, 3.5, fillColor=colour, strokeColor=colour))
        d.add(String(x + 6, 58 * mm - 12, label, fontName=FONT, fontSize=8))
    return d


def build_story(report: TimeShareReport) -> list:
    doc = as_dict(report)
    s = styles()
    story = [Paragraph(escape(f"Zeitanteile – {doc['school']}"), s["title"]),
             Paragraph(escape(f"{doc['period']['label']} ({fmt_date(report.period.first)} – "
                              f"{fmt_date(report.period.last)}) · erstellt am "
                              f"{fmt_date(today())}"), s["body"])]
    hours_row = doc["hours"]
    soll_head = "Sollzeit"
    if report.partial:
        soll_head = (f"Sollzeit bis {fmt_date(report.until)}" if report.until
                     else "Sollzeit (Zeitraum noch nicht begonnen)")
    story += [Spacer(1, 3 * mm), _table([
        [soll_head, "Istzeit", "Saldo (Über-/Minusstunden)"],
        [hours(hours_row["soll_min"]), hours(hours_row["ist_min"]),
         hours(hours_row["balance_min"])]], [WIDTH / 3] * 3, align_right_from=0)]
    if report.partial:
        story.append(Paragraph(escape(
            f"Der Zeitraum läuft noch; Sollzeit für den ganzen Zeitraum: "
            f"{hours(hours_row['soll_full_min'])}."), s["small"]))
    for problem in doc["problems"]:
        story.append(Paragraph(escape("Hinweis: " + problem), s["small"]))

    story.append(Paragraph("Zielwerte der Kooperationsvereinbarung", s["h2"]))
    rows = [["", "Zielwert", "Zielbereich", "Soll", "Ist", "Ampel"]]
    for t in doc["targets"]:
        soll = (pct(t["soll"]) if t["unit"] == "%" else
                f"{fmt_number(t['soll'], 2)} {t['unit']}")
        rows.append([_light(t["light"]), Paragraph(escape(t["label"]), s["body"]),
                     t["band_text"], soll, actual_text(t), t["light_text"]])
    story.append(_table(rows, [8 * mm, 56 * mm, 30 * mm, 20 * mm, 22 * mm, 34 * mm],
                        align_right_from=3))
    story.append(Paragraph(escape("Ampel: grün = im Zielbereich, gelb = knapp außerhalb "
                                  "(innerhalb des Spielraums), rot = außerhalb."), s["small"]))

    story.append(Paragraph("Aufgabenbereiche", s["h2"]))
    rows = [["Aufgabenbereich", "Kürzel", "Stunden", "Minuten", "Anteil"]]
    for a in doc["areas"]:
        rows.append([a["label"], a["code"], fmt_hours(a["minutes"], unit=False),
                     str(a["minutes"]), pct(a["share_percent"])])
    story += [_table(rows, AREA_WIDTHS, align_right_from=2),
              Spacer(1, 3 * mm), area_chart(doc)]

    rows = [["Kategorie", "Bereich", "Minuten", "Anteil"]]
    for c in doc["categories"]:
        rows.append([c["label"], c["area"] + (" (direkt)" if c["direct"] else ""),
                     str(c["minutes"]), pct(c["share_percent"])])
    story += [Paragraph("Kategorien", s["h2"]),
              _table(rows, [80 * mm, 34 * mm, 28 * mm, 28 * mm], align_right_from=2)]
    chart = category_chart(doc)
    if chart is not None:
        story += [Spacer(1, 3 * mm), KeepTogether(chart)]

    if len(doc["schools"]) > 1:
        rows = [["Schule", "Soll", "Ist", "Saldo", "direkt"]]
        for f in doc["schools"]:
            rows.append([f["name"], hours(f["soll_min"]), hours(f["ist_min"]),
                         hours(f["balance_min"]), pct(f["direct_percent"])])
        story += [Paragraph("Je Schule", s["h2"]),
                  _table(rows, [70 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm])]

    rows = [["Monat", "Soll", "Ist", "Saldo laufend", "direkt"]]
    for p in doc["trend"]:
        rows.append([p["month"], hours(p["soll_min"]), hours(p["ist_min"]),
                     hours(p["balance_min"]), pct(p["direct_percent"])])
    story += [Paragraph(escape(f"Verlauf im Schuljahr {doc['school_year']}"), s["h2"]),
              KeepTogether([trend_chart(doc)]), Spacer(1, 2 * mm),
              KeepTogether([soll_ist_chart(doc)]),
              _table(rows, [50 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm])]
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(
        "Direkte Arbeit: Einzelfallhilfe (mit Eltern und Lehrkräften), Gruppen- und "
        "Klassenarbeit, offene Angebote. Indirekte Arbeit: Vernetzung, Vor- und "
        "Nachbereitung, Dokumentation, Absprachen, Supervision, Fortbildung, Verwaltung, "
        "Fahrzeit, Sonstiges. Sollzeit: Stellenumfang × Wochenstunden, ohne Feiertage "
        "(Baden-Württemberg), Urlaub, Krankheit und sonstige Abwesenheit."), s["small"]))
    return story


def write_pdf(report: TimeShareReport, path: Path | str) -> Path:
    """Write the report as an A4 PDF atomically."""
    return build_pdf(path, build_story(report), title=report.title,
                     footer_note="Zeitanteile · ohne personenbezogene Daten",
                     subject="Zeitanteile der Schulsozialarbeit")


__all__ = ["write_pdf", "build_story", "GREY"]
