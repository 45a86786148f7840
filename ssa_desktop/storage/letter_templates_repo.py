"""Her own letter templates (migration ``letter_templates``): the file, its letter kind
and a PDF form's mapping, by id; names are unique."""

from __future__ import annotations

import json

from ..domain import strict_json
from ..domain.letters import StoredTemplate
from .connection import Connection

_COLUMNS = "id, name, kind, file_type, mapping, sha256, added, length(content)"


def _template(row) -> StoredTemplate:
    return StoredTemplate(row[0], row[1], row[2], row[3], strict_json.loads(row[4]), row[5],
                          row[6], row[7])


def insert(conn: Connection, template: StoredTemplate, content: bytes) -> None:
    conn.execute("INSERT INTO letter_template (id, name, kind, file_type, content, mapping, "
                 "sha256, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (template.id, template.name, template.kind, template.file_type, content,
                  json.dumps(template.mapping, ensure_ascii=False, sort_keys=True),
                  template.sha256, template.added))


def all_templates(conn: Connection) -> list[StoredTemplate]:
    return [_template(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM letter_template ORDER BY name COLLATE NOCASE, id")]  # noqa: S608


def get(conn: Connection, template_id: str) -> StoredTemplate | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM letter_template WHERE id = ?",  # noqa: S608
                       (template_id,)).fetchone()
    return _template(row) if row else None


def by_name(conn: Connection, name: str) -> StoredTemplate | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM letter_template WHERE name = ?",  # noqa: S608
                       (name,)).fetchone()
    return _template(row) if row else None


def content(conn: Connection, template_id: str) -> bytes | None:
    row = conn.execute("SELECT content FROM letter_template WHERE id = ?",
                       (template_id,)).fetchone()
    return bytes(row[0]) if row else None


def delete(conn: Connection, template_id: str) -> bool:
    return conn.execute("DELETE FROM letter_template WHERE id = ?",
                        (template_id,)).rowcount > 0
