"""Note editor: observation (facts) and assessment (interpretation) kept apart (§ 7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from ..i18n import translator

tr = translator("NoteEditor")


class _NoteField(QPlainTextEdit):
    """A note field that asks for ``rows`` lines where given (Qt's default asks for about
    eleven: the quick entry's form then scrolled on a 1280×720 screen)."""

    def __init__(self, rows: int | None):
        super().__init__()
        self._rows = rows

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self._rows:
            hint.setHeight(self._rows * self.fontMetrics().lineSpacing() + 12)
        return hint


class NoteEditor(QWidget):
    """Two plain-text fields of at least ``rows`` lines (asking for ``preferred_rows``
    where given); Ctrl+Enter emits ``submit`` instead of a newline."""

    changed = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 4,
                 preferred_rows: int | None = None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.observation: QPlainTextEdit = _NoteField(preferred_rows)
        self.observation.setPlaceholderText(tr("Was ist geschehen, was wurde gesagt? (Fakten)"))
        self.observation.setAccessibleName(tr("Beobachtung"))
        self.assessment: QPlainTextEdit = _NoteField(preferred_rows)
        self.assessment.setPlaceholderText(tr("Fachliche Einschätzung, Vereinbarungen, nächste Schritte"))
        self.assessment.setAccessibleName(tr("Einschätzung"))
        for edit in (self.observation, self.assessment):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(rows * edit.fontMetrics().lineSpacing() + 12)
            edit.textChanged.connect(self.changed)
            edit.installEventFilter(self)
        # kept so that a window can give them mnemonics that do not clash with its own
        self.observation_label = label_obs = QLabel(tr("&Beobachtung"))
        label_obs.setBuddy(self.observation)
        self.assessment_label = label_ass = QLabel(tr("Einschät&zung"))
        label_ass.setBuddy(self.assessment)
        layout.addRow(label_obs, self.observation)
        layout.addRow(label_ass, self.assessment)

    def eventFilter(self, obj, event):  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit.emit()
            return True
        return super().eventFilter(obj, event)

    def values(self) -> tuple[str, str]:
        return self.observation.toPlainText().strip(), self.assessment.toPlainText().strip()

    def set_values(self, observation: str, assessment: str) -> None:
        self.observation.setPlainText(observation)
        self.assessment.setPlainText(assessment)

    def is_empty(self) -> bool:
        return not any(self.values())

    def clear(self) -> None:
        self.observation.clear()
        self.assessment.clear()
