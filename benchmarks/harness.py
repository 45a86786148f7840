"""Shared parts of the benchmarks: the ``Result`` row and ``timed``.

Feature benchmarks live in ``benchmarks/bench_<feature>.py``; each defines
``run(bench) -> list[Result]`` (``bench`` is ``run.Bench``: the cached 10-year vault,
``bench.open()``, ``bench.working_copy()`` for writes, ``bench.day_copy()`` for her
window's unlock, ``bench.app()``, ``bench.reps``; the cached set is only read) and is
picked up by ``run.py`` without editing it.
"""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
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


@contextlib.contextmanager
def stopwatch(total: dict[str, float]) -> Iterator[None]:
    """Add the block's wall seconds and CPU seconds of this thread (what the GUI thread or
    the caller waits for; a worker's deferred check beside it is not counted) to
    ``total["wall"]`` and ``total["cpu"]``: the CPU time stays readable on a loaded
    machine, where the wall time mostly measures the neighbours."""
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        total["wall"] = total.get("wall", 0.0) + time.perf_counter() - wall
        total["cpu"] = total.get("cpu", 0.0) + time.thread_time() - cpu


def machine() -> str:
    """CPU model, cores, load and commit: what an absolute figure is a note of."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), model)
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False,
                                cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
    except OSError:
        commit = ""
    return f"{model}, {os.cpu_count()} Kerne, Last {load:.1f}, Commit {commit or '?'}"
