"""Issue 7 item 12: a full disk during ``init``, ``demo`` or ``backup`` gives the German
"nicht genug Platz" message, never "Unerwarteter Fehler". A real small file system: a
tmpfs mounted in a private mount namespace (``unshare``), skipped where that is refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ssa_desktop.storage.errors import StorageFull
from ssa_desktop.storage.transactions import transaction
from tests.conftest import PASSPHRASE
from tests.support.requirements import require

ROOT = Path(__file__).resolve().parents[2]
FULL = "nicht genug Platz"


def _in_small_disk(size: str, script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    mount = tmp_path / "klein"
    mount.mkdir()
    shell = f'mount -t tmpfs -o size={size},mode=0700 tmpfs "{mount}" && cd "{mount}" && {script}'
    # root: a private mount namespace; others: also a user namespace mapped to root
    prefix = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    env = dict(os.environ, PYTHONPATH=str(ROOT), SSA_PASSPHRASE=PASSPHRASE, VAULT=str(mount))
    return subprocess.run([*prefix, "sh", "-c", shell], capture_output=True, text=True, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def can_mount(tmp_path_factory):
    require(bool(shutil.which("unshare")) and sys.platform.startswith("linux"),
            "needs unshare (Linux)")
    probe = _in_small_disk("64k", "true", tmp_path_factory.mktemp("probe"))
    require(probe.returncode == 0, f"cannot mount a tmpfs here: {probe.stderr.strip()}")


def _cli(*args: str) -> str:
    return f'"{sys.executable}" -m ssa_desktop ' + " ".join(args)


def test_init_on_a_full_disk(can_mount, tmp_path):
    done = _in_small_disk("48k", _cli("init", "--vault", "tresor"), tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert FULL in done.stderr and "Unerwarteter" not in done.stderr


def test_demo_on_a_full_disk(can_mount, tmp_path):
    done = _in_small_disk("1m", _cli("demo", "--vault", "tresor", "--years", "3"), tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert FULL in done.stderr and "Unerwarteter" not in done.stderr


def test_backup_on_a_full_disk(can_mount, tmp_path):
    script = (_cli("demo", "--vault", "tresor", "--years", "1") + " >/dev/null && "
              'head -c $(( $(df --output=avail -B1 . | tail -1) - 65536 )) /dev/zero > fill; '
              + _cli("backup", "--vault", "tresor", "--out", "sicherungen/"))
    done = _in_small_disk("6m", script, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert FULL in done.stderr and "Unerwarteter" not in done.stderr
    assert ".partial" not in done.stderr


def test_a_rollback_after_sqlite_rolled_back_keeps_the_full_disk(open_vault):
    """SQLite ends the transaction itself on SQLITE_FULL; the helper must not hide that
    under 'cannot rollback - no transaction is active'."""
    import sqlcipher3

    class Full(sqlcipher3.OperationalError):
        sqlite_errorcode = 13

    with pytest.raises(StorageFull):
        with transaction(open_vault.conn) as conn:
            conn.execute("ROLLBACK")  # what SQLite did on its own
            raise Full("database or disk is full")


def test_unlock_after_a_crash_on_a_full_disk_says_how_much_room(can_mount, crashed_vault,
                                                                tmp_path):
    """The probe copy of a crash-left WAL needs room; without it, a clear message and
    both files untouched."""
    import hashlib

    size = sum(p.stat().st_size for p in crashed_vault.iterdir()) // 1024 + 256
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in crashed_vault.iterdir() if p.name != "vault.ssadb-shm"}
    script = (f'cp -a "{crashed_vault}" tresor && '
              'head -c $(( $(df --output=avail -B1 . | tail -1) - 16384 )) /dev/zero > fill; '
              + _cli("info", "--vault", "tresor") + '; code=$?; '
              'sha256sum tresor/vault.ssadb tresor/vault.ssadb-wal; exit $code')
    done = _in_small_disk(f"{size}k", script, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "fehlen auf dem Datenträger" in done.stderr and "nicht verändert" in done.stderr
    for name in ("vault.ssadb", "vault.ssadb-wal"):
        assert f"{before[name]}  tresor/{name}" in done.stdout


def test_passphrase_change_on_a_full_disk_keeps_the_old_key_file(can_mount, tmp_path):
    """Completely full: SQLite cannot even create its -shm file and reports "disk I/O
    error"; that is a full disk, not a damaged vault."""
    script = (_cli("demo", "--vault", "tresor", "--years", "1") + " >/dev/null && "
              "sha256sum tresor/vault.key && "
              'head -c $(( $(df --output=avail -B1 . | tail -1) )) /dev/zero > fill; '
              "SSA_NEW_PASSPHRASE=Neue-Wolke-Birke-81 " + _cli("passwd", "--vault", "tresor")
              + "; code=$?; sha256sum tresor/vault.key; ls -a tresor; exit $code")
    done = _in_small_disk("6m", script, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert FULL in done.stderr and ".tmp" not in done.stderr
    assert "beschädigt" not in done.stderr
    sums = [line for line in done.stdout.splitlines() if line.endswith("tresor/vault.key")]
    assert len(sums) == 2 and sums[0] == sums[1]  # the key file is untouched
    assert ".tmp" not in done.stdout  # no temp file left beside it


def test_the_long_table_as_parquet_on_a_full_disk(can_mount, tmp_path):
    """DuckDB writes the Parquet file of ``traeger tidy``: its own write error on a full
    disk is the German sentence too, and neither half a file nor a temp file is left."""
    from tests.traeger.files import school_file

    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=6)
    script = ("cat /dev/zero > fill 2>/dev/null; "
              + _cli("traeger", "tidy", f'"{folder}"', "--year", "2025/26", "--out",
                     "lang.parquet") + "; echo rc=$?; ls -A")
    done = _in_small_disk("1m", script, tmp_path)
    assert "rc=1" in done.stdout, done.stdout + done.stderr
    assert FULL in done.stderr and "Unerwarteter" not in done.stderr
    assert done.stdout.split("rc=1")[1].split() == ["fill"]
