"""``import-json`` into an empty vault obeys the file's own tombstones and ownership: a
time entry of a month the file says was deleted (and its stopwatch session) is not
written, and a contact in another pupil's case refuses the file."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop.domain.entities import Contact, TimeEntry
from ssa_desktop.domain.worktime import TimeSession
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import timeshare_repo
from ssa_desktop.storage.vault import Vault
from tests.services.test_handover import _person
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.vaults import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 23)


def _export(open_vault, tmp_path, capsys, monkeypatch):
    conn = open_vault.conn
    lena, greta = _person(conn, "L-13"), _person(conn, "G-09")
    entry = repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 2, 3), "VNZ", 30,
                                                     note="Telefonat Frau K."))
    timeshare_repo.TIME_SESSIONS.insert(conn, TimeSession(entry.id, "2026-02-03T09:00:00+01:00",
                                                          "2026-02-03T09:30:00+01:00"))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 3, 3), "VNZ", 20))
    folder = locked_with_passphrase(open_vault, monkeypatch)
    export = tmp_path / "x.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=TODAY)[0] == 0
    return lena, greta, export, json.loads(export.read_text(encoding="utf-8"))


def _empty(tmp_path):
    folder = tmp_path / "neu"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    return folder


def _count(folder, table) -> int:
    with Vault(folder).unlock(PASSPHRASE) as session:
        return session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


def test_a_month_the_file_deleted_is_not_written(open_vault, tmp_path, capsys, monkeypatch):
    _lena, _greta, export, doc = _export(open_vault, tmp_path, capsys, monkeypatch)
    doc["tables"]["tombstone"].append({"record_id": "2026-02", "category": "time_month",
                                       "deleted": "2026-11-01"})
    export.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    folder = _empty(tmp_path)
    code, out, err = run_cli(capsys, "import-json", "--vault", folder, export, at=TODAY)
    assert code == 0, err
    assert _count(folder, "time_entry") == 1       # March's; February's stays deleted
    assert _count(folder, "time_session") == 0
    assert "2 Einträge nicht eingelesen: gelöscht (Grabstein in der Datei)" in out


def test_a_contact_in_another_pupils_case_refuses_the_file(open_vault, tmp_path, capsys,
                                                           monkeypatch):
    lena, greta, export, doc = _export(open_vault, tmp_path, capsys, monkeypatch)
    case_g = next(r for r in doc["tables"]["case_file"] if r["person_id"] == greta.id)
    mine = next(r for r in doc["tables"]["contact"] if r["person_id"] == lena.id)
    mine["case_id"] = case_g["id"]
    export.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    folder = _empty(tmp_path)
    code, _out, err = run_cli(capsys, "import-json", "--vault", folder, export, at=TODAY)
    assert code == 1
    assert "case_id: der Fall gehört nicht zu dieser Person" in err
    assert _count(folder, "contact") == 0
    assert Contact  # the row kind the file carries
