"""Files are taken by content, never by name, and hostile files are refused by name with a
German sentence (domain/documents.py)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import documents as d
from tests.support import document_files as f


@pytest.mark.parametrize(("make", "mime"), [
    (f.pdf, d.PDF), (lambda: f.image("PNG"), d.PNG), (lambda: f.image("JPEG"), d.JPEG),
    (lambda: f.image("TIFF", pages=3), d.TIFF), (f.docx, d.DOCX), (f.odt, d.ODT)])
def test_real_files_are_told_by_their_content(make, mime):
    assert d.detect(make(), "egal.txt") == mime


def test_the_name_does_not_decide():
    with pytest.raises(d.DocumentRefused, match="„rechnung.pdf“ wurde nicht übernommen: Das ist keine"):
        d.detect(b"MZ\x90\x00 this is an exe", "rechnung.pdf")


@pytest.mark.parametrize(("data", "why"), [
    (f.pdf()[:-200], "unvollständig"),
    (f.image("PNG")[:-30], "unvollständig"),
    (f.image("JPEG")[:-100], "unvollständig"),
    (f.image("TIFF", pages=2)[:-40], "unvollständig"),
    (f.docx()[:-100], "unvollständig"),
    (b"", "leer"),
])
def test_truncated_files_are_refused(data, why):
    with pytest.raises(d.DocumentRefused, match=why):
        d.detect(data, "scan")


def test_the_size_limit_is_named_in_megabytes():
    data = f.pdf() + b"\0" * (d.MAX_BYTES)
    with pytest.raises(d.DocumentRefused, match="größer als 25 MB"):
        d.detect(data, "riesig.pdf")


def test_a_file_of_exactly_the_limit_is_taken():
    data = f.pdf()
    data = b"%PDF-1.4\n" + b"\0" * (d.MAX_BYTES - len(data) - 9) + data
    assert len(data) == d.MAX_BYTES
    assert d.detect(data) == d.PDF


def test_a_zip_bomb_docx_is_refused():
    with pytest.raises(d.DocumentRefused, match="Zip-Bombe"):
        d.detect(f.zip_bomb_docx(), "bombe.docx")


def test_huge_dimensions_are_refused():
    with pytest.raises(d.DocumentRefused, match="100000 × 100000 Pixeln zu groß"):
        d.detect(f.huge_png_header(), "poster.png")


def test_a_tiff_of_too_many_pages_is_refused(monkeypatch):
    monkeypatch.setattr(d, "MAX_TIFF_PAGES", 3)
    assert d.detect(f.image("TIFF", pages=3)) == d.TIFF
    with pytest.raises(d.DocumentRefused, match="mehr als 3 Seiten"):
        d.detect(f.image("TIFF", pages=4))


def test_a_docx_with_macros_is_refused():
    with pytest.raises(d.DocumentRefused, match="Makros"):
        d.detect(f.docx_with({"word/vbaProject.bin": b"\0" * 64}), "brief.docx")


def test_a_docx_fetching_an_outside_template_is_refused_but_a_hyperlink_is_taken():
    rels = ('<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="r9" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" '
            'Target="\\\\server\\share\\t.dotm" TargetMode="External"/></Relationships>')
    with pytest.raises(d.DocumentRefused, match="außerhalb"):
        d.detect(f.docx_with({"word/_rels/settings.xml.rels":
                              rels.format("attachedTemplate").encode()}))
    assert d.detect(f.docx_with({"word/_rels/settings.xml.rels":
                                 rels.format("hyperlink").encode()})) == d.DOCX


def test_names_lose_their_path_and_direction_overrides():
    assert d.shown_name("../../etc/passwd") == "passwd"
    assert d.shown_name("C:\\Users\\x\\scan\u202egnp.exe") == "scangnp.exe"
