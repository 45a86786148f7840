"""The real main window on a test's open vault, shown (``shown_main_window``), or shown and
active as on her desktop (Qt gives application shortcuts such as Strg+L and Strg+Q only to
an app with an active window), and ``make_active``: any window made active, offscreen too,
without Qt's deprecated ``QApplication.setActiveWindow``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.support import questions


def shown_main_window(ctx, qtbot, folder: Path,
                      size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on ``ctx`` (device settings in ``folder``, no keychain), handed to
    ``qtbot``, at ``size``, shown (not waited for to be active)."""
    window = MainWindow(ctx, SettingsStore(folder / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window, before_close_func=lambda w: _operations_ended(qtbot, w))
    if size is not None:
        window.resize(*size)
    window.show()
    return window


def _operations_ended(qtbot, window: MainWindow) -> None:
    """Before qtbot closes ``window``: its running critical operation (the handover page's
    sweep, started each time the page shows) has ended and told the window. A close during
    it is deferred until it ends (closeEvent), so the window stayed open past its test and
    closed later on a deleted MainWindow, in the next test's setup. A test that holds an
    operation on purpose is not waited for beyond qtbot's usual five seconds."""
    try:
        qtbot.waitUntil(lambda: not window.ctx.is_critical)
    except Exception:  # noqa: BLE001 — pytest-qt's TimeoutError; the close then tells
        pass


def active_main_window(ctx, qtbot, folder: Path,
                       size: tuple[int, int] | None = None) -> MainWindow:
    """``shown_main_window``, and active."""
    window = shown_main_window(ctx, qtbot, folder, size)
    make_active(qtbot, window)
    return window


def make_active(qtbot, window: QWidget) -> None:
    """``window`` (shown) is the active window. Qt drops a focus change that comes while a
    popup is open (a list or menu an earlier step left open) but keeps the window as its
    focus window: every later request for that same window is then a no-op (the offscreen
    platform answers each request at once otherwise: the one way found for the
    „unanswered“ activation once seen after earlier test files). So no popup may be open,
    and a window out of step is first given up through a passing window of its own."""
    popup = QApplication.activePopupWidget()
    assert popup is None, f"a popup is open and takes the activation: {type(popup).__name__}"
    QApplication.processEvents()  # a request still queued is answered first
    if QGuiApplication.focusWindow() is window.windowHandle() and not window.isActiveWindow():
        passing = QWidget()
        passing.show()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is passing.windowHandle())
        passing.close()
        passing.deleteLater()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def when_active(window: QWidget, step: Callable[[], object], tries: int = 500) -> None:
    """``step()`` once ``window`` (a question or dialog just opened, running its own event
    loop, where a test cannot wait) is active, its keys then reach it as on her desktop.
    After ``tries`` looks it runs anyway: its keys go nowhere and the test fails on what
    they did not do, instead of hanging. The looking ends with the test
    (``questions.looking``): no step of it runs in a later test."""
    ended = questions.looking()

    def look(tries: int) -> None:
        if ended:
            return
        if window.isActiveWindow() or tries <= 0:
            step()
            return
        window.activateWindow()
        QTimer.singleShot(10, lambda: look(tries - 1))
    look(tries)


def demo_main_window(qtbot, folder: Path, size: tuple[int, int]) -> MainWindow:
    """The main window, shown at ``size``, over a new vault filled with one year of demo
    data: labels that are empty without data (status lines, counts) show their text. The
    demo is filled, and the clock stands, on ``demo_vaults.demo_day()`` (its rows follow
    the day)."""
    from ssa_desktop.ui.context import AppContext
    from tests.support import demo_vaults

    session = demo_vaults.create(folder / "demo")
    context = AppContext(session.vault.folder)
    context.set_session(session)
    return shown_main_window(context, qtbot, folder, size)
