"""Her templates in the vault, in the GUI: kept from „Brief erstellen“ with the PDF
form's mapping, chosen there by keys for their kind; „Vorlagen verwalten …“ imports,
lists, exports and deletes them (one service with ``letter template-*``)."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import letter_templates as store
from ssa_desktop.ui.letters.dialog import LetterDialog
from ssa_desktop.ui.letters.templates_dialog import LetterTemplatesDialog
from tests.letters.test_own_templates import docx, docx_text, pdf_form


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    messages: list[str] = []
    for module in ("dialog", "templates_dialog", "saving"):
        monkeypatch.setattr(f"ssa_desktop.ui.letters.{module}.show_error",
                            lambda parent, text, title="": messages.append(text))
    return messages


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_her_mapped_pdf_form_is_kept_and_chosen_again_by_keys(qtbot, ctx, records, tmp_path,
                                                              shown, frozen_clock, previewed):
    form = tmp_path / "formular.pdf"
    form.write_bytes(pdf_form("Vorname", "Termin"))
    dialog = _show(qtbot, LetterDialog(ctx, records["person"]))
    dialog.template_chooser = lambda: str(form)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    previewed(dialog)
    for field, placeholder in (("Vorname", "person.first_name"), ("Termin", "appointment.day")):
        combo = dialog.mapping_combos[field]
        combo.setFocus()
        for _ in range(combo.findData(placeholder)):
            QTest.keyClick(combo, Qt.Key.Key_Down)
    # (offered for keeping once its preview was made: no field mapped, it was refused)
    assert previewed(dialog).keep_template_button.isEnabled()
    dialog.name_chooser = lambda suggested: "Einladung Formular"
    QTest.mouseClick(dialog.keep_template_button, Qt.MouseButton.LeftButton)
    assert shown == []
    [kept] = store.stored_templates(ctx.conn)
    assert (kept.name, kept.kind, kept.mapping) == (
        "Einladung Formular", "invitation",
        {"Vorname": "person.first_name", "Termin": "appointment.day"})
    # a new dialog offers it for its kind only, chosen by keys; its mapping comes along
    again = _show(qtbot, LetterDialog(ctx, records["person"]))
    labels = [again.template_box.itemText(i) for i in range(again.template_box.count())]
    assert labels == ["Eingebauter Brief", "Einladung Formular (im Tresor)"]
    again.template_box.setFocus()
    QTest.keyClick(again.template_box, Qt.Key.Key_Down)
    assert not again.mapping_box.isVisible()
    assert "person.first_name: Kim" in previewed(again).preview.text()
    values = {n: f.get("/V") for n, f in PdfReader(io.BytesIO(again.made.data)).get_fields().items()}
    assert values == {"Vorname": "Kim", "Termin": "02.12.2026"}
    again.kind_box.setFocus()
    QTest.keyClick(again.kind_box, Qt.Key.Key_Down)          # Schweigepflichtentbindung
    assert again.template_box.count() == 1


def test_manage_imports_lists_exports_and_deletes(qtbot, ctx, records, tmp_path, shown,
                                                   monkeypatch, frozen_clock, previewed):
    good = tmp_path / "einladung.docx"
    good.write_bytes(docx("Liebe Eltern von {{ person.first_name }}"))
    bad = tmp_path / "falsch.docx"
    bad.write_bytes(docx("{{ person.frist_name }}"))
    dialog = _show(qtbot, LetterTemplatesDialog(ctx, kind="invitation"))
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.table.rowCount() == 0
    dialog.file_chooser = lambda: str(bad)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown and "„person.frist_name“ gibt es nicht" in shown[-1]
    assert dialog.table.rowCount() == 0
    dialog.file_chooser = lambda: str(good)
    dialog.name_box.setFocus()
    QTest.keyClicks(dialog.name_box, "Einladung Eltern")
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    # the day it was kept as she writes days (25.11.2026), not as the vault stores it
    assert [dialog.table.item(0, c).text() for c in range(5)] == [
        "Einladung Eltern", "Einladung zum Gespräch", "DOCX", "–", "25.11.2026"]
    assert "„Einladung Eltern“ im Tresor abgelegt" in dialog.status.text()
    # export for a colleague
    target = tmp_path / "kollegin" / "einladung.ssavorlage"
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Home)
    dialog.save_path_chooser = lambda suggested: str(target)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text("utf-8"))["name"] == "Einladung Eltern"
    assert "Kim" not in target.read_text("utf-8")
    # a letter from it
    letter = _show(qtbot, LetterDialog(ctx, records["person"]))
    letter.template_box.setCurrentIndex(1)
    assert "Liebe Eltern von Kim" in docx_text(previewed(letter).made.data)
    # delete (after her yes)
    monkeypatch.setattr("ssa_desktop.ui.letters.templates_dialog.ask_yes_no",
                        lambda *a, **k: True)
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and store.stored_templates(ctx.conn) == []
    # the colleague's file comes in with its name and kind
    dialog.file_chooser = lambda: str(target)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in store.stored_templates(ctx.conn)] == ["Einladung Eltern"]


def test_the_export_offers_a_name_windows_takes(qtbot, ctx, shown):
    """Her template's name is hers („Einladung 7a/7b: Eltern“): the name offered for its
    export is valid on Windows (``safe_file_name``). Before: offered as it was, the slash
    cut it to „7b: Eltern.ssavorlage“ and Windows' dialog refused the colon."""
    store.import_template(ctx.conn, "Einladung 7a/7b: Eltern", "invitation",
                          docx("Liebe Eltern von {{ person.first_name }}"), "docx")
    dialog = _show(qtbot, LetterTemplatesDialog(ctx, kind="invitation"))
    offered: list[str] = []
    dialog.save_path_chooser = lambda suggested: offered.append(suggested) or ""
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Home)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert offered == ["Einladung 7a-7b- Eltern.ssavorlage"] and shown == []
