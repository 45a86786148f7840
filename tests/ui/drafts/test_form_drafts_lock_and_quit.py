"""Issue 16.5: typed input in the appointment, case and consent dialogs and in the group,
network and open-offer forms is never lost. Strg+Q (also while the dialog has the focus)
asks first: Speichern, Als Entwurf behalten, Verwerfen, Abbrechen. Strg+L (and the
auto-lock) hides at once and keeps the input as a draft in the vault, offered in the
Übersicht after unlocking ("Entwurf: Termin mit K-17 (7b) vom …"); saving or discarding removes it.
Real key events on the real windows."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ssa_desktop.services import appointments as appointments_svc
from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support import questions
from tests.support.main_windows import active_main_window, make_active, when_active


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def answer_question(button_text: str, seen: list) -> None:
    """Click ``button_text`` in the question that opens next (it runs its own loop)."""
    questions.answer(seen, questions.clicking(button_text))


def in_modal_dialog(steps) -> None:
    """Run ``steps(dialog)`` once the modal dialog is open (it runs its own loop). A
    dialog the steps left open (a step failed, or a key did not reach its window) is
    closed, so that its loop ends and the test reports instead of hanging."""
    def run(dialog):
        when_active(dialog, lambda: steps_then_closed(dialog))

    def steps_then_closed(dialog):
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():  # its own reject() would ask first
                QDialog.done(dialog, QDialog.Rejected)
    questions.when_open(QWidget, run)


def reopen(open_vault):
    """Unlock again as she would after the lock: once the workers of the locked session
    (daily backup, "Tresor prüfen", index upkeep on the quiet lane) have closed their
    connections. Under load they still ran here and their last close removed the WAL
    the unlock was probing (issue 31.16); the runner's own "nothing runs" is the signal,
    no timeout."""
    assert background.wait_for_all()
    return Vault(open_vault.vault.folder).unlock(PASSPHRASE)


# -- the appointment dialog -------------------------------------------------------------
def test_quit_in_the_appointment_dialog_asks_and_cancel_stays(window, ctx, qtbot):
    area = window.show_area("appointments")
    seen, after = [], {}

    def steps(dialog):
        QTest.keyClicks(dialog.room, "Raum 7")
        answer_question("Abbrechen", seen)
        QTest.keyClick(dialog.room, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q in the dialog
        after["unlocked"], after["visible"] = ctx.is_unlocked, dialog.isVisible()
        after["room"] = dialog.room.text()
        answer_question("Verwerfen", [])
        QTest.keyClick(dialog.room, Qt.Key_Q, Qt.ControlModifier)  # again: discard
        after["quit"] = not ctx.is_unlocked

    in_modal_dialog(steps)
    area.new_appointment()
    assert seen and "Termin" in seen[0]  # she was asked, naming the form
    assert after == {"unlocked": True, "visible": True, "room": "Raum 7", "quit": True}
    assert not window.isVisible()


@pytest.fixture
def earlier_window(qtbot, tmp_path):
    """A main window of this process made before the test's own one, still alive: as
    run_gui's window of an earlier test, or another vault's window."""
    session, _ = Vault.create(tmp_path / "andere", PASSPHRASE, params=FAST_KDF)
    other_ctx = AppContext(session.vault.folder)
    other_ctx.set_session(session)
    other = MainWindow(other_ctx, SettingsStore(tmp_path / "o.ini"),
                       store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(other.isVisible)
    yield other
    other_ctx.lock()


def test_quit_in_the_dialog_reaches_its_own_window_beside_another_one(
        earlier_window, window, ctx, qtbot):
    """The other window is blocked by the dialog too and filters the keys as well:
    Strg+Q in the dialog still asks in the dialog's window and quits it, never the
    other one."""
    area = window.show_area("appointments")
    seen, after = [], {}

    def steps(dialog):
        QTest.keyClicks(dialog.room, "Raum 7")
        answer_question("Verwerfen", seen)
        QTest.keyClick(dialog.room, Qt.Key_Q, Qt.ControlModifier)
        after["quit"] = not ctx.is_unlocked
        after["other"] = earlier_window.ctx.is_unlocked

    in_modal_dialog(steps)
    area.new_appointment()
    assert seen and "Termin" in seen[0]
    assert after == {"quit": True, "other": True}


def test_quit_keeps_the_appointment_as_draft(window, ctx, qtbot, open_vault, pupil):
    area = window.show_area("appointments")
    seen = []

    def steps(dialog):
        QTest.keyClicks(dialog.person.lineEdit(), "K-17")
        dialog.person.commit()  # what leaving the field does (offscreen has no focus)
        QTest.keyClicks(dialog.room, "Raum 7")
        answer_question("Als Entwurf behalten", seen)
        QTest.keyClick(dialog.room, Qt.Key_Q, Qt.ControlModifier)

    in_modal_dialog(steps)
    area.new_appointment()
    assert seen and not ctx.is_unlocked
    session = reopen(open_vault)
    try:
        [draft] = notes.form_drafts(session.conn, "appointment")
        data = notes.draft_data(draft)
        assert data["values"]["room"] == "Raum 7"
        assert data["person_id"] == pupil.id and draft.ref == pupil.id  # filed under her
    finally:
        session.lock()


def test_quit_saves_the_appointment(window, ctx, qtbot, open_vault):
    area = window.show_area("appointments")

    def steps(dialog):
        QTest.keyClicks(dialog.room, "Raum 9")
        answer_question("Speichern", [])
        QTest.keyClick(dialog.room, Qt.Key_Q, Qt.ControlModifier)

    in_modal_dialog(steps)
    area.new_appointment()
    assert not ctx.is_unlocked
    session = reopen(open_vault)
    try:
        assert [a.room for a in appointments_svc.appointments_on(session.conn, area.day)] \
            == ["Raum 9"]
        assert notes.form_drafts(session.conn) == []
    finally:
        session.lock()


def test_lock_keeps_the_appointment_and_the_uebersicht_offers_it(window, ctx, qtbot,
                                                                open_vault):
    area = window.show_area("appointments")
    day = area.day

    def steps(dialog):
        QTest.keyClicks(dialog.room, "Raum 7")
        QTest.keyClicks(dialog.note, "Mutter kommt mit")
        QTest.keyClick(dialog.note, Qt.Key_L, Qt.ControlModifier)  # Strg+L: no question

    in_modal_dialog(steps)
    area.new_appointment()
    assert not ctx.is_unlocked
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Termin") and item.area == "appointments"
    restored = {}

    def save(dialog):
        restored["room"], restored["note"] = dialog.room.text(), dialog.note.text()
        QTest.keyClick(dialog.note, Qt.Key_Return)  # Enter saves

    in_modal_dialog(save)
    window.navigate(item.area, item.record_id)  # what the Übersicht's line opens
    assert restored == {"room": "Raum 7", "note": "Mutter kommt mit"}
    assert [(a.room, a.note) for a in appointments_svc.appointments_on(ctx.conn, day)] \
        == [("Raum 7", "Mutter kommt mit")]
    assert notes.pending_drafts(ctx.conn) == []  # saved: the draft is gone


def test_discarding_the_restored_appointment_removes_the_draft(window, ctx, qtbot,
                                                               open_vault):
    area = window.show_area("appointments")

    def steps(dialog):
        QTest.keyClicks(dialog.room, "Raum 7")
        QTest.keyClick(dialog.room, Qt.Key_L, Qt.ControlModifier)

    in_modal_dialog(steps)
    area.new_appointment()
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts

    asked: list[str] = []
    # „Der Termin ist noch nicht gespeichert.“ answered with &Verwerfen (Alt+V)
    questions.press_once_active(QMessageBox, Qt.Key_V, asked, lambda box: box.text(),
                                Qt.AltModifier)

    def discard(dialog):
        QTest.keyClick(dialog.room, Qt.Key_Escape)

    in_modal_dialog(discard)
    window.navigate(item.area, item.record_id)
    assert asked and notes.pending_drafts(ctx.conn) == []


# -- the case dialog -------------------------------------------------------------------
def _person_page(window, pupil):
    area = window.show_area("persons")
    area.open_record(pupil.id)
    return area.page


def test_lock_keeps_a_new_case_and_quit_saves_it(window, ctx, qtbot, open_vault, pupil):
    page = _person_page(window, pupil)

    def steps(dialog):
        QTest.keyClicks(dialog.title, "Streit in der Pause")
        QTest.keyClicks(dialog.goals, "wieder gern zur Schule")
        QTest.keyClick(dialog.title, Qt.Key_L, Qt.ControlModifier)  # Strg+L in the dialog

    in_modal_dialog(steps)
    page.cases.new_case()
    assert not ctx.is_unlocked
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Fall") and item.area == "persons"
    [draft] = notes.form_drafts(ctx.conn, "case")
    assert draft.ref == pupil.id  # filed under her: deleted and disclosed with her
    restored, seen = {}, []

    def save_by_quitting(dialog):
        restored["title"] = dialog.title.text()
        restored["goals"] = dialog.goals.toPlainText()
        answer_question("Speichern", seen)
        QTest.keyClick(dialog.title, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q: asks first

    in_modal_dialog(save_by_quitting)
    window.navigate(item.area, item.record_id)
    assert restored == {"title": "Streit in der Pause", "goals": "wieder gern zur Schule"}
    assert seen and "Fall" in seen[0]
    assert not ctx.is_unlocked
    session = reopen(open_vault)
    try:
        from ssa_desktop.services import persons

        assert [c.title for c in persons.cases(session.conn, pupil.id)] == ["Streit in der Pause"]
        assert notes.pending_drafts(session.conn) == []
    finally:
        session.lock()


def test_case_dialog_esc_asks_before_discarding(window, ctx, qtbot, pupil):
    page = _person_page(window, pupil)
    seen = []

    def steps(dialog):
        QTest.keyClicks(dialog.title, "Streit")
        answer_question("Weiter bearbeiten", seen)
        QTest.keyClick(dialog.title, Qt.Key_Escape)
        assert dialog.isVisible() and dialog.title.text() == "Streit"
        answer_question("Verwerfen", seen)
        QTest.keyClick(dialog.title, Qt.Key_Escape)

    in_modal_dialog(steps)
    page.cases.new_case()
    assert len(seen) == 2 and ctx.is_unlocked


# -- the consent dialog ------------------------------------------------------------------
def test_consent_asks_at_quit_and_is_kept_as_draft(window, ctx, qtbot, open_vault, pupil):
    page = _person_page(window, pupil)
    page.tabs.setCurrentIndex(page.TAB_CONSENTS)
    dialog = page.consents_panel.add_consent()
    QTest.keyClicks(dialog.recipient, "Herr Roth (Klassenlehrer 7b)")
    QTest.keyClicks(dialog.purpose, "Absprache Hilfeplan")
    seen = []
    answer_question("Als Entwurf behalten", seen)
    QTest.keyClick(dialog.purpose, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q in the dialog
    assert seen and "Einwilligung" in seen[0]
    assert not ctx.is_unlocked
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Einwilligung")
    window.show()
    window.navigate(item.area, item.record_id)
    dialog = window.show_area("persons").page.consents_panel._dialog
    assert (dialog.recipient.text(), dialog.purpose.text()) == (
        "Herr Roth (Klassenlehrer 7b)", "Absprache Hilfeplan")
    QTest.keyClick(dialog.purpose, Qt.Key_Return)  # Enter saves
    from ssa_desktop.services import consents

    assert [c.recipient for c in consents.consents_for_person(ctx.conn, pupil.id)] == [
        "Herr Roth (Klassenlehrer 7b)"]
    assert notes.pending_drafts(ctx.conn) == []


# -- the group form --------------------------------------------------------------------
def test_group_form_is_kept_at_lock_and_asks_at_quit(window, ctx, qtbot, open_vault):
    area = window.show_area("groups")
    area.new_group()
    QTest.keyClicks(area.title_edit, "Streitschlichter AG")
    QTest.keyClicks(area.classes_edit, "5a, 5b")
    QTest.keyClick(area.classes_edit, Qt.Key_L, Qt.ControlModifier)  # Strg+L: no question
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Gruppe/Projekt vom") and item.area == "groups"
    window.navigate(item.area, item.record_id)
    area = window.show_area("groups")
    assert (area.title_edit.text(), area.classes_edit.text()) == ("Streitschlichter AG",
                                                                  "5a, 5b")
    seen = []
    answer_question("Abbrechen", seen)
    QTest.keyClick(area.title_edit, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q asks
    assert seen and "Gruppe" in seen[0] and ctx.is_unlocked
    make_active(qtbot, window)  # the question took the focus; back in the window
    area.w_spin.setValue(12)  # 0 participants would be asked about
    area.title_edit.setFocus()
    QTest.keyClick(area.title_edit, Qt.Key_Return)  # Enter saves
    from ssa_desktop.storage import repositories as repo

    assert [g.title for g in repo.GROUPS.all(ctx.conn)] == ["Streitschlichter AG"]
    assert notes.pending_drafts(ctx.conn) == []  # saved: the draft is gone
    answer_question("Abbrechen", seen)
    QTest.keyClick(area.title_edit, Qt.Key_Q, Qt.ControlModifier)
    assert not ctx.is_unlocked and len(seen) == 1  # nothing unsaved: no question


# -- the open-offer and network (Vernetzung) entry forms ------------------------------------
def _open_offer_field(window):
    area = window.show_area("open_offers")
    return area, area.title_edit


def _network_field(window):
    area = window.show_area("network")
    area.tabs.setCurrentWidget(area.activities)
    return area, area.activities.note


@pytest.mark.parametrize(("key", "field_of", "label"), [
    ("open_offers", _open_offer_field, "Offenes Angebot"),
    ("network", _network_field, "Vernetzung")])
def test_entry_form_is_kept_at_lock_and_asks_at_quit(window, ctx, qtbot, open_vault, key,
                                                     field_of, label):
    _area, field = field_of(window)
    QTest.keyClicks(field, "Pausenhof Treff")
    QTest.keyClick(field, Qt.Key_L, Qt.ControlModifier)  # Strg+L: no question
    assert not ctx.is_unlocked and field.text() in ("", "Pausenhof Treff")
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith(f"Entwurf: {label} vom") and item.area == key
    window.navigate(item.area, item.record_id)
    _area, field = field_of(window)
    assert field.text() == "Pausenhof Treff"
    QTest.keyClicks(field, " II")
    QTest.keyClick(field, Qt.Key_L, Qt.ControlModifier)  # a second lock in the next session
    ctx.set_session(reopen(open_vault))
    [item] = overview_svc.build_overview(ctx.conn).drafts
    window.navigate(item.area, item.record_id)
    _area, field = field_of(window)
    assert field.text() == "Pausenhof Treff II"
    seen = []
    answer_question("Verwerfen", seen)
    QTest.keyClick(field, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q asks
    assert seen and label in seen[0] and not ctx.is_unlocked
    session = reopen(open_vault)
    try:
        assert notes.pending_drafts(session.conn) == []  # discarded: the draft is gone
    finally:
        session.lock()
