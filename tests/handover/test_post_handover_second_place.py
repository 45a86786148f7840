"""After the post's handover no backup at the second backup location (a Träger share, a
USB stick) opens with the predecessor's key: those made under the old key are shredded
there like the vault folder's (``rotation.remove_backups``), a fresh backup under the new
key is copied there, and a restore from it opens with the new emergency key. A location
out of reach at the handover is said (German) and settled at the next daily copy there.
Real vault, real folders, a real handover."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.services import backups, documents
from ssa_desktop.services import post_handover as svc
from ssa_desktop.services.vault_admin import restore_into_new_folder
from ssa_desktop.storage.emergency import format_key
from tests.handover.test_post_handover_backups import NEW, _opens_with, _unwraps_with
from tests.retention.fixtures import full_person
from tests.support import document_files as f
from tests.support.vaults import FAST_KDF, PASSPHRASE

DAY = date(2026, 11, 23)
THIRD = "Holunder-Kamin-Wanderweg-Rad-57"


def _prepared(open_vault, base):
    conn, folder = open_vault.conn, open_vault.vault.folder
    owner = d.Owner("person", full_person(conn, 1, leaving=None, school_id="school-1").person.id)
    pdf = f.pdf(text="Schweigepflichtentbindung")
    doc = documents.add_document(conn, owner, "release", "SPE", DAY, pdf)
    second = backups.second_place(base, open_vault.uuid)
    for back in (9, 2, 0):   # copies of the last days there, all under the old key
        backups.auto_backup(conn, open_vault.data_key, folder, DAY - timedelta(days=back),
                            second=second)
    old = {b.path.name for b in backups.list_backups(second)}
    assert len(old) == 3
    return second, bytes(open_vault.data_key), open_vault.emergency_key(), doc, pdf, old


def _nothing_opens_with_the_old_key(second, old_key, old_emergency, tmp_path):
    copies = backups.list_backups(second)
    assert copies
    for n, copy in enumerate(copies):
        assert not _opens_with(copy.path, old_key)
        try:
            restore_into_new_folder(copy.path, tmp_path / f"alt-{n}", old_emergency, THIRD,
                                    params=FAST_KDF).lock()
        except Exception:  # noqa: BLE001 - any refusal means: does not open
            pass
        else:
            raise AssertionError(f"{copy.path.name} opens with the old emergency key")
    files = [p for p in second.rglob("*") if p.is_file()]
    assert [p for p in files if _opens_with(p, old_key)] == []
    assert [p for p in files if _unwraps_with(p, PASSPHRASE)] == []


def _restores_with_the_new_key(second, result, doc, pdf, tmp_path):
    newest = backups.list_backups(second)[0].path
    back = restore_into_new_folder(newest, tmp_path / "neu", result.key_text, THIRD,
                                   params=FAST_KDF)
    try:
        assert back.check() == []
        assert documents.read_content(back.conn, documents.get_document(back.conn, doc.id)) == pdf
    finally:
        back.lock()


def test_the_handover_shreds_the_old_backups_at_the_second_location(open_vault, tmp_path):
    base = tmp_path / "Traeger-Freigabe"
    second, old_key, old_emergency, doc, pdf, old = _prepared(open_vault, base)
    with clock.frozen(DAY):
        result = svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                    params=FAST_KDF, second=second)
    assert result.second_place == ""   # nothing owed
    assert [b.path.name for b in backups.list_backups(second)] == [result.backup_after]
    assert result.backups_removed >= len(old)
    assert format_key(old_key) == old_emergency
    _nothing_opens_with_the_old_key(second, old_key, old_emergency, tmp_path)
    name = f"{doc.id}.ssadoc"
    folder = open_vault.vault.folder
    assert (second / "dokumente" / name).read_bytes() == (folder / "dokumente" / name).read_bytes()
    open_vault.lock()
    shutil.rmtree(folder)   # the laptop is lost after the handover
    _restores_with_the_new_key(second, result, doc, pdf, tmp_path)


def test_a_second_location_out_of_reach_is_said_and_settled_at_the_next_copy(open_vault,
                                                                             tmp_path):
    base = tmp_path / "USB-Stick"
    second, old_key, old_emergency, doc, pdf, old = _prepared(open_vault, base)
    base.rename(tmp_path / "in-der-Schublade")   # the stick is pulled out
    base.write_text("kein Ordner", "utf-8")
    with clock.frozen(DAY):
        result = svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                    params=FAST_KDF, second=second)
    assert "nicht erreichbar" in result.second_place
    assert "nächsten" in result.second_place
    from pypdf import PdfReader

    protocol = svc.write_protocol(tmp_path / "protokoll.pdf", result)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(protocol).pages).split())
    assert "nicht erreichbar" in text   # the Träger's protocol says it too
    base.unlink()
    (tmp_path / "in-der-Schublade").rename(base)   # plugged in again
    assert {b.path.name for b in backups.list_backups(second)} == old   # still there
    folder = open_vault.vault.folder
    # the same day: today's copy there has the same name as the new one, other bytes
    run = backups.auto_backup(open_vault.conn, open_vault.data_key, folder, DAY, second=second)
    assert run.second_failed == ""
    assert not ({b.path.name for b in backups.list_backups(second)} - {
        b.path.name for b in backups.list_backups(folder)})
    _nothing_opens_with_the_old_key(second, old_key, old_emergency, tmp_path)
    open_vault.lock()
    shutil.rmtree(folder)
    _restores_with_the_new_key(second, result, doc, pdf, tmp_path)


def test_a_second_location_never_copied_to_gets_the_new_backup(open_vault, tmp_path):
    """Set just before the handover (its vault folder there not made yet): reachable, not
    owed; the new backup goes there and the next day's copy follows."""
    base = tmp_path / "neuer-Stick"
    base.mkdir()
    second = backups.second_place(base, open_vault.uuid)
    with clock.frozen(DAY):
        result = svc.hand_over_post(open_vault, PASSPHRASE, NEW, progress=lambda *_: None,
                                    params=FAST_KDF, second=second)
    assert result.second_place == ""
    assert [b.path.name for b in backups.list_backups(second)] == [result.backup_after]
    run = backups.auto_backup(open_vault.conn, open_vault.data_key, open_vault.vault.folder,
                              DAY + timedelta(days=1), second=second)
    assert run.copied is not None and run.second_failed == ""
