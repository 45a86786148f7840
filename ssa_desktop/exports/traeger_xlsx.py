"""The Träger kit's workbook of one Landkreis (docs/traeger.md): a summary sheet
(„Übersicht“: the sum and a column per school) and a sheet per school, values as
``domain.traeger`` shows them (small counts of persons as "< 3"), never formulas;
written atomically (temp file, fsync, os.replace)."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ..domain.file_names import safe_file_name
from ..domain.text_safety import printable_cell
from ..domain.traeger import Book
from ..storage.files import atomic_target
from .cells import xlsx_row

SUMMARY = "Übersicht"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")
MAX_SHEET = 31  # Excel's limit for a sheet's name


def file_name(landkreis: str, year: str) -> str:
    """Traeger_<Landkreis>_<2025-26>.xlsx, valid on Windows whatever the name holds."""
    return safe_file_name(f"Traeger_{landkreis}_{year.replace('/', '-')}.xlsx")


def _append(sheet, values: list) -> None:
    sheet.append(xlsx_row([printable_cell(v) if isinstance(v, str) else v for v in values]))


def _bold_row(sheet) -> None:
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def _sheet_title(code: str, taken: set[str]) -> str:
    """A sheet name Excel takes: no ``[]:*?/\\'``, at most 31 characters, unique."""
    base = printable_cell(_SHEET_FORBIDDEN.sub("-", code)).strip()[:MAX_SHEET - 3] or "Schule"
    title, n = base, 2
    while title.casefold() in taken or title.casefold() == SUMMARY.casefold():
        title, n = f"{base}-{n}", n + 1
    taken.add(title.casefold())
    return title


def _head(sheet, book: Book, title: str) -> None:
    _append(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=14)
    _append(sheet, ["Landkreis", book.landkreis])
    _append(sheet, ["Schuljahr", book.year])
    _append(sheet, ["Hinweis", "Zahlen unter 3 Personen als „< 3“ (nach dem Zusammenführen)."])
    _append(sheet, [])


def _summary(sheet, book: Book) -> None:
    sheet.title = SUMMARY
    _head(sheet, book, f"KVJS-Kennzahlen der Schulen im Landkreis {book.landkreis}")
    _append(sheet, ["Kennzahl", "Summe", *(s.code or s.name for s in book.schools)])
    _bold_row(sheet)
    for i, line in enumerate(book.total_lines):
        _append(sheet, [line.label, *line.values,
                        *(lines[i].values[0] for lines in book.school_lines)])
    _append(sheet, [])
    _append(sheet, ["Schule", "Datei"])
    _bold_row(sheet)
    for school, source in zip(book.schools, book.sources, strict=True):
        _append(sheet, [f"{school.name} ({school.code})", source])
    for note in book.notes:
        _append(sheet, ["Hinweis", note])
    sheet.column_dimensions["A"].width = 62
    for index in range(len(book.schools) + 1):
        sheet.column_dimensions[_column(index + 2)].width = 14


def _column(number: int) -> str:
    """The letter(s) of column ``number`` (1 = A)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _school_sheet(sheet, book: Book, index: int) -> None:
    school = book.schools[index]
    _head(sheet, book, f"{school.name} ({school.code})")
    _append(sheet, ["Datei", book.sources[index]])
    _append(sheet, [])
    _append(sheet, ["Kennzahl", "Wert"])
    _bold_row(sheet)
    for line in book.school_lines[index]:
        _append(sheet, [line.label, *line.values])
        if ": " in line.label:
            sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=1)
    sheet.column_dimensions["A"].width = 62
    sheet.column_dimensions["B"].width = 14


def write(book: Book, path: Path) -> Path:
    workbook = Workbook()
    _summary(workbook.active, book)
    taken: set[str] = set()
    for index, school in enumerate(book.schools):
        _school_sheet(workbook.create_sheet(_sheet_title(school.code or school.name, taken)),
                      book, index)
    workbook.properties.creator = "SSA Desktop"
    with atomic_target(path, ".xlsx") as tmp:
        workbook.save(tmp)
    return path
