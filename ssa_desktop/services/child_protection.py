"""§ 8a SGB VIII / § 4 KKG child-protection procedures (docs/domain.md § 9, retention R5).

A procedure is a sequence of dated steps (CP_STEPS 0–9), each with the acting person
and a text. Step 1 keeps observations apart from their source; step 7 records who
informed the Jugendamt, what was sent, to whom, on which legal basis and whether the
persons concerned were told beforehand (and why not). Acute danger jumps straight to
step 7. Closing (step 9) needs a documented retention decision when the Jugendamt
was involved; it is stored where the retention engine reads it (``retention_decision``)
and asked again every year in Datenschutz (R5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..domain import activities as activity_rules
from ..domain import clock
from ..domain import retention as rt
from ..domain.catalogues import CP_OUTCOMES, CP_STEPS, LEGAL_BASES, Catalogue, Entry
from ..domain.entities import ChildProtectionProcedure, ChildProtectionStep, Person
from ..domain.errors import UserError
from ..domain.pseudonymise import names_in, redactor
from ..formatting import fmt_date
from ..storage import child_protection_repo as q
from ..storage import repositories as repo
from ..storage import statistics_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import retention
from .consents import record_disclosure
from .operations import DataKind, writes

# Legal bases for informing the Jugendamt (step 7): never "consent".
YOUTH_OFFICE_BASES = ("8a", "4KKG")

RETENTION_DECISIONS = Catalogue("cp_retention", [
    Entry("delete", "Löschen"),
    Entry("restrict", "Einschränken (Sperre, § 84 Abs. 3 SGB X)"),
    Entry("keep", "Aufbewahren nach Vereinbarung mit dem Jugendamt"),
])

RETENTION_HINT = ("Jugendamt beteiligt: keine automatische Löschung (R5). Die Entscheidung "
                  "Löschen / Einschränken / Aufbewahren wird dokumentiert und jedes Jahr "
                  "erneut geprüft.")

OBSERVATIONS = "Beobachtungen"
SOURCE = "Quelle"
SENT = "Übermittelt"
RECIPIENT = "Empfänger"
BASIS = "Rechtsgrundlage"
TOLD = "Betroffene vorab informiert"


class ProcedureError(UserError):
    """A step cannot be recorded as entered; str() is a German message."""


# -- structured step text -----------------------------------------------------------------
def compose_sections(sections: list[tuple[str, str]]) -> str:
    """"Heading:\\ntext" blocks separated by blank lines; empty sections are left out."""
    return "\n\n".join(f"{name}:\n{text.strip()}" for name, text in sections if text.strip())


def parse_sections(text: str, names: list[str]) -> dict[str, str]:
    """Inverse of compose_sections for the given headings; other text goes to ""."""
    pattern = re.compile("^(" + "|".join(re.escape(n) for n in names) + "):\n", re.MULTILINE)
    result = {n: "" for n in names}
    result[""] = ""
    parts = pattern.split(text)
    result[""] = parts[0].strip()
    for i in range(1, len(parts) - 1, 2):
        result[parts[i]] = parts[i + 1].strip()
    return result


def observation_text(observations: str, source: str) -> str:
    return compose_sections([(OBSERVATIONS, observations), (SOURCE, source)])


# -- procedures ----------------------------------------------------------------------------
def procedures_for_person(conn: Connection, person_id: str) -> list[ChildProtectionProcedure]:
    return q.procedures_for_person(conn, person_id)


def steps(conn: Connection, procedure_id: str) -> list[ChildProtectionStep]:
    return q.steps_for_procedure(conn, procedure_id)


@writes(DataKind.CHILD_PROTECTION)
def start_procedure(conn: Connection, person_id: str, opened: date,
                    case_id: str | None = None) -> ChildProtectionProcedure:
    person = repo.PERSONS.existing(conn, person_id,
                                   missing=ProcedureError("Die Person gibt es nicht (mehr)."))
    if case_id and repo.CASES.get(conn, case_id) is None:
        raise ProcedureError("Den Fall gibt es nicht (mehr).")
    proc = ChildProtectionProcedure(person_id=person_id, opened=opened, case_id=case_id)
    with transaction(conn):
        repo.CP_PROCEDURES.insert(conn, proc)
        # The anonymous record lets the KVJS "§ 8a cases" figure survive deletion.
        repo.STATISTICS.insert(conn, activity_rules.for_child_protection(proc, person))
    return proc


def _open_procedure(conn: Connection, procedure_id: str) -> ChildProtectionProcedure:
    proc = repo.CP_PROCEDURES.existing(conn, procedure_id,
                                       missing=ProcedureError("Das Verfahren gibt es nicht (mehr)."))
    if proc.status != "open":
        raise ProcedureError("Das Verfahren ist abgeschlossen.")
    return proc


@writes(DataKind.CHILD_PROTECTION)
def add_step(conn: Connection, procedure_id: str, step: str, day: date, actor: str = "", text: str = "",
             due: date | None = None) -> ChildProtectionStep:
    """Record one step (0–8). Step 7 goes through ``inform_youth_office``, 9 through
    ``close_procedure``, because both need more than a text."""
    proc = _open_procedure(conn, procedure_id)
    if step not in CP_STEPS:
        raise ProcedureError("Unbekannter Verfahrensschritt.")
    if step in ("7", "9"):
        raise ProcedureError("Dieser Schritt hat ein eigenes Formular.")
    if not actor.strip():
        raise ProcedureError("Bitte angeben, wer den Schritt gegangen ist (Person).")
    if day < proc.opened:
        raise ProcedureError(f"Das Datum liegt vor dem Beginn des Verfahrens ({fmt_date(proc.opened)}).")
    if due is not None and due < day:
        raise ProcedureError("Die Frist für den nächsten Schritt liegt vor dem Datum des Schritts.")
    if step == "1" and not parse_sections(text, [OBSERVATIONS, SOURCE])[OBSERVATIONS]:
        raise ProcedureError("Bitte die Beobachtungen festhalten (Fakten, ohne Bewertung).")
    entry = ChildProtectionStep(procedure_id=procedure_id, step=step, day=day,
                                actor=actor.strip(), text=text.strip(), due=due)
    with transaction(conn):
        repo.CP_STEPS.insert(conn, entry)
    return entry


@writes(DataKind.CHILD_PROTECTION, DataKind.CONSENTS)
def inform_youth_office(conn: Connection, procedure_id: str, day: date, actor: str, recipient: str,
                        sent: str, legal_basis: str, told_beforehand: bool,
                        reason_not_told: str = "", acute: bool = False,
                        due: date | None = None) -> ChildProtectionStep:
    """Step 7: the Jugendamt is informed. Also logs the disclosure (no content)."""
    proc = _open_procedure(conn, procedure_id)
    if legal_basis not in YOUTH_OFFICE_BASES:
        raise ProcedureError("Rechtsgrundlage: § 8a SGB VIII oder § 4 KKG wählen.")
    if not actor.strip():
        raise ProcedureError("Bitte angeben, wer das Jugendamt informiert hat.")
    if not recipient.strip():
        raise ProcedureError("Bitte angeben, wer beim Jugendamt informiert wurde.")
    if not sent.strip():
        raise ProcedureError("Bitte festhalten, was übermittelt wurde.")
    if not told_beforehand and not reason_not_told.strip():
        raise ProcedureError("Bitte begründen, warum die Betroffenen nicht vorab informiert "
                             "wurden (z. B. weil das das Kind gefährden würde).")
    if day < proc.opened:
        raise ProcedureError(f"Das Datum liegt vor dem Beginn des Verfahrens ({fmt_date(proc.opened)}).")
    told = "ja" if told_beforehand else f"nein – {reason_not_told.strip()}"
    text = compose_sections([
        (RECIPIENT, recipient), (SENT, sent), (BASIS, LEGAL_BASES.label(legal_basis)), (TOLD, told),
    ])
    entry = ChildProtectionStep(procedure_id=procedure_id, step="7", day=day, actor=actor.strip(),
                                text=text, due=due)
    with transaction(conn):
        repo.CP_STEPS.insert(conn, entry)
        proc.youth_office_involved = True
        proc.acute = proc.acute or acute
        repo.CP_PROCEDURES.update(conn, proc)
        statistics_repo.set_youth_office(conn, proc.id, True)
        record_disclosure(conn, proc.person_id, day, recipient, ("8a",), legal_basis)
    return entry


@writes(DataKind.CHILD_PROTECTION, DataKind.CONSENTS)
def report_acute_danger(conn: Connection, procedure_id: str, day: date, actor: str, recipient: str,
                        sent: str, legal_basis: str, told_beforehand: bool,
                        reason_not_told: str = "") -> ChildProtectionStep:
    """Akute Gefährdung: straight to step 7, procedure marked acute."""
    return inform_youth_office(conn, procedure_id, day, actor, recipient, sent, legal_basis,
                               told_beforehand, reason_not_told, acute=True)


@writes(DataKind.CHILD_PROTECTION, DataKind.STATISTICS)
def set_outcome(conn: Connection, procedure_id: str, outcome: str) -> ChildProtectionProcedure:
    """The result of the assessment (CP_OUTCOMES); it goes into the anonymous record."""
    proc = repo.CP_PROCEDURES.existing(conn, procedure_id,
                                       missing=ProcedureError("Das Verfahren gibt es nicht mehr."))
    if outcome not in CP_OUTCOMES:
        raise ProcedureError("Bitte ein Ergebnis der Einschätzung wählen.")
    proc.outcome = outcome
    with transaction(conn):
        repo.CP_PROCEDURES.update(conn, proc)
        statistics_repo.set_cp_outcome(conn, proc.id, outcome)
    return proc


@writes(DataKind.CHILD_PROTECTION, DataKind.STATISTICS, DataKind.RETENTION)
def close_procedure(conn: Connection, procedure_id: str, day: date, actor: str, text: str = "",
                    retention_decision: str = "", outcome: str = "") -> ChildProtectionProcedure:
    """Step 9: closure. With the Jugendamt involved a retention decision is required (R5).
    ``outcome`` (CP_OUTCOMES) records the result; empty keeps the one set before."""
    proc = _open_procedure(conn, procedure_id)
    if outcome and outcome not in CP_OUTCOMES:
        raise ProcedureError("Bitte ein Ergebnis der Einschätzung wählen.")
    if not actor.strip():
        raise ProcedureError("Bitte angeben, wer das Verfahren abschließt.")
    if retention_decision and retention_decision not in RETENTION_DECISIONS:
        raise ProcedureError("Unbekannte Aufbewahrungsentscheidung.")
    if proc.youth_office_involved and not retention_decision:
        raise ProcedureError("Das Jugendamt war beteiligt: Bitte dokumentieren, ob die Unterlagen "
                             "gelöscht, eingeschränkt oder aufbewahrt werden (R5).")
    if day < proc.opened:
        raise ProcedureError(f"Das Datum liegt vor dem Beginn des Verfahrens ({fmt_date(proc.opened)}).")
    decision = RETENTION_DECISIONS.label(retention_decision) if retention_decision else \
        "wie Falldokumentation (R2)"
    body = compose_sections([("Abschluss", text), ("Aufbewahrung", decision)])
    entry = ChildProtectionStep(procedure_id=procedure_id, step="9", day=day, actor=actor.strip(),
                                text=body)
    proc.status = "closed"
    proc.closed = day
    proc.outcome = outcome or proc.outcome
    with transaction(conn):
        repo.CP_STEPS.insert(conn, entry)
        repo.CP_PROCEDURES.update(conn, proc)
        statistics_repo.set_cp_outcome(conn, proc.id, proc.outcome)
        if retention_decision:   # the one store of R5 decisions, the engine's
            retention.record_decision(conn, proc.person_id, retention_decision, day)
    return proc


def retention_decision(conn: Connection, procedure_id: str) -> rt.Decision | None:
    """The person's current R5 decision (the retention engine's store) for a closed
    procedure with the Jugendamt involved; its ``review`` is the day Datenschutz asks
    again (the yearly review, answered there with "Entscheiden (§ 8a) …")."""
    proc = repo.CP_PROCEDURES.get(conn, procedure_id)
    if proc is None or proc.status != "closed" or not proc.youth_office_involved:
        return None
    return retention.r5_decision(conn, proc.person_id)


# -- pseudonymised case presentation ---------------------------------------------------------
def age_band(birth_year: int | None, today: date) -> str:
    if not birth_year:
        return "Alter nicht erfasst"
    age = today.year - birth_year
    for low, high in ((0, 5), (6, 9), (10, 12), (13, 15), (16, 17)):
        if low <= age <= high:
            return f"{low}–{high} Jahre"
    return "18 Jahre oder älter"


def grade_band(grade: int | None) -> str:
    if not grade:
        return "Klassenstufe nicht erfasst"
    for low, high in ((1, 4), (5, 6), (7, 8), (9, 10), (11, 13)):
        if low <= grade <= high:
            return f"Klassenstufe {low}–{high}"
    return "Klassenstufe nicht erfasst"


def _observations(text: str) -> str:
    """The observations of a step 1: the "Beobachtungen" section, or the whole text when
    it was written without headings (demo data, imported or older records)."""
    sections = parse_sections(text.replace("\r\n", "\n"), [OBSERVATIONS, SOURCE])
    return sections[OBSERVATIONS] or sections[""]


def isef_presentation(conn: Connection, procedure_id: str, today: date | None = None) -> str:
    """Plain text for the ISEF or a kollegiale Fallberatung: pseudonym, age and grade
    band, observations and the steps so far — no names, birth dates, class or school.
    Known names (the person's, the school's, actors') are blanked in free text too."""
    today = today or clock.today()
    proc = repo.CP_PROCEDURES.existing(conn, procedure_id,
                                       missing=ProcedureError("Das Verfahren gibt es nicht (mehr)."))
    person = repo.PERSONS.get(conn, proc.person_id)
    all_steps = steps(conn, procedure_id)
    redact = _isef_redactor(conn, person, all_steps)
    lines = [
        "Fallvorstellung zur Gefährdungseinschätzung (pseudonymisiert)",
        "",
        f"Kind/Jugendliche:r: {person.pseudonym if person else '–'}",
        f"Alter: {age_band(person.birth_year if person else None, today)}",
        f"Schule: {grade_band(person.grade if person else None)}",
        f"Verfahren seit: {fmt_date(proc.opened)}" + (" · akute Gefährdung" if proc.acute else ""),
        "",
    ]
    observations = [_observations(s.text) for s in all_steps if s.step == "1"]
    lines.append("Beobachtungen (gewichtige Anhaltspunkte):")
    lines += [redact(o) for o in observations if o] or ["– noch nicht erfasst –"]
    lines.append("")
    lines += _isef_steps(all_steps, redact)
    lines += ["", "Bitte vor der Weitergabe prüfen: Freitext kann Namen Dritter enthalten."]
    return "\n".join(lines)


def _isef_redactor(conn: Connection, person: Person | None,
                   all_steps: list[ChildProtectionStep]) -> Callable[[str], str]:
    """Blanks every known name in free text: hers, her class and school, the actors of the
    steps, her birth year, parents and others in her cases, names in the parents' contact field."""
    school = repo.SCHOOLS.get(conn, person.school_id) if person and person.school_id else None
    words = [person.first_name, person.last_name, person.class_label] if person else []
    if school:
        words += [school.name, school.code]
    words += [s.actor for s in all_steps]
    if person and person.birth_year:
        words.append(str(person.birth_year))
    if person:  # parents and others in her cases, names in the parents' contact field
        words += (q.related_names(conn, person.id) + names_in(person.guardian_contact)
                  + names_in(person.guardian_address))
    return redactor(words)


def _isef_steps(all_steps: list[ChildProtectionStep], redact: Callable[[str], str]) -> list[str]:
    """The steps after the observations, their text redacted line by line."""
    lines = ["Bisherige Schritte:"]
    for s in all_steps:
        if s.step == "1":
            continue
        lines.append(f"- {fmt_date(s.day)} Schritt {s.step}: {CP_STEPS.label(s.step)}")
        if s.text:
            lines += ["  " + redact(line) for line in s.text.splitlines()]
    if all(s.step == "1" for s in all_steps):
        lines.append("– keine weiteren –")
    return lines


def _decision_label(conn: Connection, procedure_id: str) -> str:
    decision = retention_decision(conn, procedure_id)
    return RETENTION_DECISIONS.label(decision.decision) if decision else ""


# -- printout -----------------------------------------------------------------------------
def procedure_printout(conn: Connection, procedure_id: str, today: date | None = None):
    """The procedure for the PDF printout (``reports.child_protection``): pseudonym,
    dates and every step; no real name."""
    from ..reports.child_protection import ProcedurePrintout, StepLine

    proc = repo.CP_PROCEDURES.existing(conn, procedure_id,
                                       missing=ProcedureError("Das Verfahren gibt es nicht (mehr)."))
    person = repo.PERSONS.get(conn, proc.person_id)
    return ProcedurePrintout(
        pseudonym=person.pseudonym if person else "–", opened=proc.opened, acute=proc.acute,
        closed=proc.closed, youth_office_involved=proc.youth_office_involved,
        retention_decision=_decision_label(conn, procedure_id),
        steps=tuple(StepLine(s.step, s.day, s.actor, s.text) for s in steps(conn, procedure_id)),
        printed=today or clock.today())
