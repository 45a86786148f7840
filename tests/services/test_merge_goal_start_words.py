"""A goal's start moved on her other device („Ausgangswert vom“, kept in the goal's
``created``) is a conflict of the merge in her words: the field by its name in the goal
form and the two days as dates — it read „created: bei Ihnen „2024-08-01 08:00:00“ …“,
a column name and a time of day she never gave (the start could not move before the
baseline rule; the conflicts dialog shows the same words)."""

from __future__ import annotations

import copy

from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.ui.handover.conflicts_dialog import differences
from tests.services.test_interchange_merge import sample_doc as sample_doc  # noqa: F401 (fixture)


def test_a_moved_goal_start_is_a_conflict_in_her_words(open_vault, sample_doc):
    doc = copy.deepcopy(sample_doc)
    [goal] = doc["tables"]["case_goal"]
    assert goal["created"] == "2024-08-01 08:00:00"
    goal["created"] = "2024-07-15 08:00:00"      # her other device: the start two weeks earlier
    result = mx.merge_document(open_vault.conn, doc)
    [conflict] = result.conflicts
    assert conflict.ref == f"case_goal:{goal['id']}"
    assert "Ausgangswert vom: bei Ihnen „01.08.2024“, in der Datei „15.07.2024“" in str(conflict)
    assert differences(conflict) == ("Ausgangswert vom", "01.08.2024", "15.07.2024")
