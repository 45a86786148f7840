"""The deletion engine's vaults, made once per test module."""

from __future__ import annotations

import pytest

from ssa_desktop.demo import fill_demo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.retention.linked_vaults import DEMO_TODAY


# -- a generated demo vault: every kind, holds, restrictions, § 9b, dormant persons ------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    fill_demo(session.conn, years=3, today=DEMO_TODAY, scale=0.1, profile="benchmark")
    yield session
    session.lock()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One empty vault file copied for every example (creating one costs a KDF run)."""
    folder = tmp_path_factory.mktemp("template") / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    return folder
