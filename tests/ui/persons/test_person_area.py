"""Personen & Fälle on a real vault, driven through the widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities, notes
from ssa_desktop.services import persons as psvc
from ssa_desktop.services.operations import DataKind
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from ssa_desktop.ui.persons import timeline as timeline_mod
from ssa_desktop.ui.persons.person_list import HIDDEN_NAME
from tests.conftest import PASSPHRASE, TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")

MARKER = "ZQ-4711"


@pytest.fixture
def area(pupil, area):
    """The folder's persons area, built once the pupil is there."""
    return area


def _add(conn, pseudonym, kind="pupil", **kw):
    return repo.PERSONS.insert(conn, Person(pseudonym, kind=kind, school_id="school-1", **kw))


def _contact(conn, person, day, note="", **kw):
    return activities.record_contact(conn, Contact(day=day, kind="EB", duration_min=30,
                                                   person_id=person.id, note=note, **kw))


def _column(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_list_pupils_first_and_type_ahead(area, conn, qtbot):
    _add(conn, "A-01", kind="guardian")
    _add(conn, "B-02", kind="teacher")
    _add(conn, "Z-99", kind="pupil", grade=9)
    area.refresh()
    model = area.list.model
    assert _column(model, 0) == ["K-17", "Z-99", "A-01", "B-02"]
    area.list.search.setText("z-9")
    qtbot.waitUntil(lambda: _column(model, 0) == ["Z-99"], timeout=60000)
    area.list.search.setText("")
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=60000)
    area.list.kind.setCurrentIndex(area.list.kind.findData("teacher"))
    assert _column(model, 0) == ["B-02"]


def test_names_hidden_until_toggle_and_not_searchable(area, ctx, qtbot):
    area.refresh()
    model = area.list.model
    assert model.index(0, 1).data() == HIDDEN_NAME
    area.list.search.setText("Sommer")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=60000)
    area.list.names_button.click()
    assert ctx.show_names is True
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=60000)
    assert model.index(0, 1).data() == "Kim Sommer"


def test_list_loads_lazily_in_pages(area, conn):
    for i in range(250):
        _add(conn, f"P-{i:03d}")
    area.refresh()
    model = area.list.model
    assert model.total == 251
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 251
    assert not model.canFetchMore()


def test_enter_opens_page_and_escape_goes_back(area, conn, pupil, qtbot):
    area.refresh()
    area.list.table.setFocus()
    area.list.table.selectRow(0)
    qtbot.keyClick(area.list.table, Qt.Key_Return)
    assert area.showing_page()
    assert area.page.header.full_text() == "K-17 · 7b · Gemeinschaftsschule Am Park"
    qtbot.keyClick(area.page.tabs.currentWidget(), Qt.Key_Escape)
    assert not area.showing_page()


def test_open_record_shows_timeline_newest_first(area, conn, pupil):
    _contact(conn, pupil, date(2026, 3, 2), note="älter")
    _contact(conn, pupil, date(2026, 3, 9), note="neuer", observation="Fakten hier",
             assessment="Deutung hier")
    area.open_record(pupil.id)
    assert area.showing_page()
    assert area.page.tabs.currentWidget() is area.page.timeline
    model = area.page.timeline.model
    assert _column(model, 0) == ["09.03.2026", "02.03.2026"]
    text = area.page.timeline.detail.toPlainText()
    assert "Beobachtung" in text and "Fakten hier" in text
    assert "Einschätzung" in text and "Deutung hier" in text
    assert text.index("Fakten hier") < text.index("Einschätzung")


def test_edit_master_data_saves(area, conn, pupil):
    area.open_record(pupil.id)
    form = area.page.form
    form.class_label.setText("8a")
    form.grade.setValue(8)
    form.guardians.setPlainText("Mutter: 0711 123")
    assert form.save() is not None
    stored = psvc.get_person(conn, pupil.id)
    assert (stored.class_label, stored.grade, stored.guardian_contact) == ("8a", 8, "Mutter: 0711 123")
    assert "8a" in area.page.header.full_text()
    assert not form.dirty


def test_duplicate_pseudonym_german_error_keeps_text(area, conn, pupil, qtbot):
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setText("k-17")
    form.class_label.setText("5c")
    form.note.setPlainText("wichtige Notiz")
    qtbot.keyClick(form.pseudonym, Qt.Key_Return)
    assert "schon vergeben" in form.error.text()
    assert not form.error.isHidden()
    assert (form.pseudonym.text(), form.class_label.text(), form.note.toPlainText()) == \
        ("k-17", "5c", "wichtige Notiz")
    assert len(repo.PERSONS.all(conn)) == 1
    form.pseudonym.setText("K-18")
    qtbot.keyClick(form.pseudonym, Qt.Key_Return)
    assert form.error.isHidden()
    assert psvc.get_person(conn, form.person.id).class_label == "5c"
    assert area.page.tabs.isTabEnabled(area.page.TAB_TIMELINE)


def test_case_create_and_close(area, conn, pupil, qtbot, monkeypatch):
    from ssa_desktop.ui.persons import case_dialog

    area.open_record(pupil.id)
    panel = area.page.cases

    def fill_and_save(dialog_self):
        dialog_self.title.setText("Konflikt Klasse")
        dialog_self.topics.set_codes(["KON"])
        dialog_self.access.set_code("teacher")
        dialog_self.accept()
        return dialog_self.result()

    monkeypatch.setattr(case_dialog.CaseDialog, "exec", fill_and_save)
    panel.new_button.click()
    assert _column(panel.model, 2) == ["offen"]
    assert _column(panel.model, 3) == ["Konflikt Klasse"]
    assert panel.close_button.isEnabled()
    panel.close_button.click()
    case = psvc.cases(conn, pupil.id)[0]
    assert case.status == "closed" and case.closed == TODAY
    assert panel.model.index(0, 7).data() == "Abgeschlossen – Prüfung der Löschung fällig"
    assert not panel.close_button.isEnabled()


def test_annotation_keeps_earlier_version_and_disputed_flag(area, conn, pupil):
    contact = _contact(conn, pupil, date(2026, 3, 9), observation="Kam um 9 Uhr.")
    area.open_record(pupil.id)
    tl = area.page.timeline
    assert tl.add_annotation("observation", "Kam um 10 Uhr.")
    text = tl.detail.toPlainText()
    assert "Kam um 10 Uhr." in text
    assert "Frühere Fassung" in text and "Kam um 9 Uhr." in text
    assert repo.CONTACTS.get(conn, contact.id).observation == "Kam um 10 Uhr."
    assert tl.model.index(0, 6).data() == ""
    tl.dispute_button.click()
    assert repo.CONTACTS.get(conn, contact.id).disputed
    assert tl.model.index(0, 6).data() == "bestritten"
    assert tl.model.index(0, 0).data(Qt.BackgroundRole) is not None
    assert "bestritten" in tl.detail.toPlainText()
    assert tl.dispute_button.text() == "Markierung aufheben"
    tl.dispute_button.click()
    assert not repo.CONTACTS.get(conn, contact.id).disputed


def test_working_note_finalise_deletes(area, conn, pupil, monkeypatch):
    notes.add_working_note(conn, "abgelaufen", person_id=pupil.id,
                           today=TODAY - timedelta(days=40))
    area.open_record(pupil.id)
    wn = area.page.working
    assert wn.model.rowCount() == 0  # the expired note was purged on refresh
    wn.text.setPlainText("Mutter zurückrufen")
    wn.add_button.click()
    assert wn.model.rowCount() == 1
    assert wn.model.index(0, 0).data().startswith("Arbeitsnotiz – wird gelöscht am ")
    monkeypatch.setattr(timeline_mod, "ask_yes_no", lambda *a, **k: True)
    wn.table.selectRow(0)
    wn.finalise_button.click()
    assert wn.model.rowCount() == 0
    assert notes.working_notes(conn, pupil.id) == []


def _texts(widget):
    for child in [widget, *widget.findChildren(object)]:
        for getter in ("text", "toPlainText", "currentText", "windowTitle", "placeholderText"):
            fn = getattr(child, getter, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str):
                    yield value
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    yield str(model.index(r, c).data())
        if isinstance(child, QAbstractItemModel):
            for r in range(child.rowCount()):
                for c in range(child.columnCount()):
                    yield str(child.index(r, c).data())


def test_lock_clears_every_widget(area, ctx, conn, qtbot):
    person = _add(conn, MARKER, first_name="Mira", last_name="Geheim", grade=7,
                  class_label="7b")
    _contact(conn, person, date(2026, 3, 9), note=f"Notiz über {MARKER}")
    notes.add_working_note(conn, f"Arbeitsnotiz {MARKER}", person_id=person.id)
    area.list.names_button.click()
    area.list.search.setText(MARKER[:4])
    area.open_record(person.id)
    assert any(MARKER in t for t in _texts(area))
    ctx.lock()
    leaked = [t for t in _texts(area) if MARKER in t or "Geheim" in t]
    assert leaked == []
    assert not area.showing_page()
    assert area.page.cp_panel is None and area.page.consents_panel is None


def test_quick_entry_button_prefills_person_and_refreshes_timeline(area, conn, pupil,
                                                                   monkeypatch):
    from ssa_desktop.ui.quick_entry import dialog as qe

    seen = {}

    def fake_exec(dialog_self):
        seen["prefill"] = dialog_self.prefill
        contact = _contact(conn, pupil, TODAY, note="neu")
        dialog_self.saved_contact_id = contact.id
        return qe.QDialog.Accepted

    monkeypatch.setattr(qe.QuickEntryDialog, "exec", fake_exec)
    area.open_record(pupil.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_MASTER)
    area.page.entry_button.click()
    assert seen["prefill"] == {"person_id": pupil.id}
    assert area.page.tabs.currentWidget() is area.page.timeline
    assert area.page.timeline.model.rowCount() == 1


def test_every_control_has_an_accessible_name(area, pupil):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox, QWidget

    area.open_record(pupil.id)
    unnamed = []
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QAbstractButton,
             QAbstractItemView)
    for w in area.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QLabel) or not w.isVisibleTo(area):
            continue
        if isinstance(w, QHeaderView) or isinstance(w.parent(), (QComboBox, QSpinBox)):
            continue
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
            unnamed.append(type(w).__name__)
    assert unnamed == []


def test_master_data_masks_names_until_shown(area, ctx, pupil):
    area.open_record(pupil.id)
    form = area.page.form
    assert form.first_name.isHidden() and form.first_name.isReadOnly()
    assert form.guardians.isHidden()
    assert "Kim" not in area.page.header.full_text()
    form.names_button.click()
    assert ctx.show_names and area.list.names_button.isChecked()
    assert not form.first_name.isHidden() and not form.first_name.isReadOnly()
    assert not form.guardians.isHidden()
    assert "Kim Sommer" in area.page.header.full_text()


def _retype(qtbot, widget, text):
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow())
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(widget, text)


def _master_data(area, person):
    area.open_record(person.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_MASTER)
    return area.page.form


def _press(qtbot, key, modifier=Qt.NoModifier):
    """A real key press where it goes: an open completer popup, else the focus widget."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)


@pytest.mark.parametrize(("field", "prefix", "attribute", "expected"), [
    ("gender", "weib", "gender", "w"),
    ("gender", "div", "gender", "d"),
    ("kind", "Lehr", "kind", "teacher"),
])
def test_person_selectors_save_what_the_list_suggests(area, conn, pupil, qtbot, field, prefix,
                                                      attribute, expected):
    form = _master_data(area, pupil)
    combo = getattr(form, field)
    _retype(qtbot, combo, prefix)
    _press(qtbot, Qt.Key_Tab)
    assert combo.findData(expected) == combo.currentIndex()  # on screen ...
    assert form.save() is not None
    assert getattr(psvc.get_person(conn, pupil.id), attribute) == expected  # ... is saved


def test_person_selector_refuses_unknown_text_and_saves_nothing(area, conn, pupil, qtbot):
    form = _master_data(area, pupil)
    _retype(qtbot, form.gender, "Katze")
    _press(qtbot, Qt.Key_Return)
    assert "Katze" in form.error.text() and form.gender.currentText() == "weiblich"
    assert psvc.get_person(conn, pupil.id).gender == "w"


@pytest.mark.parametrize("keys", ["return_in_grade", "ctrl_s_in_note"])
def test_person_form_saves_from_the_keyboard(area, conn, pupil, qtbot, keys):
    form = _master_data(area, pupil)
    _retype(qtbot, form.class_label, "8c")
    if keys == "return_in_grade":
        form.grade.setFocus()
        _press(qtbot, Qt.Key_Return)
    else:
        form.note.setFocus()
        _press(qtbot, Qt.Key_S, Qt.ControlModifier)
    assert psvc.get_person(conn, pupil.id).class_label == "8c"
    assert not form.dirty


def test_new_pupil_without_school_is_refused_in_her_words(area, conn, qtbot):
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setText("N-1")
    form.school.setCurrentIndex(form.school.findData(""))  # "— keine —"
    assert form.save() is None
    assert "Schule" in form.error.text() and "Statistik" in form.error.text()
    assert [p for p in repo.PERSONS.all(conn) if p.pseudonym == "N-1"] == []


def _case_dialog(area, pupil, qtbot):
    from ssa_desktop.ui.persons.case_dialog import CaseDialog

    area.open_record(pupil.id)
    dialog = CaseDialog(area.ctx, pupil.id, parent=area)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_case_without_title_is_refused(area, conn, pupil, qtbot):
    dialog = _case_dialog(area, pupil, qtbot)
    dialog.accept()
    assert "Titel" in dialog.error.text() and psvc.cases(conn, pupil.id) == []


@pytest.mark.parametrize(("field", "prefix", "attribute", "expected"), [
    ("status", "ruh", "status", "paused"),
    ("access", "Schull", "access_route", "management"),
    ("referral", "Poliz", "referral", "POL"),
])
def test_case_selectors_save_what_the_list_suggests(area, conn, pupil, qtbot, field, prefix,
                                                    attribute, expected):
    dialog = _case_dialog(area, pupil, qtbot)
    dialog.title.setText("Streit in der Pause")
    combo = getattr(dialog, field)
    _retype(qtbot, combo, prefix)
    _press(qtbot, Qt.Key_Tab)
    dialog.accept()
    [case] = psvc.cases(conn, pupil.id)
    assert getattr(case, attribute) == expected
    assert combo.findData(expected) == combo.currentIndex()


def test_a_long_name_in_the_header_never_widens_the_window(area, ctx, conn, pupil):
    long = _add(conn, "L-1", first_name="Maximiliane-Josephine-Antonia " * 4,
                last_name="von und zu Hohenstein-Wartenberg-Scharfenstein " * 3)
    ctx.show_names = True
    area.resize(1000, 700)
    area.open_record(long.id)
    header = area.page.header
    assert "Hohenstein" in header.full_text()
    assert area.minimumSizeHint().width() <= 1366
    assert header.text().endswith("…") and header.toolTip() == header.full_text()
    ctx.show_names = False


def test_pseudonym_error_goes_once_she_types_another(area, conn, pupil, qtbot):
    """Issue 16 item 9: the error stayed after she had typed a free pseudonym."""
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setFocus()
    qtbot.keyClicks(form.pseudonym, "K-17")
    qtbot.keyClick(form.pseudonym, Qt.Key_Return)
    assert "schon vergeben" in form.error.text() and not form.error.isHidden()
    qtbot.keyClick(form.pseudonym, Qt.Key_Backspace)
    qtbot.keyClicks(form.pseudonym, "9")
    assert form.error.isHidden() and form.error.text() == ""
    assert form.pseudonym.styleSheet() == ""  # the red frame went too
    assert form.pseudonym.text() == "K-19" and repo.PERSONS.count(conn) == 1  # not saved yet


def test_slip_button_only_for_a_saved_person(area, pupil, qtbot):
    """Issue 16.8: "Beratungszettel …" did nothing for an unsaved new person."""
    area.refresh()
    area.list.new_button.click()
    assert not area.page.slip_button.isEnabled()
    area.open_record(pupil.id)
    assert area.page.slip_button.isEnabled()


def test_a_deputy_contact_shows_who_wrote_it(area, conn, pupil):
    """Issue 28: a contact the deputy entered comes back with the mark of who wrote it,
    in the list and in the note, and with its kind (Telefonat stays a Telefonat)."""
    repo.CONTACTS.insert(conn, Contact(date(2026, 3, 9), "TEL", 20, school_id="school-1",
                                       person_id=pupil.id, time="14:30", topics=("FAM",),
                                       participants=("parent",), note="Telefonat mit Mutter",
                                       written_by="Jana Berger (Vertretung)"))
    area.open_record(pupil.id)
    tl = area.page.timeline
    assert _column(tl.model, 2) == ["Telefonat"]
    assert tl.model.index(0, 6).data() == "eingetragen von Jana Berger (Vertretung)"
    tl.table.setCurrentIndex(tl.model.index(0, 0))
    text = tl.detail.toPlainText()
    assert "eingetragen von Jana Berger (Vertretung)" in text
    assert "Beteiligte: Eltern / Erziehungsberechtigte" in text
    assert "eingetragen von" in timeline_mod.contact_text(repo.CONTACTS.all(conn)[0])


def test_working_note_typed_before_the_lock_is_saved(area, ctx, pupil, open_vault, qtbot):
    """Strg+L (or the auto-lock, or Strg+Q, which all lock) while a working note is typed
    but not added: the note is saved while the key is still there, not thrown away."""
    area.open_record(pupil.id)
    QTest.keyClick(area.page.tabs.currentWidget(), Qt.Key_A, Qt.AltModifier)
    wn = area.page.working
    assert area.page.tabs.currentWidget() is wn
    wn.text.setFocus()
    QTest.keyClicks(wn.text, "Anruf Jugendamt")
    ctx.lock()
    assert wn.text.toPlainText() == ""                  # nothing stays on screen
    assert background.wait_for_all()
    ctx.set_session(Vault(open_vault.vault.folder).unlock(PASSPHRASE))
    assert [n.text for n in notes.working_notes(ctx.conn, pupil.id)] == ["Anruf Jugendamt"]


def test_the_purge_of_expired_working_notes_is_told_to_the_views(area, ctx, pupil):
    """Issue 65: the page purged expired working notes beside the runner, so no other view
    (Datenschutz, search) learnt of it; opening a page with nothing expired tells nothing."""
    told = []
    ctx.changes.connect(told.append)
    area.open_record(pupil.id)
    assert not any(c.touches(DataKind.NOTES) for c in told)
    notes.add_working_note(ctx.conn, "abgelaufen", person_id=pupil.id,
                           today=TODAY - timedelta(days=40))
    area.page.working.load(pupil.id)
    assert [c.touches(DataKind.NOTES) for c in told] == [True]
    assert notes.working_notes(ctx.conn, pupil.id) == []


def test_the_guardians_postal_address_is_typed_by_keys_and_hidden_with_the_names(
        area, ctx, qtbot, pupil):
    """„Anschrift Erziehungsberechtigte“ (Alt+Z): the lines of the window envelope, Return
    a new line, Strg+S saves; masked like their contact until names are shown; a seventh
    line is refused in German at the field, nothing saved."""
    form = _master_data(area, pupil)
    assert form.guardian_address.isHidden() and not form.guardian_address_hidden.isHidden()
    form.names_button.click()
    assert not form.guardian_address.isHidden()
    form.window().activateWindow()
    qtbot.waitUntil(lambda: form.window().isActiveWindow())
    form.pseudonym.setFocus()
    QTest.keyClick(form.pseudonym, Qt.Key_Z, Qt.AltModifier)
    from PySide6.QtWidgets import QApplication
    assert QApplication.focusWidget() is form.guardian_address
    assert form.guardian_address.accessibleName() == "Anschrift Erziehungsberechtigte"
    for n, line in enumerate(("Frau Ilse Sommer", "Lindenweg 3", "79312 Emmendingen")):
        if n:
            QTest.keyClick(form.guardian_address, Qt.Key_Return)
        qtbot.keyClicks(form.guardian_address, line)
    QTest.keyClick(form.guardian_address, Qt.Key_S, Qt.ControlModifier)
    assert form.error.text() == "", form.error.text()
    assert repo.PERSONS.get(ctx.conn, pupil.id).guardian_address == (
        "Frau Ilse Sommer\nLindenweg 3\n79312 Emmendingen")
    for n in range(4):
        QTest.keyClick(form.guardian_address, Qt.Key_Return)
        qtbot.keyClicks(form.guardian_address, f"Zeile {n}")
    QTest.keyClick(form.guardian_address, Qt.Key_S, Qt.ControlModifier)
    assert "höchstens 6 Zeilen" in form.error.text()
    assert QApplication.focusWidget() is form.guardian_address
    assert repo.PERSONS.get(ctx.conn, pupil.id).guardian_address.count("\n") == 2


def test_8a_and_consents_are_built_when_their_tab_is_opened(area, conn, pupil):
    """A person opened for her documents holds no § 8a or Einwilligungen panel (≈ 110
    widgets with their tables; docs/performance.md, „Arbeitsspeicher")."""
    from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel
    from ssa_desktop.ui.consents.panel import ConsentsPanel

    page = area.page
    area.open_record(pupil.id)
    page.tabs.setCurrentIndex(page.TAB_DOCUMENTS)
    assert page.cp_holder.findChildren(ChildProtectionPanel) == []
    assert page.consents_holder.findChildren(ConsentsPanel) == []
    page.tabs.setCurrentIndex(page.TAB_CP)
    assert page.cp_holder.findChildren(ChildProtectionPanel) == [page.cp_panel]
    assert page.cp_panel.isVisibleTo(area)
    page.tabs.setCurrentIndex(page.TAB_CONSENTS)
    assert page.consents_holder.findChildren(ConsentsPanel) == [page.consents_panel]
    other = _add(conn, "K-99")
    area.open_record(other.id)   # another person: her own panels, built as she opens them
    assert page.consents_panel is not None and page.consents_panel.person_id == other.id
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first person's
