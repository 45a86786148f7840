"""Her Verlauf shows what she recorded: the selected contact's detail names every coded
field that is set (Ort, Zugang, Weitervermittlung, Sprachmittlung …) as „Label: Eintrag“,
and nothing for a field not recorded; the accessible text holds them too."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(pupil, area):
    """The folder's persons area, built once the pupil is there."""
    return area


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


@pytest.mark.parametrize("screen", ["1280x720", "1366x768"])
def test_the_verlauf_with_its_coded_fields_fits(area, conn, pupil, screen):
    """With SSA_SHOTS=/folder saved as verlauf-personen-<screen>.png (again with
    QT_SCALE_FACTOR=2 for 200 %)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.handover.test_deputy_contacts_coded import shot
    from tests.ui.shell.test_fits_small_screen import SCREENS, cut_texts

    _record(conn, pupil, note="Elterngespräch zu den Fehlzeiten", place="home_visit",
            access_route="teacher", referral="ASD", interpreting="professional",
            observation="Mutter berichtet, K. stehe morgens nicht auf.",
            assessment="Belastung in der Familie; Hilfe des ASD angebahnt.")
    area.resize(*SCREENS[screen])
    area.open_record(pupil.id)
    QApplication.processEvents()
    assert "Weitervermittlung: Jugendamt / ASD" in area.page.timeline.detail.toPlainText()
    assert cut_texts(area) == []
    shot(area, f"verlauf-personen-{screen}")
