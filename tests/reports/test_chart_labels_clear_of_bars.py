"""A bar's figure stands beside the bar, not on its edge: in the time shares' „Indirekte
Arbeit nach Kategorie“ the label began where the bar ended, so „69,00 Std.“ read as
„59,00 Std.“ (its first digit under the bar's outline)."""
from reportlab.graphics.shapes import Group, Rect, String
from reportlab.graphics.widgetbase import Widget
from reportlab.pdfbase.pdfmetrics import stringWidth

from ssa_desktop.reports import timeshare
from ssa_desktop.reports.style import register_fonts


def _shapes(node, kind, dx=0.0, dy=0.0):
    """Shapes of ``kind`` with the offset of the groups (translations only) above them;
    a widget (a bar's label) as the shapes it draws."""
    if isinstance(node, Widget):
        node = node.draw()
    if isinstance(node, kind):
        yield node, dx, dy
    if isinstance(node, Group):
        a, b, c, d, e, f = node.transform
        assert (a, b, c, d) == (1, 0, 0, 1)
        for child in node.contents:
            yield from _shapes(child, kind, dx + e, dy + f)


def _left(label: String, dx: float) -> float:
    width = stringWidth(label.text, label.fontName, label.fontSize)
    return dx + {"start": label.x, "middle": label.x - width / 2,
                 "end": label.x - width}[label.textAnchor]


def test_each_hours_label_starts_after_its_bar():
    doc = {"categories": [
        {"label": name, "minutes": minutes, "direct": False, "area": "IND"}
        for name, minutes in (("Vor- und Nachbereitung", 1980), ("Dokumentation", 4140),
                              ("Supervision", 650), ("Fortbildung", 2765))]}
    register_fonts()
    drawing = timeshare.category_chart(doc)
    group = drawing.expandUserNodes()
    bars = [(r, dy) for r, _dx, dy in _shapes(group, Rect) if r.height < 14 and r.width > 1]
    labels = [(s, dx, dy) for s, dx, dy in _shapes(group, String) if s.text.endswith("Std.")]
    assert len(labels) == 4 and len(bars) == 4
    for label, dx, dy in labels:
        bar, _ = min(bars, key=lambda b: abs(b[0].y + b[1] + b[0].height / 2 - label.y - dy))
        assert _left(label, dx) >= bar.x + bar.width + 1, label.text
        assert _left(label, dx) + stringWidth(label.text, label.fontName,
                                              label.fontSize) <= drawing.width
