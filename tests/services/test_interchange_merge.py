"""Reading an interchange document into a vault that has data (issue 18 item 5): ids kept,
identical rows skipped, different rows listed as conflicts and never overwritten silently,
statistics records never counted twice, deleted records never brought back."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain import entities as e
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.services import interchange_validate
from ssa_desktop.services.activities import record_contact
from ssa_desktop.services.interchange_derive import derive_missing_statistics
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import retention_delete_repo, retention_log_repo, retention_repo
from tests.services.test_interchange import LAST_DAY, populate_sample, vault_contents
from tests.support.examples import examples
from tests.support.vaults import new_vault


def _strip(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported"}


def _export(conn) -> dict:
    return _strip(json.loads(json.dumps(ix.export_document(conn))))


@pytest.fixture
def second_vault(tmp_path):
    session = new_vault(tmp_path / "zweiter")
    yield session
    session.lock()


@pytest.fixture
def sample_doc(open_vault):
    populate_sample(open_vault.conn)
    return json.loads(json.dumps(ix.export_document(open_vault.conn)))


def test_merging_a_vaults_own_export_changes_nothing(open_vault, sample_doc):
    before = _export(open_vault.conn)
    result = mx.merge_document(open_vault.conn, sample_doc)
    assert result.changed_nothing and not result.conflicts
    rows = sum(len(rows) for rows in sample_doc["tables"].values())
    assert sum(result.identical.values()) == rows + len(sample_doc["settings"])
    assert _export(open_vault.conn) == before


def test_new_records_join_the_vaults_own_keeping_their_ids(sample_doc, second_vault):
    conn = second_vault.conn
    own = repo.SCHOOLS.insert(conn, e.School("Realschule Nord", id="school-eigen"))
    pupil = repo.PERSONS.insert(conn, e.Person("R-1", school_id=own.id, id="p-eigen"))
    record_contact(conn, e.Contact(date(2025, 11, 2), "EB", 30, person_id=pupil.id, id="k-eigen"))
    result = mx.merge_document(conn, sample_doc)
    assert not result.conflicts
    assert result.inserted["person"] == 2 and result.inserted["contact"] == 1
    assert repo.PERSONS.get(conn, "p-eigen").pseudonym == "R-1"
    doc_ids = {r["id"] for r in sample_doc["tables"]["person"]}
    assert doc_ids <= {p.id for p in repo.PERSONS.all(conn)}
    # statistics: hers and the file's, each once
    assert repo.STATISTICS.count(conn) == 1 + len(sample_doc["tables"]["statistics_record"])


def test_a_different_record_is_a_conflict_and_not_overwritten(open_vault, sample_doc):
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    kim = next(r for r in doc["tables"]["person"] if r["pseudonym"] == "K-17")
    kim["note"] = "anders"
    kim["grade"] = 8
    new_school = {"id": "school-neu", "name": "Neue Schule"}
    doc["tables"]["school"].append(new_school)
    before = repo.PERSONS.get(conn, kim["id"])
    result = mx.merge_document(conn, doc)
    assert [(c.table, c.key, c.fields) for c in result.conflicts] == [
        ("person", (kim["id"],), ("grade", "note"))]
    assert result.conflicts[0].ref == f"person:{kim['id']}"
    # where in the file (shown when an entry has no words of its own)
    assert result.conflicts[0].place == f"tables.person[{doc['tables']['person'].index(kim)}]"
    # in her words: which entry, each field with both values (issue 28)
    assert result.conflicts[0].what == "Person K-17"
    assert ("grade", "7", "8") in result.conflicts[0].values
    assert "Klassenstufe: bei Ihnen „7“, in der Datei „8“" in str(result.conflicts[0])
    assert repo.PERSONS.get(conn, kim["id"]) == before, "never overwritten silently"
    assert repo.SCHOOLS.get(conn, "school-neu") is not None, "the rest is read in"
    # asked again: keep mine
    result = mx.merge_document(conn, doc, {f"person:{kim['id']}": mx.KEEP_MINE})
    assert not result.conflicts and result.kept["person"] == 1
    assert repo.PERSONS.get(conn, kim["id"]) == before
    # take theirs: exactly the differing fields change
    result = mx.merge_document(conn, doc, {f"person:{kim['id']}": mx.TAKE_THEIRS})
    assert result.taken["person"] == 1
    after = repo.PERSONS.get(conn, kim["id"])
    assert (after.note, after.grade, after.last_name) == ("anders", 8, before.last_name)


def test_a_differing_setting_is_a_conflict(open_vault, sample_doc):
    doc = copy.deepcopy(sample_doc)
    doc["settings"]["retention_years"] = "5"
    result = mx.merge_document(open_vault.conn, doc)
    assert [c.ref for c in result.conflicts] == ["setting:retention_years"]
    assert repo.get_setting(open_vault.conn, "retention_years") == "3"
    mx.merge_document(open_vault.conn, doc, {"*": mx.TAKE_THEIRS})
    assert repo.get_setting(open_vault.conn, "retention_years") == "5"


def test_statistics_are_never_counted_twice(open_vault, sample_doc):
    """A record under another id for an activity already counted here is skipped."""
    doc = copy.deepcopy(sample_doc)
    for row in doc["tables"]["statistics_record"]:
        row["id"] = "kopie-" + row["id"]
    before = repo.STATISTICS.count(open_vault.conn)
    result = mx.merge_document(open_vault.conn, doc)
    assert result.duplicate_statistics == before and repo.STATISTICS.count(open_vault.conn) == before


def test_a_record_deleted_here_does_not_come_back(open_vault, sample_doc):
    conn = open_vault.conn
    kim = next(r for r in sample_doc["tables"]["person"] if r["pseudonym"] == "K-17")
    retention_delete_repo.delete_person(conn, kim["id"], date(2026, 1, 5))
    retention_log_repo.insert_tombstone(conn, kim["id"], "person", date(2026, 1, 5))
    result = mx.merge_document(conn, sample_doc)
    assert repo.PERSONS.get(conn, kim["id"]) is None
    assert result.deleted_here >= 1
    assert not [h for h in repo.search(conn, "Sömmer")]


def test_a_new_person_with_a_pseudonym_taken_here_is_refused(second_vault, sample_doc):
    repo.PERSONS.insert(second_vault.conn, e.Person("K-17", id="andere"))
    before = _export(second_vault.conn)
    with pytest.raises(ix.InterchangeError, match="gehört in diesem Tresor einer anderen"):
        mx.merge_document(second_vault.conn, sample_doc)
    assert _export(second_vault.conn) == before


def test_an_unknown_resolution_is_refused(open_vault, sample_doc):
    with pytest.raises(ix.InterchangeError, match="unbekannte Entscheidung"):
        mx.merge_document(open_vault.conn, sample_doc, {"*": "beide"})


def test_references_may_point_to_the_vaults_own_records(open_vault):
    """A return package names the person of this vault without carrying her."""
    pupil = repo.PERSONS.insert(open_vault.conn, e.Person("K-1", id="p1"))
    doc = {"format": ix.FORMAT, "version": ix.VERSION, "schema_version": 1, "tables": {
        "contact": [{"id": "k-neu", "day": "2026-01-12", "kind": "EB", "duration_min": 20,
                     "person_id": pupil.id, "created": "2026-01-12 10:00:00"}]}}
    result = mx.merge_document(open_vault.conn, doc)
    assert result.inserted["contact"] == 1
    assert result.derived_statistics == 1, "counted exactly as if typed"


# -- properties -----------------------------------------------------------------------------
def _fill(conn, contents) -> None:
    rows, settings_ = contents
    for table, obj in rows:
        table.insert(conn, obj)
    for key, value in settings_.items():
        repo.set_setting(conn, key, value)
    derive_missing_statistics(conn, {t.name: {o.id for tt, o in rows if tt is t}
                                        for t, _ in rows if t.key == ("id",)}, ix._TABLES)


@settings(max_examples=examples(10), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(contents=vault_contents("a"), other=vault_contents("b"), data=st.data())
def test_merging_twice_changes_nothing_and_never_overwrites_silently(tmp_path_factory, contents,
                                                                     other, data):
    source = new_vault(tmp_path_factory.mktemp("m") / "a")
    target = new_vault(tmp_path_factory.mktemp("m") / "b")
    try:
        _fill(source.conn, contents)
        _fill(target.conn, other)
        doc = json.loads(json.dumps(ix.export_document(source.conn)))
        # overlap: some of the target's own rows appear in the file, some changed
        mine = json.loads(json.dumps(ix.export_document(target.conn)))
        changed = set()
        for name in ("school", "person", "contact", "statistics_record"):
            for row in mine["tables"][name]:
                if data.draw(st.booleans()):
                    row = copy.deepcopy(row)
                    if data.draw(st.booleans()):
                        row["id"] = row["id"]  # unchanged copy
                    elif name in ("school", "person", "contact"):
                        field = {"school": "address", "person": "note", "contact": "note"}[name]
                        row[field] = row[field] + "≠"
                        changed.add((name, row["id"]))
                    doc["tables"][name].append(row)
        existing_pseudonyms = {r["pseudonym"] for r in mine["tables"]["person"]}
        doc["tables"]["person"] = [r for r in doc["tables"]["person"]
                                   if r["pseudonym"] not in existing_pseudonyms
                                   or r["id"] in {p["id"] for p in mine["tables"]["person"]}]
        kept_ids = {r["id"] for r in doc["tables"]["person"]}
        for name in ("case_file", "contact", "consent", "disclosure"):
            doc["tables"][name] = [r for r in doc["tables"][name]
                                   if r.get("person_id") in kept_ids
                                   or r["id"] in {x["id"] for x in mine["tables"][name]}]
        doc["tables"]["disclosure"] = [r for r in doc["tables"]["disclosure"]
                                       if r.get("consent_id") is None or any(
                                           c["id"] == r["consent_id"]
                                           for c in doc["tables"]["consent"])]
        doc["settings"] = {}
        assert interchange_validate.validate_document(doc, mx._known_keys(target.conn)) == []
        result = mx.merge_document(target.conn, doc, today=LAST_DAY)
        assert {(c.table, c.key[0]) for c in result.conflicts} == changed
        after = json.loads(json.dumps(ix.export_document(target.conn)))
        for name, rows in mine["tables"].items():  # every own row is still exactly there
            got = {json.dumps(r, sort_keys=True) for r in after["tables"][name]}
            assert all(json.dumps(r, sort_keys=True) in got for r in rows), name
        stats = [(r["record_type"], r["source_id"]) for r in after["tables"]["statistics_record"]
                 if r["source_id"]]
        assert len(stats) == len(set(stats)), "no activity counted twice"
        again = mx.merge_document(target.conn, doc, today=LAST_DAY)
        assert again.changed_nothing
        assert _strip(ix.export_document(target.conn)) == _strip(after)
    finally:
        source.lock()
        target.lock()


def test_a_changed_hold_is_a_conflict_and_the_hold_stays(open_vault, sample_doc):
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    doc["tables"]["retention_hold"][0]["review"] = "2026-01-31"
    result = mx.merge_document(conn, doc)
    assert [c.ref for c in result.conflicts] == ["retention_hold:hold-1"]
    assert retention_repo.holds(conn)[0].review == date(2027, 6, 30)


def _lift_kims_hold(conn, doc: dict) -> None:
    """K-17's hold lifted here and in the file (her export after lifting it)."""
    retention_repo.lift_hold(conn, "hold-1", date(2026, 5, 4))
    for row in doc["tables"]["retention_hold"]:
        row["lifted"] = "2026-05-04"


def test_a_deletion_there_of_a_record_here_is_asked(open_vault, sample_doc, second_vault):
    """The file's tombstone of a person this vault has: listed, nothing deleted; taking
    theirs deletes her here too (with everything of hers, like the deletion there) – once
    her hold is lifted here (a held record's deletion is never taken:
    tests/admission/test_a_file_deletes_nothing_held.py)."""
    conn = open_vault.conn
    kim = next(r for r in sample_doc["tables"]["person"] if r["pseudonym"] == "K-17")
    doc = copy.deepcopy(sample_doc)
    doc["tables"]["tombstone"].append({"record_id": kim["id"], "category": "person",
                                       "deleted": "2026-05-04"})
    held = mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS})
    assert held.held_kept == 1 and repo.PERSONS.get(conn, kim["id"]) is not None
    _lift_kims_hold(conn, doc)
    result = mx.merge_document(conn, doc)
    assert [c.ref for c in result.conflicts] == [f"tombstone:{kim['id']}"]
    assert repo.PERSONS.get(conn, kim["id"]) is not None
    result = mx.merge_document(conn, doc, {f"tombstone:{kim['id']}": mx.TAKE_THEIRS})
    assert result.taken["tombstone"] == 1
    assert repo.PERSONS.get(conn, kim["id"]) is None
    assert not repo.search(conn, "Sömmer")
    # reading the file again does not bring her back
    again = mx.merge_document(conn, doc)
    assert repo.PERSONS.get(conn, kim["id"]) is None and not again.conflicts


def test_a_field_erased_here_is_neither_a_conflict_nor_written_back(open_vault, sample_doc):
    """R4 emptied a reported group's name list here: the file's older list stays out."""
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    group = doc["tables"]["group_activity"][0]
    group["name_list"] = "Kim S., Ali K."
    result = mx.merge_document(conn, doc)
    assert [c.ref for c in result.conflicts] == [f"group_activity:{group['id']}"]
    retention_log_repo.insert_tombstone(conn, retention_log_repo.field_tombstone(group["id"],
                                                                                 "name_list"),
                                        "name_list", date(2026, 8, 1))
    result = mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS})
    assert not result.conflicts and repo.GROUPS.get(conn, group["id"]).name_list == ""


@pytest.mark.parametrize(("table", "name", "code", "catalogue"), [
    ("contact", "place", "home_visit", cat.CONTACT_PLACES),
    ("contact", "access_route", cat.ACCESS_ROUTES.codes()[0], cat.ACCESS_ROUTES),
    ("case_file", "status", cat.CASE_STATUS.codes()[0], cat.CASE_STATUS),
    ("contact", "kind", cat.CONTACT_KINDS.codes()[0], cat.CONTACT_KINDS),
])
def test_a_conflict_names_a_coded_value_by_its_label(table, name, code, catalogue):
    """Every coded field of the declaration (domain/tables.py), not a list of its own: a
    conflict reads „Hausbesuch“, not „home_visit“."""
    assert mx.display(table, name, code) == catalogue.label(code)


def test_each_row_kept_or_taken_is_counted_and_a_field_erased_here_stays_out(open_vault,
                                                                            sample_doc):
    """Two persons differ: keeping hers counts both, taking the file's counts both; a group
    that differs in its title and in a name list erased here takes the title only."""
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    persons = doc["tables"]["person"][:2]
    for person in persons:
        person["note"] = "anders"
    group = doc["tables"]["group_activity"][0]
    group["title"] = "Neuer Titel"
    group["name_list"] = "Kim S., Ali K."
    retention_log_repo.insert_tombstone(conn, retention_log_repo.field_tombstone(group["id"],
                                                                                 "name_list"),
                                        "name_list", date(2026, 8, 1))
    result = mx.merge_document(conn, doc, {"*": mx.KEEP_MINE})
    assert not result.conflicts and result.kept["person"] == 2
    result = mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS})
    assert not result.conflicts and result.taken["person"] == 2
    assert {repo.PERSONS.get(conn, p["id"]).note for p in persons} == {"anders"}
    stored = repo.GROUPS.get(conn, group["id"])
    assert (stored.title, stored.name_list) == ("Neuer Titel", "")


def test_a_return_does_not_bring_back_a_field_erased_here_or_one_this_release_lacks():
    """Three-way (a return against the package's field hashes): the file changed the note
    and the room; the note was erased here (a field tombstone), so only the room is taken;
    a field the file names that this release does not know is no change to take."""
    from ssa_desktop.domain import handover as handover_rules

    specs = {s.name: s for s in ix.field_specs("appointment")}
    mine = e.Appointment(date(2026, 12, 3), "08:00", "08:45", person_id="p-1", room="R 1",
                         note="", id="a-1")
    base = {name: handover_rules.field_hash(ix._to_json(spec.kind, getattr(mine, name)))
            for name, spec in specs.items()}
    row = {name: ix._to_json(spec.kind, getattr(mine, name)) for name, spec in specs.items()}
    row.update(note="ältere Notiz", room="R 2", future_field="x")
    assert mx._three_way_fields(specs, mine, row, {"note"}, base) == (["room"], [])
    assert mx._three_way_fields(specs, mine, row, set(), base) == (["room", "note"], [])


def test_each_deletion_there_is_asked_at_its_place_and_counted(open_vault, sample_doc):
    """Two persons here, deleted in the file: two conflicts, each at its place in the file
    and saying why; keeping hers counts two kept, taking the file's two taken. A deletion
    of a record this vault never held asks nothing: its tombstone is written. (K-17's hold
    lifted: a held record's deletion is never asked.)"""
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    _lift_kims_hold(conn, doc)
    stones = doc["tables"]["tombstone"]
    first = len(stones)
    persons = [row["id"] for row in doc["tables"]["person"][:2]]
    for person_id in (*persons, "nie-hier"):
        stones.append({"record_id": person_id, "category": "person", "deleted": "2026-05-04"})
    result = mx.merge_document(conn, doc)
    assert [(c.ref, c.place, c.fields) for c in result.conflicts] == [
        (f"tombstone:{person_id}", f"tables.tombstone[{first + n}]",
         ("dort gelöscht, hier vorhanden",)) for n, person_id in enumerate(persons)]
    assert "nie-hier" in {stone[0] for stone in retention_log_repo.tombstones(conn)}
    kept = mx.merge_document(conn, doc, {"*": mx.KEEP_MINE})
    assert (kept.kept["tombstone"], kept.taken["tombstone"]) == (2, 0)
    assert all(repo.PERSONS.get(conn, person_id) is not None for person_id in persons)
    taken = mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS})
    assert (taken.kept["tombstone"], taken.taken["tombstone"]) == (0, 2)
    assert all(repo.PERSONS.get(conn, person_id) is None for person_id in persons)


def test_a_restriction_or_mark_there_is_asked_in_her_words(open_vault, sample_doc):
    """The file restricts a person and a case this vault holds unrestricted and marks the
    person (§ 9b): each a conflict at its place, saying what differs and, for a person,
    whom it is about; a case's restriction names no person of its own."""
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    kim = next(r for r in doc["tables"]["person"] if r["pseudonym"] == "K-17")
    case = doc["tables"]["case_file"][0]
    restrictions = doc["tables"]["retention_restriction"]
    first = len(restrictions)
    for record_id, kind in ((kim["id"], "person"), (case["id"], "case_file")):
        restrictions.append({"record_id": record_id, "record_kind": kind,
                             "reason": "request", "since": "2026-05-04"})
    marks = doc["tables"]["retention_mark"]
    marks.append({"record_id": kim["id"], "mark": "9b"})
    result = mx.merge_document(conn, doc)
    assert [(c.ref, c.place, c.fields, c.what) for c in result.conflicts] == [
        (f"retention_mark:{kim['id']}/9b", f"tables.retention_mark[{len(marks) - 1}]",
         ("dort nach § 9b eingeordnet, hier nicht",), "Person K-17"),
        (f"retention_restriction:{kim['id']}", f"tables.retention_restriction[{first}]",
         ("dort eingeschränkt, hier nicht",), "Person K-17"),
        (f"retention_restriction:{case['id']}", f"tables.retention_restriction[{first + 1}]",
         ("dort eingeschränkt, hier nicht",), "")]


def test_what_hangs_on_a_record_deleted_here_stays_out(open_vault, sample_doc):
    """K-17 deleted here: the file's K-17 stays out, and so does what hangs on her without
    a foreign key – a draft naming her (``ref``), a correction note on her (``target_id``)
    and the correction note on her contact, which the file's own rows drop with her."""
    conn = open_vault.conn
    doc = copy.deepcopy(sample_doc)
    kim = next(r for r in doc["tables"]["person"] if r["pseudonym"] == "K-17")
    contact = next(r for r in doc["tables"]["contact"] if r["person_id"] == kim["id"])
    doc["tables"]["draft"].append({"id": "entwurf-kim", "kind": "contact",
                                   "payload": "{}", "ref": kim["id"],
                                   "updated": "2026-05-04 10:00:00"})
    doc["tables"]["annotation"].append({**doc["tables"]["annotation"][0], "id": "vermerk-kim",
                                        "target_kind": "person", "target_id": kim["id"]})
    on_contact = next(r["id"] for r in doc["tables"]["annotation"]
                      if r["target_id"] == contact["id"])
    retention_delete_repo.delete_person(conn, kim["id"], date(2026, 1, 5))
    retention_log_repo.insert_tombstone(conn, kim["id"], "person", date(2026, 1, 5))
    mx.merge_document(conn, doc)
    assert repo.PERSONS.get(conn, kim["id"]) is None
    assert repo.CONTACTS.get(conn, contact["id"]) is None
    assert {"entwurf-kim", "vermerk-kim", on_contact}.isdisjoint(
        {row["id"] for name in ("draft", "annotation")
         for row in ix.export_document(conn)["tables"][name]})


def test_a_goal_or_rating_deleted_here_stays_deleted_and_ratings_come_once(open_vault,
                                                                         sample_doc,
                                                                         second_vault):
    """Goals and their ratings on the re-import way: a rating deleted here and a goal
    deleted here (with its ratings) do not come back; merged twice into another vault, the
    ratings stand once with their days and levels in their order."""
    from ssa_desktop.services import goals
    from ssa_desktop.storage import goals_repo

    conn = open_vault.conn
    [goal] = sample_doc["tables"]["case_goal"]
    history = [(r.day, r.level, r.written_by) for r in goals.ratings(conn, goal["id"])]
    for _ in range(2):
        mx.merge_document(second_vault.conn, copy.deepcopy(sample_doc))
    assert [(r.day, r.level, r.written_by)
            for r in goals.ratings(second_vault.conn, goal["id"])] == history
    from ssa_desktop.services import retention

    for hold in retention.holds(conn):   # her hold keeps every part of her (services.holds)
        retention.lift_hold(conn, hold, date(2026, 11, 20))
    first = goals.ratings(conn, goal["id"])[0]
    goals.delete_rating(conn, first.id)
    mx.merge_document(conn, copy.deepcopy(sample_doc))
    assert first.id not in {r.id for r in goals.ratings(conn, goal["id"])}
    goals.delete_goal(conn, goal["id"])
    result = mx.merge_document(conn, copy.deepcopy(sample_doc))
    assert goals_repo.CASE_GOALS.get(conn, goal["id"]) is None
    assert goals_repo.GOAL_RATINGS.all(conn) == [] and result.deleted_here >= 3
