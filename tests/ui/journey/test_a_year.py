"""A year in one test (issue 45, "one product, not a set of features"): the first start,
a week of work, a lock in the middle of typing, the year-end reports, the school-year
change and the new year's first week, a Vertretung and its return, a school handover and
the Datenschutz area – through the real windows, with her keys, on real SQLCipher vaults,
on a clock the journey moves. Every step checks what she sees and that she saw no error.

Where a step trips over a known defect that is being fixed elsewhere, the journey notes the
failed expectation under the defect's name and goes on; the test fails at its end, naming
every such expectation (``Journey.expect``)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from keyring.backends import fail

from ssa_desktop.services import setup
from ssa_desktop.storage.keystore import DeviceKeyStore
from tests.ui.journey.first_run import SCHOOL, SECOND_SCHOOL, open_main_window, run_wizard
from tests.ui.journey.harness import Calendar, Watch

FIRST_MONDAY = date(2027, 7, 5)        # the week of entries, 2026/27


@pytest.fixture
def watch(qapp, capsys):
    w = Watch(capsys).install()
    yield w
    w.remove()


def test_a_year(qtbot, tmp_path, watch):
    calendar = Calendar(datetime.combine(FIRST_MONDAY, time(8, 0)))
    store = DeviceKeyStore(fail.Keyring())
    folder = tmp_path / "tresor"
    papers = tmp_path / "papiere"
    papers.mkdir()

    # 1 -- first start: the wizard
    wizard = run_wizard(qtbot, folder, store, papers)
    session = wizard.session
    assert sorted(s.name for s in setup.list_schools(session.conn)) == [SCHOOL, SECOND_SCHOOL]
    window = open_main_window(qtbot, folder, session, store, tmp_path / "s.ini")
    assert window.current_area_key() == "overview"
    watch.check("1 Einrichtung")
    assert calendar
