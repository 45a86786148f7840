"""The Jahresbericht dialog: texts saved per school and year, the PDF created."""

from __future__ import annotations

from pypdf import PdfReader

from ssa_desktop.services import annual_report as svc
from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog


def test_texts_are_saved_and_the_pdf_is_written(qtbot, ctx, tmp_path):
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    year = dialog.school_year()
    dialog.editors["focus"].setPlainText("Viele Konflikte in Klasse 6.")
    dialog.year.setCurrentIndex(0)  # switching saves the texts of the year left
    assert svc.texts(ctx.conn, "school-1", year) == {"focus": "Viele Konflikte in Klasse 6."}
    assert dialog.editors["focus"].toPlainText() == ""
    dialog.year.setCurrentIndex(1)
    assert dialog.editors["focus"].toPlainText() == "Viele Konflikte in Klasse 6."
    dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    dialog.create_pdf()
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=20000)
    [pdf] = tmp_path.glob("Jahresbericht_*.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Viele Konflikte in Klasse 6." in text and year.label in text


def test_save_button(qtbot, ctx):
    from PySide6.QtCore import Qt

    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.editors["intro"].setPlainText("Stelle 75 %.")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.status.text() == "Texte gespeichert."
    assert svc.texts(ctx.conn, "school-1", dialog.school_year()) == {"intro": "Stelle 75 %."}


def test_closing_saves_the_texts(qtbot, ctx):
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.editors["outlook"].setPlainText("Mehr Klassenrat.")
    dialog.reject()
    assert svc.texts(ctx.conn, "school-1", dialog.school_year())["outlook"] == "Mehr Klassenrat."


def test_reachable_from_the_agreement_tab(qtbot, ctx, monkeypatch):
    from ssa_desktop.ui.network.area import NetworkArea

    opened = []
    monkeypatch.setattr("ssa_desktop.ui.reports.annual_report_dialog.open_annual_report",
                        lambda ctx, parent, school_id: opened.append(school_id))
    area = NetworkArea(ctx)
    qtbot.addWidget(area)
    area.agreement.refresh()
    area.agreement.open_annual_report()
    assert opened == ["school-1"]
