"""Who counts as counselled (issue 16 item 7; docs/statistics.md "Wer als beraten zählt"):
a pupil only when she took part; a talk about her without her (parents only, teacher
only) is a contact with parents or teachers, and nobody counselled. Real vault, hand-
computed literals; a property over generated contacts; docs and app say the same."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import activities as rules
from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

YEAR = 2025
DAY = date(2025, 11, 12)
SCHOOL = stats.Scope("school", "school-1")
DOC = (Path(__file__).resolve().parents[2] / "docs" / "statistics.md").read_text("utf-8")


def _pupil(conn, pseudonym, gender, grade):
    return repo.PERSONS.insert(conn, Person(pseudonym, gender=gender, grade=grade,
                                            school_id="school-1"))


def _contact(conn, person, kind, participants, topics=(), route="", days=0):
    activities.record_contact(conn, Contact(
        day=DAY + timedelta(days=days), kind=kind, duration_min=30, person_id=person.id,
        participants=participants, topics=topics, access_route=route))


def test_a_parents_only_talk_counts_as_a_contact_with_parents_and_nobody_counselled(conn):
    kim = _pupil(conn, "K-1", "w", 7)
    ben = _pupil(conn, "B-2", "m", 5)
    _contact(conn, kim, "EB", ("pupil",), ("FAM",), "self")
    _contact(conn, ben, "EG", ("parent",), ("SCH",), "parents", days=1)   # Ben not there
    _contact(conn, kim, "EG", ("pupil", "parent"), ("KON",), "parents", days=2)
    _contact(conn, ben, "BL", ("teacher",), ("SCH",), "teacher", days=3)  # Ben not there
    figures = stats.compute(conn, YEAR, SCHOOL)
    assert figures["efh_contacts"] == 4
    assert figures["efh_minutes"] == 120
    assert figures["efh_persons"] == 1
    assert figures["efh_pupils"] == 1
    assert figures["efh_pupils_by_gender"] == {"m": 0, "w": 1, "d": 0, "u": 0}
    assert figures["efh_pupils_by_grade"]["7"] == 1 and figures["efh_pupils_by_grade"]["5"] == 0
    assert figures["efh_contacts_with_parents"] == 2
    assert figures["efh_contacts_with_teachers"] == 1
    topics = figures["efh_topics"]
    assert (topics["FAM"], topics["KON"], topics["SCH"]) == (1, 1, 0)
    routes = figures["efh_access_routes"]
    assert (routes["self"], routes["parents"], routes["teacher"], routes["unknown"]) == (1, 0, 0, 0)
    # Ben takes part once: from then on he is counselled, with his own contact's values
    _contact(conn, ben, "EB", ("pupil",), ("SCH",), "teacher", days=4)
    figures = stats.compute(conn, YEAR, SCHOOL)
    assert (figures["efh_pupils"], figures["efh_persons"], figures["efh_contacts"]) == (2, 2, 5)
    assert figures["efh_pupils_by_gender"] == {"m": 1, "w": 1, "d": 0, "u": 0}
    assert figures["efh_topics"]["SCH"] == 1
    assert figures["efh_access_routes"]["teacher"] == 1


def test_a_parent_on_file_is_counselled_as_herself(conn):
    mum = repo.PERSONS.insert(conn, Person("M-3", kind="guardian", school_id="school-1"))
    _contact(conn, mum, "EG", ("parent",), ("FAM",), "self")
    figures = stats.compute(conn, YEAR, SCHOOL)
    assert (figures["efh_persons"], figures["efh_pupils"]) == (1, 0)
    assert (figures["efh_contacts_with_parents"], figures["efh_topics"]["FAM"]) == (1, 1)


pupils = st.lists(st.tuples(st.sampled_from(cat.GENDERS.codes()), st.integers(1, 13)),
                  min_size=1, max_size=4)
talks = st.lists(st.tuples(st.integers(0, 3), st.lists(st.sampled_from(
    cat.PARTICIPANT_ROLES.codes()), min_size=1, max_size=3, unique=True)), max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=pupils, contacts=talks)
def test_counselled_pupils_are_exactly_those_who_took_part(conn, people, contacts):
    conn.execute("DELETE FROM statistics_record")
    conn.execute("DELETE FROM time_entry")
    conn.execute("DELETE FROM contact")
    conn.execute("DELETE FROM person")
    made = [_pupil(conn, f"P-{i}", g, grade) for i, (g, grade) in enumerate(people)]
    took_part = set()
    for n, (who, roles) in enumerate(contacts):
        person = made[who % len(made)]
        _contact(conn, person, "EB", tuple(roles), ("FAM",), days=n)
        if "pupil" in roles:
            took_part.add(person.id)
    figures = stats.compute(conn, YEAR, SCHOOL)
    assert figures["efh_pupils"] == figures["efh_persons"] == len(took_part)
    assert figures["efh_topics"]["FAM"] == len(took_part)
    assert figures["efh_contacts"] == len(contacts)
    assert figures["efh_contacts_with_parents"] == sum("parent" in r for _, r in contacts)
    assert sum(figures["efh_pupils_by_gender"].values()) == len(took_part)


def test_the_rule_is_in_the_domain_the_docs_and_the_app():
    from ssa_desktop.ui.statistics.area import counting_rules_html

    assert rules.COUNSELLED_RULE in DOC
    assert rules.COUNSELLED_RULE in counting_rules_html()
    assert "Wer als beraten zählt" in DOC
