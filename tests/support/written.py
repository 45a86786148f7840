"""Waiting for a write started on the one runner (a package, the Auskunft): its step bar
shows from the start and hides when the answer (the result or the refusal) has arrived."""

from __future__ import annotations


def wait_written(qtbot, dialog, timeout: int = 30_000) -> None:
    qtbot.waitUntil(dialog.steps.isHidden, timeout=timeout)
