"""The long ("tidy") table of a folder of KVJS exports (docs/traeger.md, „Lange Tabelle“):
one row per file (a post's or a school's scope) × figure id × value, for any analysis
engine (DuckDB, pandas, R). Stable figure ids (``efh_contacts``, a keyed figure's key
after a dot: ``efh_pupils_by_gender.m``), ISO dates, numbers with a decimal point, no
display words; plain UTF-8 CSV, comma-separated, or Parquet with fixed column types
(``PARQUET_TYPES``), written by DuckDB, which is imported only while a Parquet file is
written (the GUI's day and the start never load it)."""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from ..domain import kvjs
from ..domain.schoolyear import SchoolYear
from ..domain.traeger import Delivery, KitError
from ..storage.files import atomic_target, atomic_write_bytes, write_failed

COLUMNS = ("school_year", "period_from", "period_to", "scope_kind", "scope_code",
           "school_number", "landkreis", "file", "created", "figure", "value")
# The Parquet file's column types, one per column: text stays text (the Schulnummer keeps
# its leading zero, ``created`` its ISO text: a date or a date and time), the period is a
# DATE, every value an exact DECIMAL(18,4) (counts exactly, FTE with its four places;
# sums never drift as doubles do)
PARQUET_TYPES = ("VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
                 "VARCHAR", "VARCHAR", "VARCHAR", "DECIMAL(18,4)")
PLACES = 4


def figure_values(aggregates: dict) -> Iterator[tuple[str, int | float]]:
    """(figure id, value) of every figure the file has, in the figures' order."""
    for spec in kvjs.AGGREGATES:
        if spec.name not in aggregates:
            continue  # an older release did not count it: no row, never a 0
        value = aggregates[spec.name]
        if spec.is_dict:
            yield from ((f"{spec.name}.{key}", value[key]) for key in spec.keys if key in value)
        else:
            yield spec.name, value


def rows(deliveries: Iterable[Delivery]) -> Iterator[tuple]:
    for d in deliveries:
        year = SchoolYear.parse(d.year)
        first, last = d.period or (year.start, year.end)  # a school's part of the year
        number = d.schools[0].number if d.kind == "school" else ""  # a post: several
        head = (d.year, first.isoformat(), last.isoformat(), d.kind, d.code, number,
                d.landkreis, d.file, d.created)
        for figure, value in figure_values(d.aggregates):
            yield (*head, figure, value)


def write_csv(deliveries: Iterable[Delivery], path: Path) -> Path:
    """The long table as CSV, written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(deliveries))
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))
    return path


def connect():
    """An in-memory DuckDB that fetches and installs nothing (its Parquet writer is built
    into the wheel), on one thread beside the GUI."""
    import duckdb  # a large library: loaded only when she writes a Parquet file

    return duckdb.connect(config={"autoinstall_known_extensions": False,
                                  "autoload_known_extensions": False, "threads": 1})


def write_parquet(deliveries: Iterable[Delivery], path: Path) -> Path:
    """The long table as Parquet (``PARQUET_TYPES``), written atomically: DuckDB writes a
    temp file beside ``path``, which is fsynced and then replaces ``path``."""
    import duckdb

    table = [(*row[:-1], _decimal(row)) for row in rows(deliveries)]
    columns = [list(column) for column in zip(*table, strict=True)] if table else \
        [[] for _ in COLUMNS]
    select = ", ".join(f"CAST(unnest(${i}) AS {kind}) AS {name}" for i, (name, kind)
                       in enumerate(zip(COLUMNS, PARQUET_TYPES, strict=True), start=1))
    with atomic_target(Path(path), ".parquet.tmp") as tmp:
        con = connect()
        try:
            con.sql(f"SELECT {select}", params=columns).write_parquet(str(tmp))
        except duckdb.Error as err:
            raise _write_failed(Path(path), err) from None
        finally:
            con.close()
    return Path(path)


def _decimal(row: tuple) -> str:
    """The value as exact text for DECIMAL(18,4); a value with more places (a file edited
    by hand) is refused by name, never rounded silently."""
    value = Decimal(str(row[-1]))
    exponent = value.as_tuple().exponent  # a letter for NaN and infinity
    if not isinstance(exponent, int) or exponent < -PLACES or abs(value) >= 10 ** (18 - PLACES):
        raise KitError(f"„{row[7]}“: der Wert {row[-1]} von {row[-2]} hat mehr als "
                       f"{PLACES} Nachkommastellen oder ist zu groß für die Parquet-Datei; "
                       "es wurde nichts geschrieben.")
    return str(value)


def _write_failed(target: Path, err: Exception) -> Exception:
    """DuckDB's write error as the German sentence of every other writer
    (``storage.files.write_failed``); its own text is English and names the temp file."""
    text = str(err)
    number = re.search(r'"errno":\s*"(\d+)"', text)
    if number:
        code = int(number[1])
    elif "not enough space on the disk" in text:  # Windows
        code = errno.ENOSPC
    elif "Permission denied" in text or "Access is denied" in text:
        code = errno.EACCES
    else:
        code = errno.EIO
    cause = (PermissionError if code == errno.EACCES else OSError)(code, os.strerror(code))
    return write_failed(target, cause)
