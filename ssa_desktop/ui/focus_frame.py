"""The focus frame (``ui.theme`` installs it): ``FocusStyle`` draws the current cell or row
of every list and table (and the focus mark of check boxes, radio buttons and tabs) as a
solid 2 px frame in ``focus`` (in a selected row in ``highlighted_text``); ``FocusRing``
draws a 2 px frame around whichever control has the keyboard focus. Both colours are
checked against their neighbours in ``tests/ui/test_colours.py`` and on rendered pixels in
``tests/ui/test_focus_visible.py``. Installed after the first window's first frame."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QRegion
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QMenu,
    QMenuBar,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOptionFocusRect,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from . import colours

FRAME = 2  # px: the width of every focus frame


class FocusStyle(QProxyStyle):
    """Fusion with a focus mark one can see: the faint focus rectangle of Fusion (a fill of
    about 1.1:1 and a frame of 1.6:1) becomes a solid 2 px frame in ``focus``, or where that
    does not reach 3:1 against what lies under it (a selected row) in whichever of
    ``highlighted_text`` and ``text`` contrasts most.

    It also moves every line edit's caret once when the edit is polished, before it can
    have the focus: Qt moves it for the first time while the edit takes the focus, so a
    screen reader got the caret event before the focus event and Orca said nothing of an
    empty field on the first Tab (tests/ui/a11y/test_first_tab_heard.py)."""

    def polish(self, target):  # Qt overloads: a widget, a palette (returned), the app
        result = super().polish(target)
        if isinstance(target, QLineEdit):
            target.setCursorPosition(target.cursorPosition())  # its first caret move
        return result

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt)
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            if element in (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_IndicatorCheckBox):
                _edge(painter, option.rect)
            elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                _edge(painter, option.rect, round_=True)
            return
        if isinstance(widget, QCheckBox | QRadioButton):
            return  # the ring around the whole box shows it (no second frame inside)
        scheme = colours.current()
        under = None
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor.isValid():
            under = option.backgroundColor.name()
        if under is None and option.state & QStyle.StateFlag.State_Selected:
            under = scheme.highlight
        colour = scheme.focus
        if under is not None and colours.contrast_ratio(colour, under) < colours.UI_MIN:
            colour = max((scheme.highlighted_text, scheme.text),
                         key=lambda c: colours.contrast_ratio(c, under))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        rect = option.rect
        ring = QRegion(rect) - QRegion(rect.adjusted(FRAME, FRAME, -FRAME, -FRAME))
        painter.setClipRegion(ring, Qt.ClipOperation.IntersectClip)
        painter.drawRect(rect)
        painter.restore()


    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802 (Qt)
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox) and option.frame:
            _edge(painter, option.rect)


def _edge(painter: QPainter, rect: QRect, round_: bool = False) -> None:
    """The edge of a field or box in ``field_border`` (Fusion's edge, the window colour
    darkened by 40 %, reached only 2.0–2.3:1)."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor(colours.current().field_border))
    if round_:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawEllipse(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
    else:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


class FocusRing(QFocusFrame):
    """A 2 px frame around the control that has the keyboard focus, drawn just outside it
    (inside where the control touches the edge of the window or of a scroll area's
    viewport). A ``QFocusFrame``, so that screen readers leave it out of the accessibility
    tree. Like Qt's own focus frame it lives in the nearest window, scroll-area viewport or
    tool bar (never in a splitter or a layout, which would take it for a pane) and follows
    the control and every container between them on move, resize and hide."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("ssa_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []

    def track(self, widget: QWidget | None) -> None:
        for old in self._watched:
            if isValid(old):
                old.removeEventFilter(self)
        self._watched = []
        self.target = widget
        if widget is None:
            self.hide()
            return
        home = frame_parent(widget)
        if home is None:
            self.hide()
            return
        if self.parentWidget() is not home:
            self.setParent(home)
        step: QWidget | None = widget
        while step is not None and step is not home:
            step.installEventFilter(self)
            self._watched.append(step)
            step = step.parentWidget()
        self.place()

    def place(self) -> None:
        target, home = self.target, self.parentWidget()
        if target is None or home is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(home, QPoint(0, 0))
        outer = QRect(top_left, target.size()).adjusted(-FRAME, -FRAME, FRAME, FRAME)
        outer = outer.intersected(home.rect())
        if outer.width() <= 2 * FRAME or outer.height() <= 2 * FRAME:
            self.hide()
            return
        self.setGeometry(outer)
        local = QRect(0, 0, outer.width(), outer.height())
        self.setMask(QRegion(local) - QRegion(local.adjusted(FRAME, FRAME, -FRAME, -FRAME)))
        self.show()
        self.raise_()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.place()
        elif event.type() == QEvent.Type.ParentChange and self.target is not None:
            self.track(self.target if isValid(self.target) else None)
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours.current().focus))
        painter.end()


def frame_parent(widget: QWidget) -> QWidget | None:
    """Where the ring of ``widget`` lives: its window, or the viewport of the nearest scroll
    area or the nearest tool bar on the way there (as ``QFocusFrame`` chooses)."""
    previous, step = widget, widget.parentWidget()
    while step is not None:
        if isinstance(step, QAbstractScrollArea):
            return previous if previous is not widget else step
        if step.isWindow() or isinstance(step, QToolBar):
            return step
        previous, step = step, step.parentWidget()
    return None


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control to frame for a focus widget: the spin box or combo box around its
    inner line edit; nothing for menus and windows."""
    if widget is None or widget.isWindow() or isinstance(widget, QMenu | QMenuBar):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


class _FocusTracker(QObject):
    """Moves the one ``FocusRing`` to each newly focused control (a new ring when the old
    one went down with its container)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old=None, new=None) -> None:
        target = ring_target(new)
        if self.ring is not None and not isValid(self.ring):
            self.ring = None
        home = frame_parent(target) if target is not None else None
        if home is None:
            if self.ring is not None:
                self.ring.track(None)
            return
        if self.ring is None:
            self.ring = FocusRing(home)
        self.ring.track(target)

    def stop(self) -> None:
        cast(QApplication, QApplication.instance()).focusChanged.disconnect(self.follow)
        if self.ring is not None and isValid(self.ring):
            self.ring.track(None)
            self.ring.deleteLater()
        self.ring = None


def install(app: QApplication) -> None:
    """Fusion with the visible focus marks, and the ring following the focus (once)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle("Fusion"))
    found = tracker(app)
    if found is None:
        found = _FocusTracker(app)
        found.setObjectName("ssa_focus_tracker")
    found.follow(None, app.focusWidget())


def tracker(app: QApplication) -> _FocusTracker | None:
    return app.findChild(_FocusTracker, "ssa_focus_tracker")


def uninstall(app: QApplication) -> None:
    """Back to plain Fusion (tests)."""
    found = tracker(app)
    if found is not None:
        found.stop()
        found.setParent(None)
        found.deleteLater()
    app.setStyle("Fusion")
