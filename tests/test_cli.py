"""The command line, run in-process (capsys) and once as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.cli_commands import common
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_interchange import populate_sample
from tests.support.cli_runs import run_cli


@pytest.fixture
def vault(open_vault):
    """A filled vault folder, locked (the CLI unlocks it itself)."""
    populate_sample(open_vault.conn)
    folder = open_vault.vault.folder
    open_vault.lock()
    return folder


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err


# -- the GUI entry points are delegated, lazily -----------------------------------------------
def test_no_command_starts_the_gui_with_the_vault_folder(monkeypatch, tmp_path):
    import types

    calls = []
    fake = types.ModuleType("ssa_desktop.app")
    fake.run_gui = lambda folder=None, *, demo_passphrase=None: calls.append(
        (folder, demo_passphrase)) or 0
    monkeypatch.setitem(sys.modules, "ssa_desktop.app", fake)
    assert cli.main(["--vault", str(tmp_path)]) == 0
    assert cli.main([]) == 0
    assert calls == [(tmp_path, None), (None, None)]


def test_demo_flag_creates_a_demo_vault_and_passes_its_passphrase(monkeypatch):
    import types

    calls, created = [], []
    app = types.ModuleType("ssa_desktop.app")
    app.run_gui = lambda folder=None, *, demo_passphrase=None: calls.append(
        (folder, demo_passphrase)) or 0
    demo = types.ModuleType("ssa_desktop.demo")

    def create_demo_vault(folder, passphrase, years=3):
        created.append((folder, passphrase, years))
        session, _ = Vault.create(folder, passphrase, params=FAST_KDF)
        return session

    demo.create_demo_vault = create_demo_vault
    monkeypatch.setitem(sys.modules, "ssa_desktop.app", app)
    monkeypatch.setitem(sys.modules, "ssa_desktop.demo", demo)
    assert cli.main(["--demo"]) == 0
    (folder, passphrase, years), = created
    assert folder.name.startswith("ssa-demo-") and years == 3
    assert calls == [(folder, passphrase)]
    Vault(folder).unlock(passphrase).lock()  # a real vault, locked before the GUI starts


# -- passphrase handling ---------------------------------------------------------------------
def test_without_tty_and_without_env_it_is_a_usage_error(vault, capsys):
    code, out, err = run(capsys, "info", "--vault", vault)
    assert code == 2
    assert "SSA_PASSPHRASE" in err and "kein Terminal" in err
    _no_traceback(err)


def test_passphrase_is_asked_on_the_terminal(vault, capsys, monkeypatch):
    prompts = []
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda p: prompts.append(p) or PASSPHRASE)
    code, out, _ = run(capsys, "info", "--vault", vault)
    assert code == 0 and prompts == ["Passphrase: "]
    assert "Gemeinschaftsschule Am Park" in out


def test_wrong_passphrase(vault, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", "Falsche-Passphrase-99")
    code, _, err = run(capsys, "info", "--vault", vault)
    assert code == 1
    assert "Die Passphrase ist falsch" in err
    _no_traceback(err)


def test_missing_vault_folder(tmp_path, capsys, env_pass):
    code, _, err = run(capsys, "check", "--vault", tmp_path / "gibt-es-nicht")
    assert code == 1 and "existiert nicht" in err


def test_folder_that_is_not_a_vault(tmp_path, capsys, env_pass):
    code, _, err = run(capsys, "info", "--vault", tmp_path)
    assert code == 1 and "kein Tresor" in err


def test_no_vault_option_is_a_usage_error(capsys, env_pass):
    code, _, err = run(capsys, "info")
    assert code == 2 and "--vault" in err


def test_unknown_option_is_a_german_usage_error(capsys):
    code, _, err = run(capsys, "backup", "--vault", "x")
    assert code == 2 and "diese Angaben fehlen: --out" in err


# -- commands ----------------------------------------------------------------------------------
def test_info(vault, capsys, env_pass):
    code, out, _ = run(capsys, "info", "--vault", vault)
    assert code == 0
    uuid = Vault(vault).unlock(PASSPHRASE)
    try:
        assert uuid.uuid in out
    finally:
        uuid.lock()
    assert "Grundschule Überlingen-Süd" in out
    assert "Schema-Version" in out
    assert any(line.split()[:1] == ["Kontakte"] and line.split()[-1] == "1"
               for line in out.splitlines())


def test_check_on_a_good_vault(vault, capsys, env_pass):
    code, out, _ = run(capsys, "check", "--vault", vault)
    assert code == 0 and "keine Probleme" in out


def test_check_on_a_damaged_database(vault, capsys, env_pass):
    # a damaged page inside the database: a clear refusal or report, never a traceback
    db = vault / "vault.ssadb"
    data = bytearray(db.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--vault", vault)
    assert code == 1
    _no_traceback(err)


def test_export_and_import_round_trip(vault, tmp_path, capsys, env_pass):
    out_file = tmp_path / "export.json"
    code, out, err = run(capsys, "export-json", "--vault", vault, "--out", out_file)
    assert code == 0 and "NICHT verschlüsselt" in err
    doc = json.loads(out_file.read_text("utf-8"))
    target = tmp_path / "neu"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    code, out, _ = run(capsys, "import-json", "--vault", target, out_file)
    assert code == 0 and "Eingelesen" in out
    session = Vault(target).unlock(PASSPHRASE)
    try:
        again = ix.export_document(session.conn)
    finally:
        session.lock()
    doc.pop("exported"), again.pop("exported")
    assert again == doc
    # a second import into the now filled vault merges: everything is there already
    code, out, err = run(capsys, "import-json", "--vault", target, out_file)
    assert code == 0 and "0 neu eingelesen" in out and not err


def test_import_into_a_vault_with_data_lists_conflicts(vault, tmp_path, capsys, env_pass):
    """Exit 3: the conflicts are listed and nothing of them overwritten; --take-theirs
    decides them (docs/cli.md)."""
    out_file = tmp_path / "export.json"
    assert run(capsys, "export-json", "--vault", vault, "--out", out_file)[0] == 0
    doc = json.loads(out_file.read_text("utf-8"))
    school = doc["tables"]["school"][0]
    school["address"] = "Anderswo 1"
    doc["tables"]["school"].append({"id": "s-neu", "name": "Neue Schule"})
    out_file.write_text(json.dumps(doc), "utf-8")
    code, out, err = run(capsys, "import-json", "--vault", vault, out_file)
    assert code == 3 and "1 neu eingelesen" in out
    assert f"school:{school['id']}" in err and "NICHT überschrieben" in err
    _no_traceback(err)
    code, out, err = run(capsys, "import-json", "--vault", vault, out_file,
                         "--take-theirs", f"school:{school['id']}")
    assert code == 0 and "1 aus der Datei übernommen" in out
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        assert repo.SCHOOLS.get(session.conn, school["id"]).address == "Anderswo 1"
    finally:
        session.lock()


def test_import_malformed_json(vault, tmp_path, capsys, env_pass):
    bad = tmp_path / "kaputt.json"
    bad.write_text('{"format": "ssa-desktop-interchange", "tables": [', "utf-8")
    code, _, err = run(capsys, "import-json", "--vault", vault, bad)
    assert code == 1 and "kein gültiges JSON" in err
    _no_traceback(err)


def test_import_invalid_document_lists_places(tmp_path, capsys, env_pass):
    target = tmp_path / "neu"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    bad = tmp_path / "falsch.json"
    bad.write_text(json.dumps({"format": "ssa-desktop-interchange", "version": 1,
                               "schema_version": 1, "tables": {"contact": [
                                   {"id": "c1", "day": "2026-13-01", "kind": "EB",
                                    "duration_min": 30}]}}), "utf-8")
    code, _, err = run(capsys, "import-json", "--vault", target, bad)
    assert code == 1
    assert "tables.contact[0].day: „2026-13-01“ ist kein gültiges Datum" in err
    assert "nichts verändert" in err


def test_import_missing_file(vault, tmp_path, capsys, env_pass):
    code, _, err = run(capsys, "import-json", "--vault", vault, tmp_path / "fehlt.json")
    assert code == 1 and "nicht gefunden" in err


def test_backup_and_restore(vault, tmp_path, capsys, env_pass):
    code, out, _ = run(capsys, "backup", "--vault", vault, "--out", tmp_path)
    assert code == 0
    backup = next(tmp_path.glob("ssa-sicherung-*.ssabak"))
    session = Vault(vault).unlock(PASSPHRASE)
    repo.PERSONS.delete(session.conn, repo.PERSONS.all(session.conn)[0].id)
    session.lock()
    code, out, _ = run(capsys, "restore", "--vault", vault, backup)
    assert code == 0 and "Wiederhergestellt" in out and "vorherige Stand" in out
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        assert repo.PERSONS.count(session.conn) == 2
    finally:
        session.lock()


def test_restore_of_a_missing_file(vault, tmp_path, capsys, env_pass):
    code, _, err = run(capsys, "restore", "--vault", vault, tmp_path / "fehlt.ssabak")
    assert code == 1 and "nicht gefunden" in err
    _no_traceback(err)


def test_restore_pre_rekey_backup_asks_for_the_old_key(vault, tmp_path, capsys, env_pass,
                                                       monkeypatch):
    session = Vault(vault).unlock(PASSPHRASE)
    old_key = session.emergency_key()
    backup = tmp_path / "alt.ssabak"
    from ssa_desktop.services.vault_admin import backup_vault
    backup_vault(session, backup)
    counts = repo.table_counts(session.conn)
    session.rekey(PASSPHRASE, params=FAST_KDF)
    session.conn.execute("DELETE FROM contact")  # a change after the backup
    session.lock()
    code, _, err = run(capsys, "restore", "--vault", vault, backup)
    assert code == 1 and "--emergency-key" in err
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: old_key)
    code, out, _ = run(capsys, "restore", "--vault", vault, backup, "--emergency-key")
    assert code == 0
    assert f"Wiederhergestellt aus {backup}." in out and "vorherige Stand" in out
    restored = Vault(vault).unlock(PASSPHRASE)  # the current passphrase opens it
    try:
        assert repo.table_counts(restored.conn) == counts and counts["contact"] > 0
    finally:
        restored.lock()


def test_passwd_with_env(vault, capsys, env_pass, monkeypatch):
    monkeypatch.setenv("SSA_NEW_PASSPHRASE", "Neue-Wolke-Birke-81")
    code, out, _ = run(capsys, "passwd", "--vault", vault)
    assert code == 0 and "geändert" in out
    Vault(vault).unlock("Neue-Wolke-Birke-81").lock()


def test_passwd_refuses_weak_and_mismatched(vault, capsys, env_pass, monkeypatch):
    monkeypatch.setenv("SSA_NEW_PASSPHRASE", "passwort123")
    code, _, err = run(capsys, "passwd", "--vault", vault)
    assert code == 1 and "zu schwach" in err
    monkeypatch.delenv("SSA_NEW_PASSPHRASE")
    answers = iter(["Neue-Wolke-Birke-81", "Neue-Wolke-Birke-18"])
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: next(answers))
    code, _, err = run(capsys, "passwd", "--vault", vault)
    assert code == 1 and "stimmen nicht überein" in err
    Vault(vault).unlock(PASSPHRASE).lock()  # unchanged


def test_passwd_with_the_emergency_key_repairs_a_damaged_key_file(vault, capsys, monkeypatch):
    session = Vault(vault).unlock(PASSPHRASE)
    key = session.emergency_key()
    session.lock()
    (vault / "vault.key").write_text("{kaputt", "utf-8")
    import ssa_desktop.storage.vault as vault_module

    monkeypatch.setattr(vault_module, "calibrate", lambda: FAST_KDF)  # no 1-s calibration
    monkeypatch.setenv("SSA_NEW_PASSPHRASE", "Neue-Wolke-Birke-81")
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: key.lower())
    code, _, err = run(capsys, "passwd", "--vault", vault, "--use-emergency-key")
    assert code == 0, err
    Vault(vault).unlock("Neue-Wolke-Birke-81").lock()


def test_emergency_key_with_sheet(vault, tmp_path, capsys, env_pass):
    from pypdf import PdfReader

    pdf = tmp_path / "notfall.pdf"
    code, out, _ = run(capsys, "emergency-key", "--vault", vault, "--sheet", pdf)
    assert code == 0
    session = Vault(vault).unlock(PASSPHRASE)
    key = session.emergency_key()
    session.lock()
    groups = key.split()
    assert "    " + "  ".join(groups[:4]) + "\n" in out  # two lines of four groups
    assert "    " + "  ".join(groups[4:]) + "\n" in out
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert all(group in text for group in key.split())


def test_init_creates_a_vault_once(tmp_path, capsys, monkeypatch):
    """The only test that calls init (it calibrates the key derivation, about 1 s)."""
    answers = iter([PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: next(answers))
    folder, pdf = tmp_path / "tresor", tmp_path / "notfall.pdf"
    code, out, _ = run(capsys, "init", "--vault", folder, "--sheet", pdf)
    assert code == 0 and pdf.exists()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        groups = session.emergency_key().split()
        assert "  ".join(groups[:4]) in out and "  ".join(groups[4:]) in out
    finally:
        session.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "init", "--vault", folder)
    assert code == 1 and "bereits ein Tresor" in err


def test_demo_command_fills_an_empty_vault(tmp_path, capsys, env_pass):
    folder = tmp_path / "leer"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    code, out, err = run(capsys, "demo", "--vault", folder, "--years", "1")
    assert code == 0, err
    assert "Fertig:" in out
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        counts = repo.table_counts(session.conn)
        assert counts["person"] > 0 and counts["contact"] > 0
        assert counts["statistics_record"] >= counts["contact"]
    finally:
        session.lock()


def test_demo_command_refuses_a_vault_with_data(vault, capsys, env_pass):
    code, _, err = run(capsys, "demo", "--vault", vault, "--years", "1")
    assert code == 1
    assert "Traceback" not in err and err.strip()


def test_unexpected_errors_show_no_traceback(vault, capsys, env_pass, monkeypatch):
    from ssa_desktop.services import vault_admin

    def boom(session):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(vault_admin, "vault_info", boom)
    code, _, err = run(capsys, "info", "--vault", vault)
    assert code == 1 and "Unerwarteter Fehler" in err
    _no_traceback(err)


def test_a_refusal_meant_for_her_is_shown_as_it_is_by_every_command(vault, capsys, env_pass,
                                                                     monkeypatch):
    """A ``UserError`` is a German sentence for the worker: ``main`` shows it (exit 1),
    so no command converts it by hand."""
    from ssa_desktop.domain.errors import UserError
    from ssa_desktop.services import vault_admin

    def refuse(session):
        raise UserError("Das geht so nicht.")

    monkeypatch.setattr(vault_admin, "vault_info", refuse)
    code, _, err = run(capsys, "info", "--vault", vault)
    assert (code, err.strip()) == (1, "ssa-desktop: Das geht so nicht.")


# -- a real process --------------------------------------------------------------------------
def test_subprocess_info_and_wrong_passphrase(vault):
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "SSA_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "ssa_desktop", "info", "--vault", str(vault)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Grundschule Überlingen-Süd" in done.stdout
    assert "PySide6" not in done.stderr
    env["SSA_PASSPHRASE"] = "Falsche-Passphrase-99"
    done = subprocess.run([sys.executable, "-m", "ssa_desktop", "info", "--vault", str(vault)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)
    assert done.returncode == 1
    assert "Die Passphrase ist falsch" in done.stderr and "Traceback" not in done.stderr


def test_demo_into_a_vault_with_data_says_why(vault, capsys, env_pass):
    code, _, err = run(capsys, "demo", "--vault", vault)
    assert code == 1
    assert "enthält bereits Daten" in err and "nichts verändert" in err
    assert "Unerwarteter Fehler" not in err


def test_import_lists_every_error_with_its_place(tmp_path, capsys, env_pass):
    target = tmp_path / "neu"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    contacts = [{"id": f"c{i}", "day": "2026-13-01", "kind": "EB", "duration_min": 30}
                for i in range(12)]
    contacts.append({"id": "c99", "day": "2026-11-02", "kind": "EB", "duration_min": 30,
                     "person_id": "fehlt"})
    bad = tmp_path / "falsch.json"
    bad.write_text(json.dumps({"format": "ssa-desktop-interchange", "version": 1,
                               "schema_version": 1, "tables": {"contact": contacts}}), "utf-8")
    code, _, err = run(capsys, "import-json", "--vault", target, bad)
    assert code == 1 and "13 Fehler" in err
    for i in range(12):  # all of them, not the first ten
        assert f"tables.contact[{i}].day" in err
    assert "tables.contact[12].person_id" in err  # a later stage is reported in the same run


def test_a_file_given_as_vault_folder(tmp_path, capsys, env_pass):
    afile = tmp_path / "vault.ssadb"
    afile.write_text("x")
    code, _, err = run(capsys, "info", "--vault", afile)
    assert code == 1 and "ist eine Datei, kein Tresor-Ordner" in err
    assert "existiert nicht" not in err


def test_emergency_key_without_terminal_does_not_blame_the_passphrase_variable(
        vault, capsys, env_pass):
    code, _, err = run(capsys, "passwd", "--vault", vault, "--use-emergency-key")
    assert code == 2
    assert "nicht gesetzt" not in err and "Notfallschlüssel" in err


@pytest.mark.parametrize("argv", [
    ("slips", "--vault", "VAULT", "--date", "20.13.2026", "--out", "x.pdf"),
    ("goal", "rate", "--vault", "VAULT", "--goal", "g1", "--level", "0", "--date", "20.13.2026"),
    ("letter", "member-add", "--vault", "VAULT", "--group", "g1", "--person", "p1",
     "--on", "20.13.2026"),
], ids=["slips", "goal", "letter-member"])
def test_a_date_that_is_no_date_is_a_usage_error_in_her_words(argv, tmp_path, capsys):
    """Every command's date is read as her date fields read it; one that is no date is
    refused (exit 2) with the date fields' sentence, before any vault is opened."""
    folder = tmp_path / "kein-tresor"
    code, out, err = run_cli(capsys, *[folder if a == "VAULT" else a for a in argv])
    assert code == 2 and "einen 13. Monat gibt es nicht" in err and out == ""
