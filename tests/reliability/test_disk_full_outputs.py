"""A full disk while writing any file the user asked for (export, backup, emergency
sheet, statistics, slips, reports): a clear German message, exit code 1, and no half
file — nothing at all is left in the target folder, and the vault is unchanged.

The target is a real, tiny tmpfs (mounted by the test; root is needed, which CI has).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssa_desktop.demo import create_demo_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import snapshot
from tests.support.requirements import require

ROOT = Path(__file__).resolve().parents[2]

# (command, arguments after --vault; {out} is the target folder on the full disk)
COMMANDS = [
    ("export-json", ["--out", "{out}/export.json"]),
    ("backup", ["--out", "{out}/sicherung.ssabak"]),
    ("emergency-key", ["--sheet", "{out}/notfallblatt.pdf"]),
]


@pytest.fixture(scope="module")
def tiny_disk(tmp_path_factory):
    mount_point = tmp_path_factory.mktemp("full")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    require(result.returncode == 0, f"no tmpfs here: {result.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vault") / "tresor"
    session = create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF)
    session.lock()
    return folder


def _fill(path: Path) -> None:
    """Fill the disk to the last byte."""
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 1024)
        except OSError:
            pass
        try:
            while True:
                fh.write(b"\0")
        except OSError:
            pass


@pytest.mark.parametrize(("command", "args"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_full_disk_gives_a_message_and_leaves_no_file(command, args, tiny_disk, demo_vault):
    before = snapshot(demo_vault)
    filler = tiny_disk / "filler"
    _fill(filler)
    try:
        env = dict(os.environ, SSA_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
        argv = [a.format(out=tiny_disk) for a in args]
        result = subprocess.run([sys.executable, "-m", "ssa_desktop", command, "--vault",
                                 str(demo_vault), *argv], env=env, capture_output=True,
                                text=True, timeout=120)
    finally:
        filler.unlink()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "nicht genug Platz" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == []
    assert snapshot(demo_vault) == before
