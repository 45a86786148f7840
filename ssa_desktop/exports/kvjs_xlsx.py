"""KVJS export as an Excel workbook in the form's layout: German labels, values (never
formulas), one sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ..storage.files import atomic_target
from .cells import xlsx_row
from .kvjs_document import difference_lines, header_lines

SHEET = "Erhebungsbogen"


def write(doc: dict, path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(xlsx_row([doc["template"]["title"]]))
    sheet["A1"].font = Font(bold=True, size=14)
    for label, text in header_lines(doc):
        sheet.append(xlsx_row([label, text]))
    section = None
    for f in doc["fields"]:
        if f["section"] != section:
            section = f["section"]
            sheet.append([])
            sheet.append(xlsx_row([section]))
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.append(xlsx_row([f["label"], f["value"]]))
        if f["sub"]:
            sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=2)
    changes = difference_lines(doc)
    if changes:
        sheet.append([])
        sheet.append(xlsx_row(["Abweichungen zu den abgegebenen Zahlen"]))
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        for label, text in changes:
            sheet.append(xlsx_row([label, text]))
    sheet.column_dimensions["A"].width = 62
    sheet.column_dimensions["B"].width = 40
    book.properties.creator = "SSA Desktop"
    with atomic_target(path, ".xlsx") as tmp:
        book.save(tmp)
    return path
