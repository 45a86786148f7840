"""A merge's group session whose group only this vault holds (the file brings the session,
not the group) on a day outside that group's school year is refused by place with the
form's sentence, as a session of the file's own group is (review session 23: it was
stored, counted in another school year than its group's)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain.entities import GroupActivity, GroupSession
from ssa_desktop.services import activities
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as merge
from ssa_desktop.storage import repositories as repo

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _file_with_a_session_on(conn, day: str) -> dict:
    """Her export of a vault with a group of 2026/27 and one session, cut to that session
    as a new one on ``day`` (its group not in the file)."""
    group = activities.save_group(conn, GroupActivity("Soziales Lernen", 2026,
                                                      school_id="school-1", participants_w=6))
    activities.record_group_session(conn, GroupSession(group.id, date(2026, 10, 7), 90))
    doc = json.loads(json.dumps(ix.export_document(conn)))
    [row] = doc["tables"]["group_session"]
    doc["tables"] = {name: rows for name, rows in doc["tables"].items()
                     if name in ("school", "post", "post_share")}
    doc["tables"]["group_session"] = [{**row, "id": "neu-1", "day": day}]
    return doc


def test_a_session_outside_the_held_groups_year_is_refused(conn):
    doc = _file_with_a_session_on(conn, "2024-01-15")
    with pytest.raises(ix.InterchangeError) as refused:
        merge.merge_document(conn, doc, today=date(2026, 11, 29))
    assert [str(p) for p in refused.value.problems] == [
        "tables.group_session[0].day: Das Datum liegt nicht im Schuljahr 2026/27."]
    assert [s.id for s in repo.GROUP_SESSIONS.select(conn)] != ["neu-1"]
    assert len(repo.GROUP_SESSIONS.select(conn)) == 1


def test_a_session_inside_it_is_taken(conn):
    doc = _file_with_a_session_on(conn, "2027-07-31")
    merge.merge_document(conn, doc, today=date(2026, 11, 29))
    assert len(repo.GROUP_SESSIONS.select(conn)) == 2
