"""The one message line of a dialog or panel that must never move a button (an export's
„Geschrieben: …“ with four file names wrapped over five lines and put another button under
her next click) and must stay whole to the eye and to a screen reader (no „…“).

``MessageLine`` wraps within the width its layout gives it (a long file name or path breaks
anywhere), never widens its window, can be selected with the mouse (to copy a path), and is
named and announced as every ``MessageLabel``. A shorter message after a longer one keeps the
longer one's room until the line is emptied or hidden. Where it sits decides what it moves
(docs/architecture.md, „Accessibility“):

- last in its window or scrolled page, below the buttons (``add_last``): it takes the room
  left over below them, and its window grows downwards for more — nothing follows it;
- or right next to the part that stretches (a list, a scrolled form), with no button
  between them: the list gives up the lines the message needs, the buttons stay.

``error_line()`` is the red one for refusals."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFormLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
        self._held = 0  # the height of the longest message while it shows
        self.last = False  # nothing follows it in its window (``add_last``)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        """Its text's height, and never lower while it shows: a shorter message after a
        longer one gave the room back to the form above and moved its buttons."""
        own = super().heightForWidth(width) if self.text() else 0  # empty: no line
        return max(own, getattr(self, "_held", 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """As high as its whole text at its width: a layout squeezes no line of it (its
        window grows instead, ``_make_room``); empty, it needs no height (a dialog's
        smallest size at 200 % has no blank line in it)."""
        return QSize(40, self.heightForWidth(max(self.width(), 40)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self.minimumSizeHint() if not self.text() else super().sizeHint()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt naming)
        appears = visible and self.isHidden() and bool(self.text())
        start = self.window().height()
        super().setVisible(visible)
        if not visible:
            self._held = 0  # hidden, it gives its room back
        elif appears and getattr(self, "last", False):
            self._appear(self.window().height() - start)

    def _appear(self, grown: int) -> None:
        """A refusal line hidden until now (``forms.say_refusal``): its window grows by
        its lines and the layout's spacing, so the parts above keep the room they had
        (laid out first, the line took its lines from the parts above the buttons);
        ``grown``: what Qt grew the window by already when it showed the line."""
        host = _host(self)
        layout = host.layout() if host is not None and host.isVisible() else None
        if host is None or layout is None:
            return
        margins = layout.contentsMargins()
        width = host.width() - margins.left() - margins.right()
        self._grow(self.heightForWidth(width) + max(layout.spacing(), 0) - grown)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._keep_room(text)
        super().setText(text)
        self._make_room()

    def show_quietly(self, text: str) -> None:
        self._keep_room(text)
        super().show_quietly(text)
        self._make_room()

    def _keep_room(self, text: str) -> None:
        """The room of the message shown so far stays while the line shows another; an
        empty line gives it back (the part beside it, or the room below, takes it)."""
        if getattr(self, "_held", None) is None:
            return  # still being made
        if not text:
            self._held = 0
        elif self.isVisible() and self.text():
            self._held = max(self._held, super().heightForWidth(self.width()))

    def _make_room(self) -> None:
        """Last in its window (``add_last``): the window grows downwards, at once and
        within the screen, by the lines the text needs more than the lines at its end
        have, or else the scrolled page it is in does. The layout squeezed the lines above
        instead (a window does not grow for a wrapped label by itself) and moved the
        buttons up. Elsewhere the part that stretches beside it gives the room."""
        host = _host(self)
        if not getattr(self, "last", False) or host is None or not host.isVisible():
            return
        # the lines at the end together (an info and an error line below the buttons)
        group = [line for line in host.findChildren(MessageLine)
                 if line.last and line.isVisible() and _host(line) is host]
        self._grow(sum(line.heightForWidth(line.width()) - line.height() for line in group))

    def _grow(self, deficit: int) -> None:
        """The window grows downwards by ``deficit`` within the screen, else the scrolled
        page the line is in grows by what is left."""
        host = _host(self)
        if deficit <= 0 or host is None:
            return
        # the widgets between the line and ``host`` learn its height now, not one posted
        # layout request per level later (the buttons sat higher for that long)
        widget = self.parentWidget()
        while widget is not None and widget is not host:
            widget.updateGeometry()
            widget = widget.parentWidget()
        window = self.window()
        screen = window.screen().availableGeometry()
        grow = max(0, min(deficit, screen.bottom() - window.geometry().bottom()))
        if grow:
            window.resize(window.width(), window.height() + grow)
            QApplication.sendPostedEvents()
        layout = host.layout()
        if host is not window and layout is not None \
                and host.height() < layout.totalHeightForWidth(host.width()):
            host.resize(host.width(), host.height() + deficit - grow)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another height (minimumSizeHint)


def _host(line: QWidget) -> QWidget | None:
    """What grows for ``line``: the page of the scroll area it is in, or its window."""
    widget = line.parentWidget()
    while widget is not None and not widget.isWindow():
        viewport = widget.parentWidget()
        scroll = viewport.parentWidget() if viewport is not None else None
        if isinstance(scroll, QScrollArea) and scroll.widget() is widget:
            return widget
        widget = widget.parentWidget()
    return widget


class BelowList(QWidget):
    """A list with its message line directly below it, no gap while the line is empty.
    As high as the list asks, the line's lines taken from the list as far as it can give
    them (down to its smallest height): a pane given its preferred height (a
    ``TurningSplitter`` one below the other, at 200 %) did not give them, it grew, and the
    page scrolled every button of the area away from under her click."""

    def __init__(self, view: QWidget, line: MessageLine, parent: QWidget | None = None):
        super().__init__(parent)
        self.view, self.line = view, line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        line.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(view, 1)
        layout.addWidget(line)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        """No: a layout asked its height at its own preferred width (narrower: more lines
        of the message) and grew the pane by them."""
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        wanted = self.view.sizeHint().height()
        least = max(self.view.minimumSizeHint().height(), self.view.minimumHeight())
        lines = self.line.heightForWidth(max(self.width(), 40)) if self.line.text() else 0
        return QSize(super().sizeHint().width(),
                     wanted + max(0, lines - max(0, wanted - least)))


def say_in_sight(line: MessageLine, text: str) -> None:
    """``text`` in ``line``, which is laid out at once and scrolled into sight where its
    page scrolls (200 %): a refusal below a list lay beyond the window's lower edge."""
    line.setText(text)
    if text and line.isVisible():
        from PySide6.QtCore import QEvent

        from .fit_scroll import bring_into_sight

        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bring_into_sight(line)


def error_line(accessible_name: str = "") -> MessageLine:
    """The red ``MessageLine`` a refusal shows in; ``accessible_name`` describes it. Red
    of the colours in use, and of new ones („Hoher Kontrast“): not ``forms.ERROR_STYLE``,
    the red of when ``forms`` was imported."""
    from ..theme import colour_style

    line = MessageLine()
    line.setAccessibleDescription(accessible_name)
    colour_style(line, "color: $error;")
    return line


def add_last(layout: QBoxLayout | QFormLayout, *lines: MessageLine) -> MessageLine:
    """Put ``lines`` at the end of ``layout`` (a window's or a scrolled page's), so that
    nothing but messages follows them: their window grows for them. In a box a stretch
    follows them and takes the room left over, the same with a line shown or hidden, so
    no stretch goes before the buttons; where a part above stretches (a scrolled form)
    it keeps that room. A line that took the room left over moved the buttons up by what
    the parts above had held while it was hidden. Returns the last."""
    stretched = isinstance(layout, QBoxLayout) and any(
        layout.stretch(index) for index in range(layout.count()))
    for line in lines:
        if isinstance(layout, QFormLayout):
            layout.addRow(line)
        else:
            layout.addWidget(line)
        line.last = True
    if isinstance(layout, QBoxLayout) and not stretched:
        layout.addStretch(1)
    return lines[-1]
