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

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from . import colours

_ROLES = {
    QPalette.ColorRole.Window: "window", QPalette.ColorRole.WindowText: "window_text", QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base", QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button", QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.Highlight: "highlight", QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.PlaceholderText: "placeholder", QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.Mid: "mid", QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
}
_DISABLED = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.PlaceholderText)


def qpalette(scheme: colours.Colours) -> QPalette:
    """``scheme`` as a QPalette: the same colours active and inactive (a window in the
    background keeps its readable selection), greyed text when disabled."""
    palette = QPalette(QColor(scheme.button), QColor(scheme.window))
    for role, name in _ROLES.items():
        colour = QColor(getattr(scheme, name))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, role, colour)
    for role in _DISABLED:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(scheme.disabled_text))
    return palette


def system_high_contrast() -> bool:
    """Whether the operating system asks for high contrast (Qt 6.10+ reads it on every
    platform; older Qt on Windows: ``SPI_GETHIGHCONTRAST``)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(accessibility(), "contrastPreference", None)
        if preference is not None:
            from PySide6.QtCore import Qt

            return preference() == Qt.ContrastPreference.HighContrast
    if sys.platform == "win32":
        return _windows_high_contrast()
    return False


def _windows_high_contrast() -> bool:
    if sys.platform != "win32":
        return False
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
    name = {role: palette.color(QPalette.ColorGroup.Active, role).name() for role in _ROLES}
    return colours.from_system(
        window=name[QPalette.ColorRole.Window], window_text=name[QPalette.ColorRole.WindowText],
        base=name[QPalette.ColorRole.Base], text=name[QPalette.ColorRole.Text],
        highlight=name[QPalette.ColorRole.Highlight], highlighted_text=name[QPalette.ColorRole.HighlightedText],
        button=name[QPalette.ColorRole.Button], button_text=name[QPalette.ColorRole.ButtonText],
        link=name[QPalette.ColorRole.Link])


def install(app: QApplication, high_contrast: bool = False) -> colours.Colours:
    """Set the palette and the focus frame; return the colours in use."""
    return _install_now(app, high_contrast, system_high_contrast())


def install_palette(app: QApplication, high_contrast: bool = False) -> colours.Colours:
    """The start, before the first window: the palette from the cheap system check
    (``_quick_high_contrast``); ``finish_after_first_frame`` does the rest."""
    return _set_palette(app, high_contrast, _quick_high_contrast())


def finish_after_first_frame(app: QApplication, high_contrast: bool, window) -> None:
    """The focus frame and Qt's full system check right after ``window``'s first frame
    (``ui.first_frame``): Qt's ``Qt`` namespace and the proxy style cost the first frame
    about 25 ms."""
    from .first_frame import after_first_frame

    def finish() -> None:
        _install_now(app, high_contrast, system_high_contrast())

    after_first_frame(window, finish)


def ensure_installed(app: QApplication, high_contrast: bool = False) -> None:
    """The whole theme, if the first window's frame did not bring it yet (the main window
    shown without a first window painted before it)."""
    from . import focus_frame

    if focus_frame.tracker(app) is None:
        _install_now(app, high_contrast, system_high_contrast())


def _install_now(app: QApplication, high_contrast: bool, system: bool) -> colours.Colours:
    from . import focus_frame
    from .common import alt_letters

    focus_frame.install(app)
    alt_letters.install(app)   # with the focus frame: both follow the focus app-wide
    return _set_palette(app, high_contrast, system)


def _set_palette(app: QApplication, high_contrast: bool, system: bool) -> colours.Colours:
    before = colours.current()
    if system:
        app.setPalette(QPalette())  # the system's own colours, not overridden
        scheme = _from_palette(app.palette())
    else:
        scheme = colours.HIGH_CONTRAST if high_contrast else colours.LIGHT
        app.setPalette(qpalette(scheme))
    colours.use(scheme)
    if scheme != before:
        _restyle(app)
    return scheme


COLOUR_STYLE = "ssa_colour_style"  # a widget's style sheet template ($ok, $error, …)


def colour_style(widget, template: str) -> None:
    """Style ``widget`` by ``template``, a style sheet whose ``$name`` are fields of the
    current ``colours`` (``"color: $ok;"``); styled anew when the colours change."""
    from string import Template

    widget.setProperty(COLOUR_STYLE, template or None)
    widget.setStyleSheet(Template(template).substitute(colours.current()._asdict()))


def _restyle(app: QApplication) -> None:
    """The colours changed while the program runs („Hoher Kontrast“): every widget
    styled by ``colour_style`` takes the new colours, and every style sheet that names
    ``palette(…)`` is read again (Qt resolves those once: a selection kept the old
    colour until a restart)."""
    from string import Template

    values = colours.current()._asdict()
    for widget in app.allWidgets():
        template = widget.property(COLOUR_STYLE)
        if template:
            widget.setStyleSheet(Template(template).substitute(values))
        elif "palette(" in (sheet := widget.styleSheet()):
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _quick_high_contrast() -> bool:
    """The system check without Qt's ``Qt`` namespace: Windows' own setting; elsewhere
    the full check follows after the first frame."""
    return sys.platform == "win32" and _windows_high_contrast()


def uninstall(app: QApplication) -> None:
    """Back to plain Fusion and the default palette (tests)."""
    from . import focus_frame
    from .common import alt_letters

    focus_frame.uninstall(app)
    alt_letters.uninstall(app)
    app.setPalette(QPalette())
    colours.use(colours.LIGHT)


def __getattr__(name: str):
    """The focus frame's parts, for the tests and screenshots that reach them through
    ``theme`` (``ui.focus_frame`` holds them; imported when first asked for)."""
    if name in ("FocusStyle", "FocusRing", "tracker", "frame_parent", "ring_target", "FRAME"):
        from . import focus_frame

        return getattr(focus_frame, name)
    raise AttributeError(name)
