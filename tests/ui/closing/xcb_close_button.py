"""The title bar's × for real (run by tests/ui/closing/test_close_button.py, never
collected alone): the app on the xcb platform under Xvfb, and what a window manager sends
when she clicks ×, WM_PROTOCOLS / WM_DELETE_WINDOW to the top-level X window
(tests/support/x11_close.py). Qt turns it into a spontaneous close event — offscreen
cannot make one. Where closing would lose something the product's question comes with
the answer that keeps her work as default; where nothing would be lost the same message
closes the window. Every wait is on a condition (qtbot.waitUntil), never on time."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shiboken6 import isValid

from ssa_desktop.domain import clock
from ssa_desktop.services import statistics as stats
from tests.kvjs import fixture
from tests.support import questions
from tests.support.questions import words_of
from tests.support.x11_close import WindowManager
from tests.ui.closing.test_nothing_lost_to_one_key import (
    EVERY,
    TODAY,
    TYPED,
    _key_dialog,
    _text_field,
    _texts,
    _write,
)
from tests.ui.closing.test_running_export import DAY, _held, _read_back

WAIT = 120_000   # a safety net on a busy machine, not a time check: every wait is a condition


@pytest.fixture(autouse=True)
def _on_xcb(qapp):
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()


@pytest.fixture(scope="module")
def _manager():
    """One X connection for the module, as a window manager has one."""
    manager = WindowManager(os.environ["DISPLAY"])
    yield manager
    manager.close()


@pytest.fixture
def wm(_manager, qtbot):
    """The window manager; afterwards (before qtbot closes its widgets) every dialog left
    open is dismissed without its question (QDialog's own ``done``: the test has
    answered what it asks for; a second static QMessageBox.question on xcb, answered by
    a test's timer, ended in a heap fault), then the other windows are closed."""
    yield _manager
    questions.stop_looking()   # no looker answers what is dismissed here
    for widget in [w for w in QApplication.topLevelWidgets() if w.isVisible()]:
        if isValid(widget) and isinstance(widget, QDialog):
            QDialog.done(widget, QDialog.DialogCode.Rejected)
    for widget in [w for w in QApplication.topLevelWidgets() if w.isVisible()]:
        if isValid(widget):    # closing one may have deleted another
            widget.close()


def _questions(asked: list[dict]) -> None:
    """Each question that opens: its text and its default answer noted, then Enter — the
    default answer, which must keep her work (the test then finds it kept)."""
    def noted(box) -> None:
        asked.append({"text": box.text(), "default": words_of(box.defaultButton())})
        QTest.keyClick(box, Qt.Key_Return)
    questions.while_open(QMessageBox, noted)


def _area(ctx, qtbot):
    """Statistik over the statistics fixture, its report shown (as the offscreen tests'
    helper, with this file's wait: the xcb process paints for real)."""
    from ssa_desktop.ui.statistics.area import StatisticsArea

    fixture.build(ctx.conn)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    with clock.frozen(DAY):
        _exposed(qtbot, area)
        qtbot.waitUntil(lambda: area.report is not None, timeout=WAIT)
    return area


def _exposed(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget, timeout=WAIT)     # its default of 5 s is short under load
    return int(widget.winId())


def _main_window(ctx, tmp_path, qtbot):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow
    from tests.conftest import FAST_KDF

    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    return window, _exposed(qtbot, window)


def test_the_main_window_with_nothing_to_lose_closes(ctx, tmp_path, qtbot, wm):
    window, xid = _main_window(ctx, tmp_path, qtbot)
    assert wm.offers_delete(xid)
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(xid)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert asked == [] and not ctx.is_unlocked


def test_the_main_windows_close_button_while_the_export_writes_asks_and_quits_after(
        ctx, tmp_path, qtbot, wm, monkeypatch):
    """× while the Statistik export writes: „Der Export wird noch geschrieben.“ with
    „Warten“ as default; Enter waits, the window stays, and once the four files are whole
    the app quits as she asked."""
    area = _area(ctx, qtbot)
    window, xid = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=WAIT)
        asked: list[dict] = []
        _questions(asked)
        wm.click_close(xid)
        qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
        assert asked == [{"text": "Der Export wird noch geschrieben.", "default": "Warten"}]
        assert window.isVisible() and ctx.is_unlocked
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert not ctx.is_unlocked
    assert _read_back(folder) == ["2025/26", 6, "6", 6, True]


def _key_shown(name, ctx, tmp_path, qtbot):
    """The main window and over it the package dialog ``name`` (window-modal, opened
    with ``open()`` as the product's Vertretung panel does) with its key on screen."""
    window, main_xid = _main_window(ctx, tmp_path, qtbot)
    with clock.frozen(TODAY):
        dialog = _key_dialog(name, ctx, tmp_path)
        dialog.setParent(window, dialog.windowFlags())
        dialog.open()
        _write(qtbot, dialog)
    return window, main_xid, dialog


@pytest.mark.parametrize("name", ["deputy_package", "school_handover"])
def test_the_close_buttons_with_a_package_key_shown_keep_the_key(name, ctx, tmp_path, qtbot,
                                                                 wm):
    """The key of the Vertretungspaket (or of the school's Übergabepaket: Schule übergeben)
    on screen, no Paketblatt: the main window's × is refused while the package dialog
    (window-modal, as the product opens it) blocks it — nothing asked, nothing closed;
    the dialog's own × asks „… Paketblatt …“ with „Zurück“ as default, and Enter keeps
    dialog and key. X delivers both messages in order, so the dialog's question also
    proves the main window's × was handled."""
    window, main_xid, dialog = _key_shown(name, ctx, tmp_path, qtbot)
    key = dialog.key_label.text()
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(main_xid)
    wm.click_close(int(dialog.winId()))
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    [question] = asked
    assert "Paketblatt" in question["text"], asked
    assert question["default"] == "Zurück", asked
    assert window.isVisible() and ctx.is_unlocked
    assert dialog.isVisible() and dialog.key_label.text() == key


@pytest.mark.parametrize("key", [(Qt.Key_Escape, Qt.NoModifier),
                                 (Qt.Key_Q, Qt.ControlModifier)], ids=["esc", "strg_q"])
@pytest.mark.parametrize("name", ["deputy_package", "school_handover"])
def test_esc_and_strg_q_on_a_key_screen_ask_with_the_default_that_keeps_it(
        name, key, ctx, tmp_path, qtbot, wm):
    """The same key screen, Esc or Strg+Q pressed in it (real keys on xcb): „… Paketblatt
    …“ is asked with „Zurück“ as default; Enter keeps app, dialog and key."""
    window, _xid, dialog = _key_shown(name, ctx, tmp_path, qtbot)
    shown = dialog.key_label.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    asked: list[dict] = []
    _questions(asked)
    QTest.keyClick(dialog.focusWidget() or dialog, *key)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    [question] = asked
    assert "Paketblatt" in question["text"], asked
    assert question["default"] == "Zurück", asked
    assert window.isVisible() and ctx.is_unlocked
    assert dialog.isVisible() and dialog.key_label.text() == shown


# one dialog of each kind Esc once treated differently (a year without a stumble): asked
# (Neuer Fall), closed and discarded (Neuer Termin), closed and kept (Jahresbericht)
ASKS = ["appointment", "case"]
KEEPS = ["annual_report"]


def _typed(qtbot, name, ctx, pupil, vault_dir):
    dialog = EVERY[name](ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    xid = _exposed(qtbot, dialog)
    field = _text_field(dialog)
    field.setFocus()
    QTest.keyClicks(field, TYPED)
    return dialog, xid


@pytest.mark.parametrize("name", ASKS)
def test_a_dialogs_close_button_with_typed_text_asks_and_keeps_it(name, ctx, pupil, vault_dir,
                                                                  qtbot, wm):
    dialog, xid = _typed(qtbot, name, ctx, pupil, vault_dir)
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(xid)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert len(asked) == 1 and "nicht gespeichert" in asked[0]["text"], asked
    assert dialog.isVisible() and TYPED in _texts(dialog)


@pytest.mark.parametrize("name", KEEPS)
def test_a_dialogs_close_button_closes_where_it_keeps_the_text(name, ctx, pupil, vault_dir,
                                                               qtbot, wm):
    dialog, xid = _typed(qtbot, name, ctx, pupil, vault_dir)
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(xid)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert asked == []
    again = EVERY[name](ctx, pupil, vault_dir)
    qtbot.addWidget(again)
    _exposed(qtbot, again)
    assert TYPED in _texts(again)


@pytest.mark.parametrize("name", ASKS + KEEPS)
def test_a_dialog_with_nothing_typed_closes_on_its_close_button(name, ctx, pupil, vault_dir,
                                                                qtbot, wm):
    dialog = EVERY[name](ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    xid = _exposed(qtbot, dialog)
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(xid)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert asked == []


def test_the_quick_entry_with_typed_text_asks_on_its_close_button(ctx, pupil, tmp_path, qtbot,
                                                                  wm):
    """The quick entry (Strg+N), asked on Esc before: its × asks the same."""
    window, _xid = _main_window(ctx, tmp_path, qtbot)
    dialog = window.open_quick_entry()
    xid = _exposed(qtbot, dialog)
    field = _text_field(dialog)
    field.setFocus()
    QTest.keyClicks(field, TYPED)
    asked: list[dict] = []
    _questions(asked)
    wm.click_close(xid)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert [q["default"] for q in asked] == ["Weiter bearbeiten"], asked
    assert dialog.isVisible() and TYPED in _texts(dialog)
