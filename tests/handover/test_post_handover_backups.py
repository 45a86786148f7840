"""Issue 18 item 4: after the successor handover no file in the vault folder opens with
the predecessor's key. The backups under the old data key (the automatic ones, one made
by hand and the one the re-key makes just before it) are shredded by the backups' normal
deletion (overwritten, synchronised, removed, a deletion-log entry); a fresh backup under
the new key takes their place; the protocol says both."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import backups, retention
from ssa_desktop.services import post_handover as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup import export_database, verify_database
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.errors import WrongEmergencyKey, WrongPassphrase
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.vault import Vault
from tests.support.sqlcipher_pages import folder_hits
from tests.support.vaults import FAST_KDF, PASSPHRASE

NEW = "Wiesenklee-Ofenbank-Segelboot-93"
DAY = date(2026, 11, 23)


def _opens_with(path, key: bytes) -> bool:
    """The file opens as a SQLCipher database under ``key`` (its schema can be read)."""
    try:
        conn = connect(path, key)
    except Exception:  # noqa: BLE001 - any refusal means: does not open
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # noqa: BLE001
        return False
    finally:
        conn.close()


def _unwraps_with(path, passphrase: str) -> bool:
    try:
        KeyFile.load(path).unwrap(passphrase)
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture
def handed_over(open_vault, tmp_path):
    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("Q-11", first_name="Quirin", last_name="Lauber",
                                     school_id="school-1"))
    folder = open_vault.vault.folder
    old_key = bytes(open_vault.data_key)
    for back in (20, 3, 0):  # automatic backups of the last weeks, all under the old key
        backups.auto_backup(conn, open_vault.data_key, folder, DAY - timedelta(days=back))
    export_database(conn, open_vault.data_key, folder / "backups" / "von-hand-2026-11-20.ssabak")
    before = {b.path.name for b in backups.list_backups(folder)}
    assert len(before) == 4
    assert {name.split("/")[0] for name, _how, _w in folder_hits(folder, old_key, ["Quirin"])} \
        >= {"backups"}  # the test can see the name in an old backup
    with clock.frozen(DAY):
        result = svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                    params=FAST_KDF)
    return open_vault, folder, old_key, before, result


def test_no_file_in_the_vault_folder_opens_with_the_old_key(handed_over):
    session, folder, old_key, _before, _result = handed_over
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    assert [p for p in files if _opens_with(p, old_key)] == []
    assert [p for p in files if _unwraps_with(p, PASSPHRASE)] == []
    assert folder_hits(folder, old_key, ["Quirin", "Lauber"]) == []


def test_a_fresh_backup_under_the_new_key_replaces_the_old_ones(handed_over):
    session, folder, old_key, before, result = handed_over
    left = backups.list_backups(folder)
    assert [b.path.name for b in left] == [result.backup_after]
    assert result.backup_after == "nach-uebergabe-20261123-120000.ssabak"
    assert result.backups_removed == len(before) + 1  # and the one made before the re-key
    assert result.backup_before.startswith("vor-neuem-schluessel-")
    assert not (folder / "backups" / result.backup_before).exists()
    verify_database(left[0].path, session.data_key)  # opens with the new key
    assert _opens_with(left[0].path, bytes(session.data_key))


def test_the_deletion_log_and_the_protocol_report_it(handed_over, tmp_path):
    session, folder, _old_key, before, result = handed_over
    (entry,) = [e for e in retention.deletion_log(session.conn)
                if e.category == "Sicherungen unter dem bisherigen Schlüssel"]
    assert entry.counts["Sicherungsdateien"] == len(before) + 1
    assert entry.rule == "Übergabe der Stelle"
    assert "nicht mehr vorhanden" in entry.verification
    pdf = svc.write_protocol(tmp_path / "protokoll.pdf", result)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "5 Sicherungen unter dem bisherigen Schlüssel überschrieben und gelöscht" in text
    assert "nach-uebergabe-20261123-120000.ssabak" in text
    assert "Quirin" not in text and "Lauber" not in text


def test_the_old_emergency_key_restores_nothing(handed_over):
    session, folder, old_key, _before, _result = handed_over
    from ssa_desktop.storage.emergency import format_key

    session.lock()
    vault = Vault(folder)
    with pytest.raises(WrongEmergencyKey):
        vault.unlock_with_emergency_key(format_key(old_key))
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock(NEW).lock()
