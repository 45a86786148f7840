"""Catalogues with stable codes (docs/domain.md §§ 3, 5, 9, 10).

Catalogues are data: every selector, export and statistic reads them from here, so a
code is never spelled twice. Codes are stable identifiers stored in the vault and in
the interchange format; labels are the German wording of the field.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    code: str
    label: str
    group: str = ""


class Catalogue:
    """An ordered, immutable list of entries looked up by code."""

    def __init__(self, name: str, entries: list[Entry]):
        self.name = name
        self.entries = tuple(entries)
        self._by_code = {e.code: e for e in self.entries}
        if len(self._by_code) != len(self.entries):
            raise ValueError(f"duplicate code in catalogue {name}")

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def label(self, code: str | None) -> str:
        if not code:
            return ""
        entry = self._by_code.get(code)
        return entry.label if entry else code

    def get(self, code: str) -> Entry:
        return self._by_code[code]


def _cat(name: str, *pairs: tuple[str, str] | tuple[str, str, str]) -> Catalogue:
    return Catalogue(name, [Entry(*p) for p in pairs])


TASK_AREAS = _cat(
    "task_area",
    ("EFH", "Einzelfallhilfe und Beratung"),
    ("GRP", "Sozialpädagogische Gruppenarbeit, Arbeit mit Schulklassen, Projekte"),
    ("VNZ", "Inner- und außerschulische Vernetzung, Gemeinwesenarbeit"),
    ("OFF", "Offene Angebote"),
    ("IND", "Vor- und Nachbereitung, Dokumentation, Organisation, Fortbildung"),
)

# Whether time in a task area counts as direct work with young people, parents and
# teachers (docs/domain.md § 4). IND is indirect; VNZ counts as coordination (indirect).
DIRECT_TASK_AREAS = frozenset({"EFH", "GRP", "OFF"})

GENDERS = _cat(
    "gender",
    ("m", "männlich"),
    ("w", "weiblich"),
    ("d", "divers"),
    ("u", "unbekannt"),
)

PERSON_KINDS = _cat(
    "person_kind",
    ("pupil", "Schüler:in"),
    ("guardian", "Elternteil / Erziehungsberechtigte:r"),
    ("teacher", "Lehrkraft"),
    ("other", "andere Person"),
)

SCHOOL_TYPES = _cat(
    "school_type",
    ("GS", "Grundschule"),
    ("WRS", "Werkrealschule / Hauptschule"),
    ("RS", "Realschule"),
    ("GMS", "Gemeinschaftsschule"),
    ("GYM", "Gymnasium"),
    ("SBBZ", "Sonderpädagogisches Bildungs- und Beratungszentrum"),
    ("BS", "Berufliche Schule"),
    ("VBS", "Verbundschule (mehrere Schularten)"),
)

# Codes written by earlier versions and the code they are read as. "VKL" was
# labelled "Verbundschule", but VKL in Baden-Württemberg is the Vorbereitungsklasse (a
# class for pupils learning German, not a school type); every stored VKL meant the
# Verbundschule. Migration "i17_school_years" rewrites stored codes; readers of older
# files map them with ``current_code``. VKL is never offered again.
LEGACY_CODES: dict[str, dict[str, str]] = {"school_type": {"VKL": "VBS"}}


def current_code(catalogue: str, code: str) -> str:
    """The code ``code`` of ``catalogue`` is read as today (legacy codes mapped)."""
    return LEGACY_CODES.get(catalogue, {}).get(code, code)

CONTACT_KINDS = _cat(
    "contact_kind",
    ("EB", "Einzelberatung", "EFH"),
    ("GB", "Gruppenberatung", "EFH"),
    ("EG", "Elterngespräch", "EFH"),
    ("BL", "Beratung Lehrkraft", "EFH"),
    ("TEL", "Telefonat", "EFH"),
    ("HB", "Hausbesuch", "EFH"),
    ("KI", "Krisenintervention", "EFH"),
    ("HK", "Helferkonferenz / Fallgespräch", "EFH"),
    ("VM", "Vermittlungsgespräch", "EFH"),
    ("KO", "Kurzkontakt", "EFH"),
)

PARTICIPANT_ROLES = _cat(
    "participant_role",
    ("pupil", "Schüler:in"),
    ("parent", "Eltern / Erziehungsberechtigte"),
    ("teacher", "Lehrkraft"),
    ("other", "andere"),
)

TOPICS = _cat(
    "topic",
    ("KON", "Konflikte mit Mitschüler:innen"),
    ("FAM", "Familie / familiäre Probleme"),
    ("SCH", "Schulprobleme / Schulvermeidung"),
    ("VER", "Verhalten"),
    ("EMO", "Emotionale Probleme / psychische Belastung"),
    ("GEW", "Gewalt / Mobbing"),
    ("SUC", "Sucht / Medien"),
    ("SEX", "Sexualität"),
    ("BER", "Berufsorientierung / Übergang"),
    ("MIG", "Migration / Sprache"),
    ("KWG", "Verdacht auf Kindeswohlgefährdung"),
    ("LEI", "Leistung / Lernen"),
    ("FRE", "Freundschaft / Beziehungen"),
    ("GES", "Gesundheit"),
    ("SON", "Sonstiges"),
)

ACCESS_ROUTES = _cat(
    "access_route",
    ("self", "selbst (eigene Initiative)"),
    ("teacher", "Lehrkraft"),
    ("parents", "Eltern"),
    ("management", "Schulleitung"),
    ("peers", "Mitschüler:innen"),
    ("youth_office", "Jugendamt"),
    ("other", "andere"),
)

REFERRALS = _cat(
    "referral",
    ("none", "keine"),
    ("ASD", "Jugendamt / ASD"),
    ("EB", "Erziehungs-/Familienberatungsstelle"),
    ("SPS", "Schulpsychologische Beratungsstelle"),
    ("KJP", "Kinder- und Jugendpsychiatrie / Therapie"),
    ("SUC", "Suchtberatung"),
    ("POL", "Polizei"),
    ("ARZ", "Ärztin / Arzt"),
    ("BER", "Berufsberatung / Agentur für Arbeit"),
    ("MIG", "Migrationsdienst"),
    ("OTH", "andere Stelle"),
)

CASE_STATUS = _cat(
    "case_status",
    ("open", "offen"),
    ("paused", "ruhend"),
    ("closed", "abgeschlossen"),
)

GROUP_KINDS = _cat(
    "group_kind",
    ("group", "Gruppe"),
    ("class", "Klassenprojekt"),
    ("project", "Projekt / Projekttag"),
)

PARTNER_TYPES = _cat(
    "partner_type",
    ("JA", "Jugendamt / ASD"),
    ("BST", "Beratungsstelle"),
    ("SPS", "Schulpsychologie"),
    ("POL", "Polizei"),
    ("HIL", "Hilfsorganisation (DRK, Johanniter, AWO)"),
    ("VER", "Verein / Sportverein"),
    ("WIR", "Wirtschaft / IHK / Betriebe"),
    ("HOC", "Hochschule"),
    ("PRA", "Präventionsdienst"),
    ("KJH", "Träger der Kinder- und Jugendhilfe"),
    ("THE", "Therapeut:in"),
    ("KUL", "Kunst / Theater / Kultur"),
    ("SCH", "Schule / Schulleitung"),
    ("OTH", "andere"),
)

NETWORK_KINDS = _cat(
    "network_kind",
    ("GRE", "Gremium / Arbeitskreis"),
    ("RT", "Runder Tisch"),
    ("KFB", "Kollegiale Fallberatung (pseudonymisiert)"),
    ("GLK", "Gesamtlehrerkonferenz"),
    ("KOG", "Kooperationsgespräch"),
    ("SL", "Gespräch mit der Schulleitung"),
    ("GWA", "Gemeinwesenarbeit"),
    ("OTH", "andere Vernetzung"),
)

# Types of the anonymous statistics record (docs/statistics.md); group = task area.
RECORD_TYPES = _cat(
    "record_type",
    ("contact", "Beratungskontakt", "EFH"),
    ("short_contact", "Kurzkontakt", "EFH"),
    ("cp_8a", "Verfahren nach § 8a SGB VIII", "EFH"),
    ("group_session", "Gruppentermin", "GRP"),
    ("open_offer", "Offenes Angebot", "OFF"),
    ("network", "Vernetzung", "VNZ"),
    ("case_closed", "Fallabschluss", "EFH"),
)

# Time categories: the four task areas (filled by the documentation itself) and the
# indirect categories of the weekly grid and the stopwatch (group "IND"). Which of them
# count as direct work is data: resources/timeshare/categories.toml (docs/timeshare.md).
TIME_CATEGORIES = _cat(
    "time_category",
    ("EFH", "Einzelfallhilfe und Beratung", "EFH"),
    ("GRP", "Gruppen, Klassen, Projekte", "GRP"),
    ("OFF", "Offene Angebote", "OFF"),
    ("VNZ", "Vernetzung und Kooperation", "VNZ"),
    ("IND", "Vor- und Nachbereitung", "IND"),
    ("DOK", "Dokumentation", "IND"),
    ("ABS", "Absprachen und Kooperation", "IND"),
    ("SUP", "Supervision", "IND"),
    ("FOB", "Fortbildung", "IND"),
    ("VER", "Verwaltung", "IND"),
    ("FAH", "Fahrzeit", "IND"),
    ("SON", "Sonstiges", "IND"),
)

CONSENTING_PARTIES = _cat(
    "consenting_party",
    ("young_person", "junger Mensch selbst"),
    ("guardians", "Personensorgeberechtigte"),
    ("both", "junger Mensch und Personensorgeberechtigte"),
)

LEGAL_BASES = _cat(
    "legal_basis",
    ("consent", "Einwilligung / Schweigepflichtentbindung"),
    ("8a", "§ 8a SGB VIII (Schutzauftrag)"),
    ("4KKG", "§ 4 KKG (Befugnis zur Datenübermittlung)"),
    ("34StGB", "§ 34 StGB (rechtfertigender Notstand)"),
    ("court", "gerichtliche Anordnung"),
    ("handover", "Übergabe an die Nachfolge beim selben Träger (§ 64 Abs. 1 SGB VIII)"),
)

DISCLOSURE_CATEGORIES = _cat(
    "disclosure_category",
    ("master", "Stammdaten"),
    ("attendance", "Teilnahme / Termine"),
    ("assessment", "fachliche Einschätzung"),
    ("case", "Falldokumentation"),
    ("8a", "Kinderschutz-Dokumentation"),
    ("document", "Dokument (Datei aus dem Tresor)"),
)

CP_STEPS = _cat(
    "cp_step",
    ("0", "Information über Schutzauftrag und Grenzen der Vertraulichkeit"),
    ("1", "Gewichtige Anhaltspunkte wahrgenommen"),
    ("2", "Leitung informiert, kollegiale Ersteinschätzung"),
    ("3", "Gefährdungseinschätzung mit insoweit erfahrener Fachkraft (ISEF)"),
    ("4", "Einbeziehung von Eltern und Kind"),
    ("5", "Hinwirken auf Annahme von Hilfen"),
    ("6", "Überprüfung der Wirksamkeit der Hilfe"),
    ("7", "Information des Jugendamts"),
    ("8", "Rückmeldung des Jugendamts"),
    ("9", "Abschluss und Aufbewahrungsentscheidung"),
)

APPOINTMENT_STATUS = _cat(
    "appointment_status",
    ("planned", "geplant"),
    ("attended", "wahrgenommen"),
    ("missed", "nicht erschienen"),
    ("cancelled", "abgesagt"),
)

# Purpose of a group or class offer (several per offer; KVJS counts class offers by purpose)
GROUP_PURPOSES = _cat(
    "group_purpose",
    ("SOZ", "Soziale Kompetenz / Zusammenhalt"),
    ("PRV", "Prävention (Sucht, Gewalt, Medien)"),
    ("KON", "Konflikt und Mobbing"),
    ("VKL", "Vorbereitungsklasse"),
    ("UEB", "Übergang Schule–Beruf"),
    ("GES", "Gesundheit"),
    ("OTH", "Sonstiges"),
)

# Result of a § 8a procedure (KVJS counts cases where a Gefährdung was found)
CP_OUTCOMES = _cat(
    "cp_outcome",
    ("found", "Gefährdung festgestellt"),
    ("need", "Hilfebedarf ohne Gefährdung"),
    ("none", "keine Gefährdung"),
    ("open", "offen"),
)

# Outcome of a case at closing (anonymous statistics record)
CASE_OUTCOMES = _cat(
    "case_outcome",
    ("achieved", "Ziel erreicht"),
    ("partly", "Ziel teilweise erreicht"),
    ("not_achieved", "Ziel nicht erreicht"),
    ("aborted", "abgebrochen"),
    ("referred", "weitervermittelt"),
)

# Where a contact took place, apart from what it was (an Elterngespräch as a home visit)
CONTACT_PLACES = _cat(
    "contact_place",
    ("school", "in der Schule"),
    ("home_visit", "Hausbesuch"),
    ("phone", "Telefon"),
    ("online", "online (Video, Chat)"),
    ("elsewhere", "anderswo (z. B. Jugendamt, Beratungsstelle)"),
)

# Who put a contact into a language both sides understood: a professional (booked
# again for the next talk), a relative, or the child itself translating for its parents
INTERPRETING = _cat(
    "interpreting",
    ("none", "nicht nötig"),
    ("professional", "Sprachmittler:in oder Dolmetscher:in"),
    ("relative", "Angehörige oder Bekannte"),
    ("child", "das Kind oder der/die Jugendliche selbst"),
    ("other", "andere Person (z. B. Lehrkraft)"),
)

# Employer of a post's specialist ("Kennzahlen zu den Fachkräften")
EMPLOYER_TYPES = _cat(
    "employer_type",
    ("public", "öffentlicher Träger"),
    ("free", "freier Träger"),
)

# Kinds of a document she keeps in the vault (docs/documents.md).
DOCUMENT_KINDS = _cat(
    "document_kind",
    ("consent", "Einwilligung"),
    ("release", "Schweigepflichtentbindung"),
    ("letter", "Brief"),
    ("report", "Bescheid/Bericht"),
    ("other", "Sonstiges"),
)

ALL = {
    c.name: c
    for c in (
        TASK_AREAS, GENDERS, PERSON_KINDS, SCHOOL_TYPES, CONTACT_KINDS, PARTICIPANT_ROLES,
        TOPICS, ACCESS_ROUTES, REFERRALS, CASE_STATUS, GROUP_KINDS, PARTNER_TYPES,
        NETWORK_KINDS, RECORD_TYPES, TIME_CATEGORIES, CONSENTING_PARTIES, LEGAL_BASES,
        DISCLOSURE_CATEGORIES, CP_STEPS, APPOINTMENT_STATUS, GROUP_PURPOSES, CP_OUTCOMES,
        CASE_OUTCOMES, EMPLOYER_TYPES, CONTACT_PLACES, INTERPRETING, DOCUMENT_KINDS,
    )
}
