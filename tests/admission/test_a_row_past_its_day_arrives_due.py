"""A row already past its deletion day that a file brings (a pupil who left a year ago in
an older export) is not refused – the file may be her own move – but is „Löschung fällig“
at once, by the one engine that judges what she typed (``retention.due_items``); nothing
holds it back from the deletion check. Real vault, real file, the CLI."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.vaults import FAST_KDF


def test_a_pupil_who_left_long_ago_is_due_the_moment_she_arrives(tmp_path, capsys, monkeypatch):
    source = Vault.create(tmp_path / "quelle", PASSPHRASE, params=FAST_KDF)[0]
    try:
        conn = source.conn
        conn.execute("INSERT INTO school (id, name, school_type) VALUES ('school-1', 'S', 'GMS')")
        repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna",
                                         leaving_date=date(2025, 7, 31)))
        doc = json.loads(json.dumps(ix.export_document(conn)))
    finally:
        source.lock()
    path = tmp_path / "datei.json"
    path.write_text(json.dumps(doc), "utf-8")
    target = Vault.create(tmp_path / "ziel", PASSPHRASE, params=FAST_KDF)[0]
    target.conn.execute("INSERT INTO school (id, name, school_type) VALUES ('eigene', 'E', 'GMS')")
    target.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["import-json", "--vault", str(tmp_path / "ziel"), str(path)]) == 0
    session = Vault(tmp_path / "ziel").unlock(PASSPHRASE)
    try:
        with clock.frozen(date(2026, 11, 20)):
            due = {(a.record_kind, a.record_id) for a in retention.due_items(session.conn)}
    finally:
        session.lock()
    assert ("person", "anna") in due
