"""An Alt+letter that no label, button or tab of the window uses types nothing into the
text field she is in (Windows types nothing; Qt elsewhere typed the letter: „Sehr geehrte
Damen und Herren,q“). Alt+letter that a label uses still moves her; AltGr (Strg+Alt on
Windows) still types its character; Alt+digit is left to the windows that use it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
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


def _altgr(widget, text: str = "@") -> None:
    """AltGr+Q („@“ on a German keyboard), as Windows sends it: Strg+Alt with its text."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(
            kind, Qt.Key.Key_Q, ALT | Qt.KeyboardModifier.ControlModifier, text))


@pytest.mark.parametrize("with_theme", [False, True], ids=["ohne Filter", "mit Filter"])
def test_a_list_keeps_to_the_one_rule_with_or_without_the_theme_s_filter(qtbot, with_theme):
    """A drop-down list (``make_combo``) and the theme's filter follow one rule
    (``alt_letters.chord_text``): with the filter not installed (a test, the start before
    its first frame) an Alt or Strg letter picks no entry, AltGr types its character as
    it does in a field (the list's own rule took it as no typing), her plain letter picks."""
    from ssa_desktop.ui.common import alt_letters
    from ssa_desktop.ui.common.combos import make_combo

    app = QApplication.instance()
    if with_theme:
        theme.install(app)
    try:
        assert (app.findChild(QObject, "ssa_alt_letters") is not None) is with_theme
        window = QWidget()
        box = QVBoxLayout(window)
        combo, other = make_combo("Verbleib", window), make_combo("Weg", window)
        for each in (combo, other):   # two: a list's type-ahead adds up her letters
            each.addItems(["nicht bekannt", "@ per Mail", "Klasse wiederholt"])
            box.addWidget(each)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        combo.setFocus()
        for modifiers in (ALT, ALT | Qt.KeyboardModifier.ShiftModifier,
                          Qt.KeyboardModifier.ControlModifier):
            QTest.keyClick(combo, Qt.Key.Key_K, modifiers)
            assert combo.currentText() == "nicht bekannt", modifiers
        QTest.keyClick(combo, Qt.Key.Key_K)
        assert combo.currentText() == "Klasse wiederholt"
        other.setFocus()
        _altgr(other)
        assert other.currentText() == "@ per Mail"
        assert alt_letters.chord_text(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_K, ALT, "k"))
    finally:
        if with_theme:
            theme.uninstall(app)


@pytest.mark.parametrize(("key", "modifiers", "text", "chord", "unused"), [
    (Qt.Key.Key_K, ALT, "k", True, True),
    (Qt.Key.Key_K, ALT | Qt.KeyboardModifier.ShiftModifier, "K", True, True),
    (Qt.Key.Key_K, ALT | Qt.KeyboardModifier.KeypadModifier, "k", True, True),
    (Qt.Key.Key_1, ALT, "1", True, False),                 # the windows' Alt+1 … Alt+6
    (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier, "k", True, False),  # a field's own
    (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier, "\x0b", False, False),  # Windows
    (Qt.Key.Key_Q, ALT | Qt.KeyboardModifier.ControlModifier, "@", False, False),  # AltGr
    (Qt.Key.Key_A, ALT, "å", False, False),                # a Mac's Option+A
    (Qt.Key.Key_K, Qt.KeyboardModifier.NoModifier, "k", False, False),
    (Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier, "K", False, False),
])
def test_the_one_rule_of_a_chord_that_types_nothing(key, modifiers, text, chord, unused):
    """``chord_text``: what a list never takes as typing (``WholeCombo``); of it the theme's
    filter keeps only the Alt letters out of every field (``unused_alt_letter``)."""
    from ssa_desktop.ui.common import alt_letters

    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    assert alt_letters.chord_text(event) is chord
    assert alt_letters.unused_alt_letter(event) is unused
