"""Kurzkontakte as she opens it, for the tests here: from her main window, shown."""

from __future__ import annotations

import pytest

from tests.support.main_windows import shown_main_window


@pytest.fixture
def short_contacts(ctx, qtbot, tmp_path):
    """Opens Kurzkontakte once the test has entered its short contacts: from the main
    window on ``ctx`` (shown, device settings in ``tmp_path``, no keychain), the dialog
    exposed."""
    def opened():
        win = shown_main_window(ctx, qtbot, tmp_path)
        dialog = win.open_short_contacts()
        qtbot.waitExposed(dialog)
        return dialog
    return opened
