"""Process starts at the unlock (issue 29): every start of the program's own executable
(``--unwrap-child``) is a process AppLocker/WDAC must allow and an antivirus scanner may
inspect, and the child imports Python and its libraries anew, each file scanned on its
first load.

- ``unlock_children_remembered`` / ``unlock_children_passphrase``: child processes one
  unlock starts on the unlock window's path (the keychain asked when it opens, then, for a
  vault not remembered, her passphrase: ``UnlockChild``), counted through a wrapper around
  ``subprocess.Popen``; target at most 1.
- ``unlock_child_start_s``: wall time of the remembered unlock's one child (start, Python,
  keychain, AES unwrap of the device file; no Argon2), median; target at most 1 s.
- ``remember_children`` / ``remember_s``: "Auf diesem Gerät merken" with a store that has
  not asked the keychain yet: child processes (target at most 1) and the wall time of
  the whole step (device file, keychain child; median, target at most 1 s).
- ``unlock_child_modules`` / ``unlock_child_shared_libs``: what that child loads: Python
  modules read from files, and shared libraries mapped (``/proc/self/maps``), for the
  passphrase request (Argon2) and the remembered one (keychain): the files a scanner
  looks at on a cold start. No target (information for docs/performance.md).

The keychain is the tests' file backend (``tests/support/file_keyring.py``) in every
child: no Secret Service runs on the reference machine; its D-Bus client (jeepney) is not
loaded then, so a real keychain adds its modules.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Result

from ssa_desktop.services import session as service
from ssa_desktop.storage import unwrap_child
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Benchmark-Kinderschutz-Lindenpark-2026"

# The child as the GUI starts it (``python -m ssa_desktop --unwrap-child``), with a note
# at exit of what it loaded.
COUNTING_CHILD = r"""
import atexit, os, sys
def note():
    files = sum(1 for m in list(sys.modules.values()) if getattr(m, "__file__", None))
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            if ".so" in os.path.basename(path):
                libs.add(path)
    print(f"{files} {len(libs)}", file=sys.stderr)
atexit.register(note)
sys.argv = ["ssa_desktop", "--unwrap-child"]
import runpy
runpy.run_module("ssa_desktop", run_name="__main__")
"""


def _environment(keyring_file: Path) -> dict[str, str]:
    return dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
                SSA_TEST_KEYRING_FILE=str(keyring_file), PYTHONPATH=str(ROOT))


def _counted(work) -> list[str]:
    """The child flags of the processes ``work()`` starts."""
    seen: list[str] = []
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *more, **kwargs):
            seen.extend(a for a in map(str, args) if a in ("--unwrap-child", "--keychain-child"))
            super().__init__(args, *more, **kwargs)

    subprocess.Popen = Counting
    try:
        work()
    finally:
        subprocess.Popen = real
    return seen


def _loaded(request: dict) -> tuple[int, int]:
    done = subprocess.run([sys.executable, "-c", COUNTING_CHILD], input=json.dumps(request),
                          capture_output=True, text=True, timeout=120, cwd=str(ROOT),
                          check=True)
    files, libs = done.stderr.strip().splitlines()[-1].split()
    return int(files), int(libs)


def run(bench) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="ssa-bench-children-"))
    saved = {k: os.environ.get(k) for k in ("PYTHON_KEYRING_BACKEND", "SSA_TEST_KEYRING_FILE",
                                            "PYTHONPATH")}
    old_cwd = os.getcwd()
    os.environ.update(_environment(work / "keyring.json"))
    os.chdir(ROOT)  # ``python -m ssa_desktop`` finds this tree
    try:
        import generate

        session, _key = Vault.create(work / "tresor", PASSPHRASE, params=generate.KDF)
        folder, uuid = session.vault.folder, session.uuid
        assert session.remember_on_device(DeviceKeyStore())
        session.lock()

        def remembered():
            opened = service.unlock_remembered(Vault(folder), DeviceKeyStore(),
                                               defer_integrity=True, in_child=True)
            assert opened is not None
            opened.lock()

        plain, _key = Vault.create(work / "tresor-ohne-merken", PASSPHRASE,
                                   params=generate.KDF)
        plain_folder = plain.vault.folder
        plain.lock()

        def by_passphrase():
            # as the unlock window does: the keychain asked when it opens (nothing
            # remembered), then her passphrase, through the same child
            child = service.UnlockChild()
            assert service.unlock_remembered(Vault(plain_folder), DeviceKeyStore(),
                                             defer_integrity=True, unlock_child=child) is None
            service.unlock(Vault(plain_folder), PASSPHRASE, defer_integrity=True,
                           unlock_child=child).lock()

        # "Auf diesem Gerät merken" with a store that has not asked the keychain yet (the
        # wizard's first vault, a command): the device file, then one keychain child
        fresh, _key = Vault.create(work / "tresor-merken", PASSPHRASE, params=generate.KDF)
        count_remember = len(_counted(lambda: fresh.remember_on_device(DeviceKeyStore())))
        remember_times = []
        for _ in range(max(7, bench.reps)):
            start = time.perf_counter()
            assert fresh.remember_on_device(DeviceKeyStore())
            remember_times.append(time.perf_counter() - start)
        fresh.lock()

        count_remembered = len(_counted(remembered))
        count_passphrase = len(_counted(by_passphrase))
        times = []
        for _ in range(max(7, bench.reps)):
            start = time.perf_counter()
            answer = unwrap_child.recall_remembered(uuid, folder)
            times.append(time.perf_counter() - start)
            assert answer is not None and answer.key is not None
        key_file = KeyFile.load(folder / "vault.key").to_json().decode("utf-8")
        pass_files, pass_libs = _loaded({"op": "passphrase", "key_file": key_file,
                                         "passphrase": PASSPHRASE})
        rem_files, rem_libs = _loaded({"op": "remembered", "vault_uuid": uuid,
                                       "folder": str(folder)})
    finally:
        os.chdir(old_cwd)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    loads = (f"Passphrase: {pass_files} Module aus Dateien, {pass_libs} Bibliotheken; "
             f"gemerkt: {rem_files} Module, {rem_libs} Bibliotheken")
    return [
        Result("unlock_children_remembered", float(count_remembered), "Prozesse", 1,
               "Kindprozesse einer Entsperrung mit dem gemerkten Schlüssel ≤ 1 (issue 29)",
               note="Schlüsselbund und Geräteschlüsseldatei in einem Kindprozess"),
        Result("unlock_children_passphrase", float(count_passphrase), "Prozesse", 1,
               "Kindprozesse einer Entsperrung mit der Passphrase ≤ 1 (issue 29)"),
        Result("unlock_child_start_s", statistics.median(times), "s", 1.0,
               "Kindprozess der gemerkten Entsperrung: Start, Python, Schlüsselbund, "
               "Entschlüsseln ≤ 1 s (issue 29)",
               note=f"Median aus {len(times)}, min {min(times):.2f} s, max {max(times):.2f} s"),
        Result("remember_children", float(count_remember), "Prozesse", 1,
               "Kindprozesse von „Auf diesem Gerät merken“ ≤ 1 (issue 29)",
               note="Schlüsselbund noch nicht gefragt (Assistent, Befehl): die Anfrage "
                    "zum Ersetzen sagt zugleich, ob es einen gibt"),
        Result("remember_s", statistics.median(remember_times), "s", 1.0,
               "„Auf diesem Gerät merken“: Geräteschlüsseldatei schreiben, Schlüsselbund im "
               "Kindprozess ≤ 1 s (issue 29)",
               note=f"Median aus {len(remember_times)}, min {min(remember_times):.2f} s, "
                    f"max {max(remember_times):.2f} s"),
        Result("unlock_child_modules", float(max(pass_files, rem_files)), "Dateien",
               float(max(pass_files, rem_files)),
               "Python-Module aus Dateien im Kindprozess (Information)", note=loads),
        Result("unlock_child_shared_libs", float(max(pass_libs, rem_libs)), "Dateien",
               float(max(pass_libs, rem_libs)),
               "Bibliotheken (.so/.pyd) im Kindprozess (Information)", note=loads),
    ]
