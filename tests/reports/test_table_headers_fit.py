"""A report table's texts stay inside their columns and the table inside the page's text
width: the annual report's „Zielerreichung“ (five columns) printed its four long headers on
top of each other and ran past the right margin; the time shares' „Vor- und Nachbereitung,
Dokumentation u. a. (ohne Vernetzung)“ ran over its Kürzel."""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from ssa_desktop.domain.goals import OUTCOME_LABELS as GOAL_LABELS
from ssa_desktop.paths import resource
from ssa_desktop.reports import timeshare
from ssa_desktop.reports.blocks import TEXT_WIDTH, data_table
from ssa_desktop.reports.processing_record import rules_table
from ssa_desktop.reports.style import FONT, FONT_BOLD, register_fonts
from ssa_desktop.services import processing_record

PADDING = 12   # reportlab's default cell padding, 6 pt each side


def overflowing_cells(table) -> list[str]:
    """Texts wider than their column: a plain string does not wrap; a paragraph wraps
    but not within its longest word."""
    table.wrap(TEXT_WIDTH, 1000)
    wrong = []
    for number, row in enumerate(table._cellvalues):
        for cell, width in zip(row, table._colWidths, strict=True):
            for part in cell if isinstance(cell, (list, tuple)) else [cell]:
                if isinstance(part, Paragraph):
                    if part.minWidth() + PADDING > width:
                        wrong.append(part.text)
                elif stringWidth(str(part), FONT_BOLD if number == 0 else FONT,
                                 9) + PADDING > width:
                    wrong.append(str(part))
    return wrong


def test_the_goal_table_fits():
    header = ["Schulart", *(label for _, label in GOAL_LABELS)]
    table = data_table(header, [["Realschule", "9", "7", "5", "< 3"]])
    assert sum(table._colWidths) <= TEXT_WIDTH + 0.01
    assert overflowing_cells(table) == []


def test_short_headers_keep_their_line():
    table = data_table(["Thema", "Personen"], [["Gewalt / Mobbing", "5"]])
    assert overflowing_cells(table) == []
    assert sum(table._colWidths) <= TEXT_WIDTH + 0.01
    # one line: the header row is no taller than a body row
    assert table._rowHeights[0] <= table._rowHeights[1] + 0.01


def test_comparison_table_fits():
    table = data_table(["Kennzahl", "2024/25", "2025/26", "Veränderung"],
                       [["Beratene Schüler:innen", "35", "36", "+3 %"]])
    assert overflowing_cells(table) == []


def test_time_share_labels_wrap_within_their_column():
    rows = [["Aufgabenbereich", "Kürzel", "Stunden", "Minuten", "Anteil"],
            ["Vor- und Nachbereitung, Dokumentation u. a. (ohne Vernetzung)", "IND",
             "173,75", "10425", "24,5 %"],
            ["Gemeinschaftsschule Am Lindenpark mit Außenstelle Kirchberg-Unterdorf", "GRP",
             "1,00", "60", "0,1 %"]]
    table = timeshare._table(rows, timeshare.AREA_WIDTHS, align_right_from=2)
    assert overflowing_cells(table) == []


def _split_words(table) -> list[str]:
    """Words wider than their cell (its own paddings): reportlab splits them unhyphenated."""
    table.wrap(TEXT_WIDTH, 10000)
    wrong = []
    for r, row in enumerate(table._cellvalues):
        for c, cell in enumerate(row):
            style = table._cellStyles[r][c]
            room = table._colWidths[c] - style.leftPadding - style.rightPadding
            for part in cell if isinstance(cell, (list, tuple)) else [cell]:
                words = part.text.replace("§\u00a0", "§_").split()
                wrong += [w for w in words
                          if stringWidth(w, part.style.fontName, part.style.fontSize) > room]
    return wrong


def test_the_deletion_periods_split_no_word():
    """„Übermittlungsproto|koll“, „Sch|weigepflichtentbind|ungen“, „Speicherbeg|renzung“."""
    rules = processing_record.rules_from_table(
        processing_record.read_table(resource("retention", "rules.toml")))
    register_fonts()
    table = rules_table(rules)
    assert sum(table._colWidths) <= TEXT_WIDTH + 0.01
    assert _split_words(table) == []
