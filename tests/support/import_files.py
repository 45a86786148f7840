"""A file she imports with ``import-json``, for tests: her export of a vault with P-Anna
of the school ``school-1``, the target vault (empty, or with a school of its own), the
import as she runs it and the target unlocked again to look at."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.handover.test_deputy_return import _dump
from tests.support.cli_runs import run_cli
from tests.support.vaults import FAST_KDF, PASSPHRASE

# into an empty vault, and into one with data (a school of its own): a merge
WITH_DATA = pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])


def her_export(tmp_path: Path, add: Callable = lambda conn: None) -> dict:
    """Her export (``interchange.export_document``, as JSON reads it) of a vault in
    ``tmp_path/quelle`` with P-Anna (``anna``) of ``school-1``, after ``add(conn)``."""
    source = Vault.create(tmp_path / "quelle", PASSPHRASE, params=FAST_KDF)[0]
    try:
        conn = source.conn
        conn.execute("INSERT INTO school (id, name, school_type) VALUES ('school-1', 'S', 'GMS')")
        repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna"))
        add(conn)
        return json.loads(json.dumps(ix.export_document(conn)))
    finally:
        source.lock()


def file_of(tmp_path: Path, doc: dict) -> Path:
    """``doc`` written as her file ``tmp_path/datei.json``."""
    path = tmp_path / "datei.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def target_vault(folder: Path, with_data: bool) -> dict:
    """A new vault in ``folder`` (with the school ``eigene`` when ``with_data``), locked;
    its dump, to compare with after a refused import."""
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        if with_data:
            session.conn.execute("INSERT INTO school (id, name, school_type)"
                                 " VALUES ('eigene', 'Eigene', 'GMS')")
        return _dump(session.conn)
    finally:
        session.lock()


def import_json(folder: Path, path: Path, capsys, monkeypatch,
                *more: str) -> tuple[int, str, str]:
    """``ssa-desktop import-json --vault folder path *more`` with her passphrase in the
    environment: exit code, stdout, stderr (never a traceback)."""
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return run_cli(capsys, "import-json", "--vault", folder, path, *more)


@contextlib.contextmanager
def unlocked(folder: Path) -> Iterator:
    """The connection of the vault in ``folder``, unlocked for the block."""
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        yield session.conn
    finally:
        session.lock()


@contextlib.contextmanager
def new_target(folder: Path) -> Iterator:
    """The connection of a new vault in ``folder`` for the block, locked after it."""
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        yield session.conn
    finally:
        session.lock()
