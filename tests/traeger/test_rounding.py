"""Issue 60, finding 9: the board's FTE sums were rounded on the binary float (3.025 →
„3,02“, 58.225 → „58,23“). Now every decimal the kit shows is rounded half-up on its
decimal value (``formatting.fmt_decimal``): 3,03 and 58,23."""

from __future__ import annotations

import subprocess

import pytest

from ssa_desktop.formatting import fmt_decimal

from .files import run, school_file


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_boards_fte_sums_are_rounded_half_up(capsys, tmp_path):
    f = tmp_path / "lieferungen"
    for code, fte in (("GMS-1", 0.75), ("RS-2", 0.75), ("GS-3", 0.75), ("WRS-4", 0.775)):
        school_file(f, f"{code}.json", code, landkreis="Kreis A", fte=fte)
    school_file(f, "HS-5.json", "HS-5", landkreis="Kreis B", fte=58.225)
    pdf = tmp_path / "u.pdf"
    code, _, err = run(capsys, "traeger", "overview", f, "--year", "2025/26", "--out", pdf)
    assert code == 0, err
    lines = [" ".join(line.split()) for line in _text(pdf).splitlines()]
    assert "Vollzeitäquivalente 3,03 58,23" in lines  # a column per Landkreis (was 3,02)


@pytest.mark.parametrize("value,text", [(3.025, "3,03"), (58.225, "58,23"), (0.005, "0,01"),
                                        (2.675, "2,68"), (1234.5, "1.234,50"), (3, "3,00")])
def test_fmt_decimal_rounds_the_decimal_value_half_up(value, text):
    assert fmt_decimal(value, 2) == text
