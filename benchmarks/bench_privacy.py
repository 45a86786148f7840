"""Data-protection figures on the 10-year vault: the daily automatic backup, a restore
that re-applies 1,000 deleted persons' tombstones (export, delete, VACUUM, swap), the
Auskunft collection for the heaviest person and the breach counts at unlock."""

from __future__ import annotations

from datetime import date

from harness import Result, timed

from ssa_desktop.services import backups, breach, privacy, vault_admin
from ssa_desktop.storage import privacy_repo, retention_log_repo
from ssa_desktop.storage.transactions import transaction

DAY = date(2026, 11, 22)


def run(bench) -> list[Result]:
    results = []
    folder = bench.working_copy()
    session = bench.open(folder)
    try:
        conn = session.conn

        def backup():
            target = folder / "backups" / "ssa-sicherung-2026-11-22.ssabak"
            target.unlink(missing_ok=True)
            backups.auto_backup(conn, session.data_key, folder, DAY)

        results.append(Result("auto_backup_s", timed(backup, 1), "s", 15.0,
                              "täglich beim Entsperren, im Hintergrund"))
        made = folder / "backups" / "ssa-sicherung-2026-11-22.ssabak"

        ids = [r[0] for r in conn.execute(
            "SELECT id FROM person WHERE id != ? ORDER BY id LIMIT 1000", (bench.heavy_id,))]
        with transaction(conn):
            marks = ",".join("?" * len(ids))
            conn.execute(f"DELETE FROM person WHERE id IN ({marks})", ids)  # noqa: S608
            for person_id in ids:  # what the retention deletion leaves behind
                retention_log_repo.insert_tombstone(conn, person_id, "person", DAY)
        results.append(Result("restore_reapply_1000_persons_s",
                               timed(lambda: vault_admin.restore_vault(session, made), 1), "s", 60.0,
                               "Wiederherstellung mit 1.000 Löschungen (Export, Löschen, VACUUM)"))
        conn = session.conn
        assert conn.execute(f"SELECT count(*) FROM person WHERE id IN ({marks})",  # noqa: S608
                            ids).fetchone()[0] == 0
        ms = 1000.0
        results.append(Result("auskunft_collect_heavy_ms",
                              ms * timed(lambda: privacy.collect(conn, bench.heavy_id), bench.reps),
                              "ms", 1000.0,
                              "Auskunft: Zusammenstellung für die Person mit den meisten Kontakten"))
        results.append(Result("breach_counts_ms",
                              ms * timed(lambda: privacy_repo.breach_counts(conn), bench.reps), "ms",
                              1000.0, "Zählung für den Datenpannen-Assistenten beim Entsperren"))
        results.append(Result("breach_draft_ms",
                              ms * timed(lambda: breach.draft(folder, breach.clock.now()), bench.reps),
                              "ms", 200.0, "Entwurf ohne Entsperren"))
    finally:
        session.lock()
    return results
