"""The demo fills every declared table and column (domain/tables.py): a demo vault built
by the real generator in a real SQLCipher file holds, for each of them, at least one
non-empty value. A new table or field reaches this test through its declaration; it
fails until the demo fills it or ``LEFT_EMPTY`` says why the demo must leave it empty."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.demo import create_demo_vault
from ssa_desktop.domain.tables import TABLES
from tests.support.vaults import FAST_KDF, PASSPHRASE

TODAY = date(2026, 3, 12)  # a Thursday in term time

# Tables and columns a demo vault leaves empty, each with the reason.
LEFT_EMPTY: dict[str, str] = {
    "document": "a document's content is a file beside the database under its own key, "
                "written by services.documents; the demo writes rows in bulk only",
    "letter_template": "holds a template she imported (a DOCX or PDF form of her own); the "
                       "demo uses the built-in letters (the crawl's \"letter-kept\" "
                       "operation imports one)",
    "stopwatch": "holds only a stopwatch that is running right now; a fresh demo has none",
    "handover_item": "filled only while a school package is out (Übergabe an die Schule); "
                     "a demo never hands data over",
    "school_year_change.postponed": "set only when she postpones the Schuljahreswechsel; the "
                                    "demo has it done for every school",
    "rule_pack": "holds a rule pack she took from her Träger; the demo works under the "
                 "shipped pack (the crawl's \"rule-pack\" operation takes one)",
    "rule_pack_year": "records a year's pack when the year is exported or delivered or a "
                      "new pack comes; the demo does neither",
    "deletion_log.backup_expiry": "the day the newest backup holding the deleted data expires; "
                                  "a demo vault has no backups",
    "file_intent": "the overwrite journal: a row lives from a file's replace to its "
                   "disclosure's commit, or to the next unlock after a kill; a demo "
                   "writes no file",
}

# What counts as empty: no value, an empty text, a zero or false, an empty list or object.
_EMPTY = "('', '0', '0.0', '[]', '{}')"


def _filled(conn, table: str, column: str) -> bool:
    return conn.execute(
        f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE "{column}" IS NOT NULL'
        f' AND CAST("{column}" AS TEXT) NOT IN {_EMPTY})').fetchone()[0] == 1


@pytest.fixture(scope="module")
def demo_conn(tmp_path_factory):
    session = create_demo_vault(tmp_path_factory.mktemp("demo") / "tresor", PASSPHRASE,
                                years=3, params=FAST_KDF, today=TODAY)
    yield session.conn
    session.lock()


def test_every_declared_table_holds_rows(demo_conn):
    empty = [name for name in TABLES if name not in LEFT_EMPTY
             and demo_conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0]
    assert empty == [], "declared tables the demo leaves empty"


def test_every_declared_column_holds_a_value(demo_conn):
    filled_tables = [(name, table) for name, table in TABLES.items() if name not in LEFT_EMPTY
                     and demo_conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]]
    empty = [f"{name}.{column}" for name, table in filled_tables   # empty tables: test above
             for column in table.columns
             if f"{name}.{column}" not in LEFT_EMPTY and not _filled(demo_conn, name, column)]
    assert empty == [], "declared columns that hold no value in a demo vault"


def test_what_is_left_empty_is_declared_and_really_empty(demo_conn):
    """An entry of ``LEFT_EMPTY`` names a declared table or column that the demo does
    leave empty: one the demo has come to fill is taken off the list."""
    for entry in LEFT_EMPTY:
        name, _, column = entry.partition(".")
        assert name in TABLES and (not column or column in TABLES[name].columns), entry
        if column:
            assert not _filled(demo_conn, name, column), f"{entry} is filled: take it off the list"
        else:
            assert demo_conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0, entry
