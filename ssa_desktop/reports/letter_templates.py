"""Her own templates: a DOCX with placeholders (``docxtpl``) and a fillable PDF form
(``pypdf``), checked before anything is filled and filled in memory.

A DOCX is refused when it carries macros, links to outside files (an attached template,
a linked picture or object) or more than the limits below; its text (body, headers,
footers, footnotes, document properties) goes through ``domain.letter_sandbox``: only
declared placeholders for the letter's kind, no loops, calls or internals. A PDF form
is refused when it carries JavaScript or actions that start programs or send data, or
more than ``MAX_FIELDS`` fields; each form field is filled from the placeholder it is
mapped to (a field named like a placeholder, ``person.first_name``, maps to it).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from ..domain.errors import UserError
from ..domain.letters import (
    FIELDS,
    LetterKind,
    TemplateRefused,
    check_placeholders,
    quoted,
)
from ..domain.writing import Writing

MAX_TEMPLATE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
MAX_PARTS = 2000
MAX_FIELDS = 500
MAX_PDF_OBJECTS = 200_000
_HYPERLINK = "/relationships/hyperlink"
_EXTERNAL = re.compile(rb"<Relationship\b[^>]*>", re.S)


def _size(data: bytes) -> None:
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateRefused("Die Vorlage ist größer als 10 MB; es wurde nichts erstellt.")


# -- DOCX ----------------------------------------------------------------------------------

def _docx_parts(data: bytes) -> zipfile.ZipFile:
    _size(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TemplateRefused("Die Datei ist keine DOCX-Datei (oder sie ist beschädigt).") from None
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise TemplateRefused("Die DOCX-Datei ist entpackt zu groß; es wurde nichts erstellt.")
    return archive


def _refuse_macros_and_links(archive: zipfile.ZipFile) -> None:
    names = archive.namelist()
    if "word/document.xml" not in names:
        raise TemplateRefused("Die Datei ist keine DOCX-Datei (word/document.xml fehlt).")
    types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    if (any("vbaproject" in n.lower() or n.lower().startswith("word/activex") for n in names)
            or b"macroEnabled" in types):
        raise TemplateRefused("Die Vorlage enthält Makros. Vorlagen mit Makros werden nicht "
                              "verwendet; bitte speichern Sie sie in Word als „Word-Dokument "
                              "(*.docx)“.")
    for name in names:
        if not name.endswith(".rels"):
            continue
        for rel in _EXTERNAL.findall(archive.read(name)):
            if b'TargetMode="External"' in rel and _HYPERLINK.encode() not in rel:
                target = re.search(rb'Target="([^"]*)"', rel)
                shown = target.group(1).decode("utf-8", "replace")[:80] if target else ""
                raise TemplateRefused(f"Die Vorlage verweist auf eine Datei außerhalb "
                                      f"(„{shown}“). Solche Verweise werden nicht geöffnet; "
                                      "bitte betten Sie Bilder ein und entfernen Sie den "
                                      "Verweis.")


def _docx_sources(tpl) -> list[str]:
    """The texts docxtpl renders: body, headers, footers, footnotes, properties."""
    from docx.oxml import parse_xml

    sources = [tpl.patch_xml(tpl.get_xml())]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for rel in tpl.docx._part.rels.values():
            if rel.reltype == uri and rel.target_part.blob:
                sources.append(tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob))))
    for part in tpl.docx.part.package.parts:
        if part.content_type.endswith(".footnotes+xml"):
            sources.append(tpl.patch_xml(part.blob.decode("utf-8")))
    props = tpl.docx.core_properties
    sources += [getattr(props, name) or "" for name in
                ("author", "comments", "identifier", "language", "subject", "title")]
    return sources


def _open_docx(data: bytes):
    """The template and the texts docxtpl would render; refused when unreadable."""
    from docxtpl import DocxTemplate

    with _docx_parts(data) as archive:
        _refuse_macros_and_links(archive)
    tpl = DocxTemplate(io.BytesIO(data))
    try:
        tpl.init_docx()
        return tpl, _docx_sources(tpl)
    except Exception:  # python-docx and lxml raise many kinds on a broken package
        raise TemplateRefused("Die DOCX-Datei kann nicht gelesen werden.") from None


def check_docx(data: bytes, kind: LetterKind) -> set[str]:
    """The placeholders of a DOCX template; ``TemplateRefused`` (German) otherwise."""
    from ..domain import letter_sandbox as sandbox  # Jinja: loaded with her own template

    return sandbox.check(_open_docx(data)[1], kind)


def fill_docx(data: bytes, values: Mapping[str, str], kind: LetterKind) -> bytes:
    """The DOCX filled with ``values``, in memory (checked first)."""
    from ..domain import letter_sandbox as sandbox

    tpl, sources = _open_docx(data)
    sandbox.check(sources, kind)
    env = sandbox.environment()
    try:
        tpl.render(sandbox.context(values, kind), jinja_env=env, autoescape=True)
    except Exception as err:  # the sandbox's SecurityError or a template error
        raise TemplateRefused(f"Die Vorlage konnte nicht ausgefüllt werden "
                              f"({type(err).__name__}); es wurde nichts erstellt.") from None
    out = io.BytesIO()
    try:
        tpl.save(out)
    except Exception:  # the filled package could not be written (a broken part)
        raise TemplateRefused("Die ausgefüllte DOCX-Datei konnte nicht erstellt werden.") from None
    return out.getvalue()


_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _relation_ids(element) -> set[str]:
    return {value for node in element.iter() for key, value in node.attrib.items()
            if key.startswith(_R_NS)}


def join_pdf(parts: list[bytes]) -> bytes:
    """The PDFs ``parts`` as one PDF, in order (each letter starts on its own page)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def join_docx(parts: list[bytes]) -> bytes:
    """One DOCX of letters filled from one template (a serial letter): the body of each
    after the first begins on a new page; the first letter's page, header, footer and
    styles serve all. A letter referring to a part (an image) the first does not hold the
    same way is refused in German; nothing is written."""
    from copy import deepcopy

    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    first = Document(io.BytesIO(parts[0]))
    body = first.element.body
    section = body.find(qn("w:sectPr"))
    shapes = [int(n.get("id", "0")) for n in body.iter(qn("wp:docPr"))]
    next_shape = max(shapes, default=0) + 1
    for data in parts[1:]:
        other = Document(io.BytesIO(data))
        for rid in _relation_ids(other.element.body):
            mine, theirs = first.part.rels.get(rid), other.part.rels.get(rid)
            if (mine is None or theirs is None or mine.reltype != theirs.reltype
                    or mine.target_ref != theirs.target_ref):
                raise TemplateRefused("Die Briefe dieser Word-Vorlage lassen sich nicht zu "
                                      "einer Datei zusammenfügen; es wurde nichts erstellt.")
        children = [deepcopy(c) for c in other.element.body if c.tag != qn("w:sectPr")]
        for node in (n for c in children for n in c.iter(qn("wp:docPr"))):
            node.set("id", str(next_shape))   # each drawing's id once in the file
            next_shape += 1
        if children and children[0].tag == qn("w:p"):
            children[0].get_or_add_pPr().append(OxmlElement("w:pageBreakBefore"))
        else:   # a table first: a paragraph with a page break before it
            brk = OxmlElement("w:br")
            brk.set(qn("w:type"), "page")
            run, para = OxmlElement("w:r"), OxmlElement("w:p")
            run.append(brk)
            para.append(run)
            children.insert(0, para)
        for child in children:
            if section is not None:
                section.addprevious(child)
            else:
                body.append(child)
    out = io.BytesIO()
    first.save(out)
    return out.getvalue()


# -- PDF forms -----------------------------------------------------------------------------

_ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "den Start eines Programms",
            "/SubmitForm": "das Absenden des Formulars", "/ImportData": "das Laden von Daten",
            "/URI": "einen Aufruf einer Internetadresse", "/GoToR": "einen Verweis auf eine "
            "andere Datei", "/Rendition": "das Abspielen von Medien"}


def _walk_pdf(obj, seen: set[int], budget: list[int]) -> None:
    """Refuse JavaScript and outward actions anywhere in the object graph."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = item.idnum
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        budget[0] -= 1
        if budget[0] < 0:
            raise TemplateRefused("Das PDF-Formular ist zu umfangreich; es wurde nichts erstellt.")
        if isinstance(item, DictionaryObject):
            if "/JS" in item or item.get("/S") in _ACTIONS:
                what = _ACTIONS.get(str(item.get("/S")), "JavaScript")
                raise TemplateRefused(f"Das PDF-Formular enthält {what}. Solche Formulare "
                                      "werden nicht verwendet; es wurde nichts erstellt.")
            stack.extend(v for k, v in item.items() if k != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def _too_many(count: int) -> TemplateRefused:
    return TemplateRefused(f"Das PDF-Formular hat {count} Felder; mehr als {MAX_FIELDS} "
                           "werden nicht verwendet.")


def _refuse_many_fields(root) -> None:
    """Before the form is read whole: refuse a form listing more than ``MAX_FIELDS``
    fields at its top (a hostile form of thousands would take seconds to walk)."""
    from pypdf.generic import ArrayObject

    form = root.get("/AcroForm")
    fields = form.get_object().get("/Fields") if form is not None else None
    fields = fields.get_object() if fields is not None else None
    if isinstance(fields, ArrayObject) and len(fields) > MAX_FIELDS:
        raise _too_many(len(fields))


def _open_pdf(data: bytes):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    _size(data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise TemplateRefused("Das PDF-Formular ist verschlüsselt; bitte verwenden Sie "
                                  "eine Fassung ohne Kennwort.")
        root = reader.root_object
        _refuse_many_fields(root)
        _walk_pdf(reader.trailer, set(), [MAX_PDF_OBJECTS])
        fields = reader.get_fields() or {}
    except TemplateRefused:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, RecursionError):
        raise TemplateRefused("Die Datei ist kein lesbares PDF-Formular.") from None
    if "/AcroForm" not in root or not fields:
        raise TemplateRefused("Das PDF hat keine ausfüllbaren Formularfelder.")
    if len(fields) > MAX_FIELDS:
        raise _too_many(len(fields))
    return reader, fields


def form_fields(data: bytes) -> list[str]:
    """The names of the form's fields, in the form's order (checked like a template)."""
    return list(_open_pdf(data)[1])


def form_mapping(data: bytes, kind: LetterKind, mapping: Mapping[str, str]) -> dict[str, str]:
    """Form field → placeholder: her mapping, and every field named like a placeholder.
    A mapped field the form does not have, or a placeholder not allowed, is refused."""
    _reader, fields = _open_pdf(data)
    for name in mapping:
        if name not in fields:
            raise TemplateRefused(f"Das Formular hat kein Feld „{quoted(name)}“.")
    full = {name: name for name in fields if name in FIELDS} | dict(mapping)
    check_placeholders(full.values(), kind)
    return full


def fill_pdf_form(data: bytes, values: Mapping[str, str], kind: LetterKind,
                  mapping: Mapping[str, str]) -> bytes:
    """The PDF form with each mapped field filled, in memory."""
    from pypdf import PdfWriter

    full = form_mapping(data, kind, mapping)
    if not full:
        raise TemplateRefused("Kein Feld des Formulars ist einem Platzhalter zugeordnet.")
    reader, _fields = _open_pdf(data)
    filled = {name: values.get(placeholder, "") for name, placeholder in full.items()}
    out = io.BytesIO()
    try:
        writer = PdfWriter(clone_from=reader)
        writer.update_page_form_field_values(None, filled, auto_regenerate=False)
        writer.set_need_appearances_writer(True)
        writer.write(out)
    except Exception:  # pypdf on a form it cannot fill (broken fields, odd widgets)
        raise TemplateRefused("Das PDF-Formular konnte nicht ausgefüllt werden.") from None
    return out.getvalue()


# -- without her name ---------------------------------------------------------------------

_DOCX_NAMES = (
    (re.compile(rb"(<dc:creator>)[^<]*(</dc:creator>)"), rb"\1\2"),
    (re.compile(rb"(<cp:lastModifiedBy>)[^<]*(</cp:lastModifiedBy>)"), rb"\1\2"),
    (re.compile(rb"(<Company>)[^<]*(</Company>)"), rb"\1\2"),
    (re.compile(rb"(<Manager>)[^<]*(</Manager>)"), rb"\1\2"),
    (re.compile(rb'(\w+:(?:author|initials|userId)=")[^"]*(")'), rb"\1\2"),
)


def without_author(data: bytes, file_type: str) -> bytes:
    """The checked template without the names Word or a PDF program wrote into it: a
    DOCX's author, last editor, company, manager and the authors of comments and tracked
    changes; a PDF's document information and XMP metadata. In memory."""
    if file_type == "pdf":
        return _pdf_without_author(data)
    out = io.BytesIO()
    with _docx_parts(data) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith(".xml"):
                for pattern, empty in _DOCX_NAMES:
                    body = pattern.sub(empty, body)
            dst.writestr(item, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _pdf_without_author(data: bytes) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    reader, _fields = _open_pdf(data)
    out = io.BytesIO()
    try:
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        writer.root_object.pop(NameObject("/Metadata"), None)
        writer.write(out)
    except Exception:  # pypdf on a form it cannot copy
        raise TemplateRefused("Das PDF-Formular kann nicht übernommen werden.") from None
    return out.getvalue()


def write_bytes_atomically(path: Path, data: bytes,
                           what: Writing = Writing.EXPORT) -> Path:
    """``data`` at ``path``: a temp file beside it, fsync, replace; no half file left
    (claimed by ``what`` writes it, ``storage.claims``)."""
    if not isinstance(data, bytes):
        raise UserError("Es gibt nichts zu speichern.")

    def produce(tmp: Path) -> None:
        tmp.write_bytes(data)

    from .house import write_atomically  # reportlab's colours come with it

    return write_atomically(path, produce, what)
