"""Consents (Einwilligungen / Schweigepflichtentbindungen) and the disclosure log
(docs/domain.md §§ 2, 10; retention R6, R10).

Information about a person goes to someone only on a legal basis. With the basis
"consent" there must be a consent valid on that day that names that recipient;
otherwise ``record_disclosure`` refuses and writes nothing. Every disclosure is
logged with recipient, categories, legal basis and consent id — never its content.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import plausibility
from ..domain.catalogues import CONSENTING_PARTIES, DISCLOSURE_CATEGORIES, LEGAL_BASES
from ..domain.entities import Annotation, Consent, Disclosure
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import consents_repo as q
from ..storage import notes_repo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from .operations import DataKind, writes

# Status of a consent on a day; labels are the wording of the consents table.
STATUS_LABELS = {
    "valid": "gültig",
    "expired": "abgelaufen",
    "withdrawn": "widerrufen",
    "future": "noch nicht gültig",
}


class ConsentError(UserError):
    """A consent cannot be saved as entered; str() is a German message."""


class DisclosureRefused(UserError):  # noqa: N818 - domain wording: the disclosure is refused
    """A disclosure lacks its legal basis; nothing was written. str() is German."""


def normalise_recipient(text: str) -> str:
    return " ".join(text.split()).casefold()


def consent_status(consent: Consent, day: date) -> str:
    if consent.withdrawn_on is not None and day >= consent.withdrawn_on:
        return "withdrawn"
    if day < consent.valid_from:
        return "future"
    if consent.valid_to is not None and day > consent.valid_to:
        return "expired"
    return "valid"


def consents_for_person(conn: Connection, person_id: str) -> list[Consent]:
    return q.consents_for_person(conn, person_id)


def disclosures_for_person(conn: Connection, person_id: str) -> list[Disclosure]:
    return q.disclosures_for_person(conn, person_id)


# Recipient named by a consent that allows passing data on to the deputy when the
# deputy is not yet known by name.
DEPUTY_RECIPIENT = "Vertretung der Schulsozialarbeit"
DEPUTY_LABEL = "Weitergabe an die Vertretung"


@writes(DataKind.CONSENTS)
def save_consent(conn: Connection, consent: Consent) -> Consent:
    consent.recipient = " ".join(consent.recipient.split())
    if consent.deputy and not consent.recipient:
        consent.recipient = DEPUTY_RECIPIENT
    if not consent.recipient:
        raise ConsentError("Bitte angeben, wem gegenüber die Einwilligung gilt (Empfänger).")
    if consent.party not in CONSENTING_PARTIES:
        raise ConsentError("Bitte angeben, wer eingewilligt hat.")
    if why := plausibility.consent_period_problem(consent.valid_from, consent.valid_to):
        raise ConsentError(why)
    repo.PERSONS.existing(conn, consent.person_id,
                          missing=ConsentError("Die Person gibt es nicht (mehr)."))
    with transaction(conn):
        repo.CONSENTS.save(conn, consent)
    return consent


@writes(DataKind.CONSENTS)
def withdraw_consent(conn: Connection, consent_id: str, day: date) -> Consent:
    consent = repo.CONSENTS.existing(conn, consent_id,
                                     missing=ConsentError("Die Einwilligung gibt es nicht (mehr)."))
    if consent.withdrawn_on is not None:
        raise ConsentError(f"Die Einwilligung wurde schon am {fmt_date(consent.withdrawn_on)} widerrufen.")
    if day < consent.valid_from:
        day = consent.valid_from
    consent.withdrawn_on = day
    with transaction(conn):
        repo.CONSENTS.update(conn, consent)
    return consent


# The days of a consent a correction may set, with their labels in the Korrekturvermerk.
_REVERSIBLE = (("valid_to", "Gültig bis"), ("withdrawn_on", "Widerruf am"))
# Every day of a consent with its label, and the words for a day not set.
CONSENT_DAYS = {"valid_from": "Gültig ab", **dict(_REVERSIBLE)}
_NO_DAY = {"valid_to": "unbefristet", "withdrawn_on": "kein Widerruf"}


def reversed_days(consent: Consent) -> list[str]:
    """The days of ``consent`` that lie before its begin (``valid_to``, ``withdrawn_on``):
    a consent so recorded was valid on no day – an evident error of its data, which her
    form never records and only an import before 29.11.2026 took in."""
    return [name for name, _label in _REVERSIBLE
            if (day := getattr(consent, name)) is not None and day < consent.valid_from]


@writes(DataKind.CONSENTS, DataKind.NOTES)
def correct_reversed_days(conn: Connection, consent_id: str, day: date) -> Consent:
    """Set the end and/or withdrawal that lie before the consent's begin to ``day`` (on or
    after the begin), each change kept as a Korrekturvermerk with the earlier day, with
    the person. A consent whose days agree is a legal record and is never changed: she
    enters its withdrawal or records a new one."""
    consent = repo.CONSENTS.existing(conn, consent_id,
                                     missing=ConsentError("Die Einwilligung gibt es nicht (mehr)."))
    wrong = reversed_days(consent)
    if not wrong:
        raise ConsentError("Die Tage dieser Einwilligung stimmen; eine Einwilligung ist ein "
                           "Nachweis und wird nicht geändert. Bitte einen Widerruf eintragen "
                           "oder eine neue Einwilligung erfassen.")
    if why := plausibility.consent_period_problem(consent.valid_from, day):
        raise ConsentError(f"{why} Bitte einen Tag ab dem {fmt_date(consent.valid_from)} wählen.")
    with transaction(conn):
        for name in wrong:
            earlier = getattr(consent, name)
            setattr(consent, name, day)
            note_changed_day(conn, consent, name, earlier)
        repo.CONSENTS.update(conn, consent)
    return consent


def note_changed_day(conn: Connection, consent: Consent, name: str,
                     earlier: date | None) -> None:
    """The Korrekturvermerk of one day of ``consent`` (``CONSENT_DAYS``) changed from
    ``earlier`` to the day it holds now, kept with the person: the one note of every way a
    consent's day is changed (a correction, a merge's conflict choice). Inside the
    caller's transaction."""
    def day_text(day: date | None) -> str:
        return fmt_date(day) if day is not None else _NO_DAY.get(name, "—")

    repo.ANNOTATIONS.insert(conn, Annotation(
        target_kind="consent", target_id=consent.person_id,
        field_name=(f"Einwilligung gegenüber {consent.recipient} ab "
                    f"{fmt_date(consent.valid_from)}: {CONSENT_DAYS[name]}"),
        previous=day_text(earlier), text=day_text(getattr(consent, name))))


def corrections(conn: Connection, person_id: str) -> list[Annotation]:
    """The Korrekturvermerke of the person's consents (``correct_reversed_days``), oldest
    first: the earlier day stays visible beside the consents."""
    return [a for a in notes_repo.annotations_for(conn, person_id) if a.target_kind == "consent"]


def matching_consent(conn: Connection, person_id: str, day: date, recipient: str,
                     consent_id: str | None = None) -> Consent | None:
    """A consent of the person valid on ``day`` naming ``recipient`` (trimmed, any case)."""
    wanted = normalise_recipient(recipient)
    for consent in q.consents_for_person(conn, person_id):
        if consent_id and consent.id != consent_id:
            continue
        if consent.is_valid_on(day) and normalise_recipient(consent.recipient) == wanted:
            return consent
    return None


@writes(DataKind.CONSENTS)
def record_disclosure(conn: Connection, person_id: str, day: date, recipient: str, categories,
                      legal_basis: str, consent_id: str | None = None) -> Disclosure:
    """Log that information about a person went to ``recipient`` — or refuse."""
    disclosure = checked_disclosure(conn, person_id, day, recipient, categories, legal_basis,
                                    consent_id)
    with transaction(conn):
        repo.DISCLOSURES.insert(conn, disclosure)
    return disclosure


def checked_disclosure(conn: Connection, person_id: str, day: date, recipient: str, categories,
                       legal_basis: str, consent_id: str | None = None) -> Disclosure:
    """The disclosure ``record_disclosure`` would log (nothing written) — or refuse."""
    recipient = " ".join(recipient.split())
    categories = tuple(categories)
    if not recipient:
        raise DisclosureRefused("Bitte angeben, an wen die Information ging.")
    if not categories or any(c not in DISCLOSURE_CATEGORIES for c in categories):
        raise DisclosureRefused("Bitte angeben, welche Art von Information übermittelt wurde.")
    if legal_basis not in LEGAL_BASES:
        raise DisclosureRefused("Ohne Rechtsgrundlage darf nichts übermittelt werden. "
                                "Bitte eine Rechtsgrundlage wählen.")
    repo.PERSONS.existing(conn, person_id,
                          missing=DisclosureRefused("Die Person gibt es nicht (mehr)."))
    if legal_basis == "consent":
        consent = matching_consent(conn, person_id, day, recipient, consent_id)
        if consent is None:
            raise DisclosureRefused(
                f"Übermittlung an „{recipient}“ am {fmt_date(day)} nicht zulässig: "
                "Es liegt keine an diesem Tag gültige Einwilligung "
                "(Schweigepflichtentbindung) vor, die diesen Empfänger nennt. "
                "Bitte zuerst die Einwilligung erfassen – oder eine andere Rechtsgrundlage "
                "wählen, wenn sie wirklich vorliegt (z. B. § 8a SGB VIII, § 4 KKG).")
        consent_id = consent.id
    else:
        consent_id = None
    return Disclosure(person_id=person_id, day=day, recipient=recipient,
                      categories=categories, legal_basis=legal_basis, consent_id=consent_id)


def deputy_consent(conn: Connection, person_id: str, day: date) -> Consent | None:
    """The person's consent to "Weitergabe an die Vertretung" valid on ``day`` (newest
    first), or None: without it nothing of the person goes into a Vertretungspaket."""
    for consent in q.consents_for_person(conn, person_id):
        if consent.deputy and consent.is_valid_on(day):
            return consent
    return None


# How long a lapsed consent stands red on the Übersicht: longer than the summer
# holidays (six and a half weeks), so she sees on her return what lapsed while she was away.
LAPSED_DAYS = 60


def consents_to_renew(conn: Connection, today: date, days: int) -> list[q.ExpiringConsentRow]:
    """Consents that end within the next ``days`` days (R6: they lapse), and those that
    lapsed in the last ``LAPSED_DAYS`` days while the person has an open case; neither
    once she has recorded a later consent of the person to the same recipient (one valid
    on any day after the end). Withdrawn consents and restricted persons stay out."""
    rows = q.consents_ending_between(conn, today - timedelta(days=LAPSED_DAYS),
                                     today + timedelta(days=days))
    return [r for r in rows if (r.valid_to >= today or r.open_case) and not _renewed(r)]


def _renewed(row: q.ExpiringConsentRow) -> bool:
    recipient = normalise_recipient(row.recipient)
    after = row.valid_to + timedelta(days=1)
    for consent in row.others:
        if normalise_recipient(consent.recipient) != recipient:
            continue
        last = last_valid_day(consent)
        if last is None or (last >= after and last >= consent.valid_from):
            return True
    return False


def last_valid_day(consent: Consent) -> date | None:
    """The last day a consent is valid (None: open-ended); a withdrawal takes effect on
    its date, so a consent withdrawn on d is last valid on d - 1."""
    ends = [d for d in (consent.valid_to, consent.withdrawn_on and
                        consent.withdrawn_on - timedelta(days=1)) if d is not None]
    return min(ends) if ends else None


def coverage_gap(consents: list[Consent], first: date, last: date) -> date | None:
    """The first day in [first, last] on which none of ``consents`` is valid, or None when
    every day is covered (consents that follow one another count together)."""
    day = first
    while day <= last:
        ends = [last_valid_day(c) for c in consents if c.is_valid_on(day)]
        if not ends:
            return day
        if None in ends:
            return None
        day = max(end for end in ends if end is not None) + timedelta(days=1)
    return None


NO_DEPUTY_CONSENT = f"keine Einwilligung „{DEPUTY_LABEL}“"


def deputy_consent_problem(consents: list[Consent], first: date, last: date,
                           today: date) -> str:
    """Why the deputy consents among ``consents`` do not allow a Vertretungspaket for the
    period [first, last] written on ``today`` (German, for the preview), or "" when one of
    them (or several in a chain) is valid on that day and on every day of the period."""
    mine = [c for c in consents if c.deputy]
    if not mine:
        return NO_DEPUTY_CONSENT
    gap = coverage_gap(mine, today, today)
    if gap is None:
        gap = coverage_gap(mine, first, last)
    if gap is None:
        return ""
    return _gap_reason(mine, gap)


def _gap_reason(mine: list[Consent], gap: date) -> str:
    """Why no deputy consent is valid on ``gap``: one that ran until the day before ended
    or was withdrawn then, or what happened to them before or happens after."""
    before = gap - timedelta(days=1)
    if any(c.is_valid_on(before) and c.withdrawn_on == gap for c in mine):
        return f"Einwilligung widerrufen zum {fmt_date(gap)}"
    if any(c.is_valid_on(before) for c in mine):
        return f"Einwilligung endet am {fmt_date(before)}"
    return _earlier_or_later_reason(mine, gap)


def _earlier_or_later_reason(mine: list[Consent], gap: date) -> str:
    """The latest withdrawal (up to ``gap``) or end (before it), else the earliest later start."""
    withdrawn = [c.withdrawn_on for c in mine if c.withdrawn_on is not None
                 and c.withdrawn_on <= gap]
    if withdrawn:
        return f"Einwilligung widerrufen zum {fmt_date(max(withdrawn))}"
    ended = [c.valid_to for c in mine if c.valid_to is not None and c.valid_to < gap]
    if ended:
        return f"Einwilligung endet am {fmt_date(max(ended))}"
    later = [c.valid_from for c in mine if c.valid_from > gap]
    if later:
        return f"Einwilligung gilt erst ab {fmt_date(min(later))}"
    return f"keine gültige Einwilligung am {fmt_date(gap)}"
