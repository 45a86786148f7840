"""Moving a vault keeps everything (issue 22 item 1): restricted persons (marked), holds,
§ 8a decisions, § 9b marks, the deletion log, tombstones, Auskunft requests and
Jahresbericht texts travel; every retention state is the same before and after. Worker-made
catalogue entries travel (issue 17 item 4); activities without statistics records are
counted on import (issue 17 item 5)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import entities as e
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import, interchange_validate, retention, timeshare
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.services.interchange_derive import derive_missing_statistics
from ssa_desktop.storage import migrations, retention_log_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import retention_repo as rr
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_interchange import LAST_DAY, populate_sample, vault_contents
from tests.support.examples import examples
from tests.support.vaults import new_vault

DAYS = (date(2026, 7, 1), date(2028, 8, 1), date(2033, 1, 1), date(2045, 1, 1))


def _strip(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported"}


def _through_json(doc: dict) -> dict:
    return json.loads(json.dumps(doc))


def retention_states(conn) -> dict:
    """Every record's state by the retention engine on several days, plus holds,
    restrictions, decisions and § 9b marks."""
    states = {day: sorted((a.record_kind, a.record_id, a.rule, a.state, a.due)
                          for a in retention.assess(conn, day)) for day in DAYS}
    return {"states": states, "holds": sorted(rr.holds(conn), key=lambda h: h.id),
            "restricted": sorted(rr.restricted_ids(conn)),
            "decisions": sorted(rr.latest_decisions(conn), key=lambda d: d.record_id),
            "9b": sorted(rr.marked(conn, rt.MARK_9B))}


@pytest.fixture
def target(tmp_path):
    session = new_vault(tmp_path / "neu")
    yield session
    session.lock()


def test_every_table_of_the_schema_travels():
    """A table a later schema adds is part of the format without code (or this fails).
    Documents are no table of the format: they travel, when she asks, in their own section
    without their keys (tests/documents/test_interchange_documents.py); her letter templates travel by their own file (``letter template-export``); who took
    part in a group stays (the format carries the group's counts); the overwrite journal
    (paths of this machine, ``storage.file_intents``) stays with its vault."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.upgrade(conn)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    expected = {n for n in names if not n.startswith(("fts_", "sqlite_"))} - {
        "meta", "setting", "migration_ledger", "document", "letter_template", "group_member",
        "file_intent"}
    assert {t.name for t in ix.merge_tables()} == expected


def test_restricted_person_and_hold_survive_a_move(open_vault, target):
    """The review's reproduction: a restricted person and a held one, moved; the first
    deletion run in the new vault deletes nothing the old one would not."""
    populate_sample(open_vault.conn)
    doc = _through_json(ix.export_document(open_vault.conn))
    restricted = [r["record_id"] for r in doc["tables"]["retention_restriction"]]
    assert restricted and all(any(p["id"] == r for p in doc["tables"]["person"])
                              for r in restricted), "restricted persons travel, marked"
    for name in ("retention_hold", "retention_decision", "retention_mark", "deletion_log",
                 "tombstone", "privacy_request", "annual_report_text"):
        assert doc["tables"][name], name
    interchange_import.import_document(target.conn, doc)
    assert _strip(ix.export_document(target.conn)) == _strip(doc)
    assert retention_states(target.conn) == retention_states(open_vault.conn)
    held = rr.holds(target.conn)[0]
    assert (held.review, held.reason) == (date(2027, 6, 30), "Rechtsanspruch")


def test_a_version_2_file_is_read_with_a_note(open_vault, target):
    populate_sample(open_vault.conn)
    doc = _through_json(ix.export_document(open_vault.conn))
    doc["version"] = 2
    for t in ix.merge_tables()[len(repo.ALL_TABLES):]:
        doc["tables"].pop(t.name)
    assert interchange_validate.validate_document(doc) == []
    interchange_import.import_document(target.conn, doc)
    from ssa_desktop.services.interchange_upgrade import upgrade_notes

    assert "Sperren" in upgrade_notes(doc)[0] and upgrade_notes({"version": 3}) == []


@pytest.mark.parametrize("table,field,value", [
    ("retention_hold", "review", "bald"), ("tombstone", "deleted", "2026-02-30"),
    ("draft", "updated", "-2+3"), ("privacy_request", "decisions", "[1, 2]")])
def test_bad_values_in_the_new_tables_are_named(open_vault, target, table, field, value):
    populate_sample(open_vault.conn)
    doc = _through_json(ix.export_document(open_vault.conn))
    doc["tables"][table][0][field] = value
    with pytest.raises(ix.InterchangeError, match=rf"tables\.{table}\[0\]\.{field}"):
        interchange_import.import_document(target.conn, doc)
    assert interchange_import.is_empty(target.conn)


# -- property: any vault with retention states moves losslessly ---------------------------
_day = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def retention_rows(draw, person_ids: list[str]):
    """Holds, restrictions, decisions, marks, tombstones and log entries on the persons."""
    rows = []
    for n, pid in enumerate(person_ids):
        if draw(st.booleans()):
            rows.append(("hold", rt.Hold(f"h{n}", pid, "Rechtsanspruch", draw(_day), draw(_day))))
        if draw(st.booleans()):
            rows.append(("restriction", rt.Restriction(pid, "request", draw(_day))))
        if draw(st.booleans()):
            rows.append(("decision", rt.Decision(pid, draw(st.sampled_from(["keep", "delete"])),
                                                 draw(_day), draw(_day))))
        if draw(st.booleans()):
            rows.append(("mark", pid))
    for n in range(draw(st.integers(0, 3))):
        day = draw(_day)
        rows.append(("tombstone", (f"weg-{n}", "person", day)))
        rows.append(("log", retention_log_repo.LogEntry(f"log-{n}", f"weg-{n}", "person", "R2", None,
                                                        day.isoformat(), day.isoformat(), "provable",
                                                        {"contact": n}, "", None)))
    return rows


def _apply_retention_rows(conn, rows) -> None:
    for kind, value in rows:
        if kind == "hold":
            rr.insert_hold(conn, value)
        elif kind == "restriction":
            rr.insert_restriction(conn, value)
        elif kind == "decision":
            rr.insert_decision(conn, "cp_procedure", value)
        elif kind == "mark":
            rr.set_mark(conn, value, rt.MARK_9B, True)
        elif kind == "tombstone":
            retention_log_repo.insert_tombstone(conn, *value)
        else:
            retention_log_repo.insert_log(conn, value)


@settings(max_examples=examples(15), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(contents=vault_contents(), data=st.data(),
       extra_labels=st.lists(st.text("abcdefghijklmnopqrstuvwxyzäöü ", min_size=2,
                                     max_size=12).map(str.strip).filter(bool),
                             max_size=3, unique_by=str.lower))
def test_any_vault_moves_with_every_state(tmp_path_factory, contents, data, extra_labels):
    rows, settings_ = contents
    source = new_vault(tmp_path_factory.mktemp("v") / "a")
    target = new_vault(tmp_path_factory.mktemp("v") / "b")
    try:
        conn = source.conn
        for table, obj in rows:
            table.insert(conn, obj)
        for key, value in settings_.items():
            repo.set_setting(conn, key, value)
        derive_missing_statistics(conn, {t.name: {o.id for tt, o in rows if tt is t}
                                         for t, _ in rows if t.key == ("id",)}, ix._TABLES)
        persons = [o.id for t, o in rows if t is repo.PERSONS]
        _apply_retention_rows(conn, data.draw(retention_rows(persons)))
        # worker-added time categories, used by time entries (issue 17 item 4)
        for label in extra_labels:
            if label.lower() in {x.label.lower() for x in timeshare.TIME_CATEGORIES}:
                continue
            code = timeshare.add_extra_category(conn, label)
            repo.TIME_ENTRIES.insert(conn, e.TimeEntry(data.draw(_day), code,
                                                       data.draw(st.integers(1, 600))))
        doc = _through_json(ix.export_document(conn))
        assert interchange_validate.validate_document(doc) == []
        interchange_import.import_document(target.conn, doc, today=LAST_DAY)
        assert _strip(ix.export_document(target.conn)) == _strip(doc)
        assert retention_states(target.conn) == retention_states(conn)
        assert timeshare.extra_categories(target.conn) == timeshare.extra_categories(conn)
    finally:
        source.lock()
        target.lock()


# -- worker-made catalogue entries (issue 17 item 4) ---------------------------------------
def test_a_worker_added_time_category_moves(open_vault, target):
    conn = open_vault.conn
    code = timeshare.add_extra_category(conn, "Supervision extern")
    assert code == "X1"
    repo.TIME_ENTRIES.insert(conn, e.TimeEntry(date(2026, 3, 2), code, 90, id="t-x1"))
    doc = _through_json(ix.export_document(conn))
    assert interchange_validate.validate_document(doc) == []
    interchange_import.import_document(target.conn, doc)
    assert repo.TIME_ENTRIES.get(target.conn, "t-x1").category == "X1"
    assert dict(timeshare.extra_categories(target.conn))["X1"] == "Supervision extern"


def test_an_unknown_time_category_is_still_refused(open_vault, target):
    repo.TIME_ENTRIES.insert(open_vault.conn, e.TimeEntry(date(2026, 3, 2), "FOB", 90))
    doc = _through_json(ix.export_document(open_vault.conn))
    doc["tables"]["time_entry"][0]["category"] = "X7"
    with pytest.raises(ix.InterchangeError, match="unbekannter Code „X7“ im Katalog time_category"):
        interchange_import.import_document(target.conn, doc)


def test_merging_uses_the_vaults_own_added_categories(open_vault):
    conn = open_vault.conn
    timeshare.add_extra_category(conn, "Supervision extern")
    doc = {"format": ix.FORMAT, "version": ix.VERSION, "schema_version": 1, "tables": {
        "time_entry": [{"id": "t1", "day": "2026-03-02", "category": "X1", "minutes": 30}]}}
    assert mx.merge_document(conn, doc).inserted["time_entry"] == 1


# -- activities without statistics records (issue 17 item 5) -------------------------------
def _without_id(obj) -> tuple:
    return tuple(sorted((f.name, str(getattr(obj, f.name))) for f in dataclasses.fields(obj)
                        if f.name != "id"))


def test_activities_without_statistics_are_counted_exactly_as_typed(open_vault, target):
    """A hand-written file (activities, no statistics records, no activity time entries)
    gets every record and time entry derived by the rules the services use."""
    populate_sample(open_vault.conn)  # typed through services.activities
    doc = _through_json(ix.export_document(open_vault.conn))
    activities = {"contact", "short_contact", "group_session", "open_offer", "network"}
    doc["tables"]["statistics_record"] = []
    doc["tables"]["time_entry"] = [r for r in doc["tables"]["time_entry"]
                                   if r["source_kind"] not in activities]
    doc["tables"]["time_session"] = [r for r in doc["tables"]["time_session"]
                                     if any(t["id"] == r["time_entry_id"]
                                            for t in doc["tables"]["time_entry"])]
    written = interchange_import.import_document(target.conn, doc)
    assert written[interchange_import.DERIVED] == 6  # contact, short contact, group, open offer, network, § 8a
    typed = sorted(_without_id(s) for s in repo.STATISTICS.all(open_vault.conn))
    derived = sorted(_without_id(s) for s in repo.STATISTICS.all(target.conn))
    assert derived == typed
    typed_time = sorted(_without_id(t) for t in repo.TIME_ENTRIES.all(open_vault.conn))
    assert sorted(_without_id(t) for t in repo.TIME_ENTRIES.all(target.conn)) == typed_time
    # and a second reading adds nothing (counted once)
    again = mx.merge_document(target.conn, doc)
    assert again.changed_nothing and repo.STATISTICS.count(target.conn) == len(typed)


def test_cli_says_how_many_records_were_derived(open_vault, tmp_path, capsys, monkeypatch):
    from ssa_desktop import cli

    populate_sample(open_vault.conn)
    doc = _through_json(ix.export_document(open_vault.conn))
    doc["tables"]["statistics_record"] = []
    path = tmp_path / "ohne.json"
    path.write_text(json.dumps(doc), "utf-8")
    folder = tmp_path / "leer"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["import-json", "--vault", str(folder), str(path)]) == 0
    assert "Für 6 Tätigkeiten ohne Statistik-Datensatz" in capsys.readouterr().out


def test_cli_reads_a_version_2_file_and_says_what_it_lacked(open_vault, tmp_path, capsys,
                                                           monkeypatch):
    from ssa_desktop import cli

    populate_sample(open_vault.conn)
    doc = _through_json(ix.export_document(open_vault.conn))
    doc["version"] = 2
    for t in ix.merge_tables()[len(repo.ALL_TABLES):]:
        doc["tables"].pop(t.name)
    path = tmp_path / "alt.json"
    path.write_text(json.dumps(doc), "utf-8")
    folder = tmp_path / "leer"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["import-json", "--vault", str(folder), str(path)]) == 0
    err = capsys.readouterr().err
    assert "Hinweis: Die Datei hat das ältere Format 2" in err and "Sperren" in err
