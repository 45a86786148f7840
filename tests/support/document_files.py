"""Real files for the document tests: a PDF (reportlab), images (Pillow), a DOCX
(python-docx) and an ODT, made in memory, plus hostile ones built from them."""

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


def docx(text: str = "Brief vom Jugendamt") -> bytes:
    import docx as python_docx
    document = python_docx.Document()
    document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
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
