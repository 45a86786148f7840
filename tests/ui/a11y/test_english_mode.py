"""English mode complete where it was not: the statistics findings' buttons (texts the
service builds in German) and the Übersicht's weekday. The English translation is
installed before the windows are built, as the app does at start."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from tests.support.languages import in_language

GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")


@pytest.fixture
def english(qapp):
    with in_language("en"):
        yield


def test_the_findings_buttons_are_english(english, ctx, qtbot):
    """Issue: „Personen öffnen", „Arbeitszeit öffnen" stayed German."""
    from tests.ui.statistics.test_statistics_area import _area

    area = _area(ctx, qtbot)
    layout = area.findings_layout
    buttons = [layout.itemAtPosition(r, 1).widget().text() for r in range(layout.rowCount())
               if layout.itemAtPosition(r, 1) is not None]
    assert buttons == ["Staff deta&ils", "Open workin&g time"]   # their Alt letters too


def test_the_overview_weekday_is_english(english, ctx, qtbot, tmp_path, frozen_clock):
    """Issue: the header read „Today, Mittwoch, …"."""
    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    header = window.show_area("overview").header.text()
    assert header.startswith("Today, ") and not any(d in header for d in GERMAN_WEEKDAYS), \
        header


def test_the_drafts_finding_button_is_english(english, ctx, qtbot):
    """Issue: „Entwürfe öffnen" stayed German (a draft kept from a quick entry)."""
    from ssa_desktop.services import notes
    from tests.ui.statistics.test_statistics_area import _area

    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "x"})
    area = _area(ctx, qtbot)
    layout = area.findings_layout
    buttons = [layout.itemAtPosition(r, 1).widget().text() for r in range(layout.rowCount())
               if layout.itemAtPosition(r, 1) is not None]
    assert "Re&view drafts" in buttons and "Entwürfe &öffnen" not in buttons, buttons


WEAK = "Datenschutz1"  # a known term with an appended number: about 12,000 guesses
WEAK_GERMAN = (
    "Sehr leicht zu erraten: geschätzt etwa 12 Tausend Versuche; ein Angreifer mit "
    "Grafikkarten bräuchte dafür wenige Sekunden. Erkannt: ein bekannter Begriff oder eine "
    "Tastaturfolge, eine angehängte Zahl. Am besten vier oder mehr zufällige Wörter mit "
    "Trennzeichen und einer Zahl – keine Namen, Orte, Geburtstage, Tastaturfolgen und kein "
    "einzelnes Wort mit angehängter Zahl.")
WEAK_ENGLISH = (
    "Very easy to guess: estimated about 12 thousand guesses; an attacker with graphics "
    "cards would need a few seconds. Recognised: a well-known term or keyboard pattern, an "
    "appended number. Best are four or more random words with separators and a number – no "
    "names, places, birthdays, keyboard patterns and no single word with an appended number.")
SHORT_ENGLISH = (
    "Too short: please use at least 10 characters. Best are four or more random words with "
    "separators and a number – no names, places, birthdays, keyboard patterns and no single "
    "word with an appended number.")


def _typed_hint(qtbot, dialog, field, meter_hint, text: str) -> str:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    QTest.keyClicks(field, text)
    return meter_hint.text()


def _emergency_dialog_hint(qtbot, ctx, text: str) -> str:
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog

    dialog = EmergencyUnlockDialog(ctx.session.vault)
    return _typed_hint(qtbot, dialog, dialog.new1.edit, dialog.meter.hint, text)


def _change_dialog_hint(qtbot, text: str) -> str:
    from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog

    dialog = ChangePassphraseDialog()
    return _typed_hint(qtbot, dialog, dialog.new.edit, dialog.hint, text)


def test_the_passphrase_hint_is_english(english, ctx, qtbot):
    """Issue: the hint under a new passphrase (wizard, emergency key, Passphrase ändern)
    stayed German: the domain built it from German pieces."""
    assert _emergency_dialog_hint(qtbot, ctx, WEAK) == WEAK_ENGLISH
    assert _change_dialog_hint(qtbot, WEAK) == WEAK_ENGLISH
    assert _change_dialog_hint(qtbot, "Hund7") == SHORT_ENGLISH


def test_the_passphrase_hint_stays_german_without_the_translation(ctx, qtbot):
    assert _emergency_dialog_hint(qtbot, ctx, WEAK) == WEAK_GERMAN
    assert _change_dialog_hint(qtbot, WEAK) == WEAK_GERMAN
GERMAN_WORDS = ("öffnen", "Personen", "Arbeitszeit", "Entwürfe", "Heute", *GERMAN_WEEKDAYS)


def _german_texts(root) -> list[str]:
    """Every text of ``root`` a reader or the eye meets (shown text, accessible name and
    description, tooltip) that holds a German word the issue named."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        shown = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        texts += [shown, widget.accessibleName(), widget.accessibleDescription(),
                  widget.toolTip()]
    return sorted({t for t in texts if any(word in t for word in GERMAN_WORDS)})


def test_the_statistics_findings_hold_none_of_the_german_words(english, ctx, qtbot):
    """The statistics area with its findings (drafts among them), in English: none of the
    words the issue found German („Personen öffnen“, „Arbeitszeit öffnen“, „Entwürfe
    öffnen“), in any text, name, description or tooltip."""
    from ssa_desktop.services import notes
    from tests.ui.statistics.test_statistics_area import _area

    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "x"})
    assert _german_texts(_area(ctx, qtbot)) == []


def test_the_overview_holds_none_of_the_german_words(english, ctx, qtbot, tmp_path,
                                                     frozen_clock):
    """The Übersicht of the main window, in English: its date line and every other text
    without „Heute“ or a German weekday."""
    from tests.support.main_windows import active_main_window

    window = active_main_window(ctx, qtbot, tmp_path)
    assert _german_texts(window.show_area("overview")) == []


def test_the_duration_field_reads_min_in_english(english, qtbot):
    """Issue: every duration field showed „28 Min.“ in English."""
    from ssa_desktop.ui.common.forms import DurationField

    field = DurationField(28)
    qtbot.addWidget(field)
    assert field.spin.text() == "28 min"


def test_the_duration_field_stays_german_without_the_translation(qtbot):
    from ssa_desktop.ui.common.forms import DurationField

    field = DurationField(28)
    qtbot.addWidget(field)
    assert field.spin.text() == "28 Min."


def _taken_over(qtbot, ctx, conn) -> str:
    """Quick entry after picking by keyboard a person whose last contact (71 Min.) is
    carried over, with her case chosen: the sentence a reader hears."""
    from datetime import date

    from ssa_desktop.domain.entities import Case, Contact, Person
    from ssa_desktop.storage import repositories as repo
    from tests.ui.form_behaviour.test_quick_entry_defaults import _open, _pick

    n5 = repo.PERSONS.insert(conn, Person("N-5", grade=5, class_label="5a",
                                          school_id="school-1"))
    case = repo.CASES.insert(conn, Case(n5.id, date(2026, 9, 14), school_id="school-1",
                                        title="Schulangst"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 11, 2), "KI", 71, school_id="school-1",
                                       person_id=n5.id, case_id=case.id))
    dialog = _open(qtbot, ctx)
    _pick("N-5")
    assert dialog.carried_label.isVisible()
    return dialog.taken_over_text()


def test_the_taken_over_sentence_has_no_doubled_full_stop_in_german(qtbot, ctx, conn,
                                                                    frozen_clock):
    """Issue: the announcement read „…, 71 Min.. Fall: …“."""
    text = _taken_over(qtbot, ctx, conn)
    assert ".." not in text and "71 Min." in text, text


def test_the_taken_over_sentence_is_english(english, qtbot, ctx, conn, frozen_clock):
    text = _taken_over(qtbot, ctx, conn)
    assert ".." not in text and "71 min" in text and "Min." not in text, text


def _finding_texts(area) -> list[str]:
    layout = area.findings_layout
    return [layout.itemAtPosition(r, 0).widget().text() for r in range(layout.rowCount())
            if layout.itemAtPosition(r, 0) is not None]


def test_the_findings_sentences_are_english(english, ctx, qtbot):
    """Issue: the findings read „⚠ 1 unfertiger Entwurf (noch nicht gespeichert).“ and
    „Die Zeiteinträge … decken …“ in English."""
    from ssa_desktop.services import notes
    from tests.ui.statistics.test_statistics_area import _area

    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "x"})
    texts = _finding_texts(_area(ctx, qtbot))
    assert "⚠ 1 unfinished draft (not saved yet)." in texts, texts
    assert not any("Zeiteinträge" in t or "Std." in t for t in texts), texts


def test_the_findings_sentences_stay_german_without_the_translation(ctx, qtbot):
    from ssa_desktop.services import notes
    from tests.ui.statistics.test_statistics_area import _area

    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "x"})
    texts = _finding_texts(_area(ctx, qtbot))
    assert "⚠ 1 unfertiger Entwurf (noch nicht gespeichert)." in texts, texts


OVERVIEW_GERMAN = ("Schritt", "bis ", "Einwilligung", "läuft ab", "Entwurf", "Kontakt ohne",
                   " vom ", "Überfällig")


def test_the_overview_lines_are_english(english, ctx, qtbot, pupil):
    """Issue: the Übersicht's lines were built in German („Einwilligung … läuft ab am …“,
    „Entwurf: Kontakt ohne Person vom …“, „Schritt 3 – … · bis …“)."""
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import Consent
    from ssa_desktop.services import child_protection as cp
    from ssa_desktop.services import consents, notes
    from tests.ui.overview.test_overview_area import TODAY, _area

    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back
    proc = cp.start_procedure(ctx.conn, pupil.id, date(2026, 11, 10))
    cp.add_step(ctx.conn, proc.id, "2", date(2026, 11, 12), "ich", "x", due=date(2026, 11, 18))
    consents.save_consent(ctx.conn, Consent(pupil.id, "Herr Roth", date(2026, 9, 1),
                                            valid_to=date(2026, 11, 30)))
    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "halb"})
    area = _area(ctx, qtbot)
    lines = [tile.model.item(r).text() for tile in (area.procedures, area.deadlines, area.drafts)
             for r in range(tile.model.rowCount())]
    assert len(lines) == 3, lines
    assert lines[0].startswith("Overdue: K-17 (7b): Step 3 – ") and \
        lines[0].endswith(" · until 18.11.2026"), lines
    assert lines[1] == "Consent K-17 → Herr Roth expires on 30.11.2026", lines
    assert lines[2].startswith("Draft: Contact without a person"), lines


def test_the_overview_appointment_and_delivery_lines_are_english(english, ctx, qtbot, pupil):
    """Today's appointment („Raum 12“) and a statistics delivery („Statistik … bis …“)."""
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import Appointment
    from ssa_desktop.services import appointments, overview
    from ssa_desktop.ui.overview.area import tr as area_tr
    from tests.kvjs import fixture
    from tests.ui.overview.test_overview_area import TODAY, _area

    appointments.save_appointment(ctx.conn, Appointment(TODAY, "09:40", "10:10",
                                                        person_id=pupil.id,
                                                        school_id="school-1", room="12"))
    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back
    area = _area(ctx, qtbot)
    assert area.appointments.model.item(0).text() == "09:40  K-17 (7b)  Room 12"

    fixture.build(ctx.conn)
    with clock.frozen(date(2026, 7, 1)):
        lines = [overview.item_text(i, area_tr)
                 for i in overview.delivery_items(ctx.conn, date(2026, 7, 1))]
    assert lines[0] == ("Landkreis: statistics 2025/26 Gemeinschaftsschule Am Park (GMS-1) "
                        "by 31.07.2026 – 2 open findings"), lines


GERMAN_MONTHS = ("Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember")


def test_the_working_time_charts_are_described_in_english(english, ctx, qtbot):
    """Issue: the Arbeitszeit charts were described with German month names and
    „Soll/Ist/Std.“."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from ssa_desktop.domain import clock
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services import setup as setup_service
    from tests.ui.time.shared import open_area

    post = setup_service.save_post(ctx.conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(ctx.conn, post.id, "school-1", 2025, 50)
    with clock.frozen(datetime(2025, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))):
        dashboard = open_area(ctx, qtbot).dashboard
    soll_ist = dashboard.soll_ist_chart.accessibleDescription()
    trend = dashboard.trend_chart.accessibleDescription()
    assert soll_ist.startswith("August 2025: target "), soll_ist
    assert trend.startswith("August 2025: "), trend
    for text in (soll_ist, trend):
        words = set(text.replace(";", " ").replace(":", " ").replace(",", " ").split())
        assert not words & {*GERMAN_MONTHS, "Soll", "Ist", "Std."}, text


def test_the_working_time_header_and_targets_are_english(english, ctx, qtbot):
    """Issue: the header read „(Schuljahr 2025/26)“, a target row „höchstens 40 %“."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from ssa_desktop.domain import clock
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services import setup as setup_service
    from tests.ui.time.shared import open_area

    post = setup_service.save_post(ctx.conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(ctx.conn, post.id, "school-1", 2025, 50)
    with clock.frozen(datetime(2025, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))):
        area = open_area(ctx, qtbot)
    dashboard = area.dashboard
    assert "(school year 2025/26)" in dashboard.hours.text(), dashboard.hours.text()
    assert area.period.currentText() == "school year 2025/26"
    targets = dashboard.targets
    bands = [targets.item(r, 2).text() for r in range(targets.rowCount())]
    assert "at most 40 %" in bands and not any("höchstens" in b for b in bands), bands


def test_the_statistics_post_scope_is_english(english, ctx, qtbot):
    """Issue 64, finding 8: the scope list read „Stelle: Stelle 1“ in English."""
    from tests.ui.statistics.test_statistics_area import _area

    area = _area(ctx, qtbot)
    scopes = [area.scope_box.itemText(i) for i in range(area.scope_box.count())]
    posts = [s for s in scopes if s.startswith(("Post: ", "Stelle: "))]
    assert posts and all(s.startswith("Post: ") for s in posts), scopes
