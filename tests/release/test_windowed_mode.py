"""The windowed Windows build has no console: PyInstaller's ``console=False`` leaves
``sys.stdout`` and ``sys.stderr`` as ``None`` (issue 29, item 3). Every command then still
exits with its real code (never "Unerwarteter Fehler (AttributeError)"), ``self-test``
can hand its result to the installer through ``--result-file``, and the diagnostics of a
crash go to a file in the app's log folder, without content (type and frames only)."""

from __future__ import annotations

import sys

import pytest

from ssa_desktop import cli, diagnostics, selftest
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_handover import _person


@pytest.fixture
def no_console(monkeypatch, tmp_path):
    """The app's log folder in the test's folder; ``_main`` takes the streams away (in the
    test body: pytest puts its own capture streams back between setup and call)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path


@pytest.fixture
def locked_vault(tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    return tmp_path / "tresor"


def _main(*argv) -> int:
    """``cli.main`` as the windowed build runs it: no stdin, stdout or stderr at all."""
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = sys.stdout = sys.stderr = None
    try:
        return cli.main([str(a) for a in argv])
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


def _log_files(folder) -> list:
    return sorted((folder / "state").rglob("*.log"))


def test_self_test_passes_without_a_console(no_console):
    assert _main("self-test") == cli.EXIT_OK


def test_self_test_fails_with_its_real_code_without_a_console(no_console, monkeypatch):
    broken = selftest.Check("PDF-Schrift", False, "keine Schrift")
    monkeypatch.setattr(selftest, "run_checks", lambda: [broken])
    assert _main("self-test") == cli.EXIT_FAILED


@pytest.mark.parametrize(("argv", "code"), [
    (["--version"], cli.EXIT_OK),
    (["--help"], cli.EXIT_OK),
    (["self-test", "--help"], cli.EXIT_OK),
    (["no-such-command"], cli.EXIT_USAGE),
    (["info"], cli.EXIT_USAGE),                      # no --vault
])
def test_usage_and_help_keep_their_codes_without_a_console(no_console, argv, code):
    assert _main(*argv) == code


def test_vault_commands_keep_their_codes_without_a_console(no_console, locked_vault,
                                                          monkeypatch):
    assert _main("info", "--vault", no_console / "nirgends") == cli.EXIT_FAILED
    assert _main("check", "--vault", locked_vault) == cli.EXIT_USAGE  # no passphrase
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    assert _main("check", "--vault", locked_vault) == cli.EXIT_OK
    assert _main("info", "--vault", locked_vault) == cli.EXIT_OK
    out = no_console / "export.json"
    assert _main("export-json", "--vault", locked_vault, "--out", out) == cli.EXIT_OK
    assert out.is_file()
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "falsch-falsch-falsch")
    assert _main("check", "--vault", locked_vault) == cli.EXIT_FAILED


def test_init_without_a_console_refuses_rather_than_lose_the_emergency_key(no_console,
                                                                            monkeypatch):
    # The key is shown once; with nowhere to show it the vault is not created.
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    folder = no_console / "neu"
    assert _main("init", "--vault", folder) == cli.EXIT_USAGE
    assert not Vault(folder).exists()


def test_emergency_key_without_a_console_refuses_rather_than_show_it_to_nobody(no_console,
                                                                           locked_vault,
                                                                           monkeypatch):
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    assert _main("emergency-key", "--vault", locked_vault) == cli.EXIT_USAGE


def _handing_over(open_vault, monkeypatch, no_console):
    """A vault with one person, locked, its passphrase in the environment, and an empty
    folder for packages: (vault folder, package folder)."""
    _person(open_vault.conn, "Anna")
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    out = no_console / "pakete"
    out.mkdir()
    return folder, out


@pytest.mark.parametrize("kind", [
    ["--school", "GMS-1", "--successor", "Mara Ott"],
    ["--deputy", "Mara Ott", "--from", "2026-09-01", "--to", "2026-12-31"],
])
def test_package_create_without_a_console_refuses_rather_than_lose_the_package_key(
        no_console, open_vault, monkeypatch, kind):
    # The package key is shown once; a package nobody can open is not written (nor logged
    # as handed over) unless its sheet (--sheet) carries the key.
    folder, out = _handing_over(open_vault, monkeypatch, no_console)
    assert _main("package", "create", "--vault", folder, *kind, "--out", out) == cli.EXIT_USAGE
    assert list(out.iterdir()) == []
    monkeypatch.setattr(sys, "stdout", None)      # the sheet carries the key: written
    assert _main("package", "create", "--vault", folder, *kind, "--out", out,
                 "--sheet", no_console / "blatt.pdf") == cli.EXIT_OK
    assert len(list(out.iterdir())) == 1 and (no_console / "blatt.pdf").is_file()


def test_a_sheet_that_cannot_be_written_refuses_before_the_package(no_console, open_vault,
                                                                    monkeypatch):
    """Without a console the sheet is the key's only way to her: where it cannot be
    written, nothing is written or logged as handed over."""
    folder, out = _handing_over(open_vault, monkeypatch, no_console)
    blocked = no_console / "keine-mappe.txt"
    blocked.write_text("eine Datei, kein Ordner")
    assert _main("package", "create", "--vault", folder, "--school", "GMS-1", "--successor",
                 "Mara Ott", "--out", out, "--sheet", blocked / "blatt.pdf") == cli.EXIT_FAILED
    assert list(out.iterdir()) == []


def test_a_demo_vault_without_a_console_is_not_created(no_console, monkeypatch):
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    folder = no_console / "demo"
    assert _main("demo", "--vault", folder, "--years", "1") == cli.EXIT_USAGE
    assert not Vault(folder).exists()


def test_a_crash_without_a_console_is_logged_to_a_file_without_content(no_console,
                                                                      monkeypatch):
    secret = "Lena Beispiel, Klasse 7b"

    def crash():
        raise RuntimeError(secret)

    monkeypatch.setattr(selftest, "run_checks", crash)
    assert _main("self-test") == cli.EXIT_FAILED
    logs = _log_files(no_console)
    assert len(logs) == 1, logs
    text = logs[0].read_text("utf-8")
    assert "RuntimeError" in text and "in crash" in text
    assert secret not in text and "Lena" not in text


def test_a_crash_with_a_console_logs_nothing_to_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(selftest, "run_checks", lambda: 1 / 0)
    assert cli.main(["self-test"]) == cli.EXIT_FAILED
    assert "Unerwarteter Fehler (ZeroDivisionError)" in capsys.readouterr().err
    assert _log_files(tmp_path) == []


def test_the_log_folder_is_the_apps_own(no_console):
    folder = diagnostics.log_folder()
    assert "SSA Desktop" in str(folder)
    assert str(folder).startswith(str(no_console / "state"))


# -- self-test --result-file: what the installer's hidden run reads -------------------------
def test_self_test_writes_its_result_file_without_a_console(no_console):
    result = no_console / "ergebnis" / "selftest.txt"
    assert _main("self-test", "--result-file", result) == cli.EXIT_OK
    lines = result.read_text("utf-8").splitlines()
    assert lines[0].startswith("SSA Desktop ") and "Selbsttest" in lines[0]
    assert any(line.startswith("SQLCipher") and " ok " in line for line in lines)
    assert lines[-1] == "Ergebnis: bestanden (Rückgabewert 0)"
    assert [p.name for p in result.parent.iterdir()] == ["selftest.txt"]  # no temp file left


def test_a_failed_self_test_says_so_in_its_result_file(no_console, monkeypatch):
    result = no_console / "selftest.txt"
    result.write_text("Ergebnis: bestanden (Rückgabewert 0)\n", "utf-8")  # an older run
    broken = selftest.Check("PDF-Schrift", False, "keine Schrift in resources/fonts")
    monkeypatch.setattr(selftest, "run_checks", lambda: [broken])
    assert _main("self-test", "--result-file", result) == cli.EXIT_FAILED
    lines = result.read_text("utf-8").splitlines()
    assert "FEHLER" in lines[1] and "PDF-Schrift" in lines[1]
    assert lines[-1] == "Ergebnis: fehlgeschlagen (Rückgabewert 1)"


def test_a_result_file_that_cannot_be_written_fails_the_self_test(no_console, capsys):
    blocker = no_console / "eine-datei"
    blocker.write_text("", "utf-8")
    assert cli.main(["self-test", "--result-file", str(blocker / "selftest.txt")]) \
        == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "selftest.txt" in err and "Traceback" not in err and "Unerwartet" not in err


# -- the crash log (also the GUI's excepthook writes through log_exception) ---------------
def _logged(no_console) -> None:
    saved = sys.stderr
    sys.stderr = None
    try:
        diagnostics.log_exception(ValueError("Notiz über Lena"))
    finally:
        sys.stderr = saved


def test_the_crash_log_starts_again_only_beyond_its_limit(no_console):
    folder = diagnostics.log_folder()
    folder.mkdir(parents=True)
    log = folder / diagnostics.LOG_NAME
    log.write_bytes(b"x" * diagnostics.LOG_LIMIT)          # at the limit: appended to
    _logged(no_console)
    assert log.stat().st_size > diagnostics.LOG_LIMIT
    assert not (folder / "crash.1.log").exists()
    _logged(no_console)                                     # beyond it: a new file
    assert (folder / "crash.1.log").stat().st_size > diagnostics.LOG_LIMIT
    text = log.read_text("utf-8")
    assert text.startswith("-- ") and "builtins.ValueError" in text and "Lena" not in text
