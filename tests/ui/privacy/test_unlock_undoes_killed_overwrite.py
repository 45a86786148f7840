"""The unlock's upkeep resolves the overwrite journal a kill left (storage/file_intents.py,
tests/reliability/test_overwrite_killed.py has the real kill): off the GUI thread, and the
sentence naming the file reaches the status line."""

from __future__ import annotations

from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks


def test_the_unlock_removes_a_file_a_kill_left_without_its_entry(ctx, qtbot, tmp_path):
    target = tmp_path / "Brief an das Jugendamt.pdf"
    target.write_bytes(b"%PDF written, never logged")
    ctx.session.conn.execute("INSERT INTO file_intent (target, kept) VALUES (?, NULL)",
                             (str(target),))
    said: list[str] = []
    ctx.status_message.connect(said.append)
    run_unlock_tasks(ctx)
    qtbot.waitUntil(lambda: any("Tägliche Sicherung" in s for s in said), timeout=30000)
    assert not target.exists()
    assert [s for s in said if str(target) in s and "entfernt" in s]
