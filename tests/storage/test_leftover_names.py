"""Which files in a vault's folder are left over by a killed process (storage/inspection):
found by name, removed once older than LEFTOVER_AGE_SECONDS, with the reason in the
notice; her own files, a running re-key's side files and a young file stay."""

from __future__ import annotations

import os
import time

from ssa_desktop.storage.inspection import LEFTOVER_AGE_SECONDS, PROBE_PREFIX, clean_leftovers

DB = "vault.ssadb"


def _files(folder, *names, old=True):
    paths = [folder / name for name in names]
    when = time.time() - LEFTOVER_AGE_SECONDS - 60 if old else time.time()
    for path in paths:
        path.write_bytes(b"x" * 10)
        os.utime(path, (when, when))
    return paths


def test_a_killed_key_file_write_and_opening_probe_go_with_their_reason(tmp_path):
    key_tmp, probe = _files(tmp_path, ".vault.key.4711.tmp", f"{PROBE_PREFIX}ab12")
    [notice] = clean_leftovers(tmp_path, DB)
    assert not key_tmp.exists() and not probe.exists()
    head = "Beim Öffnen entfernt (Reste eines abgebrochenen Vorgangs): "
    assert notice.startswith(head) and notice.endswith(".")
    assert sorted(notice[len(head):-1].split(", ")) == [
        f"{PROBE_PREFIX}ab12 (abgebrochene Prüfung beim Öffnen)",
        ".vault.key.4711.tmp (abgebrochenes Schreiben der Schlüsseldatei)"]


def test_her_files_and_a_running_rekeys_side_files_stay(tmp_path):
    """A re-key's side file belongs to it while its copy (``vault.ssadb.rekey``) is there:
    the unlock decides about both (``Vault._discard_stopped_rekey``)."""
    kept = _files(tmp_path, DB, f"{DB}-wal", "vault.key", f"{DB}.rekey", f"{DB}.rekey-wal",
                  ".versteckt", "notizen.tmp", ".vault.key", "bericht.partial")
    assert clean_leftovers(tmp_path, DB) == []
    assert all(path.exists() for path in kept)
