"""The § 8a panel driven like a user: steps, acute path, closure, ISEF preview, lock."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.services import child_protection as cp
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel, IsefDialog
from tests.support.clocks import clock_stands_at

TODAY = date(2026, 11, 21)


_clock_on_today = clock_stands_at(TODAY)


def _panel(ctx, qtbot, pupil):
    panel = ChildProtectionPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel


def test_steps_then_acute_then_closure(ctx, qtbot, pupil):
    panel = _panel(ctx, qtbot, pupil)
    assert not panel.editor.isEnabled()
    qtbot.mouseClick(panel.new_button, Qt.LeftButton)
    proc = panel.current()
    assert proc is not None and panel.step_combo.code() == "0"
    panel.step_combo.set_code("1")
    panel.actor.setText("ich")
    panel.save_step()  # no observations: refused inline, typed text kept
    assert "Beobachtungen" in panel.error.text() and panel.actor.text() == "ich"
    panel.observations.setPlainText("Hämatome am Arm")
    panel.source.setText("eigene Wahrnehmung")
    panel.day.set_date(date(2026, 11, 21))
    panel.due_check.setChecked(True)
    panel.due.set_date(date(2026, 11, 21))
    panel.observations.setFocus()
    qtbot.keyClick(panel.observations, Qt.Key_Return, Qt.ControlModifier)
    assert panel.error.text() == ""
    assert [s.step for s in cp.steps(ctx.conn, proc.id)] == ["1"]
    assert "fällig bis 21.11.2026" in panel.state.text() and "ÜBERFÄLLIG" not in panel.state.text()
    # acute path
    qtbot.mouseClick(panel.acute_button, Qt.LeftButton)
    assert panel.step_combo.code() == "7" and panel.pages.currentIndex() == 2
    panel.actor.setText("ich")
    panel.recipient.setText("ASD Bereitschaftsdienst")
    panel.sent.setPlainText("Beobachtungen vom 21.11.")
    panel.told.setChecked(False)
    panel.save_step()
    assert "begründen" in panel.error.text()
    panel.reason.setText("würde das Kind gefährden")
    panel.save_step()
    stored = repo.CP_PROCEDURES.get(ctx.conn, proc.id)
    assert stored.acute and stored.youth_office_involved
    assert cp.RETENTION_HINT in panel.state.text()
    # closure needs the retention decision
    panel.step_combo.set_code("9")
    panel.actor.setText("ich")
    panel.save_step()
    assert "Jugendamt war beteiligt" in panel.error.text()
    panel.retention.set_code("keep")
    panel.save_step()
    stored = repo.CP_PROCEDURES.get(ctx.conn, proc.id)
    assert stored.status == "closed" and cp.retention_decision(ctx.conn, proc.id).decision == "keep"
    assert "Erneut zu entscheiden bis 21.11.2027" in panel.state.text()
    assert not panel.editor.isEnabled()


def test_isef_preview_has_no_names(ctx, qtbot, pupil):
    proc = cp.start_procedure(ctx.conn, pupil.id, TODAY)
    cp.add_step(ctx.conn, proc.id, "1", TODAY, "ich", cp.observation_text("Kim Sommer weint oft", "Lehrkraft"))
    panel = _panel(ctx, qtbot, pupil)
    dialog = panel.show_isef()
    text = dialog.text.toPlainText()
    assert "K-17" in text and "weint oft" in text
    assert "Kim" not in text and "Sommer" not in text and "2013" not in text and "Am Park" not in text
    dialog.copy()
    assert "Kopiert" in dialog.status.text()
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_lock_clears_panel(ctx, qtbot, pupil):
    proc = cp.start_procedure(ctx.conn, pupil.id, TODAY)
    cp.add_step(ctx.conn, proc.id, "2", TODAY, "Leitung", "geheim")
    panel = _panel(ctx, qtbot, pupil)
    assert panel.model.rowCount() == 1
    panel.text.setPlainText("getippt")
    ctx.lock()
    assert panel.model.rowCount() == 0 and panel.procedure_combo.count() == 0
    assert panel.text.toPlainText() == "" and panel.state.text() == ""


def test_isef_and_procedure_pdfs_from_the_panel(ctx, qtbot, pupil, tmp_path):
    from pypdf import PdfReader

    proc = cp.start_procedure(ctx.conn, pupil.id, TODAY)
    cp.add_step(ctx.conn, proc.id, "1", TODAY, "ich", cp.observation_text("weint oft", "Lehrkraft"))
    panel = _panel(ctx, qtbot, pupil)
    panel.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    panel.save_procedure_pdf()
    assert "Gespeichert" in panel.last_saved
    assert "weint oft" in PdfReader(str(tmp_path / "Verfahren_8a.pdf")).pages[0].extract_text()
    dialog = panel.show_isef()
    dialog.text.setPlainText(dialog.text.toPlainText() + "\nergänzt")
    dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    dialog.save_pdf()
    assert "Gespeichert" in dialog.status.text()
    text = PdfReader(str(tmp_path / "Fallvorstellung_ISEF.pdf")).pages[0].extract_text()
    assert "ergänzt" in text and "Kim" not in text
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_overdue_step_is_marked_and_closed_procedure_summarised(ctx, qtbot, pupil):
    from ssa_desktop.formatting import fmt_date
    from ssa_desktop.ui import colours

    proc = cp.start_procedure(ctx.conn, pupil.id, date(2026, 11, 1))
    cp.add_step(ctx.conn, proc.id, "1", date(2026, 11, 2), "ich", cp.observation_text("weint oft", "Lehrkraft"),
                due=date(2026, 11, 10))
    cp.add_step(ctx.conn, proc.id, "2", date(2026, 11, 3), "Leitung", "beraten")
    panel = _panel(ctx, qtbot, pupil)
    assert panel.model.rowCount() == 2 and panel.editor.isEnabled()
    assert panel.model.item(0, 4).text() == fmt_date(date(2026, 11, 10)) and panel.model.item(1, 4).text() == ""
    text = panel.state.text()
    assert text.startswith("ÜBERFÄLLIG – Nächster Schritt: 3 – ") and "fällig bis 10.11.2026" in text
    assert cp.RETENTION_HINT not in text and "bold" in panel.state.styleSheet()
    assert panel.model.item(0, 4).foreground().color() == QColor(colours.current().error)
    assert panel.step_combo.code() == "3"
    cp.close_procedure(ctx.conn, proc.id, date(2026, 11, 20), "ich", "erledigt")
    panel.refresh()
    assert panel.state.text() == "Abgeschlossen am 20.11.2026." and panel.state.styleSheet() == ""
    assert not panel.editor.isEnabled() and panel.isef_button.isEnabled()


def test_the_panel_reads_the_one_clock_due_on_the_day_overdue_the_next(ctx, qtbot, pupil):
    """Built as the person page builds it, the panel takes the day from the one clock:
    a step due on the day the clock stands at is due, not overdue; a day later it is."""
    proc = cp.start_procedure(ctx.conn, pupil.id, date(2026, 11, 2))
    cp.add_step(ctx.conn, proc.id, "1", date(2026, 11, 3), "ich",
                cp.observation_text("weint oft", "Lehrkraft"), due=date(2027, 3, 1))
    with clock.frozen(date(2027, 3, 1)):
        panel = ChildProtectionPanel(ctx, pupil.id)
        qtbot.addWidget(panel)
        panel.refresh()
        assert panel.state.text().startswith("Nächster Schritt: 2 – ")
        assert "fällig bis 01.03.2027" in panel.state.text()
        assert (panel.day.text(), panel.due.text()) == ("01.03.2027", "08.03.2027")
    with clock.frozen(date(2027, 3, 2)):
        panel.refresh()
        assert panel.state.text().startswith("ÜBERFÄLLIG – Nächster Schritt: 2 – ")
        assert (panel.day.text(), panel.due.text()) == ("02.03.2027", "09.03.2027")


def _isef_windows(panel) -> list[IsefDialog]:
    return [d for d in panel.findChildren(IsefDialog) if d.isVisible()]


def _press_isef(qtbot, panel) -> None:
    """Back in the panel, the ISEF button pressed with the keyboard (Space)."""
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.isef_button.setFocus(Qt.TabFocusReason)
    QTest.keyClick(panel.isef_button, Qt.Key_Space)


def test_the_isef_button_pressed_again_brings_the_open_window_forward(ctx, qtbot, pupil):
    """One ISEF window: pressed again (keyboard or mouse) while it is open, the open one is
    raised and active, her edits in it kept; closed, the button opens a new one."""
    proc = cp.start_procedure(ctx.conn, pupil.id, TODAY)
    cp.add_step(ctx.conn, proc.id, "1", TODAY, "ich", cp.observation_text("weint oft", "Lehrkraft"))
    panel = _panel(ctx, qtbot, pupil)
    _press_isef(qtbot, panel)
    [first] = _isef_windows(panel)
    qtbot.waitUntil(first.isActiveWindow)
    QTest.keyClicks(first.text, "Zusatz ")
    _press_isef(qtbot, panel)
    assert _isef_windows(panel) == [first]
    qtbot.waitUntil(first.isActiveWindow)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.mouseClick(panel.isef_button, Qt.LeftButton)
    assert _isef_windows(panel) == [first]
    qtbot.waitUntil(first.isActiveWindow)
    assert first.text.toPlainText().startswith("Zusatz ")
    QTest.keyClick(first, Qt.Key_Escape)
    assert _isef_windows(panel) == []
    _press_isef(qtbot, panel)
    [second] = _isef_windows(panel)
    assert second is not first
    qtbot.waitUntil(second.isActiveWindow)
    assert "Zusatz" not in second.text.toPlainText() and "weint oft" in second.text.toPlainText()
    QTest.keyClick(second, Qt.Key_Escape)
    assert _isef_windows(panel) == []
