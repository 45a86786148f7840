"""``make_active`` (tests/support/main_windows.py) makes a window active where a plain
activation request is a no-op: after a focus change that came while a popup was open (Qt
then keeps its old active window but takes the new one as focus window)."""

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.support.main_windows import make_active


def _out_of_step(qtbot) -> QWidget:
    """A window that is Qt's focus window but not its active one."""
    other, window = QWidget(), QWidget()
    for widget in (other, window):
        qtbot.addWidget(widget)
        widget.show()
    make_active(qtbot, other)
    menu = QMenu(other)
    menu.addAction("Eintrag")
    menu.popup(other.pos())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    window.activateWindow()   # taken as focus window, not as active window
    QApplication.processEvents()
    menu.close()
    QApplication.processEvents()
    assert not window.isActiveWindow()
    return window


def test_a_plain_request_stays_unanswered_for_a_window_out_of_step(qtbot):
    window = _out_of_step(qtbot)
    window.activateWindow()
    QApplication.processEvents()
    assert not window.isActiveWindow()


def test_make_active_makes_a_window_out_of_step_active(qtbot):
    window = _out_of_step(qtbot)
    make_active(qtbot, window)
    assert window.isActiveWindow() and QApplication.activeWindow() is window
