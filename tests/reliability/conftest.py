"""Fixtures of the fault tests: one crash-left vault per session, copied per test."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from .crash import copy_vault, make_crashed_vault


@pytest.fixture(scope="session")
def crashed_template(tmp_path_factory):
    return make_crashed_vault(tmp_path_factory.mktemp("crashed") / "tresor")


@pytest.fixture
def crashed_vault(crashed_template, tmp_path):
    return copy_vault(crashed_template, tmp_path / "tresor")


@pytest.fixture
def locked_vault(vault_dir):
    """A locked vault of 60 persons with long notes: more pages than the unlock reads, so
    a page the deferred check alone reads can be damaged."""
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    for i in range(60):
        repo.PERSONS.insert(session.conn, Person(f"K-{i}", first_name="Elif", note="x" * 400))
    session.lock()
    return vault_dir
