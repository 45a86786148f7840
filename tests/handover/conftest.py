"""Shared set-ups of the handover tests: the folder a package is written to (``out``), a
deputy's package made by the CLI from a locked vault (``deputy_package``) and the release
before the update to schema 30 (``release_before``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import migrations
from tests.conftest import PASSPHRASE

CREATED = date(2026, 11, 23)    # the colleague writes the package
WORKING = date(2026, 12, 5)     # the deputy works in it


def run_cli(capsys, day, *argv) -> tuple[int, str, str]:
    """``cli.main`` with the clock at ``day``: exit code, stdout, stderr."""
    with clock.frozen(day):
        code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def out(tmp_path) -> Path:
    """The folder a package or return is written to."""
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


@dataclass
class DeputyPackage:
    anna: Person        # the one pupil, with an appointment on 2 December
    appointment_id: str
    case_id: str        # her open case
    folder: Path        # the colleague's (locked) vault
    path: Path          # the package file for Jana Berger, 30.11.2026–08.01.2027
    stick: Path         # an empty folder for her returns


@pytest.fixture
def deputy_package(open_vault, out, tmp_path, capsys, monkeypatch) -> DeputyPackage:
    """A Vertretungspaket written by ``ssa-desktop package create`` from a vault with Anna;
    the vault is locked, passphrase and package key are in the environment as the CLI
    reads them."""
    from ssa_desktop.storage import repositories as repo
    from tests.handover.test_cli_package import _key
    from tests.services.test_handover import _person

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    anna = _person(open_vault.conn, "Anna", appointment=date(2026, 12, 2))
    [appointment] = repo.APPOINTMENTS.select(open_vault.conn, "person_id = ?", (anna.id,))
    [case] = repo.CASES.select(open_vault.conn, "person_id = ?", (anna.id,))
    folder = open_vault.vault.folder
    open_vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    code, text, _ = run_cli(capsys, CREATED, "package", "create", "--vault", folder, "--from",
                            "2026-11-30", "--to", "2027-01-08", "--deputy", "Jana Berger",
                            "--out", out)
    assert code == 0, text
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(text))
    [path] = list(out.iterdir())
    return DeputyPackage(anna, appointment.id, case.id, folder, path, stick)


BEFORE = 29    # the schema of the release before the update


@pytest.fixture
def release_before(monkeypatch):
    """While in use, the app knows the migrations up to schema 29 only (the release before
    the update): vaults and packages it makes are of schema 29."""
    shipped = migrations.available()
    assert shipped[BEFORE - 1][1] == "file_intent" and shipped[BEFORE][1] == "stored_times"

    class Release:
        def __enter__(self):
            monkeypatch.setattr(migrations, "_read_at_start", shipped[:BEFORE])

        def __exit__(self, *exc):
            monkeypatch.setattr(migrations, "_read_at_start", shipped)

    return Release()
