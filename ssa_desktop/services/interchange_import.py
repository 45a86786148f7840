"""Reading an interchange document into an EMPTY vault (docs/interchange.md): validated
completely (``interchange_validate``), then written in one transaction, or nothing at
all. A vault that has data reads a document through ``interchange_merge``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ..domain import clock
from ..storage import interchange_repo as ixrepo
from ..storage import migrations
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import admission, interchange_documents, package_documents
from .interchange import (
    _TABLE_LIST,
    _TABLES,
    ImportProblem,
    InterchangeError,
    _build,
    merge_tables,
    references,
    upgrade,
)
from .interchange_derive import derive_missing_statistics, not_counted_among
from .interchange_validate import contact_problems, validate_document
from .operations import DataKind, writes

DERIVED = "statistics_record (abgeleitet)"  # key of import_document's result
BURIED = "gelöscht (Grabstein in der Datei)"  # key of import_document's result
NOT_COUNTED = "nicht gezählte Tätigkeiten"  # key of import_document's result
_ACTIVITY_TABLES = ("contact", "short_contact", "group_session", "open_offer_session",
                    "network_activity", "cp_procedure")


def is_empty(conn: Connection) -> bool:
    return all(t.count(conn) == 0 for t in _TABLE_LIST)


@writes(*DataKind)
def import_document(conn: Connection, doc: Any, *, beside: Path | None = None,
                    today: date | None = None) -> dict[str, int]:
    """Validate ``doc`` and write it into the (empty) vault in one transaction.

    Rows the file's own tombstones name (and what hangs on them) are not written
    (``services.admission``; their number under ``BURIED``), and a row naming another
    person's case or contact refuses the file.

    Returns the number of rows written per table, under ``DERIVED`` the number of
    statistics records derived for activities that came without one, and under
    ``NOT_COUNTED`` the number of activities written that count in no statistics (the
    file's ``not_counted``). Its documents (section ``documents``, ``beside``: the JSON's
    path, their archive lies next to it) are checked one by one first, stored under fresh
    keys, and their rows written with the tables (``interchange_documents``); under
    ``document`` how many. Raises InterchangeError (nothing
    written) when the document has any problem (its contacts held to her entry's rules,
    ``contact_problems``; ``today``: the one clock's unless given) or the vault is not
    empty.
    """
    doc = upgrade(doc)
    # an empty vault holds no contacts the file's could add up with or copy
    problems = validate_document(doc) or contact_problems(doc, [], {}, today or clock.today())
    if problems:
        raise InterchangeError(problems)
    if not is_empty(conn):
        raise InterchangeError(
            [], "Der Tresor enthält bereits Daten. Eine Austauschdatei wird nur in einen leeren "
                "Tresor eingelesen (z. B. einen neu angelegten); es wurde nichts verändert.")
    written: dict[str, int] = {}
    kept, written[BURIED] = admission.admitted(
        {t.name: doc["tables"].get(t.name, []) for t in merge_tables()},
        admission.file_graves(doc["tables"]), references())
    known = {name: {r.get("id") for r in doc["tables"].get(name, []) if isinstance(r, dict)}
             for name in ("person", "case_file", "consent", "cp_procedure")}
    with interchange_documents.incoming(conn, doc, beside, admission.file_graves(doc["tables"]),
                                        known) as carried:
        files = carried.store(conn)
        try:
            _write(conn, doc, kept, written, carried, files)
        except BaseException:
            package_documents.discard_written(conn, files)
            raise
        written[BURIED] += carried.left_out
    return written


def _write(conn: Connection, doc: dict, kept: dict[str, list], written: dict[str, int],
           carried: interchange_documents.Incoming, files: list) -> None:
    """The rows (and the rows of the stored documents) in one transaction."""
    try:
        with transaction(conn):
            for table in merge_tables():
                rows = kept[table.name]
                table.insert_many(conn, [_build(table, row) for row in rows])
                written[table.name] = len(rows)
            admission.refuse_foreign_owners(conn, kept)
            new_ids = {name: {r.get("id") for r in kept.get(name, [])}
                       for name in _ACTIVITY_TABLES}
            # activities without their statistics record are counted as if typed
            # (docs/interchange.md, "Statistik-Datensätze"); reported apart
            written[DERIVED] = derive_missing_statistics(conn, new_ids, _TABLES,
                                                         doc.get("not_counted"))
            written[NOT_COUNTED] = not_counted_among(new_ids, doc.get("not_counted"))
            for key, value in sorted(doc.get("settings", {}).items()):
                repo.set_setting(conn, key, value)
            migrations.rerun_data_steps(conn)  # stored values of an older vault
            for key, value in sorted(doc.get("meta", {}).items()):
                ixrepo.set_meta(conn, key, value)
            if files:
                written["document"] = carried.insert(conn, files)
            broken = ixrepo.first_broken_reference(conn)
            if broken:
                raise InterchangeError([ImportProblem(f"tables.{broken}",
                                                      "verweist auf einen fehlenden Eintrag")])
    except ixrepo.DatabaseError as err:
        raise InterchangeError([ImportProblem("", f"Die Datenbank hat die Daten abgelehnt ({err}).")]
                               ) from None
