"""The emergency sheet PDF: read back with pypdf, rendered with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.reports import emergency_sheet as sheet
from ssa_desktop.storage.errors import InvalidEmergencyKey
from tests.support.requirements import require

KEY = "3FA91C07 B2D4E6F8 0A1B2C3D 4E5F6071 8293A4B5 C6D7E8F9 01234567 89ABCDEF"
UUID = "3f2b8c1e-5d4a-4c2d-9a7e-0c1d2e3f4a5b"


@pytest.fixture
def pdf(tmp_path):
    return sheet.write_emergency_sheet(
        tmp_path / "notfall.pdf", KEY.lower().replace(" ", ""), UUID, "2026-11-21T09:12:00",
        ["Gemeinschaftsschule Am Park", "Grundschule Überlingen-Süd"], printed=date(2026, 11, 22))


def test_sheet_contains_key_groups_uuid_and_instructions(pdf):
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842), "A4"
    text = reader.pages[0].extract_text()
    for group in KEY.split():
        assert group in text
    assert UUID in text
    assert "Notfallschlüssel – SSA Desktop" in text
    assert "21.11.2026" in text and "22.11.2026" in text
    assert "Grundschule Überlingen-Süd" in text
    assert "Mit Notfallschlüssel öffnen" in text
    assert "PRAGMA key" in text
    assert "Niemals zusammen mit dem Laptop" in text
    assert "Unterschrift" in text
    assert reader.metadata.title == "Notfallschlüssel – SSA Desktop"


def test_key_groups_are_two_lines_of_four(pdf):
    lines = PdfReader(str(pdf)).pages[0].extract_text().splitlines()
    groups = KEY.split()
    first = [i for i, line in enumerate(lines) if line.strip() in groups[:4]]
    second = [i for i, line in enumerate(lines) if line.strip() in groups[4:]]
    assert len(first) == 4 and len(second) == 4 and max(first) < min(second)


def test_invalid_key_writes_nothing(tmp_path):
    with pytest.raises(InvalidEmergencyKey):
        sheet.write_emergency_sheet(tmp_path / "x.pdf", "1234", UUID, "", [])
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_atomically(tmp_path):
    target = tmp_path / "notfall.pdf"
    target.write_bytes(b"old")
    sheet.write_emergency_sheet(target, KEY, UUID, "", [])
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notfall.pdf"], "no temp file left"
    assert target.stat().st_mode & 0o077 == 0


def test_sheet_renders(pdf, tmp_path):
    require(shutil.which("pdftoppm") is not None, "pdftoppm (poppler-utils)")
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(out)],
                   check=True, capture_output=True)
    png = out.with_suffix(".png")
    from PIL import Image

    image = Image.open(png).convert("L")
    assert image.size[0] < image.size[1], "portrait"
    # the key box near the top is dark with large monospace text
    top = image.crop((0, 0, image.size[0], image.size[1] // 3))
    dark = sum(top.histogram()[:100])
    assert dark > 0.02 * top.size[0] * top.size[1]
