"""Horizontal bar charts of the Statistik area (painted by ``ui.common.charts``): one
chart per breakdown, the chosen school year beside the previous ones."""

from __future__ import annotations

from ..common.charts import Chart, Series


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[float]]]) -> Chart:
    """``series``: (legend, values per label), newest first; the labels read top-down."""
    chart = Chart(title, horizontal=True, legend=True,
                  # tall enough for one band per label
                  minimum_height=110 + len(labels) * (10 + 11 * max(1, len(series))))
    chart.set_data(labels, [Series(legend, tuple(float(v) for v in values))
                            for legend, values in series])
    return chart
