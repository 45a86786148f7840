"""The progress of a file being written on the one runner, shown where she started it:
the step's name in the bar („Das Paket wird geschrieben …“), read by a screen reader as
the bar's description; hidden when nothing runs."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from ..i18n import translator

tr = translator("Steps")


class StepBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 100)
        self.setAccessibleName(tr("Fortschritt"))
        self.hide()

    def step(self, percent: int, text: str) -> None:
        """Show step ``text`` (a service's German step, translated) at ``percent``."""
        shown = tr(text)
        self.setFormat(shown)
        self.setAccessibleDescription(shown)
        self.setValue(percent)
        self.show()

    def done(self) -> None:
        self.hide()
        self.setValue(0)
