"""An area opened the first time sends a reader few events. It is built before it shows,
and Qt sent an event for each name, text and state set on its new widgets: Termine sent
67 that Orca 43 queues (119 Qt's AT-SPI bridge passes on), more than the 50 after which
Orca prunes its queue, and a message waiting there goes with them. Built with no event
(``announce.built_quietly``), it is read when it shows: 14. Arbeitszeit fills its choices
before it shows, with no event, and says its findings once when its figures come."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui import background
from tests.support import a11y_events
from tests.support.main_windows import shown_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")

FEW = 30  # well below Orca's 50: 14 when this was written


def test_an_area_opened_the_first_time_sends_few_events(ctx, qtbot, tmp_path):
    window = shown_main_window(ctx, qtbot, tmp_path, (1366, 768))
    window.show_area("overview")
    with a11y_events.sent(by_orca=True) as events:
        window.show_area("appointments")
        for _ in range(10):  # what the area's first show leaves for the event loop
            QApplication.processEvents()
    assert len(events) <= FEW, (len(events), Counter(events).most_common(8))



def test_arbeitszeit_opened_the_first_time_sends_few_events(ctx, qtbot, tmp_path):
    """Arbeitszeit too, up to its first figures and the finding they bring („kein
    Stellenumfang eingetragen“), said once: 61 before, most of them from its first
    refresh, run once it showed (each choice filled, „Wird berechnet …“). Counted from an
    area that stays (Vernetzung holding a partner's name typed; an area left with nothing
    typed is taken apart, the same for every area) once the unlock's upkeep has answered
    (its lines are the window's)."""
    window = shown_main_window(ctx, qtbot, tmp_path, (1366, 768))
    window.show_area("network").partners.name.setText("Jugendamt")
    qtbot.waitUntil(lambda: window.vault_label.text() not in ("", "Tresor: wird geprüft …")
                    and not background._running)  # noqa: SLF001 - the unlock's upkeep ended
    with a11y_events.sent(by_orca=True) as events:
        area = window.show_area("time")
        qtbot.waitUntil(lambda: area.report is not None)
        for _ in range(10):  # what the area's first show leaves for the event loop
            QApplication.processEvents()
    assert len(events) <= FEW, (len(events), Counter(events).most_common(12))
    assert events.count(("Announcement", "MessageLabel")) == 1   # the finding, once
    assert "kein Stellenumfang" in area.dashboard.problems.text()
