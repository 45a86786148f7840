"""What she reads in the Löschprotokoll and at unlock after deletions the person tests do
not cover, on real vaults: a group offer's and a month of working time's counts under
their names, a package key removed or a package file that was not there any more, and the
sentence at unlock about a deletion whose pages a reader kept in the WAL."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import GroupActivity, GroupSession, TimeEntry
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from tests.retention.fixtures import full_person
from tests.support.readers import hurry_busy_waits

TODAY = date(2026, 9, 1)


def test_a_group_offer_and_a_month_of_working_time_are_counted_under_their_names(conn):
    # R4: the school year 2024/25 ends 31.07.2025, + 12 months: due 31.07.2026
    group = repo.GROUPS.insert(conn, GroupActivity("Streitschlichter-AG", 2024))
    for day in (date(2024, 10, 7), date(2024, 10, 14)):
        repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, day, 90))
    # R8: February 2024 ends 29.02.2024, + 24 months: due 28.02.2026
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2024, 2, 12), "EB", 90))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2024, 2, 13), "EB", 30))
    report = svc.apply(conn, [("group", group.id), ("time_month", "2024-02")], today=TODAY,
                       compact=False)
    assert report.deleted == 2
    counts = {e.record_id: e.counts for e in svc.deletion_log(conn)}
    assert counts[group.id] == {"Gruppenangebot": 1, "Termine des Angebots": 2,
                                "Teilnahmen (wer in der Gruppe war)": 0}
    assert counts["2024-02"] == {"Arbeitszeiteinträge": 2}


def test_a_removed_package_key_without_a_file_is_logged_in_her_words(conn):
    svc.log_package_deleted(conn, "pkg-1", 0, TODAY, "Vertretung beendet", key_removed=True)
    svc.log_package_deleted(conn, "pkg-2", 0, TODAY, "Vertretung beendet")
    svc.log_package_deleted(conn, "pkg-3", 2048, TODAY, "Rückgabe eingelesen",
                            key_removed=True)
    log = {e.record_id: e for e in svc.deletion_log(conn)}
    assert [(log[p].method, log[p].counts, log[p].verification)
            for p in ("pkg-1", "pkg-2", "pkg-3")] == [
        ("Schlüssel aus dem Tresor entfernt", {"Paketdatei (Byte)": 0}, "Vertretung beendet"),
        ("keine Datei vorhanden", {"Paketdatei (Byte)": 0}, "Vertretung beendet"),
        ("Schlüssel aus dem Tresor entfernt; Datei mit Zufallsdaten überschrieben, "
         "synchronisiert und entfernt", {"Paketdatei (Byte)": 2048},
         "Rückgabe eingelesen; Datei nicht mehr vorhanden"),
    ]
    assert {(e.category, e.rule) for e in log.values()} == {
        ("Vertretungspaket (Datei)", "Ablauf der Vertretung")}


def test_at_unlock_she_is_told_whether_an_earlier_deletion_is_wholly_gone(open_vault, conn,
                                                                          monkeypatch):
    hurry_busy_waits(monkeypatch, conn)
    gone = full_person(conn, 1, leaving=date(2026, 7, 31), school_id="school-1")
    reader = open_vault.new_connection()
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()
    try:
        svc.apply(conn, [("person", gone.person.id)], today=TODAY)
        assert svc.finish_interrupted_deletion(conn) == [
            "Eine frühere Löschung ist noch nicht ganz aus der Tresordatei entfernt: ein "
            "anderer Zugriff liest gerade im Tresor. Das geschieht beim nächsten Entsperren."]
    finally:
        reader.rollback()
        reader.close()
    assert svc.finish_interrupted_deletion(conn) == [
        "Eine frühere Löschung ist jetzt vollständig aus der Tresordatei entfernt."]
    assert svc.finish_interrupted_deletion(conn) == []


def test_a_school_package_file_shredded_after_its_handover_is_logged_in_her_words(conn):
    svc.log_package_file_shredded(conn, "pkg-4", 4096, TODAY,
                                  category="Übergabepaket (Paketdatei)",
                                  rule="Übergabe quittiert", note="Datei nicht mehr vorhanden")
    [entry] = svc.deletion_log(conn)
    assert (entry.record_id, entry.category, entry.rule, entry.method, entry.counts,
            entry.verification) == (
        "pkg-4", "Übergabepaket (Paketdatei)", "Übergabe quittiert",
        "Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt",
        {"Paketdatei (Byte)": 4096}, "Datei nicht mehr vorhanden")
