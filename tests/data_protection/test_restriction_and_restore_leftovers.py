"""Issue 22 item 8: a restricted person's draft filed under her appointment leaves the
pending drafts; the engine and the 30-day purge leave a restricted person's working note
alone; a killed restore's staged copy goes at the next open whatever its age (unless a
process still holds it), overwritten first; stray side files of staged copies go too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Appointment, Draft, Person, WorkingNote
from ssa_desktop.services import notes
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import files
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.inspection import LEFTOVER_AGE_SECONDS
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 9, 1)


def _person(conn, pid: str) -> Person:
    return repo.PERSONS.insert(conn, Person(pid.upper(), first_name="Mara", school_id="school-1",
                                            id=pid))


def test_a_draft_under_a_restricted_persons_appointment_is_not_offered(conn):
    _person(conn, "p-1")
    _person(conn, "p-2")
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 9, 3), "10:00", "10:30",
                                               person_id="p-1", id="ap-1"))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 9, 3), "11:00", "11:30",
                                               person_id="p-2", id="ap-2"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"note": "Unterapp"}), ref="ap-1"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"appointment_id": "ap-1",
                                                          "note": "Imapp"}), ref="quick_entry"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"note": "Andere"}), ref="ap-2"))
    svc.restrict(conn, "p-1", today=TODAY)
    offered = [json.loads(d.payload)["note"] for d in notes.pending_drafts(conn)]
    assert offered == ["Andere"]
    svc.lift_restriction(conn, "p-1", today=TODAY)
    assert sorted(json.loads(d.payload)["note"] for d in notes.pending_drafts(conn)) == [
        "Andere", "Imapp", "Unterapp"]


def test_a_restricted_persons_working_note_is_neither_proposed_nor_purged(conn):
    _person(conn, "p-1")
    repo.WORKING_NOTES.insert(conn, WorkingNote("Merkzettel", date(2026, 8, 1), person_id="p-1",
                                                created="2026-07-20 10:00:00", id="wn-1"))
    svc.restrict(conn, "p-1", today=date(2026, 7, 25))
    note = next(a for a in svc.assess(conn, TODAY) if a.record_kind == "working_note")
    assert note.state == rt.RESTRICTED and not note.is_due
    assert svc.apply_due(conn, today=TODAY).deleted == 0
    assert not notes.working_notes_expired(conn, TODAY)   # nothing for a view to purge
    assert notes.purge_expired_working_notes(conn, TODAY) == 0
    assert conn.execute("SELECT count(*) FROM working_note").fetchone() == (1,)
    svc.lift_restriction(conn, "p-1", today=TODAY)
    assert svc.apply_due(conn, today=TODAY).deleted == 1


# -- leftovers of a killed restore ---------------------------------------------------------
_KILLED = textwrap.dedent("""
    import os, signal, sys
    from ssa_desktop.storage import backup_rotation
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage.vault import Vault
    session = Vault(sys.argv[1]).unlock(sys.argv[2])
    def die(*a, **k):
        os.kill(os.getpid(), signal.SIGKILL)
    vault_admin.prepare_staged = die
    vault_admin.restore_vault(session, sys.argv[3])
""")


def test_a_killed_restores_copy_goes_at_the_next_open_at_once(open_vault, tmp_path):
    folder = open_vault.vault.folder
    backup = open_vault.vault.folder.parent / "b.ssabak"
    from ssa_desktop.services.vault_admin import backup_vault

    backup_vault(open_vault, backup)
    open_vault.lock()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _KILLED, str(folder), PASSPHRASE, str(backup)],
                          env=env, timeout=120, capture_output=True)
    assert done.returncode == -9, done.stderr
    staged = folder / "vault.ssadb.restore"
    assert staged.exists()
    assert time.time() - staged.stat().st_mtime < LEFTOVER_AGE_SECONDS  # young
    (folder / "vault.ssadb.restore-journal").write_bytes(b"j" * 512)
    reader = open(staged, "rb")  # noqa: SIM115 - sees the inode after the unlink
    try:
        session = Vault(folder).unlock(PASSPHRASE)
        session.lock()
        assert not staged.exists()
        assert not (folder / "vault.ssadb.restore-journal").exists()
        assert any("vault.ssadb.restore" in n and "entfernt" in n for n in session.notices)
        data = reader.read()
        assert data and set(data) == {0}, "overwritten with zeros before the unlink"
    finally:
        reader.close()


def test_a_staged_copy_a_process_still_holds_is_kept(open_vault):
    folder = open_vault.vault.folder
    open_vault.lock()
    staged = folder / "vault.ssadb.restore"
    staged.write_bytes(b"s" * 4096)
    old = time.time() - LEFTOVER_AGE_SECONDS - 60
    os.utime(staged, (old, old))
    files.hold(staged)
    try:
        session = Vault(folder).unlock(PASSPHRASE)
        session.lock()
        assert staged.exists()
        assert any("noch in Arbeit" in n for n in session.notices)
    finally:
        files.release(staged)
    Vault(folder).unlock(PASSPHRASE).lock()
    assert not staged.exists()


def test_stray_side_files_of_a_rekey_go_once_old(open_vault):
    folder = open_vault.vault.folder
    open_vault.lock()
    strays = [folder / "vault.ssadb.rekey-wal", folder / "vault.ssadb.rekey-shm",
              folder / "backups" / ".ssa-sicherung-2026-09-01.ssabak.partial-journal"]
    strays[2].parent.mkdir(exist_ok=True)
    for path in strays:
        path.write_bytes(b"x" * 100)
    Vault(folder).unlock(PASSPHRASE).lock()
    assert all(p.exists() for p in strays)           # young: may belong to a running process
    old = time.time() - LEFTOVER_AGE_SECONDS - 60
    for path in strays:
        os.utime(path, (old, old))
    Vault(folder).unlock(PASSPHRASE).lock()
    assert not any(p.exists() for p in strays)
