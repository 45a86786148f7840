"""Serienbrief from Gruppen & Projekte, by keys only: a member taken in (Alt+F, arrow,
Alt+A), one unticked (Leertaste), the guardians chosen; all letters printed as one job
from memory, saved as one PDF, each kept with its person; a member entered by mistake
removed with its tombstone."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import documents, group_members
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.letters.serial_dialog import SerialLetterDialog


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    messages: list[str] = []
    for module in ("serial_dialog", "saving"):
        monkeypatch.setattr(f"ssa_desktop.ui.letters.{module}.show_error",
                            lambda parent, text, title="": messages.append(text))
    monkeypatch.setattr("ssa_desktop.ui.letters.serial_dialog.ask_yes_no",
                        lambda *a, **k: True)
    return messages


@pytest.fixture
def group(ctx, records):
    for n, name in ((21, "Ali"), (22, "Lea")):
        repo.PERSONS.insert(ctx.conn, Person(f"K-{n}", first_name=name, last_name="Berg",
                                             class_label="7b", school_id="school-1",
                                             guardian_contact=f"Familie Berg\nWeg {n}"))
    group_members.add_member(ctx.conn, records["offer"], records["person"], date(2026, 10, 1))
    return records["offer"]


def _dialog(qtbot, ctx, group_id):
    dialog = SerialLetterDialog(ctx, group_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _key(dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def with_kept_word_template(qtbot, ctx, group_id):
    """The serial letter to two members (Kim and Lea) with her Word template kept in the
    vault chosen by keys (Vor&lage, arrow); the dialog."""
    from ssa_desktop.services import letter_templates
    from tests.letters.test_own_templates import docx

    lea = repo.PERSONS.select(ctx.conn, "pseudonym = 'K-22'")[0]
    group_members.add_member(ctx.conn, group_id, lea.id, date(2026, 10, 1))
    letter_templates.import_template(ctx.conn, "Bestätigung Word", "participation",
                                     docx("{{ recipient.address }}",
                                          "{{ person.first_name }} war dabei."), "docx")
    dialog = _dialog(qtbot, ctx, group_id)
    _key(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)    # Vor&lage
    assert QApplication.focusWidget() is dialog.template_box
    _key(dialog, Qt.Key.Key_Down)
    assert dialog.template_box.currentText() == "Bestätigung Word (im Tresor)"
    return dialog


def test_members_are_taken_in_and_ticked_by_keys_and_printed_as_one_job(
        qtbot, ctx, group, tmp_path, frozen_clock, shown):
    dialog = _dialog(qtbot, ctx, group)
    assert dialog.ticked() == [dialog.members.item(0).data(Qt.ItemDataRole.UserRole)]
    _key(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)   # Person au&fnehmen
    assert QApplication.focusWidget() is dialog.candidates
    _key(dialog, Qt.Key.Key_Down)                                   # K-22
    _key(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)    # &Aufnehmen
    qtbot.waitUntil(lambda: dialog.members.count() == 2)   # a mnemonic animates the click
    assert [dialog.members.item(r).text() for r in range(dialog.members.count())] == [
        "K-17 (7b)", "K-22 (7b)"]
    assert QApplication.focusWidget() is dialog.members
    assert dialog.members.currentRow() == 1
    _key(dialog, Qt.Key.Key_Space)                                  # K-22 ticked
    assert len(dialog.ticked()) == 2
    _key(dialog, Qt.Key.Key_Up)
    _key(dialog, Qt.Key.Key_Space)                                  # K-17 unticked
    assert len(dialog.ticked()) == 1
    _key(dialog, Qt.Key.Key_Space)                                  # and ticked again
    _key(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)    # A&n
    _key(dialog, Qt.Key.Key_Down)                                   # ihre Erziehungsberechtigten
    assert dialog.recipient_box.currentData() == "guardians"
    dialog.members.setFocus()
    _key(dialog, Qt.Key.Key_Down)
    assert dialog.address_box.toPlainText() == (
        "An die Erziehungsberechtigten\nvon Lea Berg\nFamilie Berg\nWeg 22")
    assert "2 Briefe" in dialog.problem.text()
    assert dialog.preview.image() is not None

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "drucker.pdf"   # stands in for a real printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.printer_chooser = lambda p: True
    assert dialog.print_letters(printer), shown     # printed on the one runner
    qtbot.waitUntil(lambda: "gedruckt" in dialog.message, timeout=60_000)
    pages = [p.extract_text().replace("\t", " ") for p in PdfReader(str(out)).pages]
    assert len(pages) == 2 and "Weg 22" in pages[1] and "Lea" not in pages[0]
    assert shown == []


def test_saved_as_one_pdf_and_kept_with_each_person(qtbot, ctx, group, tmp_path,
                                                    frozen_clock, saved):
    lea = repo.PERSONS.select(ctx.conn, "pseudonym = 'K-22'")[0]
    group_members.add_member(ctx.conn, group, lea.id, date(2026, 10, 1))
    dialog = _dialog(qtbot, ctx, group)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "serie.pdf")
    assert saved(dialog)
    reader = PdfReader(io.BytesIO((tmp_path / "serie.pdf").read_bytes()))
    assert len(reader.pages) == 2
    _key(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)    # Im &Tresor ablegen
    qtbot.waitUntil(lambda: "abgelegt" in dialog.message, timeout=60_000)
    assert sorted(d.person_id for d in documents.every_document(ctx.conn)) == sorted(
        [lea.id, group_members.members(ctx.conn, group)[0].person.id])
    assert "2 Briefe als Dokumente" in dialog.message


def test_a_member_entered_by_mistake_is_removed(qtbot, ctx, group, frozen_clock):
    dialog = _dialog(qtbot, ctx, group)
    dialog.members.setFocus()
    _key(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)    # &Entfernen
    qtbot.waitUntil(lambda: dialog.members.count() == 0)
    assert dialog.members.count() == 0
    assert group_members.members(ctx.conn, group) == []
    assert "mindestens eine" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()


def test_the_invitation_goes_to_each_members_guardians_by_keys(
        qtbot, ctx, group, tmp_path, frozen_clock, shown):
    """Briefart „Einladung zum Gespräch“ (Alt+I, arrow): the letters go to the guardians,
    the Kalendertermin (Alt+K) is an appointment without a person; the address is the
    guardians' postal address she recorded; one PDF, one page per member."""
    from ssa_desktop.domain.entities import Appointment
    from ssa_desktop.services import appointments

    ali = repo.PERSONS.select(ctx.conn, "pseudonym = 'K-21'")[0]
    ali.guardian_address = "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    repo.PERSONS.save(ctx.conn, ali)
    group_members.add_member(ctx.conn, group, ali.id, date(2026, 10, 1))
    appointments.save_appointment(ctx.conn, Appointment(
        date(2026, 12, 8), "18:00", "19:30", school_id="school-1", room="Aula"))
    dialog = _dialog(qtbot, ctx, group)
    assert not dialog.source_box.isVisibleTo(dialog)   # a Teilnahmebestätigung needs none
    _key(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)    # Br&iefart
    assert QApplication.focusWidget() is dialog.kind_box
    _key(dialog, Qt.Key.Key_Down)
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.source_box.isVisibleTo(dialog)
    assert dialog.recipient_box.currentData() == "guardians"   # an invitation: to them
    _key(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)    # &Kalendertermin
    assert QApplication.focusWidget() is dialog.source_box
    assert dialog.source_box.currentText() == "08.12.2026 18:00–19:30 Aula"
    dialog.members.setFocus()
    _key(dialog, Qt.Key.Key_Down)
    assert dialog.address_box.toPlainText() == "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    assert "2 Briefe" in dialog.problem.text(), dialog.problem.text()
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "einladung.pdf")
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)    # Als PDF &speichern
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message)
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "einladung.pdf")).pages]
    assert len(pages) == 2 and shown == []
    assert "Einladung zu einem Gespräch" in pages[1] and "Frau Sara Berg" in pages[1]
    assert "08.12.2026" in pages[0] and "An die Erziehungsberechtigten" in pages[0]


def test_a_serial_letter_from_her_word_template_by_keys(qtbot, ctx, group, tmp_path,
                                                         frozen_clock, shown):
    """Her Word template kept in the vault (Vor&lage, arrow): one DOCX, each letter on
    its own page, saved by Alt+S; each kept with its person by Alt+T; no print from
    memory (Word prints it)."""
    from docx import Document

    dialog = with_kept_word_template(qtbot, ctx, group)
    qtbot.waitUntil(lambda: not dialog.latest.pending, timeout=60_000)   # (on the pool)
    assert "2 Briefe" in dialog.problem.text(), dialog.problem.text()
    assert not dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    chosen = []
    dialog.save_path_chooser = lambda suggested: (chosen.append(suggested)
                                                  or str(tmp_path / "serie.docx"))
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)    # Als &speichern
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message)
    assert chosen[0].endswith(".docx") and shown == []
    texts = [p.text for p in Document(str(tmp_path / "serie.docx")).paragraphs]
    assert "Kim war dabei." in texts and "Lea war dabei." in texts
    _key(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)    # Im &Tresor ablegen
    qtbot.waitUntil(lambda: "abgelegt" in dialog.message, timeout=60_000)
    assert sorted(d.file_name[-5:] for d in documents.every_document(ctx.conn)) == [
        ".docx", ".docx"]


def test_print_off_for_her_template_says_why(qtbot, ctx, group, frozen_clock):
    """„Drucken …“ is off with her own template (Word or the PDF program prints it): the
    tooltip and the screen reader's description say why and what to do instead, as the
    Dokumente tab's „Drucken …“ does; back to the built-in letter, it prints again."""
    dialog = with_kept_word_template(qtbot, ctx, group)
    qtbot.waitUntil(lambda: not dialog.latest.pending, timeout=60_000)   # (on the pool)
    assert not dialog.print_button.isEnabled()
    why = dialog.print_button.accessibleDescription()
    assert "eigenen Vorlage" in why and "Als Datei speichern" in why, why
    assert dialog.print_button.toolTip() == why
    _key(dialog, Qt.Key.Key_Up)                                     # the built-in letter
    qtbot.waitUntil(dialog.print_button.isEnabled)
    assert dialog.print_button.accessibleDescription() == ""
    assert dialog.print_button.toolTip() == ""
