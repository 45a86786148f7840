"""Tab with real key events: every control reached, the focus comes back to where it
started (no trap, no short cycle), and in a dialog it follows the reading order."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from tests.conftest import FAST_KDF
from tests.support.main_windows import active_main_window
from tests.ui.a11y.tabwalk import _top_left, dead_stops, focusable, visual_breaks, walk


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    return active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))


def _names(widgets) -> list[str]:
    return sorted({w.accessibleName() or type(w).__name__ for w in widgets})


def _round_trip(window, start):
    forward = walk(window, start)
    assert dead_stops(forward) == []
    assert forward[-1] is start, ("Tab never came back", _names(forward[-5:]))
    missing = [w for w in focusable(window) if w not in forward]
    assert _names(missing) == []
    backward = walk(window, start, key=Qt.Key_Backtab)
    assert dead_stops(backward) == []
    assert backward[-1] is start and len(backward) == len(forward)
    return forward


def test_quick_entry_tab_follows_the_form_and_wraps_to_person(window, qtbot):
    """Issue: Tab from "Abbrechen" jumped to "Dauer", skipping Person, Kurzkontakt, Art,
    Datum and Zeit."""
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    forward = _round_trip(dialog, dialog.picker)
    assert visual_breaks([dialog.picker, *forward], dialog) == []
    dialog.cancel_button.setFocus(Qt.TabFocusReason)
    after_cancel = walk(dialog, dialog.cancel_button)[:2]
    assert dialog.picker in after_cancel  # "Speichern" follows, then "Person"


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_has_a_closed_tab_cycle_reaching_every_control(window, key):
    area = window.show_area(key)
    start = next(w for w in focusable(window) if area.isAncestorOf(w))
    _round_trip(window, start)


@pytest.mark.parametrize("name", ["case", "appointment", "consent", "disclosure", "search",
                                  "school_year", "annual_report", "hold", "new_request",
                                  "breach", "school", "emergency_key"])
def test_every_dialog_tabs_in_reading_order_round_every_control(ctx, qtbot, pupil, vault_dir,
                                                                 name):
    """Issue: in Datenpanne Tab went from the buttons back up into the sections."""
    from tests.ui.a11y.test_audit import DIALOGS

    dialog = DIALOGS[name](ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = focusable(dialog)[0]
    forward = _round_trip(dialog, first)
    assert visual_breaks([first, *forward], dialog) == []


def test_stammdaten_tab_goes_past_the_hidden_names_and_comes_round(window, pupil, qtbot):
    """Issue: Tab from "Pseudonym" landed on the hidden, 0×0 "Vorname (freiwillig)" and
    every further Tab focused it again; the rest of the form was out of reach."""
    area = window.show_area("persons")
    area.open_record(pupil.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_MASTER)
    form = area.page.form
    assert not form.first_name.isVisible()  # names hidden: the fields are out of the chain
    forward = walk(window, form.pseudonym)
    assert form.first_name not in forward and form.last_name not in forward
    assert form.kind in forward and form.note in forward and form.save_button in forward
    assert forward[-1] is form.pseudonym
    backward = walk(window, form.pseudonym, key=Qt.Key_Backtab)
    assert form.first_name not in backward and backward[-1] is form.pseudonym


def test_every_person_tab_has_a_closed_tab_cycle(window, pupil):
    """Every tab of a person, not only Stammdaten: Tab and Shift+Tab come round, never
    resting on a hidden or 0-sized widget."""
    area = window.show_area("persons")
    area.open_record(pupil.id)
    tabs = area.page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        start = next(w for w in focusable(window) if page.isAncestorOf(w))
        _round_trip(window, start)


def _active(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_unlock_windows_have_a_closed_tab_cycle(qtbot, vault_dir, open_vault):
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog

    for dialog in (UnlockDialog(vault_dir, kdf_params=FAST_KDF),
                   EmergencyUnlockDialog(Vault(vault_dir), kdf_params=FAST_KDF)):
        _active(qtbot, dialog)
        first = min(focusable(dialog), key=lambda w: (_top_left(w, dialog).y() // 20,
                                                      _top_left(w, dialog).x()))
        forward = _round_trip(dialog, first)
        # issue: „Abbrechen“ came before „Notfallschlüssel“ and „Datenpanne“ above it
        assert visual_breaks([first, *forward], dialog) == []
        dialog.hide()


def test_every_page_of_the_first_run_wizard_has_a_closed_tab_cycle(qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    wizard = _active(qtbot, FirstRunWizard(
        tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
        location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]}))
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        start = next((w for w in focusable(wizard) if page.isAncestorOf(w)),
                     focusable(wizard)[0])
        _round_trip(wizard, start)
        if page_id != wizard.pageIds()[-1] and wizard.button(QWizard.NextButton).isEnabled():
            wizard.next()


def test_the_deputy_window_has_a_closed_tab_cycle(ctx, qtbot, tmp_path):
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.ui.handover.deputy_fixture import WORKDAY, rated_goal_package

    package = rated_goal_package(tmp_path)
    with clock.frozen(WORKDAY):
        window = _active(qtbot, DeputyWindow(ctx, package.path, package.key_text))
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            _round_trip(window, window.tabs.widget(index).focusWidget()
                        or focusable(window)[0])
