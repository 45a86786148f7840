"""The Jahresbericht promises no names: names of the vault's persons typed into its texts
are shown before the PDF, replaced, edited or printed as she chooses (real keys, a real
vault, the PDF read back)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import annual_report as svc
from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
from ssa_desktop.ui.reports.names_dialog import NamesFoundDialog
from tests.support import questions

TYPED = "Viele Konflikte.\nTreffen mit kim sommer und Lena, dann wieder Kim."


@pytest.fixture
def dialog(qtbot, ctx, pupil, tmp_path):
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    dialog.show()
    editor = dialog.editors["focus"]
    editor.setFocus(Qt.TabFocusReason)
    first, second = TYPED.split("\n")  # QTest types ASCII only
    QTest.keyClicks(editor, first)
    QTest.keyClick(editor, Qt.Key_Return)
    QTest.keyClicks(editor, second)
    return dialog


def _answer(key, seen: list, modifier=Qt.NoModifier) -> None:
    """Press ``key`` in the names dialog that opens next (it runs its own event loop)."""
    questions.press_once_active(NamesFoundDialog, key, seen, _hits, modifier)


def _hits(dialog: NamesFoundDialog) -> list[str]:
    return [dialog.hits.item(i).text() for i in range(dialog.hits.count())]


def _press_pdf(dialog) -> None:
    dialog.pdf_button.setFocus(Qt.TabFocusReason)
    QTest.keyClick(dialog.pdf_button, Qt.Key_Space)


def _pdf_text(tmp_path) -> str:
    [pdf] = tmp_path.glob("Jahresbericht_*.pdf")
    return "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)


def test_enter_replaces_the_names_and_the_pdf_has_none(qtbot, dialog, ctx, tmp_path):
    seen: list = []
    _answer(Qt.Key_Return, seen)
    _press_pdf(dialog)
    assert seen == [["„kim sommer“ – Schwerpunkte und Entwicklungen, Zeile 2",
                     "„Kim“ – Schwerpunkte und Entwicklungen, Zeile 2"]]
    replaced = "Viele Konflikte.\nTreffen mit [Name] und Lena, dann wieder [Name]."
    assert dialog.editors["focus"].toPlainText() == replaced
    assert svc.texts(ctx.conn, "school-1", dialog.school_year())["focus"] == replaced
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=20000)
    text = _pdf_text(tmp_path)
    assert "Treffen mit [Name] und Lena" in text
    assert "kim" not in text.casefold() and "sommer" not in text.casefold()


def test_bearbeiten_goes_back_with_the_first_name_selected(qtbot, dialog, tmp_path):
    seen: list = []
    _answer(Qt.Key_B, seen, Qt.AltModifier)
    _press_pdf(dialog)
    assert len(seen) == 1
    editor = dialog.editors["focus"]
    assert editor.textCursor().selectedText() == "kim sommer"
    assert dialog.focusWidget() is editor  # the window's focus, back when it is active
    assert editor.toPlainText() == TYPED
    assert list(tmp_path.glob("Jahresbericht_*.pdf")) == []


def test_trotzdem_drucken_prints_the_names(qtbot, dialog, tmp_path):
    seen: list = []
    _answer(Qt.Key_T, seen, Qt.AltModifier)
    _press_pdf(dialog)
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=20000)
    assert "Treffen mit kim sommer und Lena" in _pdf_text(tmp_path)


def test_esc_prints_nothing(qtbot, dialog, tmp_path):
    seen: list = []
    _answer(Qt.Key_Escape, seen)
    _press_pdf(dialog)
    assert len(seen) == 1 and list(tmp_path.glob("Jahresbericht_*.pdf")) == []


def test_a_pseudonym_in_a_goal_is_replaced_in_the_printed_copy(ctx, pupil, tmp_path):
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.reports.annual_report import GoalReport, Sources
    from ssa_desktop.services.names_in_text import REPLACE

    sources = Sources(goals=lambda *_: [GoalReport("Stärkung von K-17", "Kurs für k17")],
                      texts=svc.texts)
    found = svc.names_found(ctx.conn, "school-1", SchoolYear(2026), sources)
    assert [(f.place.label, [h.word for h in f.hits]) for f in found] == [
        ("Ziele und Angebote, Ziel 1", ["K-17"])]  # "k17" is another word
    svc.write_report(ctx.conn, "school-1", SchoolYear(2026), tmp_path / "Jahresbericht_x.pdf",
                     sources=sources, names_policy=REPLACE)
    text = _pdf_text(tmp_path)
    assert "Stärkung von [Name]" in text and "K-17" not in text and "Kurs für k17" in text
