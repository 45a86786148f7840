"""A goal rated here keeps its start („Ausgangswert vom“, the goal's ``created``) in a
merge when the file's later start would put a rating – hers or one the file brings –
before it (the goal form refuses such a move: ``domain.goals.start_moved_problem``), as
its scale is kept (``_scale_held``): counted in the summary, the rest of the goal taken.
Before, taking the file's start left her ratings before the baseline (reviewer's
finding). A real vault, its real export merged back."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import goals_repo
from tests.services.test_interchange_merge import sample_doc as sample_doc  # noqa: F401 (fixture)

HELD = "Tag des Ausgangswerts von 1 eingeschätzten Ziel behalten"
TODAY = date(2026, 11, 25)


def _moved(sample_doc, start: str, text: str = "Anders gesagt") -> tuple[dict, str]:
    """The export with its goal (rated here 16.09.2025 and 02.10.2025) starting ``start``."""
    doc = copy.deepcopy(sample_doc)
    [goal] = doc["tables"]["case_goal"]
    assert goal["created"] == "2024-08-01 08:00:00"
    assert sorted(r["day"] for r in doc["tables"]["goal_rating"]) == ["2025-09-16",
                                                                      "2025-10-02"]
    goal.update(created=f"{start} 08:00:00", text=text)
    return doc, goal["id"]


@pytest.mark.parametrize("resolutions", [{"*": "theirs"}, None])
def test_a_later_start_of_the_file_after_her_rating_is_not_taken(open_vault, sample_doc,
                                                                 resolutions):
    doc, goal_id = _moved(sample_doc, "2025-09-17")     # a day after her first rating
    result = mx.merge_document(open_vault.conn, doc, resolutions, today=TODAY)
    goal = goals_repo.CASE_GOALS.get(open_vault.conn, goal_id)
    assert goal.created == "2024-08-01 08:00:00"
    assert not any("Ausgangswert" in str(c) for c in result.conflicts)
    if resolutions:
        assert goal.text == "Anders gesagt"             # the rest of the goal is taken
    assert result.scales_kept == 0 and result.starts_kept == 1
    assert HELD in result.summary()


def test_the_files_start_on_the_day_of_her_first_rating_is_taken(open_vault, sample_doc):
    doc, goal_id = _moved(sample_doc, "2025-09-16")     # on that day it may
    result = mx.merge_document(open_vault.conn, doc, {"*": "theirs"}, today=TODAY)
    assert goals_repo.CASE_GOALS.get(open_vault.conn, goal_id).created == "2025-09-16 08:00:00"
    assert result.starts_kept == 0 and HELD not in result.summary()


def test_a_later_start_that_leaves_her_ratings_after_it_is_still_a_conflict(open_vault,
                                                                            sample_doc):
    doc, goal_id = _moved(sample_doc, "2025-09-01")
    result = mx.merge_document(open_vault.conn, doc, today=TODAY)
    assert any("Ausgangswert vom" in str(c) for c in result.conflicts)
    assert result.starts_kept == 0


def test_a_rating_the_file_brings_before_its_start_holds_her_start(open_vault, sample_doc):
    """The file's own new rating of 15.08.2025 would lie before its start of 01.09.2025
    (after both of hers): her start stays, the file's rating comes after it."""
    doc, goal_id = _moved(sample_doc, "2025-09-01")
    first = doc["tables"]["goal_rating"][0]
    doc["tables"]["goal_rating"].append(dict(first, id="rating-neu", day="2025-08-15",
                                             contact_id=None, level=-1))
    result = mx.merge_document(open_vault.conn, doc, {"*": "theirs"}, today=TODAY)
    conn = open_vault.conn
    assert goals_repo.CASE_GOALS.get(conn, goal_id).created == "2024-08-01 08:00:00"
    assert date(2025, 8, 15) in [r.day for r in goals_repo.ratings_of_goal(conn, goal_id)]
    assert result.starts_kept == 1 and HELD in result.summary()
