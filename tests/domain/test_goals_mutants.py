"""Goals with a scale at their edges (session 18: mutation testing of ``domain/goals.py``):
the limits at their value, the stored words and defaults, the outcome's day and the figures
counted by hand."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from ssa_desktop.domain import goals as g

D = date(2025, 9, 1)


def test_the_stored_names_of_scales_and_moments():
    """Written into the vault and the anonymous statistics: a changed name would orphan
    every goal and outcome record already stored."""
    assert (g.GAS, g.GENERIC) == ("gas", "generic")
    assert g.MOMENTS == ("closing", "year_end")
    assert g.LEVELS == {"gas": (-2, -1, 0, 1, 2), "generic": (1, 2, 3, 4, 5)}
    assert g.REACHED_FROM == {"gas": 0, "generic": 5}


def test_a_new_goal_is_on_the_generic_scale_at_its_lowest_level_with_the_default_anchors():
    goal = g.CaseGoal("case", "Pünktlich", created="2024-08-01 08:00:00")
    assert (goal.scale, goal.baseline, goal.levels) == ("generic", 1, (1, 2, 3, 4, 5))
    assert goal.anchors == ("noch gar nicht", "ansatzweise", "teilweise", "weitgehend",
                            "erreicht")
    gas = g.CaseGoal("case", "Pünktlich", scale=g.GAS, baseline=0, created="2024-08-01 08:00:00")
    assert gas.anchors == ("viel weniger als erwartet", "weniger als erwartet",
                           "erwartetes Ergebnis", "mehr als erwartet", "viel mehr als erwartet")
    gas.anchor_5 = "jeden Tag"
    assert gas.anchors[4] == gas.anchor(2) == "jeden Tag"
    assert g.SCALES == {"gas": "Zielerreichungsskala (−2 bis +2)",
                        "generic": "Allgemeine Skala (1 bis 5)"}


def test_a_rating_without_a_writer_was_made_by_the_post_holder():
    rating = g.GoalRating("goal", D, 3)
    assert (rating.written_by, rating.rated_by) == ("", "Stelleninhaberin")
    deputy = g.GoalRating("goal", D, 3, written_by="Jana Berger (Vertretung)")
    assert deputy.rated_by == "Jana Berger (Vertretung)"


@pytest.mark.parametrize(("scale", "level", "label"), [
    (g.GAS, -2, "\u22122"), (g.GAS, 0, "0"), (g.GAS, 2, "+2"), (g.GENERIC, 1, "1"), (g.GENERIC, 5, "5"),
])
def test_the_label_of_a_level_signs_only_a_non_zero_gas_level(scale, level, label):
    assert g.level_label(scale, level) == label


@pytest.mark.parametrize("field", ["text", "pupil_words"])
def test_goal_text_and_own_words_are_taken_up_to_300_characters_not_301(field):
    def goal(length):
        return g.CaseGoal(**{"case_id": "case", "text": "Ziel", field: "x" * length})

    g.check_goal(goal(300))
    with pytest.raises(g.GoalError, match="höchstens 300 Zeichen"):
        g.check_goal(goal(301))


def test_the_goal_text_and_own_words_are_saved_without_surrounding_blanks():
    goal = g.CaseGoal("case", "  Ziel \n", pupil_words=" meine Worte  ", created="2024-08-01 08:00:00")
    g.check_goal(goal)
    assert (goal.text, goal.pupil_words) == ("Ziel", "meine Worte")


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_each_anchor_is_one_line_of_up_to_120_characters_not_121(number):
    field = f"anchor_{number}"
    g.check_goal(g.CaseGoal("case", "Ziel", **{field: "a" * 120}))
    with pytest.raises(g.GoalError, match="höchstens 120 Zeichen"):
        g.check_goal(g.CaseGoal("case", "Ziel", **{field: "a" * 121}))
    with pytest.raises(g.GoalError, match="eine Zeile"):
        g.check_goal(g.CaseGoal("case", "Ziel", **{field: "oben\nunten"}))


def test_an_unknown_scale_is_refused_in_its_own_words():
    with pytest.raises(g.GoalError, match="^Unbekannte Skala.$"):
        g.check_goal(g.CaseGoal("case", "Ziel", scale="linear", baseline=1, created="2024-08-01 08:00:00"))


@pytest.mark.parametrize(("scale", "baseline"), [(g.GAS, -2), (g.GAS, 2), (g.GENERIC, 1),
                                                 (g.GENERIC, 5)])
def test_a_baseline_at_either_end_of_its_scale_is_taken(scale, baseline):
    g.check_goal(g.CaseGoal("case", "Ziel", scale=scale, baseline=baseline, created="2024-08-01 08:00:00"))
    g.check_rating(g.CaseGoal("case", "Ziel", scale=scale, baseline=baseline, created="2024-08-01 08:00:00"),
                   g.GoalRating("goal", D, baseline), D)


def test_ratings_of_one_day_are_ordered_by_entry_then_by_id():
    a = g.GoalRating("goal", D, 1, created="2025-09-01T10:00:00", id="b")
    b = g.GoalRating("goal", D, 2, created="2025-09-01T09:00:00", id="z")
    c = g.GoalRating("goal", D, 3, created="2025-09-01T10:00:00", id="a")
    assert [r.level for r in g.ordered([a, b, c])] == [2, 3, 1]
    assert g.last_level([a, b, c]) == 1


def test_an_outcome_takes_a_rating_on_its_own_day_and_names_its_record():
    goal = g.CaseGoal("case", "Hausaufgaben", scale=g.GENERIC, baseline=2, created="2024-08-01 08:00:00")
    ratings = [g.GoalRating(goal.id, D, 3), g.GoalRating(goal.id, D + timedelta(days=1), 4)]
    rec = g.outcome(goal, ratings, token="tok", school_year=2025, school_id="school-1",
                    moment=g.AT_CLOSING, day=D)
    assert rec == g.GoalOutcome("tok", 2025, "school-1", "closing", "generic", 2, 3, 1, D)


def test_the_figures_counted_by_hand():
    def rec(scale, baseline, last, n):
        return g.GoalOutcome("t", 2025, None, g.AT_YEAR_END, scale, baseline, last, n, D)

    records = [
        rec(g.GAS, -2, None, 0),    # set, never rated
        rec(g.GAS, -2, -1, 1),      # rated once, improved by one, not reached
        rec(g.GAS, -1, 0, 2),       # rated twice, improved, reached (GAS 0)
        rec(g.GENERIC, 4, 5, 3),    # rated three times, improved, reached
        rec(g.GENERIC, 5, 5, 2),    # rated twice, not improved, reached
        rec(g.GENERIC, 3, 2, 2),    # rated twice, worse, not reached
    ]
    assert g.figures(records) == g.OutcomeFigures(goals=6, rated_twice=4, improved=3, reached=3)
    assert g.figures([]) == g.OutcomeFigures(0, 0, 0, 0)


def test_a_new_goal_and_rating_have_nothing_but_what_she_gave_and_an_id_of_their_own():
    goal, other = g.CaseGoal("case", "Ziel", created="2024-08-01 08:00:00"), g.CaseGoal("case", "Ziel", created="2024-08-01 08:00:00")
    assert (goal.pupil_words, goal.target_date) == ("", None)
    assert isinstance(goal.id, str) and goal.id and goal.id != other.id
    assert isinstance(goal.created, str) and goal.created
    rating, again = g.GoalRating(goal.id, D, 1), g.GoalRating(goal.id, D, 1)
    assert rating.contact_id is None
    assert isinstance(rating.id, str) and rating.id and rating.id != again.id
    assert isinstance(rating.created, str) and rating.created


def test_the_refusals_of_a_goal_in_her_words():
    with pytest.raises(g.GoalError) as empty:
        g.check_goal(g.CaseGoal("case", " ", created="2024-08-01 08:00:00"))
    assert str(empty.value) == "Bitte das Ziel in wenigen Worten beschreiben."
    with pytest.raises(g.GoalError) as long:
        g.check_goal(g.CaseGoal("case", "x" * 301, created="2024-08-01 08:00:00"))
    assert str(long.value) == "Ziel und eigene Worte dürfen höchstens 300 Zeichen lang sein."
    with pytest.raises(g.GoalError) as baseline:
        g.check_goal(g.CaseGoal("case", "Ziel", scale=g.GENERIC, baseline=0, created="2024-08-01 08:00:00"))
    assert str(baseline.value) == "Der Ausgangswert muss eine Stufe der Skala sein."
    with pytest.raises(g.GoalError) as anchor:
        g.check_goal(g.CaseGoal("case", "Ziel", anchor_3="a" * 121, created="2024-08-01 08:00:00"))
    assert str(anchor.value) == "Eine Stufenbeschreibung ist eine Zeile mit höchstens 120 Zeichen."
    with pytest.raises(g.GoalError) as rating:
        g.check_rating(g.CaseGoal("case", "Ziel", created="2024-08-01 08:00:00"), g.GoalRating("goal", D, 0), D)
    assert str(rating.value) == "Die Einschätzung muss eine Stufe der Skala des Ziels sein."


def test_figures_of_no_record_are_zero_and_cannot_be_changed_afterwards():
    empty = g.OutcomeFigures()
    assert (empty.goals, empty.rated_twice, empty.improved, empty.reached) == (0, 0, 0, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        empty.goals = 1  # type: ignore[misc]


def test_the_figures_are_named_in_her_words_in_their_order():
    """The column heads of the Übersicht's goal figures and of the annual report (each a key
    of ``OutcomeFigures`` and its German words, translated where shown)."""
    assert g.OUTCOME_LABELS == (
        ("goals", "Ziele gesetzt"), ("rated_twice", "mindestens zweimal eingeschätzt"),
        ("improved", "um mindestens eine Stufe verbessert"), ("reached", "erreicht"))
    assert [key for key, _label in g.OUTCOME_LABELS] == [
        f.name for f in dataclasses.fields(g.OutcomeFigures)]


def test_a_rating_on_the_day_itself_is_taken_and_the_next_refused():
    goal = g.CaseGoal("case", "Ziel", scale=g.GAS, baseline=0, created="2024-08-01 08:00:00")
    assert g.rating_day_problem(D, D) is None
    g.check_rating(goal, g.GoalRating("goal", D, 1), D)
    with pytest.raises(g.GoalError) as refused:
        g.check_rating(goal, g.GoalRating("goal", D + timedelta(days=1), 1), D)
    assert str(refused.value) == ("Der 02.09.2025 liegt in der Zukunft: bitte den Tag der "
                                  "Einschätzung angeben.")
