"""Whose work a deputy's contact is (docs/statistics.md "Kontakte der Vertretung"): it
counts once, in the KVJS figures of the school where it took place and of the post that
holds that school – from the vault that issued the Vertretungspaket – and never in that
vault's working time. The same statistics layer after an export and an import of the
vault, record for record; on real vaults, real packages and a real return."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Case, Consent, Contact, Person, Post, PostShare, School
from ssa_desktop.services import (
    activities,
    handover_deputy,
    handover_deputy_work,
    handover_return,
    handover_school,
    interchange,
    interchange_import,
    interchange_merge,
    statistics,
)
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import DEPUTY, PERIOD, TODAY
from tests.support.vaults import fresh_vault

WORKING = date(2026, 12, 5)     # "today" while the deputy works
READ = date(2026, 12, 6)        # the day the worker reads the return
YEAR = 2026                     # school year 2026/27
LAYER = ("statistics_record", "time_entry", "time_month_total")
POST = "post-1"


def _rows(conn, table: str) -> list[str]:
    return sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall()))  # noqa: S608


def layer(conn) -> dict[str, list[str]]:
    """The statistics layer, row for row: anonymous records, time entries, kept month sums."""
    return {t: _rows(conn, t) for t in LAYER}


def figures(conn) -> dict[str, dict]:
    """The KVJS figures of the school year per school and per post."""
    scopes = [statistics.Scope("school", s.id) for s in repo.SCHOOLS.all(conn)]
    scopes += [statistics.Scope("post", p.id) for p in repo.POSTS.all(conn)]
    return {s.key: statistics.compute(conn, YEAR, s) for s in scopes}


def exported_and_imported(conn, check):
    """Export the vault, import the file into a new empty vault on ``READ`` (the talks
    lie before it), ``check(new_conn)``."""
    doc = interchange.export_document(conn)
    with fresh_vault() as other, clock.frozen(READ):
        other.conn.execute("DELETE FROM school")  # the new vault is empty
        interchange_import.import_document(other.conn, doc)
        return check(other.conn)


@dataclass(frozen=True)
class Talk:
    """One contact: the worker's own (typed) or the deputy's (through her return)."""

    deputy: bool
    day: int            # day of December 2026 (1–4; the deputy's lie in the Vertretung)
    minutes: int
    kind: str
    with_pupil: bool    # the pupil took part (else a talk with the parents only)
    in_case: bool


def _worker_vault(conn) -> list[str]:
    """Two pupils with open cases and deputy consent at the school, its post."""
    repo.POSTS.insert(conn, Post("Stelle GMS", id=POST))
    repo.POST_SHARES.insert(conn, PostShare(POST, "school-1", YEAR, 75.0))
    ids = []
    for word, gender, grade in (("Anna", "w", 7), ("Ben", "m", 8)):
        p = repo.PERSONS.insert(conn, Person(f"P-{word}", school_id="school-1", gender=gender,
                                             grade=grade))
        repo.CONSENTS.insert(conn, Consent(p.id, "Vertretung", date(2026, 9, 1), deputy=True))
        repo.CASES.insert(conn, Case(p.id, date(2026, 9, 10), school_id="school-1",
                                     title=f"Fall {word}"))
        ids.append(p.id)
    return ids


def _case(conn, person_id: str) -> str:
    return next(c.id for c in repo.CASES.all(conn) if c.person_id == person_id)


def with_talks(conn, out: Path, talks: list[Talk]) -> None:
    """The worker types her own talks; the deputy's go into a real Vertretungspaket, are
    entered in it, written back as a return and read into the worker's vault."""
    persons = _worker_vault(conn)
    deputy = [t for t in talks if t.deputy]
    with clock.frozen(TODAY):
        for i, t in enumerate(t for t in talks if not t.deputy):
            person = persons[i % 2]
            activities.record_contact(conn, Contact(
                date(2026, 11, t.day), t.kind, t.minutes, school_id="school-1",
                person_id=person, case_id=_case(conn, person) if t.in_case else None,
                participants=("pupil",) if t.with_pupil else ("parent",), topics=("FAM",)))
        if not deputy:
            return
        package = handover_deputy.create_deputy_package(
            conn, PERIOD, DEPUTY, persons, out / "paket.ssapaket", for_name="Frau Albers",
            today=TODAY)
    pkg, _info = svc.open_package(package.path, package.key_text, today=WORKING, writable=True)
    try:
        for i, t in enumerate(deputy):
            person = persons[i % 2]
            handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
                person_id=person, case_id=_case(pkg, person) if t.in_case else None,
                day=date(2026, 12, t.day), kind=t.kind, duration_min=t.minutes,
                participants=["pupil"] if t.with_pupil else ["parent"], topics=["SCH"]),
                today=WORKING)
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(package.path, package.key_text,
                                            out / "rueckgabe.ssapaket", today=WORKING)
    result = handover_return.import_return(conn, ret.path, today=READ)
    assert not result.conflicts


def _deputy_contacts(conn) -> list[Contact]:
    return [c for c in repo.CONTACTS.all(conn) if rules.is_deputy_mark(c.written_by)]


# -- the decision, in the vault that issued the package ---------------------------------------
def test_a_deputys_contact_counts_for_the_school_and_post_never_in_her_working_time(tmp_path):
    talks = [Talk(False, 20, 30, "EB", True, True), Talk(True, 3, 25, "EB", True, True),
             Talk(True, 4, 15, "TEL", False, False)]
    with fresh_vault() as v:
        with_talks(v.conn, tmp_path, talks)
        theirs = _deputy_contacts(v.conn)
        assert len(theirs) == 2
        counted = {r.source_id for r in repo.STATISTICS.all(v.conn)}
        timed = {e.source_id for e in repo.TIME_ENTRIES.all(v.conn)}
        assert {c.id for c in theirs} <= counted      # counted for the school ...
        assert not {c.id for c in theirs} & timed     # ... not in her working time
        for scope in ("school:school-1", f"post:{POST}"):
            shown = figures(v.conn)[scope]
            assert shown["efh_contacts"] == 3
            assert shown["efh_minutes"] == 30 + 25 + 15
            assert shown["time_minutes_by_category"]["EFH"] == 30


# -- export and import: the same layer, record for record --------------------------------------
def test_export_and_import_keep_the_statistics_of_a_vault_with_a_return_read(tmp_path):
    talks = [Talk(False, 20, 30, "EB", True, True), Talk(True, 3, 25, "EB", True, True),
             Talk(True, 4, 15, "TEL", False, False)]
    with fresh_vault() as v:
        with_talks(v.conn, tmp_path, talks)
        before = layer(v.conn)
        assert exported_and_imported(v.conn, layer) == before


def test_export_and_import_keep_the_statistics_of_the_successor_who_got_deputy_contacts(
        tmp_path):
    """The school goes on to a successor with the deputy's contacts in it: the
    predecessor counted them (and her own), so the successor's vault holds them without
    statistics records – and an export and import of that vault must not count them now,
    nor put the deputy's time into the successor's working time."""
    talks = [Talk(False, 20, 30, "EB", True, True), Talk(True, 3, 25, "EB", True, True),
             Talk(True, 4, 15, "TEL", False, False)]
    with fresh_vault() as v, fresh_vault() as successor:
        with_talks(v.conn, tmp_path, talks)
        successor.conn.execute("DELETE FROM school")
        inbox = tmp_path / "eingang"
        inbox.mkdir()
        package = handover_school.create_school_package(
            v.conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "schule", today=READ)
        copy = inbox / package.path.name
        shutil.copyfile(package.path, copy)
        handover_school.receive_school_package(successor.conn, copy, package.key_text,
                                               tmp_path, today=READ)
        assert len(_deputy_contacts(successor.conn)) == 2
        before = layer(successor.conn)
        assert before["statistics_record"] == []   # the predecessor counted that year
        assert exported_and_imported(successor.conn, layer) == before
        doc = interchange.export_document(successor.conn)
        with fresh_vault() as third, clock.frozen(READ):  # merged into a vault with data: counted neither
            merged = interchange_merge.merge_document(third.conn, doc)
            assert merged.derived_statistics == 0
            assert layer(third.conn) == before


def test_a_file_without_the_deputys_statistics_record_derives_it_without_her_time(tmp_path):
    """A file from elsewhere (here: the export with the records of the deputy's contacts
    taken out) gets them derived as typing would – and, like reading her return, no time
    entry: her working time is hers."""
    talks = [Talk(True, 3, 25, "EB", True, True), Talk(True, 4, 15, "TEL", False, False)]
    with fresh_vault() as v:
        with_talks(v.conn, tmp_path, talks)
        before = layer(v.conn)
        doc = interchange.export_document(v.conn)
        doc["tables"]["statistics_record"] = []
        with fresh_vault() as other, clock.frozen(READ):
            other.conn.execute("DELETE FROM school")
            written = interchange_import.import_document(other.conn, doc)
            assert written[interchange_import.DERIVED] == 2
            after = layer(other.conn)
    assert after["time_entry"] == before["time_entry"] == []

    def without_id(rows):
        return sorted(r.split(", ", 1)[1] for r in rows)
    assert without_id(after["statistics_record"]) == without_id(before["statistics_record"])


# -- property: the KVJS figures per school and per post survive export and import -------------
_talks = st.builds(Talk, deputy=st.booleans(), day=st.integers(1, 4),
                   minutes=st.integers(1, 120), kind=st.sampled_from(["EB", "TEL", "KI"]),
                   with_pupil=st.booleans(), in_case=st.booleans())


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(talks=st.lists(_talks, min_size=1, max_size=6), handed_on=st.booleans())
def test_export_and_import_keep_the_kvjs_figures_per_school_and_post(talks, handed_on):
    with tempfile.TemporaryDirectory(prefix="ssa-statdep-") as folder, fresh_vault() as v, \
            fresh_vault() as successor:
        out = Path(folder)
        with_talks(v.conn, out, talks)
        conn = v.conn
        if handed_on:  # the vault looked at is the successor's, who got the school
            conn = successor.conn
            conn.execute("DELETE FROM school")
            package = handover_school.create_school_package(
                v.conn, "school-1", rules.Deputy("Mara Ott"), out / "schule", today=READ)
            (out / "eingang").mkdir()
            copy = out / "eingang" / package.path.name
            shutil.copyfile(package.path, copy)
            handover_school.receive_school_package(conn, copy, package.key_text, out,
                                                   today=READ)
            repo.POSTS.insert(conn, Post("Stelle Nachfolge", id=POST))
            repo.POST_SHARES.insert(conn, PostShare(POST, "school-1", YEAR, 50.0))
            repo.SCHOOLS.insert(conn, School("Realschule Ost", code="RS-2", school_type="RS",
                                             id="school-2"))
        before = figures(conn)
        assert exported_and_imported(conn, figures) == before


# -- the file's not_counted is checked like every other part ----------------------------------
def test_a_malformed_not_counted_is_refused_by_its_place():
    from ssa_desktop.services.interchange_validate import validate_document

    with fresh_vault() as v:
        doc = interchange.export_document(v.conn)
    assert "not_counted" not in doc  # a vault that counts everything says nothing
    for bad, place, words in (
            ([1], "not_counted", "erwartet ein Objekt"),
            ({"person": ["x"]}, "not_counted.person", "unbekannte Tätigkeit"),
            ({"contact": "x"}, "not_counted.contact", "Liste von Kennungen"),
            ({"contact": [7]}, "not_counted.contact", "Liste von Kennungen"),
            ({"contact": ["x" * 101]}, "not_counted.contact", "Liste von Kennungen")):
        problems = validate_document(dict(doc, not_counted=bad))
        assert [(p.place, words in p.message) for p in problems] == [(place, True)], bad
