"""Render every area (and the main dialogs) with demo data into PNG files.

``ssa-desktop screenshots --out DIR`` calls ``render_screenshots``. The demo vault
lives in a temporary folder that is deleted afterwards; the demo data are invented,
and file names carry only area keys.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from pathlib import Path

SIZE = (1280, 800)
DEMO_PASSPHRASE = "Kastanie-Regenschirm-fliegt-47"

# The dialogs, in file-name order after the areas. Each keeps its number even when it
# cannot be drawn (the handbook links these names: docs/handbuch.md).
DIALOGS = ("quick-entry", "search", "unlock", "wizard", "auskunft", "breach")


def screenshot_names() -> list[str]:
    """The file names ``render_screenshots`` writes: ``NN-<area key>.png``, then the dialogs."""
    from .areas import AREAS

    keys = [spec.key for spec in AREAS] + list(DIALOGS)
    return [f"{number:02d}-{key}.png" for number, key in enumerate(keys, start=1)]


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["ssa-desktop-screenshots"])
        app.setStyle("Fusion")
    return app


def _settle(app, rounds: int = 5) -> None:
    from .background import wait_for_all

    for _ in range(rounds):
        app.processEvents()
    wait_for_all(5000)
    for _ in range(rounds):
        app.processEvents()


def _over_window(window_image, dialog, app):
    """The dialog drawn centred over the dimmed main window, at the screenshot size."""
    from PySide6.QtGui import QColor, QPainter

    dialog.adjustSize()
    dialog.show()
    _settle(app)
    shot = dialog.grab()
    canvas = window_image.copy()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 90))
    x = max(0, (canvas.width() - shot.width()) // 2)
    y = max(0, (canvas.height() - shot.height()) // 2)
    painter.drawPixmap(x, y, shot)
    painter.end()
    dialog.hide()
    return canvas


def render_screenshots(out_dir: Path, *, years: int = 2,
                       high_contrast: bool = False) -> list[Path]:
    """Render every area of ``ui.areas.AREAS`` as ``NN-<key>.png`` (1280×800) plus the
    dialogs of ``DIALOGS`` (names: ``screenshot_names()``), in the application's palette
    (``ui.theme``; the high-contrast one on request)."""
    app = _app()
    from . import theme

    themed_before = theme.tracker(app) is not None
    theme.install(app, high_contrast=high_contrast)
    from ..demo import create_demo_vault
    from ..services.session import DeviceKeyStore, KdfParams
    from .areas import AREAS
    from .context import AppContext
    from .settings_store import SettingsStore
    from .shell.main_window import MainWindow

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fast = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
    workdir = Path(tempfile.mkdtemp(prefix="ssa-screens-"))
    written: list[Path] = []
    session = None
    window = None
    try:
        from keyring.backends import fail

        store = DeviceKeyStore(fail.Keyring())
        session = create_demo_vault(workdir / "tresor", DEMO_PASSPHRASE, years=years, params=fast)
        ctx = AppContext(session.vault.folder)
        ctx.set_session(session)
        settings = SettingsStore(workdir / "settings.ini")
        window = MainWindow(ctx, settings, store=store, kdf_params=fast)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        names = {name.partition("-")[2][:-4]: name for name in screenshot_names()}
        for spec in AREAS:
            window.show_area(spec.key)
            _settle(app)
            path = out_dir / names[spec.key]
            window.grab().save(str(path))
            written.append(path)
        window.show_area(AREAS[0].key)
        _settle(app)
        base = window.grab()

        def dialog_shot(name: str, build, background) -> None:
            try:
                dialog = build()
            except Exception:  # a dialog not built yet must not stop the rest
                traceback.print_exc()
                return
            if dialog is None:
                return
            path = out_dir / names[name]
            _over_window(background, dialog, app).save(str(path))
            written.append(path)
            dialog.close()
            dialog.deleteLater()

        def unlock():
            from .vault.unlock import UnlockDialog
            return UnlockDialog(session.vault, store=store, kdf_params=fast,
                                demo_passphrase=DEMO_PASSPHRASE)

        def wizard():
            from .vault.wizard import FirstRunWizard
            return FirstRunWizard(workdir / "neu", store=store, kdf_params=fast)

        def quick_entry():
            from .quick_entry.dialog import QuickEntryDialog
            return QuickEntryDialog(ctx, parent=window)

        def search():
            from .search.dialog import SearchDialog
            return SearchDialog(ctx, parent=window)

        def auskunft():  # a request for the demo person with the longest Verlauf
            from ..domain import clock
            from ..services import notes, persons, privacy
            from .privacy.auskunft_dialog import AuskunftDialog

            choices = persons.person_choices(ctx.conn)[:40]
            person = max(choices, key=lambda c: len(notes.timeline(ctx.conn, c.id)))
            request = ctx.apply(privacy.open_request, person.id, clock.today())
            dialog = AuskunftDialog(ctx, request.id, parent=window)
            dialog.setMinimumSize(980, 600)  # its own size, not the smallest adjustSize finds
            return dialog

        def breach():  # as opened from the unlock window: no unlocking needed
            from .privacy.breach_dialog import BreachDialog
            return BreachDialog(session.vault.folder)

        dialog_shot("quick-entry", quick_entry, base)
        dialog_shot("search", search, base)
        dialog_shot("auskunft", auskunft, base)
        # The unlock dialog and the wizard appear over the locked window, as in real use:
        # nothing of the documentation is visible behind them.
        window.ctx.lock()
        _settle(app)
        for widget in app.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.hide()
        _settle(app)
        locked = window.grab()
        dialog_shot("unlock", unlock, locked)
        dialog_shot("wizard", wizard, locked)
        dialog_shot("breach", breach, locked)
    finally:
        _tear_down(app, window, session, workdir)
        if not themed_before:
            theme.uninstall(app)
    return written


def _tear_down(app, window, session, workdir: Path) -> None:
    """Close the window and the demo vault (either may not have come to be) and remove
    the working folder."""
    if window is not None:
        if session is not None and session.is_open:
            window.ctx.lock()
        window.close()
        window.deleteLater()
        _settle(app, 2)
    if session is not None:
        session.lock()
    shutil.rmtree(workdir, ignore_errors=True)
