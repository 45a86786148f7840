"""``ssa-desktop package …``: the whole cycle on real vaults, with exit codes."""

from __future__ import annotations

from datetime import date
from functools import partial

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.test_handover import _person
from tests.support.cli_runs import run_cli
from tests.support.vaults import FAST_KDF

TODAY = date(2026, 11, 23)


_run = partial(run_cli, at=TODAY)


def _key(out: str) -> str:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Paketschlüssel"))
    return " ".join(lines[start + 2].split() + lines[start + 3].split())


def test_package_cycle_with_exit_codes(open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    anna = _person(open_vault.conn, "Anna", appointment=date(2026, 12, 2))
    _person(open_vault.conn, "Ben", consent=False)
    folder = open_vault.vault.folder
    open_vault.lock()
    code, out, _ = _run(capsys, "package", "propose", "--vault", folder, "--from", "2026-11-30",
                        "--to", "2027-01-08")
    proposed = out.split("Nicht vorgeschlagen")[0]   # Ben is listed there, with the reason
    assert code == 0 and anna.id in proposed and "P-Ben" not in proposed and "VorAnna" not in out
    out_dir = tmp_path / "aus"
    out_dir.mkdir()
    code, out, _ = _run(capsys, "package", "create", "--vault", folder, "--from", "2026-11-30",
                        "--to", "2027-01-08", "--deputy", "Jana Berger", "--role", "SSA Nord",
                        "--for", "Frau Albers", "--out", out_dir, "--sheet",
                        tmp_path / "blatt.pdf")
    assert code == 0, out
    key = _key(out)
    [package] = list(out_dir.iterdir())
    assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
    assert key.replace(" ", "").lower() not in package.name.lower()
    monkeypatch.setenv("SSA_PACKAGE_KEY", key)
    code, out, _ = _run(capsys, "package", "open", "--package", package)
    assert code == 0 and "Vertretung für Frau Albers bis 08.01.2027" in out
    case_id = next(line.split()[0] for line in out.split("Offene Fälle:")[1].splitlines()[1:2])
    code, out, _ = _run(capsys, "package", "contact", "--package", package, "--person", anna.id,
                        "--case", case_id, "--day", "2026-11-23", "--minutes", "30",
                        "--note", "Gespräch")
    assert code == 0, out
    code, out, _ = _run(capsys, "package", "return", "--package", package, "--out",
                        tmp_path / "rueckgabe.ssapaket")
    assert code == 0 and "Enthalten: 1 Kontakt\n" in out
    code, out, err = _run(capsys, "package", "import", "--vault", folder,
                          tmp_path / "rueckgabe.ssapaket")
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [c.note for c in repo.CONTACTS.select(session.conn, "case_id = ?", (case_id,))
                if c.note == "Gespräch"] == ["Gespräch"]
    finally:
        session.lock()
    monkeypatch.setenv("SSA_PACKAGE_KEY", "AB" * 32)
    code, _, err = _run(capsys, "package", "open", "--package", package)
    assert code == 1 and "Paketschlüssel passt nicht" in err and "Traceback" not in err
    monkeypatch.setenv("SSA_PACKAGE_KEY", key)
    with clock.frozen(date(2027, 1, 23)):
        code = cli.main(["package", "open", "--package", str(package)])
    _, err = capsys.readouterr()
    assert code == 4 and "abgelaufen und wurde deshalb gelöscht" in err
    assert not package.exists()


def test_school_handover_by_cli(open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    _person(open_vault.conn, "Anna")
    folder = open_vault.vault.folder
    open_vault.lock()
    successor_dir = tmp_path / "nachfolge"
    Vault.create(successor_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    out_dir = tmp_path / "aus"
    out_dir.mkdir()
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, tmp_path / "fehlt")
    assert code == 1 and "gibt es nicht" in err
    code, out, err = _run(capsys, "package", "create", "--vault", folder, "--school", "school-1",
                          "--successor", "Mara Ott", "--out", out_dir)
    assert code == 0, err
    [package] = list(out_dir.iterdir())
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(out))
    code, out, err = _run(capsys, "package", "receive", "--vault", successor_dir, "--package",
                          package, "--receipt-out", tmp_path)
    assert code == 0, err
    [receipt] = list(tmp_path.glob("*.ssaquittung"))
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert "  1 Person\n" in out and "VorAnna" not in out
