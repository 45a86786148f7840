"""Issue 28, the worker's try in the real GUI (guitest28 findings): the panel "Vertretung
und Übergabe" after a return with a conflict left open – in her words, no internal refs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.handover.conflicts_dialog import ConflictsDialog
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.handover.test_deputy_return import LATER, _both_changed
from tests.support import questions


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def _escape_conflicts() -> None:
    """Leave the conflicts open once they are asked: Esc in the dialog, as she would."""
    def escape(dialog) -> None:
        focus = QApplication.focusWidget()   # the dialog's own focus, else the dialog
        QTest.keyClick(focus if focus is not None and dialog.isAncestorOf(focus) else dialog,
                       Qt.Key_Escape)
    questions.when_open(ConflictsDialog, escape)


@pytest.fixture
def panel_after_open_conflict(qtbot, ctx, out):
    ret, appt = _both_changed(ctx.conn, out, status="cancelled")
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    _escape_conflicts()
    with clock.frozen(LATER):
        panel.read_return(ret.path)
        qtbot.waitUntil(lambda: not panel.reading, timeout=20000)
    return panel, appt


def _stand(panel) -> list[str]:
    return [panel.model.item(r, 4).text() for r in range(panel.model.rowCount())]


def test_a_return_with_an_open_decision_says_so_in_the_list(panel_after_open_conflict):
    """Finding 1: "Rückgabe eingelesen" read as done while a decision was still open."""
    panel, _appt = panel_after_open_conflict
    assert _stand(panel) == ["Rückgabe: Entscheidung offen"]


def test_the_conflict_in_her_words_without_the_internal_ref(panel_after_open_conflict):
    """Finding 2: "… (appointment:f51c6dee…)" is the CLI's handle, not hers."""
    panel, appt = panel_after_open_conflict
    text = panel.status.text()
    assert "Termin am 02.12.2026, 10:00–10:45, P-Anna" in text
    assert "abgesagt" in text and "wahrgenommen" in text
    assert appt.id not in text and "appointment:" not in text


def test_one_conflict_in_the_singular(panel_after_open_conflict):
    """Finding 3: "1 Konflikte", "1 Einträge weichen … ab"."""
    panel, _appt = panel_after_open_conflict
    text = panel.status.text()
    assert "1 Konflikt (nicht überschrieben)" in text
    assert "1 Eintrag weicht von Ihren ab und wurde NICHT überschrieben:" in text


def test_school_dialog_has_the_folder_button_by_keyboard(ctx, qtbot, tmp_path, monkeypatch):
    """Finding 4: "Zielordner" had no folder button; Alt+O opens the folder choice (the
    system's own dialog is stood in for: it is the operating system's)."""
    from PySide6.QtWidgets import QFileDialog

    from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog

    chosen = tmp_path / "stick"
    chosen.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: asked.append(args) or str(chosen))
    dialog = SchoolHandoverDialog(ctx, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.folder_button.accessibleName() == "Zielordner wählen"
    dialog.successor.setFocus()
    QTest.keyClick(dialog.successor, Qt.Key_O, Qt.AltModifier)
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic clicks the button animated
    assert dialog.folder.text() == str(chosen)


def test_the_list_shows_dates_as_she_writes_them_and_the_period(panel_after_open_conflict):
    """Finding 7: "Geschrieben am" was ISO (2026-11-23); a Vertretungspaket shows its
    period and the day it is deleted."""
    from tests.services.test_handover import PERIOD, TODAY

    panel, _appt = panel_after_open_conflict
    headers = [panel.model.horizontalHeaderItem(c).text()
               for c in range(panel.model.columnCount())]
    row = {h: panel.model.item(0, c).text() for c, h in enumerate(headers)}
    assert row["Geschrieben am"] == TODAY.strftime("%d.%m.%Y")
    assert row["Zeitraum"] == (f"{PERIOD.first:%d.%m.%Y} – {PERIOD.last:%d.%m.%Y}, "
                               f"gelöscht ab {PERIOD.expires:%d.%m.%Y}")


def test_after_the_successor_removed_the_package_the_report_says_so_calmly(ctx, qtbot,
                                                                            tmp_path):
    """Finding 6: the successor's app shreds the package when it reads it from the same
    stick; the worker's receipt report read as if something had gone wrong."""
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover_confirm, handover_school
    from tests.services.test_handover import TODAY, _person
    from tests.support.vaults import fresh_vault

    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        result = handover_school.create_school_package(ctx.conn, "school-1", rules.Deputy("Mara Ott"),
                                                       tmp_path)
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, tmp_path)
        assert not result.path.exists()
        report = handover_confirm.confirm_school_handover(ctx.conn, receipt)
    said = report.package_file
    assert "liegt nicht mehr dort, wo sie geschrieben wurde" in said
    assert "die Nachfolge entfernt sie beim Einlesen" in said
    assert "Haben Sie eine Kopie angelegt, löschen Sie diese bitte" in said
    assert "oder dort liegt eine andere Datei" not in said
