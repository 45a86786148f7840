"""Shared parts of the benchmarks: the ``Result`` row and ``timed``.

Feature benchmarks live in ``benchmarks/bench_<feature>.py``; each defines
``run(bench) -> list[Result]`` (``bench`` is ``run.Bench``: the cached 10-year vault,
``bench.open()``, ``bench.working_copy()`` for writes, ``bench.day_copy()`` for her
window's unlock, ``bench.app()``, ``bench.reps``; the cached set is only read) and is
picked up by ``run.py`` without editing it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: float
    reference: str
    floor: bool = False
    note: str = ""

    @property
    def ratio(self) -> float:
        if self.floor:
            return self.target / self.value if self.value else float("inf")
        return self.value / self.target

    @property
    def passed(self) -> bool:
        return self.value >= self.target if self.floor else self.value <= self.target

    def as_json(self) -> dict:
        return {"name": self.name, "value": round(self.value, 4), "unit": self.unit,
                "target": self.target, "reference": self.reference,
                "ratio": round(self.ratio, 4), "pass": self.passed}


def timed(fn: Callable[[], object], reps: int) -> float:
    """Median wall time of ``reps`` calls, in seconds."""
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
