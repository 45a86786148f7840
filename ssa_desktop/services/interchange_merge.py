"""Reading an interchange document into a vault that already has data (docs/interchange.md,
"Einlesen in einen Tresor mit Daten").

Every record keeps its id. A record whose key is new is written; one whose key exists is
compared field by field: the same → skipped, different → a ``Conflict`` that is never
overwritten silently (``resolutions`` decides per conflict: keep mine / take theirs). A
record this vault has deleted (a tombstone names it: ``services.admission``, whatever
the deletion) does not come back, nor anything hanging on it, and a row naming another
person's case or contact refuses the file. A statistics record is never counted twice: one whose activity already has its
record here is skipped. Activities without their statistics record get it derived by the
same rules as typed activities (``derive_missing_statistics``). One transaction: the
whole merge is written, or nothing (a problem of the document refuses it completely).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import clock, tables
from ..domain import goals as goal_rules
from ..domain import handover as handover_rules
from ..domain.tables import TABLES as DECLARED
from ..formatting import fmt_count, fmt_date
from ..storage import (
    documents_repo,
    goals_repo,
    group_members_repo,
    retention_log_repo,
    retention_repo,
)
from ..storage import handover_deputy_repo as qd
from ..storage import interchange_repo as ixrepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import (
    admission,
    consents,
    holds,
    interchange_documents,
    interchange_validate,
    package_documents,
)
from . import interchange as ix
from .interchange_derive import derive_missing_statistics, not_counted_among
from .operations import DataKind, writes

KEEP_MINE, TAKE_THEIRS = "mine", "theirs"
_RESOLUTIONS = (KEEP_MINE, TAKE_THEIRS)
SETTINGS = "setting"  # the settings appear as a table of their own in conflicts


@dataclass(frozen=True)
class Conflict:
    """A record present in both with different content. ``ref`` ("table:key") names it
    for a resolution; ``fields`` are the differing fields; ``what`` names the entry in her
    words ("Termin am 03.12.2026, 10:00–10:45, P-Anna") and ``values`` holds per field
    (field, her value, the file's value) as display text."""

    table: str
    key: tuple
    place: str
    fields: tuple[str, ...]
    what: str = ""
    values: tuple[tuple[str, str, str], ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.table}:{'/'.join(str(k) for k in self.key)}"

    def __str__(self) -> str:
        if self.what and self.values:
            # the German names of the fields: one place (domain/handover.py), the dialog's too
            shown = "; ".join(f"{handover_rules.field_label(f, self.table)}: bei Ihnen "
                              f"„{mine}“, in der Datei „{theirs}“" for f, mine, theirs in self.values)
            return ix._printable(f"{self.what} – {shown} ({self.ref})")
        if self.what:   # no values to show (a restricted person's row: ``conflict_words``)
            shown = ", ".join(handover_rules.field_label(f, self.table) for f in self.fields)
            return ix._printable(f"{self.what} – abweichend: {shown} ({self.ref})")
        return ix._printable(f"{self.place} ({self.ref}): abweichend in {', '.join(self.fields)}")


class RestrictedHere:
    """The ids restricted (Art. 18 DSGVO) for one merge's conflict words: here, or by the
    file where she takes its restriction (``in_file``: persons are merged before the
    restrictions, so a conflict on her row comes before the restriction is written). Read
    when the first conflict needs them, again only after the merge itself wrote a
    restriction or applied a deletion (``changed``) – not once per conflict."""

    def __init__(self, conn: Connection, in_file: frozenset[str] = frozenset()) -> None:
        self._conn = conn
        self._in_file = in_file
        self._ids: set[str] | None = None

    def __call__(self) -> set[str]:
        if self._ids is None:
            self._ids = retention_repo.restricted_ids(self._conn) | self._in_file
        return self._ids

    def changed(self) -> None:
        self._ids = None


@dataclass
class MergeResult:
    """What a merge did: per table the rows written, skipped as identical, taken from the
    file or kept after a conflict; the conflicts left open (nothing of them written)."""

    inserted: Counter = field(default_factory=Counter)
    identical: Counter = field(default_factory=Counter)
    taken: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    deleted_here: int = 0          # rows deleted in this vault (tombstone): not brought back
    duplicate_statistics: int = 0  # statistics records whose activity is already counted
    derived_statistics: int = 0    # statistics records derived for activities without one
    not_counted: int = 0           # new activities the file names as not counted
    scales_kept: int = 0           # goals rated here whose scale the file would change
    starts_kept: int = 0           # goals whose later start in the file passes a rating
    held_kept: int = 0             # the file's deletions of records held here: not applied
    after: list[str] = field(default_factory=list)  # what followed (German): key removed …
    # the merge's own reading of the restrictions (its conflicts' words), not a result
    restricted: RestrictedHere | None = field(default=None, repr=False, compare=False)

    @property
    def written(self) -> int:
        return sum(self.inserted.values()) + sum(self.taken.values())

    @property
    def changed_nothing(self) -> bool:
        return self.written == 0 and self.derived_statistics == 0

    def summary(self) -> str:
        parts = [f"{sum(self.inserted.values())} neu eingelesen"]
        if self.not_counted:
            parts.append("davon " + fmt_count(self.not_counted, "Tätigkeit", "Tätigkeiten")
                         + " nicht in der Statistik gezählt")
        parts.append(f"{sum(self.identical.values())} schon vorhanden (gleich)")
        if self.taken:
            parts.append(f"{sum(self.taken.values())} aus der Datei übernommen")
        if self.kept:
            parts.append(f"{sum(self.kept.values())} eigene behalten")
        if self.deleted_here:
            parts.append(f"{self.deleted_here} hier gelöscht, nicht zurückgeholt")
        if self.duplicate_statistics:
            parts.append(fmt_count(self.duplicate_statistics, "Statistik-Datensatz",
                                   "Statistik-Datensätze") + " schon gezählt")
        if self.derived_statistics:
            parts.append(fmt_count(self.derived_statistics, "Statistik-Datensatz",
                                   "Statistik-Datensätze") + " abgeleitet")
        if self.scales_kept:
            parts.append("Skala von " + fmt_count(self.scales_kept, "eingeschätzten Ziel",
                                                  "eingeschätzten Zielen") + " behalten")
        if self.starts_kept:
            parts.append("Tag des Ausgangswerts von " + fmt_count(
                self.starts_kept, "eingeschätzten Ziel", "eingeschätzten Zielen") + " behalten")
        if self.held_kept:
            parts.append(fmt_count(self.held_kept, "Eintrag", "Einträge") + ": Löschung aus "
                         "der Datei nicht übernommen: hier besteht eine Sperre (Datenschutz → "
                         "Sperren)")
        if self.conflicts:
            parts.append(fmt_count(len(self.conflicts), "Konflikt", "Konflikte")
                         + " (nicht überschrieben)")
        return ", ".join(parts) + "."


def _known_keys(conn: Connection) -> dict[str, set]:
    """Ids of the vault's rows a reference of the document may point to."""
    parents = {p for cols in ix.references().values() for p in cols.values()}
    return {name: ixrepo.ids(conn, name) for name in parents
            if name in ix._TABLES and ix._TABLES[name].key == ("id",)}


def _held_group_problems(conn: Connection, tables: dict) -> list[ix.ImportProblem]:
    """A session of a group only this vault holds, outside that group's school year (the
    file's own groups are the validation's)."""
    groups = [repo.GROUPS.get(conn, gid) for gid in
              {row.get("group_id") for row in tables.get("group_session", [])} if gid]
    held = {g.id: g.school_year for g in groups if g is not None}
    return interchange_validate.held_session_problems(tables, held) if held else []


def _pseudonym_problems(conn: Connection, tables: dict) -> list[ix.ImportProblem]:
    """A new person whose pseudonym another person of this vault already has."""
    taken = ixrepo.pseudonyms(conn)
    problems = []
    for i, row in enumerate(tables.get("person", [])):
        owner = taken.get(row.get("pseudonym"))
        if owner is not None and owner != row.get("id"):
            problems.append(ix.ImportProblem(
                f"tables.person[{i}].pseudonym",
                f"Pseudonym {interchange_validate._show(row['pseudonym'])} gehört in diesem "
                "Tresor einer anderen Person (andere Kennung)"))
    return problems


def _erased_here(row: dict, stones: set) -> set[str]:
    """Fields of this record erased here (field tombstone "<id>#<column>", e.g. a
    group's name list after R4): never compared, never written back."""
    record_id = row.get("id")
    if not isinstance(record_id, str):
        return set()
    prefix = record_id + retention_log_repo.FIELD_MARK
    return {name for name in row if prefix + name in stones}


def _differences(table, existing: Any, row: dict, erased: set[str]) -> tuple[str, ...]:
    specs = ix.field_specs(table.name)
    return tuple(s.name for s in specs
                 if s.name in row and s.name not in erased
                 and ix._from_json(s, row[s.name]) != getattr(existing, s.name))


def _choice(resolutions: dict[str, str] | None, ref: str) -> str | None:
    if not resolutions:
        return None
    choice = resolutions.get(ref, resolutions.get("*"))
    return choice if choice in _RESOLUTIONS else None


def _restrictions_taken(doc: Any, resolutions: dict[str, str] | None) -> frozenset[str]:
    """The records the file restricts where she takes the file's restriction: hidden in
    the conflict words from the first row on, before the restriction itself is merged."""
    ids = {r["record_id"] for r in doc["tables"].get("retention_restriction", [])
           if isinstance(r, dict) and isinstance(r.get("record_id"), str)}
    return frozenset(i for i in ids
                     if _choice(resolutions, f"retention_restriction:{i}") == TAKE_THEIRS)


def check_resolutions(resolutions: dict[str, str] | None) -> None:
    for ref, choice in (resolutions or {}).items():
        if choice not in _RESOLUTIONS:
            raise ix.InterchangeError([ix.ImportProblem(
                ref, f"unbekannte Entscheidung {interchange_validate._show(choice)} (erlaubt: "
                     f"„{KEEP_MINE}“ = eigene behalten, „{TAKE_THEIRS}“ = aus der Datei "
                     "übernehmen)")])


@writes(*DataKind)
def merge_document(conn: Connection, doc: Any, resolutions: dict[str, str] | None = None, *,
                   baseline: dict[str, dict[str, dict[str, str]]] | None = None,
                   beside: Path | None = None, today: date | None = None) -> MergeResult:
    """Merge ``doc`` into the vault (empty or not) in one transaction.

    ``resolutions`` maps ``Conflict.ref`` (or ``"*"`` for every conflict) to
    ``KEEP_MINE`` or ``TAKE_THEIRS``; a conflict without one is listed in the result and
    nothing of that record is written. Raises InterchangeError (nothing written) when the
    document has any problem.

    ``baseline`` (a Vertretungspaket's: table → id → field → hash of the value that went
    into the package) makes the merge three-way for those rows: a field the file did not
    change is never written, one only the file changed (hers still as in the package) is
    taken without asking, and only one both changed differently is a conflict.

    The file's documents (``beside``: the JSON's path, their archive next to it) are
    checked and stored first (``interchange_documents``); one this vault has is not
    written twice (counted as identical)."""
    check_resolutions(resolutions)
    doc = ix.upgrade(doc)  # older formats and legacy codes (VKL → VBS)
    rated = goals_repo.rated_goals(conn)
    problems = interchange_validate.validate_document(doc, _known_keys(conn),
                                                      ixrepo.all_settings(conn),
                                                      goals_repo.goal_scales(conn), rated)
    if not problems:
        problems = (_pseudonym_problems(conn, doc["tables"])
                    or _held_group_problems(conn, doc["tables"])
                    or _contact_problems(conn, doc, today or clock.today()))
    if problems:
        raise ix.InterchangeError(problems)
    result = MergeResult(restricted=RestrictedHere(conn, _restrictions_taken(doc, resolutions)))
    known = {name: ixrepo.ids(conn, name) | {r.get("id") for r in doc["tables"].get(name, [])
                                             if isinstance(r, dict)}
             for name in ("person", "case_file", "consent", "cp_procedure")}
    with interchange_documents.incoming(conn, doc, beside, admission.graves(conn),
                                        known) as carried:
        files = carried.store(conn)
        try:
            _write(conn, doc, resolutions, baseline, result, carried, files, rated)
        except BaseException:
            package_documents.discard_written(conn, files)
            raise
        result.identical["document"] += carried.already_here
        result.deleted_here += carried.left_out
    return result


def _write(conn: Connection, doc: dict, resolutions, baseline, result: MergeResult,
           carried: interchange_documents.Incoming, files: list, rated: set[str]) -> None:
    """The merge (and the rows of the stored documents) in one transaction."""
    try:
        with transaction(conn):
            new_ids = _merge_tables(conn, doc["tables"], resolutions, result, baseline, rated)
            _ratings_on_their_scales(conn, doc["tables"], new_ids.get("goal_rating", set()))
            admission.refuse_foreign_owners(conn, doc["tables"])
            _merge_settings(conn, doc.get("settings", {}), resolutions, result)
            result.derived_statistics = derive_missing_statistics(
                conn, new_ids, ix._TABLES, doc.get("not_counted"))
            result.not_counted = not_counted_among(new_ids, doc.get("not_counted"))
            if files:
                result.inserted["document"] += carried.insert(conn, files)
            _merge_documents(conn, carried.differing, resolutions, result)
            broken = ixrepo.first_broken_reference(conn)
            if broken:
                raise ix.InterchangeError([ix.ImportProblem(
                    f"tables.{broken}", "verweist auf einen fehlenden Eintrag")])
    except ixrepo.DatabaseError as err:
        raise ix.InterchangeError([ix.ImportProblem(
            "", f"Die Datenbank hat die Daten abgelehnt ({err}).")]) from None


def _merge_documents(conn: Connection, differing: list, resolutions,
                     result: MergeResult) -> None:
    """Documents here whose facts the file holds differently (same content): each a
    conflict like a row's field difference; taking theirs changes the facts, not the file."""
    for place, mine, theirs, fields in differing:
        values = tuple((name, display("document", name, getattr(mine, name)),
                        display("document", name, getattr(theirs, name))) for name in fields)
        conflict = Conflict("document", (mine.id,), place, fields,
                            *conflict_words(conn, "document", mine, values,
                                            restricted=_restricted(result)))
        choice = _choice(resolutions, conflict.ref)
        if choice == TAKE_THEIRS:
            documents_repo.DOCUMENTS.update(conn, dataclasses.replace(
                mine, **{name: getattr(theirs, name) for name in fields}))
            result.taken["document"] += 1
        elif choice == KEEP_MINE:
            result.kept["document"] += 1
        else:
            result.conflicts.append(conflict)


def _contact_problems(conn: Connection, doc: dict, today: date) -> list[ix.ImportProblem]:
    """The file's contacts against her entry's rules beside the contacts this vault holds
    of their persons on their days (``interchange_validate.contact_problems``)."""
    rows = doc["tables"].get("contact", [])
    persons = {r["person_id"] for r in rows if r.get("person_id")}
    days = sorted(r["day"] for r in rows)
    held = qd.contacts_on_days(conn, persons, days[0], days[-1]) if persons else []
    names = {pid: pseudonym for pid, (pseudonym, _s) in qd.person_facts(conn, persons).items()}
    return interchange_validate.contact_problems(
        doc, [{**vars(c), "day": c.day.isoformat()} for c in held], names, today)


def _merge_tables(conn: Connection, tables: dict, resolutions, result: MergeResult,
                  baseline: dict | None, rated: set[str]) -> dict[str, set]:
    """Write the rows; the keys of the rows inserted, per table. A goal ``rated`` here keeps
    its scale (``_scale_held``), a goal rated here or by the file its start
    (``_start_held``)."""
    refs = ix.references()
    stones = ixrepo.tombstoned(conn)
    firsts = _first_ratings(conn, tables.get("goal_rating", []), stones)
    graves = admission.graves(conn)
    counted = ixrepo.statistics_sources(conn)
    dropped: dict[str, set] = {}
    new_ids: dict[str, set] = {}
    present: list[set] = []  # ids of every record here, read once when first needed
    for table in ix.merge_tables():
        rows = tables.get(table.name, [])
        new = new_ids.setdefault(table.name, set())
        for i, row in enumerate(rows):
            key = tuple(row[k] for k in table.key)
            if graves.buried(DECLARED[table.name], row) is not None or _is_dropped(
                    row, key, refs.get(table.name, {}), stones, dropped, table.name):
                dropped.setdefault(table.name, set()).add(key[0])
                dropped.setdefault("*", set()).add(key[0])
                result.deleted_here += 1
                continue
            existing = table.get(conn, *key)
            if existing is None and _asked(conn, table, row, key, i, resolutions, result,
                                           present, new_ids):
                continue
            if existing is None:
                _insert_new(conn, table, row, key, counted, result, new)
                continue
            erased = _erased_here(row, stones)
            if table.name == "case_goal":
                erased |= _goal_held(existing, row, rated, firsts, result)
            if baseline is not None and table.name in baseline:
                _merge_three_way(conn, table, existing, row, erased,
                                 baseline[table.name].get(key[0]) or {}, key, i, resolutions,
                                 result)
                continue
            _merge_two_way(conn, table, existing, row, erased, key, i, resolutions, result)
    return new_ids


def _goal_held(goal: goal_rules.CaseGoal, row: dict, rated: set[str], firsts: dict[str, str],
               result: MergeResult) -> set[str]:
    """The fields of the file's goal never taken here: its scale (a goal ``rated`` here,
    ``_scale_held``) and its start (``_start_held``), each counted."""
    scale = _scale_held(goal, row) if goal.id in rated else set()
    start = _start_held(goal, row, firsts)
    result.scales_kept += bool(scale)
    result.starts_kept += bool(start)
    return scale | start


def _scale_held(goal: goal_rules.CaseGoal, row: dict) -> set[str]:
    """The goal form's rule (``services.goals.save_goal``) for a goal rated here, on every
    way into the vault: its scale stays, and so does its baseline when the file's is no
    level of it – the fields of the file's goal never taken (empty: the same scale)."""
    if row.get("scale", goal.scale) == goal.scale:
        return set()
    return {"scale"} | ({"baseline"} if "baseline" in row
                        and row["baseline"] not in goal_rules.LEVELS[goal.scale] else set())


def _first_ratings(conn: Connection, ratings: list[dict], stones: set) -> dict[str, str]:
    """goal id → the day (ISO) of its earliest rating here or in the file (not one
    deleted here)."""
    firsts = goals_repo.first_rating_days(conn)
    for row in ratings:
        goal_id, day = row.get("goal_id"), row.get("day")
        if row.get("id") not in stones and isinstance(day, str) and isinstance(goal_id, str):
            firsts[goal_id] = min(firsts.get(goal_id, day), day)
    return firsts


def _start_held(goal: goal_rules.CaseGoal, row: dict, firsts: dict[str, str]) -> set[str]:
    """The goal form's rule (``domain.goals.start_moved_problem``) on a merge: the file's
    start of a goal is not taken when it lies after a rating of it, hers or the file's
    (the rating would read before the baseline) – the field never taken (``created``),
    empty when the file's start may be taken."""
    start = str(row.get("created", goal.created))[:10]
    first = firsts.get(goal.id)
    if start == goal.created[:10] or first is None or start <= first:
        return set()
    return {"created"}


def _ratings_on_their_scales(conn: Connection, tables: dict, new: set) -> None:
    """Each new rating of the file a level of its goal's scale as the merge left it (she
    kept her scale in a conflict the file's goal had changed): else the merge is refused,
    the rating named by its place."""
    if not new:
        return
    scales = goals_repo.goal_scales(conn)
    problems = [ix.ImportProblem(f"tables.goal_rating[{i}].level", why)
                for i, row in enumerate(tables.get("goal_rating", []))
                if row["id"] in new
                and (why := goal_rules.level_problem(scales.get(row["goal_id"]), row["level"]))]
    if problems:
        raise ix.InterchangeError(problems)


def _asked(conn: Connection, table, row: dict, key: tuple, i: int, resolutions,
           result: MergeResult, present: list[set], new_ids: dict[str, set]) -> bool:
    """A new row of the file that undoes something here (a deletion, a restriction or
    § 9b mark not here) is a conflict, not written silently. True: handled."""
    if table.name == "tombstone":
        return _tombstone_conflict(conn, row, i, resolutions, result, present)
    if table.name in _STATE_ASKED:
        return _state_conflict(conn, table, row, key, i, resolutions, result, present, new_ids)
    return False


def _insert_new(conn: Connection, table, row: dict, key: tuple, counted: set[tuple[str, str]],
                result: MergeResult, new: set) -> None:
    """A row this vault does not have; a statistics record already counted here from the
    same source is a duplicate and left out."""
    if table.name == "statistics_record" and row.get("source_id") is not None \
            and (row["record_type"], row["source_id"]) in counted:
        result.duplicate_statistics += 1
        return
    table.insert(conn, ix._build(table, row))
    result.inserted[table.name] += 1
    _restrictions_written(result, table.name)
    new.add(key[0])


def _merge_two_way(conn: Connection, table, existing: Any, row: dict, erased: set[str], key: tuple,
                   i: int, resolutions, result: MergeResult) -> None:
    """A row both have, without a baseline: identical, or taken, kept or listed as a conflict
    as her resolution says."""
    differing = _differences(table, existing, row, erased)
    if not differing:
        result.identical[table.name] += 1
        return
    conflict = _conflict(conn, table, key, i, existing, row, differing, _restricted(result))
    choice = _choice(resolutions, conflict.ref)
    if choice == TAKE_THEIRS:
        values = {s.name: ix._from_json(s, row[s.name])
                  for s in ix.field_specs(table.name)
                  if s.name in row and s.name not in erased}
        _update(conn, table, existing, values, chosen=values)
        result.taken[table.name] += 1
    elif choice == KEEP_MINE:
        result.kept[table.name] += 1
    else:
        result.conflicts.append(conflict)


def _conflict(conn: Connection, table, key: tuple, i: int, existing: Any, row: dict,
              fields: tuple[str, ...], restricted: Collection[str]) -> Conflict:
    specs = {s.name: s for s in ix.field_specs(table.name)}
    values = tuple((f, display(table.name, f, getattr(existing, f)),
                    display(table.name, f, ix._from_json(specs[f], row[f]))) for f in fields)
    return Conflict(table.name, key, f"tables.{table.name}[{i}]", fields,
                    *conflict_words(conn, table.name, existing, values, restricted=restricted))


RESTRICTED_WHAT = ("Eintrag zu einer Person, deren Verarbeitung eingeschränkt ist (Art. 18 "
                   "DSGVO; Name und Inhalt nur unter Datenschutz)")


def _restricted(result: MergeResult) -> set[str]:
    assert result.restricted is not None
    return result.restricted()


def conflict_words(conn: Connection, table: str, record: Any,
                   values: tuple[tuple[str, str, str], ...] = (), *,
                   restricted: Collection[str]) -> tuple[str, tuple]:
    """The one rule for what a conflict shows her, for every way into the vault (merge,
    deputy return): the entry in her words and both values of each field – but for a row
    that reaches a record restricted here (Art. 18 DSGVO: the row itself, its person, or
    her case, goal or contact it hangs on, ``_reached``) neither her pseudonym nor any
    value, only that such a person's entry differs. ``restricted``: the ids restricted
    here, read once per merge (``RestrictedHere``)."""
    if record is None:
        return "", values
    if not _reached(conn, table, record).isdisjoint(restricted):
        return RESTRICTED_WHAT, ()
    return describe(conn, table, record), values


# (child table, column, parent table): the row of ``parent`` a row names and shares its
# person with – as declared with the tables (what a school package keeps, ``Owner`` of
# the admission rule): a rating reaches her through its goal and its case, a parent's
# contact in her case through the case.
_REACHES = tuple(dict.fromkeys((*tables.package_keeps(), *(
    (t.name, o.column, o.parent) for t in DECLARED.values() for o in t.owners))))


def _reached(conn: Connection, table: str, record: Any, seen: set | None = None) -> set[str]:
    """The ids of ``record``, its ``person_id`` and every row it reaches through
    ``_REACHES`` up to its person (a lookup per row passed on the way: a conflict's)."""
    seen = set() if seen is None else seen
    ids: set[str] = {v for v in (getattr(record, "id", None), getattr(record, "person_id", None))
                     if v}
    for child, column, parent in _REACHES:
        value = getattr(record, column, None) if child == table else None
        if not value or (parent, value) in seen:
            continue
        seen.add((parent, value))
        ids.add(value)
        found = ix._TABLES[parent].get(conn, value) if parent != "person" else None
        if found is not None:
            ids |= _reached(conn, parent, found, seen)
    return ids


def _merge_three_way(conn: Connection, table, existing: Any, row: dict, erased: set[str],
                     base: dict[str, str], key: tuple, i: int, resolutions,
                     result: MergeResult) -> None:
    """One row of a return against hers and the package's baseline (field hashes): the
    fields only the file changed are taken, those both changed are settled by her
    resolution (``_settle_clash``), a row nobody changed counts as identical."""
    specs = {s.name: s for s in ix.field_specs(table.name)}
    taken, clash = _three_way_fields(specs, existing, row, erased, base)
    if not taken and not clash:
        result.identical[table.name] += 1
        return
    if clash:
        settled = _settle_clash(conn, table, existing, row, key, i, resolutions, result,
                                taken, clash)
        if settled is None:
            return
        taken = settled
    values = {name: ix._from_json(specs[name], row[name]) for name in taken}
    _update(conn, table, existing, values, chosen=set(clash) & set(taken))
    result.taken[table.name] += 1


def _update(conn: Connection, table, existing: Any, values: dict[str, Any], *,
            chosen: Collection[str]) -> None:
    """``existing`` updated with ``values``; a consent's day her conflict choice changed
    (``chosen``: the fields she took from the file) leaves the Korrekturvermerk that a
    correction of its day leaves (``consents.note_changed_day``)."""
    updated = dataclasses.replace(existing, **values)
    table.update(conn, updated)
    if table.name != "consent":
        return
    for name in consents.CONSENT_DAYS:
        if name in chosen and getattr(existing, name) != getattr(updated, name):
            consents.note_changed_day(conn, updated, name, getattr(existing, name))


def _three_way_fields(specs: dict, existing: Any, row: dict, erased: set[str],
                      base: dict[str, str]) -> tuple[list[str], list[str]]:
    """The fields the file changed since the baseline (not those erased here) and hers
    does not already hold: those only the file changed (hers still hashes to the
    baseline) and those both changed."""
    mine = {name: ix._to_json(spec.kind, getattr(existing, name))
            for name, spec in specs.items()}
    taken, clash = [], []
    for name in handover_rules.changed_fields(base, {f: v for f, v in row.items()
                                                      if f in specs and f not in erased}):
        if ix._from_json(specs[name], row[name]) == getattr(existing, name):
            continue                                        # both the same
        if handover_rules.same_field(base.get(name), name, mine[name]):
            taken.append(name)                              # only the file changed it
        else:
            clash.append(name)                              # both changed it
    return taken, clash


def _settle_clash(conn: Connection, table, existing: Any, row: dict, key: tuple, i: int,
                  resolutions, result: MergeResult, taken: list[str],
                  clash: list[str]) -> list[str] | None:
    """Fields both changed, as her resolution says: the fields to take (hers: with the
    file's, kept: only those the file alone changed), or None when nothing is written
    (no resolution yet: listed as a conflict; kept and nothing else to take)."""
    conflict = _conflict(conn, table, key, i, existing, row, tuple(clash), _restricted(result))
    choice = _choice(resolutions, conflict.ref)
    if choice is None:
        result.conflicts.append(conflict)
        return None
    if choice == TAKE_THEIRS:
        return taken + clash
    result.kept[table.name] += 1
    return taken or None


def display(table: str, name: str, value: Any) -> str:
    """A field's value as she reads it (dates, catalogue labels, "—" for nothing)."""
    catalogue = tables.TABLES[table].catalogues.get(name) if table in tables.TABLES else None
    if value is None or value == "" or value == ():
        return "—"
    if (table, name) in handover_rules.DAY_FIELDS and isinstance(value, str):
        return fmt_date(date.fromisoformat(value[:10]))   # the day she gave, no time
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, tuple):
        return ", ".join(catalogue.label(v) if catalogue else str(v) for v in value)
    if catalogue is not None:
        return catalogue.label(value)
    return str(value)


def describe(conn: Connection, table: str, record: Any) -> str:
    """The entry in her words: "Termin am 03.12.2026, 10:00–10:45, P-Anna"."""
    from ..domain import catalogues as cat

    person = getattr(record, "person_id", None)
    found = repo.PERSONS.get(conn, person) if person else None
    who = found.pseudonym if found is not None else "ohne Person"
    if table == "appointment":
        return f"Termin am {fmt_date(record.day)}, {record.start}–{record.end}, {who}"
    if table == "contact":
        at = f", {record.time}" if record.time else ""
        return f"{cat.CONTACT_KINDS.label(record.kind)} am {fmt_date(record.day)}{at}, {who}"
    if table == "person":
        return f"Person {record.pseudonym}"
    if table == "case_file":
        return f"Fall „{record.title}“ seit {fmt_date(record.opened)}, {who}"
    if table == "case_goal":   # its start may differ: she moves it (``goals.started_on``)
        case = repo.CASES.get(conn, record.case_id)
        found = repo.PERSONS.get(conn, case.person_id) if case is not None else None
        return f"Ziel „{record.text}“, {found.pseudonym if found else 'ohne Person'}"
    return ""


def _tombstone_conflict(conn: Connection, row: dict, i: int, resolutions, result: MergeResult,
                        present: list[set]) -> bool:
    """A deletion in the file of a record that is here: asked like any conflict (taking
    theirs deletes it here too, by the tombstone re-apply of restore). True: handled."""
    record_id = row["record_id"].split(retention_log_repo.FIELD_MARK, 1)[0]
    if record_id not in _here_before(conn, present):
        return False
    if _held_here(conn, record_id):   # a hold blocks deletion, as in her forms: not asked
        result.held_kept += 1
        return True
    conflict = Conflict("tombstone", (row["record_id"],), f"tables.tombstone[{i}]",
                        ("dort gelöscht, hier vorhanden",))
    if _decided(conn, conflict, resolutions, result, ix._TABLES["tombstone"], row):
        retention_log_repo.apply_tombstones(conn)
        _restrictions_written(result, "tombstone")
    return True


def _here_before(conn: Connection, present: list[set]) -> set:
    """The ids of every record this vault held before the merge (read once, kept in
    ``present``): of every table a tombstone deletes from (``apply_tombstones``), documents
    too – a deletion of one of hers is asked, never written to wait for the next restore."""
    if not present:
        present.append(ixrepo.all_ids(conn, retention_log_repo.tables_with_id(conn)))
    return present[0]


def _held_here(conn: Connection, record_id: str) -> bool:
    """Whether a hold (Sperre) here lies on the record or on what it belongs to (its
    person, case, group …: ``_reached``) – the rule of her forms, ``services.holds``."""
    if not retention_repo.holds(conn):
        return False
    ids = {record_id}
    for name, store in _record_stores():
        record = store.get(conn, record_id)
        if record is not None:
            ids |= _reached(conn, name, record)
            if name == "group_activity":   # its memberships go with it (FK cascade)
                ids |= {i for m in group_members_repo.for_group(conn, record_id)
                        for i in (m.id, m.person_id)}
            break
    return holds.blocking(conn, ids) is not None


def _record_stores() -> list[tuple[str, Any]]:
    """Where a record a tombstone names may be: the merged tables with an id, documents and
    group memberships (not in a file, but a tombstone deletes them: a held person's stays)."""
    return [*((t.name, t) for t in ix.merge_tables() if t.key == ("id",)),
            ("document", documents_repo.DOCUMENTS), ("group_member", group_members_repo.MEMBERS)]


def _restrictions_written(result: MergeResult, table: str) -> None:
    """The merge wrote a restriction or applied a deletion: read the restrictions again."""
    if table in ("retention_restriction", "tombstone") and result.restricted is not None:
        result.restricted.changed()


def _decided(conn: Connection, conflict: Conflict, resolutions, result: MergeResult, table,
             row: dict) -> bool:
    """Her answer to ``conflict``: theirs writes ``row`` (True), mine counts it kept, none
    yet lists the conflict."""
    choice = _choice(resolutions, conflict.ref)
    if choice == TAKE_THEIRS:
        table.insert(conn, ix._build(table, row))
        result.taken[table.name] += 1
        _restrictions_written(result, table.name)
        return True
    if choice == KEEP_MINE:
        result.kept[table.name] += 1
    else:
        result.conflicts.append(conflict)
    return False


# A restriction or § 9b classification in the file for a record this vault holds without
# it (she lifted it, or never placed it): asked, never written silently (the re-import of
# an earlier export would otherwise restrict again whom she released, or keep for decades
# a file she took out of § 9b).
_STATE_ASKED = {"retention_restriction": "dort eingeschränkt, hier nicht",
                "retention_mark": "dort nach § 9b eingeordnet, hier nicht"}


def _state_conflict(conn: Connection, table, row: dict, key: tuple, i: int, resolutions,
                    result: MergeResult, present: list[set], new_ids: dict[str, set]) -> bool:
    """A restriction or mark of the file on a record that was here before the merge
    (without it): a conflict; taking theirs writes it. True: handled."""
    record_id = row.get("record_id")
    if (record_id not in _here_before(conn, present)
            or any(record_id in ids for ids in new_ids.values())):
        return False
    person = repo.PERSONS.get(conn, row["record_id"])
    conflict = Conflict(table.name, key, f"tables.{table.name}[{i}]",
                        (_STATE_ASKED[table.name],),
                        conflict_words(conn, "person", person, restricted=_restricted(result))[0])
    _decided(conn, conflict, resolutions, result, table, row)
    return True


# Columns that name another record without a foreign key (holds, restrictions, marks,
# annotations, drafts): a row whose record was deleted here is deleted with it. Not in
# the deletion log and the tombstones, whose very content are deleted ids.
_SOFT_REFERENCES = ("record_id", "target_id", "ref")
_KEEP_DELETED_IDS = frozenset({"tombstone", "deletion_log"})


def _is_dropped(row: dict, key: tuple, refs: dict[str, str], stones: set,
                dropped: dict[str, set], table_name: str) -> bool:
    """Deleted in this vault, or hanging on a record that was."""
    if table_name in _KEEP_DELETED_IDS:
        return False
    if len(key) == 1 and key[0] in stones:
        return True
    if any(row.get(column) in dropped.get(parent, ()) for column, parent in refs.items()):
        return True
    gone = dropped.get("*", set())
    for column in _SOFT_REFERENCES:
        value = row.get(column)
        if isinstance(value, str) and (
                value in gone or value in stones
                or value.split(retention_log_repo.FIELD_MARK, 1)[0] in stones):
            return True
    return False


def _merge_settings(conn: Connection, settings: dict, resolutions, result: MergeResult) -> None:
    mine = ixrepo.all_settings(conn)
    for name, value in sorted(settings.items()):
        if name not in mine:
            repo.set_setting(conn, name, value)
            result.inserted[SETTINGS] += 1
        elif mine[name] == value:
            result.identical[SETTINGS] += 1
        else:
            conflict = Conflict(SETTINGS, (name,), f"settings.{name}", ("value",))
            choice = _choice(resolutions, conflict.ref)
            if choice == TAKE_THEIRS:
                repo.set_setting(conn, name, value)
                result.taken[SETTINGS] += 1
            elif choice == KEEP_MINE:
                result.kept[SETTINGS] += 1
            else:
                result.conflicts.append(conflict)


# -- statistics records of imported activities -------------------------
# table of the activity → (record type, time entry source kind)
