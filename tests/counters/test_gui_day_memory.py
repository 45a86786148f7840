"""The GUI's memory on a fixed offscreen day, against tests/counters/baseline.json.

The benchmark's GUI child (``benchmarks/bench_release.PEAK_RSS_CHILD``: started as
``launch.run`` starts the window, unlocked as her window unlocks, her unlocked GUI built by
``app.open_main_window`` as ``_run_claimed`` builds it, every area shown, read
once every load and the unlock's upkeep have ended; her papers opened: a person's document, a
case's goals and trend, a letter) runs on the counters' demo vault.
Compared is the anonymous memory it then holds (Python's objects, Qt's widgets, SQLite's
caches): what the code controls. The file pages of the mapped libraries are left out,
they follow the page cache (a fresh ``pip install`` maps more; docs/performance.md,
„The page cache's share"). A rise of more than 1 MiB fails (runs differ by ≈ 0.4 MiB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.counters import conftest as counters
from tests.retention.linked_vaults import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE_KIB = 1024

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc/self/status")


def _bench_release():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_release
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return bench_release


def _day_lines(folder: Path, home: Path) -> list[str]:
    """The GUI child's lines on ``folder``."""
    bench_release = _bench_release()
    bench_release.compile_product(ROOT / "ssa_desktop")  # as the shipped build: byte code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    for child in bench_release.DAY_CHILDREN:
        out = subprocess.run([sys.executable, "-c", child, str(folder), str(ROOT / "benchmarks"),
                              PASSPHRASE, DEMO_TODAY.isoformat()], env=env, cwd=str(ROOT),
                             capture_output=True, text=True, timeout=300, check=True).stdout
    return out.strip().splitlines()


def _day(folder: Path, home: Path) -> list[str]:
    """The GUI child's last line on ``folder``: day, assistant, peak, anonymous, file (MB)."""
    return _day_lines(folder, home)[-1].split()


def test_the_day_holds_no_more_anonymous_memory_than_its_baseline(demo_copy, tmp_path):
    day, assistant, peak, anon, _file = _day(demo_copy, tmp_path)
    assert (day, assistant) == (DEMO_TODAY.isoformat(), "-")
    anon_kib = round(float(anon) * 1024)
    if counters.REWRITE:
        counters._MEASURED["gui_day_memory"] = {"anon_kib": anon_kib}
        return
    baseline = json.loads(counters.BASELINE.read_text(encoding="utf-8"))
    allowed = baseline["gui_day_memory"]["anon_kib"] + TOLERANCE_KIB
    assert anon_kib <= allowed, (f"gui_day_memory rose above its baseline: {anon_kib} KiB "
                                 f"anonymous at rest (allowed {allowed}; peak {peak} MB)")


def test_a_letter_looked_at_brings_in_no_reportlab(demo_copy, tmp_path):
    """The letter dialog's preview measures its text with the fonts' width table
    (``reports.font_widths``) and paints with Qt: none of reportlab stays in her GUI when
    she looks at a letter — not its font parsing (pdfbase, ≈ 7 MB for the two fonts), not
    its colours (which import PIL, ≈ 4.5 MB with reportlab's base), not platypus (the
    reports' flowing layout) nor the canvas; they come when the letter leaves as a PDF."""
    line = next(line for line in _day_lines(demo_copy, tmp_path)
                if line.startswith("reportlab-nach-dem-Brief"))
    assert line.split()[1:] == []


def test_a_person_opened_brings_in_no_letter_parts(demo_copy, tmp_path):
    """Her person page (and its Dokumente tab) offers „Brief erstellen …“ but loads the
    letter dialog, its use cases and the template sandbox (jinja2, ≈ 7 MB with its
    templates' machinery) only when she opens a letter: a person looked at costs her
    GUI none of it."""
    line = next(line for line in _day_lines(demo_copy, tmp_path)
                if line.startswith("Briefteile-nach-der-Person"))
    assert line.split()[1:] == []


def test_a_letter_made_brings_in_no_template_language(demo_copy, tmp_path):
    """The letter she makes and looks at is filled in a child process of its own
    (``services.letter_child``): the template sandbox (jinja2, with hashlib — OpenSSL's
    ≈ 3 MB of library pages — and pickle, which its bytecode cache imports) and her
    templates' libraries (docxtpl, python-docx, pypdf) never load into her GUI."""
    line = next(line for line in _day_lines(demo_copy, tmp_path)
                if line.startswith("Vorlagensprache-nach-dem-Brief"))
    assert line.split()[1:] == []


def test_what_the_day_does_not_use_stays_out(demo_copy, tmp_path):
    """Nothing is printed on the day: Qt's printing library (QtPrintSupport, ≈ 0.5 MB of
    the peak) loads when she prints, not with the person page, the document viewer or the
    letter she looks at."""
    line = next(line for line in _day_lines(demo_copy, tmp_path)
                if line.startswith("ungebraucht-im-Tag"))
    assert line.split()[1:] == []


def test_a_failing_day_child_ends_at_once_with_its_traceback(tmp_path):
    # no vault in the folder: the unlock fails. The error reaches the log and the child
    # ends; no modal error box offscreen that nobody clicks (120 s only bounds a hang)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    (tmp_path / "kein-tresor").mkdir()
    done = subprocess.run([sys.executable, "-c", _bench_release().PEAK_RSS_CHILD,
                           str(tmp_path / "kein-tresor"), str(ROOT / "benchmarks"), PASSPHRASE,
                           DEMO_TODAY.isoformat()], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "Traceback" in done.stderr, done.stderr
