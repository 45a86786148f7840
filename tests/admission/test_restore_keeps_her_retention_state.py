"""A restored backup keeps what she decided about a record since the backup (docs/datenschutz.md,
"Was hereinkommt"): a restriction (Art. 18 DSGVO) or a hold placed after the backup stays,
one lifted after it stays lifted – the real vault, a real backup file, the real restore."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import persons, vault_admin
from ssa_desktop.services import retention as svc
from ssa_desktop.storage.persons_repo import PersonFilter
from tests.retention.fixtures import full_person

BACKUP_DAY = date(2026, 8, 20)
TODAY = date(2026, 9, 1)      # the person left on 31.07.2026: due for deletion (R2)


def _backup(open_vault, tmp_path):
    return vault_admin.backup_vault(open_vault, tmp_path / "vorher.ssabak", today=BACKUP_DAY)


def test_a_restriction_placed_after_the_backup_stays_after_the_restore(open_vault, tmp_path):
    fx = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    backup = _backup(open_vault, tmp_path)
    svc.restrict(open_vault.conn, fx.person.id, today=TODAY)
    vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert svc.restricted_ids(conn) == {fx.person.id}
    assert fx.person.id not in {p.id for p in persons.list_persons(conn, PersonFilter())}
    assert svc.apply_due(conn, today=TODAY).deleted == 0   # a restricted record is only stored


def test_a_hold_placed_after_the_backup_stays_after_the_restore(open_vault, tmp_path):
    fx = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    backup = _backup(open_vault, tmp_path)
    svc.add_hold(open_vault.conn, fx.person.id, "legal_claim", date(2027, 3, 1), today=TODAY)
    vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert [(h.record_id, h.reason) for h in svc.holds(conn)] == [(fx.person.id, "legal_claim")]
    # without the hold the run would delete her file irreversibly
    assert svc.apply_due(conn, today=TODAY).deleted == 0
    assert svc.restricted_ids(conn) == set()


def test_a_restriction_and_a_hold_lifted_after_the_backup_stay_lifted(open_vault, tmp_path):
    fx = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    other = full_person(open_vault.conn, 2, leaving=date(2026, 7, 31))
    svc.restrict(open_vault.conn, fx.person.id, today=BACKUP_DAY)
    hold = svc.add_hold(open_vault.conn, other.person.id, "legal_claim", date(2027, 3, 1),
                        today=BACKUP_DAY)
    backup = _backup(open_vault, tmp_path)
    svc.lift_restriction(open_vault.conn, fx.person.id, today=TODAY)
    svc.lift_hold(open_vault.conn, hold, today=TODAY)
    vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert svc.restricted_ids(conn) == set()
    assert svc.holds(conn) == []


def test_a_person_made_after_the_backup_leaves_no_restriction_without_her(open_vault, tmp_path):
    kept = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    svc.restrict(open_vault.conn, kept.person.id, today=BACKUP_DAY)
    backup = _backup(open_vault, tmp_path)
    later = full_person(open_vault.conn, 2, leaving=date(2026, 7, 31))
    svc.restrict(open_vault.conn, later.person.id, today=TODAY)
    vault_admin.restore_vault(open_vault, backup)
    # the backup does not hold her: no restriction of nobody in the list "Eingeschränkt"
    assert svc.restricted_ids(open_vault.conn) == {kept.person.id}


def test_a_decision_and_a_9b_mark_made_after_the_backup_stay_after_the_restore(open_vault, tmp_path):
    fx = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    svc.set_period(open_vault.conn, rt.ENABLE_9B, True)
    backup = _backup(open_vault, tmp_path)
    svc.decide(open_vault.conn, fx.person.id, "keep", today=TODAY)
    svc.classify_9b(open_vault.conn, fx.person.id, True, today=TODAY)
    vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    decision = svc.r5_decision(conn, fx.person.id)
    assert (decision.decision, decision.decided) == ("keep", TODAY)
    assert svc.marked_9b(conn) == {fx.person.id}
