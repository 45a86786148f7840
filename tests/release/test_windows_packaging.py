"""The Windows release files agree with each other (issue 29, items 4 and 8), checked as
text because no Windows build runs here: the build script writes the folder the Inno
Setup script packs, the spec makes the two executables the script installs and runs,
and the script carries what IT needs (architectures, cleanup of the previous
``_internal``, version resource, signing hooks, the self-test acted on)."""

from __future__ import annotations

import ntpath
import re
from pathlib import Path

import ssa_desktop
from ssa_desktop.selftest import TIME_LIMIT_SECONDS

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "ssa-desktop.iss"
BUILD = PACKAGING / "windows" / "build.ps1"
SPEC = PACKAGING / "ssa_desktop.spec"


def _iss() -> str:
    return ISS.read_text("utf-8")


def _iss_define(name: str) -> str:
    found = re.search(rf'^#define {name} "([^"]*)"', _iss(), re.M)
    assert found, f"#define {name} fehlt"
    return found.group(1)


def _section(text: str, name: str) -> str:
    found = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert found, f"[{name}] fehlt"
    return found.group(1)


def _spec_exe_names() -> dict[str, str]:
    """EXE name -> its console argument, as written in the spec."""
    spec = SPEC.read_text("utf-8")
    found = {}
    for call in re.findall(r"EXE\((.*?)\n\)", spec, re.S):
        name = re.search(r'name="([^"]+)"', call).group(1)
        found[name] = re.search(r"console=([^,\n]+)", call).group(1).strip()
    return found


def _windows_path(*parts: str) -> str:
    return ntpath.normpath(ntpath.join(*parts)).lower()


def test_the_build_script_writes_exactly_the_folder_the_installer_packs():
    script = BUILD.read_text("utf-8")
    dist = re.search(r"--distpath\s+\"?([^\s\"]+)", script).group(1)
    collect = re.search(r'COLLECT\(.*?name="([^"]+)"', SPEC.read_text("utf-8"), re.S).group(1)
    built = _windows_path("repo", dist, collect)                  # relative to the repo root
    packed = _windows_path("repo", "packaging", "windows", _iss_define("BuildDir"))
    assert built == packed == _windows_path("repo", "build", "dist", "ssa-desktop")
    assert "packaging\\ssa_desktop.spec" in script
    assert "packaging\\windows\\ssa-desktop.iss" in script


def test_the_spec_makes_a_windowed_app_and_a_console_companion():
    exes = _spec_exe_names()
    assert exes["ssa-desktop"] == 'sys.platform != "win32"'   # windowed on Windows
    assert exes["ssa-desktop-cli"] == "True"                  # always a console
    spec = SPEC.read_text("utf-8")
    collect = re.search(r"COLLECT\((.*?)\)", spec, re.S).group(1)
    assert "exe_cli" in collect  # both in one folder, sharing _internal


def test_every_exe_the_installer_names_is_built_by_the_spec():
    names = set(re.findall(r"\{app\}\\([\w.-]+\.exe)", _iss()))
    assert names == {"ssa-desktop.exe", "ssa-desktop-cli.exe"}
    assert {n.removesuffix(".exe") for n in names} <= set(_spec_exe_names())


def test_the_version_is_the_packages_everywhere():
    assert _iss_define("AppVersion") == ssa_desktop.__version__
    script = BUILD.read_text("utf-8")
    assert "/DAppVersion=" in script  # the build passes the package's version
    iss = _iss()
    setup = _section(iss, "Setup")
    assert "VersionInfoVersion={#WinVersion}" in setup  # four numbers (test_windows_version)
    spec = SPEC.read_text("utf-8")
    assert "version=version_info" in spec and "VSVersionInfo" in spec  # the EXEs' resource


def test_the_installer_carries_what_it_needs():
    setup = _section(_iss(), "Setup")
    assert re.search(r"^ArchitecturesAllowed=x64compatible$", setup, re.M)
    assert re.search(r"^ArchitecturesInstallIn64BitMode=x64compatible$", setup, re.M)
    delete = _section(_iss(), "InstallDelete")
    assert re.search(r'^Type: filesandordirs; Name: "\{app\}\\_internal"$', delete, re.M)
    assert "SignTool=" in setup and "SignedUninstaller=yes" in setup


def test_the_installer_runs_the_self_test_with_a_time_limit_and_acts_on_its_result():
    iss = _iss()
    code = _section(iss, "Code")
    assert "self-test --time-limit {#SelfTestTimeLimit} --result-file" in code
    assert re.search(r"Exec\(ExpandConstant\('\{app\}\\ssa-desktop\.exe'\),\s*'self-test "
                     r"--time-limit.*?ewNoWait, Started\)", code, re.S)
    # never waited for without a limit (issue 66: session 0, Intune's 60-minute timeout):
    # the installer polls for the result file up to SelfTestWaitSeconds, the self-test's
    # own watchdog ends it after SelfTestTimeLimit (exit code 4, in the file's last line)
    selftest = re.search(r"procedure RunSelfTest;(.*?)\nend;", code, re.S)
    assert selftest and "ewWaitUntilTerminated" not in selftest.group(1)
    assert "Waited < {#SelfTestWaitSeconds}" in selftest.group(1)
    assert "Pos('Ergebnis: bestanden', " in selftest.group(1)
    limit = int(re.search(r"^#define SelfTestTimeLimit (\d+)$", iss, re.M).group(1))
    wait = int(re.search(r"^#define SelfTestWaitSeconds (\d+)$", iss, re.M).group(1))
    assert limit == TIME_LIMIT_SECONDS and limit < wait <= 300
    acted = re.search(r"function GetCustomSetupExitCode: Integer;\n(.*?)\nend;", code, re.S)
    assert acted and "SelfTestExitCode <> 0" in acted.group(1)
    assert "#define SelfTestFailedExitCode 20" in iss
    run = _section(iss, "Run")
    assert "self-test" not in run  # the old [Run] entry ignored the exit code


def test_the_build_script_runs_the_self_test_of_both_executables_and_stops_on_failure():
    script = BUILD.read_text("utf-8")
    assert "$ErrorActionPreference = 'Stop'" in script
    assert re.search(r"ssa-desktop-cli\.exe.*self-test", script)
    assert re.search(r"ssa-desktop\.exe.*self-test --result-file", script)
    assert "$LASTEXITCODE" in script
