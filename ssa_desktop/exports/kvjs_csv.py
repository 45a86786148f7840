"""KVJS export as CSV for German Excel: semicolon, decimal comma, UTF-8 with BOM."""

from __future__ import annotations

import io
from pathlib import Path

from ..storage.files import atomic_write_bytes
from .cells import csv_writer
from .kvjs_document import column_types, header_lines, number


def write(doc: dict, path: Path) -> Path:
    buffer = io.StringIO()
    out = csv_writer(buffer, delimiter=";", lineterminator="\r\n")
    for label, text in header_lines(doc):
        out.writerow([label, text])
    out.writerow([])
    types = column_types(doc)
    out.writerow(["Abschnitt", "Feld", "Wert", *(label for _, label in types)])
    for f in doc["fields"]:
        columns = f.get("columns")
        out.writerow([f["section"], ("  " if f["sub"] else "") + f["label"], number(f["value"]),
                      *((number(columns.get(code)) for code, _ in types) if columns else ())])
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    return path
