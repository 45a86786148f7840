"""KVJS export as an Excel workbook in the form's layout: German labels, values (never
formulas), one sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ..domain.text_safety import printable_cell
from ..storage.files import atomic_target
from .cells import xlsx_row
from .kvjs_document import column_types, difference_lines, header_lines

SHEET = "Erhebungsbogen"


def _append(sheet, values: list) -> None:
    """One row of text a cell can hold: no control characters (openpyxl refuses them,
    e.g. in a school name), no direction overrides, and no text a spreadsheet would run
    as a formula (``exports/cells.py``); numbers unchanged."""
    sheet.append(xlsx_row([printable_cell(v) if isinstance(v, str) else v for v in values]))


def write(doc: dict, path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    _append(sheet, [doc["template"]["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, text in header_lines(doc):
        _append(sheet, [label, text])
    section = None
    types = column_types(doc)
    for f in doc["fields"]:
        if f["section"] != section:
            section = f["section"]
            _append(sheet, [])
            _append(sheet, [section])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            if types and "columns" in f:  # Gesamt and one column per Schulart
                _append(sheet, ["", "Gesamt", *(label for _, label in types)])
                for col in range(2, len(types) + 3):
                    sheet.cell(sheet.max_row, col).font = Font(bold=True)
        columns = f.get("columns")
        _append(sheet, [f["label"], f["value"],
                      *((columns.get(code) for code, _ in types) if columns else ())])
        if f["sub"]:
            sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=2)
    changes = difference_lines(doc)
    if changes:
        _append(sheet, [])
        _append(sheet, ["Abweichungen zu den abgegebenen Zahlen"])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        for label, text in changes:
            _append(sheet, [label, text])
    sheet.column_dimensions["A"].width = 62
    sheet.column_dimensions["B"].width = 40 if not types else 14
    for index in range(len(types)):
        sheet.column_dimensions[chr(ord("C") + index)].width = 22
    book.properties.creator = "SSA Desktop"
    with atomic_target(path, ".xlsx") as tmp:
        book.save(tmp)
    return path
