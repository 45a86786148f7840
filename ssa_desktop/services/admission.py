"""The admission rule on every way into the vault (docs/datenschutz.md, "Was
hereinkommt"), declared once with the tables (``domain/tables.Stone`` and ``Owner``):
nothing a tombstone names comes back, and a contact, note, appointment or § 8a procedure
belongs to the person of the case or contact it names. ``interchange_merge`` (which the
school package's receipt and the Vertretung's return use too) and ``interchange_import``
ask it of the file's rows, a restored backup deletes what it buries
(``storage.retention_log_repo.apply_tombstones``), ``check`` lists what breaks it."""

from __future__ import annotations

from datetime import date

from ..domain import admission, plausibility
from ..domain.tables import TABLES
from ..storage import admission_repo, retention_log_repo
from ..storage.connection import Connection

# The row a column names, in the words of the return's own refusal (domain/handover.py).
_WHOSE = {"case_file": "der Fall", "contact": "der Kontakt"}


def graves(conn: Connection) -> admission.Graves:
    """The vault's tombstones, to ask of incoming rows (``Graves.buried``)."""
    return admission.Graves((r, k) for r, k, _day in retention_log_repo.tombstones(conn))


def admitted(rows: dict[str, list], graves: admission.Graves,
             references: dict[str, dict[str, str]]) -> tuple[dict[str, list], int]:
    """The document's rows (table → rows, parents before children) without those a
    tombstone names and those hanging on one of them; and how many were left out."""
    kept: dict[str, list] = {}
    dropped: dict[str, set] = {}
    out = 0
    for name, table_rows in rows.items():
        declared = TABLES.get(name)
        refs = references.get(name, {})
        kept[name] = []
        for row in table_rows:
            if (declared is not None and name != "tombstone"
                    and graves.buried(declared, row) is not None) or any(
                    row.get(column) in dropped.get(parent, ()) for column, parent in refs.items()):
                dropped.setdefault(name, set()).add(row.get("id"))
                out += 1
            else:
                kept[name].append(row)
    return kept, out


def file_graves(rows: dict[str, list]) -> admission.Graves:
    """The tombstones a document carries itself."""
    return admission.Graves((r["record_id"], r["category"]) for r in rows.get("tombstone", []))


def refuse_foreign_owners(conn: Connection, rows: dict[str, list]) -> None:
    """Raise (inside the caller's transaction, so nothing stays written) when a row of
    the document ``rows`` (table → rows) names a case or contact of another person."""
    ids = {name: {r.get("id") for r in table_rows if isinstance(r, dict)}
           for name, table_rows in rows.items()}
    found = admission_repo.foreign_owners(conn, ids)
    if not found:
        return
    places = {(name, r.get("id")): i for name, table_rows in rows.items()
              for i, r in enumerate(table_rows) if isinstance(r, dict)}
    # the interchange's error, imported here: the check after every unlock needs none of
    # the interchange (and the handover storage it loads) in the GUI's day
    from .interchange import ImportProblem, InterchangeError

    raise InterchangeError([
        ImportProblem(f"tables.{table}[{places.get((table, row), '?')}].{column}",
                      f"{_whose(table, column)} gehört nicht zu dieser Person")
        for table, row, column, _parent in found])


def _whose(table: str, column: str) -> str:
    parent = next(o.parent for o in TABLES[table].owners if o.column == column)
    return _WHOSE.get(parent, "der Eintrag")


# How a finding she corrects in a form ends (``vault_admin.check_advice`` reads the kind
# of a finding by its ending: these rows are hers to correct, not a damaged file).
ROW_FIX = "bitte den Eintrag berichtigen"
CONTACT_FIX = "bitte den Kontakt berichtigen"


def vault_breaches(conn: Connection) -> list[str]:
    """Every row of the vault that breaks the admission rule, one German line each (for
    ``check``; ids, no names): a deleted row that is present again, a row naming another
    person's case or contact, a contact beyond the bounds an import refuses
    (``plausibility.held_contacts``), a row her forms refuse (``held_form_problems``)."""
    lines = [f"{table} {row}: gelöscht (Grabstein „{stone}“), wieder vorhanden – eine "
             "Wiederherstellung löscht es wieder"
             for table, row, stone in admission_repo.buried_rows(conn)]
    lines += [f"{table} {row}: {_whose(table, column)} {parent} gehört nicht zu dieser Person"
              f" – {ROW_FIX}"
              for table, row, column, parent in admission_repo.foreign_owners(conn)]
    lines += [f"contact {p.row['id']}: {p.why} – {CONTACT_FIX}"
              for p in plausibility.held_contacts(admission_repo.contact_minutes(conn))]
    return lines + held_form_problems(conn)


def held_form_problems(conn: Connection) -> list[str]:
    """The rows an import refuses since 29.11.2026 that an earlier one took in, in the
    file's sentences: a group session, an open offer or a network activity without minutes
    or longer than a day (``plausibility.no_duration_problem``), a consent ending or withdrawn before it begins
    (``plausibility.consent_period_problem``, ``consent_withdrawal_problem``) – her own
    export would be refused elsewhere. Each is hers to correct (``ROW_FIX``): a session,
    an open offer or a network activity she removes and enters again, a consent's day
    she corrects (``consents.correct_reversed_days``), an agreement's Zielwerte (a Soll
    outside 0–100 %, lower bounds over 100 % together: ``timeshare.held_band_problems``)."""
    lines = [f"{table} {row}: {why} – {ROW_FIX}"
             for table, row, minutes in admission_repo.no_minutes(
                 conn, plausibility.NO_MINUTES_TABLES, plausibility.DAY_MINUTES)
             if (why := plausibility.no_duration_problem(
                 minutes, plausibility.NO_MINUTES_TABLES[table]))]
    for column, rule in (("valid_to", plausibility.consent_period_problem),
                         ("withdrawn_on", plausibility.consent_withdrawal_problem)):
        for row, begin, day in admission_repo.consent_days_reversed(conn, column):
            try:
                why = rule(date.fromisoformat(begin), date.fromisoformat(day))
            except ValueError:   # not a day: the schema check's
                continue
            if why:
                lines.append(f"consent {row}: {why} – {ROW_FIX}")
    from . import timeshare  # the model agreement's targets (read when the check runs)

    lines += [f"agreement_target {agreement}: {why} – {ROW_FIX}"
              for agreement, why in timeshare.held_band_problems(conn)]
    return lines
