"""Issue 60, „What to build“: the kit reads a folder of 2,000 files with progress. Every
use case of the kit reports per file read (percent and „Datei n von N …“), at most once
per percent, and a cancel stops it (docs/traeger.md)."""

from __future__ import annotations

import pytest

from ssa_desktop.services import traeger
from ssa_desktop.services.operations import Cancelled, Progress

from .files import school_file

YEAR = "2025/26"


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "lieferungen"
    for i in range(4):
        school_file(f, f"s{i}.json", ["GMS-1", "RS-2", "GS-3", "WRS-4"][i])
    return f


def test_each_use_case_reports_the_files_it_reads(folder, tmp_path):
    for work in (lambda p: traeger.deliveries(folder, YEAR, progress=p),
                 lambda p: traeger.write_workbooks(folder, YEAR, tmp_path, progress=p),
                 lambda p: traeger.write_overview(folder, YEAR, tmp_path / "u.pdf", progress=p),
                 lambda p: traeger.write_tidy(folder, YEAR, tmp_path / "l.csv", progress=p)):
        seen: list[tuple[int, str]] = []
        work(Progress(lambda pct, text, seen=seen: seen.append((pct, text))))
        assert seen[:4] == [(0, "Datei 1 von 4 wird gelesen …"),
                            (25, "Datei 2 von 4 wird gelesen …"),
                            (50, "Datei 3 von 4 wird gelesen …"),
                            (75, "Datei 4 von 4 wird gelesen …")]


def test_at_most_one_report_per_percent_and_a_cancel_stops_the_reading(tmp_path):
    f = tmp_path / "viele"
    f.mkdir()
    for i in range(250):
        (f / f"notiz-{i:03d}.txt").write_text("keine Lieferung", "utf-8")
    seen: list[int] = []
    table = traeger.deliveries(f, YEAR, progress=Progress(lambda pct, _t: seen.append(pct)))
    assert len(table.refused) == 250 and seen == sorted(set(seen)) and len(seen) == 100
    progress = Progress(lambda pct, _t: progress.cancel() if pct >= 10 else None)
    with pytest.raises(Cancelled):
        traeger.deliveries(f, YEAR, progress=progress)
