"""The long ("tidy") table of a folder of KVJS exports (docs/traeger.md, „Lange Tabelle“):
one row per file (a post's or a school's scope) × figure id × value, for any analysis
engine (DuckDB, pandas, R). Stable figure ids (``efh_contacts``, a keyed figure's key
after a dot: ``efh_pupils_by_gender.m``), ISO dates, numbers with a decimal point, no
display words; plain UTF-8 CSV, comma-separated. Parquet: the DuckDB recipe
(docs/recipes/kvjs_duckdb.sql) turns the CSV into it in one statement."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..domain import kvjs
from ..domain.schoolyear import SchoolYear
from ..domain.traeger import Delivery
from ..storage.files import atomic_write_bytes

COLUMNS = ("school_year", "period_from", "period_to", "scope_kind", "scope_code",
           "school_number", "landkreis", "file", "created", "figure", "value")


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
