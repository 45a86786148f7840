"""Every area, tab and dialog through Qt's accessibility interfaces, as a screen reader
gets them: every control named, every input with its label bound (a LABELLED_BY
relation), combo boxes named by their label, no read-only view that traps Tab."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.ui.a11y.audit import audit


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def _pages(area):
    """Every tab of an area (each is audited while it shows)."""
    tabs = getattr(area, "tabs", None)
    if tabs is None or not hasattr(tabs, "count"):
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index) if hasattr(tabs, "tabText") else str(index)


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_passes_the_audit(window, key):
    area = window.show_area(key)
    failures = {page: found for page in _pages(area) if (found := audit(window))}
    assert failures == {}


def test_every_person_tab_passes_the_audit(window, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    failures = {}
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
        if found := audit(window):
            failures[persons.page.tabs.tabText(index)] = found
    assert failures == {}


def test_quick_entry_passes_the_audit(window):
    dialog = window.open_quick_entry()
    assert audit(dialog) == {}
