"""Hostile files at the viewer (issue 61, docs/documents.md „Anzeigen ohne Klartextkopie“):
a PDF page that claims to be 70 metres wide (a „PDF bomb“ for the renderer) is drawn at most
``MAX_SIDE`` pixels, whatever the zoom; the PDFium the product ships is built without its
JavaScript engine (V8) and without XFA forms, so a document's script never runs. And the
emergency key, which opens the vault, opens its documents too."""

from __future__ import annotations

from datetime import date

import pypdfium2.version

from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.documents.render import MAX_SIDE, Pages
from tests.support import document_files as f


def _pdf_of_page(width: int, height: int) -> bytes:
    """A one-page PDF of the given size in points, with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] >>".encode()]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def test_a_page_of_200000_points_is_drawn_at_most_max_side(qapp):
    data = _pdf_of_page(200_000, 150_000)
    assert d.detect(data, "riesig.pdf") == d.PDF
    pages = Pages(data, d.PDF)
    try:
        for zoom in (1.0, 8.0):
            image = pages.image(0, zoom)
            assert max(image.width(), image.height()) <= MAX_SIDE
            assert not image.isNull()
    finally:
        pages.close()


def test_the_pdf_renderer_has_no_javascript_and_no_xfa():
    flags = set(pypdfium2.version.PDFIUM_INFO.flags)
    assert not flags & {"V8", "XFA"}, flags


def test_the_emergency_key_opens_her_documents(open_vault, pupil):
    data = f.pdf(text="Schweigepflichtentbindung")
    doc = documents.add_document(open_vault.conn, d.Owner("person", pupil.id), "release",
                                 "SPE", date(2026, 11, 21), data, "spe.pdf")
    emergency, folder = open_vault.emergency_key(), open_vault.vault.folder
    open_vault.lock()
    session = Vault(folder).unlock_with_emergency_key(emergency)
    try:
        assert documents.read_content(session.conn, documents.get_document(session.conn,
                                                                         doc.id)) == data
    finally:
        session.lock()
