"""The MSI source compiles, and the compiled MSI holds what GPO deployment needs (issue 29).

No Windows build runs here, so ``wixl`` (msitools) compiles it on Linux against a folder
shaped like the PyInstaller output (``build\\dist\\ssa-desktop``: both executables and
``_internal\\``), and ``msiinfo export`` reads the tables back. ``wixl`` reads WiX 3: the
WiX v4 source is turned into its WiX 3 form element by element first (``Package`` into
``Product`` + ``Package``, ``StandardDirectory`` under ``TARGETDIR``); the files come
from ``wixl-heat``, as heat harvests them on Windows. What only the WiX v4 tools can check
(their own schema) stays for the Windows release checklist (packaging/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.release.test_windows_msi import UPGRADE_CODE, WXS
from tests.support.requirements import require

INNO_KEY = (r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
            r"\{6F0C2B7E-4D51-4E0A-9A57-3C1D8E2B5A10}_is1")

V4 = "http://wixtoolset.org/schemas/v4/wxs"
V3 = "http://schemas.microsoft.com/wix/2006/wi"
VERSION = "1.4.2.3001"  # the four-number form of 1.4.2rc1 (release_version.windows_version)
PYINSTALLER_FOLDER = ("ssa-desktop.exe", "ssa-desktop-cli.exe", "_internal/python311.dll",
                      "_internal/base_library.zip", "_internal/PySide6/Qt6Core.dll")


def _v3(tag: str) -> str:
    return f"{{{V3}}}{tag}"


def _as_wix3(element: ET.Element, source_dir: str) -> ET.Element:
    """The WiX 3 form of the v4 ``<Wix>`` element (only what the source uses);
    ``source_dir``: the source's folder as wixl reaches it (relative: wixl refuses
    absolute paths)."""
    for node in element.iter():
        if not isinstance(node.tag, str):   # a preprocessor line (<?ifdef …?>) stays
            continue
        node.tag = node.tag.replace(f"{{{V4}}}", f"{{{V3}}}")
        if "SourceFile" in node.attrib:
            node.set("SourceFile", node.get("SourceFile", "")
                     .replace("$(sys.SOURCEFILEDIR)", source_dir + "/").replace("\\", "/"))
        if node.tag == _v3("Component") and "Guid" not in node.attrib:
            node.set("Guid", "*")
        if node.attrib.pop("Bitness", None) == "always64":
            node.set("Win64", "yes")
        if node.tag == _v3("Launch"):       # v4 <Launch Condition=…> is v3 <Condition>
            node.tag = _v3("Condition")
            node.text = node.attrib.pop("Condition")
    package = element.find(_v3("Package"))
    assert package is not None
    package.tag = _v3("Product")
    scope = package.attrib.pop("Scope")
    inner = ET.Element(_v3("Package"), {
        "InstallerVersion": package.attrib.pop("InstallerVersion"),
        "Compressed": package.attrib.pop("Compressed"),
        "InstallScope": scope})
    package.set("Id", "*")
    package.insert(0, inner)
    target = ET.SubElement(package, _v3("Directory"), {"Id": "TARGETDIR", "Name": "SourceDir"})
    for standard in package.findall(_v3("StandardDirectory")):
        package.remove(standard)
        standard.tag = _v3("Directory")
        target.append(standard)
    return element


def _wix3_source(tmp_path: Path) -> Path:
    """The source with its preprocessor lines as they are, its body in WiX 3."""
    text = WXS.read_text("utf-8")
    head, body = text[:text.index("<Wix")], text[text.index("<Wix"):]
    ET.register_namespace("", V3)
    source_dir = os.path.relpath(WXS.parent, tmp_path)
    # the preprocessor lines inside the body (ifdef) are kept as they are
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
    converted = ET.tostring(_as_wix3(ET.fromstring(body, parser), source_dir),
                            encoding="unicode")
    out = tmp_path / "ssa-desktop.wxs"
    out.write_text(head + converted, "utf-8")
    return out


def _msi(tmp_path: Path, **defines: str) -> Path:
    require(shutil.which("wixl") is not None and shutil.which("wixl-heat") is not None
            and shutil.which("msiinfo") is not None, "wixl, wixl-heat, msiinfo (msitools)")
    dist = tmp_path / "dist" / "ssa-desktop"
    for name in PYINSTALLER_FOLDER:
        (dist / name).parent.mkdir(parents=True, exist_ok=True)
        (dist / name).write_bytes(b"MZ" + name.encode())
    files = subprocess.run(
        ["wixl-heat", "--directory-ref", "INSTALLFOLDER", "--component-group", "AppFiles",
         "--var", "var.BuildDir", "--win64", "--prefix", ""],
        input="\n".join(PYINSTALLER_FOLDER), cwd=dist, capture_output=True, text=True,
        check=True).stdout
    (tmp_path / "files.wxs").write_text(files, "utf-8")
    msi = tmp_path / f"SSA-Desktop-{VERSION}.msi"
    source = _wix3_source(tmp_path)
    compiled = subprocess.run(
        ["wixl", "-a", "x64", "-D", f"AppVersion={VERSION}", "-D", "BuildDir=dist/ssa-desktop",
         "-D", "Win64=yes", "-D", f"AppVersion3={VERSION.rsplit('.', 1)[0]}",
         "-D", f"AppBuild={VERSION.rsplit('.', 1)[1]}",
         *[part for k, v in defines.items() for part in ("-D", f"{k}={v}")],
         "-o", msi.name, source.name, "files.wxs"],
        cwd=tmp_path, capture_output=True, text=True)
    assert compiled.returncode == 0, compiled.stderr
    return msi


def _table(msi: Path, name: str) -> list[list[str]]:
    """A table's rows as ``msiinfo export`` writes them (three header lines, tabs)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                         text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]


def test_the_msi_compiles_and_holds_product_folder_files_and_start_menu_entry(tmp_path):
    msi = _msi(tmp_path)
    props = dict(row[:2] for row in _table(msi, "Property"))
    assert props["ProductName"] == "SSA Desktop"
    assert props["Manufacturer"] == "SSA Desktop"
    assert props["ProductVersion"] == VERSION
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert props["ProductLanguage"] == "1031"
    assert props["ALLUSERS"] == "1"                 # per machine
    assert props["ARPNOMODIFY"] == "1" and props["ARPPRODUCTICON"] == "AppIcon"

    dirs = {row[0]: row for row in _table(msi, "Directory")}
    assert dirs["INSTALLFOLDER"][1] == "ProgramFiles64Folder"
    assert dirs["INSTALLFOLDER"][2].split("|")[-1] == "SSA Desktop"
    assert dirs["ProgramFiles64Folder"][1] == "TARGETDIR"

    names = sorted(row[2].split("|")[-1] for row in _table(msi, "File"))
    assert names == sorted(Path(p).name for p in PYINSTALLER_FOLDER)
    components = {row[0]: row for row in _table(msi, "Component")}
    assert all(int(row[3]) & 256 for name, row in components.items()   # 64-bit components
               if name != "StartMenuShortcut")

    shortcuts = _table(msi, "Shortcut")
    assert len(shortcuts) == 1
    shortcut = shortcuts[0]
    assert shortcut[1] == "ProgramMenuFolder" and shortcut[2].split("|")[-1] == "SSA Desktop"
    assert shortcut[4] == "[INSTALLFOLDER]ssa-desktop.exe"      # the windowed app
    assert shortcut[8] == "AppIcon" and shortcut[11] == "INSTALLFOLDER"   # icon, work dir

    # MajorUpgrade: an older version of the same UpgradeCode is removed, a newer one refused
    upgrades = _table(msi, "Upgrade")
    assert {row[0] for row in upgrades} == {UPGRADE_CODE}
    assert any(row[2] == VERSION for row in upgrades)
    rows = {(row[1], row[2], row[6]) for row in upgrades}
    assert ("", VERSION, "WIX_UPGRADE_DETECTED") in rows        # older ones: removed
    assert (VERSION, "", "WIX_DOWNGRADE_DETECTED") in rows      # newer ones: refused
    # wixl writes the upgrade row without msidbUpgradeAttributesVersionMaxInclusive (0x200)
    # that WiX v4 sets for AllowSameVersionUpgrades: the Windows release checklist checks it

    # nothing runs but Windows Installer's own actions: no custom action, the old version
    # removed before the new files are written (RemoveExistingProducts after InstallValidate)
    assert _table(msi, "CustomAction") == []
    sequence = {row[0]: int(row[2]) for row in _table(msi, "InstallExecuteSequence")}
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence[
        "InstallInitialize"]


def test_the_msi_refuses_when_the_inno_setup_installed_it(tmp_path):
    """Inno and MSI never side by side: AppSearch reads the Inno setup's uninstall key
    (HKLM 64-bit view and HKCU); a LaunchCondition refuses a new install when either is
    there (msiexec: 1603), while repairing or removing an installed MSI still works."""
    msi = _msi(tmp_path)
    locators = {row[0]: row for row in _table(msi, "RegLocator") if row[2] == INNO_KEY}
    # RegLocator: Signature_, Root (1 HKCU, 2 HKLM), Key, Name, Type (2 raw, +16 64-bit)
    assert {(row[1], row[2], row[3], row[4]) for row in locators.values()} == {
        ("2", INNO_KEY, "UninstallString", "18"),
        ("1", INNO_KEY, "UninstallString", "2")}
    searches = {row[1]: row[0] for row in _table(msi, "AppSearch") if row[1] in locators}
    assert set(searches) == set(locators)
    machine = next(searches[s] for s, row in locators.items() if row[1] == "2")
    user = next(searches[s] for s, row in locators.items() if row[1] == "1")
    conditions = {row[0]: row[1] for row in _table(msi, "LaunchCondition")}
    assert set(conditions) == {f"Installed OR (NOT {machine} AND NOT {user})",
                               "NOT WIX_DOWNGRADE_DETECTED",    # MajorUpgrade's own
                               NEWER_BUILD_CONDITION}
    message = conditions[f"Installed OR (NOT {machine} AND NOT {user})"]
    assert "Setup" in message and "deinstallieren" in message
    sequence = {row[0]: int(row[2]) for row in _table(msi, "InstallExecuteSequence")}
    assert sequence["AppSearch"] < sequence["LaunchConditions"]


def test_the_msi_never_closes_the_running_app(tmp_path):
    """Windows Installer's Restart Manager would close SSA Desktop in a silent install
    (the window vanishes); the MSI turns it off: files in use are replaced at the next
    restart and msiexec ends with 3010 (docs/handbuch.md, Teil B)."""
    props = dict(row[:2] for row in _table(_msi(tmp_path), "Property"))
    assert props["MSIRESTARTMANAGERCONTROL"] == "Disable"
    assert "MSIRMSHUTDOWN" not in props


# The fourth number decides between builds of the same three (0.2.0rc1 = 0.2.0.3001 below
# 0.2.0 = 0.2.0.4000), which Windows Installer does not compare: the MSI records its
# three numbers and its fourth in HKLM, AppSearch reads them, a LaunchCondition refuses.
NEWER_BUILD_CONDITION = ('Installed OR NOT (INSTALLED_VERSION3 = "1.4.2" AND '
                         'INSTALLED_BUILD > 3001)')
MSI_KEY = r"Software\SSA Desktop\Installer"


def test_a_release_candidate_msi_never_replaces_its_release(tmp_path):
    msi = _msi(tmp_path)
    locators = {row[0]: row for row in _table(msi, "RegLocator") if row[2] == MSI_KEY}
    assert {(row[1], row[3], row[4]) for row in locators.values()} == {
        ("2", "Version3", "18"), ("2", "Build", "18")}        # HKLM, raw, 64-bit view
    searches = {row[1]: row[0] for row in _table(msi, "AppSearch")}
    assert {searches[s] for s in locators} == {"INSTALLED_VERSION3", "INSTALLED_BUILD"}
    conditions = {row[0]: row[1] for row in _table(msi, "LaunchCondition")}
    assert "neuere" in conditions[NEWER_BUILD_CONDITION]
    written = {(row[2], row[3], row[4]) for row in _table(msi, "Registry")}
    assert {(MSI_KEY, "Version3", "1.4.2"), (MSI_KEY, "Build", "3001")} <= written


def test_the_msi_carries_help_and_contact_links_when_built_with_them(tmp_path):
    plain = dict(row[:2] for row in _table(_msi(tmp_path), "Property"))
    assert "ARPHELPLINK" not in plain                    # nothing invented
    other = tmp_path / "with-links"
    other.mkdir()
    props = dict(row[:2] for row in _table(_msi(other, HelpLink="https://it.traeger.example/ssa",
                                                Contact="IT des Traegers, 0711 000000"),
                                           "Property"))
    assert props["ARPHELPLINK"] == "https://it.traeger.example/ssa"
    assert props["ARPURLINFOABOUT"] == "https://it.traeger.example/ssa"
    assert props["ARPCONTACT"] == "IT des Traegers, 0711 000000"
