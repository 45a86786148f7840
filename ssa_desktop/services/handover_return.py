"""Reading the deputy's return into the vault that issued the Vertretungspaket
(docs/handover.md): opened with the remembered key, checked against what the package
carried, merged three-way against its baseline, then shredded and the key removed."""

from __future__ import annotations

import collections
from datetime import date, timedelta
from pathlib import Path

from ..domain import clock, plausibility, tables
from ..domain import handover as rules
from ..domain.goals import SCALES, CaseGoal, baseline_day, level_problem
from ..formatting import fmt_date, fmt_number
from ..storage import documents_repo, goals_repo
from ..storage import handover_deputy_repo as qd
from ..storage import handover_repo as q
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import handover_return_documents, package_documents, retention
from .handover import (
    _TABLES,
    PackageError,
    PackageExpired,
    _expires,
    _shown_day,
    _zero,
    remove_issued_key,
    shred,
)
from .operations import DataKind, Progress, writes


def _open_issued(conn: Connection, path: Path, kind: str, today: date):
    """Open a return/own package with the key this vault remembers for it. A return of a
    package whose key is gone (recognised by its file hash or its default name) is
    shredded on or after the package's expiry, else refused naming what happened."""
    issued = q.registry(conn, q.REGISTRY_PREFIX)
    for package_id, entry in issued.items():
        if entry.get("kind") != kind or not entry.get("key"):
            continue
        key = bytearray(bytes.fromhex(entry["key"]))
        try:
            if not q.key_fits(path, key):
                continue
            return q.open_package(path, key), package_id, entry
        finally:
            _zero(key)
    package_id, entry, read_before = _keyless_package(issued, path, kind)
    expires = _expires(entry)
    if expires and rules.is_expired(expires, today):
        removed = _day_or_none(entry.get("key_removed"))
        raise _expired_return(conn, path, package_id, expires, today,
                              f"Der Paketschlüssel wurde am {fmt_date(removed)} gelöscht."
                              if removed else "Der Paketschlüssel war schon gelöscht.")
    raise PackageError(_key_gone_text(entry, read_before))


def _keyless_package(issued: dict, path: Path, kind: str) -> tuple[str, dict, bool]:
    """The package (id, registry entry) of a return whose key is gone: by the hash of a
    return read before (True), else by the package id in its default name (False)."""
    digest = q.file_hash(path)
    for package_id, entry in issued.items():
        if digest in entry.get("returns_read", ()):
            return package_id, entry, True
    for package_id, entry in issued.items():
        if entry.get("kind") == kind and not entry.get("key") \
                and rules.package_of_return_name(path.name, package_id):
            return package_id, entry, False
    raise PackageError("Diese Datei gehört zu keinem Paket, das dieser Tresor geschrieben hat "
                       "und dessen Schlüssel er noch hat (oder sie ist beschädigt). Nichts "
                       "wurde verändert.")


def _key_gone_text(entry: dict, read_before: bool) -> str:
    """Why a return of a package whose key is gone is not read (before the expiry); a
    day is named only where the registry has one."""
    removed = _day_or_none(entry.get("key_removed"))
    when = f" ({fmt_date(removed)})" if removed else ""
    if read_before:
        return (f"Diese Rückgabe wurde schon eingelesen und der Schlüssel des Pakets danach "
                f"gelöscht{when}; sie wird nicht noch einmal gelesen. Nichts wurde verändert; "
                "die Datei können Sie löschen.")
    returned = _day_or_none(entry.get("returned"))
    last = _day_or_none(entry.get("last"))
    package = f"Vertretungspaket ({entry.get('recipient', '')}" + (
        f", bis {fmt_date(last)})" if last else ")")
    said = (f"Zu diesem {package} wurde am {fmt_date(returned)} schon eine Rückgabe "
            f"eingelesen; sein Schlüssel ist gelöscht{when}" if returned
            else f"Der Schlüssel zu diesem {package} ist gelöscht{when}")
    return (f"{said}, diese Rückgabe kann deshalb nicht mehr gelesen werden. Nichts wurde "
            "verändert; bitte die Einträge darin mit der Vertretung durchgehen und von Hand "
            "erfassen.")


def _day_or_none(value) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _expired_return(conn: Connection, path: Path, package_id: str, expires: date,
                    today: date, key_sentence: str) -> PackageExpired:
    """Shred a return read on or after its package's expiry, log it; the refusal to raise
    (``key_sentence``: what became of the package key)."""
    size, problem = shred(path)
    if not problem:
        retention.log_package_deleted(conn, package_id, size, today,
                                      "Rückgabe nach dem Ablauf geöffnet",
                                      category="Rückgabe der Vertretung (Datei)")
    done = (f"gelöscht: die Datei ({size} Byte) wurde überschrieben und entfernt"
            if not problem else f"nicht gelöscht. {problem.rstrip('.')}")
    return PackageExpired(
        f"Die Rückgabe der Vertretung ist seit {fmt_date(expires)} abgelaufen (wie das "
        f"Paket) und wurde deshalb nicht eingelesen, sondern {done}. {key_sentence}")


def return_document(ret) -> dict:
    """The return as an interchange document of only its contacts and appointments."""
    from . import interchange

    try:
        doc = interchange.export_document(ret)
    except (ValueError, TypeError, AttributeError):
        raise PackageError("Die Rückgabe enthält Einträge mit ungültigen Werten (z. B. ein "
                           "Datum, das es nicht gibt) und wird nicht eingelesen; nichts wurde "
                           "verändert.") from None
    doc["tables"] = {name: doc["tables"].get(name, []) for name in rules.RETURN_TABLES}
    doc["settings"] = {}
    doc["meta"] = {}
    # the package counts nothing; the deputy's contacts count here, derived on merge
    doc.pop("not_counted", None)
    return doc


def _contents(conn: Connection, entry: dict) -> rules.PackageContents:
    """What the package carried (registry ``contents``; for a package written by
    an earlier release the persons of its disclosures, their open cases and appointments)."""
    contents = entry.get("contents")
    if contents is None:
        disclosed = qd.disclosed_persons(conn, entry.get("recipient", ""), entry.get("created", ""))
        contents = {"person": disclosed, "case_file": qd.open_case_ids(conn, disclosed),
                    "appointment": qd.person_appointment_ids(conn, disclosed)}
    persons = frozenset(contents.get("person", ()))
    facts = qd.person_facts(conn, persons)
    goal_person = qd.goal_persons(conn, contents.get("case_goal", ()))   # handed out, still here
    returned = entry.get("returned_ids") or {}
    return rules.PackageContents(
        persons, qd.case_persons(conn, contents.get("case_file", ())),
        frozenset(contents.get("appointment", ())),
        frozenset(contents.get("contact", ())),
        {pid: school for pid, (_pseudonym, school) in facts.items()},
        {name: frozenset(returned.get(name, ())) for name in (*rules.RETURN_TABLES, "document")},
        rules.Period(date.fromisoformat(entry["first"]), date.fromisoformat(entry["last"]))
        if entry.get("first") and entry.get("last") else None,
        date.fromisoformat(entry["created"][:10]) if entry.get("created") else None,
        goal_person)


_ROW_LABELS = tables.returned_labels()


def check_return_rows(conn: Connection, ret, doc: dict, entry: dict, today: date | None = None,
                      progress: Progress | None = None) -> int:
    """Refuse the whole return (German, each row by name and why) when it holds anything
    but contacts, appointments, goal ratings and documents of the package's own persons,
    cases and appointments (on days the rules allow). The rows of a package person deleted
    here meanwhile are taken out of ``doc``; returns how many. The documents to write go
    into ``doc["_documents"]`` (checked one at a time, ``handover_return_documents``)."""
    scales = _goal_scales(ret)
    problems = _foreign_tables(ret)
    contents = _contents(conn, entry)
    left_out = _leave_out_deleted_persons(doc, contents)
    left_out += _leave_out_deleted_goals(doc, entry, contents)
    _leave_out_rescaled_goals(conn, doc, entry, contents, scales)
    _leave_out_ratings_before_start(conn, doc, entry, contents)
    names = _pseudonyms(conn, doc)
    names.update({pid: pseudonym for pid, (pseudonym, _s) in qd.person_facts(
        conn, {*contents.persons, *(x.person_id for x in documents_repo.every(ret))}).items()})
    documents = handover_return_documents.check(conn, ret, contents, names,
                                                progress or Progress(), (10, 40))
    problems += documents.problems
    doc["_documents"] = documents.admitted
    doc.setdefault("_left_out_sentences", []).extend(documents.left_out)
    baseline = entry.get("baseline") or {}
    doc["_restricted"] = restricted_rows(conn, doc, contents, baseline, documents.admitted_persons)
    problems += _refused_rows(conn, doc, contents, baseline, today, names)
    problems += _rating_contacts(doc, contents) + _rating_levels(conn, doc, contents, scales)
    problems += _implausible_contacts(conn, doc.get("tables", {}).get("contact", []),
                                      baseline.get("contact", {}), names)
    if problems:
        _refuse(problems)
    return left_out


def restricted_rows(conn: Connection, doc: dict, contents: rules.PackageContents,
                    baseline: dict, documents: dict[str, str]) -> tuple[frozenset[str], int]:
    """The one rule for a package person restricted here since (Art. 18 DSGVO,
    docs/handover.md): what the deputy did for her – new or changed contacts,
    appointments, ratings, and documents (``documents``: id → person) – is kept, under the
    restriction; the summary counts it without naming her. The restricted persons and the
    count."""
    restricted = frozenset(retention.restricted_ids(conn) & contents.persons)
    if not restricted:
        return restricted, 0
    count = sum(1 for pid in documents.values() if pid in restricted)
    for name in rules.RETURN_TABLES:
        for row in doc["tables"].get(name, []):
            person = row.get("person_id") or (contents.goal_person or {}).get(
                str(row.get("goal_id")))
            if person in restricted and rules.changed_fields(
                    baseline.get(name, {}).get(row.get("id")) or {}, row):
                count += 1
    return restricted, count


def restricted_sentence(count: int) -> list[str]:
    """Her words for what was kept of restricted persons: a count, no name, no title."""
    if not count:
        return []
    return [f"{count} {'Eintrag' if count == 1 else 'Einträge'} der Vertretung zu einer "
            "Person, deren Verarbeitung eingeschränkt ist (Art. 18 DSGVO), gespeichert und "
            "ebenfalls eingeschränkt; sie sind nur im Bereich Datenschutz zu sehen."]


def _foreign_tables(ret) -> list[str]:
    """A return holds only contacts and appointments: one sentence per other filled table."""
    from .vault_admin import TABLE_LABELS

    return [f"{n} × {TABLE_LABELS.get(name, name)}: eine Rückgabe enthält nur Kontakte und "
            "Termine" for name, n in qd.filled_tables(ret).items()
            if name not in (*rules.RETURN_TABLES, *RETURN_DOCUMENT_TABLES)]


# the documents she added travel in these two tables (``handover_return_documents``)
RETURN_DOCUMENT_TABLES = ("document", documents_repo.PACKAGE_TABLE)


def _leave_out_deleted_persons(doc: dict, contents: rules.PackageContents) -> int:
    """Take the rows of package persons deleted here meanwhile (no longer with a school
    here) out of ``doc``; returns how many."""
    gone = {pid for pid in contents.persons if pid not in (contents.person_school or {})}
    left_out = 0
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        kept = [r for r in rows if r.get("person_id") not in gone]
        left_out += len(rows) - len(kept)
        doc["tables"][name] = kept
    return left_out


def _leave_out_deleted_goals(doc: dict, entry: dict, contents: rules.PackageContents) -> int:
    """Take the ratings of goals handed out but deleted here meanwhile (a tombstone keeps
    them out) out of ``doc``; returns how many."""
    handed = set((entry.get("contents") or {}).get("case_goal", ()))
    gone = handed - set(contents.goal_person or {})
    rows = doc["tables"].get("goal_rating", [])
    kept = [r for r in rows if r.get("goal_id") not in gone]
    doc["tables"]["goal_rating"] = kept
    if len(kept) < len(rows):
        doc.setdefault("_left_out_sentences", []).append(
            f"{len(rows) - len(kept)} Einschätzung(en) eines inzwischen gelöschten Ziels nicht "
            "übernommen.")
    return 0


def _goal_scales(ret) -> dict[str, str] | None:
    """Each handed goal's scale as the deputy last had it (None: a return of an earlier
    release, which carries none); a crafted value is refused in German."""
    try:
        return rules.return_goal_scales(q.meta(ret).get(rules.GOAL_SCALES))
    except rules.HandoverRuleError as err:
        raise PackageError(str(err)) from None


def _leave_out_rescaled_goals(conn: Connection, doc: dict, entry: dict,
                              contents: rules.PackageContents,
                              scales: dict[str, str] | None = None) -> None:
    """Take out of ``doc`` the deputy's ratings of a goal that went out unrated, whose
    scale she changed in her package (``scales``, the return's; a return of an earlier
    release tells it only by a level of the other scale), while the worker rated it here
    on its scale meanwhile (so the form keeps it): the goal keeps the worker's scale and
    ratings; one sentence per goal counts them and names it (not the goal of a person
    restricted here, Art. 18 DSGVO). A level of no scale, or another scale of a goal that
    went out rated, is still refused."""
    handed_rated = {fields.get("goal_id") for fields in
                    ((entry.get("baseline") or {}).get("goal_rating") or {}).values()}
    rows = doc["tables"].get("goal_rating", [])
    rescaled = set()
    for row in rows:
        goal = goals_repo.CASE_GOALS.get(conn, str(row.get("goal_id")))
        if goal is not None and _rescaled_there(conn, goal, row, handed_rated, scales):
            rescaled.add(goal.id)
    if not rescaled:
        return
    # every rating of such a goal is on her scale (a 2 of „1 bis 5“ is no +2): all go
    left = collections.Counter(r.get("goal_id") for r in rows if r.get("goal_id") in rescaled)
    doc["tables"]["goal_rating"] = [r for r in rows if r.get("goal_id") not in left]
    restricted = retention.restricted_ids(conn)
    for goal_id, n in left.items():
        text = goals_repo.CASE_GOALS.get(conn, goal_id).text   # type: ignore[union-attr]
        which = "zu einem Ziel" if _restricted_goal(contents, goal_id, restricted) \
            else f"zum Ziel „{text}“"
        doc.setdefault("_left_out_sentences", []).append(
            f"{n} Einschätzung(en) der Vertretung {which} nicht übernommen: die "
            "Vertretung hat es auf einer anderen Skala eingeschätzt als Sie hier; es "
            "bleibt bei Ihrer Skala und Ihren Einschätzungen.")


def _leave_out_ratings_before_start(conn: Connection, doc: dict, entry: dict,
                                    contents: rules.PackageContents) -> None:
    """Take out of ``doc`` each new or changed rating of the deputy dated before its goal's
    start here (the worker moved „Ausgangswert vom“ later after the handover; the deputy
    rated by the start in her package): one sentence each, the rest of the return comes
    (the goal of a person restricted here unnamed, Art. 18 DSGVO)."""
    handed = (entry.get("baseline") or {}).get("goal_rating") or {}
    restricted = retention.restricted_ids(conn)
    kept = []
    for row in doc["tables"].get("goal_rating", []):
        goal = goals_repo.CASE_GOALS.get(conn, str(row.get("goal_id")))
        day = _iso_day(row.get("day"))
        if goal is None or day is None or day >= baseline_day(goal) or not \
                rules.changed_fields(handed.get(row.get("id")) or {}, row):
            kept.append(row)
            continue
        which = "zu einem Ziel" if _restricted_goal(contents, goal.id, restricted) \
            else f"zum Ziel „{goal.text}“"
        doc.setdefault("_left_out_sentences", []).append(
            f"Einschätzung der Vertretung vom {fmt_date(day)} {which} nicht übernommen: sie "
            f"liegt vor dem Ausgangswert vom {fmt_date(baseline_day(goal))} (Sie haben den "
            "Tag nach der Übergabe verschoben); tragen Sie sie bei Bedarf mit einem Tag ab "
            "dann selbst ein.")
    doc["tables"]["goal_rating"] = kept


def _iso_day(value) -> date | None:
    """``value`` as a day, None when it is none (a crafted row: the rules refuse it)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _restricted_goal(contents: rules.PackageContents, goal_id: str, restricted) -> bool:
    return (contents.goal_person or {}).get(goal_id) in restricted


def _her_other_scale(goal: CaseGoal, row: dict, scales: dict[str, str] | None) -> bool:
    """Whether ``row`` rates ``goal`` on another scale than its own here: the scale the
    return carries for it, else (a return of an earlier release) a level of no scale
    but the other one (a level both share cannot tell)."""
    hers = (scales or {}).get(goal.id)
    if hers is not None:
        return hers != goal.scale
    level = row.get("level")
    return bool(level_problem(goal.scale, level) and not level_problem(None, level))


def _rescaled_there(conn: Connection, goal: CaseGoal, row: dict, handed_rated: set,
                    scales: dict[str, str] | None) -> bool:
    """Whether ``row`` rates ``goal`` on the other scale, which the deputy could set in her
    package (the goal went out unrated) and the worker can no longer (she rated it here)."""
    return bool(_her_other_scale(goal, row, scales)
                and rules.field_hash(goal.id) not in handed_rated
                and goals_repo.ratings_of_goal(conn, goal.id))


def _rating_contacts(doc: dict, contents: rules.PackageContents) -> list[str]:
    """A returned rating names no contact, or one of the return (or of an earlier one)."""
    ours = {r.get("id") for r in doc["tables"].get("contact", [])} | set(
        (contents.returned or {}).get("contact", ()))
    return [f"Einschätzung vom {_shown_day(r.get('day'))}: der Kontakt ist nicht in der "
            "Rückgabe" for r in doc["tables"].get("goal_rating", [])
            if r.get("contact_id") is not None and r.get("contact_id") not in ours]


def _rating_levels(conn: Connection, doc: dict, contents: rules.PackageContents,
                   scales: dict[str, str] | None = None) -> list[str]:
    """A returned rating is on its goal's scale here (the scale the return carries for it,
    ``scales``) and its level one of that scale (GAS −2 … +2, generic 1 … 5)."""
    problems = []
    restricted = retention.restricted_ids(conn)
    for row in doc["tables"].get("goal_rating", []):
        goal = goals_repo.CASE_GOALS.get(conn, str(row.get("goal_id")))
        if goal is None:
            continue
        hers = (scales or {}).get(goal.id, goal.scale)
        why = level_problem(goal.scale, row.get("level")) if hers == goal.scale else \
            _other_scale(conn, goal, hers, _restricted_goal(contents, goal.id, restricted))
        if why:
            problems.append(f"Einschätzung vom {_shown_day(row.get('day'))}: {why}")
    return problems


def _other_scale(conn: Connection, goal: CaseGoal, hers: str, restricted: bool) -> str:
    """Why a rating on the deputy's scale of a goal that has another here is refused (her
    2 on „1 bis 5“ is no +2); unrated here, the worker can take over her scale."""
    which = "ein Ziel" if restricted else f"das Ziel „{goal.text}“"
    why = (f"die Vertretung hat {which} auf der Skala „{SCALES[hers]}“ eingeschätzt, hier "
           f"hat es die Skala „{SCALES[goal.scale]}“")
    if goals_repo.ratings_of_goal(conn, goal.id):
        return why
    return why + ("; es ist hier noch nicht eingeschätzt: stellen Sie es auf ihre Skala um, "
                  "dann wird die Rückgabe gelesen")


def _pseudonyms(conn: Connection, doc: dict) -> dict[str, str]:
    """person id → pseudonym of the persons the return's rows name."""
    return {pid: pseudonym for pid, (pseudonym, _s) in qd.person_facts(
        conn, [r.get("person_id") for rows in doc["tables"].values() for r in rows
               if isinstance(r.get("person_id"), str)]).items()}


def _refused_rows(conn: Connection, doc: dict, contents: rules.PackageContents,
                  baseline: dict, today: date | None, names: dict[str, str]) -> list[str]:
    """Each row the rules refuse (``rules.refused_row``, against what the package carried,
    the row as it is here and its baseline), named by kind, day and pseudonym, and why."""
    problems = []
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        here = qd.existing_persons(conn, _TABLES[name], [r["id"] for r in rows])
        for row in rows:
            why = rules.refused_row(name, row, contents, exists_here=row["id"] in here,
                                    person_here=here.get(row["id"]),
                                    base=baseline.get(name, {}).get(row["id"]), today=today)
            if why:
                who = names.get(row.get("person_id"), "unbekannte Person")
                problems.append(f"{_ROW_LABELS[name]} vom {_shown_day(row.get('day'))} "
                                f"({who}): {why}")
    return problems


def _implausible_contacts(conn: Connection, rows: list[dict], baseline: dict,
                          names: dict[str, str]) -> list[str]:
    """The rules of her own entry over the returned contacts (``plausibility.bulk_contacts``,
    the same as for an interchange file), named: the minutes of a new or changed contact
    (1–600), at most 24 hours and 48 contacts per person and day together with the
    contacts her vault holds, and no new contact that copies one she has or another of
    the return."""
    days = sorted(str(r.get("day")) for r in rows)
    held = qd.contacts_on_days(conn, names, days[0], days[-1]) if days else []

    def minutes_rule(row: dict) -> str | None:
        changed = rules.changed_fields(baseline.get(row.get("id")) or {}, row)
        return plausibility.minutes_problem(row.get("duration_min")) \
            if "duration_min" in changed else None
    found = plausibility.bulk_contacts(
        rows, [{**vars(c), "day": c.day.isoformat()} for c in held],
        minutes_rule=minutes_rule, where="in der Rückgabe")
    return [problem.sentence(names) for problem in found]


def _refuse(problems: list[str]) -> None:
    """Refuse the return naming its first eight problems (and how many more)."""
    shown = problems[:8] + ([f"… und {len(problems) - 8} weitere"] if len(problems) > 8
                            else [])
    raise PackageError("Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Sie "
                       "enthält Einträge außerhalb des Vertretungspakets oder gegen die "
                       "Regeln eines Kontakts:\n  "
                       + "\n  ".join(shown))


def _mark_rows(doc: dict, mark: str) -> None:
    """Every row of the return is the deputy's (a new entry, or an appointment she
    marked): it says so, whatever the file claims (an entry of the worker never comes
    from a return)."""
    for name in rules.RETURN_TABLES:   # contact, appointment, goal_rating
        for row in doc["tables"].get(name, []):
            row["written_by"] = mark


def _new_rows(conn: Connection, doc: dict) -> dict[str, dict[str, dict]]:
    """Per return table the rows of the return this vault does not have (yet)."""
    found = {}
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        here = qd.existing_persons(conn, _TABLES[name], [r["id"] for r in rows])
        found[name] = {r["id"]: r for r in rows if r["id"] not in here}
    return found


def _remember_returned(conn: Connection, entry: dict, new_rows: dict[str, dict[str, dict]],
                       documents: list | None = None) -> dict:
    """The registry entry with the rows this reading inserted: their ids (a later reading
    of a return of this package may bring them again, changed) and their field hashes as
    the baseline (so that only what changed since is merged three-way); the documents it
    inserted by id with their SHA-256 (``returned_documents``: what came, provably)."""
    entry = dict(entry)
    returned = {name: set(ids) for name, ids in (entry.get("returned_ids") or {}).items()}
    inserted_documents = {doc.id: doc.sha256 for doc in documents or ()
                          if package_documents.is_kept(conn, doc)}
    if inserted_documents:
        returned.setdefault("document", set()).update(inserted_documents)
        entry["returned_documents"] = {**(entry.get("returned_documents") or {}),
                                       **inserted_documents}
    baseline = entry.get("baseline")
    for name, rows in new_rows.items():
        inserted = set(qd.existing_persons(conn, _TABLES[name], list(rows)))
        returned.setdefault(name, set()).update(inserted)
        if isinstance(baseline, dict):
            table = baseline.setdefault(name, {})
            for rid in inserted:
                table[rid] = {f: rules.field_hash(v) for f, v in rows[rid].items()}
    entry["returned_ids"] = {name: sorted(ids) for name, ids in returned.items()}
    return entry


@writes(*DataKind)
def import_return(conn: Connection, path: Path | str, resolutions=None, *, today: date | None = None,
                  progress: Progress | None = None):
    """Read the deputy's return into this vault through the one merge of interchange
    documents (``interchange_merge.merge_document``) with the package's baseline: a field
    only the deputy changed is taken, one both changed is a conflict, hers is never
    overwritten silently. Refused whole (nothing written) when the return carries rows
    outside the package, and refused and shredded on or after the package's expiry. Returns
    are read until the expiry (each adds only what is new); read completely (no conflict
    left), the deputy's last return removes the package's key (``remove_issued_key``). The
    documents she added are checked, then written under fresh keys, one at a time (memory
    holds one), each a step of ``progress``; their rows go in with the merge."""
    from . import interchange_merge

    progress = progress or Progress()
    today = today or clock.today()
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"Die Datei {path.name} gibt es nicht.")
    digest = q.file_hash(path)
    ret, package_id, entry = _open_issued(conn, path, rules.KIND_DEPUTY, today)
    try:
        last_return = q.meta(ret).get("last_return") == "1"
        with q.damaged_as_package_error():
            doc, left_out = _read_return(conn, ret, path, package_id, entry, today, progress)
            written = handover_return_documents.as_hers(package_documents.write_files(
                conn, ret, doc.pop("_documents", []), progress, (40, 75),
                handover_return_documents.DAMAGED), doc.pop("_mark"))
    finally:
        ret.close()
    left_sentences = doc.pop("_left_out_sentences", [])
    restricted, restricted_count = doc.pop("_restricted", (frozenset(), 0))
    new_rows = _new_rows(conn, doc)
    progress(80, "Die Einträge werden übernommen …")
    try:
        with transaction(conn):  # the merge joins this transaction: all or nothing
            before = q.last_rowids(conn)
            result = interchange_merge.merge_document(conn, doc, resolutions,
                                                      baseline=entry.get("baseline"), today=today)
            # the deputy's contacts count for the school (statistics stay); her working time
            # is hers, not the worker's: the time entries the merge derived go again
            q.drop_derived(conn, before, statistics=False)
            package_documents.insert_rows(conn, written)
            entry = _remember_returned(conn, entry, new_rows, written)
            entry = dict(entry, status="returned", returned=today.isoformat(),
                         open_conflicts=len(result.conflicts))  # list: "Entscheidung offen"
            q.register(conn, q.REGISTRY_PREFIX, package_id, entry)
    except BaseException:
        package_documents.discard_written(conn, written)
        raise
    result.after += documents_sentences(
        conn, [x for x in written if x.person_id not in restricted])
    result.after += restricted_sentence(restricted_count)
    if left_out:
        result.after.append(f"{left_out} {'Eintrag' if left_out == 1 else 'Einträge'} einer "
                            "inzwischen gelöschten Person nicht übernommen.")
    result.after += left_sentences
    if result.conflicts:
        return result
    result.after.append(_shred_return(conn, path, package_id, today))
    if last_return:
        result.after.append("Das war die letzte Rückgabe der Vertretung. " + remove_issued_key(
            conn, package_id, today, "Rückgabe eingelesen", return_hash=digest))
        return result
    with transaction(conn):
        q.register(conn, q.REGISTRY_PREFIX, package_id, dict(
            entry, returns_read=sorted({*entry.get("returns_read", ()), digest})))
    expires = _expires(entry)
    if expires is not None:
        result.after.append(
            "Der Paketschlüssel bleibt bis zum Ablauf des Pakets (letzter Tag "
            f"{fmt_date(expires - timedelta(days=1))}) im Tresor: jede weitere Rückgabe wird "
            "gelesen und bringt nur, was neu ist; die letzte Rückgabe der Vertretung oder der "
            "Ablauf beendet sie.")
    return result


def documents_sentences(conn: Connection, written: list) -> list[str]:
    """Her words for the documents a reading took: each by title and person."""
    kept = [doc for doc in written if package_documents.is_kept(conn, doc)]
    if not kept:
        return []
    names = {pid: pseudonym for pid, (pseudonym, _s) in qd.person_facts(
        conn, {doc.person_id for doc in kept}).items()}
    listed = ", ".join(f"„{doc.title}“ ({names.get(doc.person_id, '')})" for doc in kept)
    return [f"{rules.count_phrase('Dokumente', len(kept))} der Vertretung übernommen "
            f"(Prüfsummen geprüft, verschlüsselt im Tresor): {listed}."]


def _read_return(conn: Connection, ret, path: Path, package_id: str, entry: dict,
                 today: date, progress: Progress | None = None) -> tuple[dict, int]:
    """The return's rows as a document, checked against the package and marked as the
    deputy's; on or after the expiry the return is shredded and the key removed."""
    if q.meta(ret).get("package_kind") != rules.KIND_RETURN:
        raise PackageError("Die Datei ist keine Rückgabe der Vertretung.")
    expires = _expires(entry)
    if expires and rules.is_expired(expires, today):
        ret.close()
        raise _expired_return(conn, path, package_id, expires, today, remove_issued_key(
            conn, package_id, today, "Ablauf der Vertretung"))
    _check_size(conn, ret, entry)
    doc = return_document(ret)
    left_out = check_return_rows(conn, ret, doc, entry, today, progress)
    mark = rules.written_by(entry.get("deputy") or q.meta(ret).get("deputy_name", ""))
    _mark_rows(doc, mark)
    doc["_mark"] = mark      # the documents' too (``handover_return_documents.as_hers``)
    return doc, left_out


def _check_size(conn: Connection, ret, entry: dict) -> None:
    """Refuse a return with more rows than its package's persons and days allow
    (``rules.return_row_limit``), before its rows are read."""
    contents = _contents(conn, entry)
    limit = rules.return_row_limit(contents)
    held = sum(n for name, n in qd.filled_tables(ret).items()
               if name in (*rules.RETURN_TABLES, "document"))
    if limit is None or held <= limit:
        return
    persons = len(contents.persons)
    raise PackageError(
        "Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Sie enthält "
        f"{fmt_number(held, 0)} Einträge; eine Rückgabe dieses Vertretungspakets "
        f"({persons} {'Person' if persons == 1 else 'Personen'}, "
        f"{rules.contact_days(contents)} Tage) bringt höchstens {fmt_number(limit, 0)}.")


def _shred_return(conn: Connection, path: Path, package_id: str, today: date) -> str:
    """After a complete reading the return file goes (a copy carried by hand): shredded,
    logged; the sentence for her."""
    size, problem = shred(path)
    if problem:
        return problem
    retention.log_package_deleted(conn, package_id, size, today, "Rückgabe eingelesen",
                                  category="Rückgabe der Vertretung (Datei)",
                                  rule="Rückgabe eingelesen")
    return f"Die Rückgabe {path.name} wurde eingelesen und danach überschrieben und entfernt."
