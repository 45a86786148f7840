"""Her Verlauf shows what she recorded: the selected contact's detail names every coded
field that is set (Ort, Zugang, Weitervermittlung, Sprachmittlung …) as „Label: Eintrag“,
and nothing for a field not recorded; the accessible text holds them too."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities
from ssa_desktop.ui.persons.area import PersonsArea

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot, pupil):
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _record(conn, pupil, **kw):
    return activities.record_contact(conn, Contact(day=date(2026, 3, 9), kind="EB",
                                                   duration_min=30, person_id=pupil.id, **kw))


def test_the_detail_names_each_recorded_coded_field(area, conn, pupil):
    _record(conn, pupil, note="Gespräch", place="home_visit", access_route="teacher",
            referral="ASD", interpreting="professional")
    area.open_record(pupil.id)
    detail = area.page.timeline.detail
    text = detail.toPlainText()
    for line in ("Ort: Hausbesuch", "Zugang: Lehrkraft", "Weitervermittlung: Jugendamt / ASD",
                 "Sprachmittlung: Sprachmittler:in oder Dolmetscher:in"):
        assert line in text
    assert text.index("Ort: Hausbesuch") < text.index("Gespräch")


def test_nothing_is_named_for_fields_not_recorded(area, conn, pupil):
    _record(conn, pupil, note="Gespräch")
    area.open_record(pupil.id)
    text = area.page.timeline.detail.toPlainText()
    for label in ("Ort:", "Zugang:", "Weitervermittlung:", "Sprachmittlung:"):
        assert label not in text


def test_the_copied_note_names_them_too(conn, pupil):
    from ssa_desktop.ui.persons.timeline import contact_text

    contact = Contact(day=date(2026, 3, 9), kind="EB", duration_min=30, place="phone",
                      interpreting="child")
    text = contact_text(contact)
    assert "Ort: Telefon" in text
    assert "Sprachmittlung: das Kind oder der/die Jugendliche selbst" in text
