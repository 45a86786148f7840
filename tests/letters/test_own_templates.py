"""Her own templates: DOCX (docxtpl, sandboxed) and PDF forms (pypdf), filled from the
vault and read back; hostile templates refused in German with nothing made."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from ssa_desktop.domain import letters as dl
from ssa_desktop.reports import letter_templates as own
from ssa_desktop.services import letters as svc

INVITATION = dl.KINDS["invitation"]
PARTICIPATION = dl.KINDS["participation"]


def docx(*paragraphs: str, header: str = "") -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    head = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    return head + "\n" + "\n".join(p.text for p in doc.paragraphs)


def with_part(data: bytes, name: str, content: bytes, replace: dict | None = None) -> bytes:
    """``data`` with one more zip member (or members rewritten)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            for old, new in (replace or {}).get(item.filename, ()):
                body = body.replace(old, new)
            dst.writestr(item, body)
        if name:
            dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_form(*names: str, js: bool = False) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for index, name in enumerate(names):
        canvas.acroForm.textfield(name=name, x=50, y=780 - (index % 30) * 25, width=200,
                                  height=18)
        if index % 30 == 29:
            canvas.showPage()
    if len(names) % 30:
        canvas.showPage()
    canvas.save()
    if not js:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    from pypdf.actions import JavaScript
    writer.add_open_action(JavaScript("app.alert('hallo');"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- DOCX -----------------------------------------------------------------------------------

def test_a_docx_template_is_filled_from_the_vault(conn, records):
    template = docx("Liebe Eltern von {{ person.first_name }},",
                    "Termin: {{ appointment.day }} um {{ appointment.start }} Uhr, "
                    "{{ appointment.room }}.",
                    "{% if person.class_label %}Klasse {{ person.class_label|upper }}{% endif %}",
                    header="{{ traeger.name }}")
    made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                            records["appointment"], template=template,
                                            template_type="docx"))
    text = docx_text(made.data)
    assert "Liebe Eltern von Kim," in text
    assert "Termin: 02.12.2026 um 14:00 Uhr, Beratungsraum." in text
    assert "Klasse 7B" in text
    assert "Jugendhilfe Breisgau e. V." in text
    assert "GEHEIM" not in text
    assert made.file_type == "docx" and made.file_name.endswith(".docx")


def test_a_value_with_markup_characters_stays_text(conn, records):
    from ssa_desktop.services import settings
    settings.set_value(conn, dl.TRAEGER_NAME, "Müller & Söhne <gGmbH>")
    made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                            records["appointment"],
                                            template=docx("{{ traeger.name }}"),
                                            template_type="docx"))
    assert "Müller & Söhne <gGmbH>" in docx_text(made.data)


@pytest.mark.parametrize("placeholder, words", [
    ("{{ person.frist_name }}", "Den Platzhalter „person.frist_name“ gibt es nicht"),
    ("{{ case.note }}", "Den Platzhalter „case.note“ gibt es nicht"),
    ("{{ consent.purpose }}", "„consent.purpose“ gehört nicht in eine Teilnahmebestätigung"),
])
def test_an_unknown_or_not_allowed_placeholder_is_refused_naming_it(placeholder, words):
    with pytest.raises(dl.TemplateRefused, match=words):
        own.check_docx(docx("Hallo", placeholder), PARTICIPATION)


@pytest.mark.parametrize("hostile, words", [
    ("{{ person.__class__ }}", "interne Eigenschaften \\(„person.__class__“\\)"),
    ("{{ person.first_name.__class__.__mro__ }}", "interne Eigenschaften"),
    ("{{ person['__class__'] }}", "einen Zugriff mit \\[ \\]"),
    ("{{ lipsum.__globals__ }}", "interne Eigenschaften"),
    ("{{ cycler.__init__.__globals__.os }}", "interne Eigenschaften"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
     "eine Schleife"),
    ("{{ person.first_name * 1000000000 }}", "„Mul“"),
    ("{{ person.first_name|attr('__class__') }}", "den Filter „attr“"),
    ("{% set x = person %}", "eine Zuweisung"),
    ("{% include 'x' %}", "ein Include"),
    ("{{ self.__init__ }}", "interne Eigenschaften"),
    ("{{ person.first_name.upper() }}", "einen Funktionsaufruf"),
    ("{% if %}", "einen Fehler in Zeile 1"),
])
def test_a_hostile_docx_placeholder_is_refused_in_german(hostile, words):
    with pytest.raises(dl.TemplateRefused, match=words):
        own.check_docx(docx("Sehr geehrte Eltern,", hostile), INVITATION)


def test_a_hostile_placeholder_in_the_header_is_refused_too():
    with pytest.raises(dl.TemplateRefused, match="interne Eigenschaften"):
        own.check_docx(docx("Hallo", header="{{ person.__class__ }}"), INVITATION)


def test_a_docx_with_macros_is_refused():
    data = with_part(docx("Hallo"), "word/vbaProject.bin", b"\x00" * 64)
    with pytest.raises(dl.TemplateRefused, match="enthält Makros"):
        own.check_docx(data, INVITATION)


def test_a_docx_linking_an_outside_template_is_refused():
    rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/attachedTemplate" Target="file://server/share/evil.dotm" '
            b'TargetMode="External"/></Relationships>')
    data = with_part(docx("Hallo"), "word/_rels/settings.xml.rels", rels)
    with pytest.raises(dl.TemplateRefused, match="außerhalb \\(„file://server/share/evil.dotm“\\)"):
        own.check_docx(data, INVITATION)


def test_a_zip_bomb_and_a_non_docx_are_refused():
    bomb = with_part(docx("Hallo"), "word/media/big.bin", b"\0" * (own.MAX_UNPACKED_BYTES + 1))
    with pytest.raises(dl.TemplateRefused, match="entpackt zu groß"):
        own.check_docx(bomb, INVITATION)
    with pytest.raises(dl.TemplateRefused, match="keine DOCX-Datei"):
        own.check_docx(b"PK\x03\x04 nothing", INVITATION)


def test_a_refused_template_makes_nothing(conn, records, tmp_path):
    folder = tmp_path / "briefe"
    folder.mkdir()
    target = folder / "brief.docx"
    with pytest.raises(dl.TemplateRefused):
        made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                                records["appointment"],
                                                template=docx("{{ person.__class__ }}"),
                                                template_type="docx"))
        svc.save_to(target, made)
    assert list(folder.iterdir()) == []


# -- PDF forms ----------------------------------------------------------------------------

def test_a_pdf_form_is_filled_by_field_names_and_her_mapping(conn, records):
    form = pdf_form("person.first_name", "Klasse", "Angebot", "Bemerkung")
    made = svc.make(conn, svc.LetterRequest(
        "participation", records["person"], records["offer"], template=form,
        template_type="pdf", mapping={"Klasse": "person.class_label", "Angebot": "offer.title"}))
    values = {name: field.get("/V") for name, field in
              PdfReader(io.BytesIO(made.data)).get_fields().items()}
    assert values["person.first_name"] == "Kim"
    assert values["Klasse"] == "7b"
    assert values["Angebot"] == "Soziales Lernen 7b"
    assert values["Bemerkung"] in (None, "")


def test_a_pdf_form_mapping_to_a_field_its_kind_may_not_use_is_refused():
    form = pdf_form("Zweck")
    with pytest.raises(dl.TemplateRefused, match="„consent.purpose“ gehört nicht"):
        own.form_mapping(form, PARTICIPATION, {"Zweck": "consent.purpose"})
    with pytest.raises(dl.TemplateRefused, match="kein Feld „Fehlt“"):
        own.form_mapping(form, PARTICIPATION, {"Fehlt": "person.first_name"})


def test_a_pdf_form_with_javascript_is_refused():
    with pytest.raises(dl.TemplateRefused, match="enthält JavaScript"):
        own.form_mapping(pdf_form("person.first_name", js=True), INVITATION, {})


def test_a_pdf_form_with_too_many_fields_is_refused():
    form = pdf_form(*(f"f{n}" for n in range(own.MAX_FIELDS + 1)))
    with pytest.raises(dl.TemplateRefused, match=f"hat {own.MAX_FIELDS + 1} Felder"):
        own.form_mapping(form, INVITATION, {})


def test_a_pdf_without_fields_or_no_pdf_is_refused():
    with pytest.raises(dl.TemplateRefused, match="keine ausfüllbaren Formularfelder"):
        own.form_mapping(pdf_form(), INVITATION, {})
    with pytest.raises(dl.TemplateRefused, match="kein lesbares PDF-Formular"):
        own.form_mapping(b"%PDF-1.4 kaputt", INVITATION, {})


@pytest.mark.parametrize("deep", [
    "{{ " + "(" * 20000 + "person.first_name" + ")" * 20000 + " }}",
    "{% if " + "not " * 20000 + "person.first_name %}x{% endif %}",
])
def test_a_template_nested_too_deep_is_refused_not_a_crash(deep):
    with pytest.raises(dl.TemplateRefused, match="zu tief verschachtelt"):
        own.check_docx(docx("Hallo", deep), INVITATION)


def test_a_letter_from_her_docx_is_kept_as_a_document(conn, records):
    from ssa_desktop.services import documents

    request = svc.LetterRequest("invitation", records["person"], records["appointment"],
                                "Familie Sommer", template=docx("Für {{ person.first_name }}"),
                                template_type="docx")
    made = svc.make(conn, request)
    doc = svc.keep(conn, request, made, "einladung.docx")
    assert doc.title == "Einladung zum Gespräch an Familie Sommer (Vorlage einladung.docx)"
    assert "Für Kim" in docx_text(documents.read_content(conn, doc))
