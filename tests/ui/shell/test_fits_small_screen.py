"""Every area and dialog fits the small screens of school laptops, nothing cut:
1366×768 with its taskbar (1366×728 free) and 1920×1080 at 150 % scaling, i.e. 1280×720
logical pixels with a 32-pixel taskbar (1280×688 free). Qt lays out in logical pixels,
so a window that fits 1280×688 logical fits that laptop. A test fails when a minimum size
does not fit, a tab's text is elided, a button is narrower than its text or a dialog's
title does not fit its title bar. Screenshots for a look: set SSA_SHOTS=/some/folder.

At 200 % scaling a 1920×1080 screen is 960×540 logical (960×508 free): there an area or a
dialog may scroll, but nothing may lie out of reach (outside the window with no scroll bar
to bring it in). With demo data, every table's column headers are read whole (section width
against the font metrics of the header text) and, at 1280×720 and up, every column is in
sight without scrolling sideways."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from tests.conftest import FAST_KDF, TODAY
from tests.support.main_windows import demo_main_window, shown_main_window
from tests.ui.common.mnemonics import clashes

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREENS = {"1366x768": (1366, 728), "1280x720": (1280, 688), "960x540": (960, 508)}
# where an area or dialog may scroll (200 %): nothing out of reach, but not all in sight
SCROLLING = {(960, 508)}
# pages longer than any laptop screen by nature: the window's one scroll area scrolls them
# up and down as a whole (no scroll area of their own, tests/ui/a11y/test_no_nested_scroll.py);
# never sideways
LONG = {
    "time → &Auswertung": "Soll/Ist, Zielwerte, Anteile, je Schule und vier Diagramme",
    "statistics → Diagra&mme": "vier Diagramme untereinander, je mindestens 200 px hoch",
    "statistics → Eingabehil&fe": "eine Zeile je Zahl des Formulars (rund 150)",
    "privacy → Regeln und Fristen": "jede Löschregel mit Text und Rechtsgrundlage",
}
TITLE_BAR_EXTRA = 140  # icon and the three buttons of a title bar, logical pixels


def _fits(widget: QWidget) -> tuple[int, int]:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _span(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), top_left.x() + widget.width(), \
        top_left.y() + widget.height()


def shown_size(widget: QWidget) -> tuple[int, int]:
    """How much of ``widget`` (width, height) its parents up to the window leave in
    sight, each axis on its own (a widget beside the window's right edge has its full
    height but no width)."""
    window = widget.window()
    left, top, right, bottom = _span(widget, window)
    parent = widget.parentWidget()
    while parent is not None:
        p_left, p_top, p_right, p_bottom = (0, 0, window.width(), window.height()) \
            if parent is window else _span(parent, window)
        left, top = max(left, p_left), max(top, p_top)
        right, bottom = min(right, p_right), min(bottom, p_bottom)
        if parent is window:
            break
        parent = parent.parentWidget()
    return max(0, right - left), max(0, bottom - top)


def _scrolls_to(widget: QWidget) -> tuple[bool, bool]:
    """Whether a scroll area around ``widget`` can scroll (sideways, up and down)."""
    across = down = False
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent:
            across = across or owner.horizontalScrollBar().maximum() > 0
            down = down or owner.verticalScrollBar().maximum() > 0
        parent = owner
    return across, down


def assert_not_scrolled(area: QWidget, page: str) -> None:
    """``area`` is in sight whole, but a ``LONG`` page that scrolls up and down."""
    across, down = _scrolls_to(area)
    assert not across and (not down or page in LONG), f"{page}: {area.minimumSizeHint()}"


_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea)


def out_of_reach(root: QWidget) -> list[str]:
    """Controls cut by the window's edge (or a parent's) with no scroll bar to reach them."""
    QApplication.processEvents()
    found = []
    for widget in root.findChildren(QWidget):
        if not (isinstance(widget, _CONTROLS) and widget.isVisible()) or widget.isWindow():
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.parentWidget() is not None \
                and isinstance(widget.parentWidget().parentWidget(), QComboBox):
            continue
        shown_w, shown_h = shown_size(widget)
        cut_across = shown_w < min(widget.width(), 60) - 1
        cut_down = shown_h < min(widget.height(), 20) - 1
        if not (cut_across or cut_down):
            continue
        across, down = _scrolls_to(widget)
        if (cut_across and not across) or (cut_down and not down):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__} „{name}“ {shown_w}×{shown_h}"
                         f" of {widget.width()}×{widget.height()}")
    return found


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def cut_columns(root: QWidget, *, in_sight: bool) -> list[str]:
    """Column headers narrower than their text; with ``in_sight`` also columns that lie
    (partly) beyond the table's right edge."""
    QApplication.processEvents()
    found = []
    for view in root.findChildren(QAbstractItemView):
        header = _header(view)
        if header is None or not view.isVisible() or header.isHidden() or view.model() is None:
            continue
        margin = 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header) + 2
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(view.model().headerData(section, Qt.Horizontal, Qt.DisplayRole) or "")
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
            if text and header.sectionSize(section) < needed:
                found.append(f"{view.accessibleName()}: header „{text}“"
                             f" {header.sectionSize(section)} < {needed}")
            right = header.sectionPosition(section) + min(header.sectionSize(section), 80)
            if in_sight and right > view.viewport().width() + 1:
                found.append(f"{view.accessibleName()}: column „{text}“ out of sight")
    return found


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
        cut = shown_size(button)[0] < button.width() - 1 and not any(_scrolls_to(button))
        if button.width() < needed or cut:
            found.append(f"button „{text}“")
    return found


def place(dialog: QWidget, screen: tuple[int, int]) -> None:
    """Size ``dialog`` as a window manager does: at least its minimum (the offscreen
    platform does not enforce it), never larger than the free screen. A dialog whose
    first size follows its contents (``first_size()``, the assistant's columns at large
    text) opens at it where the screen has room; the offscreen screen (800×600) capped the
    size it asked for when it was made."""
    size = dialog.size().expandedTo(dialog.minimumSizeHint()).expandedTo(dialog.minimumSize())
    if hasattr(dialog, "first_size"):
        size = size.expandedTo(dialog.first_size())
    dialog.resize(size.boundedTo(QSize(*screen)))


def title_fits(dialog: QWidget) -> bool:
    needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    return dialog.width() >= needed


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request):
    return SCREENS[request.param]


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil, screen):
    return shown_main_window(ctx, qtbot, tmp_path, screen)


def test_first_window_size_fits_the_free_screen(window):
    size = window.first_size()
    free = window.screen().availableGeometry()
    assert size.width() <= free.width() and size.height() <= free.height()


@pytest.fixture
def demo_window(qapp, qtbot, tmp_path, screen):
    """The main window over a demo vault (a worker's year of invented data)."""
    win = demo_main_window(qtbot, tmp_path, screen)
    yield win
    win.ctx.lock()


def _settle() -> None:
    from ssa_desktop.ui.background import wait_for_all

    QApplication.processEvents()
    wait_for_all(20_000)
    for _ in range(3):  # columns fitted after the data, then after the scroll bars
        QApplication.processEvents()


def assert_fits(root: QWidget, screen: tuple[int, int], what: str) -> None:
    """``root`` (a window) fits ``screen``, nothing cut or out of reach; where the screen
    is too small for it (200 %) it may scroll, else every column is in sight."""
    width, height = _fits(root)
    assert width <= screen[0] and height <= screen[1], f"{what}: needs {width}×{height}"
    assert cut_texts(root) == [], what
    assert out_of_reach(root) == [], what
    assert cut_columns(root, in_sight=screen not in SCROLLING) == [], what


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_fits(demo_window, screen, key):
    area = demo_window.show_area(key)
    _settle()
    _shot(demo_window, f"area-{key}-{screen[0]}")
    assert_fits(demo_window, screen, key)
    if screen not in SCROLLING:  # in sight whole: the area needs no scrolling of its own
        tabs = getattr(area, "tabs", None)
        page = f"{key} → {tabs.tabText(tabs.currentIndex())}" if tabs is not None else key
        assert_not_scrolled(area, page)


def _person_with_everything(conn) -> str:
    """A demo pupil with consents and a § 8a procedure (the widest person tabs)."""
    from ssa_desktop.storage import repositories as repo

    with_consent = {c.person_id for c in repo.CONSENTS.all(conn)}
    for procedure in repo.CP_PROCEDURES.all(conn):
        if procedure.person_id in with_consent:
            return procedure.person_id
    return repo.CP_PROCEDURES.all(conn)[0].person_id


def test_every_person_tab_fits(demo_window, screen):
    persons = demo_window.show_area("persons")
    persons.open_record(_person_with_everything(demo_window.ctx.conn))
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
        _settle()
        _shot(demo_window, f"person-tab-{index}-{screen[0]}")
        assert_fits(demo_window, screen, persons.page.tabs.tabText(index))
        if screen not in SCROLLING:
            assert not any(_scrolls_to(persons)), persons.page.tabs.tabText(index)


def test_groups_show_titles_and_the_pane_whole(demo_window, screen):
    """Issue 31.10: at 1280×720 the group list showed "S…" for every title, and the pane
    beside it needed scrolling to reach "Sitzung entfernen"."""
    area = demo_window.show_area("groups")
    area.list_view.selectRow(0)
    _settle()
    view = area.list_view
    assert view.model().rowCount() > 0
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        text = str(index.data(Qt.DisplayRole))
        needed = view.fontMetrics().horizontalAdvance(text) + 6
        assert view.visualRect(index).width() >= min(needed, 150), text
    if screen not in SCROLLING:   # the pane whole, nothing scrolled (the window's scroll)
        button = area.remove_session_button
        assert not any(_scrolls_to(button))
        assert shown_size(button) == (button.width(), button.height())


def _request(ctx, pupil):
    from ssa_desktop.domain import clock
    from ssa_desktop.services import privacy

    with clock.frozen(date(2026, 11, 22)):
        return privacy.open_request(ctx.conn, pupil.id, date(2026, 11, 2)).id


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
        "consent": ConsentDialog(ctx, pupil.id, window),
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
        place(dialog, screen)
        _shot(dialog, f"dialog-{name}-{screen[0]}")
        assert clashes(dialog) == {}, name
        assert_fits(dialog, screen, name)
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
        win = shown_main_window(ctx, qtbot, tmp_path, (free_w, free_h))
        area = win.show_area("appointments")
        qtbot.waitExposed(win)
        _shot(win, "area-appointments-large-font")
        assert _fits(area)[0] <= free_w - win.sidebar.width() - 40
        for button in (area.attended_button, area.missed_button, area.cancelled_button,
                       area.slip_button, area.slips_today_button):
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        app.setFont(normal)


@pytest.mark.parametrize("size", [SCREENS["1366x768"], SCREENS["1280x720"]],
                         ids=["1366x768", "1280x720"])
def test_overview_with_data_needs_no_scrolling(qapp, qtbot, tmp_path, size):
    """Issue 16 item 9: with a worker's data (appointments, § 8a, drafts, deadlines, time
    shares) the Übersicht shows every tile without a scroll bar (the tiles scroll with
    the window's area, in no scroll area of their own)."""
    win = demo_main_window(qtbot, tmp_path, size)
    context = win.ctx
    area = win.show_area("overview")
    area.refresh()
    qtbot.waitUntil(lambda: area.time_shares.summary is not None, timeout=20_000)
    assert area.appointments.model.rowCount() > 0 and area.time_shares.rows
    QApplication.processEvents()
    _shot(win, f"overview-data-{size[0]}")
    scroll = win.findChild(QAbstractScrollArea, "areaScroll")
    assert scroll.verticalScrollBar().maximum() == 0, size
    assert scroll.horizontalScrollBar().maximum() == 0, size
    context.lock()


@pytest.fixture
def large_text(qapp):
    """Text at 200 % (the system's text size at its largest, or a worker's choice): the
    application font doubled while the test runs."""
    normal = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(larger)
    yield
    qapp.setFont(normal)


LARGE_TEXT_SCREEN = (1920, 1040)  # 1920×1080 at 100 % with its taskbar


def test_every_area_and_dialog_is_whole_with_text_at_200_percent(large_text, ctx, pupil, qtbot,
                                                                  tmp_path):
    """Issue 30.7: with the text at 200 % every area and dialog shows its texts whole;
    what does not fit the screen scrolls, nothing lies out of reach."""
    SCROLLING.add(LARGE_TEXT_SCREEN)
    try:
        win = demo_main_window(qtbot, tmp_path, LARGE_TEXT_SCREEN)
        sidebar = win.sidebar
        assert sidebar.horizontalScrollBar().maximum() == 0
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            needed = sidebar.fontMetrics().horizontalAdvance(item.text())
            rect = sidebar.visualItemRect(item)
            assert rect.width() >= needed + 20 and rect.right() < sidebar.viewport().width(), \
                item.text()
        for spec in AREAS:
            win.show_area(spec.key)
            _settle()
            _shot(win, f"large-text-area-{spec.key}")
            assert_fits(win, LARGE_TEXT_SCREEN, spec.key)
        for name, dialog in _dialogs(ctx, pupil, win).items():
            qtbot.addWidget(dialog)
            dialog.show()
            place(dialog, LARGE_TEXT_SCREEN)
            _shot(dialog, f"large-text-dialog-{name}")
            assert_fits(dialog, LARGE_TEXT_SCREEN, name)
            dialog.hide()
        persons = win.show_area("persons")
        persons.open_record(_person_with_everything(win.ctx.conn))
        for index in range(persons.page.tabs.count()):
            persons.page.tabs.setCurrentIndex(index)
            _settle()
            _shot(win, f"large-text-person-tab-{index}")
            assert_fits(win, LARGE_TEXT_SCREEN, persons.page.tabs.tabText(index))
        win.ctx.lock()
    finally:
        SCROLLING.discard(LARGE_TEXT_SCREEN)


def _pages(area: QWidget) -> list:
    """The tab widgets and side tabs (Datenschutz, Einstellungen) of an area."""
    from PySide6.QtWidgets import QTabWidget

    from ssa_desktop.ui.common.side_tabs import SideTabs

    return [w for w in area.findChildren(QWidget) if isinstance(w, QTabWidget | SideTabs)]


@pytest.mark.parametrize("key", [spec.key for spec in AREAS
                                 if spec.key not in ("overview", "persons")])
def test_every_page_of_every_area_fits(demo_window, screen, key):
    """Every tab and every side page of an area, not only the first one."""
    area = demo_window.show_area(key)
    _settle()
    seen = set()
    for tabs in _pages(area):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle()
            name = f"{key} → {tabs.tabText(index)}"
            _shot(demo_window, f"page-{key}-{index}-{screen[0]}")
            assert_fits(demo_window, screen, name)
            if screen not in SCROLLING:
                assert_not_scrolled(area, name)


def test_groups_pane_fits_1280x720_with_a_desktop_font(qapp, qtbot, tmp_path):
    """Issue 31.10 was seen on a real X11 desktop, whose font is about 12 % larger than
    the offscreen platform's: the Gruppen pane needs no scrolling there either."""
    normal = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(normal.pointSizeF() * 1.12)
    qapp.setFont(larger)
    try:
        win = demo_main_window(qtbot, tmp_path, SCREENS["1280x720"])
        area = win.show_area("groups")
        _settle()
        _shot(win, "area-groups-1280-desktop-font")
        button = area.remove_session_button
        assert shown_size(button) == (button.width(), button.height())
        assert not any(_scrolls_to(area))
        win.ctx.lock()
    finally:
        qapp.setFont(normal)


def test_tab_brings_a_control_beyond_the_edge_into_sight_at_200_percent(qapp, qtbot, tmp_path):
    """Issue 30.7: at 960×540 logical the Gruppen form lies beyond the window's edge (below
    the list since it does not fit beside it, test_whole_windows.py); Tab to one of its
    fields scrolls the area so that the field is in sight."""
    from PySide6.QtTest import QTest

    win = demo_main_window(qtbot, tmp_path, SCREENS["960x540"])
    qtbot.waitExposed(win)
    area = win.show_area("groups")
    area.list_view.selectRow(0)
    _settle()
    target = area.note_edit  # the form's last field
    assert target.isEnabled() and shown_size(target) != (target.width(), target.height())
    area.new_button.setFocus()  # the last control of the list side (the list keeps Tab)
    for _ in range(40):
        if QApplication.focusWidget() is target:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is target
    _settle()
    assert shown_size(target) == (target.width(), target.height())
    # a mnemonic (Alt+O, „Notiz“) from the list side brings its field into sight too
    area.new_button.setFocus()
    scroll = win.findChild(QAbstractScrollArea, "areaScroll")
    scroll.horizontalScrollBar().setValue(0)
    scroll.verticalScrollBar().setValue(0)
    _settle()
    assert shown_size(target) != (target.width(), target.height())
    QTest.keyClick(area.new_button, Qt.Key_O, Qt.AltModifier)
    assert QApplication.focusWidget() is target
    _settle()
    assert shown_size(target) == (target.width(), target.height())
    win.ctx.lock()
