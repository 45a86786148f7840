"""Letters and forms (docs/handbuch.md, „Briefe und Formulare“): filled from the vault.

``fill(conn, request)`` reads exactly the fields of ``domain.letters.FIELDS`` that the
letter's kind allows – the person's name and class, her school, the chosen appointment,
consent, partner or offer, the letterhead – and nothing else (no case, topic, note).
``make(conn, request)`` returns the letter as bytes in memory (PDF of a built-in letter,
or her own DOCX/PDF form filled); nothing is written until she saves or keeps it. A
built-in letter's texts are filled in a child process (``services.letter_child``): the
template sandbox never loads into the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from ..domain import clock
from ..domain import documents as ddoc
from ..domain import letters as dl
from ..domain.catalogues import CONSENTING_PARTIES, DISCLOSURE_CATEGORIES, LEGAL_BASES
from ..domain.entities import Disclosure
from ..domain.errors import UserError
from ..domain.file_names import safe_file_name
from ..domain.translate import Translate, german
from ..domain.writing import Writing
from ..formatting import WEEKDAYS, fmt_date
from ..reports.letters import Letter, letter_pages, letter_pdf
from ..reports.slip_layout import Page
from ..storage import file_intents, retention_repo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import (
    appointments,
    consents,
    documents,
    groups,
    network,
    open_offers,
    persons,
    settings,
)
from . import letter_templates as stored_templates
from .letter_child import (
    LetterChild,
    check_own,
    fill_own,
    joined,
    letter_as_docx,
    own_fields,
    render_once,
)
from .operations import DataKind, Progress, writes

OWN_KINDS = ("docx", "pdf")


@dataclass(frozen=True)
class LetterRequest:
    """What she chose: the kind, the person, the record it is made from, the address."""

    kind: str
    person_id: str
    source_id: str = ""            # appointment, consent, partner, group id or "offen:<Titel>"
    recipient: str = ""            # the address as she typed it (lines)
    salutation: str = "Sehr geehrte Damen und Herren,"
    template: bytes | None = None  # her own template (DOCX or PDF form); None: built-in
    template_type: str = ""        # "docx" | "pdf"
    mapping: dict[str, str] = field(default_factory=dict)   # PDF form field → placeholder
    template_id: str = ""          # her template kept in the vault (``letter_templates``)
    outside: bool = False          # the recipient is not the person or a guardian
    legal_basis: str = ""          # then: the legal basis of the disclosure (LEGAL_BASES)


@dataclass(frozen=True)
class MadeLetter:
    filled: bytes | None  # her template filled; None: the built-in letter (``data``)
    file_type: str       # "pdf" | "docx"
    title: str           # the kind's title
    file_name: str       # a suggestion without personal data: "Einladung-2026-11-25.pdf"
    pages: tuple[Page, ...] = ()   # the built-in letter's pages, for preview and printer
    letter: Letter | None = None   # the built-in letter (also saved as DOCX: ``as_docx``)
    # the built-in letter's fields left empty (``domain.letters.empty_fields``), found
    # where its values are filled; none for her own template (its preview lists them)
    empty_fields: tuple[str, ...] = ()

    @cached_property
    def data(self) -> bytes:
        """The file: her filled template, or the built-in letter's PDF, painted only when
        it leaves (saved, kept, joined); the preview and the printer paint ``pages``."""
        return self.file_bytes()

    def file_bytes(self) -> bytes:
        """``data`` made without keeping it on the letter: for the save on the runner's
        thread, which must not write into the letter her window holds."""
        if self.filled is not None:
            return self.filled
        if self.letter is None:
            raise UserError("Der Brief hat keinen Inhalt.")
        return letter_pdf(self.letter)


# -- the letterhead ----------------------------------------------------------------------

def logo(conn: Connection) -> bytes | None:
    return settings.logo(conn, dl.LOGO)


@writes(DataKind.SETTINGS)
def set_logo(conn: Connection, image: bytes | None) -> None:
    """Store (None: remove) the Träger's logo of the letterhead: PNG or JPEG, ≤ 256 KB."""
    settings.set_value(conn, dl.LOGO, settings.logo_text(image))


def _head_values(conn: Connection) -> dict[str, str]:
    city = settings.get(conn, dl.TRAEGER_CITY)
    return {
        "traeger.name": settings.get(conn, dl.TRAEGER_NAME),
        "traeger.street": settings.get(conn, dl.TRAEGER_STREET),
        "traeger.city": city,
        "worker.name": settings.get(conn, dl.WORKER_NAME),
        "worker.role": settings.get(conn, dl.WORKER_ROLE),
        "worker.phone": settings.get(conn, dl.WORKER_PHONE),
        "worker.email": settings.get(conn, dl.WORKER_EMAIL),
        "letter.date": fmt_date(clock.today()),
        "letter.place": city.split(" ", 1)[1] if city[:1].isdigit() and " " in city else city,
    }


# -- the values of one letter ------------------------------------------------------------

def _person_values(conn: Connection, person_id: str) -> dict[str, str]:
    person = persons.get_person(conn, person_id)
    if person is None:
        raise UserError("Diese Person gibt es nicht (mehr).")
    school = repo.SCHOOLS.get(conn, person.school_id) if person.school_id else None
    return {"person.pseudonym": person.pseudonym, "person.first_name": person.first_name,
            "person.last_name": person.last_name, "person.class_label": person.class_label,
            "school.name": school.name if school else "",
            "school.address": school.address if school else ""}


def _appointment_values(conn: Connection, person_id: str, source_id: str,
                        say: Translate) -> dict[str, str]:
    appt = appointments.get_appointment(conn, source_id)
    # her own appointment, or one without a person (a parents' evening: the serial letter)
    if appt is None or appt.person_id not in (person_id, None):
        raise UserError("Bitte wählen Sie einen Termin dieser Person.")
    return {"appointment.day": fmt_date(appt.day),
            "appointment.weekday": say(WEEKDAYS[appt.day.weekday()]),
            "appointment.start": appt.start, "appointment.end": appt.end,
            "appointment.room": appt.room}


def _consent_values(conn: Connection, person_id: str, source_id: str,
                    say: Translate) -> dict[str, str]:
    consent = next((c for c in consents.consents_for_person(conn, person_id)
                    if c.id == source_id), None)
    if consent is None:
        raise UserError("Bitte wählen Sie eine Einwilligung dieser Person.")
    return {"consent.recipient": consent.recipient,
            "consent.party": say(CONSENTING_PARTIES.label(consent.party)),
            "consent.entrusted_by": consent.entrusted_by, "consent.scope": consent.scope,
            "consent.purpose": consent.purpose,
            "consent.valid_from": fmt_date(consent.valid_from),
            "consent.valid_to": fmt_date(consent.valid_to) if consent.valid_to
            else say("auf Widerruf")}


def _partner_values(conn: Connection, person_id: str, source_id: str,
                    say: Translate) -> dict[str, str]:
    partner = next((p for p in network.partners(conn) if p.id == source_id), None)
    if partner is None:
        raise UserError("Bitte wählen Sie eine Fachstelle aus dem Netzwerk.")
    return {"partner.name": partner.name, "partner.contact_person": partner.contact_person,
            "partner.phone": partner.phone, "partner.email": partner.email}


OPEN_OFFER = "offen:"


def _offer_values(conn: Connection, person_id: str, source_id: str,
                  say: Translate) -> dict[str, str]:
    if source_id.startswith(OPEN_OFFER):
        title = source_id[len(OPEN_OFFER):]
        days = sorted(s.day for s in open_offers.sessions(conn) if s.title == title)
    else:
        group = groups.get_group(conn, source_id)
        if group is None:
            raise UserError("Bitte wählen Sie ein Gruppenangebot oder offenes Angebot.")
        title = group.title
        days = sorted(s.day for s in groups.sessions(conn, group.id))
    if not days:
        raise UserError(f"Zum Angebot „{title}“ ist noch kein Termin eingetragen.")
    return {"offer.title": title, "offer.first_day": fmt_date(days[0]),
            "offer.last_day": fmt_date(days[-1]), "offer.sessions": str(len(days))}


_SOURCES = {"appointment": _appointment_values, "consent": _consent_values,
            "partner": _partner_values, "offer": _offer_values}


def fill(conn: Connection, request: LetterRequest, tr: Translate = german) -> dict[str, str]:
    """The values of the letter: only the fields its kind allows (``domain.letters``);
    words the product adds (weekday, „auf Widerruf“) through ``tr``."""
    kind = dl.kind_of(request.kind)
    values = _head_values(conn) | _person_values(conn, request.person_id)
    values["recipient.address"] = request.recipient.strip()
    values["recipient.salutation"] = request.salutation.strip()
    if kind.needs:
        values |= _SOURCES[kind.needs](conn, request.person_id, request.source_id, tr)
    allowed = set(dl.allowed_fields(kind))
    return dl.limit_values({k: v for k, v in values.items() if k in allowed})


def sources(conn: Connection, kind_key: str, person_id: str) -> list[tuple[str, str]]:
    """(id, German label) of the records a letter of this kind can be made from."""
    needs = dl.kind_of(kind_key).needs
    if needs == "appointment":
        return [(a.id, f"{fmt_date(a.day)} {a.start}–{a.end} {a.room}".strip())
                for a in appointments.appointments_of_person(conn, person_id)]
    if needs == "consent":
        return [(c.id, f"{c.recipient} (ab {fmt_date(c.valid_from)})")
                for c in consents.consents_for_person(conn, person_id)]
    if needs == "partner":
        return [(p.id, p.name) for p in network.partners(conn)]
    if needs == "offer":
        return ([(g.id, f"{g.title} (Gruppe {g.school_year}/{(g.school_year + 1) % 100:02d})")
                 for g in groups.list_groups(conn)]
                + [(OPEN_OFFER + t, f"{t} (offenes Angebot)") for t in open_offers.titles(conn)])
    return []


def next_appointment(conn: Connection, person_id: str) -> str:
    """The id of her next appointment from today on that was not cancelled ("" without
    one): the record a letter from her case is proposed with (Einladung zum Gespräch)."""
    coming = [a for a in appointments.appointments_of_person(conn, person_id, clock.today())
              if a.status != "cancelled"]
    return coming[0].id if coming else ""


# -- making the letter -------------------------------------------------------------------

def builtin(kind_key: str, values: dict[str, str], head_logo: bytes | None,
            footer: str, tr: Translate = german, child: LetterChild | None = None) -> Letter:
    """The built-in letter of ``kind_key`` filled with ``values`` (through the sandbox, in
    ``child`` or a child of its own); its German text worded by ``tr`` (the GUI's
    language), German without one."""
    kind = dl.kind_of(kind_key)
    if kind_key not in dl.BUILTIN:
        raise UserError(f"Für „{kind.title}“ gibt es keinen eingebauten Brief; bitte wählen "
                        "Sie eine eigene Vorlage.")
    subject, blocks = dl.BUILTIN[kind_key]
    jobs = [(kind_key, [tr(text) for _what, text in blocks], values)]
    [texts] = child.render(jobs) if child is not None else render_once(jobs)
    filled = tuple(zip((what for what, _text in blocks), texts, strict=True))
    recipient = tuple(line.strip() for line in values.get("recipient.address", "").splitlines()
                      if line.strip())
    info = tuple((tr(label), values.get(name, "")) for label, name in dl.INFO_BLOCK)
    sender = tuple(v for v in (values.get("traeger.name", ""), values.get("traeger.street", ""),
                               values.get("traeger.city", "")) if v)
    return Letter(subject=tr(subject), blocks=filled, recipient=recipient, sender=sender,
                  info=info, footer=footer, logo=head_logo, title=kind.title)


def _file_name(title: str, file_type: str) -> str:
    return safe_file_name(f"{title} {clock.today().isoformat()}.{file_type}")


def make(conn: Connection, request: LetterRequest, tr: Translate = german,
         child: LetterChild | None = None) -> MadeLetter:
    """The letter in memory: a built-in PDF, or her own DOCX/PDF form filled; the
    built-in letter's words through ``tr`` (the GUI's language), German without one,
    filled in ``child`` (the dialog's, kept while it is open) or a child of its own."""
    kind = dl.kind_of(request.kind)
    if request.template_id:
        request = with_stored_template(conn, request)
    values = fill(conn, request, tr)
    if request.template is None:
        letter = builtin(request.kind, values, logo(conn), settings.get(conn, dl.FOOTER), tr,
                         child)
        pages = letter_pages(letter)
        return MadeLetter(None, "pdf", kind.title, _file_name(kind.title, "pdf"),
                          tuple(pages), letter, tuple(dl.empty_fields(request.kind, values)))
    return make_own(request, values, child)


def own_request(conn: Connection, request: LetterRequest,
                tr: Translate = german) -> tuple[LetterRequest, dict[str, str]]:
    """Her own template's request with its kept file and the values that fill it, read
    from the vault on the caller's thread: ``make_own`` then needs only the child (the
    dialog's preview runs it off the GUI thread)."""
    if request.template_id:
        request = with_stored_template(conn, request)
    return request, fill(conn, request, tr)


def make_own(request: LetterRequest, values: dict[str, str],
             child: LetterChild | None = None) -> MadeLetter:
    """Her DOCX or PDF form (``request.template``) filled with ``values`` in ``child``."""
    kind = dl.kind_of(request.kind)
    if request.template is not None and request.template_type in OWN_KINDS:
        # filled in the child: its libraries stay there
        return MadeLetter(fill_own(request.template, request.template_type, kind.key, values,
                                   request.mapping, child),
                          request.template_type, kind.title,
                          _file_name(kind.title, request.template_type))
    raise UserError("Eigene Vorlagen sind DOCX-Dateien oder PDF-Formulare.")


def with_stored_template(conn: Connection, request: LetterRequest) -> LetterRequest:
    """The request with her kept template's file and mapping; refused when the template
    is for another letter kind."""
    stored = stored_templates.get(conn, request.template_id)
    if stored.kind != request.kind:
        raise dl.TemplateRefused(f"Die Vorlage „{stored.name}“ ist für "
                                 f"„{dl.kind_of(stored.kind).title}“, nicht für "
                                 f"„{dl.kind_of(request.kind).title}“.")
    return replace(request, template=stored_templates.template_content(conn, stored.id),
                   template_type=stored.file_type, mapping=dict(stored.mapping))


def template_type(path: Path) -> str:
    """"docx" or "pdf" by the file's ending; German refusal for anything else."""
    ending = path.suffix.lower().lstrip(".")
    if ending not in OWN_KINDS:
        raise UserError(f"„{path.name}“ ist keine DOCX-Datei und kein PDF-Formular.")
    return ending


_FORM_AS_PDF = "Ein ausgefülltes PDF-Formular wird als PDF gespeichert."


def as_docx(made: MadeLetter, child: LetterChild | None = None) -> bytes:
    """The letter as DOCX: a built-in one laid out for Word (``reports.letter_docx``, in
    ``child`` or a child of its own), her DOCX template's as filled; a filled PDF form
    has no DOCX (German refusal)."""
    if made.file_type == "docx":
        return made.file_bytes()
    if made.letter is None:
        raise UserError(_FORM_AS_PDF)
    return letter_as_docx(made.letter, child)


def save_to(path: Path | str, made: MadeLetter, child: LetterChild | None = None) -> Path:
    """Write the letter at ``path`` atomically (temp file beside it, fsync, replace):
    DOCX when the name ends in .docx (a built-in letter laid out for Word, in ``child``
    or a child of its own), PDF otherwise; her DOCX template's letter only as DOCX."""
    from ..reports import letter_templates as own  # loads only when she saves (27 kB)

    return own.write_bytes_atomically(Path(path), letter_file(path, made, child),
                                      what=Writing.LETTER)


def letter_file(path: Path | str, made: MadeLetter, child: LetterChild | None = None) -> bytes:
    """The bytes ``save_to`` writes at ``path`` (DOCX for .docx, else PDF)."""
    if Path(path).suffix.lower() == ".docx":
        return as_docx(made, child)
    if made.file_type == "docx":
        raise UserError("Ihre Word-Vorlage ergibt eine DOCX-Datei; bitte speichern Sie den "
                        "Brief mit der Endung .docx.")
    return made.file_bytes()


@writes(DataKind.CONSENTS)  # the disclosure it logs
def save_letter(conn: Connection, path: Path | str, request: LetterRequest, made: MadeLetter,
                progress: Progress) -> bool:
    """The dialog's save on the one runner: the file made in a child of its own (the
    dialog's child stays with the GUI thread), the disclosure checked again, the file
    written atomically, then the disclosure logged (``disclose``; refused: the file is
    undone, an old one she overwrote back); after ``progress.finishing`` a cancel is refused, so file and log are both
    whole. True when a disclosure was logged."""
    from ..reports import letter_templates as own  # loads only when she saves (27 kB)

    progress(10, "Der Brief wird erstellt …")
    with LetterChild() as child:
        data = letter_file(path, made, child)
    check_disclosure(conn, request)     # still allowed (she confirmed it)
    progress.finishing(80, "Der Brief wird gespeichert …")
    # the log refused, or a kill before its commit: the file is undone (an old one back)
    with file_intents.journaled(conn, Path(path), what=Writing.LETTER):
        own.write_bytes_atomically(Path(path), data)
        return bool(_logged(conn, [request]))


def _logged(conn: Connection, requests: list[LetterRequest]) -> int:
    """Log the disclosures of the letters just written in one transaction (inside
    ``file_intents.journaled``: refused, the file is undone, so file and log are both
    whole or both absent; the journal's row is done with them). How many logged."""
    with transaction(conn):
        logged = sum(disclose(conn, request) is not None for request in requests)
        file_intents.settle(conn)
        return logged


def form_fields(data: bytes, child: LetterChild | None = None) -> list[str]:
    """The fields of her PDF form, for her to map to placeholders (read in ``child``)."""
    return own_fields(data, child)


def check_template(data: bytes, template_kind: str, kind_key: str,
                   mapping: dict[str, str] | None = None,
                   child: LetterChild | None = None) -> set[str]:
    """The placeholders her template uses, each allowed for the kind; German refusal
    (checked in ``child``)."""
    return check_own(data, "docx" if template_kind == "docx" else "pdf",
                     dl.kind_of(kind_key).key, mapping, child)


# -- a letter to someone outside: a disclosure ---------------------------------------------

def _disclosure_args(request: LetterRequest) -> tuple:
    recipient = next((line.strip() for line in request.recipient.splitlines() if line.strip()),
                     "")
    return (request.person_id, clock.today(), recipient, dl.DISCLOSED[dl.kind_of(request.kind).key],
            request.legal_basis,
            request.source_id if dl.kind_of(request.kind).needs == "consent" else None)


def check_disclosure(conn: Connection, request: LetterRequest) -> Disclosure | None:
    """What printing or saving this letter discloses (logged by ``disclose``): None when
    it goes to the person or a guardian; the recipient (the address's first line), the
    kind's categories (``domain.letters.DISCLOSED``) and her legal basis otherwise, a
    consent only when one valid today names the recipient. ``DisclosureRefused``
    (German) when it may not go out; nothing is written."""
    if not request.outside:
        return None
    return consents.checked_disclosure(conn, *_disclosure_args(request))


def describe_disclosure(disclosure: Disclosure) -> str:
    """„an „Stelle“ (Stammdaten, …; Rechtsgrundlage)“, for her confirmation and the CLI
    (catalogue labels, German as in the Übermittlungsprotokoll)."""
    categories = ", ".join(DISCLOSURE_CATEGORIES.label(c) for c in disclosure.categories)
    return (f"an „{disclosure.recipient}“ ({categories}; "
            f"{LEGAL_BASES.label(disclosure.legal_basis)})")


@writes(DataKind.CONSENTS)
def disclose(conn: Connection, request: LetterRequest) -> Disclosure | None:
    """Log the letter's disclosure in the Übermittlungsprotokoll once she confirmed it
    (None: the person or a guardian receives it, nothing to log)."""
    if not request.outside:
        return None
    return consents.record_disclosure(conn, *_disclosure_args(request))


@writes(DataKind.DOCUMENTS)
def keep(conn_or_session, request: LetterRequest, made: MadeLetter, template_name: str = ""):
    """Keep the letter as a document of its record (``services.documents``): a
    Schweigepflichtentbindung with its consent, every other letter with the person; the
    title names the kind, the recipient's first line and her template."""
    kind = dl.kind_of(request.kind)
    owner = (ddoc.Owner("consent", request.source_id) if kind.needs == "consent"
             else ddoc.Owner("person", request.person_id))
    recipient = next((line.strip() for line in request.recipient.splitlines() if line.strip()), "")
    if recipient.lower().startswith("an "):   # „An die Erziehungsberechtigten“
        recipient = recipient[3:]
    title = kind.title + (f" an {recipient}" if recipient else "")
    if template_name:
        title += f" (Vorlage {template_name})"
    return documents.add_document(
        conn_or_session, owner, "release" if kind.needs == "consent" else "letter",
        title[:ddoc.TITLE_LIMIT], clock.today(), made.data, made.file_name)


# -- a serial letter: one letter per chosen member of a group --------------------------------

# made from the group, from one appointment without a person, or from the person only
SERIAL_KINDS = ("participation", "invitation", "general")


@dataclass(frozen=True)
class SerialRequest:
    """One letter of ``kind`` for each of ``person_ids``, members of the group; each to the
    person or, ``to_guardians``, to her guardians, at the address she confirmed
    (``addresses``: person id → lines; else ``member_address``)."""

    kind: str
    group_id: str
    person_ids: tuple[str, ...]
    to_guardians: bool = False
    addresses: dict[str, str] = field(default_factory=dict)
    salutation: str = "Sehr geehrte Damen und Herren,"
    template_id: str = ""          # her template kept in the vault (built-in without one)
    outside: bool = False          # the letters go to another office (each is a disclosure)
    legal_basis: str = ""
    source_id: str = ""            # the invitation's appointment (one without a person)


def serial_sources(conn: Connection, kind_key: str) -> list[tuple[str, str]]:
    """(id, label) of what every letter of a serial letter of this kind is made from: for
    an invitation the appointments without a person from today on (a parents' evening,
    a talk with all guardians); nothing to choose for the other kinds."""
    if kind_key != "invitation":
        return []
    return [(a.id, f"{fmt_date(a.day)} {a.start}–{a.end} {a.room}".strip())
            for a in appointments.appointments_between(conn, clock.today(), date(9999, 12, 31))
            if not a.person_id]


def _serial_source(conn: Connection, serial: SerialRequest) -> str:
    if serial.kind == "participation":
        return serial.group_id
    if serial.kind == "invitation":
        if serial.source_id not in {key for key, _label in serial_sources(conn, "invitation")}:
            raise UserError("Bitte wählen Sie einen Termin ohne Person (z. B. einen "
                            "Elternabend im Kalender) für die Einladung.")
        return serial.source_id
    return ""


def member_address(conn: Connection, person_id: str, to_guardians: bool = False) -> str:
    """The address a serial letter proposes: her name (pseudonym without one) and class;
    to her guardians the postal address recorded for them (name, street, town: the lines
    of the window envelope), or without one „An die Erziehungsberechtigten / von …“ (two
    lines: the window is 80 mm wide) and the first lines of their contact as she recorded
    it; she checks and edits it before anything is made."""
    person = persons.get_person(conn, person_id)
    if person is None:
        raise UserError("Diese Person gibt es nicht (mehr).")
    name = person.display_name or person.pseudonym
    if to_guardians and person.guardian_address.strip():
        lines = dl.address_lines(person.guardian_address)
    elif to_guardians:
        lines = ["An die Erziehungsberechtigten", f"von {name}",
                 *[line.strip() for line in person.guardian_contact.splitlines() if line.strip()]]
    else:
        lines = [name, *([f"Klasse {person.class_label}"] if person.class_label else [])]
    return "\n".join(lines[:dl.ADDRESS_LINES])


def serial_requests(conn: Connection, serial: SerialRequest) -> list[LetterRequest]:
    """One ``LetterRequest`` per chosen member, in the order chosen; German refusal when
    the kind is not for a group, nobody is chosen, a person is not a member of the group,
    her processing is restricted (Art. 18 DSGVO) or letters to another office lack its
    address. Nothing is written."""
    if serial.kind not in SERIAL_KINDS:
        titles = ", ".join(f"„{dl.kind_of(key).title}“" for key in SERIAL_KINDS)
        raise UserError(f"Einen Serienbrief gibt es für {titles}, nicht für "
                        f"„{dl.kind_of(serial.kind).title}“.")
    if not serial.person_ids:
        raise UserError("Bitte wählen Sie mindestens eine Teilnehmerin / einen Teilnehmer.")
    from . import group_members  # a serial letter's (9 kB): not with every letter

    members = {m.person.id: m for m in group_members.members(conn, serial.group_id)}
    source_id = _serial_source(conn, serial)
    requests = []
    for person_id in dict.fromkeys(serial.person_ids):
        member = members.get(person_id)
        if member is None:
            raise UserError("Der Serienbrief geht nur an Mitglieder dieser Gruppe.")
        if restricted(conn, person_id):
            raise UserError(f"Die Verarbeitung ist für {member.person.pseudonym} eingeschränkt "
                            "(Art. 18 DSGVO): kein Brief. Nichts wurde erstellt.")
        address = serial.addresses.get(person_id, "")
        if serial.outside and not address.strip():   # never the member's own instead
            raise UserError("Bitte die Anschrift der Stelle angeben, an die die Briefe gehen.")
        address = address or member_address(conn, person_id, serial.to_guardians)
        requests.append(LetterRequest(
            serial.kind, person_id, source_id, address, serial.salutation, template_id=serial.template_id,
            outside=serial.outside, legal_basis=serial.legal_basis))
    return requests


def restricted(conn: Connection, person_id: str) -> bool:
    return retention_repo.restriction_of(conn, person_id) is not None


def make_serial(conn: Connection, serial: SerialRequest, tr: Translate = german,
                child: LetterChild | None = None) -> list[tuple[LetterRequest, MadeLetter]]:
    """Every letter of the serial letter in memory (nothing written): built-in letters
    and her PDF form's are PDFs, her Word template's DOCX files (joined into one DOCX
    by ``save_serial``); one child (``child`` or its own) fills the batch's texts."""
    if child is None:
        with LetterChild() as own_child:
            return make_serial(conn, serial, tr, own_child)
    return [(request, make(conn, request, tr, child)) for request in serial_requests(conn, serial)]


def check_serial_disclosures(conn: Connection, requests: list[LetterRequest]) -> list[Disclosure]:
    """What printing or saving the serial letter's ``requests`` discloses: one entry per
    letter that goes outside; ``DisclosureRefused`` for the first that may not (nothing
    written)."""
    return [d for request in requests if (d := check_disclosure(conn, request)) is not None]


@writes(DataKind.CONSENTS)
def disclose_serial(conn: Connection, letters: list[tuple[LetterRequest, MadeLetter]]) -> int:
    """Log each letter that goes outside, after her confirmation, all in one transaction
    (one refused: none logged); how many were logged."""
    with transaction(conn):
        return sum(disclose(conn, request) is not None for request, _made in letters)


def joined_pdf(letters: list[tuple[LetterRequest, MadeLetter]],
               child: LetterChild | None = None) -> bytes:
    """The serial letter as one PDF (each letter starts on its own page), joined in
    ``child`` or a child of its own (pypdf stays out of the GUI)."""
    return joined([made.data for _request, made in letters], "pdf", child)


def joined_docx(letters: list[tuple[LetterRequest, MadeLetter]],
                child: LetterChild | None = None) -> bytes:
    """The serial letter as one DOCX (each letter starts on its own page): her Word
    template's letters, or the built-in letters laid out for Word; made and joined in
    ``child`` or a child of its own, in one request (python-docx stays out of the GUI)."""
    parts: list[bytes | Letter] = []
    for _request, made in letters:
        if made.file_type == "docx":
            parts.append(made.data)
        elif made.letter is not None:
            parts.append(made.letter)
        else:
            raise UserError(_FORM_AS_PDF)
    return joined(parts, "docx", child)


def save_serial(path: Path | str, letters: list[tuple[LetterRequest, MadeLetter]],
                child: LetterChild | None = None) -> Path:
    """Write the serial letter as one file at ``path`` atomically: one PDF (.pdf), or one
    DOCX (.docx) of her Word template's or the built-in letters (joined in ``child`` or a
    child of its own); a PDF form's letters only as PDF, her Word template's only as DOCX
    (German refusal)."""
    from ..reports import letter_templates as own  # loads only when she saves (27 kB)

    return own.write_bytes_atomically(Path(path), serial_file(path, letters, child),
                                      what=Writing.LETTER)


def serial_file(path: Path | str, letters: list[tuple[LetterRequest, MadeLetter]],
                child: LetterChild | None = None) -> bytes:
    """The bytes ``save_serial`` writes at ``path``: checked by its ending, joined."""
    ending = Path(path).suffix.lower()
    word = letters[0][1].file_type == "docx" if letters else False
    if ending == ".docx":
        return joined_docx(letters, child)
    if ending != ".pdf":
        raise UserError("Ein Serienbrief wird als ein PDF (Endung .pdf) oder eine DOCX-Datei "
                        "(Endung .docx) gespeichert.")
    if word:
        raise UserError("Ihre Word-Vorlage ergibt eine DOCX-Datei; bitte speichern Sie den "
                        "Serienbrief mit der Endung .docx.")
    return joined_pdf(letters, child)


def serial_file_name(conn: Connection, serial: SerialRequest) -> str:
    """The name proposed for the serial letter's file (no personal data), without making
    a letter: „Serienbrief Einladung zum Gespräch 2026-11-25.pdf“, .docx for her Word
    template."""
    file_type = (stored_templates.get(conn, serial.template_id).file_type
                 if serial.template_id else "pdf")
    return f"Serienbrief {_file_name(dl.kind_of(serial.kind).title, file_type)}"


# a serial letter's step, one per letter (the GUI's step bar translates it with its numbers)
MAKING = "Brief {0} von {1} wird erstellt …"


def _made_serial(conn: Connection, requests: list[LetterRequest], tr: Translate,
                 progress: Progress, child: LetterChild,
                 disclosing: bool = True) -> list[tuple[LetterRequest, MadeLetter]]:
    """The letters of the ``requests`` she confirmed, made one step each („Brief 2 von 3
    wird erstellt …“, up to 80 %), for a run on the one runner: refused when a person was
    restricted meanwhile, and (``disclosing``) each disclosure checked again."""
    if any(restricted(conn, request.person_id) for request in requests):
        raise UserError("Die Verarbeitung ist für eine der Personen inzwischen eingeschränkt "
                        "(Art. 18 DSGVO): kein Serienbrief. Nichts wurde erstellt.")
    letters = []
    for number, request in enumerate(requests, 1):
        progress(80 * (number - 1) // len(requests), MAKING.format(number, len(requests)))
        letters.append((request, make(conn, request, tr, child)))
    if disclosing:
        check_serial_disclosures(conn, requests)    # still allowed (she confirmed them)
    return letters


@dataclass(frozen=True)
class SerialSaved:
    """What ``save_serial_letter`` wrote: the file, its letters, the disclosures logged."""

    path: Path
    letters: int
    logged: int


@writes(DataKind.CONSENTS)  # the disclosures it logs
def save_serial_letter(conn: Connection, path: Path | str, requests: list[LetterRequest],
                       tr: Translate, progress: Progress) -> SerialSaved:
    """The serial letter's save on the one runner, for the ``requests`` she confirmed
    (``serial_requests``; not read again, so what is logged is what she saw; a person
    restricted meanwhile is refused): each letter made (one step per recipient,
    ``progress``), joined and written atomically in a child of its own, then all
    disclosures logged in one transaction (refused: the file is undone); after
    ``progress.finishing`` a cancel is refused (the file and the log both whole);
    cancelled before, nothing is written."""
    from ..reports import letter_templates as own  # loads only when she saves (27 kB)

    with LetterChild() as child:
        letters = _made_serial(conn, requests, tr, progress, child)
        progress(80, "Der Serienbrief wird zusammengefügt …")
        data = serial_file(path, letters, child)
    progress.finishing(95, "Der Serienbrief wird gespeichert …")
    # the log refused, or a kill before its commit: the file is undone (an old one back)
    with file_intents.journaled(conn, Path(path), what=Writing.LETTER):
        written = own.write_bytes_atomically(Path(path), data)
        return SerialSaved(written, len(letters),
                           _logged(conn, [r for r, _made in letters]))


@dataclass(frozen=True)
class SerialPrinted:
    """What ``print_serial_letter`` printed: its letters, the disclosures logged."""

    letters: int
    logged: int


@writes(DataKind.CONSENTS)  # the disclosures it logs
def print_serial_letter(conn: Connection, requests: list[LetterRequest],
                        paint: Callable[[list[Page], Progress, Callable[[], None]], None],
                        tr: Translate, progress: Progress) -> SerialPrinted:
    """The serial letter's print on the one runner, for the ``requests`` she confirmed:
    each letter made (a step each), the disclosures checked again, then the pages
    painted (``paint(pages, progress, begun)``: the GUI's printer, from memory,
    ``progress.finishing`` before the job begins, a step each page); ``begun``, called
    once the printer took the job, logs the disclosures in one short transaction: the
    painting holds no transaction. Cancelled before the job or a printer that does not
    open: nothing logged; a failure after the job began keeps the entries (paper may be
    out). Only the built-in letter is printed (her own template's letters are files)."""
    with LetterChild() as child:
        letters = _made_serial(conn, requests, tr, progress, child)
    if not all(made.pages for _request, made in letters):
        raise UserError("Nur der eingebaute Brief wird gedruckt; einen Brief aus Ihrer "
                        "Vorlage speichern Sie als Datei.")
    logged = 0

    def begun() -> None:
        nonlocal logged
        with transaction(conn):
            logged = sum(disclose(conn, request) is not None for request, _made in letters)

    paint([page for _request, made in letters for page in made.pages], progress, begun)
    return SerialPrinted(len(letters), logged)


@writes(DataKind.DOCUMENTS)
def keep_serial_letter(conn: Connection, requests: list[LetterRequest], tr: Translate,
                       template_name: str, progress: Progress) -> int:
    """The serial letter kept in the vault on the one runner: each letter made (a step
    each; cancelled meanwhile, nothing is kept), then after ``progress.finishing`` each
    kept as a document of its person (``keep_serial``); how many."""
    with LetterChild() as child:
        letters = _made_serial(conn, requests, tr, progress, child, disclosing=False)
    progress.finishing(85, "Die Briefe werden abgelegt …")
    return len(keep_serial(conn, letters, template_name))


@writes(DataKind.DOCUMENTS)
def keep_serial(conn_or_session, letters: list[tuple[LetterRequest, MadeLetter]],
                template_name: str = "") -> list:
    """Keep each letter as a document of its person, as a single letter is kept."""
    return [keep(conn_or_session, request, made, template_name) for request, made in letters]
