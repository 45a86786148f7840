"""Every area and dialog fits a 1366×768 school laptop with its taskbar (1366×728 free):

pytestmark = pytest.mark.usefixtures("frozen_clock")
a test fails when a widget's minimum size does not fit. Screenshots for a look:
set SSA_SHOTS=/some/folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, TODAY
from tests.ui.common.mnemonics import clashes

FREE_W, FREE_H = 1366, 728


def _fits(widget: QWidget) -> tuple[int, int]:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(FREE_W, FREE_H)
    win.show()
    return win


def test_first_window_size_fits_the_free_screen(window):
    size = window.first_size()
    free = window.screen().availableGeometry()
    assert size.width() <= free.width() and size.height() <= free.height()


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_fits_1366x768(window, key):
    window.show_area(key)
    width, height = _fits(window)
    _shot(window, f"area-{key}")
    assert width <= FREE_W and height <= FREE_H, f"{key}: needs {width}×{height}"


def test_every_person_tab_fits(window, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
        width, height = _fits(window)
        _shot(window, f"person-tab-{index}")
        assert width <= FREE_W and height <= FREE_H, (index, width, height)


def _dialogs(ctx, pupil, window):
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog
    from ssa_desktop.ui.persons.case_dialog import CaseDialog
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
    from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog

    quick = QuickEntryDialog(ctx, parent=window)
    quick.draft_bar.show()
    quick.form.setRowVisible(quick.new_row_widget, True)
    quick.error.setText("Ein längerer Hinweis, der umbrechen muss, weil er lang ist. " * 3)
    quick.error.show()
    return {
        "quick-entry": quick,
        "appointment": AppointmentDialog(ctx, parent=window, day=TODAY),
        "case": CaseDialog(ctx, pupil.id, parent=window),
        "unlock": UnlockDialog(ctx.session.vault, store=DeviceKeyStore(fail.Keyring())),
        "emergency": EmergencyUnlockDialog(ctx.session.vault),
        "short-contacts": ShortContactsDialog(ctx, parent=window),
    }


def test_every_dialog_fits_1366x768(window, ctx, pupil, qtbot):
    for name, dialog in _dialogs(ctx, pupil, window).items():
        qtbot.addWidget(dialog)
        dialog.show()
        width, height = _fits(dialog)
        _shot(dialog, f"dialog-{name}")
        assert clashes(dialog) == {}, name
        assert width <= FREE_W and height <= FREE_H, f"{name}: needs {width}×{height}"
        if name == "quick-entry":
            dialog.note.clear()
        dialog.hide()


def test_termine_actions_are_never_clipped_with_a_larger_system_font(ctx, qtbot, tmp_path,
                                                                     pupil):
    """Issue: on a real 1366×768 display the Termine button read "ahrgenommen markier" (the
    X11 font is larger than the offscreen one; eight buttons in one row did not fit)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    normal = app.font()
    larger = app.font()
    larger.setPointSizeF(normal.pointSizeF() * 1.3)
    app.setFont(larger)
    try:
        win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                         store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(win)
        win.resize(FREE_W, FREE_H)
        win.show()
        area = win.show_area("appointments")
        qtbot.waitExposed(win)
        _shot(win, "area-appointments-large-font")
        assert _fits(area)[0] <= FREE_W - win.sidebar.width() - 40
        for button in (area.attended_button, area.missed_button, area.cancelled_button,
                       area.slip_button, area.slips_today_button):
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        app.setFont(normal)
