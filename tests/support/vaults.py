"""A fresh real vault per Hypothesis example (instead of one vault reset by hand)."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keyfile import KdfParams
from ssa_desktop.storage.vault import OpenVault, Vault

FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "Lindenblüte-Kastanie-47"


@contextlib.contextmanager
def fresh_vault() -> Iterator[OpenVault]:
    """An unlocked new vault holding the test school ``school-1``; gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="ssa-example-") as folder:
        session, _ = Vault.create(Path(folder) / "tresor", PASSPHRASE, params=FAST_KDF)
        try:
            repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park",
                                                     code="GMS-1", school_type="GMS",
                                                     id="school-1"))
            yield session
        finally:
            session.lock()
