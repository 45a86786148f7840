"""What the demo generator draws from: the amounts per profile, the schools, partners,
groups and offers, the weights of topics and routes, and the school calendar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import strict_json
from ..paths import resource

Progress = Callable[[int, str], None]

# The benchmark person: a pupil with exactly ``Profile.heavy_contacts`` contacts.
HEAVY_PSEUDONYM = "V-200"
GENERATOR_VERSION = 11  # 7: goals with a scale, their ratings and anonymous outcomes; 8: the deputy's ratings marked; 9: group members; 10: guardians' address, Schulnummer;
# 11: each goal its own GAS anchors and pupil's words (DEMO_GOAL_TABLE)


@dataclass(frozen=True)
class Profile:
    """Amounts per full school year at ``scale`` 1.0 (the current year pro rata)."""

    pupils: int            # pupils who come to counselling for the first time
    cases: int             # cases opened (new pupils + returning ones)
    contacts: int          # counselling contacts (Einzelfallhilfe, with notes)
    short_contacts: int    # Kurzkontakt records (each counts 1–3)
    groups: int            # group activities, class projects, project days
    open_sessions: int     # open-offer sessions
    network: int           # network activities
    indirect: int          # manual time entries (documentation, supervision, training)
    guardians: int         # parents/guardians as persons of their own
    teachers: int          # teachers as persons (Beratung Lehrkraft)
    note_chars: int        # average length of observation + assessment + note
    heavy_contacts: int = 0  # contacts of the benchmark person (0: none)


PROFILES = {
    "demo": Profile(pupils=60, cases=72, contacts=560, short_contacts=110, groups=14,
                    open_sessions=100, network=55, indirect=170, guardians=10, teachers=6,
                    note_chars=330),
    "benchmark": Profile(pupils=150, cases=215, contacts=3750, short_contacts=180, groups=157,
                         open_sessions=120, network=100, indirect=1000, guardians=20,
                         teachers=8, note_chars=500, heavy_contacts=200),
}

SCHOOLS = (
    # name, code, type, address, pupils in the first year, grades
    ("Gemeinschaftsschule Am Lindenpark", "GMS-LP", "GMS", "Lindenallee 12, 79312 Emmendingen", 540),
    ("Realschule Schlossberg", "RS-SB", "RS", "Schlossbergstraße 3, 79312 Emmendingen", 610),
)

AGREEMENT_GOALS = (
    ("Schüler:innen kennen gewaltfreie und konstruktive Konfliktlösungsmöglichkeiten und "
     "können diese umsetzen",
     "Projekttage zur gewaltfreien und konstruktiven Konfliktlösung in allen Klassen 5/6, "
     "mit Angeboten zur Nachhaltigkeit"),
    ("Konflikte in Klassen und Gruppen werden früh und gemeinsam bearbeitet",
     "Schulsozialarbeit erarbeitet in Konfliktsituationen mit Klassen, Gruppen oder Einzelnen "
     "Lösungen und unterstützt bei der Umsetzung (Klassenrat, Konfliktlotsen)"),
    ("Schüler:innen beteiligen sich aktiv am Schulleben (z. B. in den Pausen, an Schulfesten)",
     "Ältere Schüler:innen bieten mit Anleitung der Schulsozialarbeit ein Pausenangebot für "
     "Jüngere an (Tischtennis-Turnier); Pausen-Café gemeinsam mit Lehrkräften"),
    ("Schüler:innen besuchen die Schule regelmäßig; auf Schulvermeidung wird frühzeitig "
     "reagiert",
     "Klassenleitungen sprechen die Schulsozialarbeit frühzeitig an; Beteiligung an "
     "Schüler- und Elterngesprächen; Unterstützergruppe mit der Klassenleitung"),
)

# kind, title pattern, sessions (min, max), minutes (min, max), goal index, grades
GROUP_TEMPLATES = (
    ("group", "Sozialkompetenztraining Klasse {g}", (8, 12), (60, 90), 0, (5, 6)),
    ("class", "Klassenrat {c}", (6, 10), (45, 45), 1, (5, 6, 7)),
    ("group", "Konfliktlotsen-Ausbildung", (10, 14), (90, 90), 1, (7, 8)),
    ("project", "Projekttag Gewaltfreie Konfliktlösung {c}", (1, 1), (300, 330), 0, (5, 6)),
    ("class", "Klassengemeinschaft stärken {c}", (3, 5), (90, 90), 0, (5, 6, 7)),
    ("class", "Medienkompetenz und Cybermobbing {c}", (2, 4), (90, 90), 1, (6, 7)),
    ("group", "Mädchengruppe", (8, 12), (75, 90), 2, (6, 7, 8)),
    ("group", "Jungengruppe", (8, 12), (75, 90), 2, (6, 7, 8)),
    ("class", "Bewerbungstraining {c}", (2, 3), (90, 90), 3, (8, 9)),
    ("project", "Teamtag {c}", (1, 1), (270, 300), 0, (5,)),
    ("class", "Suchtprävention {c}", (2, 3), (90, 90), 1, (7, 8)),
    ("group", "Lerngruppe Übergang Klasse 10", (6, 10), (60, 60), 3, (9, 10)),
)

OPEN_OFFERS = (
    # title, weekday (0 = Monday), minutes, visitors (min, max), goal index
    ("Pausenangebot Tischtennis", 1, 20, (6, 24), 2),
    ("Offener Raum", 2, 60, (4, 16), 2),
    ("Pausen-Café", 4, 25, (10, 35), 2),
)

PARTNERS = (
    ("Landratsamt – Jugendamt / ASD Nord", "JA", "Frau Keller (Bezirkssozialarbeit)"),
    ("Psychologische Beratungsstelle für Eltern, Kinder und Jugendliche", "BST", "Herr Vogt"),
    ("Schulpsychologische Beratungsstelle", "SPS", "Frau Dr. Rieger"),
    ("Polizeipräsidium – Referat Prävention", "POL", "KHK Baumann"),
    ("TSV Emmendingen – Jugendabteilung", "VER", "Jugendleitung"),
    ("DRK Jugendrotkreuz Kreisverband", "HIL", "Frau Ott"),
    ("Suchtberatungsstelle der AGJ", "BST", "Frau Hahn"),
    ("Agentur für Arbeit – Berufsberatung", "WIR", "Herr Maier"),
    ("Jugendhaus Kastelberg", "KJH", "Team Jugendhaus"),
    ("Theaterwerkstatt Zündfunke", "KUL", "Frau Lutz"),
    ("Kinder- und Jugendpsychiatrie – Institutsambulanz", "THE", "Sekretariat"),
    ("Migrationsdienst der Caritas", "BST", "Frau Sahin"),
)

NETWORK_KINDS = (
    # kind, minutes (min, max), partner index or None, text, weight
    ("GLK", (60, 120), None, "Gesamtlehrerkonferenz: Bericht der Schulsozialarbeit", 2),
    ("SL", (30, 45), None, "Jour fixe mit der Schulleitung", 4),
    ("GRE", (90, 150), None, "Arbeitskreis Schulsozialarbeit im Landkreis", 2),
    ("RT", (60, 90), 0, "Runder Tisch mit ASD und Schule (pseudonymisiert)", 1),
    ("KFB", (60, 90), None, "Kollegiale Fallberatung im Team des Trägers (pseudonymisiert)", 2),
    ("KOG", (30, 60), 1, "Kooperationsgespräch mit der Beratungsstelle", 1),
    ("KOG", (30, 60), 3, "Planung Präventionsveranstaltung mit der Polizei", 1),
    ("KOG", (30, 60), 4, "Absprache Schnuppertraining mit dem Sportverein", 1),
    ("GWA", (90, 180), 8, "Stadtteilarbeit: Vorbereitung Stadtteilfest mit dem Jugendhaus", 1),
    ("KOG", (30, 60), 7, "Abstimmung Berufsorientierung mit der Berufsberatung", 1),
)

INDIRECT = (
    # category, minutes (min, max), note, weight
    ("DOK", (20, 60), "Dokumentation", 10),
    ("IND", (30, 90), "Vor- und Nachbereitung Gruppenangebot", 4),
    ("ABS", (30, 60), "Organisation und Terminabsprachen", 3),
    ("SUP", (90, 120), "Supervision", 1),
    ("FOB", (240, 420), "Fortbildung", 1),
)

FORTBILDUNGEN = ("Kinderschutz nach § 8a SGB VIII", "Systemische Gesprächsführung",
                 "No-Blame-Approach", "Cybermobbing", "Datenschutz in der Jugendhilfe")

ROOMS = ("Beratungsraum", "Raum 012", "Raum B 1.14", "Büro Schulsozialarbeit")

CONTACT_KINDS = (
    # kind, weight, minutes (min, max), participants
    ("EB", 58, (20, 45), ("pupil",)),
    ("EG", 9, (40, 60), ("pupil", "parent")),
    ("TEL", 8, (10, 20), ("parent",)),
    ("GB", 5, (30, 45), ("pupil",)),
    ("KI", 4, (45, 90), ("pupil",)),
    ("HK", 4, (60, 90), ("pupil", "parent", "teacher", "other")),
    ("VM", 3, (30, 45), ("pupil",)),
    ("HB", 1, (60, 90), ("pupil", "parent")),
)

TOPIC_WEIGHTS = {"KON": 18, "FAM": 14, "SCH": 9, "VER": 9, "EMO": 12, "GEW": 8, "SUC": 4,
                 "SEX": 2, "BER": 6, "MIG": 3, "KWG": 1, "LEI": 6, "FRE": 8, "GES": 3, "SON": 2}
ACCESS_WEIGHTS = {"self": 38, "teacher": 30, "parents": 12, "management": 5, "peers": 8,
                  "youth_office": 2, "other": 5}
REFERRAL_FOR_TOPIC = {"FAM": "EB", "EMO": "KJP", "SUC": "SUC", "BER": "BER", "MIG": "MIG",
                      "KWG": "ASD", "SCH": "SPS", "GES": "ARZ", "GEW": "POL"}


def _texts() -> dict:
    return strict_json.loads(resource("demo", "texts.json").read_text("utf-8"))


# -- calendar ------------------------------------------------------------------------------
def _holiday(day: date) -> bool:
    """Rough Baden-Württemberg school holidays (enough for plausible demo dates)."""
    m, d = day.month, day.day
    return ((m == 8) or (m == 9 and d < 12) or (m == 10 and d >= 28) or (m == 11 and d <= 1)
            or (m == 12 and d >= 23) or (m == 1 and d <= 6) or (m == 2 and 24 <= d <= 28)
            or (m == 4 and 1 <= d <= 12) or (m == 6 and 3 <= d <= 13)
            or (m == 7 and d >= 26))


def school_days(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5 and not _holiday(day):
            days.append(day)
        day += timedelta(days=1)
    return days


# the purpose(s) of a demo group from its title (KVJS counts class offers by purpose)
PURPOSE_WORDS = (("Bewerbung", "UEB"), ("Übergang", "UEB"), ("Konflikt", "KON"),
                 ("mobbing", "KON"), ("Gewalt", "PRV"), ("Sucht", "PRV"), ("Medien", "PRV"),
                 ("Sozialkompetenz", "SOZ"), ("Klassengemeinschaft", "SOZ"),
                 ("Klassenrat", "SOZ"), ("Teamtag", "SOZ"), ("gruppe", "SOZ"),
                 ("Lerngruppe", "UEB"))
CASE_OUTCOME_WEIGHTS = (("achieved", 5), ("partly", 4), ("not_achieved", 1), ("aborted", 1),
                        ("referred", 2))


def _purposes(title: str) -> tuple[str, ...]:
    found = tuple(dict.fromkeys(code for word, code in PURPOSE_WORDS if word in title))
    return found or ("OTH",)


def _plus(start: str, minutes: int) -> str:
    total = int(start[:2]) * 60 + int(start[3:]) + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def _topic_title(code: str) -> str:
    from ..domain.catalogues import TOPICS

    return TOPICS.label(code).split(" / ")[0]


@dataclass(frozen=True)
class DemoGoal:
    """A demo goal with its own five GAS anchors (−2 … +2) and a few ways a pupil says it."""

    goal: str
    anchors: tuple[str, str, str, str, str]
    own_words: tuple[str, ...]


# goals with a scale (demo/cases.py ``goal_work``), each with the anchors and the pupil's
# words that belong to it. Five goals of five words each: ``goal_work`` draws one of each,
# so the random stream (and every rating, date and outcome after it) stays as it was.
DEMO_GOAL_TABLE = (
    DemoGoal("Regelmäßig am Unterricht teilnehmen",
             ("fehlt an mehr als zwei Tagen je Woche", "fehlt an ein bis zwei Tagen je Woche",
              "fehlt höchstens einen Tag je Woche", "fehlt selten, nur entschuldigt",
              "fehlt nie unentschuldigt, kommt pünktlich"),
             ("Ich will wieder jeden Tag hin", "Ich steh morgens auf, auch wenn's schwer ist",
              "Ich will nicht mehr so viel verpassen", "Ich will meinen Abschluss schaffen",
              "Ich geh hin, auch wenn ich keinen Bock hab")),
    DemoGoal("Konflikte ohne Gewalt lösen",
             ("schlägt bei Streit mehrmals je Woche zu", "wird bei Streit manchmal handgreiflich",
              "geht bei Streit weg oder holt Hilfe", "klärt Streit im Gespräch, mit Hilfe",
              "klärt Streit selbst, auch bei Provokation"),
             ("Ich bleib ruhig", "Ich hau nicht mehr zu, ich geh lieber weg",
              "Ich will keinen Stress mehr", "Wenn einer mich ärgert, sag ich's einem Lehrer",
              "Ich zähl bis zehn, bevor ich was mach")),
    DemoGoal("Hausaufgaben selbstständig erledigen",
             ("macht fast nie Hausaufgaben", "macht Hausaufgaben nur nach Erinnerung",
              "macht Hausaufgaben an den meisten Tagen", "macht jeden Tag Hausaufgaben",
              "macht alle Hausaufgaben, fragt selbst nach"),
             ("Ich schaff das allein", "Ich mach die Hausaufgaben gleich nach dem Essen",
              "Ich schreib alles ins Hausaufgabenheft", "Ich frag, wenn ich was nicht check",
              "Ich will nicht mehr ohne Hausaufgaben dasitzen")),
    DemoGoal("Sich Hilfe holen, wenn es schwer wird",
             ("zieht sich zurück, spricht mit niemandem", "spricht nur auf Nachfrage über Sorgen",
              "geht von sich aus zu einer Vertrauensperson", "kommt von sich aus, bevor es zu viel wird",
              "holt sich Hilfe auch außerhalb der Schule"),
             ("Ich sag Bescheid", "Ich frag, wenn ich nicht mehr weiterweiß",
              "Ich muss das nicht allein schaffen", "Ich red mit jemand, wenn's mir schlecht geht",
              "Ich komm zu Ihnen, bevor alles zu viel wird")),
    DemoGoal("Pausen ohne Streit verbringen",
             ("gerät in fast jeder Pause in Streit", "gerät mehrmals je Woche in Pausenstreit",
              "gerät höchstens einmal je Woche in Streit", "verbringt die Pausen ohne Streit",
              "spielt in den Pausen friedlich mit anderen"),
             ("Ich will Freunde haben", "In der Pause will ich einfach Spaß haben",
              "Ich lass mich nicht mehr provozieren", "Ich spiel Fußball, ohne Stress zu machen",
              "Ich such mir Leute, mit denen ich gut klarkomm")),
)
