"""GUI entry point: ``run_gui(vault_folder=None, demo_passphrase=None)``.

Order: QApplication (Fusion, system font) → translation → palette and focus frame
(``ui.theme``) → device settings →
AppContext and auto-lock → no vault in the folder: first-run wizard; otherwise the key
remembered on this device, else the unlock dialog → main window.

The unlock path imports only Qt and the light session service (no reportlab, no feature
service), so that the unlock window appears fast; ``build_unlock_window`` exposes exactly that path
for the start-up benchmark.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QDialog

from .paths import resource, translations_dir

APP_NAME = "SSA Desktop"
STYLE_ARGS = ("-style", "Fusion")  # Qt's own option: the style it makes with the application
# Qt's pixmap cache (KiB; Qt's default 10 MiB). Fusion keeps each drawn button, frame and
# gradient there per size and state, and ten areas filled it: ~1.5 MB held all day for
# pixmaps it redraws in microseconds (docs/performance.md)
PIXMAP_CACHE_KB = 512
TRANSLATIONS_DIR = translations_dir()

_translators: list[QTranslator] = []  # must outlive their installation


def make_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The QApplication (created once): Fusion style, the system font, our name, and
    (unless ``icon`` is False: the start sets it after its first frame) our icon."""
    existing = QApplication.instance()
    if existing is None:
        # the style named at construction: ``setStyle`` would hand Python the QStyle it
        # makes, and PySide builds that class's eleven enums before the first frame (4 ms)
        args = list(argv if argv is not None else sys.argv[:1]) or ["ssa-desktop"]
        app = QApplication([*args, *STYLE_ARGS])  # Qt reads options after the program name
        app.setProperty("ssa_owned", True)  # ours to tear down at the end (tear_down)
    else:
        app = cast(QApplication, existing)  # a GUI program's application
        app.setStyle("Fusion")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    if icon:
        install_icon(app)
    from .ui import main_thread_gc

    main_thread_gc.install(app)  # Qt objects are collected on the GUI thread only
    return app


def install_icon(app: QApplication) -> None:
    """The program's icon on every window (title bar, task bar). PySide builds ``QIcon``
    with its 151-member ``ThemeIcon`` and Qt loads its icon engines for it: 3-4 ms of CPU,
    so the start sets it right after its first window's first frame (``finish_start``)."""
    from PySide6.QtGui import QIcon

    icon = resource("icons", "ssa-desktop-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def finish_start(app: QApplication, settings, first_window) -> None:
    """Right after ``first_window``'s first frame: the program's icon, then the focus frame
    and Qt's full high-contrast check (``finish_theme``). ``ensure_finished`` makes up for
    a first window that closed before it was painted."""
    from .ui.first_frame import after_first_frame

    after_first_frame(first_window, functools.partial(install_icon, app))
    finish_theme(app, settings, first_window)


def ensure_finished(app: QApplication, settings) -> None:
    """The icon and the whole theme, if the first window's frame did not bring them (a
    remembered vault opened before its unlock window was painted)."""
    from .ui import theme

    if app.windowIcon().isNull():
        install_icon(app)
    theme.ensure_installed(app, settings.high_contrast)


def install_translation(app: QApplication, language: str) -> str:
    """Load the UI language; return the language actually in use ("de" or "en").

    Source strings are German, so German needs only Qt's own strings (standard
    buttons); English needs ``translations/ssa_desktop_en.qm`` — if that file is
    missing, the UI stays German.
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    in_use = "de"
    if language == "en":
        qm = TRANSLATIONS_DIR / "ssa_desktop_en.qm"
        ours = QTranslator(app)
        if qm.exists() and ours.load(str(qm)):
            app.installTranslator(ours)
            _translators.append(ours)
            in_use = "en"
    if in_use == "de":
        qt = QTranslator(app)
        if qt.load("qtbase_de", qt_dir):
            app.installTranslator(qt)
            _translators.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.German if in_use == "de" else QLocale.Language.English,
                               QLocale.Country.Germany))
    return in_use


def install_theme(app: QApplication, settings) -> None:
    """The palette (``ui.theme``) before the first window: high contrast when chosen in
    Einstellungen, the system's own colours when the system is in a high-contrast mode;
    ``finish_theme`` adds the focus frame after that window's first frame."""
    from .ui import theme

    theme.install_palette(app, high_contrast=settings.high_contrast)


def finish_theme(app: QApplication, settings, first_window) -> None:
    """The focus frame and Qt's full high-contrast check, right after ``first_window``'s
    first frame (``ui.theme.finish_after_first_frame``)."""
    from .ui import theme

    theme.finish_after_first_frame(app, settings.high_contrast, first_window)


def resolve_vault_folder(vault_folder: Path | None, settings) -> Path:
    if vault_folder is not None:
        return Path(vault_folder)
    if settings.vault_folder is not None:
        return settings.vault_folder
    from .services.session import default_vault_folder

    return default_vault_folder()


def install_excepthook():
    """Route exceptions that escape a slot or timer to a calm German message.

    The developer log (stderr) gets only the exception's type and frames
    (``diagnostics.log_exception``), never its message, which may hold user text. A
    ``VaultLocked`` from a timer that fired while the vault was locked or busy is no
    error for the user and stays quiet. Returns the previous hook.
    """
    from .diagnostics import log_exception

    previous = sys.excepthook
    showing: list[bool] = []

    def hook(exc_type, exc, tb) -> None:
        if exc is None:
            exc = exc_type()
        if tb is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if isinstance(exc, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log_exception(exc)
        if _is_vault_locked(exc) or showing or QApplication.instance() is None:
            return
        from .ui.common.messages import show_error, user_message

        showing.append(True)  # one message at a time, not a cascade
        try:
            show_error(QApplication.activeWindow(), user_message(exc, log=False))
        finally:
            showing.clear()

    sys.excepthook = hook
    return previous


def _holds_database(folder: Path) -> bool:
    """Whether ``folder`` holds a vault database (the same test as ``Vault.exists``,
    without importing the storage layer before the first window)."""
    return (Path(folder) / "vault.ssadb").exists()


def _is_vault_locked(exc: BaseException) -> bool:
    session = sys.modules.get("ssa_desktop.services.session")  # loaded once a vault is open
    return session is not None and isinstance(exc, session.VaultLocked)


def start_application(make_settings):
    """The application as her start makes it, before its first window: the icon after
    that window's first frame (``finish_start``), her language and her palette; her
    settings (``make_settings()``) read once the application exists, as they always were.
    Returns ``(app, settings)``."""
    app = make_application(icon=False)
    settings = make_settings()
    install_translation(app, settings.language)
    install_theme(app, settings)
    return app, settings


def build_unlock_window(vault_folder: Path | None = None, *, demo_passphrase: str | None = None,
                        store=None, show: bool = True):
    """Create the application and the unlock dialog (shown); return ``(app, dialog)``.
    The same path as ``run_gui`` up to the window (without a ``store`` the keychain is
    asked after the window shows)."""
    from .ui.settings_store import SettingsStore
    from .ui.vault.unlock import UnlockDialog

    app, settings = start_application(SettingsStore)
    folder = resolve_vault_folder(vault_folder, settings)
    dialog = UnlockDialog(folder, store=store, demo_passphrase=demo_passphrase)
    finish_start(app, settings, dialog)
    if show:
        dialog.show()
    return app, dialog


def run_gui(vault_folder: Path | None = None, *, demo_passphrase: str | None = None) -> int:
    """Run the desktop application; return the process exit code.

    The unlock window comes first and imports only Qt and what draws it; the session
    service, the keychain (asked by the window once it is shown) and everything the main
    window needs follow after (``tests/ui/shell/test_start_path.py``).
    """
    from .ui.settings_store import SettingsStore

    app, settings = start_application(SettingsStore)
    folder = resolve_vault_folder(vault_folder, settings)
    guard = _claim_window(folder)
    if isinstance(guard, int):
        return guard  # the running window came forward (0), or the vault is in use (1)
    try:
        return _run_claimed(app, guard, folder, vault_folder, settings, demo_passphrase)
    finally:
        guard.release()


def _claim_window(folder: Path):
    """One window per vault (``services.one_writer.decide_start``, acted on by
    ``ui.single_instance``): this window's guard, or the exit code when a running window
    came forward (0) or the vault is in use or refused (1)."""
    from .ui.single_instance import OpenElsewhere, claim_window

    try:
        return claim_window(folder)
    except OpenElsewhere as other:   # handed over (0) or refused with its reason (1)
        if other.brought_forward:
            return 0
        from .ui.common import messages

        messages.show_error(None, str(other))
        return 1


def _run_claimed(app, guard, folder: Path, vault_folder: Path | None, settings,
                 demo_passphrase: str | None) -> int:
    from .ui import main_thread_gc
    from .ui.single_instance import raise_window

    previous_hook = install_excepthook()
    guard.bring_forward.connect(
        lambda: raise_window(QApplication.activeModalWidget() or _front_window(app)))

    start = _where_to_start(folder, vault_folder, settings)
    if start is None:
        return 0
    new_vault, folder = start
    if new_vault:
        from .services.session import DeviceKeyStore
        from .ui.vault.wizard import FirstRunWizard

        main_thread_gc.freeze_start()  # what the start made lives as long as the program
        store: DeviceKeyStore | None = DeviceKeyStore()
        wizard = FirstRunWizard(folder, store=store, remember_allowed=settings.remember_allowed)
        guard.listen_when_painted(wizard)
        finish_start(app, settings, wizard)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.session is None:
            return 0
        session = wizard.session
        wizard.deleteLater()   # no hidden wizard stays behind (and on the accessibility bus)
        guard.adopt(session.vault.folder)  # held from now on, also while locked
        settings.vault_folder = session.vault.folder
    else:
        from .ui.common import announce
        from .ui.first_frame import after_first_frame
        from .ui.vault.unlock import UnlockDialog

        main_thread_gc.freeze_start()  # what the start made lives as long as the program
        announce.hold_factory()  # the accessibility factory right after the first frame
        dialog = UnlockDialog(folder, demo_passphrase=demo_passphrase, try_remembered=True,
                              remember_allowed=lambda: settings.remember_allowed)
        after_first_frame(dialog, announce.install_factory)
        guard.listen_when_painted(dialog)  # the first frame does not wait for the listener
        finish_start(app, settings, dialog)  # nor for the icon and the focus frame
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
            return 0
        session, store = dialog.session, dialog.store
        dialog.deleteLater()   # taken over: no hidden unlock window stays behind
        guard.adopt(folder)  # another folder she chose where her settings named none
        if vault_folder is None:
            settings.vault_folder = folder
    window, ctx, autolock = open_main_window(app, guard, folder, session, store, settings,
                                             demo_passphrase)
    try:
        return app.exec()
    finally:
        close_main_window(ctx, autolock, settings)
        sys.excepthook = previous_hook
        del window, autolock, ctx
        guard.release()  # the key is wiped: a second start or a command may open it now
        tear_down(app)


def open_main_window(app: QApplication, guard, folder: Path, session, store, settings,
                     demo_passphrase: str | None = None):
    """Her unlocked program after the unlock (or the first-run wizard): the context, the
    idle lock (``AutoLock``: an app-wide input filter and the lid and display watch), the
    main window on ``session``, the icon and the theme, a notice of what the unlock
    rescued. Returns ``(window, ctx, autolock)``; ``close_main_window`` undoes it. The
    one way the window is built: ``_run_claimed`` and the GUI peak benchmark
    (``benchmarks/bench_release.PEAK_RSS_CHILD``) both use it."""
    from .ui.common import announce
    from .ui.common.autolock import AutoLock
    from .ui.context import AppContext

    announce.install_factory()  # held for the unlock window's first frame: the main one needs it
    ctx = AppContext(folder)
    autolock = AutoLock(ctx, idle_minutes=settings.idle_minutes,
                        lock_on_power_events=settings.lock_on_power_events)
    ctx.settings = settings    # read by the settings area (idle minutes, language)
    ctx.autolock = autolock    # the settings area changes the delay live
    settings.sync()

    from .ui.shell.main_window import MainWindow

    ctx.set_session(session)
    window = MainWindow(ctx, settings, store=store, demo_passphrase=demo_passphrase)
    autolock.register_window(window)
    from .ui.common.lifetime import connect_for
    from .ui.common.messages import show_error

    connect_for(window, ctx.vault_damaged, functools.partial(show_error, window))
    window.show()
    guard.listen()  # already listening since the first window's frame, as a rule
    ensure_finished(app, settings)  # likewise the icon and the focus frame
    if session.notices:  # a rescued WAL, leftovers removed at unlock
        from PySide6.QtCore import QTimer

        from .ui.common.messages import show_info

        text = "\n\n".join(session.notices)
        QTimer.singleShot(0, functools.partial(show_info, window, text))
    return window, ctx, autolock


def close_main_window(ctx, autolock, settings) -> None:
    """Undo ``open_main_window`` once her event loop has ended: a running re-key or
    backup finishes before the key is wiped, the idle lock's app-wide filter goes."""
    from .ui.background import wait_for_all

    wait_for_all()
    ctx.lock(force=True)
    autolock.stop()
    settings.sync()


def _where_to_start(folder: Path, vault_folder: Path | None,
                    settings) -> tuple[bool, Path] | None:
    """``(new vault, folder)``: the first-run wizard where no vault lies in ``folder``,
    else its unlock window. In a temporary profile a vault at the same place in her real
    profile is opened instead (``in_real_profile``). When her settings name a folder that
    holds no vault on this device (settings from another laptop), or the second backup
    location holds a copy (her folder gone with a deleted profile), she is asked first
    (``VaultElsewhereDialog``, which can bring the vault back from the copy: then its
    unlock window follows); None when she ends the start there."""
    if _holds_database(folder):
        return False, folder
    if vault_folder is None:
        from .services.sync_folders import in_real_profile

        real = in_real_profile(folder)   # a temporary profile: her vault in her own one
        if real is not None and _holds_database(real):
            return False, real
    if vault_folder is not None:
        return True, folder
    from .services.backups import copies_in_second_place

    # her folder may be gone for good (a deleted profile): a copy in the second backup
    # location is offered before a new vault
    copies = copies_in_second_place(settings.second_backup_folder)
    if settings.vault_folder is None and not copies:
        return True, folder
    from .ui.vault.elsewhere import NEW, VaultElsewhereDialog

    dialog = VaultElsewhereDialog(folder, _holds_database, copy=copies[0] if copies else None,
                                  named=settings.vault_folder is not None)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    return dialog.choice == NEW, dialog.folder


def _front_window(app: QApplication):
    """The window a second start brings forward: the visible top-level one (a tooltip,
    as the notice a message is said by, is none)."""
    from PySide6.QtCore import Qt  # not at import: the unlock window's first frame

    shown = [w for w in app.topLevelWidgets() if (w.isVisible() or w.isMinimized())
             and w.windowType() != Qt.WindowType.ToolTip]
    return shown[0] if shown else None


def tear_down(app: QApplication) -> None:
    """Destroy every window and then the application while Python is fully alive.

    Left to the interpreter's exit, Qt destroyed the widgets after Python had begun to
    take its modules apart; the last events (hide, focus out, child removed) then reached
    Python overrides (``eventFilter``, ``event``) of half-deleted wrappers and the
    process ended with "Fatal Python error: bool_dealloc" now and then (exit 134).
    Order: app-wide filters are already gone (``AutoLock.stop``); close and delete the
    top-level windows, deliver their deferred deletes, then shut the application down.
    """
    from PySide6.QtCore import QEvent

    if not app.property("ssa_owned"):
        return  # an application made by someone else (tests) is theirs to end
    for widget in app.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    app.shutdown()
