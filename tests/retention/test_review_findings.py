"""Findings of the data-protection review of the retention core, each on a real vault:
a restricted person (Art. 18 DSGVO, § 84 Abs. 3 SGB X) leaves every list of the daily
work (Termine, slips, drafts, procedures, deadlines); nothing goes before it is due
(appointments and a pupil's case keep a parent, a closed case without a date); a parent's
deletion keeps the pupil's case contacts; erased fields stay erased after a restore; the
check at unlock expires the deletion log; the review at case closure can release the
documentation; the log's backup expiry."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Draft
from ssa_desktop.services import appointments, notes
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from tests.retention.fixtures import full_person

TODAY = date(2026, 9, 1)
APPOINTMENT_DAY = date(2025, 11, 3)     # the fixture's appointment


def test_restricted_persons_appointments_leave_the_calendar_and_the_slips(conn):
    hidden = full_person(conn, 1, leaving=None)
    shown = full_person(conn, 2, leaving=None)
    svc.restrict(conn, hidden.person.id, today=TODAY)
    week = appointments.appointments_between(conn, APPOINTMENT_DAY, APPOINTMENT_DAY)
    assert [a.person_id for a in week] == [shown.person.id]
    assert [s.name for s in appointments.slips_for_day(conn, APPOINTMENT_DAY)] != []
    assert all(hidden.words[2] not in str(s) and hidden.words[0] not in str(s)
               for s in appointments.slips_for_day(conn, APPOINTMENT_DAY))
    svc.lift_restriction(conn, hidden.person.id, today=TODAY)
    week = appointments.appointments_between(conn, APPOINTMENT_DAY, APPOINTMENT_DAY)
    assert {a.person_id for a in week} == {hidden.person.id, shown.person.id}


def test_restricted_persons_drafts_are_not_offered_back(conn):
    hidden = full_person(conn, 1, leaving=None)
    shown = full_person(conn, 2, leaving=None)
    repo.DRAFTS.insert(conn, Draft("contact", '{"note": "ohnePersonEntwurf"}'))
    svc.restrict(conn, hidden.person.id, today=TODAY)
    offered = " ".join(d.payload for d in notes.pending_drafts(conn))
    assert hidden.words[7] not in offered
    assert shown.words[7] in offered and "ohnePersonEntwurf" in offered


def test_a_guardian_with_a_planned_appointment_is_not_due(conn):
    from ssa_desktop.domain.entities import Appointment, Contact, Person
    from ssa_desktop.services import activities

    guardian = repo.PERSONS.insert(conn, Person("Mutter-X", kind="guardian"))
    activities.record_contact(conn, Contact(date(2025, 12, 1), "EB", 30, person_id=guardian.id))
    due_then = ("person", guardian.id) in {svc.key(a) for a in svc.due_items(conn, TODAY)}
    assert due_then          # last contact 01.12.2025 + 6 months = 01.06.2026 <= 01.09.2026
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 9, 15), "10:00", "10:30",
                                               person_id=guardian.id))
    assert ("person", guardian.id) not in {svc.key(a) for a in svc.due_items(conn, TODAY)}


def test_a_closed_case_without_its_date_clears_nothing(conn):
    # an imported case "closed" without a closing day: R9 cannot count from it
    fx = full_person(conn, 1, leaving=None)
    conn.execute("UPDATE case_file SET status = 'closed', closed = NULL WHERE person_id = ?",
                 (fx.person.id,))
    assert [a for a in svc.due_items(conn, TODAY) if a.record_kind == "guardian_contact"] == []


def test_the_unlock_check_counts_what_is_due_and_expires_the_deletion_log(conn):
    # R11: the log keeps an entry 36 months; one from 31.08.2023 is past on 01.09.2026
    full_person(conn, 1, leaving=date(2026, 7, 31))
    for executed in ("2023-08-31 09:00:00", "2023-09-02 09:00:00"):
        conn.execute("INSERT INTO deletion_log (id, record_id, category, rule, executed,"
                     " method) VALUES (?, 'x', 'case', 'R2', ?, 'm')", (executed, executed))
    check = svc.check_at_unlock(conn, today=TODAY)
    assert (check.due, check.log_expired) == (len(svc.due_items(conn, TODAY)), 1)
    assert check.due >= 1
    assert [e.executed for e in svc.deletion_log(conn)] == ["2023-09-02 09:00:00"]


def test_the_total_of_a_large_selection_is_counted_in_grouped_queries(conn):
    people = [full_person(conn, n, leaving=date(2026, 7, 31)) for n in range(1, 4)]
    due = [a for a in svc.due_items(conn, TODAY) if a.record_kind == "person"]
    assert {a.record_id for a in due} == {fx.person.id for fx in people}
    statements = []
    conn.set_trace_callback(statements.append)
    try:
        total = svc.total(conn, due)
    finally:
        conn.set_trace_callback(None)
    assert total == sum(svc.preview(conn, a).total for a in due)
    assert len(statements) < 30            # not ten queries per person


def test_a_parent_in_a_pupils_case_goes_with_the_case_and_takes_no_contact_of_it(conn):
    """R9: the parents' data go with the case or 6 months after its closure, whichever
    is first. A talk with the mother belongs to the pupil's case documentation (R2):
    deleting the mother must not take it along."""
    from ssa_desktop.domain.entities import Case, Contact, Person
    from ssa_desktop.services import activities, persons

    pupil = repo.PERSONS.insert(conn, Person("Kind-Z", kind="pupil"))
    case = repo.CASES.insert(conn, Case(pupil.id, date(2025, 9, 1)))
    mother = repo.PERSONS.insert(conn, Person("Mutter-Z", kind="guardian"))
    talk = activities.record_contact(conn, Contact(
        date(2025, 12, 1), "TEL", 20, person_id=mother.id, case_id=case.id,
        note="Elterngespraech ueber Kind-Z"))
    # the case is open: last talk 01.12.2025 + 6 months would be 01.06.2026, not yet due
    assert ("person", mother.id) not in {svc.key(a) for a in svc.due_items(conn, TODAY)}
    persons.close_case(conn, case.id, date(2026, 1, 31))
    # closed 31.01.2026 + 6 months = 31.07.2026 <= 01.09.2026
    mother_item = next(a for a in svc.due_items(conn, TODAY) if a.record_id == mother.id)
    assert (mother_item.due, mother_item.rule) == (date(2026, 7, 31), "R9")
    assert svc.apply(conn, [("person", mother.id)], today=TODAY).deleted == 1
    kept = repo.CONTACTS.get(conn, talk.id)
    assert kept is not None and kept.case_id == case.id and kept.person_id is None


def test_a_restore_clears_the_cleared_fields_again(conn):
    """R12: after a restore every deletion is re-applied – also the erased parents'
    contact data (R9) and participant lists (R4), not only deleted records."""
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.services import persons

    fx = full_person(conn, 1, leaving=None)
    case_id = conn.execute("SELECT id FROM case_file WHERE person_id = ?",
                           (fx.person.id,)).fetchone()[0]
    persons.close_case(conn, case_id, date(2026, 1, 31))          # R9: due 31.07.2026
    group = repo.GROUPS.insert(conn, GroupActivity("AG", 2024, name_list="Liste Name123x",
                                                   reported=True))  # R4: due 31.07.2025
    items = [svc.key(a) for a in svc.due_items(conn, TODAY)
             if a.record_kind in ("guardian_contact", "name_list")]
    assert sorted(k for k, _ in items) == ["guardian_contact", "name_list"]
    svc.apply(conn, items, today=TODAY)
    stones = svc.deleted_ids_since(conn)
    # the restored backup still has both texts
    conn.execute("UPDATE person SET guardian_contact = 'Tel. alt' WHERE id = ?",
                 (fx.person.id,))
    conn.execute("UPDATE group_activity SET name_list = 'Liste Name123x' WHERE id = ?",
                 (group.id,))
    assert svc.reapply_deletions(conn, stones) == 2
    assert repo.PERSONS.get(conn, fx.person.id).guardian_contact == ""
    assert repo.GROUPS.get(conn, group.id).name_list == ""
    # a later deletion of the whole person supersedes the cleared field
    svc.restrict(conn, fx.person.id, today=TODAY)
    svc.lift_restriction(conn, fx.person.id, today=TODAY)
    conn.execute("UPDATE person SET leaving_date = '2026-07-31' WHERE id = ?", (fx.person.id,))
    svc.apply(conn, [("person", fx.person.id)], today=TODAY)
    assert (fx.person.id, "person", "2026-09-01") in svc.deleted_ids_since(conn)


def test_restricted_persons_leave_the_procedure_and_deadline_queries(conn):
    """Defence in depth: the queries themselves leave restricted persons out, not only
    the Übersicht that happens to filter them today."""
    from ssa_desktop.domain.entities import Consent
    from ssa_desktop.services import child_protection, child_protection_open, consents

    people = [full_person(conn, n, leaving=None) for n in (1, 2)]
    for fx in people:
        child_protection.start_procedure(conn, fx.person.id, date(2026, 8, 20))
        repo.CONSENTS.insert(conn, Consent(fx.person.id, "Jugendamt", date(2026, 1, 1),
                                           valid_to=date(2026, 9, 5)))
    svc.restrict(conn, people[0].person.id, today=TODAY)
    shown = people[1].person.id
    assert {p.person_id for p in child_protection_open.open_procedures(conn, TODAY)} == {shown}
    assert {c.person_id for c in consents.consents_to_renew(conn, TODAY, 14)} == {shown}


def test_the_log_names_the_last_day_a_backup_can_hold_the_data(open_vault):
    # R12: the backup made on the deletion day is rotated after 30 days (01.09.2026 ->
    # 01.10.2026); after the Träger shortens the rotation to 14 days, 15.09.2026
    from ssa_desktop.services import backups

    conn = open_vault.conn
    first = full_person(conn, 1, leaving=date(2026, 7, 31))
    second = full_person(conn, 2, leaving=date(2026, 7, 31))
    backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY)
    svc.apply(conn, [("person", first.person.id)], today=TODAY)
    option = rt.rule_table()["R12"].period("days").option
    svc.set_period(conn, option, 14)
    svc.apply(conn, [("person", second.person.id)], today=TODAY)
    assert [e.backup_expiry for e in svc.deletion_log(conn)] == ["2026-10-01", "2026-09-15"]


def test_after_the_review_at_case_closure_the_documentation_can_go(conn):
    """R2: a pupil still at school with every case closed gets a review prompt; the
    worker may find the documentation no longer needed – then it is due and goes
    through the usual preview and deletion."""
    from ssa_desktop.services import persons

    fx = full_person(conn, 1, leaving=None)
    case_id = conn.execute("SELECT id FROM case_file WHERE person_id = ?",
                           (fx.person.id,)).fetchone()[0]
    with pytest.raises(ValueError, match="Prüfung"):
        svc.not_needed_after_review(conn, fx.person.id, today=TODAY)   # case still open
    persons.close_case(conn, case_id, date(2026, 8, 3))
    review = next(a for a in svc.assess(conn, TODAY) if a.record_id == fx.person.id
                  and a.record_kind == "person")
    assert review.state == rt.REVIEW
    svc.not_needed_after_review(conn, fx.person.id, today=TODAY)
    item = next(a for a in svc.due_items(conn, TODAY) if a.record_id == fx.person.id
                and a.record_kind == "person")
    assert (item.action, item.due) == (rt.DELETE, TODAY)
    assert svc.apply(conn, [svc.key(item)], today=TODAY).deleted == 1
    assert repo.PERSONS.get(conn, fx.person.id) is None
