"""``ssa-desktop info`` lists the rows per table under German names: a table without a
name printed its SQL name (post_staff, case_goal, goal_rating, goal_outcome)."""
from ssa_desktop.services.vault_admin import TABLE_LABELS
from ssa_desktop.storage.repositories import ALL_TABLES


def test_every_counted_table_has_a_german_name():
    assert [t.name for t in ALL_TABLES if t.name not in TABLE_LABELS] == []


def test_no_name_is_an_sql_name():
    assert [label for label in TABLE_LABELS.values() if "_" in label] == []
