"""Issue 7 items 16 and 20: what docs/cli.md and docs/emergency-key.md promise holds."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import sqlcipher3

from ssa_desktop.storage.keyfile import calibrate
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.requirements import require

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_cli_docs_give_the_calibrated_derivation_time():
    target = inspect.signature(calibrate).parameters["target_seconds"].default
    text = (DOCS / "cli.md").read_text("utf-8")
    assert f"etwa {str(target).replace('.', ',')} s" in text
    assert "etwa 1 s" not in text


def test_emergency_key_docs_name_sqlcipher_4_and_no_readonly_command():
    text = (DOCS / "emergency-key.md").read_text("utf-8")
    assert "Nur SQLCipher 4.0 oder neuer" in text
    assert not re.search(r"\$ sqlcipher -readonly", text)


def test_the_documented_commands_open_a_copy(vault_dir, tmp_path):
    """The steps of section b) (copy, PRAGMA key with x'…', cipher_version, count) through
    the same SQLCipher library, on a closed vault."""
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    copy = tmp_path / "kopie.ssadb"
    shutil.copyfile(vault_dir / "vault.ssadb", copy)
    conn = sqlcipher3.connect(str(copy))
    conn.execute(f"PRAGMA key = \"x'{emergency.replace(' ', '')}'\"")
    assert int(conn.execute("PRAGMA cipher_version").fetchone()[0].split(".")[0]) >= 4
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
    conn.close()


def _cli_version() -> str:
    import subprocess

    done = subprocess.run(["sqlcipher", ":memory:"], input="PRAGMA cipher_version;\n",
                          capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


def test_the_sqlcipher_command_line_behaves_as_documented(vault_dir, tmp_path):
    """With whatever ``sqlcipher`` shell is installed: 4.x opens a copy with the documented
    commands, 3.x refuses with the documented message."""
    import subprocess

    require(bool(shutil.which("sqlcipher")), "no sqlcipher command line installed")
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    copy = tmp_path / "kopie.ssadb"
    shutil.copyfile(vault_dir / "vault.ssadb", copy)
    commands = (f"PRAGMA key = \"x'{emergency.replace(' ', '')}'\";\n"
                "SELECT count(*) FROM person;\n")
    done = subprocess.run(["sqlcipher", str(copy)], input=commands, capture_output=True,
                          text=True, timeout=30)
    text = (DOCS / "emergency-key.md").read_text("utf-8")
    if _cli_version().startswith("3."):
        assert "file is encrypted or is not a database" in done.stderr
        assert "`file is encrypted or is not a database`" in text
    else:
        assert done.stdout.strip().endswith("0"), done.stderr
