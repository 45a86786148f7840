"""Steps of the goal dialogs by keys, for the tests that lock inside them: a key to the
focused widget, the open dialog of a class, a step once it is open and active, and the
way to „Ziele mit Skala …“ on a pupil's Fälle tab."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support import questions
from tests.support.main_windows import when_active

ALT = Qt.KeyboardModifier.AltModifier


def key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def shown(cls):
    """The visible dialog of ``cls``, or None."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and shiboken6.isValid(w) and w.isVisible()), None)


def then(cls, step) -> None:
    """``step()`` once a dialog of ``cls`` is open (modal: it runs its own loop) and active."""
    questions.when_open(cls, lambda dialog: when_active(dialog, step))


def to_goals_button(window, pupil):
    """The pupil's Fälle (Alt+F), Tab to „Ziele mit Skala …“; the persons area."""
    area = window.show_area("persons")
    area.open_record(pupil.id)
    key(Qt.Key.Key_F, ALT)
    while QApplication.focusWidget() is not area.page.cases.goals_button:
        key(Qt.Key.Key_Tab)
    return area
