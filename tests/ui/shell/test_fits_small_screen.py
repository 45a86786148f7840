"""Every area and dialog fits the small screens of school laptops, nothing cut:
1366×768 with its taskbar (1366×728 free) and 1920×1080 at 150 % scaling, i.e. 1280×720
logical pixels with a 32-pixel taskbar (1280×688 free). Qt lays out in logical pixels,
so a window that fits 1280×688 logical fits that laptop. A test fails when a minimum size
does not fit, a tab's text is elided, a button is narrower than its text or a dialog's
title does not fit its title bar. Screenshots for a look: set SSA_SHOTS=/some/folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar, QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, TODAY
from tests.ui.common.mnemonics import clashes

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREENS = {"1366x768": (1366, 728), "1280x720": (1280, 688)}
TITLE_BAR_EXTRA = 140  # icon and the three buttons of a title bar, logical pixels


def _fits(widget: QWidget) -> tuple[int, int]:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def cut_texts(root: QWidget) -> list[str]:
    """Texts that do not fit where they are shown: elided tabs, clipped buttons."""
    QApplication.processEvents()
    found = []
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width() - 1:
                found.append(f"tab „{bar.tabText(i)}“")
        if sum(bar.tabSizeHint(i).width() for i in range(bar.count())) > bar.width():
            found.append(f"tabs „{bar.tabText(bar.count() - 1)}“ scrolled out of sight")
    for button in root.findChildren(QPushButton):
        if not (button.isVisible() and button.text()):
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = button.fontMetrics().horizontalAdvance(text) + 8
        shown = button.visibleRegion().boundingRect()
        if button.width() < needed or shown.width() < button.width() - 1:
            found.append(f"button „{text}“")
    return found


def title_fits(dialog: QWidget) -> bool:
    needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    return dialog.width() >= needed


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request):
    return SCREENS[request.param]


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil, screen):
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(*screen)
    win.show()
    return win


def test_first_window_size_fits_the_free_screen(window):
    size = window.first_size()
    free = window.screen().availableGeometry()
    assert size.width() <= free.width() and size.height() <= free.height()


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_fits(window, screen, key):
    area = window.show_area(key)
    width, height = _fits(window)
    _shot(window, f"area-{key}-{screen[0]}")
    assert width <= screen[0] and height <= screen[1], f"{key}: needs {width}×{height}"
    assert cut_texts(area) == [], key


def test_every_person_tab_fits(window, screen, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
        width, height = _fits(window)
        _shot(window, f"person-tab-{index}-{screen[0]}")
        assert width <= screen[0] and height <= screen[1], (index, width, height)
        assert cut_texts(persons) == [], index


def _request(ctx, pupil):
    from ssa_desktop.domain import clock
    from ssa_desktop.services import privacy

    with clock.frozen(date(2026, 11, 22)):
        return privacy.open_request(ctx.conn, pupil.id, date(2026, 11, 2)).value.id


def _dialogs(ctx, pupil, window):
    from ssa_desktop.domain.entities import Appointment, Post
    from ssa_desktop.services import appointments as appointments_svc
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog
    from ssa_desktop.ui.child_protection.panel import IsefDialog
    from ssa_desktop.ui.consents.panel import ConsentDialog
    from ssa_desktop.ui.persons.case_dialog import CaseDialog
    from ssa_desktop.ui.privacy.auskunft_dialog import AuskunftDialog, NewRequestDialog
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
    from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog
    from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
    from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog
    from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
    from ssa_desktop.ui.search.dialog import SearchDialog
    from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog, EmergencyKeyDialog
    from ssa_desktop.ui.settings.staff_dialog import StaffDialog
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    quick = QuickEntryDialog(ctx, parent=window)
    quick.draft_bar.show()
    quick.form.setRowVisible(quick.new_row_widget, True)
    quick.error.setText("Ein längerer Hinweis, der umbrechen muss, weil er lang ist. " * 3)
    quick.error.show()
    # issue 16.10: the consent, § 8a (ISEF), staff, school-year and slip dialogs too
    post = repo.POSTS.insert(ctx.conn, Post("Stelle Nord", id="post-1"))
    appointments_svc.save_appointment(ctx.conn, Appointment(
        day=TODAY, start="09:40", end="10:10", person_id=pupil.id, room="12"))
    isef = "\n".join(["Anfrage an die insoweit erfahrene Fachkraft (ISEF) – anonymisiert"]
                      + [f"Abschnitt {i}: Beobachtung, Einschätzung und Schutzplan" for i in range(40)])
    return {
        "quick-entry": quick,
        "appointment": AppointmentDialog(ctx, parent=window, day=TODAY),
        "case": CaseDialog(ctx, pupil.id, parent=window),
        "unlock": UnlockDialog(ctx.session.vault, store=DeviceKeyStore(fail.Keyring())),
        "emergency": EmergencyUnlockDialog(ctx.session.vault),
        "short-contacts": ShortContactsDialog(ctx, parent=window),
        "breach": BreachDialog(ctx.session.vault.folder, window),
        "annual-report": AnnualReportDialog(ctx, window),
        "auskunft": AuskunftDialog(ctx, _request(ctx, pupil), window),
        "new-request": NewRequestDialog(ctx, parent=window),
        "search": SearchDialog(ctx, window),
        "change-passphrase": ChangePassphraseDialog(window),
        "emergency-key": EmergencyKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", window),
        "consent": ConsentDialog(ctx, pupil.id, window, today=TODAY),
        "isef": IsefDialog(isef, window),
        "staff": StaffDialog(ctx, post.id, TODAY.year if TODAY.month >= 8 else TODAY.year - 1,
                             window),
        "school-year": SchoolYearDialog(ctx, window, today=TODAY),
        "slip": SlipPrintDialog(ctx, lambda conn: appointments_svc.slips_for_day(conn, TODAY),
                                window),
        "wizard": FirstRunWizard(window.ctx.session.vault.folder.parent / "neu",
                                 store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF),
    }


def test_every_dialog_fits(window, screen, ctx, pupil, qtbot):
    for name, dialog in _dialogs(ctx, pupil, window).items():
        qtbot.addWidget(dialog)
        dialog.show()
        # as the window manager does: never larger than the free screen
        dialog.resize(min(dialog.width(), screen[0]), min(dialog.height(), screen[1]))
        width, height = _fits(dialog)
        _shot(dialog, f"dialog-{name}-{screen[0]}")
        assert clashes(dialog) == {}, name
        assert width <= screen[0] and height <= screen[1], f"{name}: needs {width}×{height}"
        assert cut_texts(dialog) == [], name
        assert title_fits(dialog), f"{name}: title „{dialog.windowTitle()}“ is cut"
        if name == "quick-entry":
            dialog.note.clear()
        dialog.hide()


def test_termine_actions_are_never_clipped_with_a_larger_system_font(ctx, qtbot, tmp_path,
                                                                     pupil):
    """Issue: on a real 1366×768 display the Termine button read "ahrgenommen markier" (the
    X11 font is larger than the offscreen one; eight buttons in one row did not fit)."""
    app = QApplication.instance()
    normal = app.font()
    larger = app.font()
    larger.setPointSizeF(normal.pointSizeF() * 1.3)
    app.setFont(larger)
    free_w, free_h = SCREENS["1366x768"]
    try:
        win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                         store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(win)
        win.resize(free_w, free_h)
        win.show()
        area = win.show_area("appointments")
        qtbot.waitExposed(win)
        _shot(win, "area-appointments-large-font")
        assert _fits(area)[0] <= free_w - win.sidebar.width() - 40
        for button in (area.attended_button, area.missed_button, area.cancelled_button,
                       area.slip_button, area.slips_today_button):
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        app.setFont(normal)


def test_overview_with_data_needs_no_scrolling(qapp, qtbot, tmp_path, screen):
    """Issue 16 item 9: with a worker's data (appointments, § 8a, drafts, deadlines, time
    shares) the Übersicht shows every tile without a scroll bar."""
    from PySide6.QtWidgets import QScrollArea

    from ssa_desktop import demo
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.context import AppContext
    from tests.conftest import PASSPHRASE

    session, _ = Vault.create(tmp_path / "demo", PASSPHRASE, params=FAST_KDF)
    demo.fill_demo(session.conn, years=1)
    context = AppContext(session.vault.folder)
    context.set_session(session)
    win = MainWindow(context, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(*screen)
    win.show()
    area = win.show_area("overview")
    area.refresh()
    qtbot.waitUntil(lambda: area.time_shares.summary is not None, timeout=20_000)
    assert area.appointments.model.rowCount() > 0 and area.time_shares.rows
    QApplication.processEvents()
    _shot(win, f"overview-data-{screen[0]}")
    scroll = area.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0, screen
    context.lock()
