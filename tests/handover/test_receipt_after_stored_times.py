"""A school package written before migration 0030 (stored_times), its receipt confirmed
after it. The release before stored a time an import brought as it came („9:00“), and the
package's manifest holds the digest of each row as it was stored then. The update rewrites
the vault's „9:00“ as 09:00; the receipt must still see such a row as unchanged (it goes,
no follow-up package for it), and a time really changed since the package as changed.

The release before is this code with the migrations it shipped (up to schema 29): its
package writing and its receive store and digest rows the same way; only the update's
rewrite of the times is new. The vault is the real v2 fixture brought to schema 29."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover_confirm, handover_school
from ssa_desktop.storage import migrations
from ssa_desktop.storage.vault import Vault
from tests.handover.conftest import BEFORE
from tests.storage.test_true_migrations import _old_vault, _raw
from tests.support.vaults import FAST_KDF

SCHOOL = "fixture-school-1"
WRITTEN = date(2026, 11, 20)     # the package, with the release before
RECEIVED = date(2026, 11, 23)    # the successor reads it in (the release before)
CONFIRMED = date(2026, 11, 27)   # after the update: her receipt is confirmed

# As an import of the release before stored them (tests/storage/test_stored_times_migration.py)
OLD_ROWS = (
    "INSERT INTO appointment (id, person_id, school_id, day, start, \"end\") VALUES"
    " ('a-nine', 'fixture-person-1', 'fixture-school-1', '2026-12-02', '9:00', '9:45')",
    "INSERT INTO appointment (id, person_id, school_id, day, start, \"end\") VALUES"
    " ('a-ten', 'fixture-person-2', 'fixture-school-1', '2026-12-03', '10:00', '10:30')",
    "UPDATE contact SET time = '9:00' WHERE id = 'fixture-contact-1'",
)
PERSONS = ("fixture-person-1", "fixture-person-2")


def _handed_over_before_the_update(tmp_path, release_before, *tamper: str):
    """Her vault of schema 29 with ``OLD_ROWS``; the school package written and received
    with the release before. Returns (her vault folder, passphrase, receipt path)."""
    folder, info = _old_vault(tmp_path, BEFORE, *OLD_ROWS, *tamper)
    out = tmp_path / "aus"
    out.mkdir()
    with release_before:
        session = Vault(folder).unlock(info["passphrase"])
        try:
            assert session.schema_version() == BEFORE
            made = handover_school.create_school_package(
                session.conn, SCHOOL, rules.Deputy("Mara Ott", "Nachfolge"), out, today=WRITTEN,
                send_due=PERSONS)   # the fixture's two are due for deletion: sent anyway
        finally:
            session.lock()
        successor, *_ = Vault.create(tmp_path / "nachfolge", "Nachfolge-Passwort-1",
                                     params=FAST_KDF)
        try:
            assert successor.schema_version() == BEFORE
            _merged, receipt = handover_school.receive_school_package(
                successor.conn, made.path, made.key_text, tmp_path, today=RECEIVED)
        finally:
            successor.lock()
    assert receipt is not None
    assert _raw(folder, info, "SELECT start, \"end\" FROM appointment WHERE id = 'a-nine'") == [
        ("9:00", "9:45")]
    return folder, info["passphrase"], receipt


def _confirm_after_the_update(folder, passphrase, receipt, change: str = ""):
    """The update (her vault unlocked by this build: migrated to today's schema), then
    ``change`` (SQL) and the receipt confirmed. Returns the report and what is left."""
    session = Vault(folder).unlock(passphrase)
    try:
        conn = session.conn
        assert session.schema_version() == migrations.latest_version()
        assert conn.execute("SELECT start FROM appointment WHERE id = 'a-nine'").fetchone()[0] \
            == "09:00"
        if change:
            conn.execute(change)
        report = handover_confirm.confirm_school_handover(conn, receipt, today=CONFIRMED)
        left = {
            "appointment": [r[0] for r in conn.execute("SELECT id FROM appointment ORDER BY id")],
            "contact": [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id")],
            "person": [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]}
    finally:
        session.lock()
    return report, left


def test_a_time_only_the_update_rewrote_is_no_change_at_the_receipt(tmp_path, release_before):
    """Before: „2 Einträge nach dem Paket – bleiben bei Ihnen“ (the 9:00 appointment and
    contact) and Lina Brandt stayed for them, though nothing had changed."""
    folder, passphrase, receipt = _handed_over_before_the_update(tmp_path, release_before)
    report, left = _confirm_after_the_update(folder, passphrase, receipt)
    assert (report.left, report.kept_sentence) == (0, "")
    assert left == {"appointment": [], "contact": [], "person": []}


def test_a_time_stored_with_blanks_around_it_is_no_change_at_the_receipt(tmp_path,
                                                                          release_before):
    """„ 10:00 “ (a blank on either side, as a CSV cell brought it) was stored as it came
    and digested so; the update stripped it to 10:00 – at the receipt that row stayed with
    her as changed („bleiben bei Ihnen“), with its person, though she changed nothing."""
    folder, passphrase, receipt = _handed_over_before_the_update(
        tmp_path, release_before,
        "UPDATE appointment SET start = ' 10:00 ', \"end\" = '10:30 ' WHERE id = 'a-ten'",
        "UPDATE contact SET time = ' 9:00' WHERE id = 'fixture-contact-1'")
    report, left = _confirm_after_the_update(folder, passphrase, receipt)
    assert (report.left, report.kept_sentence) == (0, "")
    assert left == {"appointment": [], "contact": [], "person": []}


@pytest.mark.parametrize(("change", "kept"), [
    # a minute later: a real change, it stays (with its person)
    ("UPDATE appointment SET start = '09:01' WHERE id = 'a-nine'", "a-nine"),
    ("UPDATE contact SET time = '09:01' WHERE id = 'fixture-contact-1'", "fixture-contact-1"),
    ("UPDATE appointment SET \"end\" = '09:46' WHERE id = 'a-nine'", "a-nine"),
    # 10:00 stored as it is: its earlier spelling is no other (no „010:00“ or „1:00“)
    ("UPDATE appointment SET start = '01:00' WHERE id = 'a-ten'", "a-ten"),
    # the contact had a time, now none
    ("UPDATE contact SET time = '' WHERE id = 'fixture-contact-1'", "fixture-contact-1"),
])
def test_a_time_changed_since_the_package_is_still_a_change(tmp_path, release_before, change,
                                                            kept):
    folder, passphrase, receipt = _handed_over_before_the_update(tmp_path, release_before)
    report, left = _confirm_after_the_update(folder, passphrase, receipt, change)
    assert report.left == 2      # the changed row and its person
    assert kept in left["appointment"] + left["contact"]
    assert len(left["person"]) == 1


# -- the comparison itself, at its boundary -------------------------------------------------
def _appointment(conn):
    from ssa_desktop.domain.entities import Appointment
    from ssa_desktop.storage import repositories as repo

    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "09:00", "09:45",
                                               school_id="school-1", room="R 1", id="appt-1"))


def test_a_package_written_now_is_digested_as_before(conn):
    """The manifest's digest of a row of today's vault is what the earlier releases wrote
    (SHA-256 of the repr of its stored values in the mapper's order): a package written
    before this change is still checked against the same digest."""
    from ssa_desktop.storage import handover_school_repo as qs

    _appointment(conn)
    assert qs.row_hashes(conn, qs.MANIFEST_BY_NAME["appointment"]) == {
        "appt-1": "15dae495bbe6c14953931a2311caa996e8e3ee87d517959aae0956b0002a281c"}


@pytest.mark.parametrize(("carried_start", "carried_end", "unchanged"), [
    ("09:00", "09:45", True),    # written after the update: as stored
    ("9:00", "09:45", True),     # before: the update wrote 09:00
    ("9:00", "9:45", True),
    ("09:00", "9:45", True),
    ("9:01", "09:45", False),    # a minute: a change
    ("09:01", "09:45", False),
    ("9:00", "9:46", False),
    ("8:59", "09:45", False),
    ("19:00", "09:45", False),   # not a spelling of 09:00
    (" 9:00 ", "09:45", True),   # a space around it: the update stripped it
    ("9:00", "9:45 ", True),
    ("\t9:00", "09:45", False),  # other blanks are not guessed: it stays with her
    ("  9:00", "09:45", False),
])
def test_a_time_in_an_earlier_spelling_is_the_same_a_minute_is_not(
        conn, carried_start, carried_end, unchanged):
    from ssa_desktop.services.handover_confirm import _unchanged_rows
    from ssa_desktop.storage import handover_school_repo as qs

    _appointment(conn)
    digest = qs._digest(("2026-12-02", carried_start, carried_end, None, "school-1", "R 1", "",
                         "planned", None, "appt-1", ""))
    same, _there = _unchanged_rows(conn, {"appointment": {"appt-1": digest}})
    assert same == {"appointment": {"appt-1"} if unchanged else set()}
