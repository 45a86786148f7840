"""Issue 18: Vertretungspaket, return, school handover – on real vaults and real package
files; the package's pages are decrypted independently (tests/support/sqlcipher_pages.py)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Contact,
    GroupActivity,
    Person,
    StatisticsRecord,
    WorkingNote,
)
from ssa_desktop.services import handover as svc
from ssa_desktop.services import (
    handover_confirm,
    handover_deputy,
    handover_deputy_work,
    handover_return,
    handover_school,
)
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.emergency import parse_key
from tests.support.sqlcipher_pages import pages_holding
from tests.support.vaults import fresh_vault

TODAY = date(2026, 11, 23)
PERIOD = rules.Period(date(2026, 11, 30), date(2027, 1, 8))
DEPUTY = rules.Deputy("Jana Berger", "Schulsozialarbeit GMS Nord")


def _person(conn, word: str, *, consent=True, case="open", appointment=None, cp=False,
            withdrawn=None):
    p = repo.PERSONS.insert(conn, Person(f"P-{word}", first_name=f"Vor{word}",
                                         last_name=f"Nach{word}", school_id="school-1",
                                         note=f"Personnotiz{word}"))
    if consent:
        repo.CONSENTS.insert(conn, Consent(p.id, "Vertretung der Schulsozialarbeit",
                                           date(2026, 9, 1), deputy=True, scope=f"Umfang{word}",
                                           withdrawn_on=withdrawn))
    if case:
        c = repo.CASES.insert(conn, Case(p.id, date(2026, 9, 10), school_id="school-1",
                                         title=f"Fall{word}", status=case,
                                         closed=date(2026, 10, 1) if case == "closed" else None))
        repo.CONTACTS.insert(conn, Contact(date(2026, 9, 10), "EB", 30,
                                           school_id="school-1", person_id=p.id, case_id=c.id,
                                           note=f"Kontaktnotiz{word}"))
    if appointment:
        repo.APPOINTMENTS.insert(conn, Appointment(appointment, "10:00", "10:45", person_id=p.id,
                                                   school_id="school-1", note=f"Termin{word}"))
    if cp:
        proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(p.id, date(2026, 11, 2)))
        repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "3", date(2026, 11, 3),
                                                       actor=f"Fachkraft{word}",
                                                       text=f"Schritt{word}",
                                                       due=date(2026, 12, 3)))
    repo.WORKING_NOTES.insert(conn, WorkingNote(f"Arbeitsnotiz{word}", date(2026, 12, 1),
                                                person_id=p.id))
    return p


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def test_proposal_is_exactly_consent_and_need(conn):
    a = _person(conn, "Anna")                                     # consent + open case
    _person(conn, "Ben", consent=False)                           # no consent
    _person(conn, "Cem", case="closed")                           # only a closed case
    d = _person(conn, "Dora", case=None, appointment=date(2026, 12, 2))
    _person(conn, "Emil", case=None, appointment=date(2027, 1, 9))  # outside the period
    f = _person(conn, "Fee", case=None, cp=True)                   # open § 8a
    _person(conn, "Gil", withdrawn=date(2026, 11, 1))              # consent withdrawn
    proposed = handover_deputy.propose(conn, PERIOD, TODAY)
    assert {c.person_id for c in proposed} == {a.id, d.id, f.id}
    reasons = {c.person_id: c.reasons for c in proposed}
    assert reasons[d.id] == "Termin im Zeitraum" and reasons[f.id] == "offenes § 8a-Verfahren"


def test_only_proposed_persons_can_go(conn, out):
    _person(conn, "Anna")
    ben = _person(conn, "Ben", consent=False)
    with pytest.raises(rules.HandoverRuleError, match="Weitergabe an die Vertretung"):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [ben.id], out, today=TODAY)
    with pytest.raises(rules.HandoverRuleError, match="keine Person"):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [], out, today=TODAY)
    assert list(out.iterdir()) == [] and repo.DISCLOSURES.count(conn) == 0


def _words(p: Person) -> list[str]:
    w = p.pseudonym[2:]
    return [f"Vor{w}", f"Nach{w}", f"Personnotiz{w}", f"Fall{w}", f"Termin{w}"]


KINDS = st.fixed_dictionaries({
    "consent": st.booleans(), "case": st.sampled_from(["open", "closed", "paused", None]),
    "appointment": st.sampled_from([None, date(2026, 12, 2), date(2027, 2, 1)]),
    "cp": st.booleans(), "keep": st.booleans()})


@settings(max_examples=12, deadline=None)
@given(st.lists(KINDS, min_size=1, max_size=6))
def test_package_holds_nothing_it_must_not(specs):
    """Decrypt every page of the package: no text of a person not in it, no closed case,
    no working note, no contact note, no § 8a step text, no group name list."""
    with fresh_vault() as session, tempfile.TemporaryDirectory() as out:
        conn = session.conn
        persons = [_person(conn, f"X{i}q", consent=s["consent"], case=s["case"],
                           appointment=s["appointment"], cp=s["cp"]) for i, s in enumerate(specs)]
        repo.GROUPS.insert(conn, GroupActivity("Gruppe", 2026, school_id="school-1",
                                               name_list="Teilnehmerliste Zoe Gruppenkind"))
        proposed = {c.person_id for c in handover_deputy.propose(conn, PERIOD, TODAY)}
        chosen = [p.id for p, s in zip(persons, specs, strict=True) if p.id in proposed and s["keep"]]
        if not chosen:
            return
        result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, chosen, Path(out),
                                                       today=TODAY)
        key = parse_key(result.key_text)
        inside, outside = [], ["Zoe", "Gruppenkind", "Teilnehmerliste"]
        for p, s in zip(persons, specs, strict=True):
            w = p.pseudonym[2:]
            outside += [f"Arbeitsnotiz{w}", f"Kontaktnotiz{w}", f"Schritt{w}", f"Fachkraft{w}"]
            if p.id in chosen:
                inside += [f"Vor{w}", f"Nach{w}"]
                if s["case"] == "open":
                    inside.append(f"Fall{w}")
                else:
                    outside.append(f"Fall{w}")
            else:
                outside += _words(p) + [f"Umfang{w}"]
        assert not pages_holding(result.path, key, outside)
        found = {word for _, _, word in pages_holding(result.path, key, inside)}
        assert found == set(inside)  # the reader is right: the chosen texts are there
        assert not Path(f"{result.path}-journal").exists()
        assert not Path(f"{result.path}-wal").exists()
        assert result.key_text.replace(" ", "").lower() not in result.path.name.lower()
        logged = repo.DISCLOSURES.all(conn)
        assert sorted(d.person_id for d in logged) == sorted(chosen)
        assert {d.recipient for d in logged} == {DEPUTY.recipient}
        assert all(d.legal_basis == "consent" and d.consent_id for d in logged)


LATER = date(2026, 12, 20)  # a day in the period: the deputy's entries are not in the future
ENDED = date(2027, 1, 9)    # the day after the period: a complete import removes the key


def _contact(person_id, case_id, day, note=""):
    return handover_deputy_work.DeputyContactEntry(person_id, case_id, day, "EB", 25, note=note)


def _package(conn, out, **kw):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [a.id], out / "paket.ssapaket",
                                                   for_name="Frau Albers", today=TODAY)
    return a, result


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_shows_who_and_until_when(conn, out):
    _a, result = _package(conn, out)
    info = svc.package_info(result.path, result.key_text, today=TODAY)
    assert info.label == "Vertretung für Frau Albers bis 08.01.2027"
    assert info.counts["person"] == 1 and info.counts["case_file"] == 1
    assert "contact" not in info.counts and "working_note" not in info.counts


@pytest.mark.parametrize("damage, message", [
    ("wrong_key", "Paketschlüssel passt nicht"),
    ("bad_key", "64 Zeichen"),
    ("truncated", "unvollständig"),
    ("foreign", "kein verschlüsseltes Paket"),
    ("missing", "gibt es nicht"),
])
def test_bad_package_gets_a_german_message_and_nothing_changes(conn, out, damage, message):
    _a, result = _package(conn, out)
    path, key = result.path, result.key_text
    if damage == "wrong_key":
        key = "AB" * 32
    elif damage == "bad_key":
        key = "geheim"
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-1000])
    elif damage == "foreign":
        path.write_bytes(b"SQLite format 3\x00" + bytes(8176))
    elif damage == "missing":
        path = out / "fehlt.ssapaket"
    before = _sha(path) if path.exists() else None
    with pytest.raises(svc.PackageError, match=message):
        svc.package_info(path, key, today=TODAY)
    assert (_sha(path) if path.exists() else None) == before


def test_expired_package_is_deleted_and_says_so(conn, out):
    _a, result = _package(conn, out)
    last_day = PERIOD.last.toordinal() + rules.GRACE_DAYS
    svc.package_info(result.path, result.key_text, today=date.fromordinal(last_day))  # still there
    with pytest.raises(svc.PackageExpired, match="abgelaufen und wurde deshalb gelöscht"):
        svc.package_info(result.path, result.key_text, today=date.fromordinal(last_day + 1))
    assert not result.path.exists() and list(out.iterdir()) == []


def test_return_carries_only_what_the_deputy_touched(conn, out):
    a, result = _package(conn, out)
    pkg, _info = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
    try:
        [case] = repo.CASES.all(pkg)
        contact = handover_deputy_work.deputy_add_contact(pkg, _contact(a.id, case.id, date(2026, 12, 3),
                                                                        "Gespräch in der Vertretung"), today=LATER)
        appt = handover_deputy_work.deputy_add_appointment(pkg, a.id, date(2026, 12, 10), "09:00", "09:30")
        with pytest.raises(svc.PackageError, match="Fall"):
            handover_deputy_work.deputy_add_contact(pkg, _contact(a.id, "nope", date(2026, 12, 3)), today=LATER)
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "rueck.ssapaket", today=TODAY)
    assert ret.counts == {"Kontakte": 1, "Termine": 1, "Einschätzungen der Ziele": 0,
                          "Dokumente": 0}
    rpkg, info = svc.open_package(ret.path, result.key_text, today=TODAY)
    try:
        assert info.kind == rules.KIND_RETURN and info.package_id == result.package_id
        doc = handover_return.return_document(rpkg)
    finally:
        rpkg.close()
    assert [r["id"] for r in doc["tables"]["contact"]] == [contact.id]
    assert [r["id"] for r in doc["tables"]["appointment"]] == [appt.id]
    assert set(doc["tables"]) == {"contact", "appointment", "goal_rating"}
    assert doc["tables"]["goal_rating"] == []


def test_return_is_read_with_the_merge(conn, out):
    a, result = _package(conn, out)
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
    [case] = repo.CASES.all(pkg)
    contact = handover_deputy_work.deputy_add_contact(pkg, _contact(a.id, case.id, date(2026, 12, 3), "neu"),
                                                      today=LATER)
    pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket", today=TODAY,
                                            last=True)
    before = {t.name: t.count(conn) for t in repo.ALL_TABLES}
    case_before = repo.CASES.get(conn, case.id)
    kept = shutil.copy(ret.path, out / "kopie.ssapaket")   # the import shreds the one read
    merged = handover_return.import_return(conn, ret.path, today=ENDED)
    assert sum(merged.inserted.values()) == 1 and not merged.conflicts
    assert repo.CASES.get(conn, case.id) == case_before
    assert repo.TIME_ENTRIES.count(conn) == before["time_entry"]  # the deputy's time is hers
    assert repo.STATISTICS.count(conn) == before["statistics_record"] + 1
    stored = repo.CONTACTS.get(conn, contact.id)
    assert stored is not None and stored.case_id == case.id and stored.person_id == a.id
    assert repo.CONTACTS.count(conn) == before["contact"] + 1
    with pytest.raises(svc.PackageError, match="schon eingelesen"):  # key deleted after it
        handover_return.import_return(conn, kept, today=ENDED)
    assert repo.CONTACTS.count(conn) == before["contact"] + 1


# -- a school handed on -------------------------------------------------------------------------
def _school_data(conn):
    a = _person(conn, "Anna")
    b = _person(conn, "Ben", consent=False, case="closed")
    repo.GROUPS.insert(conn, GroupActivity("Gruppe", 2026, school_id="school-1"))
    repo.STATISTICS.insert(conn, StatisticsRecord(date(2026, 9, 10), 2026, "contact", "EFH",
                                                  30, school_id="school-1"))
    return a, b


def test_school_handover_deletes_only_after_the_matching_receipt(conn, out):
    a, b = _school_data(conn)
    successor = rules.Deputy("Mara Ott", "Nachfolge")
    result = handover_school.create_school_package(conn, "school-1", successor, out, today=TODAY)
    assert result.counts["Personen"] == 2 and result.counts["Fälle"] == 2
    assert result.counts["Kontakte"] == 2 and result.counts["Gruppen und Projekte"] == 1
    assert {d.person_id for d in repo.DISCLOSURES.all(conn)} == {a.id, b.id}
    # a receipt for another content deletes nothing
    bad = out / "falsch.ssaquittung"
    bad.write_text(json.dumps({"format": "ssa-desktop-paketquittung",
                               "package_id": result.package_id, "content_hash": "00",
                               "received": "2026-11-24"}))
    with pytest.raises(svc.PackageError, match="passt nicht zum Paket"):
        handover_confirm.confirm_school_handover(conn, bad, today=TODAY)
    (out / "kaputt.ssaquittung").write_text("kein json")
    with pytest.raises(svc.PackageError, match="keine Empfangsquittung"):
        handover_confirm.confirm_school_handover(conn, out / "kaputt.ssaquittung", today=TODAY)
    assert repo.PERSONS.count(conn) == 2
    with fresh_vault() as successor:
        merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                 result.key_text, out, today=TODAY)
        assert receipt is not None and not merged.conflicts
        assert repo.PERSONS.count(successor.conn) == 2
        assert repo.CONTACTS.count(successor.conn) == 2
        assert repo.STATISTICS.count(successor.conn) == 0  # counted by the predecessor
        assert repo.TIME_ENTRIES.count(successor.conn) == 0
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert repo.PERSONS.count(conn) == 0 and repo.GROUPS.count(conn) == 0
    assert repo.CASES.count(conn) == 0 and repo.WORKING_NOTES.count(conn) == 0
    assert report.statistics_kept == 1 == repo.STATISTICS.count(conn)
    assert report.deleted["Personendatensatz"] == 2 and report.left == 0
    assert repo.SCHOOLS.get(conn, "school-1") is not None  # master data for counted years
    with pytest.raises(svc.PackageError, match="schon bestätigt"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)


def test_deputy_changes_conflict_instead_of_overwriting(conn, out):
    """The deputy marks an appointment the worker changed too: the return lists it as a
    conflict; the worker's appointment stays as it is until she decides."""
    a, result = _package(conn, out)
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
    [appt] = repo.APPOINTMENTS.all(pkg)
    appt.status = "missed"
    repo.APPOINTMENTS.update(pkg, appt)
    pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket", today=TODAY)
    mine = repo.APPOINTMENTS.get(conn, appt.id)
    mine.status = "cancelled"
    repo.APPOINTMENTS.update(conn, mine)
    merged = handover_return.import_return(conn, ret.path, today=TODAY)
    assert [c.ref for c in merged.conflicts] == [f"appointment:{appt.id}"]
    assert repo.APPOINTMENTS.get(conn, appt.id) == mine


def test_return_of_a_foreign_package_is_refused(conn, out, tmp_path):
    _a, result = _package(conn, out)
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket", today=TODAY)
    with fresh_vault() as other:
        before = {t.name: t.count(other.conn) for t in repo.ALL_TABLES}
        with pytest.raises(svc.PackageError, match="keinem Paket"):
            handover_return.import_return(other.conn, ret.path, today=TODAY)
        assert {t.name: t.count(other.conn) for t in repo.ALL_TABLES} == before


def _snapshot(conn) -> dict[str, dict[str, object]]:
    return {t.name: {tuple(getattr(r, k) for k in t.key): r for r in t.all(conn)}
            for t in repo.ALL_TABLES}


@settings(max_examples=10, deadline=None)
@given(new_contacts=st.integers(0, 3), touched=st.lists(st.booleans(), min_size=3, max_size=3))
def test_package_return_import_never_changes_what_the_deputy_did_not_touch(new_contacts,
                                                                           touched):
    """package → deputy work → return → import: her new contacts arrive in the right
    case, every record of the worker she did not touch is unchanged, each one she did
    touch is taken (hers was still as in the package: issue 28, three-way); a second
    import is refused (the key is deleted after the first)."""
    with fresh_vault() as session, tempfile.TemporaryDirectory() as out:
        conn = session.conn
        a = _person(conn, "Anna", appointment=date(2026, 12, 2))
        for day in (date(2026, 12, 9), date(2026, 12, 16)):
            repo.APPOINTMENTS.insert(conn, Appointment(day, "10:00", "10:45", person_id=a.id,
                                                       school_id="school-1"))
        result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [a.id], Path(out),
                                                       today=TODAY)
        before = _snapshot(conn)
        pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
        [case] = repo.CASES.all(pkg)
        added = [handover_deputy_work.deputy_add_contact(pkg, _contact(a.id, case.id, date(2026, 12, 3 + i)),
                                                         today=LATER).id for i in range(new_contacts)]
        changed = []
        appointments = repo.APPOINTMENTS.all(pkg, order="day, start, id")
        for appt, touch in zip(appointments, touched, strict=False):
            if touch:
                appt.status = "attended"
                repo.APPOINTMENTS.update(pkg, appt)
                changed.append(appt.id)
        pkg.close()
        ret = handover_deputy_work.write_return(result.path, result.key_text, Path(out) / "r.ssapaket",
                                                today=TODAY, last=True)
        kept = shutil.copy(ret.path, Path(out) / "kopie.ssapaket")  # the one read is shredded
        merged = handover_return.import_return(conn, ret.path, today=ENDED)
        assert not merged.conflicts and merged.taken["appointment"] == len(changed)
        after = _snapshot(conn)
        for table, rows in before.items():
            for key, row in rows.items():
                if table == "appointment" and key[0] in changed:
                    assert after[table][key] == dataclasses.replace(  # her mark says so
                        row, status="attended", written_by="Jana Berger (Vertretung)"), key
                    continue
                assert after[table].get(key) == row, (table, key)
        for cid in added:
            stored = after["contact"][(cid,)]
            assert stored.case_id == case.id and stored.person_id == a.id
        assert len(after["contact"]) == len(before["contact"]) + new_contacts
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(svc.PackageError, match="schon eingelesen"):
            handover_return.import_return(conn, kept, today=ENDED)
        assert _snapshot(conn) == after


def test_a_restricted_person_stays_restricted_at_the_successor(conn, out):
    from ssa_desktop.services import retention as retention_svc

    a = _person(conn, "Anna")
    retention_svc.restrict(conn, a.id, "request")
    result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), out,
                                                   today=TODAY)
    assert result.counts["Einschränkungen, Sperren, Entscheidungen"] == 1
    with fresh_vault() as successor:
        merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                 result.key_text, out, today=TODAY)
        assert receipt is not None
        assert a.id in retention_svc.restricted_ids(successor.conn)


def test_the_rest_of_a_handed_over_school_stays_deleted_after_a_restore(open_vault, out):
    """Issue 22 item 3: open offers, agreements and appointments without a person of a
    handed-over school leave tombstones, so an earlier backup does not bring them back."""
    from datetime import timedelta

    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import CooperationAgreement, OpenOfferSession
    from ssa_desktop.services import backups, vault_admin
    from ssa_desktop.storage.connection import checkpoint
    from tests.support.sqlcipher_pages import folder_hits

    conn = open_vault.conn
    with clock.frozen(TODAY):
        _school_data(conn)
        repo.OPEN_OFFERS.insert(conn, OpenOfferSession("Pause", date(2026, 11, 2), 30,
                                                       school_id="school-1",
                                                       note="Zilpzalp kam", id="o-1"))
        repo.AGREEMENTS.insert(conn, CooperationAgreement("school-1", date(2026, 8, 1),
                                                          notes="Neuntöter", id="ag-1"))
        repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 1), "10:00", "10:45",
                                                   school_id="school-1", note="Rohrammer",
                                                   id="ap-1"))
        result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott", "N"),
                                                       out, today=TODAY)
        backup = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder,
                                     TODAY).created
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, out, today=TODAY)
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
        vault_admin.restore_vault(open_vault, backup)
        conn = open_vault.conn
        assert repo.OPEN_OFFERS.get(conn, "o-1") is None
        assert repo.AGREEMENTS.get(conn, "ag-1") is None
        assert repo.APPOINTMENTS.get(conn, "ap-1") is None
        assert repo.PERSONS.count(conn) == 0
        checkpoint(conn)
        backups.rotate(conn, open_vault.vault.folder, TODAY + timedelta(days=31))
        assert folder_hits(open_vault.vault.folder, bytes(open_vault.data_key),
                           ["Zilpzalp", "Neuntöter", "Rohrammer"]) == []
