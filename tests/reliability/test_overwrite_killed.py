"""A disclosure killed between its file and its log entry (storage/file_intents.py,
docs/reliability.md): a real child process exports a document she agreed to overwrite and
is SIGKILLed just after the new file replaced the old one, before the
Übermittlungsprotokoll's commit. The next unlock undoes it: the old file is back (or the
new one gone where there was none), no hidden ``.old`` file is left, no entry, and one
German sentence names the file. Held (Windows), it waits for the next unlock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import consents, documents, overwrites
from ssa_desktop.services import vault_admin as admin
from ssa_desktop.storage import file_intents, files
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_test_school
from tests.support import document_files as f

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 2)

# The child: exports the document to argv[3] and kills itself the moment the new file is
# in place (``files.put_in_place`` returned), before the log's commit.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from datetime import date
    from ssa_desktop.services import documents
    from ssa_desktop.storage import files
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    vault, doc_id, target = sys.argv[1], sys.argv[2], sys.argv[3]
    placed = files.put_in_place

    def put_in_place_then_killed(tmp, where):
        placed(tmp, where)
        os.kill(os.getpid(), signal.SIGKILL)

    files.put_in_place = put_in_place_then_killed
    conn = Vault(vault).unlock(PASSPHRASE).conn
    documents.export_document(conn, doc_id, target, "Jugendamt", "4KKG", date(2026, 3, 2))
    print("not killed")
""")


def _vault_with_document(folder: Path) -> tuple[str, str]:
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        add_test_school(session)
        pupil = repo.PERSONS.insert(session.conn, Person(
            "K-17", first_name="Kim", last_name="Sommer", gender="w", grade=7,
            class_label="7b", school_id="school-1", birth_year=2013))
        doc = documents.add_document(session.conn, d.Owner("person", pupil.id), "letter",
                                     "Brief", DAY, f.pdf())
        return pupil.id, doc.id
    finally:
        session.lock()


def _killed_export(tmp_path: Path, old: bytes | None) -> tuple[Path, Path, str]:
    vault = tmp_path / "tresor"
    person_id, doc_id = _vault_with_document(vault)
    out = tmp_path / "Kim Sommer"     # a folder named after the child: never outside the vault
    out.mkdir()
    target = out / "Brief an das Jugendamt.pdf"
    if old is not None:
        target.write_bytes(old)
    child = subprocess.run([sys.executable, "-c", CHILD, str(vault), doc_id, str(target)],
                           cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                           capture_output=True, text=True, timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert target.read_bytes().startswith(b"%PDF-")   # the new file is out, no entry
    return vault, target, person_id


def _unlock_upkeep(vault: Path, person_id: str) -> tuple[list[str], list]:
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        return (overwrites.undo_interrupted(session.conn),
                consents.disclosures_for_person(session.conn, person_id))
    finally:
        session.lock()


def _leaks(vault: Path, words: tuple[str, ...]) -> list[str]:
    """Files of the vault's folder (other than the encrypted database) naming the path."""
    return [p.name for p in vault.rglob("*") if p.is_file() and not p.name.startswith("vault.")
            and any(w.encode() in p.read_bytes() for w in words)]


def test_a_kill_before_the_log_commit_is_undone_at_the_next_unlock(tmp_path):
    vault, target, person_id = _killed_export(tmp_path, b"%PDF her older letter")
    said, log = _unlock_upkeep(vault, person_id)
    assert target.read_bytes() == b"%PDF her older letter"
    assert list(target.parent.iterdir()) == [target]      # no hidden .old left beside it
    assert log == []
    assert len(said) == 1 and str(target) in said[0] and "frühere Fassung" in said[0]
    assert _leaks(vault, ("Kim Sommer", "Jugendamt.pdf")) == []
    assert _unlock_upkeep(vault, person_id)[0] == []      # resolved once: nothing left


def test_a_kill_where_there_was_no_file_removes_the_new_one(tmp_path):
    vault, target, person_id = _killed_export(tmp_path, None)
    said, log = _unlock_upkeep(vault, person_id)
    assert list(target.parent.iterdir()) == [] and log == []
    assert len(said) == 1 and str(target) in said[0] and "entfernt" in said[0]


def test_a_held_file_waits_for_the_next_unlock(windows_sharing, tmp_path):
    vault, target, person_id = _killed_export(tmp_path, b"%PDF her older letter")
    windows_sharing.hold(target)        # her PDF viewer has the new file open
    said, _ = _unlock_upkeep(vault, person_id)
    assert len(said) == 1 and str(target) in said[0] and "nächsten Entsperren" in said[0]
    assert target.read_bytes().startswith(b"%PDF-")   # nothing lost: the old one beside
    assert [p.read_bytes() for p in target.parent.iterdir() if p != target] \
        == [b"%PDF her older letter"]
    windows_sharing.close(target)
    said, _ = _unlock_upkeep(vault, person_id)
    assert target.read_bytes() == b"%PDF her older letter"
    assert list(target.parent.iterdir()) == [target] and "frühere Fassung" in said[0]


def test_a_restore_keeps_the_journal_of_the_files_on_disk_now(open_vault, tmp_path):
    """The journal names files on this disk now, not when the backup was made: a row the
    backup holds (a held file resolved since, her file written again since) must not
    undo today's file, and a row of today waits for the next unlock after the restore.
    Before: the backup's row came back and the next unlock removed her file."""
    conn = open_vault.conn
    hers = tmp_path / "Brief.pdf"
    conn.execute("INSERT INTO file_intent (target, kept) VALUES (?, NULL)", (str(hers),))
    backup = admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    conn.execute("DELETE FROM file_intent")
    hers.write_bytes(b"%PDF written again since, logged")
    pending = tmp_path / "Noch offen.pdf"
    conn.execute("INSERT INTO file_intent (target, kept) VALUES (?, NULL)", (str(pending),))
    admin.restore_vault(open_vault, backup)
    conn = open_vault.conn     # the restored database
    assert conn.execute("SELECT target, kept, done FROM file_intent").fetchall() \
        == [(str(pending), None, 0)]
    assert overwrites.undo_interrupted(conn) == []
    assert hers.read_bytes() == b"%PDF written again since, logged"


def test_a_folder_not_reachable_at_unlock_waits_for_the_next_unlock(tmp_path):
    """The folder is gone at the unlock (her USB stick not plugged in, a share not
    reachable): nothing can be undone there, so the row waits, with one sentence; once
    the folder is back, the next unlock puts the old file back. Without the wait the row
    went and the new file stayed, her old one hidden beside it for ever."""
    vault, target, person_id = _killed_export(tmp_path, b"%PDF her older letter")
    folder = target.parent
    unplugged = folder.rename(tmp_path / "Stick abgezogen")
    said, _ = _unlock_upkeep(vault, person_id)
    assert len(said) == 1 and str(target) in said[0] and "nächsten Entsperren" in said[0]
    unplugged.rename(folder)
    said, log = _unlock_upkeep(vault, person_id)
    assert target.read_bytes() == b"%PDF her older letter" and log == []
    assert list(folder.iterdir()) == [target] and "frühere Fassung" in said[0]


def test_a_done_rows_kept_file_waits_for_its_folder_silently(open_vault, tmp_path):
    """The step committed, only the old file kept beside the new one is left (held at the
    end): its folder not reachable at the unlock, the row waits without a word, and the
    kept file goes once the folder is back."""
    conn = open_vault.conn
    folder = tmp_path / "Stick"
    folder.mkdir()
    target, kept = folder / "Brief.pdf", folder / ".Brief.pdf.0a1b.old"
    target.write_bytes(b"%PDF logged")
    kept.write_bytes(b"%PDF older")
    conn.execute("INSERT INTO file_intent (target, kept, done) VALUES (?, ?, 1)",
                 (str(target), str(kept)))
    unplugged = folder.rename(tmp_path / "abgezogen")
    assert overwrites.undo_interrupted(conn) == []
    assert conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 1
    unplugged.rename(folder)
    assert overwrites.undo_interrupted(conn) == []
    assert list(folder.iterdir()) == [target] and target.read_bytes() == b"%PDF logged"
    assert conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 0


def test_the_unlock_upkeep_leaves_an_export_running_now_alone(open_vault, tmp_path):
    """The upkeep runs on its own lane (ui/privacy/unlock_tasks.py) beside an export she
    started at once: a row of a block running now is not one a kill left. Before: the
    upkeep put the old file back under the running export (its file gone at the end)."""
    conn = open_vault.conn
    target = tmp_path / "Ausgabe" / "Jahresbericht.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF her older report")
    with file_intents.written(conn, target):
        files.atomic_write_bytes(target, b"%PDF the new report")
        assert overwrites.undo_interrupted(conn) == []
        assert target.read_bytes() == b"%PDF the new report"
    assert list(target.parent.iterdir()) == [target]
    assert target.read_bytes() == b"%PDF the new report"
    assert overwrites.undo_interrupted(conn) == []
