"""A consent's corrected day leaves its Korrekturvermerk „bei der Person sichtbar“, as
the question before the correction promises (docs/domain.md § 7: the earlier version
stays visible): the Einwilligungen show each such note, the earlier and the new day.
Before, the note was written but shown nowhere in the window (only an Auskunft printed
it); the table showed the new day alone."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import QLabel

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.consents.panel import ConsentsPanel
from tests.support.clocks import clock_stands_at
from tests.support.shown import shown_refreshed

_clock_on_today = clock_stands_at(date(2026, 11, 21))


def _shown(panel) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel) if w.isVisible()]


def test_the_earlier_and_the_new_day_are_shown_with_the_consents(ctx, qtbot, pupil):
    held = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 10, 1),
                                                  valid_to=date(2025, 10, 31)))
    other = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Klassenlehrer", date(2026, 9, 1)))
    panel = shown_refreshed(qtbot, ConsentsPanel(ctx, pupil.id))
    assert not any("31.10.2025" in t for t in _shown(panel))   # nothing corrected yet
    consents.correct_reversed_days(ctx.conn, held.id, date(2026, 10, 31))
    panel.refresh()
    [line] = [t for t in _shown(panel) if "31.10.2025" in t]
    assert "Jugendamt" in line and "31.10.2026" in line and "Gültig bis" in line
    assert other.id


def test_a_day_taken_from_another_export_is_shown_as_its_note(ctx, qtbot, pupil, tmp_path):
    """Another vault's export read in, her conflict choice taking its end of the consent:
    the Einwilligungen show the note of that day as of a correction (session 26)."""
    held = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 10, 1),
                                                  valid_to=date(2027, 7, 31)))
    doc = json.loads(json.dumps(ix.export_document(ctx.conn)))
    [row] = doc["tables"]["consent"]
    row["valid_to"] = "2027-01-31"
    path = tmp_path / "andere.json"
    path.write_text(json.dumps(doc), "utf-8")
    [conflict] = mx.merge_document(ctx.conn, ix.read_document(path)).conflicts
    mx.merge_document(ctx.conn, ix.read_document(path), {conflict.ref: mx.TAKE_THEIRS})
    panel = shown_refreshed(qtbot, ConsentsPanel(ctx, pupil.id))
    assert [t for t in _shown(panel) if t.startswith("Korrekturvermerk")] == [
        "Korrekturvermerk vom 21.11.2026: Einwilligung gegenüber Jugendamt ab 01.10.2026: "
        "Gültig bis – vorher 31.07.2027, jetzt 31.01.2027"] and held.id
