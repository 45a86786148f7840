"""Issue 28 item 10: a ``package create`` killed while writing leaves its partial file
(and the rollback journal beside it) in the target folder, e.g. a USB stick. Its name is
recognisable, and it is removed at the next package written into that folder and at the
next unlock for the folders packages were written to. The kill is deterministic: a child
process kills itself with SIGKILL inside the package's write transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy
from ssa_desktop.storage import handover_repo as q
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ssa_desktop.services import handover_deputy
    from ssa_desktop.storage import handover_deputy_repo as qd
    from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
    from tests.support.vaults import fresh_vault

    copy = qd.copy_deputy_package

    def killed_inside(*args, **kwargs):
        counts = copy(*args, **kwargs)      # rows written, transaction open: journal there
        os.kill(os.getpid(), signal.SIGKILL)
        return counts

    qd.copy_deputy_package = killed_inside
    with fresh_vault() as session:
        person = _person(session.conn, "Anna")
        handover_deputy.create_deputy_package(session.conn, PERIOD, DEPUTY, [person.id],
                                              Path(sys.argv[1]), today=TODAY)
""")


def _killed_create(folder: Path) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder)], cwd=ROOT,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_create_leaves_a_recognisable_partial_removed_by_the_next_create(conn, stick):
    left = _killed_create(stick)
    assert len(left) == 2, left                       # the partial file and its journal
    partial, journal = left
    assert partial.startswith(".vertretung-") and partial.endswith(q.PARTIAL_SUFFIX)
    assert journal == f"{partial}-journal"
    person = _person(conn, "Ben")
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [person.id], stick,
                                                   today=TODAY)
    assert sorted(p.name for p in stick.iterdir()) == [result.path.name]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_leftovers_in_the_remembered_folders_go_at_the_next_unlock(conn, stick, tmp_path):
    person = _person(conn, "Ben")
    handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [person.id], stick, today=TODAY)
    [package] = list(stick.iterdir())
    assert len(_killed_create(stick)) == 3
    other = tmp_path / "andere"          # a folder no package of this vault went to
    other.mkdir()
    (other / ".fremd.ssapaket.partial").write_bytes(b"x")
    said = svc.clean_package_leftovers(conn)
    assert sorted(p.name for p in stick.iterdir()) == [package.name]
    assert "abgebrochen" in " ".join(said)
    assert (other / ".fremd.ssapaket.partial").exists()
    assert svc.clean_package_leftovers(conn) == []   # nothing left: nothing said


def test_a_partial_in_use_is_left_alone(stick):
    """A partial another process is writing right now (held) is not removed."""
    from ssa_desktop.storage.files import hold, release

    busy = stick / f".vertretung-x{q.PARTIAL_SUFFIX}"
    busy.write_bytes(b"in Arbeit")
    hold(busy)
    try:
        q.clean_partials(stick)
        assert busy.exists()
    finally:
        release(busy)
    q.clean_partials(stick)
    assert not busy.exists()


def test_a_package_written_leaves_no_side_file(conn, stick):
    person = _person(conn, "Ben")
    handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [person.id], stick, today=TODAY)
    assert [p.name for p in stick.iterdir() if p.name.startswith(".")] == []
    assert os.listdir(stick)[0].endswith(".ssapaket")


def test_the_unlock_tasks_clean_the_remembered_folders(ctx, qtbot, stick):
    """The quiet tasks after every unlock (GUI) remove the leftovers and say so."""
    from ssa_desktop.storage.transactions import transaction
    from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks

    with transaction(ctx.conn):
        q.remember_folder(ctx.conn, stick)
    left = stick / f".vertretung-2026-11-23-abcdef12{q.PARTIAL_SUFFIX}"
    left.write_bytes(b"\\0" * 4096)
    Path(f"{left}-journal").write_bytes(b"\\0" * 512)
    said = []
    ctx.status_message.connect(said.append)
    run_unlock_tasks(ctx)
    qtbot.waitUntil(lambda: any("abgebrochenen Paket" in s for s in said), timeout=20000)
    assert list(stick.iterdir()) == []


# Killed while the partial file gets its schema (migrations), the earliest write of a
# package: a package is written with a rollback journal from its first page, so nothing
# but the partial file and ``-journal`` can be there (no ``-wal``/``-shm``).
CHILD_IN_SCHEMA = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ssa_desktop.services import handover_deputy
    from ssa_desktop.storage import migrations
    from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
    from tests.support.vaults import fresh_vault

    upgrade = migrations.upgrade

    def killed_after(conn, *args, **kwargs):
        result = upgrade(conn, *args, **kwargs)
        name = conn.execute("PRAGMA database_list").fetchone()[2]
        if name.endswith(".partial"):
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    migrations.upgrade = killed_after
    with fresh_vault() as session:
        person = _person(session.conn, "Anna")
        handover_deputy.create_deputy_package(session.conn, PERIOD, DEPUTY, [person.id],
                                              Path(sys.argv[1]), today=TODAY)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_create_killed_in_the_schema_leaves_no_wal_and_the_next_create_cleans_up(conn, stick):
    proc = subprocess.run([sys.executable, "-c", CHILD_IN_SCHEMA, str(stick)], cwd=ROOT,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    left = sorted(p.name for p in stick.iterdir())
    assert not [n for n in left if n.endswith(("-wal", "-shm"))], left
    person = _person(conn, "Ben")
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [person.id], stick,
                                                   today=TODAY)
    assert sorted(p.name for p in stick.iterdir()) == [result.path.name]


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_every_side_file_of_a_partial_is_shredded(stick, side):
    """Side files a killed write of an older version left (with or without their partial
    file) go with the next cleaning."""
    partial = stick / f".vertretung-x{q.PARTIAL_SUFFIX}"
    partial.write_bytes(b"\1" * 4096)
    Path(f"{partial}{side}").write_bytes(b"\1" * 820)
    orphan = stick / f".vertretung-y{q.PARTIAL_SUFFIX}{side}"
    orphan.write_bytes(b"\1" * 820)
    q.clean_partials(stick)
    assert list(stick.iterdir()) == []


PACKAGE_ID = "abcdef0123456789"


def _sweeps(folder: Path):
    """Both sweeps that shred partials: the one at a create/unlock and the one at expiry."""
    return {"clean_partials": lambda: q.clean_partials(folder),
            "shred_partials_of": lambda: q.shred_partials_of(folder, PACKAGE_ID)}


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need rights on Windows")
@pytest.mark.parametrize("sweep", ["clean_partials", "shred_partials_of"])
@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_side_file_that_is_a_link_is_never_followed(stick, tmp_path, sweep, side):
    """A partial's side file that is a symlink to a file elsewhere: the partial goes, the
    file the link points to stays as it was (no zeros written into it, not removed)."""
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"Aktennotiz " * 100)
    partial = stick / f".vertretung-{PACKAGE_ID[:8]}{q.PARTIAL_SUFFIX}"
    partial.write_bytes(b"\1" * 4096)
    Path(f"{partial}{side}").symlink_to(outside)
    removed = _sweeps(stick)[sweep]()
    assert partial.name in removed
    assert not partial.exists()
    assert outside.read_bytes() == b"Aktennotiz " * 100


@pytest.mark.parametrize("sweep", ["clean_partials", "shred_partials_of"])
def test_a_sweep_that_removed_something_syncs_the_folder(stick, monkeypatch, sweep):
    """The removals are made durable: the folder's entry is synced after them (a spy on
    ``fsync_dir`` – a kill cannot tell, tests run on tmpfs); nothing removed, no sync."""
    synced: list[Path] = []
    monkeypatch.setattr(q, "fsync_dir", lambda folder: synced.append(Path(folder)))
    assert _sweeps(stick)[sweep]() == []
    assert synced == []
    partial = stick / f".vertretung-{PACKAGE_ID[:8]}{q.PARTIAL_SUFFIX}"
    partial.write_bytes(b"\1" * 4096)
    assert _sweeps(stick)[sweep]() == [partial.name]
    assert synced == [stick]
