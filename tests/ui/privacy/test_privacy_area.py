"""Datenschutz area on the real widgets: due items with rule and reason, preview, the
confirm step and the background deletion with progress; restriction lifted only after
asking; the Übersicht tile "Löschung fällig (n)"; screenshots at 1366×768."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from ssa_desktop.domain import clock
from ssa_desktop.services import retention as svc
from ssa_desktop.services import settings
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.privacy import area as privacy
from tests.retention.fixtures import full_person
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 9, 1)
SHOTS = Path(os.environ.get("SSA_SHOTS", "")) if os.environ.get("SSA_SHOTS") else None


def _tab(area, title: str) -> int:
    return next(i for i in range(area.tabs.count()) if area.tabs.tabText(i) == title)


def _select(area, row: int) -> None:
    index = area.due_model.index(row, 0)
    area.due_view.selectionModel().select(
        index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


def test_due_item_preview_confirm_and_background_deletion(ctx, qtbot, monkeypatch):
    gone = full_person(ctx.conn, 1, leaving=date(2026, 7, 31), school_id="school-1")
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        person_rows = [r for r, a in enumerate(area.due_model.rows) if a.record_kind == "person"]
        assert area.due_model.text(person_rows[0], 1) == "Falldokumentation (Einzelfallhilfe)"
        assert area.due_model.text(person_rows[0], 2) == gone.words[2]     # pseudonym only
        assert area.due_model.text(person_rows[0], 4) == (
            "fällig seit 31.07.2026 nach „Falldokumentation (Einzelfallhilfe)“: Abgang + 0 Monate")
        _select(area, person_rows[0])
        text = area.preview.toPlainText()
        assert "wird gelöscht: Kontakte: 2" in text and "bleibt: Anonyme Statistik" in text
        assert gone.words[0] not in text
        if SHOTS:
            area.grab().save(str(SHOTS / "datenschutz.png"))
        asked = []
        monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: asked.append(a[1]) or True)
        area.delete_selected()
        qtbot.waitUntil(lambda: repo.PERSONS.get(ctx.conn, gone.person.id) is None, timeout=20000)
        qtbot.waitUntil(lambda: "gelöscht und überprüft" in area.status.text(), timeout=20000)
        assert "endgültig löschen" in asked[0]
        assert svc.deletion_log(ctx.conn)[0].record_id == gone.person.id
        # the worker's TRUNCATE checkpoint was not blocked by the window's connection
        assert "WAL geleert" in svc.deletion_log(ctx.conn)[0].verification
        # issue 16 item 9: her words, no hash, no jargon; the message does not stay forever
        qtbot.waitUntil(lambda: area.log_model.rowCount() >= 1, timeout=20000)
        log_row = [area.log_model.text(0, c) for c in range(5)]
        assert log_row[4] == "geprüft: nichts verblieben; keine Reste in der Tresordatei"
        assert int(log_row[3]) >= 1 and gone.person.id[:12] not in " ".join(log_row)
        assert "1 Eintrag gelöscht und überprüft." in area.status.text()
        area.status_timer.timeout.emit()  # as after a minute
        assert area.status.text() == ""
        assert (ctx.session.vault.db_path.with_name(ctx.session.vault.db_path.name + "-wal")
                .stat().st_size) == 0


def test_refusing_the_confirmation_deletes_nothing(ctx, qtbot, monkeypatch):
    kept = full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_kind == "person")
        _select(area, row)
        monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: False)
        area.delete_selected()
    assert repo.PERSONS.get(ctx.conn, kept.person.id) is not None


def test_restricted_list_and_lifting_asks(ctx, qtbot, monkeypatch):
    fx = full_person(ctx.conn, 1, leaving=None)
    svc.restrict(ctx.conn, fx.person.id, today=TODAY)
    area = shown_area(ctx, qtbot)
    assert area.restricted_model.rows[0].record_id == fx.person.id
    area.restricted_view.selectRow(0)
    monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: False)
    area.lift_restriction()
    assert svc.restricted_ids(ctx.conn) == {fx.person.id}
    monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: True)
    area.lift_restriction()
    assert svc.restricted_ids(ctx.conn) == set()


def test_overview_tile_counts_due_items_and_leads_to_datenschutz(ctx, qtbot):
    full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    with clock.frozen(TODAY):
        n = len(svc.due_items(ctx.conn))
        privacy.RetentionWatch(ctx).check()
        qtbot.waitUntil(lambda: ctx.retention_due is not None, timeout=10000)
    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    assert n >= 1
    assert area.deletion.title() == f"Löschung fällig ({n})"
    area.deletion.view.setFocus()
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(area.deletion.view, Qt.Key_Return)
    assert blocker.args == ["privacy", ""]


def test_periods_are_edited_in_the_rules_tab_and_logged(ctx, qtbot):
    area = shown_area(ctx, qtbot)
    field = area.period_fields["retention.R8.months"]
    assert field.value() == 24 and field.minimum() == 24      # never below the minimum
    field.setValue(30)
    field.editingFinished.emit()
    assert svc.engine(ctx.conn).value("R8", "months") == 30
    assert [c[:3] for c in settings.changes(ctx.conn)] == [("retention.R8.months", "24", "30")]
    area.enable_9b.setChecked(True)
    assert svc.engine(ctx.conn).enable_9b
    if SHOTS:
        area.tabs.setCurrentIndex(_tab(area, "Regeln und Fristen"))
        area.grab().save(str(SHOTS / "datenschutz-regeln.png"))


def test_restricted_person_leaves_the_overview(ctx, qtbot):
    from ssa_desktop.services import child_protection as cp
    from ssa_desktop.services.overview import build_overview

    fx = full_person(ctx.conn, 1, leaving=None)
    cp.start_procedure(ctx.conn, fx.person.id, date(2026, 11, 10))
    assert [i.record_id for i in build_overview(ctx.conn, TODAY).procedures] == [fx.person.id]
    svc.restrict(ctx.conn, fx.person.id, today=TODAY)
    assert build_overview(ctx.conn, TODAY).procedures == []


def test_privacy_panels_are_tabs_and_an_overview_deadline_selects_the_request(ctx, qtbot,
                                                                              pupil):
    """Auskunft/Widerspruch, backups and the Art. 30/data-breach tools are tabs of the
    area; a pending objection restricts the person (listed under Eingeschränkt), its
    deadline stays on the Übersicht without the pseudonym and leads to the request."""
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import privacy as privacy_svc
    from ssa_desktop.services.overview import build_overview

    day = date(2026, 11, 22)
    other = repo.PERSONS.insert(ctx.conn, Person("M-03", school_id="school-1"))
    with clock.frozen(day):
        privacy_svc.open_request(ctx.conn, other.id, date(2026, 11, 2))
        objection = privacy_svc.record_objection(ctx.conn, pupil.id, date(2026, 11, 20))
    item = next(i for i in build_overview(ctx.conn, day).deadlines
                if i.text.startswith("Widerspruch"))
    assert (item.text, item.area, item.record_id) == (
        "Widerspruch (eingeschränkt) fällig am 20.12.2026", "privacy", pupil.id)
    with clock.frozen(day):
        area = shown_area(ctx, qtbot)
        titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
        assert titles[-3:] == ["Auskunft und Widerspruch", "Sicherungen",
                               "Verzeichnis und Datenpanne"]
        assert [area.restricted_model.text(0, c) for c in (0, 2)] == ["K-17", "Widerspruch offen"]
        area.open_record(item.record_id)
        assert area.tabs.currentWidget() is area.requests
        assert area.requests.selected().request_id == objection.id
        area.open_record("unbekannt")
        assert area.tabs.currentIndex() == 0
        area.requests.clear()          # what a lock does; showing the area fills it again
        area.refresh()
        assert area.requests.model.rowCount() == 2
        if SHOTS:
            area.tabs.setCurrentWidget(area.requests)
            area.grab().save(str(SHOTS / "datenschutz-antraege.png"))


def test_engine_runs_at_every_unlock_off_the_gui_thread(ctx, qtbot, monkeypatch):
    import threading

    full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    with clock.frozen(TODAY):
        n = len(svc.due_items(ctx.conn))
    on_gui = []
    real = svc.engine   # the full assess and the check's count (page by page) build it
    monkeypatch.setattr(svc, "engine", lambda conn: (
        on_gui.append(threading.current_thread() is threading.main_thread())
        or real(conn)))
    privacy.RetentionWatch(ctx)
    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.show()
    with clock.frozen(TODAY):
        ctx.unlocked.emit()
        qtbot.waitUntil(lambda: area.deletion.title() == f"Löschung fällig ({n})",
                        timeout=10000)
    assert ctx.retention_due == n >= 1
    assert on_gui and not any(on_gui)      # the engine never ran on the GUI thread
    ctx.lock()
    assert ctx.retention_due is None


CODE = r"\bR\d+b?\b"
INTERNAL = ("third_party", "child_protection", "working_note", "deletion_log", "case_9b",
            "cp_decision", "sgb8_9b", "request", "legal_claim", "restriction", "decision")


def _shown_texts(area) -> list[str]:
    texts = [area.header.text(), area.preview.toPlainText()]
    for model in (area.due_model, area.restricted_model, area.holds_model, area.all_model,
                  area.log_model):
        texts += [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
        texts += [model.text(r, c) for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    texts += [area.tabs.tabText(i) for i in range(area.tabs.count())]
    texts += [w.text() for w in area.findChildren(privacy.QLabel)]
    return texts


def test_the_area_shows_the_rules_words_never_internal_codes(ctx, qtbot, monkeypatch):
    import re

    from ssa_desktop.domain.entities import Person

    gone = full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    kept = full_person(ctx.conn, 2, leaving=date(2026, 7, 31))
    full_person(ctx.conn, 4, leaving=date(2026, 7, 31))
    restricted = full_person(ctx.conn, 3, leaving=None)
    svc.restrict(ctx.conn, restricted.person.id, today=TODAY)
    repo.PERSONS.insert(ctx.conn, Person("Vater-Y", kind="guardian",
                                         created="2025-01-10T10:00:00"))   # R9
    with clock.frozen(TODAY):
        svc.apply(ctx.conn, [("person", gone.person.id)])
        svc.add_hold(ctx.conn, kept.person.id, "legal_claim", date(2027, 1, 1))
        area = shown_area(ctx, qtbot)
        assert {a.rule for a in area.due_model.rows} >= {"R2", "R9"}
        assert area.restricted_model.rows and area.holds_model.rows and area.log_model.rows
        for row in range(area.due_model.rowCount()):
            _select(area, row)
            texts = _shown_texts(area)
            assert area.preview.toPlainText()
            assert [t for t in texts if re.search(CODE, t)] == []
            assert [(t, w) for t in texts for w in INTERNAL if re.search(rf"\b{w}\b", t)] == []
    rules = " ".join(_shown_texts(area))
    assert "Kontaktdaten von Eltern und Dritten" in rules          # the rule's title


def test_the_area_loads_off_the_gui_thread(ctx, qtbot, monkeypatch):
    import threading

    full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    on_gui = []
    real = svc.rrepo.facts_pages   # the engine's facts, read page by page by the load
    monkeypatch.setattr(svc.rrepo, "facts_pages", lambda conn, size: (
        on_gui.append(threading.current_thread() is threading.main_thread())
        or real(conn, size)))
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
    assert area.due_model.rows and on_gui and not any(on_gui)


def test_a_change_recounts_without_writing_only_the_unlock_expires_the_log(ctx, qtbot):
    from ssa_desktop.services.operations import Changes, DataKind

    ctx.conn.execute("INSERT INTO deletion_log (id, record_id, category, rule, executed,"
                     " method) VALUES ('old', 'x', 'case', 'R2', '2020-01-01 09:00:00', 'm')")
    watch = privacy.RetentionWatch(ctx)
    with clock.frozen(TODAY):
        ctx.changes.emit(Changes.of(DataKind.CONTACTS))
        qtbot.waitUntil(lambda: ctx.retention_due is not None and not watch.running,
                        timeout=10000)
        assert [e.id for e in svc.deletion_log(ctx.conn)] == ["old"]
        ctx.retention_due = None
        ctx.unlocked.emit()
        qtbot.waitUntil(lambda: ctx.retention_due is not None and not watch.running,
                        timeout=10000)
    assert svc.deletion_log(ctx.conn) == []


def test_holds_past_their_review_date_are_named_in_the_header(ctx, qtbot):
    fx = full_person(ctx.conn, 1, leaving=date(2026, 7, 31))
    svc.add_hold(ctx.conn, fx.person.id, "legal_claim", date(2026, 10, 1), today=TODAY)
    with clock.frozen(date(2026, 10, 2)):
        area = shown_area(ctx, qtbot)
    assert "1 Sperre(n) zur Überprüfung fällig" in area.header.text()
    assert area.holds_model.text(0, 3) == "01.10.2026"


def test_a_review_prompt_is_listed_and_can_release_the_documentation(ctx, qtbot, monkeypatch):
    from ssa_desktop.services import persons

    fx = full_person(ctx.conn, 1, leaving=None)
    case_id = ctx.conn.execute("SELECT id FROM case_file WHERE person_id = ?",
                               (fx.person.id,)).fetchone()[0]
    persons.close_case(ctx.conn, case_id, date(2026, 8, 3))
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_id == fx.person.id)
        assert area.due_model.text(row, 4) == (
            "Fall abgeschlossen am 03.08.2026; Prüfung nach „Falldokumentation "
            "(Einzelfallhilfe)“")
        _select(area, row)
        assert area.not_needed_button.isEnabled() and not area.delete_button.isEnabled()
        monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: True)
        loaded = area.loaded
        area.not_needed()
        qtbot.waitUntil(lambda: area.loaded > loaded, timeout=10000)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_id == fx.person.id)
        assert area.due_model.rows[row].action == "delete"


def test_a_burst_of_changes_costs_one_recount(ctx, qtbot, monkeypatch):
    from ssa_desktop.services.operations import Changes, DataKind

    runs = []
    real = svc.count_due
    monkeypatch.setattr(svc, "count_due", lambda *a, **k: runs.append(1) or real(*a, **k))
    privacy.RetentionWatch(ctx)
    for _ in range(5):
        ctx.changes.emit(Changes.of(DataKind.CONTACTS))
    qtbot.waitUntil(lambda: ctx.retention_due is not None, timeout=10000)
    qtbot.wait(200)
    assert len(runs) == 1


def test_the_unlock_check_is_heard_once_and_asks_for_no_recount(ctx, qtbot, monkeypatch):
    """The unlock check writes (the deletion log's expiry: RETENTION); the runner tells
    the views so, and the watch does not count again for its own write."""
    from ssa_desktop.services.operations import DataKind

    heard, counted, recounts = [], [], []
    real = svc.count_due
    monkeypatch.setattr(svc, "count_due", lambda *a, **k: recounts.append(1) or real(*a, **k))
    watch = privacy.RetentionWatch(ctx)
    ctx.changes.connect(lambda changes: heard.append(changes.kinds))
    ctx.retention_counted.connect(lambda: counted.append(ctx.retention_due))
    with clock.frozen(TODAY):
        ctx.unlocked.emit()
        qtbot.waitUntil(lambda: bool(counted) and not watch.running, timeout=10000)
    assert heard == [frozenset({DataKind.RETENTION})] and counted == [0]
    assert not watch.settle.isActive() and recounts == [1]   # the unlock check's own count
