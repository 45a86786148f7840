"""Issue 22 item 3: every deletion and every cleared field, whatever path it takes,
writes its tombstone (``services.tombstones``), so restoring an earlier backup leaves
the data gone. One test per path on a real vault, a property test over any mix of
paths, and the raw scan of every file in the vault folder afterwards."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    Appointment,
    GroupActivity,
    NetworkActivity,
    OpenOfferSession,
    Partner,
    Person,
)
from ssa_desktop.domain.worktime import Absence
from ssa_desktop.services import (
    appointments,
    backups,
    groups,
    network,
    notes,
    open_offers,
    vault_admin,
    worktime,
)
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint
from tests.support.sqlcipher_pages import folder_hits
from tests.support.vaults import fresh_vault

TODAY = date(2026, 11, 23)


def _person(conn):
    return repo.PERSONS.insert(conn, Person("K-1", first_name="Amsel", last_name="Drossel",
                                            school_id="school-1", id="p-1"))


def _group(conn, word="Rotkehlchen"):
    return groups.save_group(conn, GroupActivity("Streitschlichter", 2026, school_id="school-1",
                                                 name_list=f"{word}, Zaunkönig", id="g-1"))


def _backup(session):
    return backups.auto_backup(session.conn, session.data_key, session.vault.folder,
                               TODAY).created


# Each path: (set up and return a check that the data are present, delete by that path)
def _setup_name_list(conn):
    _group(conn)
    return lambda c: repo.GROUPS.get(c, "g-1").name_list != ""


def _report_group(conn):
    group = repo.GROUPS.get(conn, "g-1")
    group.reported = True
    groups.save_group(conn, group)


def _setup_note(conn):
    _person(conn) if repo.PERSONS.get(conn, "p-1") is None else None
    note = notes.add_working_note(conn, "Kolibri im Gespräch", person_id="p-1", today=TODAY)
    return lambda c, i=note.id: c.execute("SELECT count(*) FROM working_note WHERE id = ?",
                                          (i,)).fetchone()[0] == 1


def _finalise_note(conn):
    (note_id,), = conn.execute("SELECT id FROM working_note WHERE text LIKE 'Kolibri%'")
    notes.finalise_working_note(conn, note_id)


def _setup_expiring_note(conn):
    _person(conn) if repo.PERSONS.get(conn, "p-1") is None else None
    note = notes.add_working_note(conn, "Pirol notiert", person_id="p-1", days=3, today=TODAY)
    return lambda c, i=note.id: c.execute("SELECT count(*) FROM working_note WHERE id = ?",
                                          (i,)).fetchone()[0] == 1


def _expire_note(conn):
    assert notes.purge_expired_working_notes(conn, TODAY + timedelta(days=3)) >= 1


def _setup_partner(conn):
    network.save_partner(conn, Partner("Beratungsstelle", contact_person="Wiedehopf Kranich",
                                       phone="0761 12345", id="pa-1"))
    return lambda c: repo.PARTNERS.get(c, "pa-1") is not None


def _delete_partner(conn):
    network.delete_partner(conn, "pa-1")


def _setup_appointment(conn):
    _person(conn) if repo.PERSONS.get(conn, "p-1") is None else None
    appointments.save_appointment(conn, Appointment(TODAY + timedelta(days=2), "10:00", "10:45",
                                                    person_id="p-1", school_id="school-1",
                                                    note="Stieglitz mitbringen", id="a-1"))
    return lambda c: repo.APPOINTMENTS.get(c, "a-1") is not None


def _delete_appointment(conn):
    appointments.delete_appointment(conn, "a-1")


def _count(conn, sql, *params) -> int:
    return conn.execute(sql, params).fetchone()[0]


def _setup_group_deleted(conn):
    groups.save_group(conn, GroupActivity("Mädchengruppe", 2026, school_id="school-1",
                                          name_list="Bachstelze, Goldammer", id="g-2"))
    session = groups.add_session(conn, "g-2", TODAY - timedelta(days=1), 45,
                                 note="Goldammer weinte")
    # the group, its session, the session's time entry and statistics record
    return lambda c, i=session.id: (
        _count(c, "SELECT count(*) FROM group_activity WHERE id = 'g-2'")
        + _count(c, "SELECT count(*) FROM group_session WHERE id = ?", i)
        + _count(c, "SELECT count(*) FROM time_entry WHERE source_id = ?", i)
        + _count(c, "SELECT count(*) FROM statistics_record WHERE source_id = ?", i)) > 0


def _delete_group(conn):
    groups.delete_group(conn, "g-2")


def _setup_group_session(conn):
    groups.save_group(conn, GroupActivity("Jungengruppe", 2026, school_id="school-1", id="g-3"))
    session = groups.add_session(conn, "g-3", TODAY - timedelta(days=2), 60,
                                 note="Eisvogel fehlte")
    return lambda c, i=session.id: (
        _count(c, "SELECT count(*) FROM group_session WHERE id = ?", i)
        + _count(c, "SELECT count(*) FROM time_entry WHERE source_id = ?", i)
        + _count(c, "SELECT count(*) FROM statistics_record WHERE source_id = ?", i)) > 0


def _remove_group_session(conn):
    (session_id,), = conn.execute("SELECT id FROM group_session WHERE group_id = 'g-3'")
    groups.remove_session(conn, session_id)


def _setup_open_offer(conn):
    session = open_offers.record(conn, OpenOfferSession(
        "Pausenangebot", TODAY - timedelta(days=1), 30, visitors=4, school_id="school-1",
        note="Schwalbe kam mit Mauersegler"))
    return lambda c, i=session.id: (
        _count(c, "SELECT count(*) FROM open_offer_session WHERE id = ?", i)
        + _count(c, "SELECT count(*) FROM time_entry WHERE source_id = ?", i)
        + _count(c, "SELECT count(*) FROM statistics_record WHERE source_id = ?", i)) > 0


def _remove_open_offer(conn):
    (session_id,), = conn.execute("SELECT id FROM open_offer_session"
                                  " WHERE title = 'Pausenangebot'")
    open_offers.remove(conn, session_id)


def _setup_network_activity(conn):
    act = network.record_network_activity(conn, NetworkActivity(
        "RT", TODAY - timedelta(days=1), 45, school_id="school-1", note="Runde mit Zilpzalp"))
    return lambda c, i=act.id: (
        _count(c, "SELECT count(*) FROM network_activity WHERE id = ?", i)
        + _count(c, "SELECT count(*) FROM time_entry WHERE source_id = ?", i)
        + _count(c, "SELECT count(*) FROM statistics_record WHERE source_id = ?", i)) > 0


def _remove_network_activity(conn):
    (activity_id,), = conn.execute("SELECT id FROM network_activity WHERE kind = 'RT'")
    network.remove_network_activity(conn, activity_id)


def _setup_absence(conn):
    worktime.add_absence(conn, Absence("other", TODAY - timedelta(days=3),
                                       TODAY - timedelta(days=3), note="Arzt mit Haubentaucher",
                                       id="ab-1"))
    return lambda c: _count(c, "SELECT count(*) FROM absence WHERE id = 'ab-1'") == 1


def _delete_absence(conn):
    worktime.delete_absence(conn, "ab-1")


def _setup_draft(conn):
    notes.save_draft(conn, "d-1", "quick_entry", {"observation": "Grünspecht erzählte"})
    return lambda c: notes.get_draft(c, "d-1") is not None


def _discard_draft(conn):
    notes.delete_draft(conn, "d-1")


PATHS = {
    "name_list_R4": (_setup_name_list, _report_group, ["Rotkehlchen", "Zaunkönig"]),
    "working_note_R3_finished": (_setup_note, _finalise_note, ["Kolibri"]),
    "working_note_R3_expired": (_setup_expiring_note, _expire_note, ["Pirol"]),
    "partner_deleted": (_setup_partner, _delete_partner, ["Wiedehopf", "Kranich"]),
    "appointment_deleted": (_setup_appointment, _delete_appointment, ["Stieglitz"]),
    "group_deleted": (_setup_group_deleted, _delete_group, ["Bachstelze", "Goldammer"]),
    "group_session_removed": (_setup_group_session, _remove_group_session, ["Eisvogel"]),
    "open_offer_removed": (_setup_open_offer, _remove_open_offer, ["Schwalbe", "Mauersegler"]),
    "network_activity_removed": (_setup_network_activity, _remove_network_activity,
                                 ["Zilpzalp"]),
    "absence_deleted": (_setup_absence, _delete_absence, ["Haubentaucher"]),
    "draft_discarded": (_setup_draft, _discard_draft, ["Grünspecht"]),
}


def _run_paths(session, names) -> list[str]:
    conn = session.conn
    present = {name: PATHS[name][0](conn) for name in names}
    backup = _backup(session)
    for name in names:
        assert present[name](conn)
        PATHS[name][1](conn)
        assert not present[name](conn), name
    vault_admin.restore_vault(session, backup)
    conn = session.conn
    for name in names:
        assert not present[name](conn), f"{name}: the restore brought it back"
    return [w for name in names for w in PATHS[name][2]]


def _check(session, words):
    # and nothing of it in any file of the vault folder once the backups have rotated
    checkpoint(session.conn)
    backups.rotate(session.conn, session.vault.folder, TODAY + timedelta(days=31))
    assert folder_hits(session.vault.folder, bytes(session.data_key), words) == []


def test_reporting_a_group_empties_its_name_list_for_good(open_vault):
    with clock.frozen(TODAY):
        words = _run_paths(open_vault, ["name_list_R4"])
        _check(open_vault, words)
    assert ("g-1#name_list", "name_list", TODAY.isoformat()) in svc.deleted_ids_since(open_vault.conn)


def test_a_finished_working_note_stays_destroyed(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["working_note_R3_finished"]))


def test_an_expired_working_note_stays_destroyed(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["working_note_R3_expired"]))


def test_a_deleted_partner_stays_deleted(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["partner_deleted"]))


def test_a_deleted_appointment_stays_deleted(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["appointment_deleted"]))


def test_a_group_deleted_by_hand_stays_deleted_with_its_sessions(open_vault):
    # deleted before it was reported: its name list is still in the backup
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["group_deleted"]))


def test_a_removed_group_session_stays_removed(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["group_session_removed"]))


def test_a_removed_open_offer_session_stays_removed(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["open_offer_removed"]))


def test_a_removed_network_activity_stays_removed(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["network_activity_removed"]))


def test_a_deleted_absence_stays_deleted(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["absence_deleted"]))


def test_a_discarded_draft_stays_discarded(open_vault):
    with clock.frozen(TODAY):
        _check(open_vault, _run_paths(open_vault, ["draft_discarded"]))


def test_a_draft_taken_over_by_its_saved_entry_has_no_tombstone(open_vault):
    # its text lives on in the entry; the entry's own deletion writes the tombstone
    with clock.frozen(TODAY):
        _setup_draft(open_vault.conn)
        notes.delete_draft(open_vault.conn, "d-1", saved=True)
    assert svc.deleted_ids_since(open_vault.conn) == []


def test_the_tombstone_holds_no_content(open_vault):
    with clock.frozen(TODAY):
        _run_paths(open_vault, list(PATHS))
    for record_id, kind, day in svc.deleted_ids_since(open_vault.conn):
        assert record_id.split("#")[0] in {"g-1", "g-2", "pa-1", "a-1", "ab-1", "d-1"} \
            or len(record_id) == 32
        assert day in (TODAY.isoformat(), (TODAY + timedelta(days=3)).isoformat())
        assert kind in {"name_list", "working_note", "partner", "appointment", "group",
                        "group_session", "open_offer", "network", "absence", "draft"}


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from(sorted(PATHS)), min_size=1, max_size=5, unique=True))
def test_any_mix_of_deletion_paths_survives_a_restore(names):
    with fresh_vault() as session, clock.frozen(TODAY):
        _check(session, _run_paths(session, names))
