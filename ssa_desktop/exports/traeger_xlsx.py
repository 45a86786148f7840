"""The Träger kit's workbook of one Landkreis (docs/traeger.md): a summary sheet
(„Übersicht“: the sum and a column per school) and a sheet per school, values as
``domain.traeger`` shows them (small counts of persons as "< 3"), never formulas;
written in openpyxl's streaming mode (a Träger's forty schools stay fast and small) and
atomically (temp file, fsync, os.replace)."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.file_names import safe_file_name
from ..domain.text_safety import printable_cell
from ..domain.traeger import Book, School
from ..storage.files import atomic_target
from .cells import xlsx_row

SUMMARY = "Übersicht"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")
MAX_SHEET = 31  # Excel's limit for a sheet's name
_BOLD, _TITLE, _INDENT = Font(bold=True), Font(bold=True, size=14), Alignment(indent=1)


def file_name(landkreis: str, year: str) -> str:
    """Traeger_<Landkreis>_<2025-26>.xlsx, valid on Windows whatever the name holds."""
    return safe_file_name(f"Traeger_{landkreis}_{year.replace('/', '-')}.xlsx")


def _append(sheet, values: list, *, font: Font | None = None, first: Alignment | None = None
            ) -> None:
    """One row of cells that cannot run anything (``exports/cells.py``); ``font`` for
    each cell, ``first`` the alignment of the first. Only a styled cell is a cell
    object; the others stay plain values (streaming mode writes those fastest)."""
    row: list = xlsx_row([printable_cell(v) if isinstance(v, str) else v for v in values])
    if font is not None:
        row = [_styled(sheet, v, font=font) for v in row]
    elif first is not None and row:
        row[0] = _styled(sheet, row[0], alignment=first)
    sheet.append(row)


def _styled(sheet, value, *, font: Font | None = None, alignment: Alignment | None = None
            ) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _sheet_title(code: str, taken: set[str]) -> str:
    """A sheet name Excel takes: no ``[]:*?/\\'``, at most 31 characters, unique, not
    „History“ (Excel reserves it for change tracking and refuses the whole workbook)."""
    base = printable_cell(_SHEET_FORBIDDEN.sub("-", code)).strip()[:MAX_SHEET - 3] or "Schule"
    title, n = base, 2
    while title.casefold() in taken or title.casefold() in (SUMMARY.casefold(), "history"):
        title, n = f"{base}-{n}", n + 1
    taken.add(title.casefold())
    return title


def _widths(sheet, values: int) -> None:
    """The label column wide, ``values`` value columns after it (set before any row)."""
    sheet.column_dimensions["A"].width = 62
    for index in range(2, values + 2):
        sheet.column_dimensions[get_column_letter(index)].width = 14


def _head(sheet, book: Book, title: str) -> None:
    _append(sheet, [title], font=_TITLE)
    _append(sheet, ["Landkreis", book.landkreis])
    _append(sheet, ["Schuljahr", book.year])
    _append(sheet, ["Hinweis", "Zahlen unter 3 Personen als „< 3“ (nach dem Zusammenführen)."])
    _append(sheet, [])


def _summary(sheet, book: Book) -> None:
    _widths(sheet, len(book.schools) + 1)
    _head(sheet, book, f"KVJS-Kennzahlen der Schulen im Landkreis {book.landkreis}")
    _append(sheet, ["Kennzahl", "Summe", *(_column(s) for s in book.schools)], font=_BOLD)
    for i, line in enumerate(book.total_lines):
        _append(sheet, [line.label, *line.values,
                        *(lines[i].values[0] for lines in book.school_lines)],
                first=_INDENT if ": " in line.label else None)
    _append(sheet, [])
    _append(sheet, ["Schule", "Datei"], font=_BOLD)
    for school, source in zip(book.schools, book.sources, strict=True):
        _append(sheet, [_school_text(school), source])
    for note in book.notes:
        _append(sheet, ["Hinweis", note])


def _column(school: School) -> str:
    """A school's column: its code (its name without one), with its Schulnummer."""
    shown = school.code or school.name
    return f"{shown} ({school.number})" if school.number else shown


def _school_text(school: School) -> str:
    number = f", Schulnummer {school.number}" if school.number else ""
    return f"{school.name} ({school.code}{number})"


def _school_sheet(sheet, book: Book, index: int) -> None:
    school = book.schools[index]
    _widths(sheet, 1)
    _head(sheet, book, _school_text(school))
    _append(sheet, ["Datei", book.sources[index]])
    _append(sheet, [])
    _append(sheet, ["Kennzahl", "Wert"], font=_BOLD)
    for line in book.school_lines[index]:
        _append(sheet, [line.label, *line.values], first=_INDENT if ": " in line.label else None)


def write(book: Book, path: Path) -> Path:
    # the streaming sheets are built once the temp file is there: a target that cannot be
    # written leaves no half-written sheet behind
    with atomic_target(path, ".xlsx") as tmp:
        workbook = Workbook(write_only=True)
        _summary(workbook.create_sheet(SUMMARY), book)
        taken: set[str] = set()
        for index, school in enumerate(book.schools):
            _school_sheet(workbook.create_sheet(_sheet_title(school.code or school.name,
                                                             taken)), book, index)
        workbook.properties.creator = "SSA Desktop"
        workbook.save(tmp)
    return path
