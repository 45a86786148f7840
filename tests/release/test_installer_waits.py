"""The Inno Setup script waits for her running program and refuses what would install
where nobody sees it (read as text: no Inno Setup here; real Windows: the release
checklist in packaging/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

from ssa_desktop import app_mutex

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "ssa-desktop.iss"


def _setup_section(text: str) -> str:
    return text.split("[Setup]", 1)[1].split("\n[", 1)[0]


def test_the_installer_waits_for_those_mutexes_and_never_closes_the_app():
    iss = ISS.read_text(encoding="utf-8")
    setup = _setup_section(iss)
    names = re.search(r"^#define AppMutexNames \"(.*)\"$", iss, re.M)
    assert names and names.group(1).split(",") == list(app_mutex.MUTEX_NAMES)
    assert re.search(r"^AppMutex=\{code:AppMutexes\}$", setup, re.M)
    assert re.search(r"^CloseApplications=no$", setup, re.M)
    assert re.search(r"^RestartApplications=no$", setup, re.M)
    prepare = re.search(r"function PrepareToInstall\(var NeedsRestart: Boolean\): String;"
                        r"(.*?)\nend;", iss, re.S)
    assert prepare and "CheckForMutexes('{#AppMutexNames}')" in prepare.group(1)
    assert "Sleep(" in prepare.group(1)    # silent: it waits, then exit code 7
    # [InstallDelete] runs only after PrepareToInstall let the installation begin
    assert iss.index("[InstallDelete]") > 0


def test_the_installer_refuses_system_without_allusers_and_needs_windows_10_1809():
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r"^MinVersion=10\.0\.17763$", _setup_section(iss), re.M)
    init = re.search(r"function InitializeSetup: Boolean;(.*?)\nend;", iss, re.S)
    assert init and "IsAdminInstallMode" in init.group(1)
    assert "CompareText(GetUserNameString, 'SYSTEM') = 0" in init.group(1)
    assert "Result := False" in init.group(1)


def test_the_installer_refuses_when_the_msi_is_installed():
    """Inno and MSI never side by side: the setup asks Windows Installer for a product of
    the MSI's UpgradeCode and refuses (exit code 1, German message, nothing installed)."""
    from tests.release.test_windows_msi import UPGRADE_CODE

    iss = ISS.read_text(encoding="utf-8")
    code = re.search(r"^#define MsiUpgradeCode \"(.*)\"$", iss, re.M)
    assert code and code.group(1) == UPGRADE_CODE
    assert re.search(r"external 'MsiEnumRelatedProductsW@msi\.dll stdcall';", iss)
    init = re.search(r"function InitializeSetup: Boolean;(.*?)\nend;", iss, re.S)
    assert init and "MsiProductInstalled" in init.group(1)
    assert "CustomMessage('MsiInstalled')" in init.group(1)
    guard = init.group(1).split("MsiProductInstalled", 1)[1]
    assert "Result := False" in guard
    de = re.search(r"^de\.MsiInstalled=(.*)$", iss, re.M)
    assert de and "MSI" in de.group(1) and "nichts wurde verändert" in de.group(1).lower()
    assert re.search(r"^en\.MsiInstalled=.+$", iss, re.M)
