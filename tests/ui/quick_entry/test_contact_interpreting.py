"""Who interpreted in a contact (Sprachmittlung: nicht nötig, Sprachmittler:in, Angehörige,
das Kind selbst, andere): chosen by keyboard in the quick entry (Alt+M, in the Tab chain
after Ort), kept in the form's draft, stored with the contact, shown in the Auskunft,
carried by the interchange format and checked against its catalogue on import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import interchange, interchange_validate, notes, privacy
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY

from .test_quick_entry import _key, _open, _tab_to, _type

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_the_interpreting_is_chosen_by_keyboard_and_stored(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _type("K-17")
    _key(Qt.Key_Tab)
    _tab_to(dialog, dialog.place_combo)
    _key(Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.interpreting_combo, "Tab after Ort"
    assert dialog.interpreting_combo.accessibleName() == "Sprachmittlung"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    _type("Kind")
    _key(Qt.Key_Tab)
    assert QApplication.focusWidget() not in (dialog.interpreting_combo,
                                              dialog.interpreting_combo.lineEdit())
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    contact = repo.CONTACTS.get(conn, dialog.saved_contact_id)
    assert contact.interpreting == "child"


def test_alt_m_reaches_the_interpreting_through_its_label(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    [label] = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.interpreting_combo]
    assert label.text() == "Sprach&mittlung"
    _key(Qt.Key_M, Qt.AltModifier)
    assert QApplication.focusWidget() in (dialog.interpreting_combo,
                                          dialog.interpreting_combo.lineEdit())


def test_the_interpreting_is_kept_in_the_draft(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    dialog.picker.set_person(pupil.id)
    dialog.interpreting_combo.set_code("professional")
    dialog.note.assessment.setPlainText("Elterngespräch mit Sprachmittlerin")
    qtbot.waitUntil(lambda: bool(notes.pending_drafts(conn)), timeout=60000)
    dialog.autosaver.enabled = False
    dialog.hide()  # as if the program had died: the draft stays

    again = _open(qtbot, ctx)
    again.restore_button.click()
    assert again.interpreting_combo.code() == "professional"
    again.save()
    contact = repo.CONTACTS.get(conn, again.saved_contact_id)
    assert contact.interpreting == "professional"


def test_the_interpreting_is_in_the_auskunft(conn, pupil):
    repo.CONTACTS.insert(conn, Contact(TODAY, "EG", 45, person_id=pupil.id,
                                       interpreting="relative"))
    fields = [f for item in privacy.collect(conn, pupil.id) if item.section == "Kontakte"
              for f in item.fields]
    assert ("Sprachmittlung", cat.INTERPRETING.label("relative")) in fields


def test_the_interpreting_travels_and_an_unknown_code_is_refused_on_import(conn, pupil):
    repo.CONTACTS.insert(conn, Contact(TODAY, "EG", 45, person_id=pupil.id,
                                       interpreting="professional"))
    doc = interchange.export_document(conn)
    assert [r["interpreting"] for r in doc["tables"]["contact"]] == ["professional"]
    assert interchange_validate.validate_document(doc) == []
    doc["tables"]["contact"][0]["interpreting"] = "Pantomime"
    problems = [str(p) for p in interchange_validate.validate_document(doc)]
    assert ("tables.contact[0].interpreting: unbekannter Code „Pantomime“ im Katalog "
            "interpreting") in problems


def test_the_quick_entry_takes_the_label_and_key_from_the_declaration(qtbot, ctx, pupil):
    from ssa_desktop.ui.common.declared_fields import declared_label

    dialog = _open(qtbot, ctx)
    [label] = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.interpreting_combo]
    assert label.text() == declared_label(Contact, "interpreting")
