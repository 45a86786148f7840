"""Gruppen & Projekte (task area GRP, docs/domain.md § 3).

A group activity belongs to a school year and has sessions; every session is recorded
through ``services.activities.record_group_session`` (session + anonymous statistics
record + time entry). Participants are counted by gender (m/w/d). A name list is kept
only when needed and is deleted when the activity is marked as reported (R4).
"""

from __future__ import annotations

from datetime import date

from ..domain import clock, plausibility
from ..domain.catalogues import GROUP_KINDS, GROUP_PURPOSES
from ..domain.entities import GroupActivity, GroupSession
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import groups_repo as grepo
from ..storage import notes_repo as nrepo
from ..storage import repositories as repo
from ..storage import statistics_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import holds, tombstones
from .operations import DataKind, writes

GroupRow = grepo.GroupRow

NAME_LIST_HINT = ("Namensliste nur, wenn nötig. Sie wird gelöscht, sobald „berichtet“ "
                  "gesetzt ist.")


def list_groups(conn: Connection, *, school_id: str | None = None, school_year: int | None = None,
                kind: str | None = None) -> list[GroupRow]:
    return grepo.group_rows(conn, school_id=school_id, school_year=school_year, kind=kind)


def get_group(conn: Connection, group_id: str) -> GroupActivity | None:
    return repo.GROUPS.get(conn, group_id)


def school_years(conn: Connection, today: date | None = None) -> list[int]:
    """School years that have groups, plus the current one, newest first."""
    current = SchoolYear.of(today or clock.today()).start_year
    return sorted(set(grepo.school_years(conn)) | {current}, reverse=True)


def check_group(group: GroupActivity) -> None:
    """The refusals of ``save_group`` that need no vault (a form asks its questions,
    e.g. about 0 participants, only about a group that would be saved); tidies the
    title and the purposes."""
    group.title = group.title.strip()
    if not group.title:
        raise UserError("Bitte einen Titel eingeben.")
    if group.kind not in GROUP_KINDS:
        raise UserError("Bitte die Art wählen (Gruppe, Klassenprojekt, Projekt).")
    group.purposes = tuple(dict.fromkeys(group.purposes))
    if any(p not in GROUP_PURPOSES for p in group.purposes):
        raise UserError("Unbekannter Zweck des Angebots.")
    if problem := plausibility.participants_problem(
            group.participants_m, group.participants_w, group.participants_d):
        raise UserError(problem[1])


@writes(DataKind.GROUPS, DataKind.STATISTICS, DataKind.DRAFTS)
def save_group(conn: Connection, group: GroupActivity) -> GroupActivity:
    """Validate and store a group; a reported group loses its name list (R4), also the
    one an unsaved form of it kept as a draft at a lock."""
    check_group(group)
    if group.reported:
        group.name_list = ""
    with transaction(conn):
        old = repo.GROUPS.get(conn, group.id)
        _guard_delivered(conn, old, group)
        if old is not None and old.school_year != group.school_year:
            year = SchoolYear(group.school_year)
            if any(s.day not in year for s in grepo.sessions(conn, group.id)):
                raise UserError("Es gibt Termine außerhalb des gewählten Schuljahres.")
        if group.reported and old is not None and old.name_list:
            tombstones.cleared(conn, "name_list", group.id, "name_list")  # R4
        if group.reported:
            _delete_drafts_of(conn, group.id)
        from . import activities  # the recording (11 kB) loads when she changes one

        activities.save_group(conn, group)
        grepo.sync_session_statistics(conn, group)
    return group


def _delete_drafts_of(conn: Connection, group_id: str) -> None:
    """The group's unsaved form (a draft kept at a lock may hold the name list), with
    tombstones so that a restored backup does not bring it back."""
    tombstones.all_deleted(conn, "draft", nrepo.draft_ids_filed_under(conn, group_id))
    nrepo.delete_drafts_filed_under(conn, group_id)


def _guard_delivered(conn: Connection, old: GroupActivity | None, new: GroupActivity) -> None:
    """Figures of a delivered ("abgegeben") school year stay as delivered: a group with
    sessions in such a year keeps its kind, school, year and participants."""
    if old is None or not grepo.sessions(conn, old.id):
        return
    counted = (old.kind, old.school_id, old.school_year, old.participants_m,
               old.participants_w, old.participants_d, tuple(old.purposes))
    wanted = (new.kind, new.school_id, new.school_year, new.participants_m,
              new.participants_w, new.participants_d, tuple(new.purposes))
    if counted != wanted and old.school_year in statistics_repo.delivered_years(conn):
        raise UserError(f"Die KVJS-Zahlen {SchoolYear(old.school_year)} sind schon als "
                         "abgegeben markiert: Art, Schule und Teilnehmende dieser Gruppe "
                         "bleiben, wie sie gezählt wurden. Zum Korrigieren zuerst in der "
                         "Statistik die Abgabe zurücknehmen.")


@writes(DataKind.GROUPS, DataKind.STATISTICS, DataKind.TIME, DataKind.DRAFTS)
def delete_group(conn: Connection, group_id: str) -> None:
    """Remove a group entered by mistake with its sessions and their records (with
    tombstones: a restored backup must not bring back its name list or notes). Refused
    while a hold lies on it or on a member (``holds``: her membership would go with it)."""
    group = repo.GROUPS.get(conn, group_id)
    with transaction(conn):
        if (why := holds.group_refusal(conn, group_id)) is not None:
            raise holds.HeldRecord(why)
        sessions_ = grepo.sessions(conn, group_id)
        for session in sessions_:
            grepo.delete_session_records(conn, session.id)
            tombstones.session_removed(conn, "group_session", session.id)
        if group is not None:
            repo.GROUPS.delete(conn, group_id)
            tombstones.deleted(conn, "group", group_id)
        _delete_drafts_of(conn, group_id)  # its unsaved form goes with it
    if group is not None and sessions_:
        from . import activities  # the recording (11 kB) loads when she changes one

        activities.warn_if_delivered(conn, group.school_year)


def sessions(conn: Connection, group_id: str) -> list[GroupSession]:
    return grepo.sessions(conn, group_id)


@writes(DataKind.GROUPS, DataKind.STATISTICS, DataKind.TIME)
def add_session(conn: Connection, group_id: str, day: date, duration_min: int, note: str = "") -> GroupSession:
    group = repo.GROUPS.existing(conn, group_id,
                                 missing=UserError("Bitte die Gruppe zuerst speichern."))
    if why := plausibility.no_duration_problem(duration_min, plausibility.GROUP_SESSION):
        raise UserError(why)
    if why := plausibility.session_day_problem(day, group.school_year):
        raise UserError(why)
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.record_group_session(
        conn, GroupSession(group_id=group_id, day=day, duration_min=duration_min,
                           note=note.strip()))


@writes(DataKind.GROUPS, DataKind.STATISTICS, DataKind.TIME)
def remove_session(conn: Connection, session_id: str) -> str:
    """A session entered by mistake goes with its statistics record and time entry; the
    warning for a delivered school year is returned ("" otherwise)."""
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.drop_session(conn, repo.GROUP_SESSIONS, grepo.delete_session_records,
                            "group_session", session_id)


def totals(conn: Connection, group_id: str) -> tuple[int, int]:
    """(number of sessions, minutes)."""
    rows = grepo.sessions(conn, group_id)
    return len(rows), sum(s.duration_min for s in rows)
