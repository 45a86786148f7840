"""Her own letter templates kept in the vault (docs/handbuch.md, „Briefe und Formulare“).

``import_template`` checks the file for its letter kind like every template (an unknown
or misspelled placeholder is refused naming it, hostile files are refused; nothing is
stored then), removes the names Word or a PDF program wrote into it, and keeps it with a
PDF form's mapping. ``export_template`` writes one template to a file for a colleague
(``.ssavorlage``: the template, its kind and mapping – no value of the vault);
``import_template_file`` reads such a file, or a plain .docx / .pdf.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from ..domain import letters as dl
from ..domain import strict_json
from ..domain.digests import sha256
from ..domain.entities import new_id, now_iso
from ..domain.letters import StoredTemplate, TemplateRefused
from ..domain.text_safety import clean_name
from ..storage import letter_templates_repo as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from .letter_child import LetterChild, check_own, clean_own
from .operations import DataKind, writes

TEMPLATE_FORMAT = "ssa-desktop-briefvorlage"
TEMPLATE_SUFFIX = ".ssavorlage"
NAME_LIMIT = 80


def check(data: bytes, file_type: str, kind_key: str, mapping: dict[str, str],
          child: LetterChild | None = None) -> set[str]:
    """The placeholders her template uses, each allowed for the kind; German refusal.
    Read in the letter's child (``services.letter_child``: docxtpl and pypdf stay out of
    the GUI)."""
    if file_type not in ("docx", "pdf"):
        raise TemplateRefused("Eigene Vorlagen sind DOCX-Dateien oder PDF-Formulare.")
    return check_own(data, file_type, dl.kind_of(kind_key).key, mapping, child)


@writes(DataKind.SETTINGS)
def import_template(conn: Connection, name: str, kind_key: str, data: bytes, file_type: str,
                    mapping: dict[str, str] | None = None) -> StoredTemplate:
    """Keep her template (checked, without author names) under ``name`` for ``kind_key``."""
    name = " ".join(clean_name(name).split())
    if not name or len(name) > NAME_LIMIT:
        raise TemplateRefused(f"Bitte geben Sie der Vorlage einen Namen (höchstens "
                              f"{NAME_LIMIT} Zeichen).")
    mapping = dict(mapping or {})
    if file_type == "docx" and mapping:
        raise TemplateRefused("Eine Zuordnung von Formularfeldern gibt es nur für PDF-Formulare.")
    with LetterChild() as child:
        if not check(data, file_type, kind_key, mapping, child) and file_type == "pdf":
            raise TemplateRefused("Kein Feld des Formulars ist einem Platzhalter zugeordnet; "
                                  "bitte ordnen Sie die Felder in „Brief erstellen“ zu und "
                                  "merken Sie die Vorlage dort im Tresor.")
        clean = clean_own(data, file_type, child)
        check(clean, file_type, kind_key, mapping, child)
    if repo.by_name(conn, name) is not None:
        raise TemplateRefused(f"Eine Vorlage „{name}“ gibt es schon; bitte wählen Sie einen "
                              "anderen Namen oder löschen Sie die alte Vorlage.")
    stored = StoredTemplate(new_id(), name, kind_key, file_type, mapping,
                            sha256(clean).hexdigest(), now_iso(), len(clean))
    with transaction(conn):
        repo.insert(conn, stored, clean)
    return stored


def stored_templates(conn: Connection, kind_key: str = "") -> list[StoredTemplate]:
    """Her templates by name; only those of ``kind_key`` when given."""
    return [t for t in repo.all_templates(conn) if not kind_key or t.kind == kind_key]


def get(conn: Connection, id_or_name: str) -> StoredTemplate:
    """The template with this id or name; German refusal when there is none."""
    found = repo.get(conn, id_or_name) or repo.by_name(conn, id_or_name)
    if found is None:
        raise TemplateRefused(f"Eine Vorlage „{id_or_name}“ gibt es nicht (mehr).")
    return found


def template_content(conn: Connection, template_id: str) -> bytes:
    data = repo.content(conn, template_id)
    if data is None:
        raise TemplateRefused("Diese Vorlage gibt es nicht (mehr).")
    return data


@writes(DataKind.SETTINGS)
def delete_template(conn: Connection, template_id: str) -> None:
    with transaction(conn):
        if not repo.delete(conn, template_id):
            raise TemplateRefused("Diese Vorlage gibt es nicht (mehr).")


def export_template(conn: Connection, template_id: str, path: Path | str) -> Path:
    """Write the template for a colleague, atomically: its name, kind, mapping and file
    (as kept: checked, without author names) – nothing else of the vault."""
    from ..reports import letter_templates as own  # loads only when she moves one

    template = get(conn, template_id)
    doc = {"format": TEMPLATE_FORMAT, "version": 1, "name": template.name,
           "kind": template.kind, "file_type": template.file_type, "mapping": template.mapping,
           "content": base64.b64encode(template_content(conn, template.id)).decode("ascii")}
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return own.write_bytes_atomically(Path(path), text.encode("utf-8"))


def _texts(*values) -> bool:
    return all(isinstance(v, str) for v in values)


def read_export(raw: bytes) -> tuple[str, str, str, bytes, dict[str, str]]:
    """(name, kind, file type, file, mapping) of an exported template; German refusal."""
    from ..reports import letter_templates as own  # loads only when she moves one

    not_ours = TemplateRefused("Die Datei ist keine Briefvorlage von SSA Desktop "
                               f"({TEMPLATE_SUFFIX}).")
    try:
        doc = strict_json.loads(raw)
    except (ValueError, RecursionError, strict_json.StrictJsonError):  # nested thousands deep
        raise not_ours from None
    if not isinstance(doc, dict) or doc.get("format") != TEMPLATE_FORMAT or doc.get("version") != 1:
        raise not_ours
    name, kind, file_type, content, mapping = (doc.get(k) for k in (
        "name", "kind", "file_type", "content", "mapping"))
    if not (isinstance(name, str) and isinstance(kind, str) and isinstance(content, str)
            and file_type in ("docx", "pdf")
            and isinstance(mapping, dict) and _texts(*mapping, *mapping.values())):
        raise not_ours
    if kind not in dl.KINDS:
        raise TemplateRefused("Die Vorlage ist für eine Briefart, die SSA Desktop nicht kennt "
                              "(vielleicht aus einer neueren Version); es wurde nichts erstellt.")
    if len(content) > own.MAX_TEMPLATE_BYTES * 4 // 3 + 4:
        raise TemplateRefused("Die Vorlage ist größer als 10 MB; es wurde nichts erstellt.")
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise not_ours from None
    return name, kind, str(file_type), data, mapping


@writes(DataKind.SETTINGS)
def import_template_file(conn: Connection, path: Path | str, *, name: str = "",
                         kind_key: str = "", mapping: dict[str, str] | None = None
                         ) -> StoredTemplate:
    """Keep a template from a file: an exported ``.ssavorlage`` (its name, kind and
    mapping unless given) or her .docx / .pdf (``kind_key`` needed; name: the file's)."""
    from ..reports import letter_templates as own  # loads only when she moves one

    path = Path(path)
    ending = path.suffix.lower()
    if ending not in (TEMPLATE_SUFFIX, ".docx", ".pdf"):
        raise TemplateRefused(f"„{path.name}“ ist keine DOCX-Datei, kein PDF-Formular und "
                              f"keine Briefvorlage ({TEMPLATE_SUFFIX}).")
    try:
        if path.stat().st_size > own.MAX_TEMPLATE_BYTES * 2:
            raise TemplateRefused("Die Vorlage ist größer als 10 MB; es wurde nichts erstellt.")
        raw = path.read_bytes()
    except OSError as err:
        raise TemplateRefused(f"Die Datei „{path.name}“ kann nicht gelesen werden: "
                              f"{err.strerror or err}.") from None
    if ending == TEMPLATE_SUFFIX:
        their_name, their_kind, file_type, data, their_mapping = read_export(raw)
        return import_template(conn, name or their_name, kind_key or their_kind, data,
                               file_type, their_mapping if mapping is None else mapping)
    if not kind_key:
        raise TemplateRefused("Bitte wählen Sie die Briefart der Vorlage.")
    return import_template(conn, name or path.stem, kind_key, raw, ending.lstrip("."), mapping)
