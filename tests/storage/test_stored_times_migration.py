"""Migration "stored_times": a vault of an earlier release holds times an earlier import
stored as they came („9:00“, „ 9:05 “), which sort after „10:00“ in a day's list. The
update rewrites each one the rule of every way in takes (``domain/appointment_times``)
into its stored form and leaves alone what it refuses. A real old vault (the v2 fixture
brought to the schema before by the shipped migrations) is unlocked by this build; the
SQL itself is held against the Python rule value by value."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3

from ssa_desktop.domain import appointment_times
from ssa_desktop.services import appointments
from ssa_desktop.storage import migrations
from ssa_desktop.storage.connection import GuardedConnection
from ssa_desktop.storage.vault import Vault
from tests.storage.test_true_migrations import _old_vault, _raw


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def _sql() -> list[str]:
    return next(migrations._split(sql) for _v, name, sql in migrations.available()
                if name == "stored_times")


# appointment id: (start, end) as an earlier import stored it, as it is after the update
APPOINTMENTS = {
    "a-short": (("9:00", "9:45"), ("09:00", "09:45")),
    "a-blank": ((" 9:05 ", "10:00"), ("09:05", "10:00")),
    "a-stored": (("09:30", "11:00"), ("09:30", "11:00")),
    "a-refused": (("24:00", "9:00"), ("24:00", "9:00")),       # the rule refuses: kept
    "a-backwards": (("9:00", "8:00"), ("9:00", "8:00")),      # end before start: kept
}
# contact id: time as stored before, after
CONTACTS = {
    "c-short": ("9:00", "09:00"), "c-blank": (" 9:05 ", "09:05"),
    "c-stored": ("09:30", "09:30"), "c-none": ("", ""), "c-spaces": ("  ", ""),
    "c-refused": ("24:00", "24:00"), "c-word": ("morgens", "morgens"),
}


def _rows() -> list[str]:
    return [
        *(f"INSERT INTO appointment (id, person_id, day, start, \"end\") VALUES ('{i}',"
          f" 'fixture-person-1', '2026-03-02', '{s}', '{e}')"
          for i, ((s, e), _after) in APPOINTMENTS.items()),
        *(f"INSERT INTO contact (id, person_id, day, time, duration_min, kind, created)"
          f" VALUES ('{i}', 'fixture-person-1', '2026-03-02', '{t}', 30, 'beratung',"
          " '2026-03-02T10:00:00')"
          for i, (t, _after) in CONTACTS.items())]


def test_an_older_vaults_times_are_stored_as_every_way_in_stores_them(tmp_path, frozen_clock):
    folder, info = _old_vault(tmp_path, _version_of("stored_times") - 1, *_rows())
    assert _raw(folder, info, "SELECT start FROM appointment WHERE id = 'a-short'") == [("9:00",)]
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert session.schema_version() == migrations.latest_version()
        assert {i: tuple(r) for i, *r in conn.execute(
            'SELECT id, start, "end" FROM appointment WHERE id LIKE \'a-%\'')} == {
            i: after for i, (_before, after) in APPOINTMENTS.items()}
        assert dict(conn.execute("SELECT id, time FROM contact WHERE id LIKE 'c-%'")) == {
            i: after for i, (_before, after) in CONTACTS.items()}
        # the day's list: 09:00 and 09:05 before 10:00-ish ones, by their stored start
        day = [a.id for a in appointments.appointments_on(conn, date(2026, 3, 2))
               if a.id in ("a-short", "a-blank", "a-stored")]
        assert day == ["a-short", "a-blank", "a-stored"]
    finally:
        session.lock()


def _schema_29_tables(conn) -> None:
    conn.execute('CREATE TABLE appointment (id TEXT PRIMARY KEY, start TEXT, "end" TEXT)')
    conn.execute("CREATE TABLE contact (id TEXT PRIMARY KEY, time TEXT)")


SAMPLES = ["", " ", "\t", "\xa0", "9:00", " 9:00", "9:00 ", "\xa09:05\u3000", "\n9:5",
           "09:00", "0:00", "00:00", "23:59", "24:00", "9:60", "19:5", "1:000", "9.00",
           "٩:00", "9:0٠", "09:00\n", "x9:00", "9:00x", ":900", "12:30", "1230", "2:3"]


@pytest.mark.parametrize("end", ["10:00", " 9:30", "9:00", "8:59", "23:59", "24:00"])
def test_the_sql_takes_what_the_rule_takes_and_nothing_else(end):
    """Every sample as an appointment's start (with ``end``) and as a contact's time:
    the SQL stores what ``stored_times`` / ``contact_time`` store, and leaves what they
    refuse; an UPDATE counts only the rows it changes."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)
    try:
        _schema_29_tables(conn)
        for n, sample in enumerate(SAMPLES):
            conn.execute("INSERT INTO appointment VALUES (?, ?, ?)", (str(n), sample, end))
            conn.execute("INSERT INTO contact VALUES (?, ?)", (str(n), sample))
        expected_appointments, expected_contacts = {}, {}
        for n, sample in enumerate(SAMPLES):
            fits = appointment_times.times_problem(sample, end) is None
            expected_appointments[str(n)] = (
                appointment_times.stored_times(sample, end) if fits else (sample, end))
            fits = appointment_times.contact_time_problem(sample) is None
            expected_contacts[str(n)] = (
                appointment_times.contact_time(sample) if fits else sample)
        changed = sum(conn.execute(statement).rowcount for statement in _sql())
        assert {i: (s, e) for i, s, e in conn.execute("SELECT * FROM appointment")} \
            == expected_appointments
        assert dict(conn.execute("SELECT * FROM contact")) == expected_contacts
        assert changed == sum(
            after != (sample, end) for sample, after in
            zip(SAMPLES, expected_appointments.values(), strict=True)) + sum(
            after != sample for sample, after in
            zip(SAMPLES, expected_contacts.values(), strict=True))
        assert sum(conn.execute(statement).rowcount for statement in _sql()) == 0  # again
    finally:
        conn.close()
