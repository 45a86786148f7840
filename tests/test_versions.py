"""One version scheme: the package's PEP 440 version is written once (ssa_desktop/__init__.py),
the package metadata reads it from there, ``--version`` prints it, and a vault records the
version that last opened it for writing (``info`` shows it). The four-number Windows form is
in tests/release/test_windows_version.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import ssa_desktop
from ssa_desktop import cli
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

ROOT = Path(__file__).resolve().parents[1]
V12 = ROOT / "tests" / "data" / "vaults" / "v12"


def test_the_version_is_written_once_and_is_this_releases():
    assert ssa_desktop.__version__ == "0.3.0"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "ssa_desktop.__version__"}


# Every version and the schema it writes. A new migration raises ``ssa_desktop.SCHEMA``
# and so the version (one version, one schema): append the pair. Builds with schemas 17,
# 18 and 19 all called themselves 0.2.0 before.
RELEASED = [("0.2.0", 19), ("0.3.0", 30)]


def test_the_version_rises_with_every_schema():
    from ssa_desktop.storage import migrations

    assert ssa_desktop.SCHEMA == migrations.latest_version(), "a new migration: raise SCHEMA"
    assert (ssa_desktop.__version__, ssa_desktop.SCHEMA) in RELEASED, \
        "a new schema needs a new version (and a line in RELEASED)"
    versions = [version for version, _schema in RELEASED]
    schemas = [schema for _version, schema in RELEASED]
    assert len(set(versions)) == len(versions) and schemas == sorted(set(schemas))


def test_the_changelog_starts_with_this_version():
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    versions = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert versions[0] == ssa_desktop.__version__


def test_version_option_prints_the_version_and_exits_0():
    done = subprocess.run([sys.executable, "-m", "ssa_desktop", "--version"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0
    assert done.stdout == "SSA Desktop 0.3.0\n"


def _copy_v12(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V12 / name, folder / name)
    return folder, json.loads((V12 / "fixture.json").read_text("utf-8"))["passphrase"]


def test_an_old_vault_records_the_version_that_last_wrote_it(tmp_path, capsys, monkeypatch):
    folder, passphrase = _copy_v12(tmp_path)
    session = Vault(folder).unlock(passphrase)
    try:
        assert repo.get_meta(session.conn, "last_written_with") == "0.3.0"
    finally:
        session.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", passphrase)
    assert cli.main(["info", "--vault", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Geschrieben von:   SSA Desktop 0.3.0 (zuletzt)" in out


def test_a_new_vault_records_its_version_as_created_and_last_written(open_vault):
    assert repo.get_meta(open_vault.conn, "created_with") == "0.3.0"
    assert repo.get_meta(open_vault.conn, "last_written_with") == "0.3.0"


def test_the_gui_unlock_records_the_version_once_the_page_check_has_passed(tmp_path):
    folder, passphrase = _copy_v12(tmp_path)
    session = Vault(folder).unlock(passphrase)  # migrate to today's schema first
    session.conn.execute("DELETE FROM meta WHERE key = 'last_written_with'")
    session.lock()
    session = Vault(folder).unlock(passphrase, defer_integrity=True)
    try:
        assert repo.get_meta(session.conn, "last_written_with") == ""  # read-only so far
        session.verify_integrity()
        session.wait_writable()
        assert repo.get_meta(session.conn, "last_written_with") == "0.3.0"
    finally:
        session.lock()
