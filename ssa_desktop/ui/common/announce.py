"""What a screen reader must hear and must not hear.

``MessageLabel``: a line that shows a message (an error, "Gespeichert", a hint). Its
accessible name is its text and every new text is announced (an ``Alert`` on an
``AlertMessage`` and Qt's announcement event), so NVDA and Orca read it when it appears.
``announce(widget, text)`` does the same for a widget that shows text another way (the
status bar). On Linux (AT-SPI) a message is said instead by an invisible object with the
notification role that shows, named by it: the one thing Orca 43 speaks unasked. The
object is a window of its own, so Orca says the message alone (in a dialog it would say
the dialog's name and loose labels first). ``SecretLineEdit`` (the edit of
``secret_field.SecretField``, every passphrase and key) sends no typed character to
accessibility clients.

The interfaces come from one factory (``install_factory``), installed with the first
``MessageLabel``; at the program's start it waits for the unlock window's first frame
(``hold_factory``: ``QAccessible`` and its enums are 1.4 ms of that frame) and then renews
the interface of every message line made meanwhile."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:  # by name below: the unlock window's first frame needs no combo box class
    from PySide6.QtWidgets import QComboBox

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The words of a label's (maybe rich) text, as a reader says them."""
    words = _TAGS.sub(" ", text.replace("&&", "&"))
    if "&" in words:  # an entity (&amp; …): html only then, it is not on the start path
        from html import unescape

        words = unescape(words)
    return " ".join(words.split())


def announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology that ``text`` appeared in ``widget``."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

    if not text or not QAccessible.isActive():
        return
    if _on_atspi():
        _notice(widget, plain(text))
        return
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, plain(text)))


def _on_atspi() -> bool:
    """Linux: Qt speaks to readers over AT-SPI."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in ("xcb", "wayland")


NOTICES = 4  # notification objects per window, used in turn


class _Notice(QWidget):
    """An invisible 1×1 object with the notification role, named by one message."""


def _notice(widget: QWidget, text: str) -> None:
    """Say ``text`` over AT-SPI once the focus has settled (``_settle``): the next of the
    active window's notification objects is shown anew, named by it. Every Orca speaks a
    notification that shows (Orca 43 neither an announcement nor a changed name of an
    object without focus); a new Orca hears it once, as there is no announcement beside
    it. Objects in turn: two messages in quick succession come from two objects, so a
    reader's queue drops neither."""
    window = widget.window()
    if not window.isVisible():
        return
    _pending.append((window, text))
    del _pending[:-NOTICES]  # what waits is the latest few
    _settle_soon()


_pending: list[tuple[QWidget, str]] = []  # messages waiting for the focus to settle
_settling = {"scheduled": False, "waiting": False}


def _settle_soon() -> None:
    """``_settle`` on the event loop's next turn: after the change that made the message
    (a save refreshes its page, a lock empties the window and opens the unlock window)."""
    from PySide6.QtCore import QTimer

    if not _settling["scheduled"]:
        _settling["scheduled"] = True
        QTimer.singleShot(0, _settle)


def _settle() -> None:
    """Show the waiting messages once a window of the app is active and no modal window
    waits to become active. Orca prunes its queue when a window or focus change arrives
    behind more than 50 events (a page's refresh), and a notification that showed before
    the change goes with them; behind the change it is the queue's last event, and said."""
    import shiboken6
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    _settling["scheduled"] = False
    # a message of a window that closed meanwhile goes with it
    _pending[:] = [(w, t) for w, t in _pending if shiboken6.isValid(w) and w.isVisible()]
    if not _pending:
        return
    active = QApplication.activeWindow()
    modal = QApplication.activeModalWidget()
    if active is None or not active.isVisible() or (modal is not None and modal is not active):
        if not _settling["waiting"]:  # the next focus change of the app tries again
            _settling["waiting"] = True
            cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.connect(
                _focus_moved)
        return
    texts = [t for _w, t in _pending]
    _pending.clear()
    for text in texts:
        _show_notice(active, text)


def _focus_moved(_window=None) -> None:
    from PySide6.QtGui import QGuiApplication

    if _settling["waiting"]:
        _settling["waiting"] = False
        cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.disconnect(
            _focus_moved)
    _settle_soon()


def _show_notice(window: QWidget, text: str) -> None:
    from PySide6.QtCore import Qt  # not at import: the unlock window's first frame

    notices = window.findChildren(_Notice, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if len(notices) < NOTICES:
        install_factory()
        notice = _new_notice(window)
    else:
        notice = min(notices, key=lambda n: int(n.property("ssa_said") or 0))
        notice.hide()
    _said[0] += 1
    notice.setProperty("ssa_said", _said[0])
    notice.setAccessibleName(text)
    notice.move(window.geometry().topLeft())  # beneath the window, where it is
    notice.show()
    notice.lower()
    # Qt keeps a tooltip's showing from readers (Narrator read tooltips twice): sent here
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(notice, QAccessible.Event.ObjectShow))


def _new_notice(window: QWidget) -> _Notice:
    """A notice of ``window``: a window of its own (a tooltip beneath it, taking no focus
    and no click), so a reader's context for it is nothing. Inside a dialog, Orca says
    the dialog's name and every loose label of it before each notification."""
    from PySide6.QtCore import Qt

    notice = _Notice(window, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
    notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    notice.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    notice.resize(1, 1)
    if not window.property("ssa_notices"):  # they hide with it (Qt keeps child windows)
        window.setProperty("ssa_notices", True)
        window.installEventFilter(_NOTICES_HIDE)
    return notice


class _NoticesHide(QObject):
    """Hides a window's notices when the window hides: a message stays neither on the
    screen nor readable after its dialog closed."""

    def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
        from PySide6.QtCore import QEvent, Qt

        if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget):
            for notice in obj.findChildren(
                    _Notice, options=Qt.FindChildOption.FindDirectChildrenOnly):
                notice.hide()
        return False


_NOTICES_HIDE = _NoticesHide()


_said = [0]  # how many notices were shown: the oldest one is used next


class MessageLabel(QLabel):
    """A label for messages: named by its text, announced when the text changes."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None):
        if isinstance(text, QWidget):  # MessageLabel(parent), as QLabel(parent)
            parent, text = text, ""
        super().__init__(parent)
        self._said: str | None = None  # the text said while the line shows
        _needs_factory(self)
        self.setText(text or "")

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        changed = text != self.text()
        super().setText(text)
        self.setAccessibleName(plain(text))
        if changed and self.isVisible():
            self._say(text)

    def _say(self, text: str) -> None:
        self._said = text
        announce(self, text)

    def say(self, text: str) -> None:
        """Show ``text`` as a new message: said even when the line shows these words
        already (a refusal repeated by a second press is heard again)."""
        if text and text == self.text() and self.isVisible():
            self._say(text)
        self.setText(text)

    def clear(self) -> None:
        self.setText("")

    def show_quietly(self, text: str) -> None:
        """Show ``text`` without announcing it (another window or the page says it)."""
        QLabel.setText(self, text)
        self.setAccessibleName(plain(text))
        self._said = text

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """A line that appears says its text, once: shown again with its page (a
        wizard's page is hidden and shown while it lays out) it says nothing new."""
        super().showEvent(event)
        if self.text() != self._said:
            self._say(self.text())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt naming)
        """Hidden itself (not with its page: that calls no setVisible): said again when
        shown. Not ``hideEvent``: its event class is not built before the first frame."""
        super().setVisible(visible)
        if not visible:
            self._said = None


def name_inner_edit(combo: QComboBox) -> None:
    """The text field inside an editable combo box carries the box's name (set now or
    later): a reader on the field says "Art", not nothing."""
    edit = combo.lineEdit()
    if edit is None:
        return
    edit.setAccessibleName(combo.accessibleName())
    combo.installEventFilter(_NAME_SYNC)


class _NameSync(QObject):
    """Keeps an editable combo box's text field named like the box (names are often
    set after the box is made)."""

    def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
        from PySide6.QtCore import QEvent  # built with the event anyway; not at import

        if event.type() in (QEvent.Type.Show, QEvent.Type.FocusIn) and obj.inherits(
                "QComboBox") and obj.lineEdit() is not None:
            obj.lineEdit().setAccessibleName(obj.accessibleName())
        return False


_NAME_SYNC = _NameSync()


def name_action_buttons(edit: QLineEdit) -> None:
    """The buttons Qt makes for a line edit's actions (the calendar of a date field)
    are named by their action's text, or the tool tip's."""
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not button.accessibleName():
            button.setAccessibleName(action.text() or action.toolTip())


def quietly(change, *args):
    """``change(*args)`` with accessibility updates held back: the bus carries none (a
    secret's characters; a lock's hidden page and its unlock window before it shows)."""
    from PySide6.QtGui import QAccessible  # not built before the first frame

    active = QAccessible.isActive()
    if active:
        QAccessible.setActive(False)
    try:
        return change(*args)
    finally:
        if active:
            QAccessible.setActive(True)


def quietly_unless_shown(widget: QWidget, change, *args):
    """``change(*args)`` of ``widget``'s content, quietly while it does not show (a page's
    tab behind another, the list behind a person's page): a reader hears nothing of it
    and reads it when it shows. A refresh of everything sent ~75 events, and Orca 43 drops
    its queue (and the message waiting in it) beyond 50."""
    if widget.isVisible():
        return change(*args)
    try:
        return quietly(change, *args)
    finally:
        _tables_renewed(widget)


def built_quietly(build, *args):
    """``build(*args)``: a widget not shown yet (an area on first use), made with no
    event; a reader reads it when it shows."""
    widget = quietly(build, *args)
    _tables_renewed(widget)
    return widget


def _tables_renewed(widget: QWidget) -> None:
    """Qt's interface of a table (a list, a combo box's list) keeps its cells until a model
    change reaches it: after a quiet change it read them empty or from old rows. The
    change goes to each view (the AT-SPI bridge passes it on to no reader)."""
    from PySide6.QtGui import QAccessible, QAccessibleTableModelChangeEvent
    from PySide6.QtWidgets import QAbstractItemView

    if not QAccessible.isActive():
        return
    reset = QAccessibleTableModelChangeEvent.ModelChangeType.ModelReset
    views = widget.findChildren(QAbstractItemView)
    for view in [widget, *views] if isinstance(widget, QAbstractItemView) else views:
        QAccessible.updateAccessibility(QAccessibleTableModelChangeEvent(view, reset))


def close_quietly(window: QWidget, close, *args):
    """``close(*args)`` hides ``window`` with one event for it: Qt sends one for each of its
    shown widgets (65 for quick entry), a flood Orca 43 prunes with the message after it.
    The window's hide is sent, and the focus when it moved meanwhile."""
    import shiboken6
    from PySide6.QtGui import QAccessible, QAccessibleEvent
    from PySide6.QtWidgets import QApplication

    if not QAccessible.isActive():
        return close(*args)
    before = QApplication.focusWidget()
    try:
        return quietly(close, *args)
    finally:
        if shiboken6.isValid(window) and not window.isVisible():  # not deleted on close
            QAccessible.updateAccessibility(QAccessibleEvent(window,
                                                             QAccessible.Event.ObjectHide))
        after = QApplication.focusWidget()
        if after is not None and after is not before:
            QAccessible.updateAccessibility(QAccessibleEvent(after, QAccessible.Event.Focus))


class SecretLineEdit(QLineEdit):
    """A line edit for a passphrase or key: no typed character reaches assistive
    technology. Qt's bridge sends every insertion and deletion of a line edit as an
    AT-SPI ``text-changed`` event with the characters, even in password mode; here every
    change of the text happens with accessibility updates held back, so the bus carries
    none of them (a reader still hears the field, its label and its bullets)."""

    @staticmethod
    def _quiet(change, *args):
        return quietly(change, *args)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._quiet(super().keyPressEvent, event)

    def inputMethodEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._quiet(super().inputMethodEvent, event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._quiet(super().dropEvent, event)

    def setText(self, text: str | None) -> None:  # noqa: N802 (Qt naming)
        self._quiet(super().setText, text)

    def clear(self) -> None:
        self._quiet(super().clear)

    def insert(self, text: str) -> None:
        self._quiet(super().insert, text)

    def paste(self) -> None:
        self._quiet(super().paste)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._quiet(super().contextMenuEvent, event)


def _alert_interface(label: QLabel):
    """A message line's interface: role AlertMessage, named by its text. (The class is
    made at the first call: ``QAccessibleWidget`` brings ``QAccessible``.)"""
    global _AlertInterface
    if _AlertInterface is None:
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QAccessibleWidget

        class AlertInterface(QAccessibleWidget):
            def __init__(self, label: QLabel):
                super().__init__(label, QAccessible.Role.AlertMessage)

            def text(self, kind):
                if kind in (QAccessible.Text.Name, QAccessible.Text.Value):
                    return plain(cast(QLabel, self.widget()).text())
                return super().text(kind)

        _AlertInterface = AlertInterface
    return _AlertInterface(label)


_AlertInterface: Any = None


def _notice_interface(notice: QWidget):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    return QAccessibleWidget(notice, QAccessible.Role.Notification)
_made: dict[int, object] = {}


def _forget(key: int) -> None:
    _made.pop(key, None)


def _factory(_class_name: str, obj: QObject):
    if isinstance(obj, MessageLabel):
        iface = _alert_interface(obj)
    elif isinstance(obj, _Notice):
        iface = _notice_interface(obj)
    else:
        return None
    key = id(obj)
    _made[key] = iface  # Qt owns the interface; the wrapper lives as long as the widget
    obj.destroyed.connect(lambda _o=None, k=key: _forget(k))
    return iface


_factory_state = {"installed": False, "held": False}
_made_while_held: list[MessageLabel] = []


def _needs_factory(label: MessageLabel) -> None:
    """Every message line gets its interface from the factory: installed now, or (while
    held) with the first frame, which then renews this line's interface."""
    if _factory_state["installed"]:
        return
    if _factory_state["held"]:
        _made_while_held.append(label)
        return
    install_factory()


def hold_factory() -> None:
    """The program's start: the factory waits for ``install_factory`` after the first
    window's first frame."""
    if not _factory_state["installed"]:
        _factory_state["held"] = True


def install_factory() -> None:
    """Install the factory (once). A message line made while it was held may have got
    Qt's plain interface already (a screen reader asked before the first frame): that
    interface is dropped, so the next question gets the AlertMessage one."""
    import shiboken6
    from PySide6.QtGui import QAccessible

    if _factory_state["installed"]:
        return
    QAccessible.installFactory(_factory)
    _factory_state.update(installed=True, held=False)
    labels, _made_while_held[:] = list(_made_while_held), []
    for label in labels:
        if not shiboken6.isValid(label):
            continue
        iface = QAccessible.queryAccessibleInterface(label)
        if iface is not None and iface.role() != QAccessible.Role.AlertMessage:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
