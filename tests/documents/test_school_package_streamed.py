"""A school package's documents are received one at a time (docs/documents.md): the
successor's memory holds at most one document however many the package carries, and the
receive reports each document's check and write through the one progress of the operation
runner (a step per document, named „Dokument n von m“)."""

from __future__ import annotations

import io
import os
import tracemalloc

from PIL import Image

from ssa_desktop.domain import documents as d
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import documents, handover_school
from ssa_desktop.services.operations import Progress
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import TODAY
from tests.support.vaults import fresh_vault

SIZE = 1200   # a 1200×1200 noise PNG: about 4.3 MB, incompressible like a colour scan
COUNT = 5


def _scan(seed: int) -> bytes:
    noise = bytes((b + seed) % 256 for b in os.urandom(SIZE * SIZE * 3))
    buf = io.BytesIO()
    Image.frombytes("RGB", (SIZE, SIZE), noise).save(buf, format="PNG", compress_level=0)
    return buf.getvalue()


def _package_with_large_scans(conn, tmp_path):
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    docs = [documents.add_document(conn, d.Owner("person", anna.id), "report", f"Scan {n}",
                                   TODAY, _scan(n), f"scan{n}.png") for n in range(COUNT)]
    result = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id for doc in docs])
    return docs, result


def test_the_receive_holds_one_document_at_a_time(conn, tmp_path):
    docs, result = _package_with_large_scans(conn, tmp_path)
    largest = max(doc.size for doc in docs)
    with fresh_vault() as successor:
        tracemalloc.start()
        try:
            handover_school.receive_school_package(successor.conn, result.path,
                                                   result.key_text, tmp_path, today=TODAY)
            _now, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(documents_repo.every(successor.conn)) == COUNT
        assert documents.check_documents(successor.conn) == []
    # all five at once would be over 21 MB; one at a time stays below two of them
    assert peak < 2 * largest, (peak, largest)


def test_each_document_is_a_progress_step_checked_then_written(conn, tmp_path):
    _docs, result = _package_with_large_scans(conn, tmp_path)
    steps: list[tuple[int, str]] = []
    with fresh_vault() as successor:
        handover_school.receive_school_package(
            successor.conn, result.path, result.key_text, tmp_path, today=TODAY,
            progress=Progress(lambda percent, text: steps.append((percent, text))))
    texts = [text for _p, text in steps]
    for n in range(1, COUNT + 1):
        assert f"Dokument {n} von {COUNT} wird geprüft …" in texts
        assert f"Dokument {n} von {COUNT} wird gespeichert …" in texts
    assert texts.index(f"Dokument {COUNT} von {COUNT} wird geprüft …") < \
        texts.index(f"Dokument 1 von {COUNT} wird gespeichert …")   # checked before written
    percents = [p for p, _t in steps]
    assert percents == sorted(percents) and percents[-1] == 100
