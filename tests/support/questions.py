"""Answering a question box that a running operation opens (Esc during a save asks
„… wird noch geschrieben“): the tests of letters and documents share this."""

from __future__ import annotations

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


def answer(asked: list[str], how) -> None:
    """Answer the first question that opens with ``how(box)``, while the test runs; its
    text goes to ``asked``."""
    ended = looking()

    def look():
        if ended:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            how(box)
            return
        QTimer.singleShot(10, look)
    QTimer.singleShot(0, look)


def esc(box) -> None:
    """„Warten“: the question's Esc."""
    QTest.keyClick(box, Qt.Key.Key_Escape)


def clicked(words: str):
    """The answer that clicks the question's button of ``words`` (as she reads them)."""
    def how(box) -> None:
        [button] = [b for b in box.buttons() if words_of(b) == words]
        button.click()
    return how


discard = clicked("Abbrechen und verwerfen")   # its answer while a save is running


def words_of(button) -> str:
    """A button's words as she reads them, without its Alt letter's ``&`` (every answer of
    a question has one: ``labels.with_alt_letters``)."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
