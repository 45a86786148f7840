"""Kurzkontakte with her keys (session 25, helper w1): she typed an impossible date
(„31.02.2026“) over a short contact's day and pressed Enter. The field was framed red, but
the window's message line – the one a screen reader reads out – said nothing, or still
said the refusal of the date she had typed before („… auf den 30.11.2026 datiert, also in
der Zukunft“) while the field showed another. Now the line says the field's own reason
at once and goes once she has corrected it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _typed(dialog, text: str) -> None:
    dialog.day.setFocus()
    dialog.day.selectAll()
    QTest.keyClicks(dialog.day, text)
    QTest.keyClick(dialog.day, Qt.Key.Key_Return)


def test_an_impossible_date_is_said_in_the_message_line_not_an_older_refusal(
        conn, short_contacts):
    activities.record_short_contact(conn, ShortContact(TODAY - timedelta(days=5),
                                                       school_id="school-1", count=1))
    dialog = short_contacts()
    _typed(dialog, (TODAY + timedelta(days=5)).strftime("%d.%m.%Y"))
    assert "in der Zukunft" in dialog.error.text()            # the service's refusal
    _typed(dialog, "31.02.2026")
    assert dialog.day.text() == "31.02.2026"                  # kept as she typed it
    assert dialog.error.text() == dialog.day.toolTip() != ""  # its own reason, said
    assert "in der Zukunft" not in dialog.error.text()
    _typed(dialog, (TODAY - timedelta(days=4)).strftime("%d.%m.%Y"))
    assert dialog.error.text() == ""                           # no stale refusal
    assert dialog.message.text() == "Korrektur gespeichert."   # the plain line
