"""The captured fields, filled from their declaration: every column an entity declares
with ``columns.captured(…, catalogue=…)`` gets, in a share of its rows, a code of its
catalogue – a new field of that kind needs no line of its own here.

Each column draws from a random source of its own (the seed, the table and the column),
so the rows the features draw stay as they were and a field added later leaves every
value drawn before as it is. The codes are drawn evenly: plausible in their share, not
in their pairing with the row's other values (the tests of the demo pin the features'
data; these values by the tests of this module)."""

from __future__ import annotations

import random
from collections.abc import Mapping

from ..domain.columns import declared_columns
from ..domain.tables import TABLES, Declared

SHARE = 0.05  # of the rows of a table that get a code in each such column


def fill_captured(out: Mapping[str, list], seed: int,
                  tables: Mapping[str, Declared] = TABLES) -> None:
    """Set a code in a share of the rows ``out`` holds per table, for every captured
    column with a catalogue (a list column gets one code)."""
    for name, table in tables.items():
        if table.entity is None or not out.get(name):
            continue
        for column in declared_columns(table.entity):
            if column.catalogue is None:
                continue
            rng = random.Random(f"captured-{seed}-{name}-{column.name}")
            codes = column.catalogue.codes()
            for row in out[name]:
                if rng.random() < SHARE:
                    code = rng.choice(codes)
                    is_list = isinstance(getattr(row, column.name), tuple)
                    setattr(row, column.name, (code,) if is_list else code)

