"""Brief erstellen: chosen by keys, previewed, printed from memory, saved, kept."""

from __future__ import annotations

import io
import tempfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from ssa_desktop.services import documents
from ssa_desktop.ui.letters.dialog import LetterDialog
from tests.letters.test_own_templates import docx_text


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    messages: list[str] = []
    for module in ("dialog", "saving"):
        monkeypatch.setattr(f"ssa_desktop.ui.letters.{module}.show_error",
                            lambda parent, text, title="": messages.append(text))
    return messages


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _type_address(dialog):
    dialog.address_box.setFocus()
    QTest.keyClicks(dialog.address_box, "Frau Birgit Sommer")
    QTest.keyClick(dialog.address_box, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.address_box, "Lindenweg 4")
    QTest.keyClick(dialog.address_box, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.address_box, "79100 Freiburg")


def test_keys_choose_the_kind_and_the_preview_follows(open_letter, records, frozen_clock):
    dialog = open_letter()
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.source_box.currentData() == records["appointment"]
    assert dialog.preview.image() is not None
    dialog.kind_box.setFocus()
    QTest.keyClick(dialog.kind_box, Qt.Key.Key_Down)        # Schweigepflichtentbindung
    assert dialog.kind_box.currentData() == "consent_release"
    assert dialog.source_box.currentData() == records["consent"]
    _type_address(dialog)
    assert dialog.made is not None
    text = PdfReader(io.BytesIO(dialog.made.data)).pages[0].extract_text()
    assert "Lindenweg 4" in text and "Zweck: Abstimmung der Hilfe" in text
    # Tab leaves the address box (no trap), to the salutation
    dialog.address_box.setFocus()
    QTest.keyClick(dialog.address_box, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.salutation


def test_printing_paints_on_the_printer_and_leaves_no_temp_file(
        open_letter, tmp_path, private_temp, frozen_clock):
    dialog = open_letter()
    _type_address(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "drucker.pdf"  # stands in for a real printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.printer_chooser = lambda p: True
    assert dialog.print_letter(printer)
    assert list(private_temp.iterdir()) == []
    text = PdfReader(str(out)).pages[0].extract_text().replace("\t", " ")
    assert "Lindenweg 4" in text and "Beratungsraum" in text and "GEHEIM" not in text


def test_save_and_keep(open_letter, ctx, records, tmp_path, private_temp, frozen_clock, saved):
    dialog = open_letter()
    _type_address(dialog)
    target = tmp_path / "briefe" / "einladung.pdf"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert saved(dialog)
    assert "Lindenweg 4" in PdfReader(str(target)).pages[0].extract_text()
    assert [p.name for p in target.parent.iterdir()] == ["einladung.pdf"]
    QTest.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    [doc] = documents.documents_of_person(ctx.conn, records["person"])
    assert doc.title == "Einladung zum Gespräch an Frau Birgit Sommer"
    assert dialog.message == "Als Dokument abgelegt: „Einladung zum Gespräch an Frau Birgit Sommer“"
    assert list(private_temp.iterdir()) == []


def test_her_docx_template_is_previewed_as_fields_and_saved(
        her_docx, tmp_path, shown, frozen_clock, saved):
    dialog = her_docx("Einladung für {{ person.first_name }} am {{ appointment.day }}")
    assert dialog.template_box.currentText() == "vorlage.docx"
    assert "person.first_name: Kim" in dialog.preview.text()
    assert not dialog.print_button.isEnabled()
    target = tmp_path / "out.docx"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert saved(dialog), shown
    assert "Einladung für Kim am 02.12.2026" in docx_text(target.read_bytes())


def test_a_hostile_template_is_refused_in_the_dialog(her_docx):
    """Refused in the line below the preview, which her screen reader hears (issue 65)."""
    from tests.ui.a11y.test_results_announced import _heard

    dialog = her_docx("{{ person.__class__.__mro__ }}", "boese.docx")
    assert "interne Eigenschaften" in dialog.problem.text()
    assert _heard(dialog.problem) == dialog.problem.text()
    assert not dialog.save_button.isEnabled() and not dialog.keep_button.isEnabled()


def test_from_a_group_she_chooses_the_person_by_keys(qtbot, ctx, records, frozen_clock):
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.storage import repositories as repo

    repo.PERSONS.insert(ctx.conn, Person("A-01", first_name="Ali", last_name="Acar",
                                         class_label="7a", school_id="school-1"))
    dialog = LetterDialog(ctx, None, kind="participation", source_id=records["offer"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.kind_box.currentData() == "participation"
    assert dialog.source_box.currentData() == records["offer"]
    labels = [dialog.person_box.itemText(i) for i in range(dialog.person_box.count())]
    assert labels and all("Kim" not in label and "Ali" not in label for label in labels)
    dialog.person_box.setFocus()
    index = dialog.person_box.findData(records["person"])
    QTest.keyClick(dialog.person_box, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(dialog.person_box, Qt.Key.Key_Down)
    assert dialog.person_id == records["person"]
    text = PdfReader(io.BytesIO(dialog.made.data)).pages[0].extract_text()
    assert "Kim Sommer" in text and "„Soziales Lernen 7b“" in text


def test_the_placeholders_of_the_kind_are_listed_with_their_meaning(open_letter, frozen_clock):
    dialog = open_letter()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("participation"))
    QTest.mouseClick(dialog.fields_button, Qt.MouseButton.LeftButton)
    text = dialog.preview.text()
    assert "Platzhalter für „Teilnahmebestätigung“" in text
    assert "offer.title – Titel des Gruppenangebots oder offenen Angebots" in text
    assert "person.first_name – Vorname der Person" in text
    assert "consent." not in text and "appointment." not in text


def test_she_maps_the_fields_of_her_pdf_form_by_keys(open_letter, tmp_path, shown, frozen_clock, saved,
                                                     previewed):
    from tests.letters.test_own_templates import pdf_form

    form = tmp_path / "formular.pdf"
    form.write_bytes(pdf_form("Vorname", "person.class_label", "Bemerkung"))
    dialog = open_letter()
    dialog.template_chooser = lambda: str(form)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    previewed(dialog)
    assert dialog.mapping_box.isVisible()
    assert sorted(dialog.mapping_combos) == ["Bemerkung", "Vorname", "person.class_label"]
    assert dialog.mapping_combos["person.class_label"].currentData() == "person.class_label"
    assert dialog.mapping_combos["Vorname"].currentData() == ""
    combo = dialog.mapping_combos["Vorname"]
    combo.setFocus()
    for _ in range(combo.findData("person.first_name")):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.mapping() == {"Vorname": "person.first_name"}
    assert "person.first_name: Kim" in previewed(dialog).preview.text()
    target = tmp_path / "ausgefuellt.pdf"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert saved(dialog), shown
    values = {name: field.get("/V") for name, field in PdfReader(str(target)).get_fields().items()}
    assert values["Vorname"] == "Kim" and values["person.class_label"] == "7b"
    assert values["Bemerkung"] in (None, "")


def test_a_letter_to_another_office_is_logged_after_her_confirmation(
        open_letter, ctx, records, tmp_path, monkeypatch, frozen_clock, saved):
    """Empfänger „eine andere Stelle“ chosen by keys: saving asks her (the recipient, the
    categories, the legal basis); „Nein“ writes nothing, „Ja“ saves and logs it in the
    Übermittlungsprotokoll. Without a consent naming the recipient it cannot go out."""
    from ssa_desktop.services import consents

    asked: list[str] = []
    answer = [False]

    def ask(parent, text, **kw):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr("ssa_desktop.ui.letters.dialog.ask_yes_no", ask)
    dialog = open_letter()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("referral"))
    dialog.address_box.setFocus()
    QTest.keyClicks(dialog.address_box, "Jugendamt Emmendingen")
    dialog.recipient_box.setFocus()
    QTest.keyClick(dialog.recipient_box, Qt.Key.Key_Down)   # past „ihre Erziehungsberechtigten“
    QTest.keyClick(dialog.recipient_box, Qt.Key.Key_Down)
    assert dialog.recipient_box.currentData() == "outside" and dialog.basis_box.isEnabled()
    assert dialog.basis_box.currentData() == "consent"
    assert "keine an diesem Tag gültige Einwilligung" in dialog.problem.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.address_box.clear()
    QTest.keyClicks(dialog.address_box, "Erziehungsberatungsstelle Emmendingen")
    assert dialog.save_button.isEnabled()
    target = tmp_path / "eb.pdf"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert not saved(dialog)
    assert not target.exists() and consents.disclosures_for_person(ctx.conn, records["person"]) == []
    assert "„Erziehungsberatungsstelle Emmendingen“ (Stammdaten, fachliche Einschätzung; " \
           "Einwilligung / Schweigepflichtentbindung)" in asked[-1]
    answer[0] = True
    assert saved(dialog)
    assert target.exists()
    [logged] = consents.disclosures_for_person(ctx.conn, records["person"])
    assert logged.recipient == "Erziehungsberatungsstelle Emmendingen"
    assert "Übermittlungsprotokoll" in dialog.problem.text()


def test_a_builtin_letter_is_saved_as_docx_when_she_names_it_so(
        open_letter, tmp_path, shown, frozen_clock, saved):
    from docx import Document

    dialog = open_letter()
    _type_address(dialog)
    target = tmp_path / "einladung.docx"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert saved(dialog), shown
    doc = Document(str(target))
    assert doc.paragraphs[0].text == "Einladung zu einem Gespräch"
    assert "Lindenweg 4" in doc.tables[0].rows[0].cells[0].text


def test_a_letter_to_the_guardians_gets_their_recorded_postal_address(
        open_letter, ctx, records, tmp_path, frozen_clock, saved):
    """Issue 62: „Brief erstellen“ to the guardians fills in their postal address recorded
    on the person, as the serial letter does (one rule: letters.member_address)."""
    from ssa_desktop.services import persons

    person = persons.get_person(ctx.conn, records["person"])
    person.guardian_address = "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    persons.save_person(ctx.conn, person)
    dialog = open_letter()
    assert dialog.address_box.toPlainText() == ""
    dialog.recipient_box.setFocus()
    QTest.keyClick(dialog.recipient_box, Qt.Key.Key_Down)
    assert dialog.recipient_box.currentData() == "guardians"
    assert dialog.address_box.toPlainText() == "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    target = tmp_path / "an-die-eltern.pdf"
    dialog.save_path_chooser = lambda suggested: str(target)
    assert saved(dialog)
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Frau Sara Berg" in text and "79312 Emmendingen" in text
    # back to the person herself: the proposal goes, her own typing would stay
    QTest.keyClick(dialog.recipient_box, Qt.Key.Key_Up)
    assert dialog.address_box.toPlainText() == ""


def test_a_letter_closed_gives_its_memory_back_when_deleted(qtbot, ctx, records, frozen_clock,
                                                             monkeypatch):
    """The letter's window with its preview, closed by Esc and deleted (ui/common/modal),
    returns what it freed (``ui.memory``)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ssa_desktop.ui import memory

    trims = []
    monkeypatch.setattr(memory, "return_free_memory", lambda: trims.append(True))
    dialog = LetterDialog(ctx, records["person"])
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview.image() is not None
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert trims == [True]
