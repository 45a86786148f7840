"""Data-breach assistant (Art. 33/34 DSGVO, docs/datenschutz.md "Datenpanne").

The laptop is lost or stolen, or a vault file was copied where it should not be. The
worker must tell the Träger's data-protection officer at once so that the Träger can
notify the supervisory authority within 72 hours of becoming aware (Art. 33 Abs. 1).
This module drafts that notification **without unlocking**: it reads

- the facts counted at the last unlock (``note_breach_counts``), kept OUTSIDE the vault in
  ``datenpanne-kennzahlen.json`` next to it: counts only, never a name;
- the key file (Argon2id parameters, key wrapping) for the protection in place.

The draft is a list of sections with German text that the worker edits before it
leaves; ``write_breach_pdf`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ..domain import clock, strict_json
from ..domain.errors import UserError
from ..formatting import fmt_count, fmt_date
from ..storage.connection import Connection
from ..storage.errors import KeyFileDamaged, KeyFileMissing, KeyFileNewer
from ..storage.keyfile import KeyFile
from ..storage.vault import KEY_NAME
from .breach_facts import FACTS_FORMAT, BreachFacts, facts_path, note_breach_counts

DEADLINE = timedelta(hours=72)

INCIDENTS = {
    "lost": "Das Gerät mit dem Tresor ist verloren gegangen.",
    "stolen": "Das Gerät mit dem Tresor wurde gestohlen.",
    "copied": "Eine Tresordatei (oder Sicherung) wurde an einen Ort kopiert, an den sie nicht gehört.",
    "other": "Sonstiger Vorfall (bitte beschreiben).",
}

# Persons by kind, in the words of the notification.
PERSON_LABELS = {
    "persons.pupil": "Schüler:innen",
    "persons.guardian": "Eltern / Erziehungsberechtigte",
    "persons.teacher": "Lehrkräfte",
    "persons.other": "andere Personen",
}
RECORD_LABELS = {
    "persons_with_case": "Personen mit Falldokumentation (Einzelfallhilfe)",
    "persons_with_cp": "Personen mit Kinderschutzverfahren (§ 8a SGB VIII)",
    "cases": "Fälle",
    "contacts": "dokumentierte Kontakte",
    "working_notes": "Arbeitsnotizen",
    "appointments": "Termine",
    "consents": "Einwilligungen / Schweigepflichtentbindungen",
    "disclosures": "protokollierte Weitergaben",
    "cp_procedures": "Kinderschutzverfahren",
    "groups_with_names": "Gruppen mit Namenslisten",
    "partners": "Kooperationspartner (Kontaktdaten)",
}


class BreachError(UserError):
    """German sentence for the user."""


def recount(conn: Connection, vault_folder: Path, *, vault_uuid: str = "") -> BreachFacts:
    """Count again now (the assistant opened on an unlocked vault): the figures follow every
    deletion since the unlock; what the unlock learnt about the device is kept."""
    before = load_facts(vault_folder)
    return note_breach_counts(
        conn, vault_folder, vault_uuid=vault_uuid or (before.vault_uuid if before else ""),
        remember_on_device=before.remember_on_device if before else None,
        idle_minutes=before.idle_minutes if before else None)


def check_discovered(discovered: datetime, now: datetime | None = None) -> None:
    """The discovery cannot lie in the future (the 72 hours run from it): BreachError."""
    now = (now or clock.now()).replace(second=0, microsecond=0)
    if discovered > now:
        raise BreachError(f"Der Zeitpunkt der Feststellung ({_dt(discovered)}) liegt in der "
                          f"Zukunft; bitte höchstens {_dt(now)} eintragen.")


def load_facts(vault_folder: Path) -> BreachFacts | None:
    """The facts of the last unlock, or None (never recorded or unreadable)."""
    try:
        doc = strict_json.loads(facts_path(vault_folder).read_text("utf-8"))
        if doc.get("format") != FACTS_FORMAT:
            return None
        counts = {str(k): int(v) for k, v in dict(doc["counts"]).items()}
        remember = doc.get("remember_on_device")
        idle = doc.get("idle_minutes")
        return BreachFacts(datetime.fromisoformat(doc["recorded"]), counts,
                           None if remember is None else bool(remember),
                           None if idle is None else int(idle), str(doc.get("vault_uuid", "")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# -- the draft -----------------------------------------------------------------------------
@dataclass
class BreachDraft:
    discovered: datetime
    deadline: datetime
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, editable text)


def _dt(moment: datetime) -> str:
    return f"{fmt_date(moment.date())}, {moment:%H:%M} Uhr"


def _protection(vault_folder: Path, facts: BreachFacts | None) -> tuple[str, str]:
    """(protection text, risk text for Art. 34 Abs. 3 lit. a)."""
    try:
        keyfile = KeyFile.load(Path(vault_folder) / KEY_NAME)
        p = keyfile.params
        kdf = (f"Argon2id mit {p.memory_kib // 1024} MiB Speicher, {fmt_count(p.time_cost, 'Durchlauf', 'Durchläufen')}, "
               f"Parallelität {p.parallelism} (aus der Schlüsseldatei gelesen)")
    except (KeyFileMissing, KeyFileDamaged, KeyFileNewer):
        kdf = "Schlüsseldatei nicht lesbar – Parameter bitte beim Träger erfragen"
    remember = facts.remember_on_device if facts else None
    idle = facts.idle_minutes if facts else None
    lines = [
        "Die gesamte Dokumentation liegt in einer verschlüsselten Datenbank (SQLCipher 4: "
        "AES-256 im CBC-Modus, jede Seite mit HMAC-SHA512 gegen Veränderung geschützt). Ohne "
        "Schlüssel ist kein Inhalt lesbar, auch keine Namen.",
        "Der Datenbankschlüssel (256 Bit, zufällig) ist nur mit der Passphrase der Fachkraft "
        f"verpackt (AES-256-GCM); Ableitung des Schlüssels aus der Passphrase: {kdf}.",
        "Sicherungen sind mit demselben Schlüssel verschlüsselt; der Notfallschlüssel liegt "
        "beim Träger.",
        "„Auf diesem Gerät merken“: " + {True: "war eingeschaltet (Schlüssel im Schlüsselbund "
                                         "des Benutzerkontos)", False: "war ausgeschaltet",
                                         None: "unbekannt"}[remember] + ".",
        "Automatische Sperre nach " + (f"{fmt_count(idle, 'Minute', 'Minuten')} ohne Eingabe." if idle else
                                         "(Einstellung unbekannt)."),
    ]
    if remember is False:
        risk = ("Die Daten sind nach dem Stand der Technik verschlüsselt und der Schlüssel war "
                "nicht auf dem Gerät gespeichert. Sofern die Passphrase nicht mit dem Gerät "
                "abhandengekommen ist und das Gerät beim Verlust gesperrt war, sind die Daten für "
                "Unbefugte nicht zugänglich: Die Benachrichtigung der betroffenen Personen ist "
                "dann nach Art. 34 Abs. 3 lit. a DSGVO nicht erforderlich. Die Meldung an die "
                "Aufsichtsbehörde nach Art. 33 DSGVO prüft der Träger.")
    elif remember is True:
        risk = ("Der Schlüssel war im Schlüsselbund des Benutzerkontos gespeichert. Wer sich an "
                "diesem Benutzerkonto anmelden kann, kann den Tresor ohne Passphrase öffnen. Der "
                "Schutz hängt damit vom Anmeldekennwort und von der Festplattenverschlüsselung "
                "des Geräts ab. Ohne Nachweis dieser Maßnahmen ist nicht sicher, dass die Daten "
                "für Unbefugte unzugänglich sind; die Ausnahme des Art. 34 Abs. 3 lit. a DSGVO "
                "ist dann nicht belegt, und die Benachrichtigung der betroffenen Personen ist "
                "zu prüfen.")
    else:
        risk = ("Ob der Schlüssel auf dem Gerät gespeichert war, ist nicht erfasst. Ist er es "
                "nicht gewesen, sind die Daten ohne Passphrase nicht lesbar (Art. 34 Abs. 3 "
                "lit. a DSGVO); andernfalls hängt der Schutz vom Anmeldekennwort des Geräts ab.")
    if idle:
        risk += (f" War der Tresor beim Verlust entsperrt, sperrte er sich spätestens nach "
                 f"{fmt_count(idle, 'Minute', 'Minuten')} ohne Eingabe.")
    return "\n".join(f"• {line}" for line in lines), risk


def _persons(facts: BreachFacts | None) -> str:
    if facts is None:
        return ("Die Zahlen wurden auf diesem Gerät noch nicht erfasst (sie werden bei jedem "
                "Entsperren gezählt). Bitte ungefähre Zahlen eintragen.")
    c = facts.counts
    lines = [f"Gezählt am {_dt(facts.recorded)} (nur Zahlen, keine Namen)."]
    total = sum(v for k, v in c.items() if k.startswith("persons."))
    lines.append(f"Betroffene Personen insgesamt: {total}")
    for key, label in PERSON_LABELS.items():
        if c.get(key):
            lines.append(f"• {label}: {c[key]}")
    for key, label in RECORD_LABELS.items():
        if c.get(key):
            lines.append(f"• {label}: {c[key]}")
    if c.get("schools"):
        lines.append(f"• Schulen: {c['schools']}")
    return "\n".join(lines)


CATEGORIES_TEXT = (
    "• Stammdaten von Schüler:innen (Pseudonym, ggf. Name, Klasse, Geburtsjahr, Geschlecht), "
    "Kontaktdaten von Eltern\n"
    "• Beratungsdokumentation: Gesprächsnotizen, Themen, Einschätzungen – kann Gesundheitsdaten "
    "und andere besondere Kategorien nach Art. 9 DSGVO enthalten\n"
    "• Dokumentation nach § 8a SGB VIII (Kinderschutz)\n"
    "• Einwilligungen, Schweigepflichtentbindungen und Weitergaben\n"
    "• Termine, Teilnehmendenlisten von Gruppen, Kontaktdaten von Kooperationspartnern\n"
    "Betroffen sind überwiegend Kinder und Jugendliche (Art. 8, Erwägungsgrund 38 DSGVO).")

NEXT_STEPS = (
    "1. Diese Meldung sofort an die/den Datenschutzbeauftragte:n des Trägers geben; der Träger "
    "meldet innerhalb von 72 Stunden an die Aufsichtsbehörde (Art. 33 DSGVO) und dokumentiert "
    "den Vorfall (Art. 33 Abs. 5).\n"
    "2. Den Notfallschlüssel beim Träger sicherstellen: Mit ihm und der letzten Sicherung wird "
    "der Tresor auf einem neuen Gerät wiederhergestellt.\n"
    "3. Nach der Wiederherstellung sofort eine neue Passphrase setzen (die alte gilt als "
    "bekannt geworden, wenn sie notiert war).\n"
    "4. Einen neuen Notfallschlüssel erzeugen: Der Tresor wird neu verschlüsselt, der alte "
    "Schlüssel öffnet die neuen Dateien nicht mehr. Das neue Notfallblatt dem Träger übergeben, "
    "das alte vernichten.\n"
    "5. Falls „Auf diesem Gerät merken“ eingeschaltet war: das Benutzerkonto des verlorenen "
    "Geräts sperren bzw. dessen Kennwort ändern lassen (IT des Trägers).\n"
    "6. Bei Diebstahl: Anzeige bei der Polizei; Aktenzeichen hier ergänzen.")


def draft(vault_folder: Path, discovered: datetime, incident: str = "lost",
          reporter: str = "") -> BreachDraft:
    """The notification draft; works on a locked vault (or without the vault file at all:
    a missing key file is mentioned instead)."""
    if incident not in INCIDENTS:
        raise BreachError("Unbekannte Art des Vorfalls.")
    facts = load_facts(vault_folder)
    protection, risk = _protection(vault_folder, facts)
    deadline = discovered + DEADLINE
    sections = [
        ("Meldende Stelle", (reporter or "Name, Träger, Schule(n), Telefon der Fachkraft") +
         "\nAn: Datenschutzbeauftragte:r des Trägers"),
        ("Art des Vorfalls", INCIDENTS[incident] + "\nOrt und Umstände: "),
        ("Zeitpunkt der Feststellung und Frist",
         f"Festgestellt am {_dt(discovered)}.\nMeldung an die Aufsichtsbehörde spätestens am "
         f"{_dt(deadline)} (72 Stunden, Art. 33 Abs. 1 DSGVO)."),
        ("Betroffene Datenkategorien", CATEGORIES_TEXT),
        ("Zahl der betroffenen Personen und Datensätze", _persons(facts)),
        ("Schutzmaßnahmen", protection),
        ("Bewertung des Risikos (Art. 34 Abs. 3 lit. a DSGVO)", risk),
        ("Nächste Schritte", NEXT_STEPS),
    ]
    return BreachDraft(discovered, deadline, sections)


def write_breach_pdf(path: Path | str, d: BreachDraft, *, today=None) -> Path:
    from ..reports.breach_report import write_breach_report_pdf

    check_discovered(d.discovered)
    return write_breach_report_pdf(Path(path), d, (today or clock.now()))
