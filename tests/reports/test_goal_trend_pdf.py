"""The trend of a goal printed for a Hilfeplan talk: real PDF read back; the case's topics
and the contacts' notes only when she ticks them."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case, Contact
from ssa_desktop.services import activities, goals, persons


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _goal(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst",
                                        topics=("SCH", "EMO")))
    goal = goals.save_goal(conn, g.CaseGoal(
        case.id, "Jeden Tag in die Schule kommen", scale=g.GAS, baseline=-2,
        anchor_1="fehlt an mehr als zwei Tagen", anchor_3="fehlt höchstens einen Tag",
        pupil_words="Ich will wieder hingehen", target_date=date(2026, 2, 1),
        created="2025-09-01 10:00:00"))
    contact = activities.record_contact(conn, Contact(
        date(2025, 10, 6), "EB", 30, school_id="school-1", person_id=pupil.id, case_id=case.id,
        observation="Bauchweh am Montag besprochen"))
    goals.rate(conn, goal.id, -1, contact.day, contact.id)
    goals.rate(conn, goal.id, 0, date(2025, 12, 1))
    return goal


def test_the_print_holds_goal_words_anchors_and_points_but_no_topics_or_notes(conn, pupil, tmp_path):
    goal = _goal(conn, pupil)
    path = goals.write_trend(conn, goal.id, tmp_path / "verlauf.pdf")
    text = _text(path)
    for expected in ("Zielverlauf – K-17", "Jeden Tag in die Schule kommen",
                     "Ich will wieder hingehen", "Zieldatum: 01.02.2026",
                     "fehlt an mehr als zwei Tagen", "fehlt höchstens einen Tag",
                     "Ausgangswert (01.09.2025)", "06.10.2025", "01.12.2025"):
        assert expected in text, expected
    for absent in ("Schulvermeidung", "Bauchweh", "Themen des Falls", "Notizen", "Kim", "Sommer"):
        assert absent not in text, absent


def test_topics_and_notes_are_printed_when_ticked(conn, pupil, tmp_path):
    goal = _goal(conn, pupil)
    text = _text(goals.write_trend(conn, goal.id, tmp_path / "v.pdf", topics=True, notes=True))
    assert "Themen des Falls" in text and "Bauchweh am Montag besprochen" in text
    assert "Schulprobleme / Schulvermeidung" in text
