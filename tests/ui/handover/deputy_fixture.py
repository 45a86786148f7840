"""A colleague's Vertretungspaket with two pupils (K-17 and N-5), each with an open case,
an appointment with a room, N-5 with an open § 8a procedure – written by a real vault into
a real package file; the deputy's tests open it with its key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Person,
)
from ssa_desktop.services import handover_deputy
from ssa_desktop.storage import repositories as repo
from tests.support.shown import show_active
from tests.support.vaults import fresh_vault

CREATED = date(2026, 11, 23)     # the colleague writes the package
WORKDAY = date(2026, 12, 3)      # the deputy works in it
PERIOD = rules.Period(date(2026, 11, 30), date(2027, 1, 8))


@dataclass
class Package:
    path: Path
    key_text: str
    package_id: str
    k17: str          # person ids
    n5: str
    k17_case: str     # their open cases
    n5_case: str
    n5_appointment: str


def _pupil(conn, pseudonym: str, first: str, last: str, class_label: str, guardian: str,
           title: str, room: str) -> tuple[Person, Case, Appointment]:
    p = repo.PERSONS.insert(conn, Person(pseudonym, first_name=first, last_name=last,
                                         class_label=class_label, school_id="school-1",
                                         guardian_contact=guardian))
    repo.CONSENTS.insert(conn, Consent(p.id, "Vertretung der Schulsozialarbeit",
                                       date(2026, 9, 1), deputy=True))
    case = repo.CASES.insert(conn, Case(p.id, date(2026, 9, 10), school_id="school-1",
                                        title=title))
    appt = repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "10:00", "10:45",
                                                      person_id=p.id, school_id="school-1",
                                                      room=room))
    return p, case, appt


def colleagues_package(folder: Path, *, goal: str = "", rated: date | None = None,
                       document: bytes = b"") -> Package:
    """``goal``: K-17's case gets this goal with a scale (GAS, baseline −2), sent along
    with „Ziele der Fälle“ ticked for K-17 (issue 63); ``rated``: the colleague rated it
    −1 on that day. ``document``: a PDF of K-17 („SPE K-17“) and an unticked one of N-5,
    the first ticked (issue 61)."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.services import goals

    with fresh_vault() as colleague:
        conn = colleague.conn
        k17, k17_case, _ = _pupil(conn, "K-17", "Kim", "Sommer", "8a",
                                  "Vater: 0160 1112223", "Konflikt Klasse 8a",
                                  "Beratungsraum 1.12")
        n5, n5_case, n5_appt = _pupil(conn, "N-5", "Nora", "Neumann", "5b",
                                      "Mutter: 0151 2345678 (ab 16 Uhr)", "Schulvermeidung",
                                      "2.04")
        proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(n5.id,
                                                                        date(2026, 11, 2)))
        repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2026, 11, 3),
                                                       due=date(2026, 12, 7)))
        if goal:
            handed = goals.save_goal(conn, g.CaseGoal(k17_case.id, goal, scale=g.GAS, baseline=-2,
                                                      anchor_3="kommt an 4 von 5 Tagen",
                                                      created="2026-09-12 10:00:00"))
            if rated:
                goals.rate(conn, handed.id, -1, rated)
        ticked = []
        if document:
            from ssa_desktop.domain import documents as d
            from ssa_desktop.services import documents

            ticked = [documents.add_document(conn, d.Owner("person", pid), "release", title,
                                             CREATED, document, "spe.pdf").id
                      for pid, title in ((k17.id, "SPE K-17"), (n5.id, "Brief N-5"))][:1]
        result = handover_deputy.create_deputy_package(
            conn, PERIOD, rules.Deputy("Jana Berger", "SSA Nord"), [k17.id, n5.id], folder,
            for_name="Frau Albers", today=CREATED,
            extras={k17.id: {"case_goals"}} if goal else None, documents=ticked)
    return Package(result.path, result.key_text, result.package_id, k17.id, n5.id,
                   k17_case.id, n5_case.id, n5_appt.id)


def gone(dialog) -> bool:
    """The deputy's entry dialog closed and deleted (Qt deletes it once it closes, so that
    no hidden dialog stays behind); wait on it with ``qtbot.waitUntil``, whose waiting
    runs the deferred deletes. Read nothing from the dialog afterwards."""
    return not shiboken6.isValid(dialog)


def shown_entry_dialog(window, qtbot):
    """The entry dialog her keys just opened in the deputy's ``window``, once shown, made
    the active window (where her next keys go)."""
    qtbot.waitUntil(lambda: window.entry_dialog is not None and window.entry_dialog.isVisible())
    dialog = window.entry_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def open_deputy_window(ctx, qtbot, package: Package, size: tuple[int, int] | None = None):
    """The deputy's window on ``package``, opened through her panel, shown and active
    (call it under the clock the test stands); the panel lives as long as the window."""
    from ssa_desktop.ui.handover.panel import HandoverPanel

    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    win = show_active(qtbot, panel.open_package(package.path, package.key_text), size)
    win.panel = panel
    return win


def rated_goal_package(tmp_path: Path) -> Package:
    """K-17's package with a goal the colleague rated (the richest state of the deputy's
    window: every tab filled), written to a stick folder under ``tmp_path``; the
    accessibility tests walk the window on it."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return colleagues_package(folder, goal="Jeden Tag in die Schule", rated=date(2026, 11, 16))
