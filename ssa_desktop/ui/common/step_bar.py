"""The progress of a file being written on the one runner, shown where she started it:
the step's name in the bar („Das Paket wird geschrieben …“), read by a screen reader as
the bar's description; hidden when nothing runs. A step may be numbered („Brief 2 von 3
wird erstellt …“): its numbers stand for ``{0}``, ``{1}`` … and the words are translated
as one text („Brief {0} von {1} wird erstellt …“)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QProgressBar, QWidget

from ..i18n import translator

tr = translator("Steps")

_NUMBER = re.compile(r"\d+")


def step_text(text: str) -> str:
    """A service's German step in her language, its numbers kept („Brief 2 von 3 wird
    erstellt …“ is translated as „Brief {0} von {1} wird erstellt …“)."""
    numbers = _NUMBER.findall(text)
    if not numbers:
        return tr(text)
    counter = iter(range(len(numbers)))
    return tr(_NUMBER.sub(lambda _m: f"{{{next(counter)}}}", text)).format(*numbers)


class StepBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 100)
        self.setAccessibleName(tr("Fortschritt"))
        self.hide()

    def step(self, percent: int, text: str) -> None:
        """Show step ``text`` (a service's German step, translated, its numbers kept) at
        ``percent``."""
        shown = step_text(text)
        self.setFormat(shown)
        self.setAccessibleDescription(shown)
        self.setValue(percent)
        self.show()

    def done(self) -> None:
        self.hide()
        self.setValue(0)
