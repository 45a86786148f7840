"""Results a screen reader must hear when they appear: shown in a message line (the
AlertMessage role, named by its words, announced when its text changes or it shows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from tests.support.written import wait_written


def _heard(label) -> str:
    """The words a reader is told (empty where the label is no announced message)."""
    iface = QAccessible.queryAccessibleInterface(label)
    if iface.role() != QAccessible.Role.AlertMessage:
        return ""
    return iface.text(QAccessible.Text.Name)


def test_the_person_count_after_filtering_is_announced(ctx, qtbot, tmp_path, pupil):
    """Issue: the count (e.g. „1 Person") changed on screen only."""
    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    persons = window.show_area("persons")
    search = persons.list.search
    search.setFocus(Qt.TabFocusReason)
    QTest.keyClicks(search, "K-99")
    qtbot.waitUntil(lambda: persons.list.count_label.text() == "0 Personen")
    assert _heard(persons.list.count_label) == "0 Personen"


def test_the_new_vault_is_announced(qtbot, tmp_path):
    """Issue: „✓ Der Tresor ist angelegt" was only shown."""
    from tests.ui.form_behaviour.test_group_form import _click_in_question
    from tests.ui.vault.test_emergency_key_unconfirmed import _created

    wizard = _created(qtbot, tmp_path / "tresor")
    heard = _heard(wizard.create_page.status)
    _click_in_question("Trotzdem abbrechen", [])  # closed without the key confirmed
    wizard.reject()
    assert heard.startswith("✓ Der Tresor ist angelegt")


def test_the_written_deputy_package_is_announced_with_its_key_page(ctx, qtbot, tmp_path):
    """Issue: „Das Vertretungspaket ist geschrieben" and its key page were only shown."""
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
    from tests.services.test_handover import _person

    _person(ctx.conn, "Anna")
    with clock.frozen(date(2026, 11, 23)):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        QTest.keyClicks(dialog.deputy_role, "SSA Nord")
        QTest.keyClicks(dialog.for_name, "Frau Albers")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.pages.currentIndex() == 1, dialog.error.text()
        heard = _heard(dialog.key_intro)
        dialog.accept()  # the key page closes without asking
    assert heard.startswith("Das Vertretungspaket ist geschrieben")


def _settle(area, qtbot) -> None:
    """Until no count runs and none is queued: a count may come late (the first scope's,
    or a refresh for a change announced by another task), and each rebuilds the warnings
    with new buttons (seen once in a full run: Tab reached the newer ones)."""
    from PySide6.QtWidgets import QApplication

    from ssa_desktop.ui import background

    for _ in range(20):
        background.wait_for_all(60_000)
        QApplication.processEvents()      # hand over what the tasks ended with
        qtbot.waitUntil(lambda: not area._busy, timeout=30_000)
        QApplication.processEvents()
        if not area._busy and background.wait_for_all(0):
            return
    raise AssertionError("Statistik kept counting")


def test_the_statistics_findings_are_heard_and_come_before_the_form(ctx, qtbot):
    """Issue 59, finding 7: Statistik's warnings were not announced and their buttons
    came after the figures in Tab order. Each warning is a message line (said when it
    shows, named by its words); Tab reaches its button before the form."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from ssa_desktop.domain import clock
    from tests.ui.statistics.test_statistics_area import _area

    # the whole test on one day: the time check reads „bis heute“, so a count that comes
    # late (the first scope's, or a refresh) must see the same day, or its findings differ
    with clock.frozen(date(2026, 10, 5)):
        area = _area(ctx, qtbot)
        # active first: the activation's own events may not rebuild the warnings between
        # reading their buttons and the Tab presses
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow, timeout=30_000)
        area.scope_box.setCurrentIndex(area.scope_box.findText("Realschule Am Berg (RS-2)"))
        area.report = None
        area.compute()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
        _settle(area, qtbot)
        rows = range(len(area.report.findings))
        assert len(rows) == 3
        lines = [area.findings_layout.itemAtPosition(r, 0).widget() for r in rows]
        assert all(_heard(line).startswith("⚠ ") and len(_heard(line)) > 10 for line in lines)
        buttons = [area.findings_layout.itemAtPosition(r, 1).widget() for r in rows]
        # Tab from the last button above them goes through the warnings' buttons, top down
        area.rules_button.setFocus(Qt.TabFocusReason)
        reached = []
        for _ in buttons:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
            reached.append(QApplication.focusWidget())
    assert reached == buttons, [w.accessibleName() if w else None for w in reached]


def test_the_saved_emergency_sheet_is_announced(qtbot, tmp_path):
    """Issue 65: „✓ Gespeichert: … jetzt ausdrucken“ beside the emergency sheet's button
    was a plain label, only shown."""
    from PySide6.QtWidgets import QWizard

    from tests.ui.form_behaviour.test_group_form import _click_in_question
    from tests.ui.vault.test_emergency_key_unconfirmed import _created

    wizard = _created(qtbot, tmp_path / "tresor")
    wizard.button(QWizard.CommitButton).click()
    assert wizard.emergency.save_sheet(tmp_path / "notfallblatt.pdf") is not None
    heard = _heard(wizard.emergency.sheet_status)
    _click_in_question("Trotzdem abbrechen", [])  # closed without the key confirmed
    wizard.reject()
    assert heard.startswith("✓ Gespeichert: notfallblatt.pdf")
