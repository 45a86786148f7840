"""Every area, tab and dialog through Qt's accessibility interfaces, as a screen reader
gets them: every control named, every input with its label bound (a LABELLED_BY
relation), combo boxes named by their label, no read-only view that traps Tab."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from tests.conftest import FAST_KDF
from tests.support.main_windows import demo_main_window
from tests.support.shown import each_tab, found_on_each_tab
from tests.ui.a11y.audit import audit


def test_a_close_during_the_handover_sweep_happens_when_it_ends(window):
    """Issue 65: the privacy audit left its main window open at teardown now and then."""
    area = window.show_area("privacy")
    for _ in _pages(area):
        pass
    assert window.ctx.is_critical   # the sweep runs (nothing served it yet)
    window.close()
    assert window.isVisible()       # deferred, not dropped; the fixture waits for it


def _pages(area):
    """Every tab of an area (each is audited while it shows)."""
    tabs = getattr(area, "tabs", None)
    if tabs is None or not hasattr(tabs, "count"):
        yield ""
        return
    yield from each_tab(tabs)


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_passes_the_audit(window, key):
    area = window.show_area(key)
    failures = {page: found for page in _pages(area) if (found := audit(window))}
    assert failures == {}


def test_every_person_tab_passes_the_audit(window, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    assert found_on_each_tab(persons.page.tabs, lambda: audit(window)) == {}


def test_quick_entry_passes_the_audit(window):
    dialog = window.open_quick_entry()
    assert audit(dialog) == {}


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_unlock_and_emergency_unlock_pass_the_audit(qtbot, vault_dir, open_vault):
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog

    unlock = _shown(qtbot, UnlockDialog(vault_dir, kdf_params=FAST_KDF))
    assert audit(unlock) == {}
    emergency = _shown(qtbot, EmergencyUnlockDialog(Vault(vault_dir), kdf_params=FAST_KDF))
    assert audit(emergency) == {}


def test_every_page_of_the_first_run_wizard_passes_the_audit(qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    wizard = _shown(qtbot, FirstRunWizard(
        tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
        location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]}))
    failures = {}
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        if found := audit(page):
            failures[type(page).__name__] = found
        if page_id != wizard.pageIds()[-1] and wizard.button(QWizard.NextButton).isEnabled():
            wizard.next()
    assert failures == {}


def _dialogs():
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog
    from ssa_desktop.ui.consents.panel import ConsentDialog, DisclosureDialog
    from ssa_desktop.ui.persons.case_dialog import CaseDialog
    from ssa_desktop.ui.privacy.area import HoldDialog
    from ssa_desktop.ui.privacy.auskunft_dialog import NewRequestDialog
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog
    from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
    from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
    from ssa_desktop.ui.search.dialog import SearchDialog
    from ssa_desktop.ui.settings.dialogs import EmergencyKeyDialog, SchoolDialog

    return {
        "case": lambda ctx, pupil, _v: CaseDialog(ctx, pupil.id),
        "appointment": lambda ctx, pupil, _v: AppointmentDialog(ctx, person_id=pupil.id),
        "consent": lambda ctx, pupil, _v: ConsentDialog(ctx, pupil.id),
        "disclosure": lambda ctx, pupil, _v: DisclosureDialog(ctx, pupil.id, ["Jugendamt"]),
        "search": lambda ctx, _p, _v: SearchDialog(ctx),
        "school_year": lambda ctx, _p, _v: SchoolYearDialog(ctx),
        "annual_report": lambda ctx, _p, _v: AnnualReportDialog(ctx),
        "hold": lambda _c, _p, _v: HoldDialog(),
        "new_request": lambda ctx, _p, _v: NewRequestDialog(ctx),
        "breach": lambda _c, _p, vault_dir: BreachDialog(vault_dir),
        "school": lambda _c, _p, _v: SchoolDialog(None, {}, [2026]),
        "emergency_key": lambda _c, _p, _v: EmergencyKeyDialog("ABCD-EFGH-IJKL-MNOP"),
    }


DIALOGS = _dialogs()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_passes_the_audit(ctx, qtbot, pupil, vault_dir, name):
    dialog = _shown(qtbot, DIALOGS[name](ctx, pupil, vault_dir))
    assert audit(dialog) == {}


def test_the_deputy_window_passes_the_audit(ctx, qtbot, tmp_path):
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.ui.handover.deputy_fixture import WORKDAY, rated_goal_package

    package = rated_goal_package(tmp_path)
    with clock.frozen(WORKDAY):
        win = _shown(qtbot, DeputyWindow(ctx, package.path, package.key_text))
        assert audit(win) == {}
        win.tabs.setCurrentWidget(win.goals_page)   # the goal trend's tab
        assert audit(win) == {}


@pytest.fixture
def demo_window(qtbot, tmp_path, frozen_clock):
    """The main window over a demo vault: labels that are empty without data (status
    lines, counts) show their text, so a name set over it is caught."""
    win = demo_main_window(qtbot, tmp_path, (1366, 768))
    yield win
    win.ctx.lock()


def _settled() -> None:
    from PySide6.QtWidgets import QApplication

    from ssa_desktop.ui.background import wait_for_all

    QApplication.processEvents()
    wait_for_all(20_000)
    QApplication.processEvents()


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_with_data_shows_its_texts_to_a_reader(demo_window, key):
    area = demo_window.show_area(key)
    failures = {}
    for page in _pages(area):
        _settled()
        if found := audit(demo_window):
            failures[page] = found
    assert failures == {}


def test_every_person_tab_with_data_shows_its_texts_to_a_reader(demo_window):
    """The demo person with the most contacts: cases, a history, notes shown."""
    conn = demo_window.ctx.conn
    (person_id,) = conn.execute(
        "SELECT c.person_id FROM contact c JOIN case_file f ON f.id = c.case_id"
        " GROUP BY c.person_id ORDER BY COUNT(*) DESC, c.person_id LIMIT 1").fetchone()
    persons = demo_window.show_area("persons")
    persons.open_record(person_id)

    def settled_audit():
        _settled()
        return audit(demo_window)
    assert found_on_each_tab(persons.page.tabs, settled_audit) == {}
