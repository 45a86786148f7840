"""Her own templates kept in the vault (migration ``letter_templates``): imported once
(checked: an unknown placeholder is refused naming it, nothing stored), listed, used for a
letter with the PDF form's mapping kept with it, exported for a colleague without any
personal data, deleted."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter

from ssa_desktop.domain import letters as dl
from ssa_desktop.services import letter_templates as store
from ssa_desktop.services import letters as svc
from tests.letters.test_own_templates import docx, docx_text, pdf_form


def _rows(conn) -> int:
    return conn.execute("SELECT count(*) FROM letter_template").fetchone()[0]


def _authored_docx(*paragraphs: str, author: str) -> bytes:
    doc = Document(io.BytesIO(docx(*paragraphs)))
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_her_docx_is_kept_in_the_vault_and_makes_the_letter(conn, records):
    stored = store.import_template(conn, "Einladung Eltern", "invitation",
                                 docx("Liebe Eltern von {{ person.first_name }}"), "docx")
    assert _rows(conn) == 1
    assert [(t.name, t.kind, t.file_type) for t in store.stored_templates(conn)] == [
        ("Einladung Eltern", "invitation", "docx")]
    made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                            records["appointment"], template_id=stored.id))
    assert "Liebe Eltern von Kim" in docx_text(made.data)
    assert made.file_type == "docx"


def test_a_stored_template_is_only_for_its_kind(conn, records):
    stored = store.import_template(conn, "Einladung", "invitation",
                                 docx("{{ person.first_name }}"), "docx")
    with pytest.raises(dl.TemplateRefused, match="ist für „Einladung zum Gespräch“"):
        svc.make(conn, svc.LetterRequest("participation", records["person"], records["offer"],
                                         template_id=stored.id))


@pytest.mark.parametrize(("placeholder", "named"), [
    ("person.frist_name", "Den Platzhalter „person.frist_name“ gibt es nicht"),
    ("consent.purpose", "Der Platzhalter „consent.purpose“ gehört nicht in eine Einladung"),
])
def test_import_refuses_an_unknown_placeholder_naming_it_and_stores_nothing(conn, placeholder,
                                                                           named):
    with pytest.raises(dl.TemplateRefused, match=named):
        store.import_template(conn, "Einladung", "invitation",
                            docx("Hallo {{ " + placeholder + " }}"), "docx")
    assert _rows(conn) == 0


def test_a_pdf_form_is_kept_with_its_mapping(conn, records):
    form = pdf_form("Vorname", "Angebot")
    with pytest.raises(dl.TemplateRefused, match="kein Feld „Fehlt“"):
        store.import_template(conn, "Bestätigung", "participation", form, "pdf",
                            {"Fehlt": "person.first_name"})
    assert _rows(conn) == 0
    stored = store.import_template(conn, "Bestätigung", "participation", form, "pdf",
                                 {"Vorname": "person.first_name", "Angebot": "offer.title"})
    assert store.stored_templates(conn)[0].mapping == {"Vorname": "person.first_name",
                                                     "Angebot": "offer.title"}
    made = svc.make(conn, svc.LetterRequest("participation", records["person"], records["offer"],
                                            template_id=stored.id))
    values = {n: f.get("/V") for n, f in PdfReader(io.BytesIO(made.data)).get_fields().items()}
    assert values == {"Vorname": "Kim", "Angebot": "Soziales Lernen 7b"}


def test_a_pdf_form_with_no_field_for_a_placeholder_is_not_kept(conn):
    with pytest.raises(dl.TemplateRefused, match="Kein Feld des Formulars ist einem Platzhalter"):
        store.import_template(conn, "Formular", "invitation", pdf_form("Feld1", "Feld2"), "pdf")
    assert _rows(conn) == 0


def test_a_second_template_of_the_same_name_is_refused(conn):
    store.import_template(conn, "Einladung", "invitation", docx("{{ person.first_name }}"), "docx")
    with pytest.raises(dl.TemplateRefused, match="„Einladung“ gibt es schon"):
        store.import_template(conn, "Einladung", "invitation", docx("x"), "docx")
    assert _rows(conn) == 1


def test_export_carries_template_and_mapping_and_no_personal_data(conn, records, tmp_path,
                                                                  pupil):
    author = "Jana Berger"
    stored = store.import_template(conn, "Einladung", "invitation", _authored_docx(
        "Liebe Eltern von {{ person.first_name }}", author=author), "docx")
    svc.make(conn, svc.LetterRequest("invitation", records["person"], records["appointment"],
                                     template_id=stored.id))
    out_dir = tmp_path / "fuer-kollegin"
    out_dir.mkdir()
    path = store.export_template(conn, stored.id, out_dir / "einladung.ssavorlage")
    raw = path.read_bytes()
    doc = json.loads(raw)
    assert (doc["format"], doc["name"], doc["kind"], doc["file_type"]) == (
        store.TEMPLATE_FORMAT, "Einladung", "invitation", "docx")
    content = base64.b64decode(doc["content"])
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        unpacked = b"".join(archive.read(n) for n in archive.namelist())
    # her name left the document's properties on import; no value of the vault is in it
    assert Document(io.BytesIO(content)).core_properties.author == ""
    assert Document(io.BytesIO(content)).core_properties.last_modified_by == ""
    for secret in (author, pupil.first_name, pupil.last_name, "Beratungsraum"):
        assert secret.encode() not in raw and secret.encode() not in unpacked
    assert b"{{ person.first_name }}" in unpacked
    assert [p.name for p in out_dir.iterdir()] == ["einladung.ssavorlage"]
    # the colleague imports it: the same template, the same name
    store.delete_template(conn, stored.id)
    assert _rows(conn) == 0
    again = store.import_template_file(conn, path)
    assert (again.name, again.kind, again.file_type) == ("Einladung", "invitation", "docx")
    assert store.template_content(conn, again.id) == content


def test_a_pdf_forms_author_is_not_kept(conn):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_form("person.first_name"))))
    writer.add_metadata({"/Author": "Jana Berger", "/Title": "Einladung"})
    out = io.BytesIO()
    writer.write(out)
    stored = store.import_template(conn, "Formular", "invitation", out.getvalue(), "pdf")
    kept = store.template_content(conn, stored.id)
    assert b"Jana Berger" not in kept
    assert "/Author" not in (PdfReader(io.BytesIO(kept)).metadata or {})


def test_import_of_a_broken_export_file_is_refused_in_german(conn, tmp_path):
    path = tmp_path / "kaputt.ssavorlage"
    path.write_text('{"format": "etwas anderes"}', "utf-8")
    with pytest.raises(dl.TemplateRefused, match="keine Briefvorlage von SSA Desktop"):
        store.import_template_file(conn, path)
    assert _rows(conn) == 0
