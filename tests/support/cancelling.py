"""A ``Progress`` that cancels itself at a named step, as her „Abbrechen und verwerfen“
arriving while that step runs (the package and Auskunft cancel tests)."""

from __future__ import annotations

from ssa_desktop.services.operations import Progress


def cancelling_at(step: int) -> tuple[Progress, list[str], list[bool]]:
    """The progress, the step texts reported so far, and whether the cancel at ``step``
    (0-based) was refused (past the point of no return)."""
    seen: list[str] = []
    refused: list[bool] = []

    def report(_pct: int, text: str) -> None:
        seen.append(text)
        if len(seen) == step + 1:
            refused.append(not progress.cancel())

    progress = Progress(report)
    return progress, seen, refused
