"""The deputy's window: a colleague's package next to her own vault, marked; persons with
name, class, school and guardian reachability; "Kontakt erfassen" for the person she
chose (issue 28: with N-5 selected the note went into K-17's case), appointments marked
with the keyboard, the return written (a second one under a new name), closed at lock;
expired packages swept."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.deputy_window import DeputyWindow
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.ui.handover.deputy_fixture import WORKDAY, gone, shown_entry_dialog


@pytest.fixture
def package(deputy_package):
    """Short name of the shared fixture (conftest) for the tests below."""
    return deputy_package


@pytest.fixture
def window(deputy_window):
    return deputy_window


def alt(qtbot, letter) -> None:
    """Alt+letter where the focus is, as she presses it."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(widget, letter, Qt.AltModifier)


def _active(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _contact_dialog(qtbot, window):
    alt(qtbot, Qt.Key_E)  # "Kontakt &erfassen …"
    return shown_entry_dialog(window, qtbot)


def test_persons_show_name_class_school_and_guardian_reachability(window, package):
    rows = {window.persons_model.item(r, 0).text(): [
        window.persons_model.item(r, c).text() for c in range(5)]
        for r in range(window.persons_model.rowCount())}
    assert rows["N-5"][1] == "•••"  # names only while "Namen anzeigen" is on
    window.names_button.setChecked(True)
    rows = {window.persons_model.item(r, 0).text(): [
        window.persons_model.item(r, c).text() for c in range(5)]
        for r in range(window.persons_model.rowCount())}
    assert rows["N-5"] == ["N-5", "Nora Neumann", "5b", "Gemeinschaftsschule Am Park",
                           "Mutter: 0151 2345678 (ab 16 Uhr)"]
    assert rows["K-17"][4] == "Vater: 0160 1112223"
    appts = [[window.appts_model.item(r, c).text() for c in range(5)]
             for r in range(window.appts_model.rowCount())]
    assert ["02.12.2026", "10:00–10:45", "N-5", "2.04", "geplant"] in appts
    [deadline] = [[window.deadlines_model.item(0, c).text() for c in range(3)]]
    # the step done was 1: the next one is 2, due on the day step 1 set
    assert deadline == ["07.12.2026", "N-5", "Leitung informiert, kollegiale Ersteinschätzung"]
    assert "Anna" not in window.windowTitle() and "N-5" not in window.windowTitle()


def test_contact_for_n5_selected_with_the_keyboard_goes_into_n5s_case(window, qtbot, package):
    """The bug: with N-5 selected the note was saved into K-17's open case."""
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        assert window.persons_model.item(0, 0).text() == "K-17"
        QTest.keyClick(window.persons, Qt.Key_Down)  # N-5
        dialog = _contact_dialog(qtbot, window)
        assert dialog.person.currentText().startswith("N-5")
        assert dialog.case.currentData() == package.n5_case
        assert [dialog.case.itemData(i) for i in range(dialog.case.count())] == [
            package.n5_case, ""]  # only her cases, or none
        alt(qtbot, Qt.Key_A)
        QTest.keyClicks(QApplication.focusWidget(), "Telef")
        alt(qtbot, Qt.Key_D)
        QTest.keyClicks(QApplication.focusWidget(), "2.12.26")
        alt(qtbot, Qt.Key_Z)
        QTest.keyClicks(QApplication.focusWidget(), "1415")
        alt(qtbot, Qt.Key_U)
        QTest.keyClicks(QApplication.focusWidget(), "45")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # Beteiligte: Schüler:in
        assert QApplication.focusWidget() is dialog.participants.boxes["pupil"]
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)  # Eltern ticked
        alt(qtbot, Qt.Key_T)
        QTest.keyClicks(QApplication.focusWidget(), "Familie")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)  # adds the topic only
        assert dialog.isVisible()
        alt(qtbot, Qt.Key_N)
        QTest.keyClicks(QApplication.focusWidget(), "Telefonat mit Mutter")
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(window.pkg)
    assert (contact.person_id, contact.case_id) == (package.n5, package.n5_case)
    assert contact.kind == "TEL" and contact.day == date(2026, 12, 2)
    assert contact.time == "14:15" and contact.duration_min == 45
    assert contact.participants == ("pupil", "parent") and contact.topics == ("FAM",)
    assert contact.note == "Telefonat mit Mutter"
    row = [window.contacts_model.item(0, c).text() for c in range(8)]
    assert row == ["02.12.2026", "14:15", "N-5", "Schulvermeidung", "Telefonat", "45 Min.",
                   "Familie / familiäre Probleme", "Telefonat mit Mutter"]
    assert "Telefonat mit N-5" in window.status.text()


def test_person_is_chosen_in_the_dialog_and_a_contact_may_have_no_case(window, qtbot,
                                                                      package):
    with clock.frozen(WORKDAY):
        window.persons.setFocus()  # K-17 is selected
        dialog = _contact_dialog(qtbot, window)
        assert dialog.case.currentData() == package.k17_case
        dialog.person.setFocus()
        dialog.person.lineEdit().selectAll()
        QTest.keyClicks(dialog.person.lineEdit(), "N-5")
        QTest.keyClick(dialog.person.lineEdit(), Qt.Key_Tab)  # resolves, on to Fall
        assert dialog.person_id() == package.n5
        assert QApplication.focusWidget() is dialog.case
        QTest.keyClick(dialog.case, Qt.Key_Down)
        assert dialog.case.currentText() == "ohne Fall"
        alt(qtbot, Qt.Key_N)
        QTest.keyClicks(QApplication.focusWidget(), "Kurz auf dem Flur")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(window.pkg)
    assert (contact.person_id, contact.case_id) == (package.n5, None)
    assert window.contacts_model.item(0, 3).text() == "ohne Fall"


def test_a_future_day_is_refused_in_the_dialog_with_nothing_lost(window, qtbot, package):
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        dialog = _contact_dialog(qtbot, window)
        alt(qtbot, Qt.Key_N)
        QTest.keyClicks(QApplication.focusWidget(), "Gespraech")
        alt(qtbot, Qt.Key_D)
        QTest.keyClicks(QApplication.focusWidget(), "4.12.2026")  # tomorrow
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        assert "in der Zukunft" in dialog.error.text()
        assert dialog.isVisible() and dialog.note.toPlainText() == "Gespraech"
        assert repo.CONTACTS.all(window.pkg) == []
        alt(qtbot, Qt.Key_D)
        QTest.keyClicks(QApplication.focusWidget(), "3.12.2026")  # today
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        assert len(repo.CONTACTS.all(window.pkg)) == 1


def test_appointments_are_marked_with_the_keyboard(window, qtbot, package):
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        alt(qtbot, Qt.Key_T)  # tab "&Termine"
        assert window.tabs.currentIndex() == 2
        window.appts.setFocus()
        row = next(r for r in range(window.appts_model.rowCount())
                   if window.appts_model.item(r, 2).text() == "N-5")
        window.appts.selectRow(0)
        for _ in range(row):
            QTest.keyClick(window.appts, Qt.Key_Down)
        alt(qtbot, Qt.Key_W)  # "Als &wahrgenommen markieren"
        qtbot.waitUntil(lambda: repo.APPOINTMENTS.get(window.pkg, package.n5_appointment)
                        .status == "attended")
        assert window.appts_model.item(row, 4).text() == "wahrgenommen"
        assert window.selected_appointment() == package.n5_appointment  # still chosen
        alt(qtbot, Qt.Key_A)  # "&Abgesagt"
        qtbot.waitUntil(lambda: repo.APPOINTMENTS.get(window.pkg, package.n5_appointment)
                        .status == "cancelled")
        alt(qtbot, Qt.Key_I)  # "N&icht erschienen"
        qtbot.waitUntil(lambda: repo.APPOINTMENTS.get(window.pkg, package.n5_appointment)
                        .status == "missed")
        assert "nicht erschienen" in window.status.text()


def test_appointment_with_person_and_room(window, qtbot, package):
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        QTest.keyClick(window.persons, Qt.Key_Down)  # N-5
        alt(qtbot, Qt.Key_M)  # "Ter&min eintragen …"
        dialog = shown_entry_dialog(window, qtbot)
        assert dialog.person_id() == package.n5
        alt(qtbot, Qt.Key_D)
        QTest.keyClicks(QApplication.focusWidget(), "10.12.2026")
        alt(qtbot, Qt.Key_R)
        QTest.keyClicks(QApplication.focusWidget(), "Raum 2.04")
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
    [new] = [a for a in repo.APPOINTMENTS.all(window.pkg) if a.day == date(2026, 12, 10)]
    assert (new.person_id, new.room, new.start, new.end) == (package.n5, "Raum 2.04", "09:00",
                                                             "09:45")


def test_second_return_into_the_same_folder_gets_a_new_name(window, tmp_path, package):
    out = tmp_path / "rueck"
    out.mkdir()
    with clock.frozen(WORKDAY):
        handover_deputy_work.deputy_set_appointment_status(window.pkg, package.n5_appointment, "attended")
        window.write_return(out)
        first = window.status.text()
        window.write_return(out)
        second = window.status.text()
    files = sorted(out.iterdir(), key=lambda p: len(p.name))  # the first, then "…-2"
    assert len(files) == 2
    assert f"Rückgabe geschrieben: {files[0]}" in first
    assert f"Rückgabe geschrieben: {files[1]}" in second and files[1].stem.endswith("-2")
    for path in files:
        pkg, info = svc.open_package(path, package.key_text, today=WORKDAY)
        pkg.close()
        assert info.kind == rules.KIND_RETURN


def test_the_window_closes_at_lock_and_drops_the_package(ctx, window):
    ctx.lock()
    assert window.pkg is None and window.persons_model.rowCount() == 0


def test_expired_package_is_swept_from_the_deputy_vault(ctx, qtbot, package):
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        window = panel.open_package(package.path, package.key_text)
        window.close()
    threads = []
    sweep = svc.sweep_received

    def spied(conn, *args, **kwargs):
        threads.append(threading.current_thread())
        return sweep(conn, *args, **kwargs)

    with clock.frozen(date(2027, 1, 23)), pytest.MonkeyPatch.context() as m:
        m.setattr(svc, "sweep_received", spied)
        panel.hide()
        panel.show()  # the sweep runs when the panel is shown, off the GUI thread
        qtbot.waitUntil(lambda: "abgelaufen und wurde gelöscht" in panel.status.text(),
                        timeout=20000)
        assert not package.path.exists()
        assert threads and threading.main_thread() not in threads
        [entry] = [e for e in retention.deletion_log(ctx.conn)
                   if e.category == "Vertretungspaket (Datei)"]
        assert entry.record_id == package.package_id
        panel.refresh()  # the list only: no second sweep, no second entry
        assert len([e for e in retention.deletion_log(ctx.conn)
                    if e.category == "Vertretungspaket (Datei)"]) == 1


def test_a_wrong_key_opens_no_window(ctx, qtbot, package):
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        assert panel.open_package(package.path, "AB" * 32) is None
        assert "Paketschlüssel passt nicht" in panel.status.text()
        window = panel.open_package(package.path, package.key_text)
        qtbot.addWidget(window)
        assert isinstance(window, DeputyWindow)
        assert panel.status.text() == ""  # the refusal does not stay after the success
        window.close()


def test_lock_closes_an_open_entry_dialog_and_writes_nothing(ctx, qtbot, window, package):
    with clock.frozen(WORKDAY):
        dialog = window.add_contact()
        QTest.keyClicks(dialog.note, "halb getippt")
        ctx.lock()
    assert not dialog.isVisible() and window.entry_dialog is None
    assert window.pkg is None
    pkg, _ = svc.open_package(package.path, package.key_text, today=WORKDAY)
    try:
        assert repo.CONTACTS.all(pkg) == []
    finally:
        pkg.close()


def test_lock_clears_the_open_dialogs_key(ctx, qtbot, package):
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    dialog = panel.choose_package()
    QTest.keyClicks(dialog.key, package.key_text[:9])
    ctx.lock()
    assert not dialog.isVisible() and dialog.key.text() == ""


def test_esc_asks_before_a_typed_note_is_thrown_away(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.pop(0))
    with clock.frozen(WORKDAY):
        dialog = window.add_contact()
        _active(qtbot, dialog)
        QTest.keyClicks(dialog.note, "halb getippt")
        answers.append(QMessageBox.No)  # "Weiter bearbeiten"
        QTest.keyClick(dialog.note, Qt.Key_Escape)
        assert dialog.isVisible() and dialog.note.toPlainText() == "halb getippt"
        answers.append(QMessageBox.Yes)  # "Verwerfen"
        QTest.keyClick(dialog.note, Qt.Key_Escape)
        assert not dialog.isVisible()


def test_the_folder_of_a_return_is_cleaned_at_her_next_unlock(ctx, window, tmp_path, package):
    """The window notes the return's folder in her vault before writing, so that what a
    killed return write leaves there goes with the unlock tasks."""
    from pathlib import Path

    from ssa_desktop.storage import handover_repo as q

    out = tmp_path / "rueckgabe-stick"
    out.mkdir()
    with clock.frozen(WORKDAY):
        window.write_return(out)
    left = out / f".rueckgabe-2026-12-10-abcdef12{q.PARTIAL_SUFFIX}"
    left.write_bytes(b"\1" * 4096)
    Path(f"{left}-journal").write_bytes(b"\1" * 512)
    said = svc.clean_package_leftovers(ctx.conn)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert "abgebrochenen Paket-Schreibens" in " ".join(said)


def test_a_written_return_is_told_to_the_views(ctx, window, tmp_path, package):
    """Issue 65: the window noted the return in her vault beside the runner, so the
    handover panel's list of packages learnt of it only at the next other change."""
    from ssa_desktop.services.operations import DataKind

    told = []
    ctx.changes.connect(told.append)
    out = tmp_path / "rueckgabe"
    out.mkdir()
    with clock.frozen(WORKDAY):
        window.write_return(out)
    assert [c.touches(DataKind.PACKAGES) for c in told] == [True]
    assert "Rückgabe geschrieben" in window.status.text()
