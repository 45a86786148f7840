"""Every table of the vault, what it holds and which deletion rule reaches it (docs/retention.md "Jede Tabelle hat eine Regel").

The declarations themselves are in ``domain/tables.py`` (one per table: the columns
that hold free text or personal data, ``personal``; the columns that hold neither,
``plain``; the rule that deletes or empties the personal columns, ``rule`` with ``how``,
or for a table without any the reason why none is needed). This module is their view as
the deletion inventory; ``tests/test_table_declarations.py`` compares them with the real
schema.
"""

from __future__ import annotations

from ..domain.tables import DERIVED_PREFIXES, TABLES, Declared

Coverage = Declared
INVENTORY: dict[str, Coverage] = TABLES

__all__ = ["DERIVED_PREFIXES", "INVENTORY", "Coverage"]
