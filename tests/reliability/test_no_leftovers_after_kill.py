"""No leftovers, whatever moment a write is killed at: a real child process writes a
Vertretungspaket, a return or a receipt into a folder (a USB stick) and kills itself with
SIGKILL at a seeded-random moment of that write (the n-th function call inside it, n
drawn from the calls a whole write makes). What it can leave is exactly what
docs/handover.md names (the partial file, its ``-journal``, or the finished file), and
it is all shredded at the next write into that folder or at the next unlock of the vault
that wrote there. The default run kills at a few seeds; the ``soak`` marker runs 50 each
(``.ci/run``)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import School
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_school
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("package", "return", "receipt")
SEEDS = range(2)      # the default run: seed 0 cleaned by the next write, 1 by the unlock
SOAK_SEEDS = range(50)                  # ``-m soak``: 50 kill moments per kind

# The child: opens the vault (argv[3]), writes one file of ``kind`` into ``folder`` and
# kills itself at the n-th call inside the write (n = 0: never; it then prints how many
# calls the write made).
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ssa_desktop.services import handover_deputy, handover_deputy_work, handover_school
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.services.test_handover import DEPUTY, LATER, PERIOD, TODAY

    kind, folder, vault, n = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    package, key = (Path(sys.argv[5]), sys.argv[6]) if len(sys.argv) > 5 else (None, "")
    calls = 0

    def profile(frame, event, arg):
        global calls
        if event in ("call", "c_call"):
            calls += 1
            if calls == n:
                os.kill(os.getpid(), signal.SIGKILL)

    def counted(module, name):
        write = getattr(module, name)
        def inside(*args, **kwargs):
            sys.setprofile(profile)
            try:
                return write(*args, **kwargs)
            finally:
                sys.setprofile(None)
        setattr(module, name, inside)

    session = Vault(vault).unlock(PASSPHRASE)
    conn = session.conn
    if kind == "package":
        counted(handover_deputy, "_write_package")
        ids = [p.id for p in repo.PERSONS.all(conn)]
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, ids, folder, today=TODAY)
    elif kind == "return":
        counted(handover_deputy_work, "_write_package")
        handover_deputy_work.write_return(package, key, folder, today=LATER, vault=conn)
    else:
        counted(handover_school, "_receipt")
        handover_school.receive_school_package(conn, package, key, folder, today=TODAY)
    session.lock()
    print(calls)
""")


def _child(kind: str, folder: Path, vault: Path, n: int, package: tuple[Path, str] | None):
    extra = [str(package[0]), package[1]] if package else []
    return subprocess.run([sys.executable, "-c", CHILD, kind, str(folder), str(vault), str(n),
                           *extra], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=300, check=False)


class Setup:
    """The vaults and packages of one kind's runs, made once per test."""

    def __init__(self, kind: str, base: Path):
        self.kind, self.base = kind, base
        self.runs = 0
        source = self._vault("quelle", persons=True)
        session = Vault(source).unlock(PASSPHRASE)
        try:
            self.package = self._package(session.conn)
        finally:
            session.lock()

    def _vault(self, name: str, *, persons: bool = False) -> Path:
        folder = self.base / name
        session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
        try:
            repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                                     school_type="GMS", id="school-1"))
            if persons:
                _person(session.conn, "Anna")
                _person(session.conn, "Ben")
        finally:
            session.lock()
        return folder

    def _package(self, conn) -> tuple[Path, str] | None:
        out = self.base / "pakete"
        out.mkdir()
        if self.kind == "return":
            made = handover_deputy.create_deputy_package(
                conn, PERIOD, DEPUTY, [p for (p,) in conn.execute("SELECT id FROM person")],
                out, today=TODAY)
        elif self.kind == "receipt":
            made = handover_school.create_school_package(
                conn, "school-1", rules.Deputy("Mara Ott", "Nachfolge"), out, today=TODAY)
        else:
            return None
        return made.path, made.key_text

    def writer(self) -> tuple[Path, tuple[Path, str] | None]:
        """A vault for one run (with Anna and Ben for a package) and what it reads."""
        self.runs += 1
        vault = self._vault(f"tresor-{self.runs}", persons=self.kind == "package")
        if self.kind != "receipt":
            return vault, self.package
        assert self.package is not None
        copy = self.base / f"paket-{self.runs}.ssapaket"   # receiving shreds the package
        shutil.copyfile(self.package[0], copy)
        return vault, (copy, self.package[1])

    def write(self, folder: Path, n: int) -> subprocess.CompletedProcess:
        vault, package = self.writer()
        self.last_vault = vault
        return _child(self.kind, folder, vault, n, package)


def _finished(name: str) -> bool:
    return not name.startswith(".") and name.endswith((q.SUFFIX, q.RECEIPT_SUFFIX))


def _may_be_left(name: str) -> bool:
    """What docs/handover.md names: the partial file of a package or return and its
    rollback journal, the partial file of a receipt."""
    return name.startswith(".") and (name.endswith((q.PARTIAL_SUFFIX, q.RECEIPT_PARTIAL_SUFFIX))
                                     or name.endswith(f"{q.PARTIAL_SUFFIX}-journal"))


def _kill_and_clean(kind: str, seed: int, tmp_path: Path) -> None:
    setup = Setup(kind, tmp_path)
    stick = tmp_path / "usb"
    stick.mkdir()
    calibration = setup.write(stick, 0)
    assert calibration.returncode == 0, calibration.stderr
    calls = int(calibration.stdout.split()[-1])
    for path in stick.iterdir():
        path.unlink()
    n = random.Random(f"{kind}-{seed}").randint(1, calls)
    killed = setup.write(stick, n)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = sorted(p.name for p in stick.iterdir())
    assert all(_finished(name) or _may_be_left(name) for name in left), (n, left)
    if seed % 2:      # the next unlock of the vault that wrote there
        session = Vault(setup.last_vault).unlock(PASSPHRASE)
        try:
            svc.clean_package_leftovers(session.conn)
        finally:
            session.lock()
    else:             # the next write of the same kind into that folder
        again = setup.write(stick, 0)
        assert again.returncode == 0, again.stderr
    assert [name for name in os.listdir(stick) if not _finished(name)] == [], (n, left)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_killed_write_leaves_only_named_files_and_they_go(kind, seed, tmp_path):
    _kill_and_clean(kind, seed, tmp_path)


@pytest.mark.soak
@pytest.mark.parametrize("seed", SOAK_SEEDS)
@pytest.mark.parametrize("kind", KINDS)
def test_soak_a_killed_write_leaves_only_named_files_and_they_go(kind, seed, tmp_path):
    _kill_and_clean(kind, seed, tmp_path)


def test_a_receipt_partial_left_by_a_kill_goes_with_the_next_receipt(tmp_path):
    """The moment that matters most, made sure of: killed with the receipt's partial file
    written (its content is the receipt)."""
    setup = Setup("receipt", tmp_path)
    stick = tmp_path / "usb"
    stick.mkdir()
    left = stick / f".quittung-x{q.RECEIPT_PARTIAL_SUFFIX}"
    left.write_bytes(b'{"format": "ssa-desktop-paketquittung"}')
    assert setup.write(stick, 0).returncode == 0
    assert [p.name for p in stick.iterdir() if not _finished(p.name)] == []
