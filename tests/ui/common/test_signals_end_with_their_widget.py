"""A widget taken apart hears nothing more from the context: a lock, a change or a new day
after Datenschutz was taken apart called a deleted message line's ``clear`` while anything
still held its Python wrapper (PySide keeps a Python method connected as long as its
wrapper lives; CI went red at a lock: „Internal C++ object (MessageLine) already
deleted“). Every connection to the context's signals ends with its widget
(``ui.common.lifetime.connect_for``)."""

from __future__ import annotations

import ast
import weakref
from pathlib import Path

import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import SIGNAL, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from ssa_desktop.services.operations import Changes, DataKind
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.common.autolock import AutoLock
from ssa_desktop.ui.common.fit_scroll import FitScroll
from ssa_desktop.ui.common.lifetime import connect_for
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.ui.shell.test_area_places import deferred_deletions, switch, taken_apart
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)

UI = Path(__file__).resolve().parents[3] / "ssa_desktop" / "ui"


class _Sender(QObject):
    said = Signal()


class _Line(QLabel):
    def clear(self) -> None:  # a Python method, as MessageLabel.clear
        self.setText(self.text() + "")


def test_a_deleted_widget_is_not_called(qtbot):
    sender, parent = _Sender(), QWidget()
    line = _Line(parent)
    calls: list[str] = []
    connect_for(line, sender.said, lambda: calls.append(line.text()))
    connect_for(line, sender.said, line.clear)
    sender.said.emit()
    assert calls == [""]
    shiboken6.delete(parent)
    assert not shiboken6.isValid(line)        # the wrapper lives on, held here
    sender.said.emit()                          # raised in ``clear`` before
    assert calls == [""]


@pytest.mark.usefixtures("frozen_clock")
def test_datenschutz_taken_apart_hears_no_lock(window, ctx, qtbot):  # noqa: F811
    area = switch(window, qtbot, "privacy")
    tools = area.page("tools")
    line = tools.status                         # held, as a pending callback holds it
    ref = weakref.ref(area)
    del area, tools
    switch(window, qtbot, "persons")
    taken_apart(qtbot, ref, window)
    deferred_deletions()
    assert not shiboken6.isValid(line)
    ctx.changes.emit(Changes(frozenset(DataKind)))
    ctx.day_changed.emit()
    ctx.lock()                                   # raised in the line's ``clear`` before


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _raised_after_deletion(qtbot, *, straight: bool) -> str:
    """What a focus change raises once a line is deleted whose lambda and ``clear`` (an
    override of QLabel's slot) hear the application's focus: connected straight or
    through ``connect_for``."""
    app, field, parent = _app(), QLineEdit(), QWidget()
    qtbot.addWidget(field)
    line = _Line(parent)
    slots = (lambda _old, _new: line.clear(), line.clear)
    made = [app.focusChanged.connect(slot) for slot in slots] if straight else []
    for slot in () if straight else slots:
        connect_for(line, app.focusChanged, slot)
    shiboken6.delete(parent)
    try:
        with qtbot.capture_exceptions() as raised:
            app.focusChanged.emit(None, field)
    finally:
        for connection in made:
            QObject.disconnect(connection)
    return " / ".join(str(error) for _kind, error, _tb in raised)


def test_a_lambda_on_the_application_outlives_its_widget(qtbot):
    """Why the application's signals go through ``connect_for`` as well: PySide 6.12 keeps
    a lambda, a ``partial`` or a Python override of a Qt slot (``clear``, ``reject``)
    connected after Qt deleted the widget it calls (a plain method or a ``@Slot`` it
    drops: the three tests below were green before ``connect_for`` too)."""
    said = _raised_after_deletion(qtbot, straight=True)
    assert said.count("Internal C++ object (_Line) already deleted") == 2
    assert _raised_after_deletion(qtbot, straight=False) == ""


def test_a_scroll_area_taken_apart_follows_no_focus(qtbot):
    """Every dialog's and area's ``FitScroll`` follows the application's focus; deleted
    (a dialog on close, an area taken apart) while its wrapper is held, it hears none."""
    dialog = QWidget()
    scroll = FitScroll(QWidget(), dialog)      # held, as a pending callback holds it
    shiboken6.delete(dialog)
    assert not shiboken6.isValid(scroll)
    field = QLineEdit()
    qtbot.addWidget(field)
    _app().focusChanged.emit(None, field)     # would raise in ``_focus_changed``


def test_a_main_window_deleted_hears_no_window_change(ctx, tmp_path):
    """The main window follows which window has the focus (Strg+L/Strg+Q beside a second
    vault's window); deleted, it hears no more of it."""
    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    shiboken6.delete(window)                   # the wrapper stays, held here
    assert not shiboken6.isValid(window)
    _app().focusWindowChanged.emit(None)      # would raise in ``_own_application_keys``


def test_an_autolock_deleted_hears_no_session_end(ctx):
    """The auto-lock is the context's child: deleted with it (a test's context, a second
    vault's), the desktop's session end reaches it no more (Qt cannot emit this signal
    without a session manager: its receivers are counted)."""
    request = SIGNAL("commitDataRequest(QSessionManager&)")
    before = _app().receivers(request)
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    assert _app().receivers(request) == before + 1
    shiboken6.delete(lock)                     # the wrapper stays, held here
    assert _app().receivers(request) == before


def _context_connections(tree: ast.AST) -> list[int]:
    """Lines of ``<...>ctx.<signal>.connect(...)`` calls."""
    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)):
            owner = node.func.value.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "ctx":
                lines.append(node.lineno)
    return lines


def test_no_context_signal_is_connected_straight():
    package = UI.parent   # app.py too: it connects the main window to the context
    found = [f"{path.relative_to(package)}:{line}" for path in sorted(package.rglob("*.py"))
             for line in _context_connections(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


# the application's, its screens', its clipboard's and its style hints' signals: every
# widget and dialog dies before them
APP_SIGNALS = frozenset({
    "focusChanged", "focusWindowChanged", "focusObjectChanged", "commitDataRequest",
    "saveStateRequest", "applicationStateChanged", "aboutToQuit", "lastWindowClosed",
    "paletteChanged", "fontChanged", "fontDatabaseChanged", "layoutDirectionChanged",
    "screenAdded", "screenRemoved", "primaryScreenChanged", "colorSchemeChanged",
    "geometryChanged", "availableGeometryChanged", "logicalDotsPerInchChanged",
    "physicalDotsPerInchChanged", "orientationChanged", "contrastPreferenceChanged"})
APP_OWNERS = frozenset({"instance", "globalInstance", "clipboard", "primaryScreen", "screen",
                        "screens", "styleHints", "accessibility"})
# straight connections that need none: (file, signal) and why
ALLOWED = {
    ("common/alt_letters.py", "focusChanged"):
        "the receiver is the application's own child; uninstall disconnects first",
    ("focus_frame.py", "focusChanged"):
        "the receiver is the application's own child; uninstall disconnects first",
    ("common/announce.py", "focusWindowChanged"): "a module function: no widget to outlive",
}
APP = UI.parent


def _owned_by_the_application(owner: ast.expr) -> bool:
    """``app``, ``self.app``, ``X.instance()``, ``cast(T, X.instance())``, ``.clipboard()`` …"""
    if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "cast":
        return _owned_by_the_application(owner.args[-1])
    if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Attribute):
        return owner.func.attr in APP_OWNERS
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return name in ("app", "qapp", "application")


def _application_connections(tree: ast.AST) -> list[tuple[int, str]]:
    """``(line, signal)`` of each straight ``.connect`` to the application's signals."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)):
            signal = node.func.value
            if signal.attr in APP_SIGNALS or _owned_by_the_application(signal.value):
                found.append((node.lineno, signal.attr))
    return found


def test_the_scan_finds_the_applications_signals():
    code = ("app.focusChanged.connect(f)\nself.app.commitDataRequest.connect(f)\n"
            "cast(QApplication, QApplication.instance()).focusWindowChanged.connect(f)\n"
            "QGuiApplication.clipboard().dataChanged.connect(f)\n"
            "self.screen().geometryChanged.connect(f)\nconnect_for(self, app.focusChanged, f)\n"
            "self.model.dataChanged.connect(f)\nself.button.clicked.connect(f)\n")
    assert [line for line, _signal in _application_connections(ast.parse(code))] == [1, 2, 3, 4, 5]


def test_no_application_signal_is_connected_straight():
    """A widget or dialog hears the application (its focus, a session end, a screen) only
    through ``connect_for``; the few straight ones need no end, and say why (ALLOWED)."""
    found = {(path.relative_to(UI).as_posix() if path.is_relative_to(UI) else path.name, signal):
             line
             for path in sorted(APP.rglob("*.py"))
             for line, signal in _application_connections(
                 ast.parse(path.read_text(encoding="utf-8")))}
    assert sorted(set(found) - set(ALLOWED)) == []
    assert sorted(set(ALLOWED) - set(found)) == []    # an entry no longer needed goes
