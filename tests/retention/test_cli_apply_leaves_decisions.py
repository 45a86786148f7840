"""``ssa-desktop retention --apply`` deletes what is due and names what it may not delete
by itself: a file whose § 8a procedure involved the Jugendamt (R5) and a file the Träger
classified under § 9b (restricted instead of deleted) wait for her decision in
Datenschutz, and the command exits with 3 while they wait."""

from __future__ import annotations

from datetime import date

from ssa_desktop import cli
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention, settings
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.retention.fixtures import full_person


def test_apply_leaves_the_jugendamt_and_9b_files_to_her_decision(open_vault, capsys,
                                                                 monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    gone = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    waits = full_person(open_vault.conn, 2, leaving=date(2026, 7, 31))
    open_vault.conn.execute("UPDATE cp_procedure SET youth_office_involved = 1 "
                            "WHERE person_id = ?", (waits.person.id,))
    restricted = full_person(open_vault.conn, 3, leaving=date(2026, 7, 31))
    settings.set_value(open_vault.conn, rt.ENABLE_9B, True)
    retention.classify_9b(open_vault.conn, restricted.person.id, True, today=date(2026, 7, 1))
    folder = open_vault.vault.folder
    open_vault.lock()
    code = cli.main(["retention", "--vault", str(folder), "--apply"])
    out = capsys.readouterr().out
    assert code == 3
    lines = out.strip().splitlines()
    assert [line for line in lines if waits.person.id in line] == [
        f"R5   Person mit Falldokumentation: {waits.person.id}  – fällig seit 31.07.2026 "
        "nach R2: Abgang + 0 Monate; § 8a mit Jugendamt: Entscheidung nötig (R5)  "
        "→ Entscheidung in Datenschutz"]
    assert [line for line in lines if restricted.person.id in line] == [
        f"R9b  Person mit Falldokumentation: {restricted.person.id}  – fällig seit 31.07.2026 "
        "nach R2: Abgang + 0 Monate; § 9b: einschränken statt löschen  "
        "→ Entscheidung in Datenschutz"]
    assert lines[-1] == "1 gelöscht; 2 warten auf eine Entscheidung."
    from ssa_desktop.storage.vault import Vault

    with Vault(folder).unlock(PASSPHRASE) as session:
        assert repo.PERSONS.get(session.conn, gone.person.id) is None
        assert repo.PERSONS.get(session.conn, waits.person.id) is not None
        assert repo.PERSONS.get(session.conn, restricted.person.id) is not None
