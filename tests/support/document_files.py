"""Real files for the document tests: a PDF (reportlab), images (Pillow, which reportlab
brings), a DOCX and an ODT (zip packages), made in memory, plus hostile ones built from them."""

from __future__ import annotations

import io
import zipfile

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def pdf(pages: int = 1, text: str = "Einwilligung Kim Sommer") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        c.drawString(72, 760, f"{text} – Seite {page + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def image(fmt: str = "PNG", size: tuple[int, int] = (120, 80), pages: int = 1) -> bytes:
    buf = io.BytesIO()
    frames = [Image.new("RGB", size, (200, 30 * i % 255, 40)) for i in range(pages)]
    frames[0].save(buf, format=fmt, save_all=pages > 1, append_images=frames[1:])
    return buf.getvalue()


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def docx(text: str = "Brief vom Jugendamt") -> bytes:
    """A minimal WordprocessingML package as Word writes one (three parts)."""
    body = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
            f"{text}</w:t></w:r></w:p></w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", body)
    return buf.getvalue()


def odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
        z.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return buf.getvalue()


def zip_bomb_docx() -> bytes:
    """A DOCX whose one member unpacks to 300 MB of zeros (about 300 KB packed)."""
    buf = io.BytesIO()
    original = zipfile.ZipFile(io.BytesIO(docx()))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in original.infolist():
            z.writestr(item.filename, original.read(item.filename))
        with z.open("word/media/bomb.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    return buf.getvalue()


def docx_with(extra: dict[str, bytes]) -> bytes:
    """A real DOCX with members added or replaced (macros, links)."""
    buf = io.BytesIO()
    original = zipfile.ZipFile(io.BytesIO(docx()))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for item in original.infolist():
            if item.filename not in extra:
                z.writestr(item.filename, original.read(item.filename))
        for name, data in extra.items():
            z.writestr(name, data)
    return buf.getvalue()


def huge_png_header() -> bytes:
    """A real PNG whose IHDR claims 100,000 × 100,000 pixels."""
    data = bytearray(image("PNG"))
    data[16:24] = (100_000).to_bytes(4, "big") * 2
    return bytes(data)
