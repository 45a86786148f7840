"""The four-number Windows version (Inno's VersionInfoVersion, the executables' version
resource, the MSI's ProductVersion) is derived from the PEP 440 version by one function,
``release_version.windows_version``, and keeps the order of the versions: a pre-release is
below its release (``0.2.0rc1`` → ``0.2.0.3001`` < ``0.2.0`` → ``0.2.0.4000``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packaging.version import Version

import ssa_desktop
from ssa_desktop.release_version import windows_version

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"


@pytest.mark.parametrize(("version", "expected"), [
    ("0.2.0a1", "0.2.0.1001"),
    ("0.2.0b2", "0.2.0.2002"),
    ("0.2.0rc1", "0.2.0.3001"),
    ("0.2.0", "0.2.0.4000"),
    ("0.2.0.post1", "0.2.0.4001"),
    ("0.2", "0.2.0.4000"),
    ("1.10.3rc999", "1.10.3.3999"),
    ("255.255.65535.post999", "255.255.65535.4999"),
])
def test_the_four_numbers_of_a_version(version, expected):
    assert windows_version(version) == expected


@pytest.mark.parametrize("version", [
    "256.0.0",          # MSI: major and minor at most 255, build at most 65535
    "0.256.0",
    "0.2.65536",
    "0.2.0rc1000",      # at most 999 pre-releases or post-releases of one kind
    "0.2.0.post1000",
    "0.2.0.dev1",       # a development build is no release
    "0.2.0+local",
    "1!0.2.0",
    "0.2.0.1",          # four release numbers leave no room for the pre-release
    "0.2.0rc1.post1",
    "0.2.0-rc1",        # not the canonical spelling
    "v0.2.0",
    "",
])
def test_what_has_no_windows_version_is_refused(version):
    with pytest.raises(ValueError, match="Windows"):
        windows_version(version)


_PRE = st.one_of(st.none(), st.tuples(st.sampled_from(["a", "b", "rc"]),
                                      st.integers(0, 999)))
_VERSIONS = st.builds(
    lambda major, minor, micro, pre, post: (
        f"{major}.{minor}.{micro}"
        + (f"{pre[0]}{pre[1]}" if pre else "")
        + (f".post{post}" if post is not None and not pre else "")),
    st.integers(0, 255), st.integers(0, 255), st.integers(0, 65535), _PRE,
    st.one_of(st.none(), st.integers(0, 999)))


def _numbers(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in windows_version(version).split("."))


# generating two versions is cheap; on a loaded machine Hypothesis may still call it slow
_CHEAP = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_CHEAP
@given(_VERSIONS, _VERSIONS)
def test_the_order_of_versions_is_kept(one, other):
    assert (Version(one) < Version(other)) == (_numbers(one) < _numbers(other))
    assert (Version(one) == Version(other)) == (_numbers(one) == _numbers(other))


@_CHEAP
@given(_VERSIONS)
def test_every_number_fits_windows(version):
    major, minor, build, revision = _numbers(version)
    assert major <= 255 and minor <= 255 and build <= 65535 and revision <= 65535


def test_the_tool_prints_the_packages_windows_version():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "windows_version.py")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == windows_version(ssa_desktop.__version__) + "\n" == "0.3.0.4000\n"


def test_the_packaging_uses_the_four_numbers():
    script = (WINDOWS / "build.ps1").read_text("utf-8")
    assert re.search(r"\$winVersion = & \$Python tools\\windows_version\.py", script)
    assert "/DWinVersion=$winVersion" in script
    assert '-d "AppVersion=$winVersion"' in script
    iss = (WINDOWS / "ssa-desktop.iss").read_text("utf-8")
    assert "VersionInfoVersion={#WinVersion}" in iss
    assert f'#define WinVersion "{windows_version(ssa_desktop.__version__)}"' in iss
    wxs = (WINDOWS / "ssa-desktop.wxs").read_text("utf-8")
    assert f'<?define AppVersion = "{windows_version(ssa_desktop.__version__)}"?>' in wxs
    # a release after its release candidate (same first three numbers, which are all the
    # MSI compares) replaces it instead of standing beside it
    assert re.search(r'<MajorUpgrade AllowSameVersionUpgrades="yes"', wxs)
    spec = (ROOT / "packaging" / "ssa_desktop.spec").read_text("utf-8")
    assert "windows_version(" in spec
