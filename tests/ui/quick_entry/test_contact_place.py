"""Where a contact took place (Ort: in der Schule, Hausbesuch, Telefon, online, anderswo),
apart from what it was (Art): an Elterngespräch held as a home visit. Chosen by keyboard
in the quick entry, stored with the contact, shown in the Auskunft, checked against its
catalogue on import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import interchange, interchange_validate, privacy
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
from tests.conftest import TODAY

from .test_quick_entry import _forget_typed, _key, _tab_to, _type

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_the_place_is_chosen_by_keyboard_and_stored_with_the_kind(qtbot, ctx, conn, pupil):
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog, before_close_func=_forget_typed)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    _type("K-17")
    _key(Qt.Key_Tab)
    _tab_to(dialog, dialog.kind_combo)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    _type("Eltern")
    _tab_to(dialog, dialog.place_combo)
    assert dialog.place_combo.accessibleName() == "Ort"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    _type("Haus")
    _key(Qt.Key_Tab)
    assert QApplication.focusWidget() not in (dialog.place_combo, dialog.place_combo.lineEdit())
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    contact = repo.CONTACTS.get(conn, dialog.saved_contact_id)
    assert (contact.kind, contact.place) == ("EG", "home_visit")


def test_the_place_is_in_the_auskunft(conn, pupil):
    repo.CONTACTS.insert(conn, Contact(TODAY, "EB", 30, person_id=pupil.id, place="phone"))
    fields = [f for item in privacy.collect(conn, pupil.id) if item.section == "Kontakte"
              for f in item.fields]
    assert ("Ort", cat.CONTACT_PLACES.label("phone")) in fields


def test_an_unknown_place_is_refused_on_import(conn, pupil):
    repo.CONTACTS.insert(conn, Contact(TODAY, "EB", 30, person_id=pupil.id, place="online"))
    doc = interchange.export_document(conn)
    assert [r["place"] for r in doc["tables"]["contact"]] == ["online"]
    doc["tables"]["contact"][0]["place"] = "Mond"
    problems = [str(p) for p in interchange_validate.validate_document(doc)]
    assert "tables.contact[0].place: unbekannter Code „Mond“ im Katalog contact_place" in problems
