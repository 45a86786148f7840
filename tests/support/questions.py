"""Answering a question box that a running operation opens (Esc during a save asks
„… wird noch geschrieben“): the tests of letters and documents share this."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

# The lookers of the running test: each ends with it (``tests/conftest.py`` calls
# ``stop_looking``). A looker of a test that asserts that nothing was asked went on into the
# next test on the worker and answered the box that test opened (the receipt's „Folgepaket“).
_LOOKERS: list[list[bool]] = []


def looking() -> list[bool]:
    """A looker's end: empty while its test runs, ``[True]`` once it has ended."""
    ended: list[bool] = []
    _LOOKERS.append(ended)
    return ended


def stop_looking() -> None:
    """After each test: every looker it started looks no more."""
    for ended in _LOOKERS:
        ended.append(True)
    _LOOKERS.clear()


def when_open(kind, act) -> list[bool]:
    """``act(window)`` once the active modal window (a question box, a dialog: it runs its
    own event loop, where the test cannot wait) is a shown ``kind``, while the test runs.
    Returns the looker's end: ``append(True)`` ends it before the test does."""
    return while_open(kind, lambda window: act(window) or True)


def while_open(kind, act) -> list[bool]:
    """``act(window)`` on each look (every 10 ms) that finds a shown ``kind`` as the active
    modal window, until ``act`` returns true or the test ends: each question of several
    that open one after the other (``act`` closes it, or skips one it has answered).
    Returns the looker's end, as ``when_open``."""
    ended = looking()

    def look():
        if ended:
            return
        window = QApplication.activeModalWidget()
        if isinstance(window, kind) and window.isVisible() and act(window):
            ended.append(True)
            return
        QTimer.singleShot(10, look)
    QTimer.singleShot(0, look)
    return ended


def answer(asked: list[str], how) -> list[bool]:
    """Answer the first question that opens with ``how(box)``, while the test runs; its
    text goes to ``asked``."""
    def noted(box):
        asked.append(box.text())
        how(box)
    return when_open(QMessageBox, noted)


def answer_each(asked: list[str], hows) -> list[bool]:
    """Answer the questions that open one after the other, the n-th with ``hows[n](box)``
    (a box whose text is in ``asked`` is one answered, not closed yet); their texts go to
    ``asked``. Ends once each ``how`` was used."""
    hows = list(hows)

    def next_one(box) -> bool:
        if box.text() not in asked:
            asked.append(box.text())
            hows.pop(0)(box)
        return not hows
    return while_open(QMessageBox, next_one)


def esc_each(asked: list[str]) -> list[bool]:
    """Esc on each question that opens (her work kept), its text into ``asked``."""
    def noted(box) -> bool:
        asked.append(box.text())
        esc(box)
        return False
    return while_open(QMessageBox, noted)


def press_once_active(kind, key, seen: list, note, modifier=Qt.KeyboardModifier.NoModifier):
    """Once a ``kind`` opens: ``note(window)`` into ``seen``, then ``key`` on its focus
    widget once it is the active window (``main_windows.when_active``)."""
    from tests.support.main_windows import when_active

    def pressed(window) -> None:
        seen.append(note(window))
        when_active(window, lambda: QTest.keyClick(window.focusWidget() or window, key,
                                                   modifier))
    return when_open(kind, pressed)


def esc(box) -> None:
    """„Warten“: the question's Esc."""
    QTest.keyClick(box, Qt.Key.Key_Escape)


def esc_asks_first(qtbot) -> list[str]:
    """Esc (to the focused widget) after her typing asks before it goes („… nicht
    gespeichert …“); her Esc on the question once it is the active window („Zurück“,
    „Weiter bearbeiten“) answers it: her window stays. Returns the question asked."""
    asked: list[str] = []
    press_once_active(QMessageBox, Qt.Key.Key_Escape, asked, lambda box: box.text())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "nicht gespeichert" in asked[0], asked
    return asked


def esc_closes_at_once(qtbot, dialog) -> None:
    """Esc (to the focused widget) closes ``dialog`` (or deletes it) without a question."""
    asked: list[str] = []
    answer(asked, esc)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert asked == []


def clicking(words: str):
    """The answer that clicks the button ``words`` (as she reads it, ``words_of``)."""
    def click(box) -> None:
        [button] = [b for b in box.buttons() if words_of(b) == words]
        button.click()
    return click


discard = clicking("Abbrechen und verwerfen")   # its answer while a save is running
close_anyway = clicking("Trotzdem schließen")   # she closes although what she typed goes


def words_of(button) -> str:
    """A button's words as she reads them, without its Alt letter's ``&`` (every answer of
    a question has one: ``labels.with_alt_letters``)."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
