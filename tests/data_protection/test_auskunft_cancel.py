"""The Auskunft written on the one runner (issue 64, item 3): its named steps; a cancel at
any step before the last leaves none of its files (PDF, JSON, the copies of her documents
and their folder), though each was whole; the decisions of the review stay saved (they
are her work in the vault, not a disclosure: nothing goes into the disclosure log). Once
the last step has passed, a cancel is refused and every file is there."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.services import consents, documents, privacy
from ssa_desktop.services.operations import Cancelled, Progress
from tests.support import document_files as f
from tests.support.cancelling import cancelling_at

TODAY = date(2026, 11, 22)
STEPS = ["Die Entscheidungen werden gespeichert …", "Das PDF wird geschrieben …",
         "Die JSON-Datei wird geschrieben …", "Die Dokumente werden kopiert …",
         "Die Auskunft ist geschrieben."]


@pytest.fixture
def request_items(conn, pupil):
    data = f.pdf()
    documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", TODAY, data)
    with clock.frozen(TODAY):
        request = privacy.open_request(conn, pupil.id, date(2026, 11, 2))
    _, items = privacy.load_review(conn, request.id)
    for item in items:
        item.include = True
        item.reason = ""
    return request, items, data


def _write(conn, request, items, folder, progress):
    with clock.frozen(TODAY):
        return privacy.write_auskunft(conn, request.id, items, folder / "auskunft.pdf",
                                      folder / "auskunft.json", progress=progress)


def test_the_steps_are_named_and_every_file_is_whole(conn, request_items, tmp_path):
    request, items, data = request_items
    seen: list[str] = []
    pdf = _write(conn, request, items, tmp_path, Progress(lambda _p, t: seen.append(t)))
    assert seen == STEPS
    assert "Auskunft über gespeicherte Daten" in PdfReader(pdf).pages[0].extract_text()
    assert json.loads((tmp_path / "auskunft.json").read_text("utf-8"))["format"] == \
        "ssa-desktop-auskunft"
    copies = sorted(p.name for p in (tmp_path / "auskunft-Dokumente").iterdir())
    assert copies == ["01-Brief.pdf"]
    assert (tmp_path / "auskunft-Dokumente" / "01-Brief.pdf").read_bytes() == data


@pytest.mark.parametrize("step", [0, 1, 2, 3])
def test_a_cancel_before_the_last_step_leaves_no_file(step, conn, pupil, request_items,
                                                      tmp_path):
    request, items, *_data = request_items
    folder = tmp_path / "out"
    folder.mkdir()
    progress, seen, refused = cancelling_at(step)
    with pytest.raises(Cancelled):
        _write(conn, request, items, folder, progress)
    assert seen == STEPS[:step + 1] and refused == [False]
    assert list(folder.iterdir()) == []       # no PDF, no JSON, no copies, no temp file
    assert consents.disclosures_for_person(conn, pupil.id) == []
    saved, _items = privacy.load_review(conn, request.id)
    assert saved.decisions                    # the review stays saved (her work)


def test_a_cancel_after_the_last_step_is_refused(conn, request_items, tmp_path):
    request, items, *_data = request_items
    progress, seen, refused = cancelling_at(len(STEPS) - 1)
    pdf = _write(conn, request, items, tmp_path, progress)
    assert seen == STEPS and refused == [True]
    assert pdf.is_file() and (tmp_path / "auskunft.json").is_file()
    assert [p.name for p in (tmp_path / "auskunft-Dokumente").iterdir()] == ["01-Brief.pdf"]


def test_a_cancel_puts_back_the_files_of_an_earlier_auskunft(conn, request_items, tmp_path):
    """An earlier Auskunft lies where she writes this one and she agreed to overwrite it:
    a cancel before the last step leaves its PDF, JSON and copies exactly as they were.
    Before: they were removed with the new ones."""
    request, items, _data = request_items
    folder = tmp_path / "out"
    (folder / "auskunft-Dokumente").mkdir(parents=True)
    older = {folder / "auskunft.pdf": b"%PDF older", folder / "auskunft.json": b"{}",
             folder / "auskunft-Dokumente" / "01-Brief.pdf": b"%PDF older copy"}
    for path, data in older.items():
        path.write_bytes(data)
    progress, _seen, _refused = cancelling_at(3)
    with pytest.raises(Cancelled):
        _write(conn, request, items, folder, progress)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == older
