"""The app under the real accessibility bus, on xcb with the AT-SPI bridge on (run by
tests/ui/a11y/test_real_bus.py): ``unlock`` shows the unlock window of a fresh vault,
``emergency`` its „Mit Notfallschlüssel öffnen“ dialog, ``main`` the main window of a
vault with a school and a pupil, ``carried`` that pupil with a case and a last contact, ``refusal`` and ``settings`` the main
window for a refused quick entry and a refusal on a settings page, ``appointment`` the main window
(the client opens „Neuer Termin“ from Termine), ``person`` the main window with K-17 open (on Verlauf),
``figure`` the main window on Statistik with the focus on the figure „Beratungskontakte“,
``trend`` the „Zielverlauf“ of K-17's goal (her rating and a deputy's) with the focus on
its table, ``security`` the main window on Einstellungen → Sicherheit (the client tabs to
„Passphrase ändern“, opens each secret dialog from there and locks), ``handover`` the main
window on Datenschutz → Vertretung."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person, School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 23)  # the day the app believes it is (as orca_app.py)
# The passphrase of the main window's vault (``_context``), typed there by xdotool: only
# keys of the display's keymap (test_orca.py, ``TYPEABLE``), so no „ü“ as in PASSPHRASE
KEYBOARD_PASSPHRASE = "Lindenbluete-Kastanie-47"


def _unlock(folder: Path):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    return UnlockDialog(folder, kdf_params=FAST_KDF)


def _emergency(folder: Path):
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    return EmergencyUnlockDialog(Vault(folder), kdf_params=FAST_KDF)


def _context(folder: Path):
    """An open vault (``KEYBOARD_PASSPHRASE``) with a school and the pupil K-17."""
    from ssa_desktop.ui.context import AppContext

    session, _ = Vault.create(folder, KEYBOARD_PASSPHRASE, params=FAST_KDF)
    repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                             school_type="GMS", id="school-1"))
    repo.PERSONS.insert(session.conn, Person("K-17", gender="w", grade=7, class_label="7b",
                                             school_id="school-1", birth_year=2013))
    ctx = AppContext(folder)
    ctx.set_session(session)
    return ctx


def _main(folder: Path):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    ctx = _context(folder)
    window = MainWindow(ctx, SettingsStore(folder.parent / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    window.resize(1366, 768)
    return window


def _person(folder: Path):
    window = _main(folder)
    pupil = next(p for p in repo.PERSONS.all(window.ctx.conn) if p.pseudonym == "K-17")
    # one contact, so her page opens on Verlauf (a person without contacts opens on Stammdaten)
    repo.CONTACTS.insert(window.ctx.conn, Contact(date(2026, 3, 10), "EB", 30,
                                                  school_id="school-1", person_id=pupil.id))
    window.show_area("persons").open_record(pupil.id)
    return window


def _carried(folder: Path):
    """The main window of a vault whose pupil K-17 has an open case and a last contact
    (Krisenintervention, 71 Min.): quick entry takes them over when she picks K-17."""
    from datetime import date

    from ssa_desktop.domain.entities import Case, Contact

    window = _main(folder)
    conn = window.ctx.conn
    pupil = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "K-17")
    case = repo.CASES.insert(conn, Case(pupil.id, date(2026, 9, 14), school_id="school-1",
                                        title="Schulangst"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 11, 2), "KI", 71, school_id="school-1",
                                       person_id=pupil.id, case_id=case.id))
    return window


def _figure(folder: Path):
    """Statistik, and once its report is computed the focus on „Beratungskontakte“ in
    the form preview (the client then presses Enter)."""
    from PySide6.QtCore import QTimer

    window = _main(folder)
    area = window.show_area("statistics")

    def focus_the_figure():
        if area.report is None:
            QTimer.singleShot(100, focus_the_figure)
            return
        items = [area.form.topLevelItem(i) for i in range(area.form.topLevelItemCount())]
        area.form.setCurrentItem(next(i for i in items if i.text(0).strip() ==
                                      "Beratungskontakte"))
        area.form.setFocus()

    QTimer.singleShot(100, focus_the_figure)
    return window


def _security(folder: Path):
    """Einstellungen → Sicherheit, the focus on its first key button."""
    window = _main(folder)
    area = window.show_area("settings")
    index = next(i for i, spec in enumerate(area.specs) if spec.key == "security")
    area.tabs.setCurrentIndex(index)
    area.page("security")
    return window


def _handover(folder: Path):
    """Datenschutz → Vertretung (its panel of packages)."""
    window = _main(folder)
    area = window.show_area("privacy")
    area.tabs.setCurrentWidget(area.handover)
    return window


def rated_goal(conn, pupil_id: str):
    """A case of the pupil with the goal „Jeden Tag in die Schule“ rated twice: by the
    post holder (06.10.2026, −1) and by her deputy (03.12.2026, 0)."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import goals
    from ssa_desktop.storage import goals_repo

    case = repo.CASES.insert(conn, Case(pupil_id, date(2026, 9, 14), school_id="school-1",
                                        title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, anchor_3="fehlt höchstens einen Tag",
                                            created="2026-09-14 10:00:00"))
    goals.rate(conn, goal.id, -1, date(2026, 10, 6))
    goals_repo.GOAL_RATINGS.insert(conn, g.GoalRating(goal.id, date(2026, 12, 3), 0,
                                                      written_by="Jana Berger (Vertretung)"))
    return goal


def _trend(folder: Path):
    """K-17's page (on Verlauf) in the main window; her case has a goal rated twice
    (``rated_goal``): the client opens its trend by keys, as she does."""
    window = _main(folder)
    conn = window.ctx.conn
    pupil = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "K-17")
    repo.CONTACTS.insert(conn, Contact(date(2026, 3, 10), "EB", 30, school_id="school-1",
                                       person_id=pupil.id))
    rated_goal(conn, pupil.id)
    window.show_area("persons").open_record(pupil.id)
    return window


def main(mode: str, folder: str) -> int:
    from ssa_desktop.ui import theme

    app = QApplication(sys.argv)
    app.setApplicationName("ssa-bus-audit")
    theme.install(app)  # the style and focus frame the app has after its first frame
    # the app's day is set, not the machine's (a run across midnight, a due year change)
    with clock.frozen(TODAY):
        window = {"unlock": _unlock, "emergency": _emergency, "main": _main,
                  "search": _main, "carried": _carried,
                  "refusal": _main, "settings": _main,
                  "appointment": _main, "person": _person, "figure": _figure,
                  "trend": _trend, "security": _security,
                  "handover": _handover}[mode](Path(folder))
        window.show()
        window.activateWindow()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
