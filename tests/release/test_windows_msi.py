"""The MSI for GPO deployment (WiX v4 source) agrees with the Inno Setup script, the spec
and the build script (issue 29), checked as XML and text because no Windows build runs
here: the same product name, the same executables from the same PyInstaller folder, the
package's version, a per-machine install into the 64-bit program folder, a fixed
upgrade code with a major upgrade, a start-menu entry for the windowed app."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.release.test_windows_packaging import (
    BUILD,
    ISS,
    _iss_define,
    _spec_exe_names,
    _windows_path,
)

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "packaging" / "windows" / "ssa-desktop.wxs"
NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
UPGRADE_CODE = "{4C2E8B1D-7A36-4F0B-9E52-1D6A0C3F8E27}"   # never changes between releases


def _wxs() -> ET.Element:
    return ET.parse(WXS).getroot()   # well-formed, or the test fails here


def _package() -> ET.Element:
    package = _wxs().find("w:Package", NS)
    assert package is not None, "<Package> fehlt (WiX v4)"
    return package


def _defines() -> dict[str, str]:
    text = WXS.read_text("utf-8")
    return dict(re.findall(r'<\?define (\w+)\s*=\s*"([^"]*)"\s*\?>', text))


def test_the_wxs_is_wix_v4_xml():
    root = _wxs()
    assert root.tag == "{http://wixtoolset.org/schemas/v4/wxs}Wix"


def test_the_product_name_publisher_and_version_are_the_inno_scripts():
    package, defines = _package(), _defines()
    assert package.get("Name") == "$(var.AppName)"
    assert package.get("Manufacturer") == "$(var.AppPublisher)"
    assert defines["AppName"] == _iss_define("AppName") == "SSA Desktop"
    assert defines["AppPublisher"] == _iss_define("AppPublisher")
    # the version comes from the build (the package's __version__ in its four-number form,
    # tests/release/test_windows_version.py), as Inno Setup's VersionInfoVersion
    assert package.get("Version") == "$(var.AppVersion)"
    assert _defines().get("AppVersion") == _iss_define("WinVersion")
    script = BUILD.read_text("utf-8")
    assert re.search(r"wix(\.exe)?[`\"'\s].*build.*-d\s+\"?AppVersion=\$", script, re.I | re.S)


def test_per_machine_into_program_files_64_with_a_fixed_upgrade_code():
    package = _package()
    assert package.get("Scope") == "perMachine"
    assert package.get("UpgradeCode") == UPGRADE_CODE
    uuid.UUID(UPGRADE_CODE)
    # not the Inno Setup AppId: the two are separate products (one or the other per device)
    app_id = re.search(r"^AppId=\{(\{.*\})$", ISS.read_text("utf-8"), re.M)
    assert app_id and app_id.group(1) != UPGRADE_CODE
    assert package.find("w:MajorUpgrade", NS) is not None
    folders = {d.get("Id"): d for d in package.iter(f"{{{NS['w']}}}StandardDirectory")}
    assert "ProgramFiles64Folder" in folders
    install = folders["ProgramFiles64Folder"].find("w:Directory", NS)
    assert install.get("Id") == "INSTALLFOLDER"
    # the Inno script's {autopf}\<AppName>, as /ALLUSERS installs it
    assert install.get("Name") == "$(var.AppName)" and _defines()["AppName"] == _iss_define("AppName")
    assert "DefaultDirName={autopf}\\{#AppName}" in ISS.read_text("utf-8")


def test_the_files_are_the_pyinstaller_folder_the_inno_setup_packs():
    package = _package()
    refs = {r.get("Id") for r in package.iter(f"{{{NS['w']}}}ComponentGroupRef")}
    assert "AppFiles" in refs    # harvested by heat from the same folder
    build_dir = _defines()["BuildDir"].removeprefix("$(sys.SOURCEFILEDIR)")
    assert _windows_path("repo", "packaging", "windows", build_dir) == _windows_path(
        "repo", "packaging", "windows", _iss_define("BuildDir"))
    script = BUILD.read_text("utf-8")
    assert re.search(r"heat(\.exe)?[`\"'\s].*dir.*build\\dist\\ssa-desktop.*-cg AppFiles", script,
                     re.I | re.S)
    assert "-dr INSTALLFOLDER" in script
    assert "packaging\\windows\\ssa-desktop.wxs" in script


def test_the_start_menu_entry_starts_the_windowed_app():
    shortcuts = list(_package().iter(f"{{{NS['w']}}}Shortcut"))
    assert shortcuts, "kein Startmenü-Eintrag"
    targets = {s.get("Target") for s in shortcuts}
    assert targets == {"[INSTALLFOLDER]ssa-desktop.exe"}
    exes = _spec_exe_names()
    assert exes["ssa-desktop"] == 'sys.platform != "win32"'   # windowed: no console
    names = set(re.findall(r"\[INSTALLFOLDER\]([\w.-]+\.exe)", WXS.read_text("utf-8")))
    assert {n.removesuffix(".exe") for n in names} <= set(exes)
    menu = [d for d in _package().iter(f"{{{NS['w']}}}StandardDirectory")
            if d.get("Id") == "ProgramMenuFolder"]
    assert menu


def test_the_build_passes_the_three_numbers_and_the_fourth_apart():
    """The MSI's check of the fourth number (test_msi_compiles) needs them as two
    variables; the defaults agree with the default four-number version."""
    defines = _defines()
    assert f"{defines['AppVersion3']}.{defines['AppBuild']}" == defines["AppVersion"]
    script = BUILD.read_text("utf-8")
    assert "\"AppVersion3=$($parts[0..2] -join '.')\"" in script
    assert '"AppBuild=$($parts[3])"' in script and "$winVersion.Split('.')" in script
    assert "@wixArgs" in script
