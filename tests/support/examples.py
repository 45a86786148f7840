"""How many Hypothesis examples a slow property runs: its own count locally, five times
as many in CI (where the derandomised "ci" profile of tests/conftest.py is loaded)."""

from __future__ import annotations

import os

CI_FACTOR = 5


def examples(local: int) -> int:
    return local * CI_FACTOR if os.environ.get("CI") else local
