"""Spreadsheet cells that cannot run anything (CSV/formula injection).

A spreadsheet treats a cell beginning with ``=``, ``+``, ``-`` or ``@`` (and, after a
leading tab or carriage return, the same) as a formula: a school name
``=HYPERLINK(…)`` or a category ``=cmd|' /C calc'!A0`` typed into the vault would run
when the Träger opens the export. Every exporter writes its cells through ``cell``
(``csv_writer`` for CSV, ``xlsx_row`` for openpyxl): such text gets a leading
apostrophe, which spreadsheets show as text. Numbers stay numbers: a value that is a
number (``-3,5``, ``+12``, ``-1.234,5``) is left as it is, and so is every non-text value.
"""

from __future__ import annotations

import csv
import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*(?:\s?%)?")
# Characters an xlsx file cannot hold (openpyxl refuses them): C0 controls but tab, LF, CR.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell(value):
    """``value`` made safe for a spreadsheet cell (text only; numbers unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def row(values) -> list:
    return [cell(v) for v in values]


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, values) -> None:
        self._writer.writerow(row(values))


def csv_writer(buffer, **kwargs) -> _SafeWriter:
    """A ``csv.writer`` whose every cell goes through ``cell``."""
    return _SafeWriter(csv.writer(buffer, **kwargs))


def xlsx_row(values) -> list:
    """A row for ``openpyxl`` ``append``: neutralised, and without the control characters
    an xlsx file cannot hold (openpyxl would refuse the whole workbook)."""
    return [_ILLEGAL_XML.sub("", v) if isinstance(v, str) else v for v in row(values)]
