"""The main window the audits walk (test_audit, test_names_and_secrets); a module with
other needs has its own ``window``."""

from __future__ import annotations

import pytest

from tests.support.main_windows import shown_main_window


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    win = shown_main_window(ctx, qtbot, tmp_path, (1366, 768))
    yield win
    # a critical task an audited page started (Datenschutz → Übergabe sweeps expired
    # packages) defers the close until it ends; the window closes then: wait for that
    # event, or the check for windows left open finds it on a busy machine
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=60000)
