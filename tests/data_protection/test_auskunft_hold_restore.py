"""A restore keeps her Auskunft requests and their holds together (docs/datenschutz.md,
"Sicherungen"): the holds of the vault she replaces are laid over the backup's, so its
requests must come along too – every hold "Auskunftsersuchen offen" has its open request
and every open Auskunft its hold, whatever happened between backup and restore."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import backups, privacy, vault_admin
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import privacy_repo
from ssa_desktop.storage import repositories as repo

TODAY = date(2026, 11, 22)


def _person(conn, pseudonym: str) -> Person:
    return repo.PERSONS.insert(conn, Person(pseudonym, first_name="Kim", last_name="Sommer",
                                            school_id="school-1"))


def _backup(open_vault):
    run = backups.auto_backup(open_vault.conn, open_vault.data_key, open_vault.vault.folder, TODAY)
    assert run.created is not None
    return run.created


def _pairs(conn) -> tuple[set[str], set[str]]:
    """(persons with an open Auskunft, persons with a hold "Auskunftsersuchen offen")."""
    open_ = {r.person_id for r in privacy_repo.open_requests(conn) if r.kind == "auskunft"}
    held = {h.record_id for h in svc.holds(conn) if h.reason == privacy.AUSKUNFT_HOLD}
    return open_, held


def test_a_request_received_after_the_backup_keeps_its_hold_and_itself(open_vault):
    with clock.frozen(TODAY):
        person = _person(open_vault.conn, "K-17")
        backup = _backup(open_vault)
        request = privacy.open_request(open_vault.conn, person.id, TODAY)
        vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert privacy_repo.get_request(conn, request.id) is not None   # the request is not lost
    assert _pairs(conn) == ({person.id}, {person.id})
    privacy.complete_request(conn, request.id, TODAY + timedelta(days=3))
    assert _pairs(conn) == (set(), set())                        # and answering it lifts the hold


def test_a_request_answered_after_the_backup_stays_answered(open_vault):
    with clock.frozen(TODAY):
        person = _person(open_vault.conn, "K-17")
        request = privacy.open_request(open_vault.conn, person.id, TODAY - timedelta(days=5))
        backup = _backup(open_vault)
        privacy.complete_request(open_vault.conn, request.id, TODAY)
        vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert privacy_repo.get_request(conn, request.id).status == "done"
    assert _pairs(conn) == (set(), set())


def test_a_request_open_at_both_ends_keeps_its_hold_and_holds_the_data(open_vault):
    with clock.frozen(TODAY):
        person = _person(open_vault.conn, "K-17")
        request = privacy.open_request(open_vault.conn, person.id, TODAY - timedelta(days=5))
        backup = _backup(open_vault)
        other = _person(open_vault.conn, "M-02")          # only in the current vault
        vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert privacy_repo.get_request(conn, request.id).status == "open"
    assert _pairs(conn) == ({person.id}, {person.id})
    assert repo.PERSONS.get(conn, other.id) is None        # the backup's content, as before
    person = repo.PERSONS.get(conn, person.id)
    person.leaving_date = date(2024, 7, 31)                # long gone: due but for the hold
    repo.PERSONS.update(conn, person)
    svc.apply(conn, [("person", person.id)], today=TODAY)
    assert repo.PERSONS.get(conn, person.id) is not None
