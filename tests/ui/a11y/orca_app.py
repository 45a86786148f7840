"""The app as Orca hears it (run by tests/ui/a11y/test_orca.py): ``unlock``, ``main`` and
``security`` as in ``bus_app.py``; ``person`` the main window on K-17's page (Verlauf); ``wizard`` the
first-run wizard for a new vault; ``statistics`` the main window on Statistik with the
focus on „Als abgegeben markieren“; ``time`` the main window on Arbeitszeit → Wochenraster
of a post at the school, the focus in the grid; ``overview`` the main window (Übersicht)
of a vault with one pupil whose consent allows the hand-over; ``trend`` as in ``bus_app.py`` (K-17's page, a goal rated
twice). In ``overview``, when the key page of „Vertretungspaket erstellen“ shows, the key
goes to stdout (the test's truth for what Orca must not say)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.services.test_handover import _person
from tests.support.vaults import FAST_KDF, PASSPHRASE
from tests.ui.a11y.bus_app import TODAY, _main, _security, _trend, _unlock
from tests.ui.a11y.bus_app import _person as _person_page


def _overview(folder: Path):
    """The main window (Übersicht) of a vault with one pupil whose consent allows the
    hand-over: „Vertretungspaket …“ there opens the dialog as she opens it."""
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                             school_type="GMS", id="school-1"))
    _person(session.conn, "Anna")
    ctx = AppContext(folder)
    ctx.set_session(session)
    window = MainWindow(ctx, SettingsStore(folder.parent / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    window.resize(1366, 768)
    QApplication.instance().focusChanged.connect(_print_the_key_when_shown)
    return window


def _print_the_key_when_shown(_old, _new) -> None:
    """Once „Vertretungspaket erstellen“ is open, its key goes to stdout when the key
    page shows (the test's truth for what Orca must not say)."""
    from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog

    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, DeputyPackageDialog) and not dialog.property("ssa_key_printed"):
        dialog.setProperty("ssa_key_printed", True)
        dialog.pages.currentChanged.connect(
            lambda _page: print(dialog.package.key_text, flush=True))


def _wizard(folder: Path):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    return FirstRunWizard(folder, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
                          location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})


def _focus_when(window, ready, widget_of) -> None:
    """Put the focus on ``widget_of()`` once the window has the keyboard (the test gives it)
    and ``ready()`` holds: before that, the window's own first focus would replace it.
    Asked again from the event loop every 50 ms."""
    from PySide6.QtCore import QTimer

    def focus():
        if not (window.isActiveWindow() and ready()):
            QTimer.singleShot(50, focus)
            return
        widget_of().setFocus()

    QTimer.singleShot(50, focus)


def _persons(folder: Path):
    """The main window of a vault whose pupil K-17 has one contact (her page opens on
    Verlauf)."""
    from ssa_desktop.domain.entities import Contact

    window = _main(folder)
    pupil = next(p for p in repo.PERSONS.all(window.ctx.conn) if p.pseudonym == "K-17")
    repo.CONTACTS.insert(window.ctx.conn, Contact(date(2026, 3, 10), "EB", 30,
                                                  school_id="school-1", person_id=pupil.id))
    return window


def _statistics(folder: Path):
    window = _main(folder)
    area = window.show_area("statistics")
    _focus_when(window, lambda: area.report is not None and area.deliver_button.isEnabled(),
                lambda: area.deliver_button)
    return window


def _time(folder: Path):
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services import setup as setup_service

    window = _main(folder)
    post = setup_service.save_post(window.ctx.conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(window.ctx.conn, post.id, "school-1", 2026, 50)
    area = window.show_area("time")
    area.tabs.setCurrentIndex(area._grid_tab)  # noqa: SLF001 (the tab Alt+W shows)

    def grid_ready() -> bool:
        table = area.grid.table
        if area.report is None or table.model().rowCount() < 3:
            return False
        table.setCurrentIndex(table.model().index(0, 2))  # Mittwoch, the first category
        return True

    _focus_when(window, grid_ready, lambda: area.grid.table)
    return window


def main(mode: str, folder: str) -> int:
    from ssa_desktop.ui import theme

    app = QApplication(sys.argv)
    app.setApplicationName("ssa-orca")
    theme.install(app)  # the style and focus frame the app has after its first frame
    with clock.frozen(TODAY):
        window = {"unlock": _unlock, "main": _main,
                  "person": _person_page,
                  "wizard": _wizard, "statistics": _statistics, "time": _time,
                  "security": _security, "persons": _persons,
                  "overview": _overview, "trend": _trend}[mode](Path(folder))
        window.show()
        window.activateWindow()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
