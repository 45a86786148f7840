"""The printed Zielverlauf (for the Hilfeplangespräch) with a rating every week: no date
under the line is printed over another („Beginn“ and the newest always there; every date
stands in the sheet's table). Twenty weekly dates were printed 5 mm apart, 13 mm wide."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import String
from reportlab.pdfbase.pdfmetrics import stringWidth

from ssa_desktop.formatting import fmt_date
from ssa_desktop.reports.goal_trend import TrendSheet, trend_drawing

ANCHORS = (("-2", "fehlt oft"), ("-1", "fehlt zwei Tage"), ("0", "fehlt einen Tag"),
           ("+1", "fehlt selten"), ("+2", "fehlt nie"))


def _sheet(weeks: int) -> TrendSheet:
    days = [fmt_date(date(2025, 9, 15) + timedelta(weeks=w)) for w in range(weeks + 1)]
    points = tuple((day, ANCHORS[n * 5 // (weeks + 1)][0], "", "Stelleninhaberin")
                   for n, day in enumerate(days))
    return TrendSheet("Zielverlauf – K-17", "Jeden Tag in die Schule", "", "GAS",
                      ANCHORS, points)


def _dates(drawing) -> list[tuple[str, float, float]]:
    """(text, left, right) of the texts under the line, left to right."""
    out = []
    for shape in drawing.contents:
        if isinstance(shape, String) and shape.y < 5:
            width = stringWidth(shape.text, shape.fontName, shape.fontSize)
            left = shape.x - width / 2 if shape.textAnchor == "middle" else shape.x
            out.append((shape.text, left, left + width))
    return sorted(out, key=lambda d: d[1])


def test_weekly_dates_are_printed_apart():
    sheet = _sheet(20)
    dates = _dates(trend_drawing(sheet))
    assert dates[0][0] == "Beginn" and dates[-1][0] == sheet.points[-1][0]
    for (a, _l, right), (b, left, _r) in zip(dates, dates[1:], strict=False):
        assert right < left, f"„{a}“ and „{b}“ are printed over each other"


def test_a_few_ratings_keep_every_date():
    sheet = _sheet(3)
    assert [d[0] for d in _dates(trend_drawing(sheet))] == (
        ["Beginn"] + [p[0] for p in sheet.points[1:]])
