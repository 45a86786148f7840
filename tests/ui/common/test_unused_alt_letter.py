"""An Alt+letter that no label, button or tab of the window uses types nothing into the
text field she is in (Windows types nothing; Qt elsewhere typed the letter: „Sehr geehrte
Damen und Herren,q“). Alt+letter that a label uses still moves her; AltGr (Strg+Alt on
Windows) still types its character; Alt+digit is left to the windows that use it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ssa_desktop.ui import theme

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def form(qtbot):
    """A window with a named line edit (Alt+N), a plain text box, a rich text box, and the
    theme installed as the app installs it after its first frame."""
    theme.install(QApplication.instance())
    window = QWidget()
    box = QVBoxLayout(window)
    line, plain, rich = QLineEdit(), QPlainTextEdit(), QTextEdit()
    label = QLabel("&Name")
    label.setBuddy(line)
    for widget in (label, line, plain, rich):
        box.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window, line, plain, rich
    theme.uninstall(QApplication.instance())


def test_an_unused_alt_letter_types_nothing_in_any_text_field(form):
    _window, line, plain, rich = form
    for field, text in ((line, line.text), (plain, plain.toPlainText),
                        (rich, rich.toPlainText)):
        field.setFocus()
        QTest.keyClicks(field, "ab")
        QTest.keyClick(field, Qt.Key.Key_Q, ALT)
        QTest.keyClick(field, Qt.Key.Key_Q, ALT | Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(field, "c")
        assert text() == "abc"
        assert QApplication.focusWidget() is field


def test_a_used_alt_letter_still_moves_and_altgr_still_types(form):
    _window, line, plain, _rich = form
    plain.setFocus()
    QTest.keyClick(plain, Qt.Key.Key_N, ALT)
    assert QApplication.focusWidget() is line
    # AltGr+Q is „@“ on a German keyboard; Windows sends it as Strg+Alt
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(line, QKeyEvent(
            kind, Qt.Key.Key_Q, ALT | Qt.KeyboardModifier.ControlModifier, "@"))
    assert line.text() == "@"


def test_the_app_keeps_them_out_from_its_first_frame_on(qtbot):
    """The start installs it with the theme after the first window's first frame, the
    field she is already in (the passphrase) included."""
    app = QApplication.instance()
    window = QLineEdit()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window)
    theme.finish_after_first_frame(app, False, window)
    window.update()
    qtbot.waitUntil(lambda: theme.tracker(app) is not None)
    try:
        QTest.keyClick(window, Qt.Key.Key_Q, ALT)
        assert window.text() == ""
    finally:
        theme.uninstall(app)
    QTest.keyClick(window, Qt.Key.Key_Q, ALT)
    assert window.text() == "q"   # uninstalled: Qt's own way again (tests)


def test_an_unused_alt_letter_picks_no_entry_of_a_list(qtbot):
    """A drop-down list took the letter as type-ahead: Alt+K in „Verbleib“ (Schuljahres-
    wechsel) chose „Klasse wiederholt“ for the pupil; an editable one typed it."""
    theme.install(QApplication.instance())
    try:
        window = QWidget()
        box = QVBoxLayout(window)
        plain, editable = QComboBox(), QComboBox()
        editable.setEditable(True)
        for combo in (plain, editable):
            combo.addItems(["nicht bekannt", "abgegangen", "Klasse wiederholt"])
            box.addWidget(combo)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        for combo in (plain, editable):
            combo.setFocus()
            QTest.keyClick(combo, Qt.Key.Key_K, ALT)
            assert combo.currentText() == "nicht bekannt"
            assert combo.currentIndex() == 0
    finally:
        theme.uninstall(QApplication.instance())
