"""What each use case of the retention service records and shows, on real vaults: the
unlock check's counts and what it changes, the entries the Löschprotokoll shows after a
deletion, a handover, a restriction, a hold or a decision (as she reads them there), what
is skipped and why, and a record kept on the day before its due day and deleted on it."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Case, Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import retention as svc
from ssa_desktop.services import settings
from ssa_desktop.services.operations import Changes, DataKind, Progress, run
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from tests.retention.fixtures import full_person

TODAY = date(2026, 9, 1)
NOW = datetime(2026, 9, 1, 10, 30, 15, 999)     # the log keeps whole seconds


def _left(conn, name: str, leaving: date | None = date(2026, 7, 31)) -> Person:
    """A pupil with nothing but her record, left on ``leaving`` (R2: due that day)."""
    return repo.PERSONS.insert(conn, Person(name, kind="pupil", leaving_date=leaving))


def test_the_unlock_check_counts_decisions_and_the_recount_writes_nothing(conn, frozen_clock):
    _left(conn, "PLAIN1")
    _left(conn, "PLAIN2")
    waits = full_person(conn, 1, leaving=date(2026, 7, 31))
    conn.execute("UPDATE cp_procedure SET youth_office_involved = 1 WHERE person_id = ?",
                 (waits.person.id,))
    # R11: an entry of 31.08.2023 is past its 36 months on 01.09.2026
    conn.execute("INSERT INTO deletion_log (id, record_id, category, rule, executed, method)"
                 " VALUES ('old', 'x', 'case', 'R2', '2023-08-31 09:00:00', 'm')")
    again = run(svc.count_due, conn, today=TODAY)
    assert again.value == svc.UnlockCheck(due=3, decisions=1, log_expired=0)
    assert not again.changes
    assert [e.id for e in svc.deletion_log(conn)] == ["old"]
    first = run(svc.check_at_unlock, conn, today=TODAY)
    assert first.value == svc.UnlockCheck(due=3, decisions=1, log_expired=1)
    assert first.changes == Changes.of(DataKind.RETENTION)
    assert svc.deletion_log(conn) == []


def test_a_deletion_logs_rule_days_method_and_counts_and_skips_what_is_not_due(conn):
    gone = _left(conn, "GEHT1")
    stays = _left(conn, "BLEIBT1", leaving=date(2026, 9, 2))      # due tomorrow
    steps: list[tuple[int, str]] = []
    keys = [("person", gone.id), ("person", stays.id), ("person", "nobody")]
    with clock.frozen(NOW):
        result = run(svc.apply, conn, keys, Progress(lambda n, text: steps.append((n, text))),
                     today=TODAY)
    report = result.value
    assert report.skipped == [(stays.id, "nicht (mehr) zur Löschung fällig"),
                              ("nobody", "nicht (mehr) zur Löschung fällig")]
    assert report.deleted == 1
    assert result.changes == svc.DELETION_CHANGES
    [entry] = svc.deletion_log(conn)
    assert (entry.record_id, entry.category, entry.rule, entry.trigger_day, entry.due,
            entry.executed, entry.method, entry.counts, entry.backup_expiry) == (
        gone.id, "case", "R2", "2026-07-31", "2026-07-31", "2026-09-01 10:30:15",
        svc.METHOD_DELETE, {"Personendatensatz": 1, "Fälle": 0, "Kontakte": 0,
                            "Korrekturen": 0, "Arbeitsnotizen": 0, "Termine": 0,
                            "Entwürfe": 0, "Einwilligungen": 0, "Verfahren nach § 8a": 0,
                            "Schritte nach § 8a": 0, "Dokumente (mit ihren Schlüsseln)": 0,
                            "Teilnahmen (wer in der Gruppe war)": 0},
        None)
    assert entry.verification.startswith("0 Zeilen verblieben; WAL geleert; freie Seiten ")
    assert entry.verification == report.entries[0].verification
    assert report.compaction.startswith("WAL geleert; freie Seiten ")
    assert steps[0] == (0, "Lösche …")
    assert steps[-2:] == [(85, "Freigegebene Seiten werden überschrieben …"), (100, "Fertig")]
    assert svc.deleted_ids_since(conn) == [(gone.id, "person", "2026-09-01")]
    # Datenschutz lists the deleted record from its tombstone: no rule, no category
    assert list(svc.deleted(conn)) == [rt.Assessment("person", gone.id, "", "", rt.DELETED, None,
                                               TODAY, None, "gelöscht am 01.09.2026")]
    nothing = run(svc.apply, conn, [("person", stays.id)], today=TODAY)
    assert (nothing.value.deleted, nothing.changes) == (0, svc.DELETION_CHANGES)  # declared


def test_a_cleared_field_is_previewed_counted_logged_and_tombstoned_as_one_field(conn):
    # the pupil is still at school; her case closed 31.01.2026: the parents' contact data
    # go 6 months later (R9), 31.07.2026
    fx = full_person(conn, 1, leaving=None)
    conn.execute("UPDATE case_file SET status = 'closed', closed = '2026-01-31'"
                 " WHERE person_id = ?", (fx.person.id,))
    [item] = [a for a in svc.due_items(conn, TODAY) if a.record_kind == "guardian_contact"]
    preview = svc.preview(conn, item)
    assert (preview.goes, preview.stays, preview.total) == (
        {"Kontaktdaten der Eltern (Feld)": 1}, {}, 1)
    assert svc.total(conn, [item]) == 1
    report = svc.apply(conn, [svc.key(item)], today=TODAY, compact=False)
    [entry] = report.entries
    assert (entry.category, entry.rule, entry.trigger_day, entry.due, entry.method,
            entry.verification) == ("third_party", "R9", "2026-01-31", "2026-07-31",
                                    svc.METHOD_CLEAR, "0 Zeilen verblieben")
    assert report.compaction == ""
    # one item clears the guardians' contact and postal address: a field tombstone each,
    # so a restore empties both again
    assert svc.deleted_ids_since(conn) == [
        (f"{fx.person.id}#guardian_address", "guardian_contact", "2026-09-01"),
        (f"{fx.person.id}#guardian_contact", "guardian_contact", "2026-09-01")]


def test_an_unknown_record_kind_is_refused_by_name():
    with pytest.raises(ValueError, match="^unknown record kind parcel$"):
        svc.preview(None, rt.Assessment("parcel", "x", "", "", rt.DUE, None, None, None, ""))


def test_the_total_adds_up_every_kind_in_any_order(conn):
    # a person due (11 rows, see test_service.py's preview) and another pupil's parents'
    # contact data (one field): 12, whichever comes first
    field = full_person(conn, 1, leaving=None)
    conn.execute("UPDATE case_file SET status = 'closed', closed = '2026-01-31'"
                 " WHERE person_id = ?", (field.person.id,))
    full_person(conn, 2, leaving=date(2026, 7, 31))
    due = {a.record_kind: a for a in svc.due_items(conn, TODAY)}
    person, contact = due["person"], due["guardian_contact"]
    assert svc.preview(conn, person).total == 11
    assert svc.total(conn, [person, contact]) == 12
    assert svc.total(conn, [contact, person]) == 12


def test_a_handed_over_person_is_deleted_with_a_log_entry_of_the_handover(conn):
    # not due and held: the successor holds her now (issue 18)
    fx = full_person(conn, 1, leaving=None)
    svc.add_hold(conn, fx.person.id, "auskunft", date(2026, 12, 1), today=TODAY)
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    with clock.frozen(NOW):
        result = run(svc.delete_handed_over, conn, [("person", fx.person.id)], TODAY,
                     category="Übergabe an die Nachfolge")
    assert result.changes == svc.DELETION_CHANGES
    assert (result.value.skipped, result.value.compaction) == ([], "")
    [entry] = result.value.entries
    assert (entry.record_id, entry.category, entry.rule, entry.trigger_day, entry.due,
            entry.executed, entry.method, entry.verification, entry.backup_expiry) == (
        fx.person.id, "Übergabe an die Nachfolge", "Übergabe", "2026-09-01", "2026-09-01",
        "2026-09-01 10:30:15", svc.METHOD_DELETE, "0 Zeilen verblieben", None)
    assert entry.counts["Personendatensatz"] == 1 and entry.counts["Kontakte"] == 2
    assert svc.deleted_ids_since(conn) == [(fx.person.id, "person", "2026-09-01")]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache


def test_the_deletion_log_shows_a_handover_a_backup_shredding_and_an_expired_package(conn):
    with clock.frozen(NOW):
        with transaction(conn):
            svc.log_handover_rest(conn, "school-1", {"Offene Angebote": 2, "Termine": 0},
                                  TODAY, "Übergabe an die Nachfolge")
            svc.log_backups_shredded(conn, "post-1", 3, 4096, TODAY, "Übergabe",
                                     "Sicherungen der Vorgängerin")
        svc.log_package_deleted(conn, "pkg-1", 1234, TODAY, "Vertretung beendet")
    rows = [(e.record_id, e.category, e.rule, e.trigger_day, e.due, e.executed, e.method,
             e.counts, e.verification, e.backup_expiry) for e in svc.deletion_log(conn)]
    day, now = "2026-09-01", "2026-09-01 10:30:15"
    assert rows == [
        ("school-1", "Übergabe an die Nachfolge", "Übergabe", day, day, now, svc.METHOD_DELETE,
         {"Offene Angebote": 2}, "0 Zeilen verblieben", None),
        ("post-1", "Sicherungen der Vorgängerin", "Übergabe", day, day, now,
         "Dateien mit Nullen überschrieben, synchronisiert und entfernt",
         {"Sicherungsdateien": 3, "Byte": 4096}, "Dateien nicht mehr vorhanden", None),
        ("pkg-1", "Vertretungspaket (Datei)", "Ablauf der Vertretung", day, day, now,
         "Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt",
         {"Paketdatei (Byte)": 1234}, "Vertretung beendet; Datei nicht mehr vorhanden", None),
    ]


def test_a_deletion_reports_its_steps_and_runs_with_a_128_mib_page_cache(conn):
    first, second = _left(conn, "ERSTE1"), _left(conn, "ZWEITE1")
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    seen: list[tuple[int, str, int]] = []

    def report(percent: int, text: str) -> None:
        seen.append((percent, text, conn.execute("PRAGMA cache_size").fetchone()[0]))

    svc.apply(conn, [("person", first.id), ("person", second.id)], Progress(report),
              today=TODAY)
    mib128 = -131072          # negative: KiB, not pages
    assert seen == [(0, "Lösche …", mib128), (37, "Lösche …", mib128),
                    (85, "Freigegebene Seiten werden überschrieben …", mib128),
                    (100, "Fertig", before)]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
    third = _left(conn, "DRITTE1")
    seen.clear()
    svc.delete_handed_over(conn, [("person", third.id)], TODAY, category="Übergabe",
                           progress=Progress(report))
    assert seen == [(0, "Lösche …", mib128)]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before


def test_a_deletion_runs_unbound_to_its_end_and_gives_the_bound_back(conn):
    """The process's bound on SQLite's memory (3 MiB = 3,145,728 bytes, 0: none) is
    lifted for the whole run, also for the overwriting of freed pages after the
    transaction, and holds again afterwards."""
    first = _left(conn, "ERSTE1")
    bound = 3 * 1024 * 1024
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == bound
    seen: list[tuple[int, int]] = []

    def report(percent: int, text: str) -> None:
        seen.append((percent, conn.execute("PRAGMA soft_heap_limit").fetchone()[0]))

    svc.apply(conn, [("person", first.id)], Progress(report), today=TODAY)
    assert seen == [(0, 0), (85, 0), (100, bound)]
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == bound


LATER = datetime(2026, 9, 3, 8, 0, 0)    # the clock two days after the ``today`` passed in


def _decisions_logged(conn) -> list[tuple]:
    return [(e.record_id, e.category, e.rule, e.trigger_day, e.due, e.executed, e.method,
             e.counts, e.verification, e.backup_expiry) for e in svc.deletion_log(conn)]


def test_restriction_hold_and_decision_are_logged_as_she_reads_them_on_the_day_given(conn):
    p = _left(conn, "ENTSCHEID1").id
    with clock.frozen(LATER):
        svc.restrict(conn, p, today=TODAY)
        assert svc.restriction_of(conn, p) == rt.Restriction(p, "request", TODAY)
        svc.lift_restriction(conn, p, today=TODAY)
        hold = svc.add_hold(conn, p, "legal_claim", TODAY, today=TODAY)
        assert (hold.record_id, hold.reason, hold.since, hold.review) == (
            p, "legal_claim", TODAY, TODAY)
        svc.lift_hold(conn, hold, today=TODAY)
        # the day the hold ended is kept (it travels in the interchange file)
        assert conn.execute("SELECT lifted FROM retention_hold").fetchall() == [("2026-09-01",)]
        svc.decide(conn, p, "restrict", today=TODAY)
        assert svc.restriction_of(conn, p) == rt.Restriction(p, rt.CP_DECISION, TODAY)
        assert svc.r5_decision(conn, p) == rt.Decision(p, "restrict", TODAY, date(2027, 9, 1))
        svc.decide(conn, p, "keep", today=TODAY)
        assert svc.restriction_of(conn, p) is None
    at = "2026-09-03 08:00:00"
    assert _decisions_logged(conn) == [
        (p, "restriction", "", None, None, at, "Einschränkung (auf Antrag (Art. 18 DSGVO))",
         {}, "", None),
        (p, "restriction", "", None, None, at, "Einschränkung aufgehoben", {}, "", None),
        (p, "hold", "", None, None, at, "Sperre (Geltendmachung von Rechtsansprüchen)", {},
         "", None),
        (p, "hold", "", None, None, at,
         "Sperre aufgehoben (Geltendmachung von Rechtsansprüchen)", {}, "", None),
        (p, "decision", "R5", None, None, at, "Entscheidung zu § 8a: einschränken", {}, "",
         None),
        (p, "decision", "R5", None, None, at,
         "Entscheidung zu § 8a: nach Absprache aufbewahren", {}, "", None),
    ]


def test_a_hold_needs_a_known_reason_and_a_review_not_before_today(conn):
    p = _left(conn, "SPERRE1").id
    with pytest.raises(UserError, match=r"^Unbekannter Grund für die Sperre\.$"):
        svc.add_hold(conn, p, "whim", TODAY, today=TODAY)
    with pytest.raises(UserError,
                       match=r"^Das Datum der Überprüfung liegt in der Vergangenheit\.$"):
        svc.add_hold(conn, p, "auskunft", date(2026, 8, 31), today=TODAY)
    assert svc.add_hold(conn, p, "auskunft", TODAY, today=TODAY).review == TODAY
    with pytest.raises(UserError, match=r"^Unbekannte Entscheidung\.$"):
        svc.decide(conn, p, "forget", today=TODAY)


def test_lifting_a_restriction_for_another_reason_keeps_it(conn):
    p = _left(conn, "EINSCHR1").id
    svc.lift_restriction(conn, p, today=TODAY)    # none to lift: nothing logged
    svc.restrict(conn, p, "request", today=TODAY)
    svc.lift_restriction(conn, p, today=TODAY, reason="objection")
    assert svc.restricted_ids(conn) == {p}
    lifted = run(svc.lift_restriction, conn, p, today=TODAY, reason="request")
    assert lifted.changes == Changes.of(DataKind.RETENTION, DataKind.PERSONS)
    assert svc.restricted_ids(conn) == set()
    assert [e.method for e in svc.deletion_log(conn)] == [
        "Einschränkung (auf Antrag (Art. 18 DSGVO))", "Einschränkung aufgehoben"]


def _closed_case(conn, person_id: str, closed: str = "2026-01-31") -> None:
    conn.execute("UPDATE case_file SET status = 'closed', closed = ? WHERE person_id = ?",
                 (closed, person_id))


def test_not_needed_after_review_only_for_a_review_and_never_for_child_protection(conn):
    at_school = full_person(conn, 1, leaving=None)        # open case: no review
    with pytest.raises(UserError, match=(
            r"^Nur eine Falldokumentation mit fälliger Prüfung nach Fallabschluss oder eine "
            r"ruhende Person kann als nicht mehr benötigt entschieden werden\.$")):
        svc.not_needed_after_review(conn, at_school.person.id, today=TODAY)
    cp = full_person(conn, 2, leaving=None)
    _closed_case(conn, cp.person.id)
    conn.execute("UPDATE cp_procedure SET youth_office_involved = 1 WHERE person_id = ?",
                 (cp.person.id,))
    with pytest.raises(UserError, match=(
            r"^Bei einem Verfahren nach § 8a \(offen oder mit Beteiligung des Jugendamts\) "
            r"wird nach dem Abgang entschieden, nicht bei der Prüfung\.$")):
        svc.not_needed_after_review(conn, cp.person.id, today=TODAY)
    # closed 31.01.2026: her parents' contact data (due 31.07.2026) are listed before her
    # file under review; the decision is about the file
    fx = full_person(conn, 3, leaving=None)
    _closed_case(conn, fx.person.id)
    kinds = [a.record_kind for a in svc.assess(conn, TODAY) if a.record_id == fx.person.id]
    assert kinds == ["guardian_contact", "person"]
    with clock.frozen(LATER):
        svc.not_needed_after_review(conn, fx.person.id, today=TODAY)
    assert conn.execute("SELECT decision, decided, review FROM retention_decision").fetchall() \
        == [(rt.NOT_NEEDED, "2026-09-01", "2026-09-01")]
    [entry] = _decisions_logged(conn)
    assert entry == (fx.person.id, "decision", "R2", None, None, "2026-09-03 08:00:00",
                     "Prüfung nach Fallabschluss: nicht mehr benötigt", {}, "", None)


def test_a_9b_classification_needs_the_option_and_a_person_and_is_logged(conn):
    p = _left(conn, "NEUNB1").id
    with pytest.raises(UserError, match=r"^§ 9b ist nicht eingeschaltet \(Datenschutz → "
                                        r"Fristen\)\.$"):
        svc.classify_9b(conn, p, True, today=TODAY)
    svc.set_period(conn, rt.ENABLE_9B, True)
    with pytest.raises(UserError, match=r"^Nach § 9b wird nur die Akte einer Person "
                                        r"eingeordnet\.$"):
        svc.classify_9b(conn, "a-group", True, today=TODAY)
    with clock.frozen(LATER):
        svc.classify_9b(conn, p, True, today=TODAY)
        assert svc.marked_9b(conn) == frozenset({p})
        svc.classify_9b(conn, p, False, today=TODAY)
    assert svc.marked_9b(conn) == frozenset()
    assert [(e.category, e.rule, e.method) for e in svc.deletion_log(conn)] == [
        ("decision", "R9b", "Einordnung nach § 9b SGB VIII"),
        ("decision", "R9b", "Einordnung nach § 9b SGB VIII aufgehoben")]


def test_a_period_change_is_logged_only_when_the_value_changes(conn):
    from ssa_desktop.domain.options import Option

    with pytest.raises(UserError, match="^keine Aufbewahrungsfrist$"):
        svc.set_period(conn, Option("ui.theme", str, "hell", "Farbschema"), "dunkel")
    r8 = rt.rule_table()["R8"].period("months").option
    with clock.frozen(LATER):
        assert svc.set_period(conn, r8, 24) == 24           # the default: no change
        changed = run(svc.set_period, conn, r8, 30)
    assert changed.value == 30
    assert changed.changes == Changes.of(DataKind.SETTINGS, DataKind.RETENTION)
    assert settings.changes(conn) == [
        ("retention.R8.months", "24", "30", "2026-09-03 08:00:00")]
    assert settings.get(conn, r8) == 30


def test_the_names_datenschutz_shows_for_each_kind_and_the_snapshot(conn):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31))

    def a(kind: str, rid: str, owner: str | None = None) -> rt.Assessment:
        return rt.Assessment(kind, rid, "", "", rt.DUE, None, None, None, "", owner)

    assert svc.display_name(conn, a("person", fx.person.id)) == (
        "PSEU001Q", "Vorname001x Nachname001x")
    assert svc.display_name(conn, a("time_month", "2024-02")) == ("2024-02", "")
    assert svc.display_name(conn, a("group", "no-such-group")) == ("", "")
    assert svc.display_name(conn, a("working_note", "n1", fx.person.id)) == (
        "PSEU001Q", "Vorname001x Nachname001x")
    assert svc.display_name(conn, a("working_note", "n1")) == ("", "")
    assert svc.display_name(conn, a("parcel", "x", fx.person.id)) == (
        "PSEU001Q", "Vorname001x Nachname001x")                   # unknown kind: by owner
    snap = svc.snapshot(conn, today=TODAY)
    assert svc.key(a("person", fx.person.id)) in {svc.key(x) for x in snap.assessments}
    assert snap.values["retention.R8.months"] == 24
    assert snap.values[rt.ENABLE_9B.name] is False
    assert snap.marked_9b == frozenset()
    assert snap.names[("person", fx.person.id)] == ("PSEU001Q", "Vorname001x Nachname001x")
    # the lists: due, then review prompts; every item (months only when due), then the
    # deleted; the restricted and held records' first assessments
    every = list(snap.assessments)
    assert list(snap.due) == [x for x in every if x.is_due] + [
        x for x in every if x.state in (rt.REVIEW, "Prüfung fällig (ruhend)")]
    assert list(snap.every) == [x for x in every if x.is_due or x.record_kind != "time_month"]
    assert list(snap.deleted) == [] and snap.related == {}
    svc.add_hold(conn, fx.person.id, "legal_claim", date(2027, 1, 1), today=TODAY)
    held = svc.snapshot(conn, today=TODAY)
    assert held.related == {fx.person.id: next(x for x in held.assessments
                                               if x.record_id == fx.person.id)}
    assert held.related[fx.person.id].state == rt.HOLD


def test_the_deletion_guard_re_applies_the_tombstones_read_before_the_swap(conn):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31))
    svc.apply(conn, [("person", fx.person.id)], today=TODAY, compact=False)
    prepare = svc.deletion_guard(conn)
    assert prepare(conn) == 0          # nothing of hers left to delete again
    assert svc.deleted_ids_since(conn) == [(fx.person.id, "person", "2026-09-01")]


def test_a_deleted_time_month_keeps_its_totals_by_task_area(conn):
    from ssa_desktop.domain.entities import TimeEntry
    from ssa_desktop.services import time_totals

    # R8: February 2024 ends 29.02.2024; + 24 months = 28.02.2026 (no 29th), due by 01.09.2026
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2024, 2, 12), "EB", 90))
    assert ("time_month", "2024-02") in {svc.key(a) for a in svc.due_items(conn, TODAY)}
    assert svc.apply(conn, [("time_month", "2024-02")], today=TODAY).deleted == 1
    area = time_totals.task_areas(conn).get("EB", "IND")
    assert conn.execute("SELECT month, category, area, minutes, kept FROM time_month_total"
                        ).fetchall() == [("2024-02", "EB", area, 90, "2026-09-01")]
    assert repo.TIME_ENTRIES.count(conn) == 0


def test_a_handover_deletion_names_the_last_day_a_backup_holds_the_data(open_vault):
    # R12: the backup made on the handover day is rotated after 30 days: 01.10.2026
    from ssa_desktop.services import backups

    conn = open_vault.conn
    fx = full_person(conn, 1, leaving=None)
    backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY)
    [entry] = svc.delete_handed_over(conn, [("person", fx.person.id)], TODAY,
                                     category="Übergabe").entries
    assert entry.backup_expiry == "2026-10-01"


def test_compaction_after_a_deletion_says_what_it_did(conn):
    assert re.fullmatch(r"WAL geleert; freie Seiten \d+", svc.compact_after(conn))


def test_each_persons_own_r5_decision_and_datenschutz_refreshes_after_one(conn):
    from ssa_desktop.services import operations

    first, second = _left(conn, "ERSTE8A").id, _left(conn, "ZWEITE8A").id
    svc.decide(conn, first, "keep", today=date(2026, 8, 3))
    svc.decide(conn, second, "delete", today=TODAY)
    assert svc.r5_decision(conn, second) == rt.Decision(second, "delete", TODAY,
                                                        date(2027, 9, 1))
    assert svc.r5_decision(conn, "nobody") is None
    # what the window learns when a § 8a closure records its decision (wrapped as a
    # caller does): the retention lists change and are shown again
    third = _left(conn, "DRITTE8A").id
    with transaction(conn):
        done = operations.run(lambda: svc.record_decision(conn, third, "keep", TODAY))
    assert done.changes == Changes.of(DataKind.RETENTION)


def test_a_record_is_kept_on_the_day_before_its_due_day_and_deleted_on_it(conn):
    # R2: a pupil who left on 31.07.2026 is due that day
    pupil = _left(conn, "FAELLIG1")
    key = ("person", pupil.id)
    before = svc.apply(conn, [key], today=date(2026, 7, 30))
    assert (before.deleted, before.skipped) == (0, [(pupil.id, "nicht (mehr) zur Löschung fällig")])
    assert repo.PERSONS.get(conn, pupil.id) is not None
    assert svc.apply(conn, [key], today=date(2026, 7, 31)).deleted == 1
    assert repo.PERSONS.get(conn, pupil.id) is None


def test_a_dormant_persons_open_case_must_be_closed_before_not_needed(conn):
    # created 01.09.2024, a case opened 02.09.2024 and nothing since: dormant a year later
    kim = repo.PERSONS.insert(conn, Person("K-1", first_name="Kim", school_id="school-1",
                                           grade=7, created="2024-09-01 09:00:00"))
    repo.CASES.insert(conn, Case(kim.id, date(2024, 9, 2)))
    with pytest.raises(UserError, match=r"^Bitte zuerst den offenen Fall abschließen\.$"):
        svc.not_needed_after_review(conn, kim.id, today=date(2025, 9, 2))
