"""The one message line of a dialog or panel that must never move a button (an export's
„Geschrieben: …“ with four file names wrapped over five lines and put another button under
her next click) and must stay whole to the eye and to a screen reader (no „…“).

``MessageLine`` wraps within the width its layout gives it (a long file name or path breaks
anywhere), never widens its window, can be selected with the mouse (to copy a path), and is
named and announced as every ``MessageLabel``. It takes the room its layout leaves over
(vertical policy Expanding, text at its top). Where it sits decides what it moves; the rule
(docs/ui.md):

- last in its window or scrolled page, below the buttons (``add_last``): it grows into the
  room below them, or the window grows downwards — nothing follows it, nothing moves;
- or directly below the part that stretches (a list, a text box), above the buttons: the
  list gives up the lines the message needs, the buttons below stay.

``error_line()`` is the red one for refusals."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from .announce import MessageLabel


class MessageLine(MessageLabel):
    """A wrapping, selectable message line that keeps its whole text on screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setWordWrap(True)  # Qt breaks a word longer than the line anywhere
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(40)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """As high as its whole text at its width: a layout squeezes no line of it (nor,
        to make room for it, the text above) — its window grows instead."""
        hint = super().minimumSizeHint()
        if not self.text():
            return QSize(40, hint.height())
        return QSize(40, max(hint.height(), self.heightForWidth(max(self.width(), 40))))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        super().setText(text)
        self._make_room()

    def show_quietly(self, text: str) -> None:
        super().show_quietly(text)
        self._make_room()

    def _make_room(self) -> None:
        """A window (a dialog) grows downwards to the height its layout needs with this
        text, within the screen: its layout squeezed the lines above instead (a window
        does not grow for a wrapped label by itself) and moved the buttons up."""
        window = self.window()
        layout = window.layout()
        if window is self or not window.isVisible() or layout is None \
                or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        screen = window.screen().availableGeometry()
        room = screen.bottom() - window.geometry().top()
        if needed > window.height():
            window.resize(window.width(), max(window.height(), min(needed, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another height (minimumSizeHint)


def error_line(accessible_name: str = "") -> MessageLine:
    """The red ``MessageLine`` a refusal shows in; ``accessible_name`` describes it."""
    from .forms import ERROR_STYLE

    line = MessageLine()
    line.setAccessibleDescription(accessible_name)
    line.setStyleSheet(ERROR_STYLE)
    return line


def add_last(layout: QBoxLayout, line: MessageLine) -> MessageLine:
    """Put ``line`` at the end of ``layout`` (a window's or a scrolled page's, so nothing
    follows it); it takes the room left over, so no stretch goes before the buttons."""
    layout.addWidget(line, 1)
    return line
