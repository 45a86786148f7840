"""Issue 28: ``package propose`` says who is not proposed and why; ``package create
--with ID:ZUSATZ`` ticks a free text for one person (real CLI, real vault)."""

from __future__ import annotations

from datetime import date
from functools import partial

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import _key
from tests.services.test_handover import _person
from tests.support.cli_runs import run_cli

TODAY = date(2026, 11, 23)
PERIOD = ("--from", "2026-12-05", "--to", "2027-01-08")


_run = partial(run_cli, at=TODAY)


def test_propose_lists_who_is_not_proposed_and_why(open_vault, capsys, monkeypatch):
    """The issue's case: consent ending 01.12.2026, a withdrawal dated tomorrow."""
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    anna = _person(conn, "Anna")
    ends = _person(conn, "Ends", consent=False)
    repo.CONSENTS.insert(conn, Consent(ends.id, "Vertretung der Schulsozialarbeit",
                                       date(2026, 9, 1), deputy=True, valid_to=date(2026, 12, 1)))
    gone = _person(conn, "Gone", withdrawn=date(2026, 11, 24))
    folder = open_vault.vault.folder
    open_vault.lock()
    code, out, _ = _run(capsys, "package", "propose", "--vault", folder, *PERIOD)
    assert code == 0
    proposed, missing = out.split("Nicht vorgeschlagen")
    assert anna.id in proposed and ends.id not in proposed and gone.id not in proposed
    assert f"{ends.id}  P-Ends  (Gemeinschaftsschule Am Park): Einwilligung endet am 01.12.2026" \
        in missing
    assert "P-Gone" in missing and "widerrufen zum 24.11.2026" in missing


def test_create_with_a_ticked_note(open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    anna = _person(open_vault.conn, "Anna")
    ben = _person(open_vault.conn, "Ben")
    folder = open_vault.vault.folder
    open_vault.lock()
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    code, _out, err = _run(capsys, "package", "create", "--vault", folder, *PERIOD, "--deputy",
                           "Jana Berger", "--with", f"{anna.id}:geburtsjahr", "--out", out_dir)
    assert code != 0 and "Unbekannter Zusatz" in err and list(out_dir.iterdir()) == []
    code, out, err = _run(capsys, "package", "create", "--vault", folder, *PERIOD, "--deputy",
                          "Jana Berger", "--with", f"{anna.id}:person_note,case_notes",
                          "--out", out_dir)
    assert code == 0, err
    [package] = list(out_dir.iterdir())
    pkg, _info = svc.open_package(package, _key(out), today=TODAY)
    try:
        notes = {p.id: p.note for p in repo.PERSONS.all(pkg)}
    finally:
        pkg.close()
    assert notes == {anna.id: "PersonnotizAnna", ben.id: ""}
