"""Step 4: the year-end papers – the Jahresbericht (PDF) from Statistik and the KVJS
export (csv, json, pdf, xlsx), written to real files and read back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.ui.journey import week
from tests.ui.journey.harness import in_modal_dialog


def statistics(window, qtbot, year: int):
    """Statistik (Strg+8), the school year chosen with the arrow keys, its figures
    counted."""
    area = week.area_key(window, qtbot, 8, "statistics")
    qtbot.waitUntil(lambda: area.report is not None, timeout=60_000)
    box = area.year_box
    for direction in (Qt.Key_Up, Qt.Key_Down):
        for _ in range(box.count()):
            if box.currentData() == year:
                break
            QTest.keyClick(box, direction)
    assert box.currentData() == year, [box.itemData(i) for i in range(box.count())]
    qtbot.waitUntil(lambda: area.report is not None and area.report.year == year,
                    timeout=60_000)
    return area


def kvjs_export(window, qtbot, year: int, folder: Path) -> list[str]:
    """The four KVJS files of the shown school and year written to ``folder`` (what
    „Exportieren …“ does once she chose the folder). The status line's file names."""
    area = statistics(window, qtbot, year)
    area.write_exports(folder)
    qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=60_000)
    return sorted(p.name for p in folder.iterdir())


def annual_report(window, qtbot, year: int, folder: Path) -> tuple[str, Path]:
    """„Jahresbericht …“ in Statistik (Space), „PDF erstellen …“ (Space), the dialog closed
    with Esc. Its status line and the PDF."""
    area = statistics(window, qtbot, year)
    button = next(b for b in area.findChildren(QPushButton) if b.text() == "&Jahresbericht …")
    seen: dict[str, str] = {}
    failures: list = []

    def steps(dialog):
        dialog.save_path_chooser = lambda suggested: str(folder / suggested)
        dialog.pdf_button.setFocus()
        QTest.keyClick(dialog.pdf_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: bool(dialog.message), timeout=60_000)
        seen["status"] = dialog.status.text()
        seen["path"] = dialog.status.toolTip()
        QTest.keyClick(dialog, Qt.Key_Escape)

    in_modal_dialog(steps, failures)
    button.setFocus()
    QTest.keyClick(button, Qt.Key_Space)
    if failures:
        raise failures[0]
    return seen["status"], Path(seen["path"])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def xlsx_rows(path: Path) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    return [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
