"""The ISEF presentation promises „pseudonymisiert“: a name of another person of the vault
typed into it is shown before the PDF and replaced by „[Name]“ on Enter (real keys, the
PDF read back); the pseudonym belongs there and is not asked about."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import child_protection as cp
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel
from ssa_desktop.ui.reports.names_dialog import NamesFoundDialog
from tests.support import questions
from tests.support.clocks import clock_stands_at

TODAY = date(2026, 11, 20)


_clock_on_today = clock_stands_at(TODAY)


def _answer(key, seen: list) -> None:
    questions.press_once_active(NamesFoundDialog, key, seen, _hits)


def _hits(dialog: NamesFoundDialog) -> list[str]:
    return [dialog.hits.item(i).text() for i in range(dialog.hits.count())]


def test_a_typed_name_is_replaced_before_the_pdf(ctx, qtbot, pupil, tmp_path):
    repo.PERSONS.insert(ctx.conn, Person("T-3", first_name="Tom", last_name="Berger",
                                         school_id="school-1", grade=7))
    proc = cp.start_procedure(ctx.conn, pupil.id, TODAY)
    cp.add_step(ctx.conn, proc.id, "1", TODAY, "ich", cp.observation_text("weint oft",
                                                                          "Lehrkraft"))
    panel = ChildProtectionPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.refresh()
    dialog = panel.show_isef()
    dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    dialog.text.setFocus(Qt.TabFocusReason)
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    QTest.keyClick(dialog.text, Qt.Key_Return)
    QTest.keyClicks(dialog.text, "Streit mit Tom Berger in der Pause.")
    seen: list = []
    _answer(Qt.Key_Return, seen)
    dialog.pdf_button.setFocus(Qt.TabFocusReason)
    QTest.keyClick(dialog.pdf_button, Qt.Key_Space)
    assert len(seen) == 1 and len(seen[0]) == 1
    assert seen[0][0].startswith("„Tom Berger“ – Fallvorstellung, Zeile ")
    assert "Gespeichert" in dialog.status.text()
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "Fallvorstellung_ISEF.pdf")).pages)
    assert "Streit mit [Name] in der Pause." in text and "Berger" not in text
    assert "K-17" in text  # the pseudonym belongs to a pseudonymised presentation
    QTest.keyClick(dialog.text, Qt.Key_Escape)
    assert not dialog.isVisible()
