"""Letters and forms (docs/handbuch.md, „Briefe und Formulare“): the one declaration of
what a letter may carry, the letterhead options and the built-in letters.

``FIELDS`` is the allow-list: every placeholder a template may use, with its meaning.
Nothing else reaches a letter – no topic, no note, no case, no § 8a: there is no field
for them. Each ``LetterKind`` names the groups of fields it may use (a
Teilnahmebestätigung has no consent and no appointment), and ``check_placeholders``
refuses a template naming anything else, in German, naming the placeholder.

The pseudonym and the real name are separate placeholders (``person.pseudonym``,
``person.first_name``, ``person.last_name``): a name appears only where the template
asks for it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import options
from .errors import UserError

# -- the letterhead (Einstellungen → Optionen; set once) ---------------------------------

TRAEGER_NAME = options.declare(options.Option(
    "letters.traeger_name", str, "", "Briefkopf: Name des Trägers",
    help="Steht im Briefkopf, im Absender über dem Anschriftfeld und in der Fußzeile."))
TRAEGER_STREET = options.declare(options.Option(
    "letters.traeger_street", str, "", "Briefkopf: Straße und Hausnummer"))
TRAEGER_CITY = options.declare(options.Option(
    "letters.traeger_city", str, "", "Briefkopf: PLZ und Ort"))
WORKER_NAME = options.declare(options.Option(
    "letters.worker_name", str, "", "Briefe: Ihr Name (Unterschrift)"))
WORKER_ROLE = options.declare(options.Option(
    "letters.worker_role", str, "Schulsozialarbeit", "Briefe: Ihre Funktion"))
WORKER_PHONE = options.declare(options.Option(
    "letters.worker_phone", str, "", "Briefe: Ihre Telefonnummer"))
WORKER_EMAIL = options.declare(options.Option(
    "letters.worker_email", str, "", "Briefe: Ihre E-Mail-Adresse"))
FOOTER = options.declare(options.Option(
    "letters.footer", str, "", "Briefe: Fußzeile",
    help="Eine Zeile unten auf jeder Seite, z. B. Sitz, Registergericht, Bankverbindung."))
LOGO = options.declare(options.Option(
    "letters.logo", str, "", "Briefkopf: Logo des Trägers",
    help="PNG- oder JPEG-Bild (Base64, höchstens 256 KB), oben rechts auf jedem Brief."))

ADDRESS_LINES = 6  # the address zone of a DIN 5008 window envelope: six lines
SHORT_TEXT = 200   # longest value of one field (a line of an address, a title)
LONG_TEXT = 1000   # purpose and scope of a consent, the recipient's address


# -- the one declaration of fields --------------------------------------------------------

FIELDS: dict[str, str] = {
    "letter.date": "Datum des Briefs (TT.MM.JJJJ)",
    "letter.place": "Ort des Trägers (für „Ort, Datum“)",
    "recipient.address": "Anschrift der Empfängerin / des Empfängers (mehrzeilig, von Ihnen eingegeben)",
    "recipient.salutation": "Anrede („Sehr geehrte Damen und Herren,“)",
    "person.pseudonym": "Pseudonym der Person",
    "person.first_name": "Vorname der Person (nur wenn die Vorlage ihn braucht)",
    "person.last_name": "Nachname der Person (nur wenn die Vorlage ihn braucht)",
    "person.class_label": "Klasse",
    "school.name": "Name der Schule",
    "school.address": "Anschrift der Schule",
    "appointment.day": "Tag des Termins (TT.MM.JJJJ)",
    "appointment.weekday": "Wochentag des Termins",
    "appointment.start": "Beginn (HH:MM)",
    "appointment.end": "Ende (HH:MM)",
    "appointment.room": "Raum",
    "consent.recipient": "Stelle, gegenüber der die Schweigepflicht entbunden wird",
    "consent.party": "Wer einwilligt (junger Mensch, Personensorgeberechtigte, beide)",
    "consent.entrusted_by": "Wer die Daten anvertraut hat",
    "consent.scope": "Welche Angaben weitergegeben werden dürfen",
    "consent.purpose": "Zweck der Weitergabe",
    "consent.valid_from": "gültig ab (TT.MM.JJJJ)",
    "consent.valid_to": "gültig bis (TT.MM.JJJJ; leer: bis auf Widerruf)",
    "partner.name": "Fachstelle (Name aus dem Netzwerk)",
    "partner.contact_person": "Ansprechperson der Fachstelle",
    "partner.phone": "Telefon der Fachstelle",
    "partner.email": "E-Mail der Fachstelle",
    "offer.title": "Titel des Gruppenangebots oder offenen Angebots",
    "offer.first_day": "erster Termin des Angebots (TT.MM.JJJJ)",
    "offer.last_day": "letzter Termin des Angebots (TT.MM.JJJJ)",
    "offer.sessions": "Zahl der Termine",
    "worker.name": "Ihr Name",
    "worker.role": "Ihre Funktion",
    "worker.phone": "Ihre Telefonnummer",
    "worker.email": "Ihre E-Mail-Adresse",
    "traeger.name": "Name des Trägers",
    "traeger.street": "Straße des Trägers",
    "traeger.city": "PLZ und Ort des Trägers",
}
GROUPS = tuple(dict.fromkeys(name.split(".")[0] for name in FIELDS))
_ALWAYS = ("letter", "recipient", "person", "school", "worker", "traeger")


@dataclass(frozen=True)
class LetterKind:
    key: str
    title: str               # German; also the document's title
    groups: tuple[str, ...]  # the field groups a template of this kind may use
    needs: str = ""          # the record it is made from besides the person


KINDS: dict[str, LetterKind] = {k.key: k for k in (
    LetterKind("invitation", "Einladung zum Gespräch", (*_ALWAYS, "appointment"), "appointment"),
    LetterKind("consent_release", "Schweigepflichtentbindung", (*_ALWAYS, "consent"), "consent"),
    LetterKind("referral", "Weitervermittlung an eine Fachstelle", (*_ALWAYS, "partner"), "partner"),
    LetterKind("participation", "Teilnahmebestätigung", (*_ALWAYS, "offer"), "offer"),
    LetterKind("appointment", "Terminbestätigung", (*_ALWAYS, "appointment"), "appointment"),
    LetterKind("general", "Allgemeiner Brief", _ALWAYS),
)}


class TemplateRefused(UserError):
    """A template that uses what its kind may not, or reaches beyond the fields."""


# What a letter of each kind tells its recipient (``catalogues.DISCLOSURE_CATEGORIES``):
# logged in the Übermittlungsprotokoll when it goes to someone who is not the person or
# a guardian. Every letter names the person (Stammdaten); an invitation, a confirmation
# of an appointment or of participation says she attends; a referral carries the
# worker's recommendation (fachliche Einschätzung).
DISCLOSED: dict[str, tuple[str, ...]] = {
    "invitation": ("master", "attendance"), "consent_release": ("master",),
    "referral": ("master", "assessment"), "participation": ("master", "attendance"),
    "appointment": ("master", "attendance"), "general": ("master",)}


@dataclass(frozen=True)
class StoredTemplate:
    """Her own template kept in the vault (its file is read apart: ``content``)."""

    id: str
    name: str
    kind: str                  # a key of ``KINDS``
    file_type: str             # "docx" | "pdf"
    mapping: dict[str, str]    # PDF form field → placeholder (empty for a DOCX)
    sha256: str
    added: str
    size: int = 0


def kind_of(key: str) -> LetterKind:
    try:
        return KINDS[key]
    except KeyError:
        known = ", ".join(KINDS)
        raise UserError(f"Die Briefart „{key}“ gibt es nicht (bekannt: {known}).") from None


def allowed_fields(kind: LetterKind) -> list[str]:
    """The placeholders a template of ``kind`` may use, in declaration order."""
    return [name for name in FIELDS if name.split(".")[0] in kind.groups]


QUOTED_LIMIT = 60


def quoted(name: str) -> str:
    """A name from her file as a refusal quotes it: shortened past ``QUOTED_LIMIT``
    characters (a crafted name of 100,000 made a message box wider than any screen)."""
    return name if len(name) <= QUOTED_LIMIT else name[:QUOTED_LIMIT] + "…"


def check_placeholders(names: Iterable[str], kind: LetterKind) -> None:
    """Refuse (German, naming it) a placeholder that is not declared or not for ``kind``."""
    allowed = set(allowed_fields(kind))
    for name in sorted(set(names)):
        if name in allowed:
            continue
        if name in FIELDS:
            raise TemplateRefused(f"Der Platzhalter „{quoted(name)}“ gehört nicht in eine "
                                  f"{kind.title}: diese Briefart darf ihn nicht verwenden.")
        raise TemplateRefused(_unknown_placeholder(name, allowed))


def _unknown_placeholder(name: str, allowed: set[str]) -> str:
    """The refusal of a placeholder that does not exist: the one of her kind she surely
    meant when one is close ({{ appointment.date }} for ``appointment.day``), and where all
    are listed (the message named two unrelated examples, no button: she searched)."""
    listed = "Alle Platzhalter dieser Briefart zeigt „Platzhalter …“ im Dialog „Brief erstellen“"
    meant = difflib.get_close_matches(name.lower(), sorted(allowed), n=1, cutoff=0.8)
    if meant:
        return (f"Den Platzhalter „{quoted(name)}“ gibt es nicht – gemeint ist wohl "
                f"„{meant[0]}“. {listed}.")
    return (f"Den Platzhalter „{quoted(name)}“ gibt es nicht. {listed} (z. B. "
            "„person.first_name“, „school.name“).")


def address_lines(text: str) -> list[str]:
    """The non-empty lines of an address as she wrote it; German refusal beyond the six
    lines a window envelope's address zone holds (DIN 5008)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > ADDRESS_LINES:
        raise UserError(f"Eine Anschrift hat höchstens {ADDRESS_LINES} Zeilen (Name, Straße und "
                        f"Hausnummer, PLZ und Ort); diese hat {len(lines)}.")
    return lines


def limit_values(values: Mapping[str, str]) -> dict[str, str]:
    """The values as plain text within their length; a key outside ``FIELDS`` is refused."""
    out: dict[str, str] = {}
    for name, value in values.items():
        if name not in FIELDS:
            raise UserError(f"Das Feld „{name}“ ist für Briefe nicht vorgesehen.")
        if not isinstance(value, str):
            raise UserError(f"Das Feld „{name}“ muss Text sein.")
        limit = LONG_TEXT if name in ("recipient.address", "consent.scope",
                                      "consent.purpose") else SHORT_TEXT
        if len(value) > limit:
            raise UserError(f"Das Feld „{FIELDS[name]}“ ist zu lang (höchstens {limit} Zeichen).")
        out[name] = value
    return out


# -- the built-in letters ----------------------------------------------------------------
# Each is a subject and blocks: ("p", text) a paragraph, ("sign", label) a signature line.
# Texts are templates in the same placeholder language as her own ({{ person.first_name }})
# and go through the same check (tests/letters/test_builtin_letters.py).

Block = tuple[str, str]

# The information block beside the address field: (label, field).
INFO_BLOCK = (("Ihre Ansprechpartnerin", "worker.name"), ("Telefon", "worker.phone"),
              ("E-Mail", "worker.email"), ("Datum", "letter.date"))

_GREETING = ("p", "{{ recipient.salutation }}")
_CLOSING: tuple[Block, ...] = (
    ("p", "Mit freundlichen Grüßen"),
    ("gap", ""),
    ("p", "{{ worker.name }}\n{{ worker.role }}"),
)

BUILTIN: dict[str, tuple[str, tuple[Block, ...]]] = {
    "invitation": ("Einladung zu einem Gespräch", (
        _GREETING,
        ("p", "ich möchte Sie herzlich zu einem Gespräch über {{ person.first_name }} "
              "(Klasse {{ person.class_label }}) einladen."),
        ("p", "Termin: {{ appointment.weekday }}, {{ appointment.day }}, "
              "{{ appointment.start }}–{{ appointment.end }} Uhr\n"
              "Ort: {{ school.name }}, {{ appointment.room }}"),
        ("p", "Sollte der Termin nicht passen, melden Sie sich bitte bei mir, damit wir einen "
              "anderen vereinbaren können. Sie erreichen mich unter {{ worker.phone }} oder "
              "{{ worker.email }}. Das Gespräch ist vertraulich."),
        *_CLOSING)),
    "appointment": ("Terminbestätigung", (
        _GREETING,
        ("p", "hiermit bestätige ich den vereinbarten Termin:"),
        ("p", "{{ appointment.weekday }}, {{ appointment.day }}, "
              "{{ appointment.start }}–{{ appointment.end }} Uhr\n"
              "{{ school.name }}, {{ appointment.room }}"),
        ("p", "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab: "
              "{{ worker.phone }}, {{ worker.email }}."),
        *_CLOSING)),
    "referral": ("Weitervermittlung an eine Fachstelle", (
        _GREETING,
        ("p", "wie besprochen empfehle ich, Kontakt mit der folgenden Fachstelle "
              "aufzunehmen:"),
        ("p", "{{ partner.name }}"
              "{% if partner.contact_person %}\nAnsprechperson: {{ partner.contact_person }}{% endif %}"
              "{% if partner.phone %}\nTelefon: {{ partner.phone }}{% endif %}"
              "{% if partner.email %}\nE-Mail: {{ partner.email }}{% endif %}"),
        ("p", "Die Fachstelle erhält von mir keine Angaben, solange Sie nicht ausdrücklich "
              "eingewilligt haben. Bei Fragen erreichen Sie mich unter {{ worker.phone }}."),
        *_CLOSING)),
    "participation": ("Teilnahmebestätigung", (
        ("p", "Hiermit wird bestätigt, dass {{ person.first_name }} {{ person.last_name }} "
              "(Klasse {{ person.class_label }}, {{ school.name }}) am Angebot "
              "„{{ offer.title }}“ der Schulsozialarbeit teilgenommen hat."),
        ("p", "Zeitraum: {{ offer.first_day }} bis {{ offer.last_day }} "
              "({{ offer.sessions }} Termine)"),
        ("p", "{{ letter.place }}, {{ letter.date }}"),
        ("gap", ""),
        ("sign", "{{ worker.name }}, {{ worker.role }}"))),
    "consent_release": ("Entbindung von der Schweigepflicht", (
        ("p", "Ich entbinde / Wir entbinden die Schulsozialarbeit ({{ worker.name }}, "
              "{{ traeger.name }}) gegenüber"),
        ("p", "{{ consent.recipient }}"),
        ("p", "von der Schweigepflicht, soweit es um {{ person.first_name }} "
              "{{ person.last_name }} (Klasse {{ person.class_label }}, {{ school.name }}) geht."),
        ("p", "Einwilligende: {{ consent.party }}\n"
              "Anvertraut von: {{ consent.entrusted_by }}\n"
              "Weitergegeben werden dürfen: {{ consent.scope }}\n"
              "Zweck: {{ consent.purpose }}\n"
              "Gültig von {{ consent.valid_from }} bis {{ consent.valid_to }}"),
        ("p", "Die Einwilligung ist freiwillig. Sie kann jederzeit ohne Angabe von Gründen "
              "ganz oder teilweise für die Zukunft widerrufen werden (Art. 7 Abs. 3 DSGVO), "
              "formlos bei der Schulsozialarbeit. Was bis zum Widerruf weitergegeben wurde, "
              "bleibt davon unberührt. Wird nicht eingewilligt, entsteht kein Nachteil."),
        ("p", "Ort, Datum: ______________________________"),
        ("gap", ""),
        ("sign", "Unterschrift junger Mensch"),
        ("gap", ""),
        ("sign", "Unterschrift Personensorgeberechtigte"))),
}


_PLACEHOLDER = re.compile(r"{{\s*([\w.]+)\s*}}")
_GUARDED = re.compile(r"{%\s*if\b.*?{%\s*endif\s*%}", re.S)   # printed only when filled
# empty on purpose or seen as she types: the address and salutation are hers, a consent
# without an end runs until withdrawn
_MAY_BE_EMPTY = frozenset({"recipient.address", "recipient.salutation", "consent.valid_to"})


def empty_fields(kind_key: str, values: Mapping[str, str]) -> list[str]:
    """The fields the built-in letter of ``kind_key`` prints in its text that are empty in
    ``values`` (its sentence then has a hole: „Sie erreichen mich unter  oder .“), in the
    letter's order; none for a kind without a built-in letter."""
    if kind_key not in BUILTIN:
        return []
    names: list[str] = []
    for _what, text in BUILTIN[kind_key][1]:
        for name in _PLACEHOLDER.findall(_GUARDED.sub("", text)):
            if name not in names and name not in _MAY_BE_EMPTY:
                names.append(name)
    return [name for name in names if not values.get(name, "").strip()]


def short_label(name: str) -> str:
    """A field's German name without its explanation: „Ihre Telefonnummer“."""
    return FIELDS[name].split(" (")[0]
