"""Main window behaviour on the test vault: areas, placeholders, shortcuts, dialogs, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from ssa_desktop.services.operations import DataKind
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import areas as areas_module
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.area import Area
from ssa_desktop.ui.common.autolock import AutoLock
from ssa_desktop.ui.common.clipboard import copy_sensitive
from ssa_desktop.ui.registry import Entry
from ssa_desktop.ui.shell import main_window as mw
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.support import questions
from tests.support.main_windows import shown_main_window

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return shown_main_window(ctx, qtbot, tmp_path)


def test_sidebar_lists_every_area_and_keyboard_moves(window, qtbot):
    items = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert items == [spec.title for spec in AREAS]
    assert window.sidebar.accessibleName() == "Bereiche"
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key_Down)
    assert window.current_area_key() == AREAS[1].key
    assert window.stack.currentWidget() is window.areas[AREAS[1].key]


def test_an_area_whose_module_is_missing_is_a_bug_and_raised(ctx, qtbot, monkeypatch):
    def ghost(ctx):
        from ssa_desktop.ui.ghost.area import GhostArea  # no such module
        return GhostArea(ctx)

    fake = [AREAS[0], Entry("ghost", "Geister", ghost)]
    monkeypatch.setattr(mw, "AREAS", fake)
    win = MainWindow(ctx, None, store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(win)
    with pytest.raises(ModuleNotFoundError):
        win.area_widget("ghost")
    assert areas_module.AREAS is not fake  # the registry itself is untouched


def test_every_area_imports_and_opens(window):
    assert [spec.key for spec in AREAS] == [
        "overview", "persons", "appointments", "groups", "open_offers", "network", "time",
        "statistics", "privacy", "settings"]
    for index, spec in enumerate(AREAS):
        widget = window.area_widget(spec.key)
        assert widget is window.stack.widget(index), spec.key
        assert isinstance(widget, Area) and widget.accessibleName() == spec.title, spec.key
        # every area refreshes on the typed kinds of data it shows, and only on those
        assert widget.watches and all(isinstance(k, DataKind) for k in widget.watches)


def test_navigate_opens_record(window, ctx, monkeypatch):
    from ssa_desktop.ui.settings.area import SettingsArea

    seen = []
    # on the class: the area she left is taken apart and built again (Area.rebuilt_when_left)
    monkeypatch.setattr(SettingsArea, "open_record", lambda _area, rid: seen.append(rid))
    window.show_area("settings")
    window.show_area("overview")
    ctx.open_record("settings", "abc123")
    assert window.current_area_key() == "settings"
    assert seen == ["abc123"]


def test_status_message_and_permanent_hints(window, ctx):
    ctx.status_message.emit("Kontakt gespeichert.")
    assert window.statusBar().currentMessage() == "Kontakt gespeichert."
    assert window.shortcut_label.text() == mw.SHORTCUT_HINT
    assert window.shortcut_label.isVisible()


def test_ctrl_n_and_ctrl_k_open_the_feature_dialogs(window, qtbot):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window._quick_entry
    assert dialog is not None and dialog.isVisible()
    assert type(dialog).__name__ == "QuickEntryDialog"
    dialog.close()
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    assert type(window._search).__name__ == "SearchDialog" and window._search.isVisible()
    window._search.close()
    window.search_button.click()
    assert window._search.isVisible()


def test_lock_hides_open_dialogs_and_clears_clipboard(window, ctx, qtbot):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window._quick_entry
    copy_sensitive("K-17", clear_after_ms=60_000)
    # Ctrl+L works while the dialog has the focus (application-wide shortcut)
    dialog.activateWindow()
    window.lock_action.trigger()
    assert not ctx.is_unlocked
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert window.vault_label.text() == "Tresor: gesperrt"
    assert not window.quick_entry_action.isEnabled()
    assert window.open_quick_entry() is None  # nothing opens while locked
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())


def test_lock_screen_button_reopens_unlock_dialog(window, ctx, qtbot):
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    window.unlock_dialog.reject()
    assert not ctx.is_unlocked
    window.lock_screen.button.click()
    dialog = window.unlock_dialog
    assert dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=60000)
    assert window.current_area_key() == "overview"


def test_shortcuts_help_lists_everything(window):
    table = dict(window.shortcut_table())
    assert table["Strg+N"].startswith("Kontakt erfassen")
    assert table["Strg+L"].startswith("Sperren")
    assert table["Strg+1"] == "Übersicht" and table["Strg+0"] == "Einstellungen"
    window.show_shortcuts()
    label = window._shortcuts_dialog.findChild(QLabel)
    assert "Strg+K" in label.text()
    window._shortcuts_dialog.reject()


def test_title_never_changes(window):
    window.setWindowTitle("K-17 Kim Sommer")
    assert window.windowTitle() == mw.WINDOW_TITLE


def test_run_gui_with_remembered_key_reaches_main_window(open_vault, qapp, monkeypatch,
                                                         _isolated_home):
    from ssa_desktop import app as app_module

    # the keychain is asked in child processes (storage.keychain): a keyring backend in
    # a JSON file that every child of this test reads
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("SSA_TEST_KEYRING_FILE", str(_isolated_home / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.chdir(ROOT)
    store = DeviceKeyStore()
    assert open_vault.remember_on_device(store)
    folder = open_vault.vault.folder
    open_vault.lock()
    seen = {}
    ended = questions.looking()   # a start that failed leaves no looker for a later window

    def close_main():
        if ended:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen["title"] = widget.windowTitle()
                seen["unlocked"] = widget.ctx.is_unlocked
                # the program's icon, set after the first window's frame (app.finish_start)
                seen["icon"] = [s.width() for s in widget.windowIcon().availableSizes()]
                # the start's unlock window is deleted once she is in (no hidden window
                # left readable on the accessibility bus)
                seen["unlock windows"] = [w for w in QApplication.topLevelWidgets()
                                          if type(w).__name__ == "UnlockDialog"]
                widget.close()
                return
        QTimer.singleShot(50, close_main)

    QTimer.singleShot(50, close_main)
    original = AutoLock.__init__
    made = []

    def spy(self, ctx, **kw):
        made.append(kw)
        original(self, ctx, **kw)
        seen["ctx_autolock"] = getattr(ctx, "autolock", None)

    monkeypatch.setattr(AutoLock, "__init__", spy)
    qapp.setWindowIcon(QIcon())  # none yet: the start sets it
    assert app_module.run_gui(folder) == 0
    assert made == [{"idle_minutes": 5, "lock_on_power_events": True}]
    seen.pop("ctx_autolock", None)
    assert seen == {"title": mw.WINDOW_TITLE, "unlocked": True, "unlock windows": [],
                    "icon": [256]}
    from ssa_desktop.ui import theme

    style = qapp.style()  # Fusion with the visible focus frame (ui/theme.py)
    themed = isinstance(style, theme.FocusStyle) and style.baseStyle().name().lower()
    theme.uninstall(qapp)  # the next tests start from plain Fusion again
    assert themed == "fusion"
    assert qapp.applicationName() == "SSA Desktop"
    assert Vault(folder).unlock(PASSPHRASE) is not None


def test_build_unlock_window_is_light(qtbot, open_vault):
    import sys

    from ssa_desktop.app import build_unlock_window

    _app, dialog = build_unlock_window(open_vault.vault.folder, demo_passphrase="x y z",
                                       store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(dialog)  # deleted after the test, its first-frame watch with it
    try:
        assert dialog.isVisible() and "x y z" in dialog.demo_label.text()
        assert isinstance(dialog, QDialog)
    finally:
        dialog.reject()
    # the unlock path imports neither reportlab nor a feature service: only the light
    # session service (with the vault rules it shares with the CLI)
    import subprocess

    light = ("ssa_desktop.services", "ssa_desktop.services.session",
             "ssa_desktop.services.vault_admin", "ssa_desktop.services.operations")
    code = ("import sys; from ssa_desktop.ui.vault import unlock; import ssa_desktop.app;"
            " bad=[m for m in sys.modules if m.startswith(('reportlab','ssa_desktop.services'))"
            f" and m not in {light!r}];"
            " print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout
    assert out.strip() == "[]"


def test_english_falls_back_to_german_without_qm(qapp, monkeypatch, tmp_path):
    from ssa_desktop import app as app_module

    monkeypatch.setattr(app_module, "TRANSLATIONS_DIR", tmp_path)
    assert app_module.install_translation(qapp, "en") == "de"
    assert app_module.install_translation(qapp, "de") == "de"


def test_tab_walks_the_top_bar_in_the_order_she_sees_it(window, qtbot):
    """Stoppuhr, Suche, Sperren stand left to right; Tab went Suche → Sperren → Stoppuhr
    (found by a worker trying the keyboard)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.stopwatch_button.setFocus()
    seen = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [window.search_button, window.lock_button]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    assert QApplication.focusWidget() is window.stopwatch_button


@pytest.mark.parametrize("opener", ["open_quick_entry", "open_search", "open_short_contacts"])
def test_a_feature_dialog_she_closed_is_given_up(window, qtbot, opener):
    """Closed with Esc, a feature window is deleted: its widgets (typed text, the persons it
    listed, its window's image) do not wait in memory until the lock. Opening it again
    gives a fresh one; opening and closing it all day keeps none behind."""
    from PySide6.QtTest import QTest

    kinds = set()
    for _ in range(3):
        dialog = getattr(window, opener)()
        assert dialog is not None and dialog.isVisible()
        kinds.add(type(dialog))
        qtbot.waitUntil(dialog.isActiveWindow)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key_Escape)
        assert not dialog.isVisible()
    [kind] = kinds
    qtbot.waitUntil(lambda: window.findChildren(kind) == [])
    assert all(getattr(window, attr) is None
               for attr in ("_quick_entry", "_search", "_short_contacts"))
    again = getattr(window, opener)()
    assert again.isVisible()
