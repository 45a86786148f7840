"""Reproducible releases (issue 29): the release build installs from a lock file with
exact pins and hashes, ``packaging/constraints-release.txt``, which pins exactly what
``pyproject.toml`` declares (every runtime and build dependency, each pin inside its
bounds, for Linux and Windows), and pyproject bounds every dependency whose next major
version may break the product. The build scripts and CI's frozen-build step use it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "constraints-release.txt"
LOCK_NAME = "packaging/constraints-release.txt"
# dependencies whose next major version (for 0.x the next minor) may break the product
BOUNDED = {"pyside6-essentials", "pyside6-addons", "sqlcipher3", "keyring", "reportlab",
           "openpyxl", "argon2-cffi", "platformdirs", "zxcvbn", "pyinstaller", "docxtpl",
           "jinja2", "pypdf", "duckdb"}
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
              "platform_machine": "x86_64", "python_version": "3.11",
              "python_full_version": "3.11.2", "implementation_name": "cpython",
              "platform_python_implementation": "CPython"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                "platform_machine": "AMD64", "python_version": "3.11",
                "python_full_version": "3.11.9", "implementation_name": "cpython",
                "platform_python_implementation": "CPython"},
}


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(r) for r in
            project["dependencies"] + project["optional-dependencies"]["build"]]


def _pins() -> list[tuple[str, Version, Marker | None, list[str]]]:
    """(name, version, marker, hashes) of every pin in the lock file."""
    text = LOCK.read_text("utf-8").replace("\\\n", " ")
    pins = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = re.findall(r"--hash=(sha256:[0-9a-f]{64})", line)
        spec = re.sub(r"--hash=\S+", "", line).strip()
        req = Requirement(spec)
        [clause] = list(req.specifier)
        assert clause.operator == "==", f"{req.name}: keine genaue Version ({spec})"
        pins.append((canonicalize_name(req.name), Version(clause.version), req.marker, hashes))
    return pins


def _pins_for(platform: str) -> dict[str, Version]:
    env = PLATFORMS[platform]
    found: dict[str, Version] = {}
    for name, version, marker, _hashes in _pins():
        if marker is None or marker.evaluate(env):
            assert name not in found, f"{name} zweimal für {platform}"
            found[name] = version
    return found


def test_every_pin_is_exact_and_hashed():
    pins = _pins()
    assert pins
    for name, _version, _marker, hashes in pins:
        assert hashes, f"{name}: ohne Hash"


def test_every_declared_dependency_is_pinned_inside_its_bounds_on_linux_and_windows():
    for platform, env in PLATFORMS.items():
        pins = _pins_for(platform)
        for req in _declared():
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            name = canonicalize_name(req.name)
            assert name in pins, f"{req.name} fehlt in {LOCK_NAME} ({platform})"
            assert req.specifier.contains(pins[name], prereleases=True), (
                f"{req.name}=={pins[name]} liegt nicht in {req.specifier} ({platform})")


def test_windows_pins_what_keyring_needs_there():
    # keyring's Windows backend needs pywin32-ctypes; the lock is resolved for both systems
    assert "pywin32-ctypes" in _pins_for("windows")
    assert "pywin32-ctypes" not in _pins_for("linux")


def test_dependencies_whose_major_version_may_break_have_an_upper_bound():
    declared = {canonicalize_name(r.name): r for r in _declared()}
    assert BOUNDED <= set(declared)
    for name in BOUNDED:
        assert any(c.operator in ("<", "<=", "~=") for c in declared[name].specifier), (
            f"{name} ohne obere Grenze")


def test_the_build_scripts_and_ci_install_with_the_lock_file():
    # pip checks the hashes only for files it downloads: the locked dependencies as
    # requirements (hash-checked), then the project itself without dependencies
    # (a folder has no hash; -c with hashes refuses it)
    locked = r"pip install .*--require-hashes -r \"?[\w$.{}/\\]*constraints-release\.txt"
    project = r"pip install .*--no-deps"
    linux = (ROOT / "packaging" / "build_linux.sh").read_text("utf-8")
    windows = (ROOT / "packaging" / "windows" / "build.ps1").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    frozen = ci[ci.index("frozen build"):]
    for name, text, build in (("build_linux.sh", linux, "-m PyInstaller"),
                              ("build.ps1", windows, "-m PyInstaller"),
                              (".ci/run", frozen, "packaging/build_linux.sh")):
        assert re.search(locked, text), f"{name} installiert nicht aus {LOCK_NAME}"
        assert re.search(project, text), f"{name} installiert das Projekt nicht ohne Abhängigkeiten"
        assert text.index("--require-hashes") < text.index(build)   # before the build
    assert 'pip install -q -e ".[build]"' not in frozen   # unpinned: replaced by the lock


def test_ci_tests_the_versions_the_release_ships():
    """The suite runs on the locked runtime versions: the lock is installed before the test
    extras, which then add only what the tests need (pip keeps what is installed and
    satisfies them). Installed after, the suite tested whatever was newest that day."""
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    tests = ci.index("the README's command")
    lock = re.search(r"pip install .*--require-hashes -r packaging/constraints-release\.txt", ci)
    extras = ci.index('pip install -q -e ".[test]"')
    assert lock is not None and lock.start() < extras < tests
