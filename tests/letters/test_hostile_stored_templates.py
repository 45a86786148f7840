"""Hostile templates on the way into the vault (her import, a colleague's .ssavorlage):
macros, outside links, loops, internals, a zip bomb, PDF JavaScript (opening the file or
behind a field), 10,000 fields – each refused in German, nothing kept."""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from ssa_desktop.domain import letters as dl
from ssa_desktop.reports import letter_templates as own
from ssa_desktop.services import letter_templates as store
from tests.letters.test_own_templates import docx, pdf_form, with_part

OUTSIDE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/attachedTemplate" Target="file://server/share/evil.dotm" '
    b'TargetMode="External"/></Relationships>')


def _rows(conn) -> int:
    return conn.execute("SELECT count(*) FROM letter_template").fetchone()[0]


def _field_javascript() -> bytes:
    """A form whose field runs JavaScript when it gets the focus (no open action)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_form("person.first_name"))))
    widget = writer.pages[0]["/Annots"][0].get_object()
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.launchURL('x');")})
    widget[NameObject("/AA")] = DictionaryObject({NameObject("/Fo"): action})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HOSTILE = {
    "macros": (lambda: with_part(docx("Hallo"), "word/vbaProject.bin", b"\0" * 64), "docx",
               "enthält Makros"),
    "outside template": (lambda: with_part(docx("Hallo"), "word/_rels/settings.xml.rels",
                                           OUTSIDE_RELS), "docx", "verweist auf eine Datei"),
    "loop": (lambda: docx("{% for i in range(10**9) %}x{% endfor %}"), "docx",
             "eine Schleife"),
    "internals": (lambda: docx("{{ cycler.__init__.__globals__.os }}"), "docx",
                  "interne Eigenschaften"),
    "zip bomb": (lambda: with_part(docx("Hallo"), "word/media/big.bin",
                                   b"\0" * (own.MAX_UNPACKED_BYTES + 1)), "docx",
                 "entpackt zu groß"),
    "pdf javascript on open": (lambda: pdf_form("person.first_name", js=True), "pdf",
                               "enthält JavaScript"),
    "pdf javascript behind a field": (_field_javascript, "pdf", "enthält JavaScript"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_template_is_not_kept(conn, case):
    make, file_type, words = HOSTILE[case]
    with pytest.raises(dl.TemplateRefused, match=words):
        store.import_template(conn, "Vorlage", "invitation", make(), file_type)
    assert _rows(conn) == 0


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_colleagues_hostile_file_is_not_kept(conn, tmp_path, case):
    make, file_type, words = HOSTILE[case]
    path = tmp_path / "von-kollegin.ssavorlage"
    path.write_text(json.dumps({
        "format": store.TEMPLATE_FORMAT, "version": 1, "name": "Vorlage", "kind": "invitation",
        "file_type": file_type, "mapping": {},
        "content": base64.b64encode(make()).decode("ascii")}), "utf-8")
    with pytest.raises(dl.TemplateRefused, match=words):
        store.import_template_file(conn, path)
    assert _rows(conn) == 0


@pytest.mark.parametrize(("text", "words"), [
    ('{"format": "ssa-desktop-briefvorlage", "format": "x"}', "keine Briefvorlage"),
    ('{"format": "ssa-desktop-briefvorlage", "version": 1, "name": "V", "kind": "invitation",'
     ' "file_type": "exe", "mapping": {}, "content": ""}', "keine Briefvorlage"),
    ('{"format": "ssa-desktop-briefvorlage", "version": 1, "name": "V", "kind": "invitation",'
     ' "file_type": "docx", "mapping": {}, "content": "kein base64!"}', "keine Briefvorlage"),
    (json.dumps({"format": "ssa-desktop-briefvorlage", "version": 1, "name": "V",
                 "kind": "invitation", "file_type": "pdf", "mapping": {"Feld": "case.note"},
                 "content": base64.b64encode(pdf_form("Feld")).decode()}),
     "„case.note“ gibt es nicht"),
    ('[' * 100_000, "keine Briefvorlage"),
])
def test_a_broken_or_crafted_export_file_is_refused(conn, tmp_path, text, words):
    path = tmp_path / "x.ssavorlage"
    path.write_text(text, "utf-8")
    with pytest.raises(dl.TemplateRefused, match=words):
        store.import_template_file(conn, path)
    assert _rows(conn) == 0


def _many_fields(count: int) -> bytes:
    """A one-page form listing ``count`` text fields (built with pypdf: quick)."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    fields = ArrayObject(writer._add_object(DictionaryObject({
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(f"f{n}")}))
        for n in range(count))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): fields})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_form_with_10000_fields_is_refused(conn):
    form = _many_fields(10_000)
    assert len(PdfReader(io.BytesIO(form)).get_fields()) == 10_000
    with pytest.raises(dl.TemplateRefused, match="hat 10000 Felder; mehr als 500"):
        store.import_template(conn, "Formular", "invitation", form, "pdf",
                              {"f0": "person.first_name"})
    assert _rows(conn) == 0


@pytest.mark.parametrize(("source", "words"), [
    ("{% for x in person %}x", "ein Block \\(\\{% if %\\} oder \\{% for %\\}\\) ist nicht "
                               "geschlossen"),
    ("{% if person.first_name %}x", "ist nicht geschlossen"),
    ("{% foo %}", "einen unbekannten Befehl"),
    ("{{ person.first_name }", "die Schreibweise"),
    ("{{ person first_name }}", "die Schreibweise"),
])
def test_a_template_with_a_syntax_error_is_refused_in_german_only(conn, source, words):
    """Jinja's English message (``Unexpected end of template. Jinja was looking for …``)
    is not for her; she is told in German what to look for, in which line."""
    with pytest.raises(dl.TemplateRefused, match="einen Fehler in Zeile 1") as refused:
        store.import_template(conn, "Vorlage", "invitation", docx(source), "docx")
    assert refused.match(words)
    assert not any(word in str(refused.value) for word in (
        "Jinja", "Unexpected", "expected", "tag", "token", "Encountered"))
    assert _rows(conn) == 0


def _export(**fields) -> str:
    doc = {"format": store.TEMPLATE_FORMAT, "version": 1, "name": "Vorlage",
           "kind": "invitation", "file_type": "docx", "mapping": {},
           "content": base64.b64encode(docx("Hallo")).decode("ascii")}
    return json.dumps({**doc, **fields})


@pytest.mark.parametrize("kind", ["../../etc/passwd", "", "Einladung"])
def test_a_crafted_export_with_an_unknown_letter_kind_is_refused_in_german(conn, tmp_path,
                                                                          kind):
    """The app's internal kind keys (invitation, consent_release, …) are not hers to read."""
    path = tmp_path / "x.ssavorlage"
    path.write_text(_export(kind=kind), "utf-8")
    with pytest.raises(dl.TemplateRefused, match="Briefart, die SSA Desktop nicht kennt") \
            as refused:
        store.import_template_file(conn, path)
    assert "invitation" not in str(refused.value)
    assert _rows(conn) == 0


def test_a_name_with_direction_overrides_or_controls_is_kept_cleaned(conn, tmp_path):
    """„Einladung\\u202excod.exe“ would show reversed in her list; a NUL or line break
    in a name is no name she typed."""
    path = tmp_path / "x.ssavorlage"
    path.write_text(_export(name="Ein\x00ladung\n7b\u202eexe.fdp"), "utf-8")
    kept = store.import_template_file(conn, path)
    assert kept.name == "Ein ladung 7bexe.fdp"
    assert store.get(conn, kept.id).name == kept.name


@pytest.mark.parametrize("fields", [
    {"file_type": "pdf", "mapping": {"A" * 200_000: "person.first_name"}},
    {"file_type": "pdf", "mapping": {"Feld": "x" * 200_000}},
    {"content": base64.b64encode(docx("{{ " + "a" * 100_000 + " }}")).decode("ascii")},
    {"content": base64.b64encode(docx("{{ person." + "b" * 100_000 + " }}")).decode("ascii")},
])
def test_a_huge_name_in_a_crafted_file_is_refused_in_a_message_that_fits(conn, tmp_path,
                                                                         fields):
    """A field or placeholder name of 100,000 characters was quoted whole: her message box
    grew wider than any screen, its OK off it. The name is quoted shortened."""
    if fields.get("file_type") == "pdf":
        fields["content"] = base64.b64encode(pdf_form("Feld")).decode("ascii")
    path = tmp_path / "x.ssavorlage"
    path.write_text(_export(**fields), "utf-8")
    with pytest.raises(dl.TemplateRefused) as refused:
        store.import_template_file(conn, path)
    assert len(str(refused.value)) < 400 and "…“" in str(refused.value), str(refused.value)[:300]
    assert _rows(conn) == 0
