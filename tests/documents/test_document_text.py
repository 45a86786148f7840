"""„Text auslesen“ only when she asks: the text layer of a PDF is read with pypdf (no OCR)
into the vault's full-text index, so Strg+K finds its words – not before she asked – and it
goes with the document: after a deletion (by hand or with the person) no page of the vault
file or its WAL holds a word of it (docs/documents.md)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import documents, retention, search
from ssa_desktop.services.operations import DataKind, changes_of
from ssa_desktop.storage.connection import checkpoint
from tests.retention.fixtures import full_person
from tests.support import document_files as f
from tests.support.sqlcipher_pages import pages_holding

DAY = date(2026, 3, 2)
WORDS = ["Kastanienweg", "Hausaufgabenbetreuung"]


def _document_hits(conn, text: str) -> list[str]:
    return [h.id for h in search.search(conn, text) if h.kind == "document"]


def _letter(conn, pupil):
    return documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY,
                                  f.pdf(pages=2, text="Hausaufgabenbetreuung am Kastanienweg"))


def _scan_pdf() -> bytes:
    """A scan as a copier writes it: one page that is only a picture, no text layer."""
    picture = io.BytesIO()
    Image.new("RGB", (200, 280), (240, 240, 230)).save(picture, format="PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, *A4)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_strg_k_finds_a_word_of_the_text_only_after_she_asked(conn, pupil):
    doc = _letter(conn, pupil)
    assert _document_hits(conn, "Kastanienweg") == []
    assert changes_of(documents.read_text).touches(DataKind.DOCUMENTS)
    assert documents.read_text(conn, doc.id) == 2   # pages with text
    assert documents.has_text(conn, doc.id)
    assert _document_hits(conn, "Kastanienweg") == [doc.id]
    assert _document_hits(conn, "kastanien") == [doc.id]          # a prefix, as everywhere
    assert _document_hits(conn, "Brief hausaufgaben") == [doc.id]   # title and text together
    assert _document_hits(conn, "Kastanienweg Zirkus") == []
    assert documents.read_text(conn, doc.id) == 2   # asked again: the same, once
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 1


def test_a_restricted_persons_text_is_not_found(conn, pupil):
    doc = _letter(conn, pupil)
    documents.read_text(conn, doc.id)
    retention.restrict(conn, pupil.id, today=DAY)
    assert _document_hits(conn, "Kastanienweg") == []


def test_a_scan_without_text_and_an_image_are_told_honestly(conn, pupil):
    scan = documents.add_document(conn, d.Owner("person", pupil.id), "consent", "Scan", DAY,
                                  _scan_pdf())
    with pytest.raises(UserError, match="keine Texterkennung"):
        documents.read_text(conn, scan.id)
    image = documents.add_document(conn, d.Owner("person", pupil.id), "other", "Foto", DAY,
                                   f.image("PNG"))
    with pytest.raises(UserError, match="nur aus PDF"):
        documents.read_text(conn, image.id)
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 0


@pytest.mark.parametrize("how", ["by hand", "with the person"])
def test_the_text_goes_with_the_document_from_the_index_and_every_page(open_vault, conn, how):
    pupil = full_person(conn, 1, leaving=date(2025, 7, 31), school_id="school-1").person
    doc = _letter(conn, pupil)
    documents.read_text(conn, doc.id)
    checkpoint(conn)
    path, key = open_vault.vault.db_path, bytes(open_vault.data_key)
    assert {w for _, _, w in pages_holding(path, key, WORDS)} == set(WORDS)
    if how == "by hand":
        documents.delete_document(conn, doc.id)
    else:
        report = retention.apply(conn, [("person", pupil.id)], today=DAY)
        assert report.entries[0].counts["Dokumente (mit ihren Schlüsseln)"] == 1
    assert _document_hits(conn, "Kastanienweg") == []
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 0
    checkpoint(conn)
    assert pages_holding(path, key, WORDS) == []
