"""A return killed mid-write leaves ``.rueckgabe-….ssapaket.partial`` and its
``-journal`` beside the package (on the stick); they hold the deputy's notes, readable
with the package key. At the expiry they are shredded like the package – when the
package is opened after it, and when the deputy's vault sweeps it – and opening a package
removes older leftovers beside it. The leftovers are crafted as the killed write leaves
them (a copy of the package under the partial's name, a journal beside it)."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

from ssa_desktop.services import handover as svc
from ssa_desktop.storage.vault import Vault
from tests.handover.conftest import WORKING
from tests.support.vaults import FAST_KDF, PASSPHRASE

EXPIRED = date(2027, 1, 23)   # Period.expires of 30.11.2026–08.01.2027 (last day + 15)


def _leftovers(deputy_package, day=WORKING):
    """The partial return and its journal a killed ``package return`` left beside the
    package, an hour old; and a stranger's partial of another package."""
    pkg = deputy_package.path
    package_id8 = pkg.name.removesuffix(".ssapaket").rsplit("-", 1)[1]
    partial = pkg.parent / f".rueckgabe-{day.isoformat()}-{package_id8}.ssapaket.partial"
    shutil.copyfile(pkg, partial)
    journal = partial.with_name(partial.name + "-journal")
    journal.write_bytes(b"Kontaktnotiz der Vertretung" * 100)
    other = pkg.parent / ".rueckgabe-2026-12-05-00000000.ssapaket.partial"
    other.write_bytes(b"x" * 1000)
    an_hour_ago = os.stat(pkg).st_mtime - 3600
    for path in (partial, journal, other):
        os.utime(path, (an_hour_ago, an_hour_ago))
    return partial, journal, other


def test_opening_an_expired_package_shreds_the_partial_return_beside_it(deputy_package):
    partial, journal, other = _leftovers(deputy_package)
    key = os.environ["SSA_PACKAGE_KEY"]
    with pytest.raises(svc.PackageExpired):
        svc.open_package(deputy_package.path, key, today=EXPIRED)
    assert not deputy_package.path.exists()
    assert not partial.exists() and not journal.exists()
    assert other.exists()     # another package's leftover waits for its own


def test_the_sweep_at_expiry_shreds_the_partial_return_beside_the_package(deputy_package,
                                                                         tmp_path):
    key = os.environ["SSA_PACKAGE_KEY"]
    session = Vault.create(tmp_path / "vertretung", PASSPHRASE, params=FAST_KDF)[0]
    try:
        pkg, info = svc.open_package(deputy_package.path, key, today=WORKING)
        pkg.close()
        svc.register_received(session.conn, deputy_package.path, info)
        partial, journal, _other = _leftovers(deputy_package)   # her return, killed
        said = svc.sweep_received(session.conn, EXPIRED)
    finally:
        session.lock()
    assert not deputy_package.path.exists()
    assert not partial.exists() and not journal.exists()
    assert any(partial.name in s for s in said)


def test_opening_a_package_removes_older_leftovers_beside_it(deputy_package):
    partial, journal, other = _leftovers(deputy_package)
    key = os.environ["SSA_PACKAGE_KEY"]
    pkg, _info = svc.open_package(deputy_package.path, key, today=WORKING)
    pkg.close()
    assert not partial.exists() and not journal.exists() and not other.exists()
