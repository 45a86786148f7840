"""Statistics records for imported activities that came without one (docs/interchange.md "Statistik-Datensätze"): derived exactly as typing the activity would
(``domain.activities``; the one function, ``storage.statistics_derive``, serves the
migration of old vaults too). Used by the import into an empty vault and by the merge,
kept apart from both so that neither imports the other."""

from __future__ import annotations

from ..storage import interchange_repo as ixrepo
from ..storage.connection import Connection
from ..storage.statistics_derive import ACTIVITY_TABLES, RECORD_TYPES
from ..storage.statistics_derive import derive_missing_statistics as derive_missing_statistics

__all__ = ["ACTIVITY_TABLES", "RECORD_TYPES", "derive_missing_statistics", "not_counted",
           "not_counted_among"]


def not_counted(conn: Connection) -> dict[str, list[str]]:
    """Per activity table the ids of the activities this vault does not count (no
    statistics record: a predecessor counted them). An export names them, so that the
    import does not count them either (docs/interchange.md "Nicht gezählte Tätigkeiten")."""
    found = {name: ixrepo.uncounted(conn, name, record_type)
             for name, record_type in RECORD_TYPES.items()}
    return {name: ids for name, ids in found.items() if ids}


def not_counted_among(new_ids: dict[str, set], uncounted: dict[str, list[str]] | None) -> int:
    """How many of the activities just imported (``new_ids`` per table) the file names as
    not counted (``uncounted``, an export's ``not_counted``): they count in no statistics
    here either, and the import says how many."""
    return sum(len(new_ids.get(name, set()) & set(ids)) for name, ids in (uncounted or {}).items())
