"""Every window and dialog at 200 % on the small screens of school laptops: 1280×720 and
1366×768 at 200 % are 640×360 and 683×384 logical pixels. A dialog's frame (title bar,
borders: ui/common/screen_fit.FRAME) takes its share, so a dialog's minimum must fit the
screen less the frame; inside, the form scrolls. Then every control Tab reaches (real key
events) is scrolled into sight whole, as far as the window has room for it.

The dialogs are every dialog class of the UI (test_every_dialog.py proves the list
complete): its BUILDERS, the dialogs of test_audit.py, quick entry, the unlock windows,
the first-run wizard's pages and the deputy window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.common.screen_fit import FRAME
from tests.conftest import FAST_KDF
from tests.ui.a11y.tabwalk import focusable
from tests.ui.a11y.test_audit import DIALOGS
from tests.ui.a11y.test_every_dialog import BUILDERS, _build
from tests.ui.shell.test_fits_small_screen import shown_size

SCREENS = {"1280x720@200": QSize(640, 360), "1366x768@200": QSize(683, 384)}


def _room(screen: QSize) -> QSize:
    return QSize(screen.width() - FRAME.width(), screen.height() - FRAME.height())


def _minimum(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _not_in_sight(window: QWidget) -> list[str]:
    """Tab once round ``window`` (real key events); the controls the focus reached that
    were not in sight whole (or, larger than the window, not as far as it has room)."""
    found: list[str] = []
    controls = focusable(window)
    if not controls:
        return found
    controls[0].setFocus(Qt.TabFocusReason)
    for _ in range(len(controls) + 2):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_Tab)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            continue
        shown_w, shown_h = shown_size(focus)
        if (shown_w < min(focus.width(), 120) - 1 or shown_h < min(focus.height(), 20) - 1):
            name = focus.accessibleName() or type(focus).__name__
            found.append(f"{name} {shown_w}×{shown_h} of {focus.width()}×{focus.height()}")
    return sorted(set(found))


def assert_fits_at_200(window: QWidget, screen: QSize, name: str) -> None:
    room = _room(screen)
    minimum = _minimum(window)
    assert minimum.width() <= room.width() and minimum.height() <= room.height(), \
        f"{name}: needs {minimum.width()}×{minimum.height()}"
    window.resize(room)
    QApplication.processEvents()
    _shot(window, f"{name}-{screen.width()}")
    window.activateWindow()
    assert _not_in_sight(window) == [], name


@pytest.fixture(params=list(SCREENS))
def screen(request):
    return SCREENS[request.param]


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_dialog_fits_at_200_percent(ctx, qtbot, pupil, tmp_path, name, screen):
    dialog = _build(ctx, qtbot, pupil, tmp_path, name)
    assert_fits_at_200(dialog, screen, name)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_audited_dialog_fits_at_200_percent(ctx, qtbot, pupil, vault_dir, name, screen):
    dialog = DIALOGS[name](ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits_at_200(dialog, screen, name)


def test_quick_entry_fits_at_200_percent(ctx, qtbot, pupil, tmp_path, screen):
    """Issue: its minimum was 901×378 logical (1802×756 px at 200 %): Dauer, Speichern,
    Abbrechen and the error line lay beyond a 1280×720 screen's edge."""
    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.error.setText("Bitte eine Person wählen oder „Kurzkontakt ohne Fall“ ankreuzen.")
    dialog.error.show()
    assert_fits_at_200(dialog, screen, "quick-entry")


def test_the_unlock_windows_fit_at_200_percent(qtbot, vault_dir, open_vault, screen):
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog

    for name, dialog in (("unlock", UnlockDialog(vault_dir, kdf_params=FAST_KDF)),
                         ("emergency-unlock", EmergencyUnlockDialog(Vault(vault_dir),
                                                                    kdf_params=FAST_KDF))):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits_at_200(dialog, screen, name)


def test_every_page_of_the_first_run_wizard_fits_at_200_percent(qtbot, tmp_path, screen):
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        assert_fits_at_200(wizard, screen, f"wizard-{type(wizard.page(page_id)).__name__}")
        if page_id != wizard.pageIds()[-1] and wizard.button(QWizard.NextButton).isEnabled():
            wizard.next()


def test_the_deputy_window_fits_at_200_percent(ctx, qtbot, tmp_path, screen):
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.ui.handover.deputy_fixture import WORKDAY, rated_goal_package

    package = rated_goal_package(tmp_path)
    with clock.frozen(WORKDAY):
        window = DeputyWindow(ctx, package.path, package.key_text)
        qtbot.addWidget(window)
        window.show()
        assert_fits_at_200(window, screen, "deputy-window")
        window.tabs.setCurrentWidget(window.goals_page)   # the trend (chart, table) scrolls
        assert_fits_at_200(window, screen, "deputy-window-goals")


def _quick_entry_scroll(dialog):
    from ssa_desktop.ui.common.fit_scroll import FollowingScroll

    return dialog.findChild(FollowingScroll)


def _beyond_the_view(scroll, widgets) -> list[str]:
    """The widgets whose right edge lies beyond the scroll area's viewport."""
    body, view = scroll.widget(), scroll.viewport().width()
    found = []
    for widget in widgets:
        left = widget.mapTo(body, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > view:
            found.append(f"{widget.accessibleName() or type(widget).__name__} "
                         f"{left}+{widget.width()} > {view}")
    return found


def test_quick_entry_does_not_scroll_sideways_at_200_percent(ctx, qtbot, pupil, tmp_path,
                                                             screen):
    """Issue: at 640×360 the Art/Datum/Zeit/Dauer row did not wrap: the form scrolled
    sideways and Dauer lay beyond the right edge."""
    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.resize(_room(screen))
    QApplication.processEvents()
    scroll = _quick_entry_scroll(dialog)
    assert scroll.horizontalScrollBar().maximum() == 0
    when = [dialog.kind_combo, dialog.date_label, dialog.date_field, dialog.time_label,
            dialog.time_edit, dialog.duration, dialog.access_combo, dialog.referral_combo,
            dialog.place_combo, dialog.interpreting_combo]
    assert _beyond_the_view(scroll, when) == []
    # a pseudonym nobody has yet: the row for the new person (Geschlecht, Klasse, Schule)
    QTest.keyClicks(dialog.picker, "Neu-Pseudonym")
    QApplication.processEvents()
    assert dialog.new_row_widget.isVisible()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert _beyond_the_view(scroll, [dialog.new_gender, dialog.new_class,
                                     dialog.new_school]) == []
    # an anonymous short contact: Schule, Geschlecht, Klassenstufe, Anzahl
    dialog.short_check.setFocus(Qt.TabFocusReason)
    QTest.keyClick(dialog.short_check, Qt.Key_Space)
    QApplication.processEvents()
    assert dialog.short_row_widget.isVisible()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert _beyond_the_view(scroll, [dialog.school_combo, dialog.gender_combo,
                                     dialog.grade_spin, dialog.count_spin]) == []


def _row_label(form_layout, widget: QWidget):
    """The label of the form row that holds ``widget`` (or None)."""
    while widget is not None:
        label = form_layout.labelForField(widget)
        if label is not None:
            return label
        widget = widget.parentWidget()
    return None


def _sideways_out_of_sight(widgets) -> list[str]:
    """Which of ``widgets`` lie, even in part, left or right of the viewport of a scroll
    area they are in (the area's own, the form's or the window)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    for widget in widgets:
        views = [widget.window()]
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                views.append(parent.viewport())
            parent = parent.parentWidget()
        for view in views:
            left = widget.mapTo(view, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > view.width():
                found.append(f"{widget.accessibleName() or widget.text()} {left}+"
                             f"{widget.width()} in {view.width()}")
    return found


def test_a_persons_stammdaten_keep_label_and_field_in_sight_at_200_percent(
        ctx, qtbot, pupil, tmp_path, screen):
    """A BITV test at 640×360: Tab through Stammdaten scrolled the form sideways to show a
    field, and its label (Pseudonym, Name, Art …) went off the left edge. Every field the
    focus reaches is in sight together with its label; nothing scrolls sideways."""
    from PySide6.QtWidgets import QFormLayout

    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    # on that screen the window's minimum is bounded to it (screen_fit.within_screen)
    window.setMinimumSize(window.minimumSize().boundedTo(_room(screen)))
    window.resize(_room(screen))
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    page = persons.page
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert window.width() == _room(screen).width()
    _shot(window, f"person-stammdaten-{screen.width()}")
    form = page.form
    form_layout = form.findChild(QFormLayout)
    form.pseudonym.setFocus(Qt.TabFocusReason)
    missing = []
    for _ in range(len(focusable(form)) + 1):
        focus = QApplication.focusWidget()
        label = _row_label(form_layout, focus) if form.isAncestorOf(focus) else None
        if label is not None:
            missing += _sideways_out_of_sight([label, focus])
        QTest.keyClick(focus, Qt.Key_Tab)
        QApplication.processEvents()
    assert missing == [], missing


def test_the_consents_and_cases_tabs_do_not_scroll_sideways_at_200_percent(ctx, qtbot, pupil, tmp_path):
    """Issue 62: at 1280×720 and 200 % (640×360 logical) the Einwilligungen tab's button
    row (with „Entbindung als Brief …“) was wider than the screen: the person page scrolled
    sideways. Its buttons now wrap into a second line."""
    from PySide6.QtWidgets import QAbstractScrollArea

    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(_room(SCREENS["1280x720@200"]) + FRAME)
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    page = persons.page
    page.tabs.setFocus()
    QTest.keyClick(page.tabs, Qt.Key_I, Qt.AltModifier)  # E&inwilligungen
    for _ in range(3):
        QApplication.processEvents()
    panel = page.consents_panel
    assert panel is not None and panel.isVisible()
    _shot(window, "consents-tab-640")
    scroll = window.findChild(QAbstractScrollArea, "areaScroll")
    assert scroll.horizontalScrollBar().maximum() == 0, \
        f"needs {panel.minimumSizeHint().width()} px"
    for button in (panel.add_button, panel.withdraw_button, panel.documents_button,
                   panel.letter_button, panel.disclose_button):
        assert shown_size(button)[0] == button.width(), button.text()
    # the Fälle tab (its buttons with „Brief zum Fall …“) wraps too
    page.tabs.setCurrentWidget(page.cases)
    for _ in range(3):
        QApplication.processEvents()
    _shot(window, "cases-tab-640")
    assert scroll.horizontalScrollBar().maximum() == 0, \
        f"Fälle needs {page.cases.minimumSizeHint().width()} px"
