"""Issue 22 item 4: every table with free text or personal data has a deletion rule (or
a documented reason why none); a child's name written into a networking note, an
open-offer note, a Jahresbericht text, a partner's contact or agreement notes is
proposed for deletion by R13 and gone after it, also after a restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import (
    CooperationAgreement,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    Partner,
)
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.domain.worktime import Absence
from ssa_desktop.services import activities, annual_report, backups, vault_admin
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import timeshare_repo
from ssa_desktop.storage.connection import checkpoint
from ssa_desktop.storage.inventory import INVENTORY
from tests.support.sqlcipher_pages import folder_hits

DOCS = Path(__file__).resolve().parents[2] / "docs" / "retention.md"


def test_personal_data_has_a_rule_and_the_rest_a_reason():
    codes = {r.code for r in rt.rule_table().rules}
    for table, cover in INVENTORY.items():
        assert cover.how, table
        if cover.personal:
            assert cover.rule in codes, f"{table}: personal data without a deletion rule"
        elif cover.rule:
            assert cover.rule in codes, table


def test_the_inventory_is_in_the_docs():
    text = DOCS.read_text("utf-8")
    for table, cover in INVENTORY.items():
        assert f"| `{table}` | {cover.rule or '–'} |" in text, table


# -- R13 on a real vault --------------------------------------------------------------------
NAME = "Zilpzalp"


def _fill(conn) -> None:
    day = date(2026, 3, 2)
    with clock.frozen(day):
        partner = repo.PARTNERS.insert(conn, Partner("Beratungsstelle", contact_person=f"Frau {NAME}",
                                                     phone="0761 55", email="z@example.org",
                                                     id="pa-1"))
        activities.record_network_activity(conn, NetworkActivity(
            "RT", day, 60, school_id="school-1", partner_id=partner.id,
            note=f"{NAME}s Mutter kam dazu", id="na-1"))
        activities.record_open_offer(conn, OpenOfferSession(
            "Pausentreff", day, 45, visitors=3, school_id="school-1", note=f"{NAME} weinte",
            id="oo-1"))
        group = activities.save_group(conn, GroupActivity("AG", 2025, school_id="school-1",
                                                          id="g-1"))
        activities.record_group_session(conn, GroupSession(group.id, day, 90,
                                                           note=f"{NAME} fehlte", id="gs-1"))
        repo.AGREEMENTS.insert(conn, CooperationAgreement(
            "school-1", date(2025, 8, 1), date(2026, 7, 31), notes=f"Fall {NAME} besprochen",
            id="ag-1"))
        timeshare_repo.ABSENCES.insert(conn, Absence("sick", day, day, note=f"Gespräch {NAME}", id="ab-1"))
        annual_report.save_texts(conn, "school-1", SchoolYear(2025),
                                 {annual_report.SECTION_KEYS[0]: f"Mit {NAME} gearbeitet"})


def test_free_texts_are_proposed_and_cleared_and_stay_cleared(open_vault):
    conn = open_vault.conn
    _fill(conn)
    backup = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder,
                                 date(2026, 3, 3)).created
    due = {(a.record_kind, a.record_id) for a in svc.due_items(conn, date(2040, 1, 1))
           if a.rule == "R13"}
    assert due == {("activity_note", "na-1"), ("activity_note", "oo-1"),
                   ("activity_note", "gs-1"), ("activity_note", "ab-1"),
                   ("partner_contact", "pa-1"), ("agreement_notes", "ag-1"),
                   ("report_text", f"school-1/2025/{annual_report.SECTION_KEYS[0]}")}
    # not before the period: notes 12 months after the school year (31.07.2026)
    assert not [a for a in svc.due_items(conn, date(2027, 7, 30)) if a.record_kind == "activity_note"
                and a.record_id != "ab-1"]
    with clock.frozen(date(2029, 8, 1)):
        report = svc.apply_due(conn, today=date(2029, 8, 1))
        assert report.deleted >= 7
        assert repo.PARTNERS.get(conn, "pa-1").contact_person == ""
        assert repo.PARTNERS.get(conn, "pa-1").name == "Beratungsstelle"
        vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert repo.PARTNERS.get(conn, "pa-1").phone == ""
    assert conn.execute("SELECT count(*) FROM annual_report_text WHERE text != ''").fetchone() == (0,)
    assert [a for a in svc.due_items(conn, date(2040, 1, 1)) if a.rule == "R13"] == []
    checkpoint(conn)
    backups.rotate(conn, open_vault.vault.folder, date(2029, 8, 1))
    assert folder_hits(open_vault.vault.folder, bytes(open_vault.data_key), [NAME]) == []


def test_with_rule_counts_the_tables_with_personal_data():
    # 20 since issue 20: cp_procedure keeps codes and dates only (its R5 decision moved
    # to retention_decision, the engine's one store); 21 with case_goal (issue 63), 22 with document,
    # 23 with goal_rating (who rated: the deputy's name)
    with_rule = [t for t, c in INVENTORY.items() if c.personal]
    assert len(with_rule) == 23 and "partner" in with_rule and "case_goal" in with_rule
    assert "goal_rating" in with_rule
    assert "document" in with_rule
