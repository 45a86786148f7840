"""Issue 61: a document the deputy adds in her Vertretungspaket (a consent the parents
signed with her) comes back with her return and lies, encrypted under a fresh key, at the
worker's person, marked with who added it. A crafted return (wrong digest, a person not in
the package, oversize, a wrong format, a document of the worker's) is refused by name and
nothing is written – no row, no file. Real vaults, real package and return files."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.digests import sha256
from ssa_desktop.domain.entities import Document
from ssa_desktop.services import documents, handover_deputy_work, handover_return
from ssa_desktop.services import handover as svc
from ssa_desktop.services.operations import Progress
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import handover_repo as q
from tests.handover.test_deputy_return import (
    LATER,
    WORKDAY,
    _craft,
    _dump,
    _open,
    _package,
    _return,
    _two,
)
from tests.support import document_files as f

JANA = "Jana Berger (Vertretung)"


def _added(conn, out, data=None, title="Einwilligung Mutter"):
    """A (in the package) and B (not); the deputy adds a scanned consent for A."""
    a, b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        doc = handover_deputy_work.deputy_add_document(
            pkg, a.id, "consent", title, WORKDAY, data or f.pdf(text="Einwilligung"),
            "/home/jana/Scans/scan_0001.pdf")
    finally:
        pkg.close()
    return a, b, result, doc


def _files(conn) -> set[str]:
    folder = documents_repo.folder(conn)
    return {p.name for p in folder.iterdir()} if folder and folder.is_dir() else set()


def test_her_document_comes_back_to_the_person_marked_as_hers(conn, out):
    data = f.pdf(text="Einwilligung")
    a, _b, result, added = _added(conn, out, data)
    assert added.written_by == JANA
    ret = _return(result, out)
    assert ret.counts["Dokumente"] == 1
    raw = ret.path.read_bytes()
    assert b"%PDF" not in raw and b"Einwilligung Mutter" not in raw   # under the package key
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    [doc] = documents.documents_of_person(conn, a.id)
    assert (doc.id, doc.title, doc.kind, doc.day, doc.written_by, doc.file_name) == (
        added.id, "Einwilligung Mutter", "consent", WORKDAY, JANA, "")
    assert documents.read_content(conn, doc) == data
    assert doc.content_key and documents.check_documents(conn) == []
    assert any("1 Dokument der Vertretung übernommen" in line and "„Einwilligung Mutter“"
               in line for line in merged.after)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]
    assert entry["returned_documents"] == {added.id: sha256(data).hexdigest()}
    from ssa_desktop.services import privacy

    [item] = [i for i in privacy.collect(conn, a.id) if i.section == "Dokumente"]
    assert ("Eingetragen von", JANA) in item.fields          # her Auskunft names who added it


def test_a_return_read_again_brings_the_document_once_and_a_deleted_one_never(conn, out):
    """Two returns, each carrying her document (a return brings all she added): the
    second reading adds nothing; after the worker deleted it (tombstone), a third return
    does not bring it back and she is told."""
    a, _b, result, _added_doc = _added(conn, out)
    first, second, third = (_return(result, out, name=f"r{n}.ssapaket") for n in (1, 2, 3))
    handover_return.import_return(conn, first.path, today=LATER)
    handover_return.import_return(conn, second.path, today=LATER)
    [doc] = documents.documents_of_person(conn, a.id)
    documents.delete_document(conn, doc.id, LATER)
    merged = handover_return.import_return(conn, third.path, today=LATER)
    assert documents.documents_of_person(conn, a.id) == []
    assert any("inzwischen gelöscht nicht übernommen" in line for line in merged.after)


def test_the_deputy_cannot_add_what_her_colleague_could_not(conn, out):
    """The same kinds, formats, size limit and title rule as the worker's own, and only
    for a person of the package; a refusal writes nothing into the package."""
    a, b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        cases = [
            (a.id, "consent", "Scan", b"MZ\x90\x00 ein Programm", "rechnung.pdf",
             "keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei"),
            (a.id, "consent", "Scan", b"%PDF-" + b"0" * d.MAX_BYTES, "gross.pdf",
             "größer als 25 MB"),
            (a.id, "consent", "  ", f.pdf(), "scan.pdf", "Bitte einen Titel"),
            (a.id, "unknown", "Scan", f.pdf(), "scan.pdf", "Art des Dokuments"),
            (b.id, "consent", "Scan", f.pdf(), "scan.pdf", "gibt es im Vertretungspaket nicht"),
            (a.id, "consent", "Makro", f.docx_with({"word/vbaProject.bin": b"x"}), "m.docx",
             "Makro"),
        ]
        for person, kind, title, data, name, said in cases:
            with pytest.raises(svc.PackageError, match=said):
                handover_deputy_work.deputy_add_document(pkg, person, kind, title, WORKDAY,
                                                         data, name)
        assert documents_repo.every(pkg) == []
    finally:
        pkg.close()


def _craft_document(pkg, person_id, data, **row):
    documents_repo.create_package_table(pkg)
    doc = Document(person_id=person_id, kind="consent", title=row.pop("title", "Gefälscht"),
                   day=WORKDAY, mime=row.pop("mime", d.PDF), size=row.pop("size", len(data)),
                   sha256=row.pop("sha256", sha256(data).hexdigest()), written_by=JANA, **row)
    documents_repo.DOCUMENTS.insert(pkg, doc)
    documents_repo.put_package_file(pkg, doc.id, data)
    return doc


def _hostile(kind, a, b, conn):
    def add(pkg):
        if kind == "digest":       # her scan changed after it was added
            doc_id = documents_repo.deputy_added_ids(pkg)[0]
            pkg.execute("UPDATE document_file SET data = ? WHERE id = ?",
                        (f.pdf(text="Andere Seite"), doc_id))
        elif kind == "foreign_person":
            _craft_document(pkg, b.id, f.pdf(), title="Brief über Ben")
        elif kind == "oversize":
            _craft_document(pkg, a.id, b"%PDF-" + b"0" * d.MAX_BYTES, title="Riesig")
        elif kind == "format":     # a program named as a PDF, digest and size right
            _craft_document(pkg, a.id, b"MZ\x90\x00" + b"\x00" * 64, title="Programm")
        elif kind == "mime":       # a PNG declared as a PDF
            _craft_document(pkg, a.id, f.image("PNG"), title="Bild")
        elif kind == "hers":       # a document of the worker's, passed off as new
            mine = documents.add_document(conn, d.Owner("person", a.id), "letter", "Ihr Brief",
                                          WORKDAY, f.pdf(text="Ihr Brief"), "brief.pdf")
            _craft_document(pkg, a.id, f.pdf(text="überschrieben"), id=mine.id,
                            title="Ihr Brief")
        elif kind == "stray":      # bytes without a row
            documents_repo.put_package_file(pkg, "no-row", f.pdf())
    return add


@pytest.mark.parametrize(("kind", "reason"), [
    ("digest", "„Einwilligung Mutter“ (P-Anna): die Prüfsumme stimmt nicht"),
    ("foreign_person", "„Brief über Ben“ (P-Ben): die Person ist nicht im Vertretungspaket"),
    ("oversize", "„Riesig“ (P-Anna): die Datei ist größer als 25 MB"),
    ("format", "„Programm“ (P-Anna): das ist keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei"),
    ("mime", "„Bild“ (P-Anna): das Format stimmt nicht: die Datei ist PNG-Bild, angegeben ist PDF"),
    ("hers", "„Ihr Brief“ (P-Anna): das Dokument gibt es bei Ihnen, es kam aber nicht von der "
             "Vertretung"),
    ("stray", "1 Datei(en) ohne Dokument"),
])
def test_a_crafted_document_is_refused_by_name_and_nothing_is_written(conn, out, kind, reason):
    a, b, result, _doc = _added(conn, out)
    ret = _return(result, out)
    _craft(result, ret, _hostile(kind, a, b, conn))
    before, files = _dump(conn), _files(conn)
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, ret.path, today=LATER)
    assert reason in str(refused.value)
    assert str(refused.value).startswith("Die Rückgabe wird nicht eingelesen; nichts wurde "
                                         "verändert.")
    assert _dump(conn) == before
    assert _files(conn) == files
    assert ret.path.exists()     # refused: the file stays for her to look at


def test_each_document_is_a_progress_step_checked_then_written(conn, out):
    a, _b, result, _doc = _added(conn, out)
    pkg = _open(result)
    try:
        handover_deputy_work.deputy_add_document(pkg, a.id, "letter", "Brief Jugendamt",
                                                 WORKDAY, f.image("PNG"), "brief.png")
    finally:
        pkg.close()
    said: list[tuple[int, str]] = []
    handover_return.import_return(conn, _return(result, out).path, today=LATER,
                                  progress=Progress(lambda p, t: said.append((p, t))))
    texts = [t for _p, t in said]
    assert [t for t in texts if t.startswith("Dokument")] == [
        "Dokument 1 von 2 der Rückgabe wird geprüft …",
        "Dokument 2 von 2 der Rückgabe wird geprüft …",
        "Dokument 1 von 2 wird gespeichert …", "Dokument 2 von 2 wird gespeichert …"]
    assert [p for p, _t in said] == sorted(p for p, _t in said)
    # the check is the return check's 10-40 %, each document an equal part of it
    assert [p for p, t in said if t.endswith("der Rückgabe wird geprüft …")] == [10, 25]
    assert len(documents.documents_of_person(conn, a.id)) == 2


def test_four_documents_share_the_checks_10_to_40_percent_in_equal_parts(conn, out):
    """The bar's range is 10-40 %: four documents begin at 10 + 30 × (n - 1) // 4, that is
    10, 17, 25 and 32 (with 10-41 the fourth would begin at 33)."""
    a, _b, result, _doc = _added(conn, out)
    pkg = _open(result)
    try:
        for n in range(3):
            handover_deputy_work.deputy_add_document(pkg, a.id, "letter", f"Brief {n}",
                                                     WORKDAY, f.image("PNG"), f"brief{n}.png")
    finally:
        pkg.close()
    said: list[tuple[int, str]] = []
    handover_return.import_return(conn, _return(result, out).path, today=LATER,
                                  progress=Progress(lambda p, t: said.append((p, t))))
    assert [p for p, t in said if t.endswith("der Rückgabe wird geprüft …")] == [
        10, 17, 25, 32]


def test_the_import_holds_one_of_her_documents_at_a_time(conn, out):
    """Four scans of 4.3 MB each (noise, incompressible): the worker's import holds at
    most one of them in memory (all four would be over 17 MB)."""
    import tracemalloc

    from tests.documents.test_school_package_streamed import _scan

    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        scans = [handover_deputy_work.deputy_add_document(pkg, a.id, "report", f"Scan {n}",
                                                          WORKDAY, _scan(n), f"scan{n}.png")
                 for n in range(4)]
    finally:
        pkg.close()
    ret = _return(result, out)
    largest = max(doc.size for doc in scans)
    tracemalloc.start()
    try:
        handover_return.import_return(conn, ret.path, today=LATER)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(documents.documents_of_person(conn, a.id)) == 4
    assert documents.check_documents(conn) == []
    assert peak < 2 * largest, (peak, largest)
