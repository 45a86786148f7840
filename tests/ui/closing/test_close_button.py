"""The title bar's × driven for real (docs/barrierefreiheit.md, „Schließen“): offscreen
has no window manager and cannot make a spontaneous close, so the cases in
``xcb_close_button.py`` run in a pytest of their own on the xcb platform under Xvfb,
where WM_PROTOCOLS / WM_DELETE_WINDOW is sent to the top-level X window as a window
manager does (tests/support/x11_close.py, ctypes on libX11). Skipped only where Xvfb or
libX11 is missing, and never in CI (``CI`` set: .ci/run installs xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support.requirements import require
from tests.support.x11_close import libx11

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
CASES = [
    "test_the_main_window_with_nothing_to_lose_closes",
    "test_the_main_windows_close_button_while_the_export_writes_asks_and_quits_after",
    "test_the_close_buttons_with_a_package_key_shown_keep_the_key[deputy_package]",
    "test_the_close_buttons_with_a_package_key_shown_keep_the_key[school_handover]",
    "test_esc_and_strg_q_on_a_key_screen_ask_with_the_default_that_keeps_it[deputy_package-esc]",
    "test_esc_and_strg_q_on_a_key_screen_ask_with_the_default_that_keeps_it[deputy_package-strg_q]",
    "test_esc_and_strg_q_on_a_key_screen_ask_with_the_default_that_keeps_it[school_handover-esc]",
    "test_esc_and_strg_q_on_a_key_screen_ask_with_the_default_that_keeps_it[school_handover-strg_q]",
    "test_a_dialogs_close_button_with_typed_text_asks_and_keeps_it[appointment]",
    "test_a_dialogs_close_button_with_typed_text_asks_and_keeps_it[case]",
    "test_a_dialogs_close_button_closes_where_it_keeps_the_text[annual_report]",
    "test_a_dialog_with_nothing_typed_closes_on_its_close_button[appointment]",
    "test_a_dialog_with_nothing_typed_closes_on_its_close_button[case]",
    "test_a_dialog_with_nothing_typed_closes_on_its_close_button[annual_report]",
    "test_the_quick_entry_with_typed_text_asks_on_its_close_button",
]


@pytest.fixture(scope="module")
def display():
    missing = [name for name, there in (("Xvfb", shutil.which("Xvfb")),
                                        ("libX11", libx11())) if not there]
    require(not missing, "the title bar's × under X: missing " + ", ".join(missing))
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield ":" + number
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)


@pytest.fixture(scope="module")
def outcomes(display, tmp_path_factory) -> dict[str, str]:
    """Each case of xcb_close_button.py → "" (passed) or its failure, from one pytest run
    on xcb (no accessibility bus: nothing here is read by a screen reader)."""
    report = tmp_path_factory.mktemp("xcb") / "report.xml"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "PYTEST_XDIST", "DBUS_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(HERE / "xcb_close_button.py"), "-n", "0",
         "-p", "no:randomly", "-p", "no:cacheprovider", "-q", f"--junitxml={report}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert report.exists(), run.stdout[-4000:] + run.stderr[-4000:]
    seen: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        failed = [child for child in case if child.tag in ("failure", "error", "skipped")]
        text = "\n".join(f"{child.tag}: {child.get('message') or ''}\n{child.text or ''}"
                         for child in failed)
        seen[case.get("name")] = seen.get(case.get("name"), "") + text
    return seen


def test_every_case_ran(outcomes):
    assert sorted(outcomes) == sorted(CASES)


@pytest.mark.parametrize("case", CASES)
def test_the_close_button(case, outcomes):
    assert outcomes.get(case) == "", outcomes.get(case, "not run")
