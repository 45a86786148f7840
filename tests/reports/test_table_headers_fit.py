"""A report table's header texts stay inside their columns and the table inside the
page's text width: the annual report's „Zielerreichung“ (five columns) printed its four
long headers on top of each other and ran past the right margin."""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from ssa_desktop.reports.blocks import TEXT_WIDTH, data_table
from ssa_desktop.reports.style import FONT_BOLD
from ssa_desktop.domain.goals import OUTCOME_LABELS as GOAL_LABELS

PADDING = 12   # reportlab's default cell padding, 6 pt each side


def overflowing_headers(header, rows, **kwargs) -> list[str]:
    table = data_table(header, rows, **kwargs)
    table.wrap(TEXT_WIDTH, 1000)
    wrong = []
    for cell, width in zip(table._cellvalues[0], table._colWidths, strict=True):
        for part in cell if isinstance(cell, (list, tuple)) else [cell]:
            if isinstance(part, Paragraph):
                if part.minWidth() + PADDING > width:
                    wrong.append(part.text)
            elif stringWidth(str(part), FONT_BOLD, 9) + PADDING > width:
                wrong.append(str(part))
    return wrong


def test_the_goal_table_fits():
    header = ["Schulart", *(label for _, label in GOAL_LABELS)]
    table = data_table(header, [["Realschule", "9", "7", "5", "< 3"]])
    assert sum(table._colWidths) <= TEXT_WIDTH + 0.01
    assert overflowing_headers(header, [["Realschule", "9", "7", "5", "< 3"]]) == []


def test_short_headers_keep_their_line():
    table = data_table(["Thema", "Personen"], [["Gewalt / Mobbing", "5"]])
    width, _height = table.wrap(TEXT_WIDTH, 1000)
    assert width <= TEXT_WIDTH + 0.01
    assert overflowing_headers(["Thema", "Personen"], [["Gewalt / Mobbing", "5"]]) == []
    # one line: the header row is no taller than a body row
    assert table._rowHeights[0] <= table._rowHeights[1] + 0.01


def test_comparison_table_fits():
    header = ["Kennzahl", "2024/25", "2025/26", "Veränderung"]
    assert overflowing_headers(header, [["Beratene Schüler:innen", "35", "36", "+3 %"]]) == []
