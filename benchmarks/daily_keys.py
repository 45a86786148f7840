"""The keystroke paths of daily documentation, shared by the pytest-qt tests (which drive
them with QTest and check the saved records) and ``bench_daily`` (which counts them).

A step is a text (one key per character) or a ``(key, modifiers)`` chord (one key).
Each path starts in the main window and ends with the contact saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL, ALT = Qt.ControlModifier, Qt.AltModifier

# An existing pupil: person, kind and one topic differ from the defaults (last entry).
EXISTING_PUPIL_CONTACT = [
    (Qt.Key_N, CTRL),        # quick entry; the cursor is in "Person"
    "k17",                   # the pseudonym without dash and case finds "K-17"
    (Qt.Key_4, ALT),         # Telefonat (Alt+1 … Alt+6: frequent kinds); on to Themen
    "fa",                    # → Familie / familiäre Probleme
    (Qt.Key_Return, CTRL),   # adds the topic and saves
]

# The same with a note: Alt+N, the note text (not counted), Ctrl+Enter.
NOTE = "Mutter rief an, Termin am Montag vereinbart."  # ASCII: QTest types no umlauts

# A pupil not on file yet, with a first contact ("Neu anlegen: Z-99").
NEW_PUPIL_CONTACT = [
    (Qt.Key_N, CTRL),
    "z99",                   # unknown → "Neu anlegen: Z-99" (the school's scheme)
    (Qt.Key_Tab, Qt.NoModifier),   # gender of the new pupil
    "w",                     # one letter picks it and moves on to the class
    "5a",
    (Qt.Key_4, ALT),         # Telefonat; on to Themen
    "fa",
    (Qt.Key_Return, CTRL),
]


def count(steps) -> int:
    """Keystrokes of a path: one per character, one per chord."""
    return sum(len(step) if isinstance(step, str) else 1 for step in steps)


def with_note(steps, note: str = NOTE):
    """The path with a note typed before saving (Alt+N, the text, then the final key)."""
    return [*steps[:-1], (Qt.Key_N, ALT), note, steps[-1]]


def drive(steps) -> None:
    """Press the path's keys where they go: an open popup, else the focus widget."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget() or \
            QApplication.activeWindow()

    for step in steps:
        if isinstance(step, str):
            for ch in step:
                QTest.keyClicks(target(), ch)
        else:
            key, modifiers = step
            QTest.keyClick(target(), key, modifiers)
        QTest.qWait(1)
