"""Rights of the persons concerned (docs/datenschutz.md "Auskunft"): Auskunft requests
with their one-month deadline, the item-by-item review (items entrusted by someone
else withheld by default, § 65 SGB VIII), the letter as PDF and JSON; Widerspruch sets
a restriction while it is pending (the retention restriction, ``services.retention``:
the person disappears from lists, search, quick entry and exports). A pending Auskunft
holds the person's data (retention hold "Auskunftsersuchen offen"): nothing of it is
deleted before the answer is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain import catalogues as cat
from ..domain import clock, strict_json, tables
from ..domain import retention as rt
from ..domain.auskunft import AuskunftItem, check_decisions, disclosed, one_month_after
from ..domain.documents import FORMAT_LABELS, export_name
from ..domain.entities import new_id
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import file_intents, privacy_repo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.files import atomic_target
from ..storage.privacy_repo import PersonHoldings, PrivacyRequest
from ..storage.transactions import transaction
from . import documents, retention
from .operations import DataKind, Progress, writes


class PrivacyError(UserError):
    """A request the service refuses; ``str()`` is a German sentence."""


# -- restriction while an objection is pending ---------------------------------------------
def _restrict_for_objection(conn: Connection, person_id: str, received: date) -> None:
    """Restrict the person (reason ``rt.OBJECTION``) unless already restricted for another
    reason, which then stays as it is."""
    if retention.restriction_of(conn, person_id) is None:
        retention.restrict(conn, person_id, rt.OBJECTION, received)


# -- hold while an Auskunft is pending -----------------------------------------------------
AUSKUNFT_HOLD = "auskunft"   # a retention hold reason (domain.retention.HOLD_REASONS)


def _hold_for_auskunft(conn: Connection, request: PrivacyRequest) -> None:
    """Nothing of the person is deleted while an Auskunft is pending (retention hold,
    reason "Auskunftsersuchen offen", reviewed at the request's deadline)."""
    if not any(h.record_id == request.person_id and h.reason == AUSKUNFT_HOLD
               for h in retention.holds(conn)):
        today = clock.today()
        retention.add_hold(conn, request.person_id, AUSKUNFT_HOLD, max(request.due, today),
                           today=today)


def _release_auskunft_hold(conn: Connection, person_id: str, day: date) -> None:
    """Lift the hold once no Auskunft of the person is open any more."""
    if any(r.kind == "auskunft" for r in privacy_repo.open_requests(conn, person_id)):
        return
    for hold in retention.holds(conn):
        if hold.record_id == person_id and hold.reason == AUSKUNFT_HOLD:
            retention.lift_hold(conn, hold, day)


# -- requests ------------------------------------------------------------------------------
@writes(DataKind.RETENTION, DataKind.PERSONS)
def open_request(conn: Connection, person_id: str, received: date, kind: str = "auskunft") -> PrivacyRequest:
    """Record a request received on ``received``; it is due one month later. A
    Widerspruch restricts the person at once (lifted when it is decided)."""
    repo.PERSONS.existing(conn, person_id, missing=PrivacyError("Die Person wurde nicht gefunden."))
    if kind not in ("auskunft", "widerspruch"):
        raise PrivacyError("Unbekannte Art des Antrags.")
    if received > clock.today():
        raise PrivacyError("Das Eingangsdatum liegt in der Zukunft.")
    request = PrivacyRequest(new_id(), person_id, kind, received, one_month_after(received))
    with transaction(conn):
        privacy_repo.insert_request(conn, request)
        if kind == "widerspruch":
            _restrict_for_objection(conn, person_id, received)
        else:
            _hold_for_auskunft(conn, request)
    return request


@writes(DataKind.RETENTION, DataKind.PERSONS)
def record_objection(conn: Connection, person_id: str, received: date) -> PrivacyRequest:
    """Widerspruch: a request with its deadline, and the restriction while it is pending."""
    return open_request(conn, person_id, received, "widerspruch")


@writes(DataKind.RETENTION, DataKind.PERSONS)
def decide_objection(conn: Connection, request_id: str, *, upheld: bool, day: date | None = None) -> None:
    """Close an objection. Not upheld: the restriction is lifted. Upheld: the person
    stays restricted until the data are deleted in Datenschutz."""
    request = _request(conn, request_id, "widerspruch")
    request.status, request.completed = "done", day or clock.today()
    request.decisions = {"upheld": upheld}
    with transaction(conn):
        privacy_repo.update_request(conn, request)
        if not upheld:  # only the objection's own restriction is lifted
            retention.lift_restriction(conn, request.person_id, request.completed,
                                       reason=rt.OBJECTION)
    return None


def _request(conn: Connection, request_id: str, kind: str) -> PrivacyRequest:
    request = privacy_repo.get_request(conn, request_id)
    if request is None or request.kind != kind:
        raise PrivacyError("Der Antrag wurde nicht gefunden.")
    return request


def open_requests(conn: Connection, person_id: str | None = None) -> list[PrivacyRequest]:
    return privacy_repo.open_requests(conn, person_id)


# -- Auskunft: collect and review ----------------------------------------------------------
_ROLE_OF_KIND = {"pupil": "pupil", "guardian": "parent", "teacher": "teacher", "other": "other"}


def _f(*pairs: tuple[str, object]) -> list[tuple[str, str]]:
    out = []
    for label, value in pairs:
        if value is None or value == "" or value == ():
            continue
        out.append((label, fmt_date(value) if isinstance(value, date) else str(value)))
    return out


def _codes(catalogue, codes) -> str:
    return ", ".join(catalogue.label(c) for c in codes)


def _declared(table: str, row: object, **shown: object) -> list[tuple[str, str]]:
    """The fields of ``row`` its table declares for an Auskunft (domain/tables.py), in
    order and with their labels: codes as their catalogue labels, a flag as "ja";
    ``shown`` gives a column's value as it is to be read (a school's name for its id)."""
    declared = tables.TABLES[table]
    pairs: list[tuple[str, object]] = []
    for column, label in declared.fields:
        pairs.append((label, shown[column] if column in shown
                      else _readable(getattr(row, column), declared.catalogues.get(column))))
    return _f(*pairs)


def _readable(value: object, catalogue: cat.Catalogue | None) -> object:
    if catalogue is not None:
        return _codes(catalogue, value) if isinstance(value, tuple) else catalogue.label(value if isinstance(value, str) else None)
    if isinstance(value, bool):
        return "ja" if value else ""
    return value


def _section(table: str) -> str:
    return tables.TABLES[table].auskunft


def collect(conn: Connection, person_id: str) -> list[AuskunftItem]:
    """Everything the vault holds about the person, item by item, with the default
    decision: items entrusted by another person are withheld (§ 65 SGB VIII)."""
    h = privacy_repo.person_holdings(conn, person_id)
    if h is None:
        raise PrivacyError("Die Person wurde nicht gefunden.")
    return _items(conn, h)


def _items(conn: Connection, h: PersonHoldings) -> list[AuskunftItem]:
    """The Auskunft items of everything held, section by section in the letter's order."""
    items = [_person_item(conn, h.person)]
    items += [_case_item(c) for c in h.cases]
    items += _goal_items(h)
    items += _contact_items(h)
    items += _annotation_items(h)
    items += [_working_note_item(n) for n in h.working_notes]
    items += [_appointment_item(appt) for appt in h.appointments]
    items += [_consent_item(consent) for consent in h.consents]
    items += [_disclosure_item(d) for d in h.disclosures]
    items += _child_protection_items(h)
    items += [_group_item(g) for g in h.groups]
    items += [_membership_item(m, g) for m, g in h.memberships]
    items += [_draft_item(d) for d in h.drafts]
    items += _document_items(h)
    return items


def _document_items(h: PersonHoldings) -> list[AuskunftItem]:
    """Her documents, listed and handed out as copies (Art. 15 Abs. 3 DSGVO) with the
    letter; one of a § 8a procedure is withheld as the procedure is, one of a consent
    entrusted by another person as that consent (§ 65 SGB VIII)."""
    entrusted = {c.id for c in h.consents if c.entrusted_by.strip()}
    items = []
    for doc in h.documents:
        title = f"{cat.DOCUMENT_KINDS.label(doc.kind)} „{doc.title}“ vom {fmt_date(doc.day)}"
        item = AuskunftItem(f"document:{doc.id}", _section("document"), title,
                            _declared("document", doc, day=fmt_date(doc.day),
                                      added=fmt_date(doc.added[:10]),
                                      mime=FORMAT_LABELS.get(doc.mime, doc.mime)))
        if doc.procedure_id:
            item = replace(item, hint=CP_HINT, include=False, reason="cp",
                           parent=f"cp_procedure:{doc.procedure_id}")
        elif doc.consent_id:
            withheld = doc.consent_id in entrusted
            item = replace(item, entrusted=withheld, include=not withheld,
                           reason="s65" if withheld else "", parent=f"consent:{doc.consent_id}")
        elif doc.case_id:
            item = replace(item, parent=f"case:{doc.case_id}")
        items.append(item)
    return items


def _person_item(conn: Connection, p) -> AuskunftItem:
    school = repo.SCHOOLS.get(conn, p.school_id) if p.school_id else None
    return AuskunftItem(f"person:{p.id}", _section("person"), "Angaben zur Person", _declared(
        "person", p, school_id=school.name if school else "",
        created=fmt_date(p.created[:10]) if p.created else ""))


def _case_item(c) -> AuskunftItem:
    return AuskunftItem(f"case:{c.id}", _section("case_file"), f"Fall seit {fmt_date(c.opened)}",
                        _declared("case_file", c))


def _goal_items(h: PersonHoldings) -> list[AuskunftItem]:
    """Each goal with a scale under its case, its ratings as its fields."""
    from ..domain import goals as g

    items = []
    for goal in h.goals:
        rated = [(f"Einschätzung am {fmt_date(r.day)}",
                  f"{g.level_label(goal.scale, r.level)} {goal.anchor(r.level)}"
                  + (f" (eingetragen von {r.written_by})" if r.written_by else ""))
                 for r in h.ratings if r.goal_id == goal.id]
        items.append(AuskunftItem(
            f"case_goal:{goal.id}", _section("case_goal"), f"Ziel: {goal.text}",
            _declared("case_goal", goal, scale=g.SCALES[goal.scale],
                      baseline=f"{g.level_label(goal.scale, goal.baseline)} "
                               f"{goal.anchor(goal.baseline)}") + rated,
            parent=f"case:{goal.case_id}"))
    return items


def _contact_items(h: PersonHoldings) -> list[AuskunftItem]:
    """Her contacts; a talk without her is withheld (§ 65), an entry in another person's
    case concerns that person."""
    items = []
    own_role = _ROLE_OF_KIND.get(h.person.kind, "other")
    own_cases = {c.id for c in h.cases}
    for contact in h.contacts:
        entrusted = bool(contact.participants) and own_role not in contact.participants
        if contact.case_id and contact.case_id not in own_cases and not entrusted:
            items.append(_other_persons_contact(contact))
            continue
        items.append(AuskunftItem(
            f"contact:{contact.id}", _section("contact"),
            f"Kontakt am {fmt_date(contact.day)} ({cat.CONTACT_KINDS.label(contact.kind)})",
            _declared("contact", contact, duration_min=f"{contact.duration_min} Min."),
            entrusted=entrusted,
            hint="Gespräch ohne die Person selbst: Angaben anderer (§ 65 SGB VIII)" if entrusted else "",
            include=not entrusted, reason="s65" if entrusted else ""))
    return items


def _annotation_items(h: PersonHoldings) -> list[AuskunftItem]:
    """Corrections, each under the record it corrects."""
    p = h.person
    kinds = {p.id: "person", **{c.id: "case" for c in h.cases}, **{c.id: "contact" for c in h.contacts}}
    items = []
    for a in h.annotations:
        parent = f"{kinds.get(a.target_id, '')}:{a.target_id}"
        items.append(AuskunftItem(f"annotation:{a.id}", _section("annotation"),
                                  f"Korrektur vom {fmt_date(a.created[:10])}",
                                  _declared("annotation", a), parent=parent))
    return items


def _working_note_item(n) -> AuskunftItem:
    return AuskunftItem(f"working_note:{n.id}", _section("working_note"),
                        f"Arbeitsnotiz vom {fmt_date(n.created[:10])}", _declared("working_note", n))


def _appointment_item(appt) -> AuskunftItem:
    return AuskunftItem(f"appointment:{appt.id}", _section("appointment"),
                        f"Termin am {fmt_date(appt.day)} {appt.start}–{appt.end}",
                        _declared("appointment", appt))


def _consent_item(consent) -> AuskunftItem:
    """A consent; one entrusted by another person is withheld (§ 65)."""
    entrusted = bool(consent.entrusted_by.strip())
    return AuskunftItem(
        f"consent:{consent.id}", _section("consent"), f"Einwilligung gegenüber {consent.recipient}",
        _declared("consent", consent),
        entrusted=entrusted,
        hint=f"Anvertraut von: {consent.entrusted_by} (§ 65 SGB VIII)" if entrusted else "",
        include=not entrusted, reason="s65" if entrusted else "")


def _disclosure_item(d) -> AuskunftItem:
    return AuskunftItem(f"disclosure:{d.id}", _section("disclosure"),
                        f"Weitergabe am {fmt_date(d.day)} an {d.recipient}",
                        _declared("disclosure", d))


def _child_protection_items(h: PersonHoldings) -> list[AuskunftItem]:
    """Each § 8a procedure followed by its steps, all withheld by default (CP_HINT)."""
    items = []
    steps_of: dict[str, list] = {}
    for s in h.steps:
        steps_of.setdefault(s.procedure_id, []).append(s)
    for proc in h.procedures:
        items.append(AuskunftItem(
            f"cp_procedure:{proc.id}", _section("cp_procedure"),
            f"Verfahren seit {fmt_date(proc.opened)}",
            _f(("Eröffnet", proc.opened), ("Abgeschlossen", proc.closed),
               ("Jugendamt beteiligt", "ja" if proc.youth_office_involved else "nein")),
            hint=CP_HINT, include=False, reason="cp"))
        for s in steps_of.get(proc.id, []):
            items.append(AuskunftItem(
                f"cp_step:{s.id}", _section("cp_step"),
                f"Schritt {s.step} am {fmt_date(s.day)}: {cat.CP_STEPS.label(s.step)}",
                _f(("Beteiligt", s.actor), ("Vermerk", s.text)),
                hint=CP_HINT, include=False, reason="cp",
                parent=f"cp_procedure:{proc.id}"))
    return items


def _group_item(g) -> AuskunftItem:
    # Only the fact of being on the list: the other names are never disclosed.
    return AuskunftItem(f"group:{g.id}", _section("group_activity"),
                        f"Teilnahme: {g.title}",
                        _f(("Angebot", g.title), ("Schuljahr", f"{g.school_year}/{(g.school_year + 1) % 100:02d}"),
                           ("Eintrag", "Name auf der Teilnehmendenliste")))


def _membership_item(m, g) -> AuskunftItem:
    # Her membership only: the other members are never disclosed.
    return AuskunftItem(f"group_member:{m.id}", _section("group_member"),
                        f"Teilnahme: {g.title}",
                        _f(("Angebot", g.title),
                           ("Schuljahr", f"{g.school_year}/{(g.school_year + 1) % 100:02d}"))
                        + _declared("group_member", m))


# Withheld by default, with the reason shown in the review: the § 8a procedure
# protects the child (§ 65 SGB VIII; Art. 15 Abs. 4 DSGVO), and an entry in another
# person's case concerns that person. The worker may still decide to disclose.
CP_HINT = ("Kinderschutzverfahren: standardmäßig nicht mitgeteilt (Schutz des Kindes, § 65 "
           "SGB VIII, Art. 15 Abs. 4 DSGVO); nur nach Prüfung im Einzelfall mitteilen")
OTHER_CASE_HINT = ("Eintrag im Fall einer anderen Person (z. B. Beobachtung zum Kind im Fall "
                   "des Kindes): betrifft diese Person, standardmäßig nicht mitgeteilt "
                   "(Art. 15 Abs. 4 DSGVO)")
CP_DRAFT_FORM = "child_protection"   # the form of a § 8a step's draft (services.notes.FORMS)
_DRAFT_LABELS = {"note": "Notiz", "observation": "Beobachtung", "assessment": "Einschätzung",
                 "text": "Text", "day": "Datum", "time": "Uhrzeit", "room": "Raum"}


def _other_persons_contact(c) -> AuskunftItem:
    return AuskunftItem(
        f"contact:{c.id}", _section("contact"),
        f"Kontakt am {fmt_date(c.day)} ({cat.CONTACT_KINDS.label(c.kind)})",
        _f(("Datum", c.day), ("Dauer", f"{c.duration_min} Min."),
           ("Beteiligte", _codes(cat.PARTICIPANT_ROLES, c.participants)), ("Notiz", c.note),
           ("Beobachtung", c.observation), ("Einschätzung", c.assessment)),
        hint=OTHER_CASE_HINT, include=False, reason="person")


def _draft_item(d) -> AuskunftItem:
    """An unfinished entry (autosaved draft) filed under the person or her appointment;
    one of a § 8a step or of an entrusted consent withheld as the saved record is."""
    try:
        data = strict_json.loads(d.payload)
    except ValueError:
        data = {"text": d.payload}
    if not isinstance(data, dict):
        data = {}
    fields = [(_DRAFT_LABELS[k], str(v)) for k, v in data.items()
              if k in _DRAFT_LABELS and str(v).strip()]
    if isinstance(data.get("shown"), list):  # a form draft
        fields += [(str(pair[0]), str(pair[1])) for pair in data["shown"]
                   if isinstance(pair, list) and len(pair) == 2 and str(pair[1]).strip()]
    title = f"Entwurf vom {fmt_date(d.updated[:10])}" if d.updated else "Entwurf"
    return AuskunftItem(f"draft:{d.id}", _section("draft"), title, fields,
                        **_draft_withheld(data))


def _draft_withheld(data: dict) -> dict:
    """How a form draft is decided by default: a § 8a step kept at a lock as every saved
    step (it was included, and her typed observations went out with the letter), a
    consent typed as entrusted by another as the saved one (§ 65 SGB VIII)."""
    values = data.get("values")
    entrusted = (str(values.get("entrusted_by") or "").strip()
                 if isinstance(values, dict) and data.get("form") == "consent" else "")
    if data.get("form") == CP_DRAFT_FORM:
        return {"hint": CP_HINT, "include": False, "reason": "cp"}
    if entrusted:
        return {"hint": f"Anvertraut von: {entrusted} (§ 65 SGB VIII)", "entrusted": True,
                "include": False, "reason": "s65"}
    return {"hint": "Nicht abgeschlossener Eintrag (automatisch gesichert)"}


def load_review(conn: Connection, request_id: str) -> tuple[PrivacyRequest, list[AuskunftItem]]:
    """The request and its items with the decisions saved so far."""
    request = _request(conn, request_id, "auskunft")
    items = collect(conn, request.person_id)
    saved = (request.decisions or {}).get("items", {})
    for item in items:
        if item.key in saved:
            item.apply(saved[item.key])
    return request, items


@writes(DataKind.RETENTION)
def save_review(conn: Connection, request_id: str, items: list[AuskunftItem]) -> None:
    """Store the decision on every item (include, refusal reason, remark)."""
    request = _request(conn, request_id, "auskunft")
    request.decisions = {"items": {i.key: i.decision() for i in items}}
    with transaction(conn):
        privacy_repo.update_request(conn, request)
    return None


@writes(DataKind.RETENTION)
def complete_request(conn: Connection, request_id: str, day: date | None = None) -> None:
    request = privacy_repo.get_request(conn, request_id)
    if request is None:
        raise PrivacyError("Der Antrag wurde nicht gefunden.")
    request.status, request.completed = "done", day or clock.today()
    with transaction(conn):
        privacy_repo.update_request(conn, request)
        if request.kind == "auskunft":
            _release_auskunft_hold(conn, request.person_id, request.completed)
    return None


# -- Auskunft: the documents ---------------------------------------------------------------
@dataclass
class AuskunftLetter:
    """What leaves the vault: the included items and the information of Art. 15 Abs. 1."""

    person_label: str           # the person's name as it stands in the vault
    received: date
    created: date
    items: list[AuskunftItem]
    recipients: list[str]       # from the included disclosures
    trager: str = ""


def build_letter(conn: Connection, request_id: str, items: list[AuskunftItem], today: date | None = None) -> AuskunftLetter:
    problems = check_decisions(items)
    if problems:
        raise PrivacyError(problems[0])
    request = _request(conn, request_id, "auskunft")
    person = repo.PERSONS.get(conn, request.person_id)
    if person is None:  # the request goes with its person (ON DELETE CASCADE)
        raise PrivacyError("Der Antrag wurde nicht gefunden.")
    included = disclosed(items)
    recipients = sorted({dict(i.fields).get("Empfänger", "") for i in included
                         if i.key.startswith("disclosure:")} - {""})
    return AuskunftLetter(person.display_name or person.pseudonym, request.received,
                          today or clock.today(), included, recipients)


def letter_json(letter: AuskunftLetter) -> dict:
    return {
        "format": "ssa-desktop-auskunft", "version": 1,
        "person": letter.person_label,
        "antrag_eingegangen": letter.received.isoformat(),
        "erstellt": letter.created.isoformat(),
        "empfaenger": letter.recipients,
        "angaben": [{"bereich": i.section, "titel": i.title,
                     "felder": [{"feld": k, "wert": v} for k, v in i.fields]}
                    for i in letter.items],
    }


@writes(DataKind.RETENTION)
def write_auskunft(conn: Connection, request_id: str, items: list[AuskunftItem], pdf: Path | str,
                   json_path: Path | str | None = None, today: date | None = None,
                   progress: Progress | None = None) -> Path:
    """Save the review, write the PDF (and the JSON, and the copies of her documents),
    each atomically, in named steps. A cancel before the last step, or a failure, removes
    what was written already (all files or none); the saved review stays. Nothing goes
    into the disclosure log: the letter is for the person herself."""
    from ..reports.auskunft import write_auskunft_pdf

    progress = progress or Progress()
    progress(5, "Die Entscheidungen werden gespeichert …")
    letter = build_letter(conn, request_id, items, today)
    save_review(conn, request_id, items)
    copies = copy_paths(conn, letter, documents_folder(Path(pdf)))
    targets = [Path(pdf), *([] if json_path is None else [Path(json_path)]), *copies.values()]
    # not finished (a cancel, a failure; a kill: at the next unlock): its files undone, and
    # the documents' folder it made
    with file_intents.written(conn, *targets):
        progress(20, "Das PDF wird geschrieben …")
        written = write_auskunft_pdf(Path(pdf), letter)
        progress(60, "Die JSON-Datei wird geschrieben …")
        if json_path is not None:
            with atomic_target(Path(json_path), ".json") as tmp:
                tmp.write_text(json.dumps(letter_json(letter), ensure_ascii=False,
                                          indent=2), "utf-8")
        progress(70, "Die Dokumente werden kopiert …")
        hand_out_documents(conn, copies)
        progress.finishing(100, "Die Auskunft ist geschrieben.")
    return written


def documents_folder(pdf: Path) -> Path:
    """Where the copies of her documents go with the letter: „<letter>-Dokumente“ beside it."""
    return pdf.with_name(f"{pdf.stem}-Dokumente")


def copy_paths(conn: Connection, letter: AuskunftLetter, folder: Path) -> dict[str, Path]:
    """Where the copy of each document the letter includes goes (by its id), numbered in
    its order; none when it includes none."""
    ids = [i.key.split(":", 1)[1] for i in letter.items if i.key.startswith("document:")]
    copies = {}
    for n, doc_id in enumerate(ids, 1):
        doc = documents.get_document(conn, doc_id)
        copies[doc_id] = folder / f"{n:02d}-{export_name(doc.title, doc.mime)}"
    return copies


def hand_out_documents(conn: Connection, copies: dict[str, Path]) -> list[Path]:
    """The copies (``copy_paths``), byte for byte, each written atomically."""
    return [documents.write_copy(conn, doc_id, path) for doc_id, path in copies.items()]
