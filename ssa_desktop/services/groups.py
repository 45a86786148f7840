"""Gruppen & Projekte (task area GRP, DOMAIN.md § 3).

A group activity belongs to a school year and has sessions; every session is recorded
through ``services.activities.record_group_session`` (session + anonymous statistics
record + time entry). Participants are counted by gender (m/w/d). A name list is kept
only when needed and is deleted when the activity is marked as reported (R4).
"""

from __future__ import annotations

from datetime import date

from ..domain.catalogues import GROUP_KINDS
from ..domain.entities import GroupActivity, GroupSession
from ..domain.schoolyear import SchoolYear
from ..storage import groups_repo as grepo
from ..storage import repositories as repo
from ..storage.transactions import transaction
from . import activities

GroupRow = grepo.GroupRow

NAME_LIST_HINT = ("Namensliste nur, wenn nötig. Sie wird gelöscht, sobald „berichtet“ "
                  "gesetzt ist.")


def list_groups(conn, *, school_id: str | None = None, school_year: int | None = None,
                kind: str | None = None) -> list[GroupRow]:
    return grepo.group_rows(conn, school_id=school_id, school_year=school_year, kind=kind)


def get_group(conn, group_id: str) -> GroupActivity | None:
    return repo.GROUPS.get(conn, group_id)


def school_years(conn, today: date | None = None) -> list[int]:
    """School years that have groups, plus the current one, newest first."""
    current = SchoolYear.of(today or date.today()).start_year
    return sorted(set(grepo.school_years(conn)) | {current}, reverse=True)


def save_group(conn, group: GroupActivity) -> GroupActivity:
    """Validate and store a group; a reported group loses its name list (R4)."""
    group.title = group.title.strip()
    if not group.title:
        raise ValueError("Bitte einen Titel eingeben.")
    if group.kind not in GROUP_KINDS:
        raise ValueError("Bitte die Art wählen (Gruppe, Klassenprojekt, Projekt).")
    for value in (group.participants_m, group.participants_w, group.participants_d):
        if value < 0:
            raise ValueError("Teilnehmerzahlen können nicht negativ sein.")
    if group.reported:
        group.name_list = ""
    with transaction(conn):
        old = repo.GROUPS.get(conn, group.id)
        if old is not None and old.school_year != group.school_year:
            year = SchoolYear(group.school_year)
            if any(s.day not in year for s in grepo.sessions(conn, group.id)):
                raise ValueError("Es gibt Termine außerhalb des gewählten Schuljahres.")
        activities.save_group(conn, group)
        grepo.sync_session_statistics(conn, group.id, group.kind, group.school_id,
                                      group.participants)
    return group


def delete_group(conn, group_id: str) -> None:
    """Remove a group entered by mistake with its sessions and their records."""
    with transaction(conn):
        for session in grepo.sessions(conn, group_id):
            grepo.delete_session_records(conn, session.id)
        repo.GROUPS.delete(conn, group_id)


def sessions(conn, group_id: str) -> list[GroupSession]:
    return grepo.sessions(conn, group_id)


def add_session(conn, group_id: str, day: date, duration_min: int, note: str = "") -> GroupSession:
    group = repo.GROUPS.get(conn, group_id)
    if group is None:
        raise ValueError("Bitte die Gruppe zuerst speichern.")
    if duration_min <= 0:
        raise ValueError("Bitte eine Dauer angeben.")
    if day not in SchoolYear(group.school_year):
        raise ValueError(f"Das Datum liegt nicht im Schuljahr {SchoolYear(group.school_year)}.")
    return activities.record_group_session(
        conn, GroupSession(group_id=group_id, day=day, duration_min=duration_min,
                           note=note.strip()))


def remove_session(conn, session_id: str) -> None:
    with transaction(conn):
        grepo.delete_session_records(conn, session_id)


def totals(conn, group_id: str) -> tuple[int, int]:
    """(number of sessions, minutes)."""
    rows = grepo.sessions(conn, group_id)
    return len(rows), sum(s.duration_min for s in rows)
