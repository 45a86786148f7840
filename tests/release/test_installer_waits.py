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


def test_the_setup_never_replaces_a_newer_build_of_the_same_version_numbers():
    """Four numbers compared (0.2.0rc1 = 0.2.0.3001 below 0.2.0 = 0.2.0.4000): the setup
    reads the installed ssa-desktop.exe's version resource (its folder from the uninstall
    key, for all users or for her) and refuses a newer one (exit code 1, nothing changed)."""
    iss = ISS.read_text(encoding="utf-8")
    key = re.search(r"^#define UninstallKey \"(.*)\"$", iss, re.M)
    app_id = re.search(r"^AppId=\{(\{[0-9A-F-]+\})$", iss, re.M)
    assert key and app_id and key.group(1).endswith(app_id.group(1) + "_is1")
    found = re.search(r"function InstalledWinVersion: String;(.*?)\nend;", iss, re.S)
    assert found and "GetVersionNumbersString(" in found.group(1)
    assert "HKLM64" in found.group(1) and "HKCU" in found.group(1)
    newer = re.search(r"function NewerInstalled: Boolean;(.*?)\nend;", iss, re.S)
    assert newer and "StrToVersion('{#WinVersion}'" in newer.group(1)
    assert "ComparePackedVersion(Installed, This) > 0" in newer.group(1)
    init = re.search(r"function InitializeSetup: Boolean;(.*?)\nend;", iss, re.S)
    guard = init.group(1).split("NewerInstalled", 1)[1]
    assert "CustomMessage('NewerInstalled')" in guard and "Result := False" in guard
    assert re.search(r"^de\.NewerInstalled=.*nichts wurde verändert", iss, re.M)
    assert re.search(r"^en\.NewerInstalled=.+$", iss, re.M)


def test_apps_and_features_links_come_from_the_build():
    iss = ISS.read_text(encoding="utf-8")
    setup = _setup_section(iss)
    assert "#ifdef HelpLink" in setup and "AppSupportURL={#HelpLink}" in setup
    assert "#ifdef Contact" in setup and "AppContact={#Contact}" in setup
