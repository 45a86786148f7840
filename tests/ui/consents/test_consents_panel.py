"""Consents panel: add, withdraw, disclosure refused inline and accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.consents.panel import ConsentDialog, ConsentsPanel
from tests.support.clocks import clock_stands_at

TODAY = date(2026, 11, 21)


_clock_on_today = clock_stands_at(TODAY)


def _panel(ctx, qtbot, pupil):
    panel = ConsentsPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.refresh()
    return panel


def test_add_consent_and_status(ctx, qtbot, pupil):
    panel = _panel(ctx, qtbot, pupil)
    dialog = panel.add_consent()
    dialog.save()  # empty recipient: refused inline
    assert "Empfänger" in dialog.error.text() and repo.CONSENTS.count(ctx.conn) == 0
    dialog.recipient.setText("Herr Roth")
    dialog.limited.setChecked(True)
    dialog.valid_to.set_date(date(2026, 12, 31))
    dialog.save()
    assert panel.model.rowCount() == 1 and panel.model.item(0, 5).text() == "gültig"
    panel.table.selectRow(0)
    panel.withdraw_day.set_date(date(2026, 11, 20))
    panel.withdraw_selected()
    assert panel.model.item(0, 5).text().startswith("widerrufen")


def test_disclosure_refused_inline_then_accepted(ctx, qtbot, pupil):
    panel = _panel(ctx, qtbot, pupil)
    dialog = panel.document_disclosure()
    dialog.recipient.setCurrentText("Frau Klein")
    dialog.categories.boxes["attendance"].setChecked(True)
    dialog.basis.set_code("consent")
    dialog.save()
    assert "nicht zulässig" in dialog.error.text() and dialog.isVisible()
    assert repo.DISCLOSURES.count(ctx.conn) == 0
    svc.save_consent(ctx.conn, Consent(pupil.id, "Frau Klein", date(2026, 11, 1)))
    dialog.save()
    assert repo.DISCLOSURES.count(ctx.conn) == 1
    assert panel.log_model.rowCount() == 1 and panel.log_model.item(0, 1).text() == "Frau Klein"


def test_lock_clears(ctx, qtbot, pupil):
    svc.save_consent(ctx.conn, Consent(pupil.id, "Frau Klein", date(2026, 11, 1)))
    panel = _panel(ctx, qtbot, pupil)
    assert panel.model.rowCount() == 1
    ctx.lock()
    assert panel.model.rowCount() == 0 and panel.log_model.rowCount() == 0


def test_deputy_consent_is_shown_and_defaults_to_no(ctx, qtbot, pupil):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    panel = _panel(ctx, qtbot, pupil)
    assert panel.deputy_state.text() == "Weitergabe an die Vertretung: nein"
    dialog = panel.add_consent()
    assert not dialog.deputy.isChecked()  # the default is no
    dialog.scope.setText("Termine und offene Fälle")
    dialog.deputy.setFocus()
    QTest.keyClick(dialog.deputy, Qt.Key_Space)
    assert dialog.deputy.isChecked()
    dialog.save()  # no recipient: a deputy consent names the deputy generically
    saved = repo.CONSENTS.all(ctx.conn)
    assert [c.deputy for c in saved] == [True]
    assert saved[0].recipient == svc.DEPUTY_RECIPIENT
    assert panel.deputy_state.text() == ("Weitergabe an die Vertretung: ja – seit 21.11.2026, "
                                         "junger Mensch selbst · Termine und offene Fälle")
    assert panel.model.item(0, 2).text().startswith("Weitergabe an die Vertretung")


def _shown(panel):
    panel.show()
    panel.activateWindow()
    return panel


def _open_dialogs(panel):
    return [d for d in panel.findChildren(ConsentDialog) if d.isVisible()]


def test_enter_saves_once_and_no_new_dialog_opens(ctx, qtbot, pupil):
    panel = _shown(_panel(ctx, qtbot, pupil))
    QTest.mouseClick(panel.add_button, Qt.LeftButton)
    [dialog] = _open_dialogs(panel)
    dialog.recipient.setFocus()
    QTest.keyClicks(dialog.recipient, "Vertretung der Schulsozialarbeit")
    QTest.keyClick(dialog.deputy, Qt.Key_Space)
    QTest.keyClick(dialog.recipient, Qt.Key_Return)
    QApplication.processEvents()
    assert repo.CONSENTS.count(ctx.conn) == 1
    assert _open_dialogs(panel) == [] and QApplication.activeModalWidget() is None


def test_alt_e_opens_the_consent_dialog(ctx, qtbot, pupil):
    """The mnemonic presses the button as Qt does: an animated click, the dialog opens
    once it is released (one dialog, active, the Empfänger field ready)."""
    panel = _shown(_panel(ctx, qtbot, pupil))
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key_E, Qt.AltModifier)
    qtbot.waitUntil(lambda: len(_open_dialogs(panel)) == 1)
    [dialog] = _open_dialogs(panel)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert len(_open_dialogs(panel)) == 1


def test_the_panel_reads_the_one_clock_valid_to_the_last_day_expired_the_next(ctx, qtbot, pupil):
    """Built as the person page builds it, the panel takes the day from the one clock: a
    consent valid to the day the clock stands at is gültig; a day later abgelaufen."""
    svc.save_consent(ctx.conn, Consent(pupil.id, "Herr Roth", date(2026, 9, 1),
                                       valid_to=date(2027, 2, 28)))
    with clock.frozen(date(2027, 2, 28)):
        panel = ConsentsPanel(ctx, pupil.id)
        qtbot.addWidget(panel)
        panel.refresh()
        assert panel.model.item(0, 5).text() == "gültig"
        assert panel.withdraw_day.text() == "28.02.2027"
        dialog = panel.add_consent()
        assert dialog.valid_from.text() == "28.02.2027"
        dialog.reject()
    with clock.frozen(date(2027, 3, 1)):
        panel.refresh()
        assert panel.model.item(0, 5).text() == "abgelaufen"
        assert panel.withdraw_day.text() == "01.03.2027"


def test_the_selected_consent_becomes_a_letter_by_keys(ctx, qtbot, pupil):
    """Alt+L on a consent opens „Brief erstellen“ with the Schweigepflichtentbindung of
    exactly that consent (prefilled from it): one step from the consent."""
    from ssa_desktop.ui.letters.dialog import LetterDialog
    from tests.support import questions

    svc.save_consent(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 11, 1)))
    wanted = svc.save_consent(ctx.conn, Consent(pupil.id, "Erziehungsberatung",
                                                date(2026, 11, 2)))
    panel = _shown(_panel(ctx, qtbot, pupil))
    qtbot.waitUntil(panel.isActiveWindow)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.item(r, 0).text() == "Erziehungsberatung")
    panel.table.setFocus()
    panel.table.selectRow(row)
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.kind_box.currentData(), dialog.source_box.currentData()))
        dialog.reject()

    questions.when_open(LetterDialog, look)
    QTest.keyClick(panel.table, Qt.Key_L, Qt.AltModifier)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [("consent_release", wanted.id)]
