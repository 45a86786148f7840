"""``ssa-desktop slips`` and ``ssa-desktop report`` on a real vault."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli

DAY = date(2026, 11, 20)


@pytest.fixture
def vault(open_vault, pupil, monkeypatch):
    ids = [svc.save_appointment(open_vault.conn, Appointment(
        day=DAY, start=f"{h:02d}:00", end=f"{h:02d}:30", person_id=pupil.id, room="12",
        note="Streit zu Hause")).id for h in (8, 9, 10, 11, 12)]
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return folder, ids


_run = run_cli


def test_slips_for_a_day(vault, tmp_path, capsys):
    folder, _ = vault
    pdf = tmp_path / "tag.pdf"
    code, out, _ = _run(capsys, "slips", "--vault", folder, "--date", "2026-11-20", "--out", pdf)
    assert code == 0 and "5 Beratungszettel" in out
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 2
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Kim S." in text and "12:00–12:30 Uhr" in text and "Streit" not in text


def test_slips_for_one_appointment_a4(vault, tmp_path, capsys):
    folder, ids = vault
    pdf = tmp_path / "eins.pdf"
    code, _, _ = _run(capsys, "slips", "--vault", folder, "--appointment", ids[1],
                      "--layout", "a4", "--out", pdf)
    assert code == 0
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "09:00–09:30 Uhr" in text and "Fr 20.11.2026" in text


def test_blank_slips(vault, tmp_path, capsys):
    folder, _ = vault
    pdf = tmp_path / "leer.pdf"
    assert _run(capsys, "slips", "--vault", folder, "--blank", "9", "--out", pdf)[0] == 0
    assert len(PdfReader(str(pdf)).pages) == 3


def test_slip_errors_are_german_and_write_nothing(vault, tmp_path, capsys):
    folder, _ = vault
    pdf = tmp_path / "x.pdf"
    code, _, err = _run(capsys, "slips", "--vault", folder, "--date", "2026-11-21", "--out", pdf)
    assert code == 1 and "keine Termine" in err
    code, _, err = _run(capsys, "slips", "--vault", folder, "--appointment", "nope",
                        "--out", pdf)
    assert code == 1 and "gibt es nicht mehr" in err
    code, _, err = _run(capsys, "slips", "--vault", folder, "--date", "20.13.2026", "--out", pdf)
    assert code == 2
    code, _, _ = _run(capsys, "slips", "--vault", folder, "--out", pdf)
    assert code == 2
    assert not pdf.exists()


def test_report_command(vault, tmp_path, capsys):
    folder, _ = vault
    pdf = tmp_path / "bericht.pdf"
    code, out, _ = _run(capsys, "report", "--vault", folder, "--year", "2026/27",
                        "--school", "GMS-1", "--out", pdf)
    assert code == 0 and "Jahresbericht 2026/27" in out
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Gemeinschaftsschule Am Park" in text and "Kim" not in text and "K-17" not in text


def test_report_command_errors(vault, tmp_path, capsys):
    folder, _ = vault
    pdf = tmp_path / "bericht.pdf"
    code, _, err = _run(capsys, "report", "--vault", folder, "--year", "2026/28",
                        "--school", "GMS-1", "--out", pdf)
    assert code == 2 and "kein Schuljahr" in err
    code, _, err = _run(capsys, "report", "--vault", folder, "--year", "2026/27",
                        "--school", "XYZ", "--out", pdf)
    assert code == 1 and "„XYZ“ gibt es in diesem Tresor nicht" in err
    assert not pdf.exists()


@pytest.fixture
def named_vault(open_vault, pupil, monkeypatch):
    """The pupil Kim Sommer (K-17) named in two free texts of the Jahresbericht 2026/27."""
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services import annual_report

    annual_report.save_texts(open_vault.conn, "school-1", SchoolYear(2026), {
        "intro": "Stelle 75 %.",
        "focus": "Viele Konflikte.\nGespräche mit KIM SOMMER und ihrer Mutter.",
        "outlook": "Mehr Klassenrat, auch für K-17."})
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return folder


def _report(capsys, folder, pdf, *extra):
    return _run(capsys, "report", "--vault", folder, "--year", "2026/27", "--school", "GMS-1",
                "--out", pdf, *extra)


def test_report_with_names_is_refused_saying_where_they_stand(named_vault, tmp_path, capsys):
    pdf = tmp_path / "bericht.pdf"
    code, out, err = _report(capsys, named_vault, pdf)
    assert code == 1 and not pdf.exists() and out == ""
    assert ("verspricht „keine Namen“, aber im Text steht 2 Namen von Personen aus dem "
            "Tresor: „Schwerpunkte und Entwicklungen“ (Zeile 2); „Ausblick und Vorschläge“ "
            "(Zeile 1).") in err
    assert "--names replace" in err and "--names print" in err
    assert "SOMMER" not in err and "K-17" not in err  # where, never what


def test_report_names_replaced_or_printed_on_request(named_vault, tmp_path, capsys):
    replaced, printed = tmp_path / "ersetzt.pdf", tmp_path / "gedruckt.pdf"
    assert _report(capsys, named_vault, replaced, "--names", "replace")[0] == 0
    text = "".join(p.extract_text() for p in PdfReader(str(replaced)).pages)
    assert "Gespräche mit [Name] und ihrer Mutter." in text and "auch für [Name]." in text
    assert "SOMMER" not in text and "K-17" not in text
    assert _report(capsys, named_vault, printed, "--names", "print")[0] == 0
    text = "".join(p.extract_text() for p in PdfReader(str(printed)).pages)
    assert "KIM SOMMER" in text and "K-17" in text
