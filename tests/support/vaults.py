"""New real vaults for tests: ``new_vault(folder)`` (the ``open_vault`` fixture) and
``fresh_vault()`` (a new vault per Hypothesis example, instead of one reset by hand)."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.emergency import sqlcipher_raw_key
from ssa_desktop.storage.keyfile import KdfParams, KeyFile
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, OpenVault, Vault

FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "Lindenblüte-Kastanie-47"

# This process's template: one vault made by ``Vault.create`` (all migrations, one
# fsync'd commit each) and locked; its folder and data key. A child process a test starts
# (which may kill itself, leaving no chance to clean up) copies its parent's, named in
# the environment it inherits.
_template: list[tuple[Path, bytes]] = []
_TEMPLATE_ENV = "SSA_TEST_VAULT_TEMPLATE"   # "<folder>|<data key in hex>"


def _made_template() -> tuple[Path, bytes]:
    if not _template:
        inherited = os.environ.get(_TEMPLATE_ENV, "")
        folder, _bar, key_hex = inherited.partition("|")
        if folder and Path(folder).is_dir():
            _template.append((Path(folder), bytes.fromhex(key_hex)))
            return _template[0]
        root = Path(tempfile.mkdtemp(prefix="ssa-template-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        session, _ = Vault.create(root / "tresor", PASSPHRASE, params=FAST_KDF)
        key = bytes(session.data_key)
        session.lock()
        _template.append((root / "tresor", key))
        os.environ[_TEMPLATE_ENV] = f"{root / 'tresor'}|{key.hex()}"
    return _template[0]


def new_vault(folder: Path) -> OpenVault:
    """An unlocked new vault at ``folder`` (which must not exist), as ``Vault.create``
    leaves it: a copy of this process's template, re-keyed to its own random data key,
    with its own vault UUID and today's creation time, its key file wrapped anew with
    ``PASSPHRASE``, then unlocked: 0.03 CPU-s instead of 0.07, and none of the 19
    migrations' fsync'd commits; no two vaults share a key or a UUID. Tests of creation
    itself call ``Vault.create``."""
    template, template_key = _made_template()
    shutil.copytree(template, folder)
    data_key = bytearray(os.urandom(32))
    vault_uuid = str(uuid.uuid4())
    conn = connect(folder / DB_NAME, template_key)
    try:
        conn.execute(f"PRAGMA rekey = \"{sqlcipher_raw_key(data_key)}\"")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'vault_uuid'", (vault_uuid,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'created'",
                     (clock.now().isoformat(timespec="seconds"),))
    finally:
        conn.close()
    KeyFile.wrap(data_key, PASSPHRASE, vault_uuid, FAST_KDF).save(folder / KEY_NAME)
    return Vault(folder).unlock(PASSPHRASE)


def add_test_school(session: OpenVault) -> None:
    repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                             school_type="GMS", id="school-1"))


@contextlib.contextmanager
def fresh_vault() -> Iterator[OpenVault]:
    """An unlocked new vault holding the test school ``school-1``; gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="ssa-example-") as folder:
        session = new_vault(Path(folder) / "tresor")
        try:
            add_test_school(session)
            yield session
        finally:
            session.lock()
