"""A hold (Sperre) keeps the whole record of the held person as proof (docs/retention.md,
„Sperre“: „sie verhindert jede Löschung des Eintrags“): not only the person, a contact
or a document of hers, but also a goal of her case, its rating, her appointment and her group membership. A
file's deletion of those was kept and counted (``services.interchange_merge``), while
Ziele mit Skala, Termine and the serial letter's members deleted them by hand. One rule now decides on every way
(``services.holds``): the forms refuse with a German sentence naming the hold, the file
keeps them. Not held: deleted as before."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Appointment, Case, GroupActivity, Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import appointments, goals, group_members, groups, persons, retention
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import goals_repo, group_members_repo, retention_log_repo
from ssa_desktop.storage import repositories as repo
from tests.support.import_files import file_of, import_json, new_target, unlocked

TODAY = date(2026, 11, 20)
NAMED = ("Für diese Person besteht eine Sperre (Absprache mit dem Jugendamt, Überprüfung "
         "am 01.11.2027)")


def _her_parts(conn, person_id: str) -> dict[str, str]:
    """A case with a rated goal and an appointment of ``person_id``: their ids."""
    case = persons.save_case(conn, Case(person_id, date(2026, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2024-08-01 08:00:00"))
    with clock.frozen(TODAY):
        rating = goals.rate(conn, goal.id, -1, date(2026, 11, 3))
    appointment = appointments.save_appointment(conn, Appointment(
        date(2026, 12, 1), "09:00", "09:45", person_id=person_id))
    group = groups.save_group(conn, GroupActivity("Soziales Lernen 7b", 2026,
                                                  school_id="school-1"))
    member = group_members.add_member(conn, group.id, person_id, date(2026, 10, 1))
    return {"case_goal": goal.id, "goal_rating": rating.id, "appointment": appointment.id,
            "group_member": member.id}


def _held_pupil(conn, person_id: str = "anna") -> dict[str, str]:
    conn.execute("INSERT OR IGNORE INTO school (id, name, school_type) "
                 "VALUES ('school-1', 'Eigene', 'GMS')")
    repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id=person_id))
    parts = _her_parts(conn, person_id)
    with clock.frozen(TODAY):
        retention.add_hold(conn, person_id, "youth_office_agreement", date(2027, 11, 1))
    return parts


def _present(conn, parts: dict[str, str]) -> set[str]:
    return {kind for kind, rid, store in (
        ("case_goal", parts["case_goal"], goals_repo.CASE_GOALS),
        ("goal_rating", parts["goal_rating"], goals_repo.GOAL_RATINGS),
        ("appointment", parts["appointment"], repo.APPOINTMENTS),
        ("group_member", parts["group_member"], group_members_repo.MEMBERS))
        if store.get(conn, rid) is not None}


@pytest.mark.parametrize(("delete", "kind", "what"), [
    (goals.delete_goal, "case_goal", "das Ziel"),
    (goals.delete_rating, "goal_rating", "die Einschätzung"),
    (appointments.delete_appointment, "appointment", "der Termin"),
    (group_members.remove_member, "group_member", "die Gruppenmitgliedschaft"),
])
def test_her_forms_refuse_deleting_a_part_of_a_held_record(conn, delete, kind, what):
    parts = _held_pupil(conn)
    with pytest.raises(UserError) as refused:
        delete(conn, parts[kind])
    assert str(refused.value).startswith(NAMED)
    assert f"{what} wird nicht gelöscht" in str(refused.value)
    assert _present(conn, parts) == set(parts)
    assert set(parts.values()).isdisjoint(
        r for r, _k, _d in retention_log_repo.tombstones(conn, None))


def test_the_forms_hear_it_before_they_ask(conn, pupil):
    """What the forms ask before their question: the sentence while held, None without."""
    parts = _held_pupil(conn)
    assert goals.hold_keeps_goal(conn, parts["case_goal"]).startswith(NAMED)
    assert appointments.hold_keeps_appointment(conn, parts["appointment"]).startswith(NAMED)
    free = _her_parts(conn, pupil.id)
    assert goals.hold_keeps_goal(conn, free["case_goal"]) is None
    assert appointments.hold_keeps_appointment(conn, free["appointment"]) is None
    assert appointments.hold_keeps_appointment(conn, "gone") is None


def test_without_a_hold_they_go_as_before(conn, pupil):
    parts = _her_parts(conn, pupil.id)
    appointments.delete_appointment(conn, parts["appointment"])
    goals.delete_rating(conn, parts["goal_rating"])
    goals.delete_goal(conn, parts["case_goal"])
    group_members.remove_member(conn, parts["group_member"])
    assert _present(conn, parts) == set()


def test_a_lifted_hold_no_longer_refuses(conn):
    parts = _held_pupil(conn)
    for hold in retention.holds(conn):
        with clock.frozen(TODAY):
            retention.lift_hold(conn, hold)
    goals.delete_goal(conn, parts["case_goal"])
    assert "case_goal" not in _present(conn, parts)


def test_a_crafted_file_deletes_no_part_of_a_held_record(tmp_path, capsys, monkeypatch):
    """The file path keeps them by the same rule (counted, no tombstone waits), even with
    --take-theirs all."""
    folder = tmp_path / "tresor"
    with new_target(folder) as conn:
        parts = _held_pupil(conn)
        doc = json.loads(json.dumps(ix.export_document(conn)))
    doc["tables"]["tombstone"] += [{"record_id": rid, "category": kind, "deleted": "2026-11-10"}
                                   for kind, rid in parts.items()]
    code, out, err = import_json(folder, file_of(tmp_path, doc), capsys, monkeypatch,
                                 "--take-theirs", "all")
    assert code == 0, out + err
    assert ("4 Einträge: Löschung aus der Datei nicht übernommen: hier besteht eine Sperre"
            in out + err)
    with unlocked(folder) as conn:
        assert _present(conn, parts) == set(parts)
        assert set(parts.values()).isdisjoint(
            r for r, _k, _d in retention_log_repo.tombstones(conn, None))


def test_every_table_of_a_persons_record_is_looked_up_for_a_hold(conn):
    """A tombstone deletes from every table with an id; the merge finds the person of a
    record in any of them that names one (a group membership, not carried by a file, was
    deleted by a file's tombstone although its person was held)."""
    from ssa_desktop.services import interchange_merge

    looked_up = {name for name, _store in interchange_merge._record_stores()}
    with_person = {name for name in retention_log_repo.tables_with_id(conn)
                   if "person_id" in {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}}
    assert with_person - looked_up == set()
