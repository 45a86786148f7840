"""Review findings 2, 3, 8, 13 (issue 28): what happens to the key, the package file and
the return file when a return is read, read late, read after the key is gone, or lies on
a medium that refuses the deletion. Real vaults, real package files."""

from __future__ import annotations

import errno
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import backups, handover_deputy_work, handover_return, retention
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import (
    LATER,
    _both_changed,
    _dump,
    _entry,
    _open,
    _package,
    _return,
    _two,
)
from tests.services.test_handover import PERIOD, TODAY


def _log(conn, package_id):
    return [e for e in retention.deletion_log(conn) if e.record_id == package_id]


# -- finding 2: an expired return removes the key, the log says what really happened -----------
def test_an_expired_return_removes_the_key_and_shreds_the_package_and_logs_both(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    with pytest.raises(svc.PackageExpired, match="Paketschlüssel wurde gelöscht"):
        handover_return.import_return(conn, ret.path, today=PERIOD.expires)
    assert not ret.path.exists() and not result.path.exists()
    assert "key" not in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    logged = {e.category: e for e in _log(conn, result.package_id)}
    assert logged["Rückgabe der Vertretung (Datei)"].method == (
        "Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt")
    key = logged["Vertretungspaket (Schlüssel und Datei)"]
    assert key.method.startswith("Schlüssel aus dem Tresor entfernt")


def test_the_key_removal_names_the_expiry_of_the_backups_that_still_hold_it(open_vault, out):
    conn = open_vault.conn
    a, _b = _two(conn)
    result = _package(conn, out, a)
    with clock.frozen(TODAY):
        backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY)
    svc.sweep_issued(conn, PERIOD.expires)
    [entry] = _log(conn, result.package_id)
    expected = retention.backup_expiry(conn, PERIOD.expires)
    assert expected is not None and entry.backup_expiry == expected.isoformat()


def test_the_unlock_tasks_sweep_expired_packages_and_keys(ctx, qtbot, tmp_path):
    from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks

    folder = tmp_path / "aus"
    folder.mkdir()
    a, _b = _two(ctx.conn)
    result = _package(ctx.conn, folder, a)
    said = []
    ctx.status_message.connect(said.append)
    with clock.frozen(PERIOD.expires):
        run_unlock_tasks(ctx)
        qtbot.waitUntil(lambda: any("abgelaufen" in s for s in said), timeout=20000)
    assert "key" not in q.registry(ctx.conn, q.REGISTRY_PREFIX)[result.package_id]
    assert not result.path.exists()


# -- finding 3 / issue 64 item 5: returns are read until the expiry; the last one ends it ----------
@pytest.mark.parametrize("offset", [-1, 0, 1, 14])
def test_the_key_stays_until_the_package_expires(conn, out, offset):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    day = PERIOD.last + timedelta(days=offset)
    merged = handover_return.import_return(conn, ret.path, today=day)
    assert "key" in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert "bis zum Ablauf des Pakets (letzter Tag 22.01.2027)" in " ".join(merged.after)


def test_a_second_return_after_the_first_was_read_is_read_too(conn, out):
    """The reviewer's p4: a complete import during the Vertretung, then she works on and
    writes a second return, her last (a new name): it is read, her later work is not lost."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    first = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, note="erste"), today=LATER)
    pkg.close()
    handover_return.import_return(conn, handover_deputy_work.write_return(result.path, result.key_text, out,
                                                                          today=LATER).path, today=LATER)
    pkg = _open(result)
    later = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, note="später"), today=LATER)
    pkg.close()
    second = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER,
                                               last=True)
    assert second.path.name.endswith("-2.ssapaket") or second.path.exists()
    merged = handover_return.import_return(conn, second.path, today=PERIOD.last + timedelta(days=1))
    assert not merged.conflicts
    assert repo.CONTACTS.get(conn, first.id) and repo.CONTACTS.get(conn, later.id)
    assert "key" not in q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]


def test_a_return_after_the_key_is_gone_is_named_by_its_package(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    first = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER,
                                              last=True)
    second = handover_deputy_work.write_return(result.path, result.key_text, out, today=LATER)   # …-2
    after = PERIOD.last + timedelta(days=1)
    handover_return.import_return(conn, first.path, today=after)
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Zu diesem Vertretungspaket .* wurde am "
                                               "09.01.2027 schon eine Rückgabe eingelesen; "
                                               "sein Schlüssel ist gelöscht"):
        handover_return.import_return(conn, second.path, today=after)
    assert _dump(conn) == before


# -- finding 8: the return file read is shredded; the deputy's app remembers hers --------------
def test_after_a_complete_import_the_return_file_is_shredded_and_logged(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert not ret.path.exists()
    assert any(f"Die Rückgabe {ret.path.name} wurde eingelesen und danach überschrieben" in s
               for s in merged.after)
    assert [e.rule for e in _log(conn, result.package_id)] == ["Rückgabe eingelesen"]


def test_with_conflicts_the_return_file_stays_for_the_next_reading(conn, out):
    ret, _appt = _both_changed(conn, out, status="cancelled")
    assert handover_return.import_return(conn, ret.path, today=LATER).conflicts
    assert ret.path.exists()


def test_the_deputys_vault_deletes_her_return_at_the_expiry(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    svc.register_return(conn, ret)      # her own vault (the window does this)
    assert svc.sweep_received(conn, PERIOD.expires - timedelta(days=1)) == []
    said = svc.sweep_received(conn, PERIOD.expires)
    assert any(ret.path.name in s and "abgelaufen" in s for s in said)
    assert not ret.path.exists()


# -- finding 13: a medium that refuses the deletion ---------------------------------------------
def test_a_write_protected_return_is_named_where_it_lies(conn, out, monkeypatch):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    stick = out / "stick"
    stick.mkdir()
    ret = _return(result, stick)
    os.chmod(ret.path, 0o444)
    os.chmod(stick, 0o555)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root (CI's container) writes through the modes: the stick's write-protect switch
        # then answers as the medium does, at the open for overwriting (EROFS)
        real_open = open

        def read_only_medium(path, mode="r", *args, **kwargs):
            if Path(path).parent == stick and any(c in mode for c in "wa+"):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real_open(path, mode, *args, **kwargs)
        monkeypatch.setattr(q, "open", read_only_medium, raising=False)
    try:
        with pytest.raises(svc.PackageExpired, match="konnte nicht gelöscht werden"):
            handover_return.import_return(conn, ret.path, today=PERIOD.expires)
    finally:
        os.chmod(stick, 0o755)


def test_a_file_that_cannot_be_removed_is_named_with_a_german_sentence(tmp_path, monkeypatch):
    path = tmp_path / "r.ssapaket"
    path.write_bytes(b"x" * 100)

    def refuse(_path):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(q, "erase_file", refuse)
    size, said = svc.shred(path)
    assert size == 0 and str(path) in said and "konnte nicht gelöscht werden" in said
    shutil.rmtree(tmp_path, ignore_errors=True)
