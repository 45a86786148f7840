"""The audit through the real accessibility bus, as Orca sees the app: Xvfb, a D-Bus
session, at-spi2-core, the app on xcb with the AT-SPI bridge on, and a client on
Debian's pyatspi (``bus_client.py``) that reads the tree, types a passphrase with
xdotool and records what the bus carries. Skipped only where the tools are missing, and
never in CI (``CI`` set: the tools are installed by ``.ci/run``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CLIENT_PYTHON = "/usr/bin/python3"
SECRET = "Geheim-Wort-42"


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if not shutil.which(tool)]
    if not Path(LAUNCHER).exists():
        missing.append("at-spi2-core")
    if not Path(CLIENT_PYTHON).exists() or subprocess.run(
            [CLIENT_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def bus(tmp_path_factory):
    missing = _missing()
    if missing:
        reason = "real accessibility bus: missing " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI installs them: .ci/run)")
        pytest.skip(reason)
    procs = []
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    procs.append(xvfb)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    procs.append(dbus)
    address = dbus.stdout.readline().strip()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
           "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0", "GTK_A11Y": "atspi",
           "XDG_RUNTIME_DIR": str(tmp_path_factory.mktemp("run"))}
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                stderr=subprocess.DEVNULL)
    procs.append(launcher)
    yield env
    for proc in reversed(procs):
        proc.terminate()
        proc.wait(timeout=30)


def _run(env, tmp_path) -> dict:
    app_env = {**env, "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, str(HERE / "bus_app.py"), str(tmp_path / "v")],
                           env=app_env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        client = subprocess.run([CLIENT_PYTHON, str(HERE / "bus_client.py"), "ssa-bus-audit",
                                 SECRET, str(app.pid)], env=env, capture_output=True,
                                text=True, timeout=300)
    finally:
        app.terminate()
        _, app_err = app.communicate(timeout=60)
    assert client.stdout.strip(), client.stderr + app_err
    return json.loads(client.stdout)


@pytest.fixture(scope="module")
def seen(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"))


def test_the_tree_names_every_control(seen):
    interactive = [n for n in seen["tree"] if n.get("showing") and n.get("role") in (
        "push button", "check box", "combo box", "text", "password text", "toggle button")]
    assert interactive, seen["tree"]
    assert [n for n in interactive if not n["name"].strip()] == []
    field = next(n for n in interactive if n["role"] == "password text")
    assert field["name"] == "Passphrase"
    assert "labelled-by" in field["relations"]


def test_the_password_field_sends_no_typed_character(seen):
    inserted = "".join(e["data"] for e in seen["events"] if "text-changed" in e["type"])
    assert not set(SECRET) & set(inserted.replace("●", "")), seen["events"]


def test_the_unlock_error_is_announced_with_its_words(seen):
    heard = [e for e in seen["events"] if "announcement" in e["type"]
             or "accessible-name" in e["type"]]
    assert any("Die Passphrase ist falsch" in (e["data"] + e["name"]) for e in heard), \
        seen["events"]
