"""A consent's corrected day leaves its Korrekturvermerk „bei der Person sichtbar“, as
the question before the correction promises (docs/domain.md § 7: the earlier version
stays visible): the Einwilligungen show each such note, the earlier and the new day.
Before, the note was written but shown nowhere in the window (only an Auskunft printed
it); the table showed the new day alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.consents.panel import ConsentsPanel
from tests.support.clocks import clock_stands_at

_clock_on_today = clock_stands_at(date(2026, 11, 21))


def _shown(panel) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel) if w.isVisible()]


def test_the_earlier_and_the_new_day_are_shown_with_the_consents(ctx, qtbot, pupil):
    held = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 10, 1),
                                                  valid_to=date(2025, 10, 31)))
    other = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Klassenlehrer", date(2026, 9, 1)))
    panel = ConsentsPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert not any("31.10.2025" in t for t in _shown(panel))   # nothing corrected yet
    consents.correct_reversed_days(ctx.conn, held.id, date(2026, 10, 31))
    panel.refresh()
    [line] = [t for t in _shown(panel) if "31.10.2025" in t]
    assert "Jugendamt" in line and "31.10.2026" in line and "Gültig bis" in line
    assert other.id
