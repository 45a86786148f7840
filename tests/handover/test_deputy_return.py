"""Issue 28: the deputy's entries, her return and its import – on real vaults and real
package files. Hostile returns are crafted under the package key (the deputy has it)."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    Appointment,
    ChildProtectionProcedure,
    Contact,
    Person,
    WorkingNote,
)
from ssa_desktop.domain.text_safety import TEXT_LIMIT
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_deputy_work, handover_return
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
from tests.support.vaults import fresh_vault

WORKDAY = date(2026, 12, 3)     # a day of the period on which the deputy works
LATER = date(2026, 12, 5)       # "today" while she works
ENDED = date(2027, 1, 9)        # the day after the period: a complete import removes the key


def _two(conn):
    """A (in the package, with an appointment) and B (not in the package: no consent)."""
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    b = _person(conn, "Ben", consent=False)
    return a, b


def _package(conn, out, *persons):
    return handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id for p in persons],
                                                 out / "paket.ssapaket", for_name="Frau Albers",
                                                 today=TODAY)


def _open(result):
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER, writable=True)
    return pkg


def _entry(pkg, person, **kw):
    cases = [c for c in repo.CASES.all(pkg) if c.person_id == person]
    values = dict(person_id=person, case_id=cases[0].id if cases else None, day=WORKDAY,
                  kind="EB", duration_min=25)
    values.update(kw)
    return handover_deputy_work.DeputyContactEntry(**values)


def _mark(pkg, appointment_id, status):
    """The deputy marks an appointment on a working day (after it began)."""
    with clock.frozen(LATER):
        return handover_deputy_work.deputy_set_appointment_status(pkg, appointment_id, status)


def _return(result, out, name="r.ssapaket", today=LATER, last=False):
    return handover_deputy_work.write_return(result.path, result.key_text, out / name, today=today,
                                             last=last)


def _both_changed(conn, out, **hers):
    """A's appointment, marked „wahrgenommen“ by the deputy in her package while the post
    holder changed ``hers`` of it in her vault: the return (not read yet) and the
    appointment."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)
    _mark(pkg, appt.id, "attended")
    pkg.close()
    mine = repo.APPOINTMENTS.get(conn, appt.id)
    repo.APPOINTMENTS.update(conn, dataclasses.replace(mine, **hers))
    return _return(result, out), appt


def _dump(conn) -> dict:
    """Every row of every table (the mapped ones and the rest), for before/after."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts_%'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"').fetchall()))  # noqa: S608
            for n in names}


def _craft(result, ret, add) -> None:
    """Open the deputy's return under the package key and add rows to it."""
    pkg, _info = svc.open_package(ret.path, result.key_text, today=LATER, writable=True)
    try:
        add(pkg)
    finally:
        pkg.close()


# -- 1. a return carries only the package's own ---------------------------------------------------
def _hostile(kind, a, b, conn):
    case_a = next(c for c in repo.CASES.all(conn) if c.person_id == a.id)
    case_b = next(c for c in repo.CASES.all(conn) if c.person_id == b.id)

    def add(pkg):
        if kind == "foreign_person":
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=b.id, note="Notiz über Ben"))
        elif kind == "mismatched_case":
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=b.id, case_id=case_a.id,
                                              note="Notiz über Ben"))
        elif kind == "mismatched_case_in_package":
            cora = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "P-Cora")
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=cora.id, case_id=case_a.id,
                                              note="Notiz über Cora"))
        elif kind == "foreign_case":
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=a.id, case_id=case_b.id,
                                              note="Notiz im fremden Fall"))
        elif kind == "foreign_appointment":
            repo.APPOINTMENTS.insert(pkg, Appointment(WORKDAY, "09:00", "09:30",
                                                      person_id=b.id, school_id="school-1"))
        elif kind == "changed_foreign_appointment":
            mine = next(x for x in repo.APPOINTMENTS.all(conn) if x.person_id == b.id)
            repo.APPOINTMENTS.insert(pkg, dataclasses.replace(mine, status="cancelled"))
        elif kind == "other_table":
            repo.WORKING_NOTES.insert(pkg, WorkingNote("eingeschmuggelt", WORKDAY,
                                                       person_id=a.id))
        elif kind == "huge_note":
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=a.id, note="x" * 20_000_000))
        elif kind == "bad_day":
            pkg.execute("UPDATE contact SET day = '2026-13-45'")
        elif kind == "new_person":
            repo.PERSONS.insert(pkg, Person("P-Neu", school_id="school-1"))
        elif kind == "too_long_contact":
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 601, school_id="school-1",
                                              person_id=a.id))
    return add


@pytest.mark.parametrize("kind, reason", [
    ("foreign_person", "nicht im Vertretungspaket"),
    ("mismatched_case", "Person ist nicht im Vertretungspaket"),
    ("mismatched_case_in_package", "Fall gehört nicht zu dieser Person"),
    ("foreign_case", "nicht im Vertretungspaket"),
    ("foreign_appointment", "nicht im Vertretungspaket"),
    ("changed_foreign_appointment", "nicht im Vertretungspaket"),
    ("other_table", "1 × Arbeitsnotizen?: eine Rückgabe enthält nur Kontakte und Termine"),
    ("new_person", "Person"),
    ("huge_note", "Text zu lang im Feld „Notiz“: 20.000.000 Zeichen, höchstens 100.000"),
    ("bad_day", "ungültigen Werten"),
    ("too_long_contact", "601"),
])
def test_a_crafted_return_is_refused_by_name_and_nothing_is_written(conn, out, kind, reason):
    a, b = _two(conn)
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 4), "11:00", "11:45",
                                               person_id=b.id, school_id="school-1"))
    cora = _person(conn, "Cora")
    result = _package(conn, out, a, cora)
    pkg = _open(result)
    handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, note="echte Notiz"), today=LATER)
    pkg.close()
    ret = _return(result, out)
    _craft(result, ret, _hostile(kind, a, b, conn))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match=reason) as refused:
        handover_return.import_return(conn, ret.path, today=LATER)
    assert "nichts" in str(refused.value).lower()
    assert _dump(conn) == before


def test_b_note_never_shows_in_a_auskunft(conn, out):
    from ssa_desktop.services import privacy

    a, b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, _hostile("mismatched_case", a, b, conn))
    with pytest.raises(svc.PackageError):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert "Notiz über Ben" not in repr(privacy.collect(conn, a.id))
    assert not [c for c in repo.CONTACTS.all(conn) if c.note == "Notiz über Ben"]


def _rows_by_table(conn) -> dict[str, set]:
    """Every row of every table as a tuple (meta, the registry, left out)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts_%'"
        " AND name NOT LIKE 'sqlite_%' AND name != 'meta' ORDER BY name")]
    return {n: set(map(repr, conn.execute(f'SELECT * FROM "{n}"').fetchall()))  # noqa: S608
            for n in names}


# (who, case, table) adds a row to the return; ("change", what) changes an existing row:
# the worker's own contact of A (never in the package), A's appointment outside the
# period, the package appointment moved to Cora (in the package too), its room changed,
# its status changed (the one thing the deputy may change of it).
CHANGES = ("old_contact", "old_appointment", "moved", "room", "status")
HOSTILE = st.lists(st.one_of(
    st.tuples(st.sampled_from(["a", "b"]), st.sampled_from(["a", "b", None]),
              st.sampled_from(["contact", "appointment", "cp_procedure"])),
    st.tuples(st.just("change"), st.sampled_from(CHANGES))), min_size=1, max_size=4)


@settings(max_examples=20, deadline=None)
@given(rows=HOSTILE)
def test_a_crafted_return_never_changes_a_record_outside_the_package(rows):
    """Every row of the vault that was not in the package (A's own older records, all
    of B) is the same after the import as before, whatever the return carries; a row of
    the package changes only in the deputy's status; refused returns write nothing."""
    with fresh_vault() as session, tempfile.TemporaryDirectory() as tmp:
        conn, out = session.conn, Path(tmp)
        a, b = _two(conn)
        cora = _person(conn, "Cora")
        old_appt = repo.APPOINTMENTS.insert(conn, Appointment(
            date(2026, 10, 1), "08:00", "08:30", person_id=a.id, school_id="school-1",
            note="alt"))
        old_contact = next(c for c in repo.CONTACTS.all(conn) if c.person_id == a.id)
        cases = {p: next(c for c in repo.CASES.all(conn) if c.person_id == x.id)
                 for p, x in (("a", a), ("b", b))}
        result = _package(conn, out, a, cora)
        pkg = _open(result)
        [in_pkg] = [x for x in repo.APPOINTMENTS.all(pkg) if x.person_id == a.id]
        pkg.close()
        ret = _return(result, out)

        def add(pkg):
            for row in dict.fromkeys(rows):
                if row[0] == "change":
                    what = row[1]
                    if what == "old_contact":
                        repo.CONTACTS.insert(pkg, dataclasses.replace(
                            old_contact, note="GEFÄLSCHT", duration_min=99))
                    elif what == "old_appointment":
                        repo.APPOINTMENTS.insert(pkg, dataclasses.replace(
                            old_appt, status="cancelled", note="GEFÄLSCHT"))
                    else:
                        mine = repo.APPOINTMENTS.get(pkg, in_pkg.id) or in_pkg
                        change = {"moved": dict(person_id=cora.id), "room": dict(room="Aula"),
                                  "status": dict(status="attended")}[what]
                        pkg.execute("DELETE FROM appointment WHERE id = ?", (in_pkg.id,))
                        repo.APPOINTMENTS.insert(pkg, dataclasses.replace(mine, **change))
                    continue
                who, case, table = row
                person = a if who == "a" else b
                if table == "contact":
                    repo.CONTACTS.insert(pkg, Contact(
                        WORKDAY, "EB", 20, school_id="school-1", person_id=person.id,
                        case_id=cases[case].id if case else None, note="gekreuzt"))
                elif table == "appointment":
                    repo.APPOINTMENTS.insert(pkg, Appointment(
                        WORKDAY, "09:00", "09:30", person_id=person.id, school_id="school-1"))
                else:
                    repo.CP_PROCEDURES.insert(pkg, ChildProtectionProcedure(person.id, WORKDAY))
        _craft(result, ret, add)
        before, dumped = _rows_by_table(conn), _dump(conn)
        package_rows = {repr(tuple(r)) for r in conn.execute(
            "SELECT * FROM appointment WHERE id = ?", (in_pkg.id,))}
        try:
            handover_return.import_return(conn, ret.path, {"*": "theirs"}, today=LATER)
            accepted = True
        except svc.PackageError:
            accepted = False
        after = _rows_by_table(conn)
        if not accepted:
            assert _dump(conn) == dumped
        for table, rows_ in before.items():
            outside = rows_ - package_rows
            assert outside <= after[table], (table, outside - after[table])
            assert {r for r in after[table] if b.id in r} == {r for r in rows_ if b.id in r}
        stored = repo.APPOINTMENTS.get(conn, in_pkg.id)
        assert (stored.person_id, stored.room, stored.day, stored.note) == (
            a.id, in_pkg.room, in_pkg.day, repo.APPOINTMENTS.get(conn, in_pkg.id).note)
        legit = all((r[0] == "change" and r[1] == "status")
                    or (r[0] == "a" and r[2] != "cp_procedure"
                        and (r[2] == "appointment" or r[1] in ("a", None))) for r in rows)
        assert accepted == legit, rows
        if accepted and ("change", "status") in rows:
            assert stored.status == "attended"
            assert stored.written_by == "Jana Berger (Vertretung)"


def test_a_return_cannot_touch_her_own_older_records_or_move_an_appointment(conn, out):
    """The reviewer's scenario (p1): the worker's own contact and an appointment outside
    the period of a package person, and a package appointment moved to another person of
    the package, are refused by name; nothing is written."""
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    cora = _person(conn, "Cora", appointment=date(2026, 12, 3))
    old_appt = repo.APPOINTMENTS.insert(conn, Appointment(
        date(2026, 10, 1), "08:00", "08:30", person_id=a.id, school_id="school-1", note="alt"))
    old_contact = next(c for c in repo.CONTACTS.all(conn) if c.person_id == a.id)
    result = _package(conn, out, a, cora)
    ret = _return(result, out)
    in_pkg = next(x for x in repo.APPOINTMENTS.all(conn)
                  if x.person_id == a.id and x.day == date(2026, 12, 2))

    def add(pkg):
        repo.CONTACTS.insert(pkg, dataclasses.replace(old_contact, note="GEFÄLSCHT"))
        repo.APPOINTMENTS.insert(pkg, dataclasses.replace(old_appt, status="cancelled"))
        moved = dataclasses.replace(repo.APPOINTMENTS.get(pkg, in_pkg.id) or in_pkg,
                                    person_id=cora.id)
        pkg.execute("DELETE FROM appointment WHERE id = ?", (in_pkg.id,))
        repo.APPOINTMENTS.insert(pkg, moved)
    _craft(result, ret, add)
    before = _dump(conn)
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, ret.path, {"*": "theirs"}, today=LATER)
    said = str(refused.value)
    assert said.count("war aber nicht im Vertretungspaket") == 2
    assert "gehört bei Ihnen zu einer anderen Person" in said
    assert _dump(conn) == before


def test_of_a_package_appointment_only_her_status_is_taken(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)     # as it went into the package
    pkg.close()

    def add(pkg):
        repo.APPOINTMENTS.insert(pkg, dataclasses.replace(appt, status="attended",
                                                          room="Aula", start="08:00"))
    _craft(result, ret, add)
    with pytest.raises(svc.PackageError, match="nur den Status, nicht: Beginn, Raum"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert repo.APPOINTMENTS.get(conn, appt.id).status == "planned"


def test_a_return_read_twice_may_bring_her_own_entries_again_changed(conn, out):
    """The ids a reading inserted are remembered with their values (registry
    ``returned_ids`` and baseline): a later return may change them – what only she
    changed since is taken, no conflict – while the worker's later edit of a field the
    deputy left alone stays (three-way, finding 9)."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    added = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, note="erste Fassung"), today=LATER)
    pkg.close()
    first = _return(result, out, "r1.ssapaket")
    handover_return.import_return(conn, first.path, today=LATER)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert entry["returned_ids"]["contact"] == [added.id]
    mine = repo.CONTACTS.get(conn, added.id)
    repo.CONTACTS.update(conn, dataclasses.replace(mine, duration_min=45))  # the worker's
    pkg = _open(result)
    pkg.execute("UPDATE contact SET note = 'zweite Fassung' WHERE id = ?", (added.id,))
    pkg.close()
    second = _return(result, out, "r2.ssapaket")
    merged = handover_return.import_return(conn, second.path, today=LATER)
    assert not merged.conflicts
    stored = repo.CONTACTS.get(conn, added.id)
    assert (stored.note, stored.duration_min) == ("zweite Fassung", 45)


def test_a_new_entry_of_the_return_always_says_the_deputy_wrote_it(conn, out):
    """A return whose new contact claims to be hers ("" or another name) is marked with
    the deputy the package was written for."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)

    case = next(c for c in repo.CASES.all(conn) if c.person_id == a.id)

    def add(pkg):
        for i, claim in enumerate(("", "Frau Albers")):
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20 + i, school_id="school-1",
                                              person_id=a.id, case_id=case.id,
                                              written_by=claim))
    _craft(result, ret, add)
    handover_return.import_return(conn, ret.path, today=LATER)
    new = [c for c in repo.CONTACTS.all(conn) if c.day == WORKDAY]
    assert [c.written_by for c in new] == ["Jana Berger (Vertretung)"] * 2


# -- 2. the return carries the package's end ---------------------------------------------------------
@pytest.mark.parametrize("offset, expired", [(-1, False), (0, True), (1, True)])
def test_a_return_read_at_or_after_the_expiry_is_refused_and_shredded(conn, out, offset,
                                                                       expired):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, note="Notiz der Vertretung"), today=LATER)
    pkg.close()
    ret = _return(result, out)
    day = PERIOD.expires + timedelta(days=offset)
    before = _dump(conn)
    if expired:
        with pytest.raises(svc.PackageExpired, match="abgelaufen"):
            handover_return.import_return(conn, ret.path, today=day)
        assert not ret.path.exists()
        assert _dump(conn)["contact"] == before["contact"]
    else:
        merged = handover_return.import_return(conn, ret.path, today=day)
        assert sum(merged.inserted.values()) == 1


def test_the_deputy_cannot_open_her_return_after_the_expiry(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    svc.package_info(ret.path, result.key_text, today=PERIOD.expires - timedelta(days=1))
    with pytest.raises(svc.PackageExpired):
        svc.package_info(ret.path, result.key_text, today=PERIOD.expires)
    assert not ret.path.exists()


# -- 3. keys removed --------------------------------------------------------------------------------
def test_after_a_complete_import_the_key_and_the_package_file_are_gone(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert entry["path"] == str(result.path.resolve())
    assert entry["contents"]["person"] == [a.id]
    assert set(entry["baseline"]) == {"contact", "appointment", "goal_rating"}
    copy = out.parent / "stick"
    copy.mkdir()
    shutil.copy(result.path, copy / result.path.name)   # the deputy works on her copy
    theirs = dataclasses.replace(result, path=copy / result.path.name)
    pkg = _open(theirs)
    handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    ret = _return(theirs, out, last=True)
    kept = shutil.copy(ret.path, copy / "kopie.ssapaket")   # a copy of the return read
    logged = conn.execute("SELECT count(*) FROM deletion_log").fetchone()[0]
    handover_return.import_return(conn, ret.path, today=ENDED)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert "key" not in entry and entry["key_removed"] == ENDED.isoformat()
    assert not result.path.exists()                          # the package file she wrote
    assert not ret.path.exists()                             # the return read (finding 8)
    # one entry for the return file, one for the key and the package file
    assert conn.execute("SELECT count(*) FROM deletion_log").fetchone()[0] == logged + 2
    with pytest.raises(svc.PackageError, match="schon eingelesen.*Schlüssel.*gelöscht"):
        handover_return.import_return(conn, kept, today=ENDED)


def test_a_package_file_changed_since_is_not_shredded_she_is_told_where_it_is(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)   # the deputy worked in the very file the app wrote
    handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    ret = _return(result, out, last=True)
    handover_return.import_return(conn, ret.path, today=ENDED)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert "key" not in entry
    assert result.path.exists()           # not the file the app wrote (hash differs)
    said = svc.issued_packages(conn)[result.package_id].get("file_note", "")
    assert str(result.path) in said


def test_with_open_conflicts_the_key_stays(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)
    _mark(pkg, appt.id, "attended")
    added = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    mine = repo.APPOINTMENTS.get(conn, appt.id)
    repo.APPOINTMENTS.update(conn, dataclasses.replace(mine, status="cancelled"))
    ret = _return(result, out, last=True)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert merged.conflicts and repo.CONTACTS.get(conn, added.id) is not None
    assert "key" in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    # read again with her decision: the contact read the first time is no stranger now
    merged = handover_return.import_return(conn, ret.path, {"*": "theirs"}, today=ENDED)
    assert not merged.conflicts
    assert repo.APPOINTMENTS.get(conn, appt.id).status == "attended"
    assert "key" not in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]


@pytest.mark.parametrize("offset, removed", [(-1, False), (0, True)])
def test_at_the_expiry_the_key_is_removed_and_the_file_shredded(conn, out, offset, removed):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    said = svc.sweep_issued(conn, PERIOD.expires + timedelta(days=offset))
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert ("key" not in entry) == removed
    assert result.path.exists() != removed
    assert bool(said) == removed


def test_the_panel_sweep_removes_the_keys_of_expired_packages_too(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    assert svc.sweep_received(conn, PERIOD.expires - timedelta(days=1)) == []
    [said] = svc.sweep_received(conn, PERIOD.expires)
    assert "abgelaufen" in said and "Paketschlüssel wurde gelöscht" in said
    assert not result.path.exists()
    assert "key" not in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert svc.sweep_received(conn, PERIOD.expires) == []      # once


# -- 4. the deputy's entries ------------------------------------------------------------------------
def test_the_deputy_enters_a_whole_contact_and_it_comes_back_with_all_fields(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    with_case = handover_deputy_work.deputy_add_contact(pkg, _entry(
        pkg, a.id, kind="TEL", time="14:30", participants=("parent",), topics=("FAM",),
        note="Telefonat mit Mutter"), today=LATER)
    without = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, case_id=None, kind="EB"),
                                                      today=LATER)
    appt = handover_deputy_work.deputy_add_appointment(pkg, a.id, date(2026, 12, 10), "09:00", "09:30",
                                                       room="Raum 12")
    assert with_case.written_by == "Jana Berger (Vertretung)" == appt.written_by
    pkg.close()
    ret = _return(result, out)
    handover_return.import_return(conn, ret.path, today=LATER)
    stored = repo.CONTACTS.get(conn, with_case.id)
    assert (stored.kind, stored.time, stored.participants, stored.topics, stored.note) == (
        "TEL", "14:30", ("parent",), ("FAM",), "Telefonat mit Mutter")
    assert stored.written_by == "Jana Berger (Vertretung)"
    assert repo.CONTACTS.get(conn, without.id).case_id is None
    assert repo.APPOINTMENTS.get(conn, appt.id).room == "Raum 12"
    # her Auskunft names where the entry came from (Art. 15 Abs. 1 lit. g DSGVO)
    from ssa_desktop.services import privacy
    assert any(("Eingetragen von", "Jana Berger (Vertretung)") in item.fields
               for item in privacy.collect(conn, a.id))


@pytest.mark.parametrize("change, message", [
    (dict(day=LATER + timedelta(days=1)), "Zukunft"),
    (dict(kind="XX"), "Kontaktart"),
    (dict(topics=("NOPE",)), "Thema"),
    (dict(participants=("nobody",)), "Beteiligte"),
    (dict(duration_min=0), "Dauer"),
    (dict(duration_min=601), "Minuten"),
    (dict(time="25:00"), "HH:MM"),
    (dict(note="x" * (TEXT_LIMIT + 1)), "Zeichen"),
    (dict(person_id="nope", case_id=None), "Person"),
])
def test_the_deputy_entry_follows_the_quick_entry_rules(conn, out, change, message):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        before = repo.CONTACTS.count(pkg)
        with pytest.raises(svc.PackageError, match=message):
            handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, **change), today=LATER)
        assert repo.CONTACTS.count(pkg) == before
        # the day itself is fine (dates as typed, only the future is refused)
        handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, day=LATER), today=LATER)
    finally:
        pkg.close()


def test_a_contact_in_a_case_of_another_person_is_refused(conn, out):
    a, _b = _two(conn)
    c = _person(conn, "Cora")
    result = _package(conn, out, a, c)
    pkg = _open(result)
    try:
        case_c = next(x for x in repo.CASES.all(pkg) if x.person_id == c.id)
        with pytest.raises(svc.PackageError, match="Fall"):
            handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, case_id=case_c.id), today=LATER)
    finally:
        pkg.close()


@pytest.mark.parametrize("status", ["attended", "missed", "cancelled"])
def test_the_deputy_marks_an_appointment(conn, out, status):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)
    marked = _mark(pkg, appt.id, status)
    assert marked.status == status
    with pytest.raises(svc.PackageError, match="Status"):
        _mark(pkg, appt.id, "vielleicht")
    pkg.close()
    ret = _return(result, out)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert not merged.conflicts           # hers was still as in the package: taken
    assert repo.APPOINTMENTS.get(conn, appt.id).status == status


# -- 5. conflicts only where both changed, in her words --------------------------------------------
def test_her_later_change_of_an_untouched_appointment_is_no_conflict(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    [appt] = [x for x in repo.APPOINTMENTS.all(conn) if x.person_id == a.id]
    repo.APPOINTMENTS.update(conn, dataclasses.replace(appt, room="Raum 3"))
    ret = _return(result, out)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert not merged.conflicts
    assert repo.APPOINTMENTS.get(conn, appt.id).room == "Raum 3"


def test_she_changed_another_field_than_the_deputy_both_stay(conn, out):
    ret, appt = _both_changed(conn, out, room="Raum 3")
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert not merged.conflicts
    stored = repo.APPOINTMENTS.get(conn, appt.id)
    assert (stored.status, stored.room) == ("attended", "Raum 3")


def test_a_conflict_says_date_person_field_and_both_values(conn, out):
    ret, _appt = _both_changed(conn, out, status="cancelled")
    [conflict] = handover_return.import_return(conn, ret.path, today=LATER).conflicts
    assert conflict.what == "Termin am 02.12.2026, 10:00–10:45, P-Anna"
    assert ("status", "abgesagt", "wahrgenommen") in conflict.values
    assert "tables." not in str(conflict) and "02.12.2026" in str(conflict)


# -- 6. a second return into the same folder ------------------------------------------------------
def test_a_second_return_into_the_same_folder_gets_the_next_name(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    first = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER)
    second = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER)
    third = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER)
    stem = first.path.name.removesuffix(svc.SUFFIX)
    assert second.path.name == f"{stem}-2{svc.SUFFIX}"
    assert third.path.name == f"{stem}-3{svc.SUFFIX}"
    assert first.path.exists() and second.path.exists()
