"""The painted charts that replaced QtCharts (issue 21): round axis steps, the axis
reaching the highest value, and bars where the numbers say (read back from the pixels of
the real widget)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtGui import QColor

from ssa_desktop.ui.common.charts import Chart, Series, axis_top, nice_step

BLUE = QColor("#4a6fa5")


@pytest.mark.parametrize(("top", "step"), [(100, 20), (60, 20), (50, 10), (12, 2.5),
                                           (7.3, 2), (1, 0.2), (0, 1.0), (1000, 200)])
def test_round_steps(top, step):
    assert nice_step(top) == pytest.approx(step)


@given(st.floats(min_value=0.01, max_value=1e6))
@example(20.0)
@example(20.000001)
def test_the_axis_reaches_the_highest_value_in_about_five_round_steps(maximum):
    step = nice_step(maximum)
    top = axis_top(maximum, step)
    assert top >= maximum * (1 - 1e-9) and top - maximum < step * 1.0001
    assert 2 <= round(top / step) <= 10
    mantissa = step / 10 ** int(f"{step:e}".split("e")[1])
    assert round(mantissa, 6) in (1, 2, 2.5, 5)


def _blue_columns(image, y: int) -> list[int]:
    return [x for x in range(image.width()) if QColor(image.pixel(x, y)) == BLUE]


def test_upright_bars_are_as_high_as_their_values(qtbot):
    chart = Chart("Test")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_data(["A", "B"], [Series("x", (50.0, 100.0), BLUE)], fixed_top=100.0)
    image = chart.grab().toImage()
    heights = []
    for x in (range(0, 200), range(200, 400)):
        column = [y for y in range(300) for xx in x if QColor(image.pixel(xx, y)) == BLUE]
        heights.append(max(column) - min(column) + 1 if column else 0)
    assert heights[0] > 0 and heights[1] == pytest.approx(2 * heights[0], abs=2)


def test_lying_bars_read_top_down_and_a_gap_draws_nothing(qtbot):
    chart = Chart("Test", horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_data(["oben", "mitte", "unten"], [Series("x", (10.0, 0.0, 5.0), BLUE)])
    image = chart.grab().toImage()
    rows = [y for y in range(300) if _blue_columns(image, y)]
    top_bar = len(_blue_columns(image, rows[0]))
    bottom_bar = len(_blue_columns(image, rows[-1]))
    assert top_bar == pytest.approx(2 * bottom_bar, abs=2)
    gaps = [y for y in range(rows[0], rows[-1]) if not _blue_columns(image, y)]
    assert len(gaps) > 20


def test_clear_leaves_the_title_only(qtbot):
    chart = Chart("Test")
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data(["A"], [Series("x", (3.0,), BLUE)])
    chart.clear()
    image = chart.grab().toImage()
    assert not any(_blue_columns(image, y) for y in range(200))


def test_long_labels_break_at_spaces_and_end_in_an_ellipsis_instead_of_being_cut(qtbot):
    from PySide6.QtGui import QFont, QFontMetricsF

    from ssa_desktop.ui.common.charts import fit_lines

    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Vernetzung und")
    assert fit_lines(metrics, "Vernetzung und Kooperation", width, 2) == ["Vernetzung und",
                                                                          "Kooperation"]
    lines = fit_lines(metrics, "Absprachen und Kooperation mit Lehrkräften", width, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert fit_lines(metrics, "Dokumentationspflichten", width / 2, 2)[0].endswith("…")
    assert fit_lines(metrics, "", width, 2) == []


def test_a_slash_is_a_place_to_break(qtbot):
    from PySide6.QtGui import QFont, QFontMetricsF

    from ssa_desktop.ui.common.charts import fit_lines

    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Nachbereitung") + 1
    first, second = fit_lines(metrics, "Vor-/Nachbereitung u. a.", width, 2)
    assert first == "Vor-/" and second.startswith("Nachbereit") and second.endswith("…")
    wide = metrics.horizontalAdvance("Vor-/Nachbereitung") + 1
    assert fit_lines(metrics, "Vor-/Nachbereitung u. a.", wide, 2) == ["Vor-/Nachbereitung",
                                                                       "u. a."]


def test_a_long_category_name_takes_a_third_line_instead_of_an_ellipsis(qtbot):
    # Arbeitszeit's „Anteile nach Aufgabenbereich“ at 200 % showed „Vor-/Nachbereitu…“
    from PySide6.QtGui import QFont, QFontMetricsF

    from ssa_desktop.ui.common.charts import fit_lines, lines_needed

    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Nachbereitung") + 1
    names = ["Beratung", "Gruppen", "Offene Angebote", "Vernetzung", "Vor-/Nachbereitung u. a."]
    assert lines_needed(metrics, names, width) == 3
    assert fit_lines(metrics, names[-1], width, 3) == ["Vor-/", "Nachbereitung", "u. a."]
    assert lines_needed(metrics, names[:4], width) == 2       # two lines where they do
    # a word wider than the bar's room is shortened at the third line, never cut at the edge
    assert lines_needed(metrics, ["Dokumentationspflichten"], width / 2) == 3
