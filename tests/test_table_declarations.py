"""The one declaration per table (domain/tables.py) against the real schema of a fresh
vault with every migration: a table or column nobody declared fails, and so does a
declared one that does not exist; everything a declaration names (catalogue, date,
name, JSON, Auskunft and deputy columns, the rows a school package keeps, retention kinds,
full-text indexes) exists."""

from __future__ import annotations

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.handover import EXTRAS
from ssa_desktop.domain.tables import DERIVED_PREFIXES, TABLES
from ssa_desktop.storage import repositories as repo


def _schema(conn) -> dict[str, list[str]]:
    tables = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if not n.startswith(DERIVED_PREFIXES)]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def test_every_table_and_column_of_the_schema_is_declared_and_nothing_else(conn):
    schema = _schema(conn)
    assert sorted(set(schema) - set(TABLES)) == [], "tables nobody declared"
    assert sorted(set(TABLES) - set(schema)) == [], "declared tables that do not exist"
    for name, columns in schema.items():
        declared = TABLES[name]
        assert sorted(set(columns) - set(declared.columns)) == [], f"{name}: columns nobody declared"
        assert sorted(set(declared.columns) - set(columns)) == [], f"{name}: declared columns that do not exist"
        assert len(declared.columns) == len(set(declared.columns)), f"{name}: a column declared twice"


def test_what_a_declaration_names_exists():
    kinds: set[str] = set()
    for name, t in TABLES.items():
        named = [*t.catalogues, *t.dates, *t.names, *t.json, *t.large, *t.deputy,
                 *(column for column, _label in t.fields),
                 *(column for column, _extra in t.deputy_ticked)]
        assert {extra for _column, extra in t.deputy_ticked} <= set(EXTRAS), name
        assert set(named) <= set(t.columns), (name, set(named) - set(t.columns))
        if t.handover is not None:
            for column, parent in t.handover.keeps:
                assert column in t.columns and TABLES[parent].handover is not None, (name, column)
        if t.fields:
            assert t.auskunft, f"{name}: Auskunft fields without a section"
        kinds.update(t.kinds)
    assert kinds == set(rt.KINDS), "every retention kind assesses a declared table"


def test_every_full_text_index_is_declared_by_the_table_it_copies(conn):
    indexes = {n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")}
    assert indexes == {t.search for t in TABLES.values() if t.search}
    assert set(repo.FTS_TABLES) == indexes


def test_every_mapped_table_is_declared_with_its_dataclass():
    """Its dataclass is where a captured field declares its column (``columns.captured``)."""
    assert {t.name for t in repo.ALL_TABLES} <= set(TABLES)
    from ssa_desktop.storage import documents_repo  # mapped there, not interchanged

    assert {t.name: t.cls for t in (*repo.ALL_TABLES, documents_repo.DOCUMENTS)} == {
        name: t.entity for name, t in TABLES.items() if t.entity is not None}
