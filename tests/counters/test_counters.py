"""Regressions without a clock: each operation's SQL statements (incl. those of triggers)
and written rows on a fixed demo vault, at or below tests/counters/baseline.json.
A rise fails naming the operation; `SSA_REWRITE_COUNTERS=1 pytest tests/counters`
rewrites the baseline (docs/notes/i49-perf.md)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities, handover_confirm, handover_school
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.counters.conftest import check


def _smallest_school(conn) -> str:
    return conn.execute("SELECT school_id FROM person WHERE school_id IS NOT NULL"
                        " GROUP BY school_id ORDER BY count(*), school_id LIMIT 1").fetchone()[0]


def test_the_unlock(demo_copy, counters):
    with counters.measure() as figures:
        session = Vault(demo_copy).unlock(PASSPHRASE)
    session.lock()
    check("unlock", figures)


def test_a_quick_entry_save(demo_copy, counters):
    session = Vault(demo_copy).unlock(PASSPHRASE)
    try:
        conn = session.conn
        person_id = conn.execute("SELECT id FROM person WHERE school_id IS NOT NULL"
                                 " ORDER BY pseudonym LIMIT 1").fetchone()[0]
        contact = Contact(day=date(2026, 7, 17), kind="EB", duration_min=30,
                          person_id=person_id, time="10:25", topics=("KON", "FAM"),
                          access_route="self", note="Gespräch über den Schulweg")
        with counters.measure() as figures:
            with transaction(conn):
                activities.record_contact(conn, contact)
    finally:
        session.lock()
    check("quick_entry_save", figures)


def test_the_school_handover_and_its_receipt(demo_copy, counters, tmp_path):
    worker = Vault(demo_copy).unlock(PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    try:
        conn = worker.conn
        school_id = _smallest_school(conn)
        with counters.measure() as package:
            result = handover_school.create_school_package(conn, school_id,
                                                           rules.Deputy("Nachfolge"), out)
        receipt = _successors_receipt(result, out)
        with counters.measure() as confirmed:
            handover_confirm.confirm_school_handover(conn, receipt)
    finally:
        worker.lock()
    check("school_handover_package", package)
    check("school_handover_receipt", confirmed)


def _successors_receipt(result, out: Path) -> Path:
    inbox = out / "eingang"
    inbox.mkdir()
    copy = inbox / result.path.name
    shutil.copyfile(result.path, copy)
    successor, _ = Vault.create(out / "nachfolge", PASSPHRASE, params=FAST_KDF)
    try:
        _merged, receipt = handover_school.receive_school_package(successor.conn, copy,
                                                                  result.key_text, out)
    finally:
        successor.lock()
    assert receipt is not None
    return receipt
