"""Migration "i20_r5_one_store" (issue 20): the § 8a retention decision of a closed
procedure moves from ``cp_procedure.retention_decision`` into ``retention_decision`` (the
one store the engine reads); the old column goes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import sqlcipher3

from ssa_desktop.domain import retention as rt
from ssa_desktop.storage import migrations
from ssa_desktop.storage import retention_repo as rrepo
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

V2 = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v2"


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def _columns(conn, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def test_fixture_vault_decision_moves_into_the_engines_store(tmp_path):
    info = json.loads((V2 / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V2 / name, folder / name)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert "retention_decision" not in _columns(conn, "cp_procedure")
        # closed 20.05.2025 with "keep" (step 9 that day): asked again after 12 months
        assert rrepo.latest_decisions(conn) == [
            rt.Decision("fixture-person-1", "keep", date(2025, 5, 20), date(2026, 5, 20))]
        assert conn.execute("SELECT record_kind FROM retention_decision").fetchall() == [
            ("person",)]
    finally:
        session.lock()


def test_latest_step_9_and_the_configured_period_count():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.upgrade(conn, up_to=_version_of("i20_r5_one_store") - 1)
        conn.execute("INSERT INTO person (id, kind, pseudonym, stat_token, created) VALUES"
                     " ('p1', 'pupil', 'P-1', 't1', '2023-09-01'),"
                     " ('p2', 'pupil', 'P-2', 't2', '2023-09-01')")
        conn.execute("INSERT INTO cp_procedure (id, person_id, opened, status, closed,"
                     " youth_office_involved, retention_decision) VALUES"
                     " ('x1', 'p1', '2024-01-10', 'closed', '2024-02-29', 1, 'keep'),"
                     " ('x2', 'p2', '2024-01-10', 'closed', '2024-03-01', 0, '')")
        conn.execute("INSERT INTO cp_step (id, procedure_id, step, day, actor, text) VALUES"
                     " ('s1', 'x1', '9', '2024-02-29', 'F', ''),"
                     " ('s2', 'x1', '9', '2025-03-31', 'F', '')")   # the yearly review
        conn.execute("INSERT INTO setting (key, value) VALUES ('retention.R5.review_months', '11')")
        conn.execute("INSERT INTO retention_decision (id, record_kind, record_id, decision,"
                     " decided, review) VALUES ('d0', 'person', 'p1', 'keep', '2023-01-01',"
                     " '2024-01-01')")
        migrations.upgrade(conn)
        assert "retention_decision" not in _columns(conn, "cp_procedure")
        # the procedure's later decision is the latest; 31.03.2025 + 11 months
        assert rrepo.latest_decisions(conn) == [
            rt.Decision("p1", "keep", date(2025, 3, 31), date(2026, 2, 28))]
        assert conn.execute("SELECT count(*) FROM retention_decision").fetchone()[0] == 2
    finally:
        conn.close()
