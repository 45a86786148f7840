"""``ssa-desktop traeger overview``: the PDF for the Träger's board, read back with
pdftotext (docs/traeger.md)."""

from __future__ import annotations

import re
import subprocess

from .files import post_file, run, school_file


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_boards_overview_shows_deliveries_and_sums_per_landkreis(capsys, tmp_path):
    f = tmp_path / "lieferungen"
    post_file(f, "nord-24.json", "P-Nord", ["GMS-1", "RS-2"], "2024/25")
    post_file(f, "sued-24.json", "P-Süd", ["GS-3"], "2024/25")
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen", efh_persons=4,
                cp_8a_procedures=1, efh_contacts=6)
    school_file(f, "rs.json", "RS-2", landkreis="Emmendingen", efh_persons=1,
                cp_8a_procedures=1, efh_contacts=2)
    (f / "notizen.txt").write_text("keine Lieferung", "utf-8")
    pdf = tmp_path / "ueberblick.pdf"
    code, out, _ = run(capsys, "traeger", "overview", f, "--year", "2025/26", "--out", pdf)
    assert code == 0 and "Überblick geschrieben" in out
    text = _text(pdf)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Überblick Schuljahr 2025/26" in lines
    # P-Nord and its two schools delivered; P-Süd and GS-3 (last year's) did not
    assert "Stellen geliefert (von 2) Schulen geliefert (von 3)" in " ".join(lines)
    assert "Emmendingen" in text
    assert "Beratungskontakte 8" in lines
    assert "Beratene Personen 5" in lines
    # 1 + 1 = 2 procedures: suppressed after summing ("< 3" with a thin space)
    assert any(re.fullmatch(r"Verfahren nach § 8a SGB VIII <\s?3", line) for line in lines)
    assert any(line.startswith("P-Süd / Grundschule Talweg fehlt fehlt") for line in lines)
    assert "„notizen.txt“ ist keine lesbare KVJS-Exportdatei (json)." in text
