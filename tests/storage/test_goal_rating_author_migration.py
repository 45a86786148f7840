"""Migration "goal_rating_written_by": who rated a goal. A vault of schema 22 (the v2
fixture, made by the historical code, brought to 22 by the shipped migrations) with a
goal and two ratings is unlocked by this build: every rating is there with its level and
day, marked as the post holder's own (""), and the schema is what the migrations declare."""

from __future__ import annotations

from datetime import date

from ssa_desktop.services import goals, vault_admin
from ssa_desktop.storage import migrations
from ssa_desktop.storage.vault import Vault
from tests.storage.test_true_migrations import _old_vault, _raw


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def test_the_ratings_of_a_schema_22_vault_are_hers_after_the_update(tmp_path, frozen_clock):
    before = _version_of("goal_rating_written_by") - 1
    assert before == 22
    folder, info = _old_vault(
        tmp_path, before,
        "INSERT INTO case_file (id, person_id, opened, status) "
        "VALUES ('case-1', 'fixture-person-1', '2025-01-10', 'open')",
        "INSERT INTO case_goal (id, case_id, text, scale, baseline, created) "
        "VALUES ('goal-1', 'case-1', 'Pünktlich zur ersten Stunde', 'generic', 1, "
        "'2025-01-10T09:00:00')",
        "INSERT INTO goal_rating (id, goal_id, day, level, contact_id, created) VALUES "
        "('r-1', 'goal-1', '2025-02-03', 2, NULL, '2025-02-03T10:00:00'), "
        "('r-2', 'goal-1', '2025-03-03', 4, NULL, '2025-03-03T10:00:00')")
    assert "written_by" not in {r[1] for r in _raw(folder, info, "PRAGMA table_info(goal_rating)")}
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == migrations.latest_version()
        assert vault_admin.check_vault(session) == []
        rated = goals.ratings(session.conn, "goal-1")
        assert [(r.id, r.day, r.level, r.written_by) for r in rated] == [
            ("r-1", date(2025, 2, 3), 2, ""), ("r-2", date(2025, 3, 3), 4, "")]
    finally:
        session.lock()
