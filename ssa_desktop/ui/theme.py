"""The look of the application, set in one place: palette and focus frame.

``install(app, high_contrast=False)`` (called once the device settings are read, and again
when "Hoher Kontrast" changes in Einstellungen):

- the palette: ``colours.LIGHT`` or ``colours.HIGH_CONTRAST`` as the application's
  ``QPalette``. When the operating system is in a high-contrast mode the system's palette
  stays untouched and ``colours.current()`` follows it (``colours.from_system``);
- the focus frame: ``FocusStyle`` draws the current cell or row of every list and table
  (and the focus mark of check boxes, radio buttons and tabs) as a solid 2 px frame in
  ``focus`` (in a selected row in ``highlighted_text``); ``FocusRing`` draws a 2 px frame
  around whichever control has the keyboard focus. Both colours are checked against their
  neighbours in ``tests/ui/test_colours.py`` and on rendered pixels in
  ``tests/ui/test_focus_visible.py``.

Only Qt here (no services): the unlock window uses it before the vault is open.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QRegion
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
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

_ROLES = {
    QPalette.Window: "window", QPalette.WindowText: "window_text", QPalette.Base: "base",
    QPalette.AlternateBase: "alternate_base", QPalette.Text: "text",
    QPalette.Button: "button", QPalette.ButtonText: "button_text",
    QPalette.Highlight: "highlight", QPalette.HighlightedText: "highlighted_text",
    QPalette.PlaceholderText: "placeholder", QPalette.Link: "link",
    QPalette.Mid: "mid", QPalette.ToolTipBase: "tooltip_base",
    QPalette.ToolTipText: "tooltip_text",
}
_DISABLED = (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.PlaceholderText)


def qpalette(scheme: colours.Colours) -> QPalette:
    """``scheme`` as a QPalette: the same colours active and inactive (a window in the
    background keeps its readable selection), greyed text when disabled."""
    palette = QPalette(QColor(scheme.button), QColor(scheme.window))
    for role, name in _ROLES.items():
        colour = QColor(getattr(scheme, name))
        for group in (QPalette.Active, QPalette.Inactive, QPalette.Disabled):
            palette.setColor(group, role, colour)
    for role in _DISABLED:
        palette.setColor(QPalette.Disabled, role, QColor(scheme.disabled_text))
    return palette


def system_high_contrast() -> bool:
    """Whether the operating system asks for high contrast (Qt 6.10+ reads it on every
    platform; older Qt on Windows: ``SPI_GETHIGHCONTRAST``)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(accessibility(), "contrastPreference", None)
        if preference is not None:
            return preference() == Qt.ContrastPreference.HighContrast
    if sys.platform == "win32":
        return _windows_high_contrast()
    return False


def _windows_high_contrast() -> bool:
    import ctypes
    from ctypes import wintypes

    class HighContrast(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD),
                    ("lpszDefaultScheme", wintypes.LPWSTR)]

    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    ok = ctypes.windll.user32.SystemParametersInfoW(0x0042, info.cbSize, ctypes.byref(info), 0)
    return bool(ok) and bool(info.dwFlags & 0x1)   # SPI_GETHIGHCONTRAST, HCF_HIGHCONTRASTON


def _from_palette(palette: QPalette) -> colours.Colours:
    name = {role: palette.color(QPalette.Active, role).name() for role in _ROLES}
    return colours.from_system(
        window=name[QPalette.Window], window_text=name[QPalette.WindowText],
        base=name[QPalette.Base], text=name[QPalette.Text],
        highlight=name[QPalette.Highlight], highlighted_text=name[QPalette.HighlightedText],
        button=name[QPalette.Button], button_text=name[QPalette.ButtonText],
        link=name[QPalette.Link])


class FocusStyle(QProxyStyle):
    """Fusion with a focus mark one can see: the faint focus rectangle of Fusion (a fill of
    about 1.1:1 and a frame of 1.6:1) becomes a solid 2 px frame in ``focus``, or where that
    does not reach 3:1 against what lies under it (a selected row) in whichever of
    ``highlighted_text`` and ``text`` contrasts most."""

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt)
        if element != QStyle.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            if element in (QStyle.PE_FrameLineEdit, QStyle.PE_IndicatorCheckBox):
                _edge(painter, option.rect)
            elif element == QStyle.PE_IndicatorRadioButton:
                _edge(painter, option.rect, round_=True)
            return
        if isinstance(widget, QCheckBox | QRadioButton):
            return  # the ring around the whole box shows it (no second frame inside)
        scheme = colours.current()
        under = None
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor.isValid():
            under = option.backgroundColor.name()
        if under is None and option.state & QStyle.State_Selected:
            under = scheme.highlight
        colour = scheme.focus
        if under is not None and colours.contrast_ratio(colour, under) < colours.UI_MIN:
            colour = max((scheme.highlighted_text, scheme.text),
                         key=lambda c: colours.contrast_ratio(c, under))
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, False)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(colour))
        rect = option.rect
        ring = QRegion(rect) - QRegion(rect.adjusted(FRAME, FRAME, -FRAME, -FRAME))
        painter.setClipRegion(ring, Qt.IntersectClip)
        painter.drawRect(rect)
        painter.restore()


    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802 (Qt)
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.CC_ComboBox, QStyle.CC_SpinBox) and option.frame:
            _edge(painter, option.rect)


def _edge(painter: QPainter, rect: QRect, round_: bool = False) -> None:
    """The edge of a field or box in ``field_border`` (Fusion's edge, the window colour
    darkened by 40 %, reached only 2.0–2.3:1)."""
    painter.save()
    painter.setBrush(Qt.NoBrush)
    painter.setPen(QColor(colours.current().field_border))
    if round_:
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.drawEllipse(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
    else:
        painter.setRenderHint(QPainter.Antialiasing, False)
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
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.NoFocus)
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
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide):
            self.place()
        elif event.type() == QEvent.ParentChange and self.target is not None:
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
        QApplication.instance().focusChanged.disconnect(self.follow)
        if self.ring is not None and isValid(self.ring):
            self.ring.track(None)
            self.ring.deleteLater()
        self.ring = None


def install(app: QApplication, high_contrast: bool = False) -> colours.Colours:
    """Set the palette and the focus frame; return the colours in use."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle("Fusion"))
    if system_high_contrast():
        app.setPalette(QPalette())  # the system's own colours, not overridden
        scheme = _from_palette(app.palette())
    else:
        scheme = colours.HIGH_CONTRAST if high_contrast else colours.LIGHT
        app.setPalette(qpalette(scheme))
    colours.use(scheme)
    if tracker(app) is None:
        _FocusTracker(app).setObjectName("ssa_focus_tracker")
    tracker(app).follow(None, app.focusWidget())
    return scheme


def tracker(app: QApplication) -> _FocusTracker | None:
    return app.findChild(_FocusTracker, "ssa_focus_tracker")


def uninstall(app: QApplication) -> None:
    """Back to plain Fusion and the default palette (tests)."""
    found = tracker(app)
    if found is not None:
        found.stop()
        found.setParent(None)
        found.deleteLater()
    app.setStyle("Fusion")
    app.setPalette(QPalette())
    colours.use(colours.LIGHT)
