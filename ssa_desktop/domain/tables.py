"""One declaration per table of the vault: what it holds and where it takes part.

Each ``Declared`` names one table of the schema and says, once, everything the
cross-cutting parts of the product need to know about it: which columns hold free text
or personal data and which do not, the deletion rule that reaches it (or why none is
needed), the retention record kinds that assess it, the catalogue behind each coded
column and the text columns that hold dates, names or JSON (checked on import), whether
a school package carries it and how its rows are named there, which columns a
Vertretungspaket carries (``deputy``, an allowlist; ``deputy_ticked``: those carried only
when the worker ticks the extra for the person), its section and field labels in an
Auskunft, and its full-text index. The inventory
(``storage/inventory.py``), the interchange checks, the school package's manifest and
deletion, the deputy package's copy, the Auskunft and the registry test (``tests/test_table_declarations.py``:
every table and column of the real schema declared, nothing declared that does not
exist) read this list; none of them keeps a list of its own. Pure data: strings and
domain catalogues, no SQL (docs/architecture.md, "One declaration per table"). A field
added to an entity declares its column on the dataclass field (``columns.captured``);
``_t(…, entity=…)`` adds it here, so the table below names only its other columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import catalogues as cat
from . import entities as e
from . import goals
from .columns import declared_columns
from .timeshare import AgreementTarget
from .worktime import Absence, SchoolHoliday, TimeSession


@dataclass(frozen=True)
class Handover:
    """How a school package carries the table (docs/handover.md): the plural label of its
    rows in the report and the deletion log, the singular one of a returned row, the
    rows each row keeps when they stay (column, parent table), and its place in the
    deletion after the receipt (children before parents)."""

    label: str
    one: str = ""
    keeps: tuple[tuple[str, str], ...] = ()
    delete_step: int = 0


# -- what may enter the vault (docs/datenschutz.md, "Was hereinkommt") ----------------------
# Every way in – ``import-json`` (merge), the school package's receipt, a Vertretung's
# return, a restored backup – admits a row only when no tombstone names it and it
# belongs to its own person (``domain/admission.py`` for incoming rows,
# ``storage/admission_repo.py`` for the rows of a vault; ``check`` lists what breaks it).
VALUE, MONTH, BEFORE = "value", "month", "before"


@dataclass(frozen=True)
class Stone:
    """How a tombstone names rows of a table: the row's ``columns`` joined by "/"
    (``VALUE``), the month "JJJJ-MM" of its one date column (``MONTH``), or every row
    whose column lies before the day a tombstone names (``BEFORE``); among tombstones of
    ``kinds`` (none: of any kind)."""

    columns: tuple[str, ...] = ("id",)
    kinds: tuple[str, ...] = ()
    shape: str = VALUE


@dataclass(frozen=True)
class Owner:
    """The row's ``column`` names a row of ``parent`` that belongs to the same person: the
    ``person`` column of both holds the same id (a contact's case is its person's case) –
    or the row's person is of a kind in ``around`` (the relation: a parent's, a teacher's
    contact documented in the child's case)."""

    column: str
    parent: str
    person: str = "person_id"
    around: tuple[str, ...] = ()


BY_ID = (Stone(),)
# Sessions removed by hand take their time entry and statistics record along
# (``storage.retention_log_repo.SESSION_KINDS``).
_BY_SESSION = Stone(("source_id",), ("group_session", "open_offer", "network"))


@dataclass(frozen=True)
class Declared:
    """One table: see the module docstring; columns are named as in the schema."""

    name: str
    personal: tuple[str, ...]   # free text or personal data
    plain: tuple[str, ...]      # ids, codes, dates, numbers, flags
    rule: str = ""              # R1 … R14 (the rule table's code), or "" with a reason
    how: str = ""               # how the rule reaches the table, or why none is needed
    kinds: tuple[str, ...] = ()                 # retention record kinds (domain.retention.KINDS)
    catalogues: dict[str, cat.Catalogue] = field(default_factory=dict, compare=False)
    dates: tuple[str, ...] = ()  # text columns holding a date ("JJJJ-MM-TT", a time may follow)
    names: tuple[str, ...] = ()  # names printed on slips and lists (domain.text_safety)
    json: tuple[str, ...] = ()   # text columns holding a JSON object
    large: tuple[str, ...] = ()  # machine-written texts allowed beyond TEXT_LIMIT on import
    handover: Handover | None = None            # carried by a school package
    auskunft: str = ""                          # section of an Auskunft showing its rows
    fields: tuple[tuple[str, str], ...] = ()    # (column, label) shown in an Auskunft, in order
    search: str = ""                            # its full-text index (follows it by triggers)
    deputy: tuple[str, ...] = ()                # columns a Vertretungspaket carries (allowlist)
    deputy_ticked: tuple[tuple[str, str], ...] = ()  # (column, extra): carried when ticked
    entity: type | None = field(default=None, compare=False)  # its dataclass (domain.entities)
    stones: tuple[Stone, ...] = ()              # how tombstones name its rows (``Stone``)
    owners: tuple[Owner, ...] = ()              # rows it names that share its person

    @property
    def columns(self) -> tuple[str, ...]:
        return self.personal + self.plain

    @property
    def deletable(self) -> bool:
        """A deletion removes its rows: a rule reaches it, or a school's receipt takes it.
        R7 (the anonymous statistics) keeps its rows: only a declared stone removes one
        (a session removed by hand takes its statistics record along)."""
        return bool(self.rule) and self.rule != "R7" or self.handover is not None


def _t(name: str, *, personal: str, plain: str, dates: str = "", names: str = "",
       json: str = "", large: str = "", deputy: str = "", entity: type | None = None,
       **rest) -> Declared:
    """One table; the columns its ``entity`` declares with ``columns.captured`` are added
    to those named here (personal or plain, catalogue, date, name, Auskunft label, carried
    to a deputy)."""
    table = Declared(name, tuple(personal.split()), tuple(plain.split()), dates=tuple(dates.split()),
                     names=tuple(names.split()), json=tuple(json.split()),
                     large=tuple(large.split()), deputy=tuple(deputy.split()), **rest)
    if not table.stones and "id" in table.columns:
        table = replace(table, stones=BY_ID)   # a deleted row's tombstone names its id
    return with_entity(table, entity) if entity is not None else table


def with_entity(table: Declared, entity: type) -> Declared:
    """``table`` with its dataclass ``entity`` and the columns ``entity`` declares with
    ``columns.captured`` that ``table`` does not name yet."""
    declared = tuple(c for c in declared_columns(entity) if c.name not in table.columns)

    def named(fact: str) -> tuple[str, ...]:
        return tuple(c.name for c in declared if getattr(c, fact))

    return replace(
        table,
        entity=entity,
        personal=table.personal + named("personal"),
        plain=table.plain + tuple(c.name for c in declared if not c.personal),
        catalogues=table.catalogues | {c.name: c.catalogue for c in declared if c.catalogue},
        dates=table.dates + named("date"),
        names=table.names + named("person_name"),
        fields=table.fields + tuple((c.name, c.label) for c in declared if c.label),
        deputy=table.deputy + named("deputy"))


_DECLARED: tuple[Declared, ...] = (
    _t("person", entity=e.Person,
       personal="pseudonym first_name last_name birth_year class_label guardian_contact "
                "guardian_address note",
       plain="id kind gender grade school_id leaving_date school_change_date stat_token created",
       rule="R2",
       how="mit der Person gelöscht (R2/R9/R5); Kontaktdaten und Anschrift der Eltern nach R9 geleert",
       catalogues={"kind": cat.PERSON_KINDS, "gender": cat.GENDERS},
       dates="created",
       names="class_label first_name last_name pseudonym",
       kinds=("person", "guardian_contact"),
       search="fts_person",
       auskunft="Stammdaten",
       deputy="id kind pseudonym first_name last_name class_label school_id guardian_contact "
              "stat_token",
       deputy_ticked=(("note", "person_note"),),
       fields=(("pseudonym", "Kürzel (Pseudonym)"), ("first_name", "Vorname"), ("last_name", "Nachname"),
               ("kind", "Art"), ("gender", "Geschlecht"), ("birth_year", "Geburtsjahr"),
               ("grade", "Klassenstufe"), ("class_label", "Klasse"), ("school_id", "Schule"),
               ("leaving_date", "Abgangsdatum"), ("school_change_date", "Schulwechsel"),
               ("guardian_contact", "Kontaktdaten Erziehungsberechtigte"),
               ("guardian_address", "Anschrift Erziehungsberechtigte"), ("note", "Notiz"),
               ("created", "Angelegt am")),
       handover=Handover("Personen", delete_step=14)),
    _t("case_file", entity=e.Case,
       personal="goals title note topics",
       plain="outcome outcome_referral id person_id school_id opened closed status access_route "
             "referral",
       rule="R2", how="mit der Person",
       catalogues={"status": cat.CASE_STATUS, "access_route": cat.ACCESS_ROUTES,
                   "topics": cat.TOPICS, "referral": cat.REFERRALS, "outcome": cat.CASE_OUTCOMES,
                   "outcome_referral": cat.REFERRALS},
       auskunft="Fälle",
       deputy="id person_id school_id opened status title topics",
       deputy_ticked=(("note", "case_notes"), ("goals", "case_goals")),
       fields=(("title", "Titel"), ("opened", "Eröffnet"), ("closed", "Abgeschlossen"),
               ("status", "Status"), ("access_route", "Zugang"), ("topics", "Themen"),
               ("referral", "Weitervermittlung"), ("note", "Notiz")),
       handover=Handover("Fälle", keeps=(("person_id", "person"),), delete_step=7)),
    _t("contact", entity=e.Contact,
       personal="note observation assessment participants topics written_by",
       plain="id person_id case_id school_id day time duration_min kind access_route referral "
             "disputed created place",
       rule="R2", how="mit der Person bzw. ihrem Fall",
       catalogues={"kind": cat.CONTACT_KINDS, "participants": cat.PARTICIPANT_ROLES,
                   "topics": cat.TOPICS, "access_route": cat.ACCESS_ROUTES,
                   "referral": cat.REFERRALS, "place": cat.CONTACT_PLACES},
       dates="created",
       search="fts_contact",
       auskunft="Kontakte",
       fields=(("day", "Datum"), ("time", "Uhrzeit"), ("duration_min", "Dauer"), ("place", "Ort"),
               ("participants", "Beteiligte"), ("topics", "Themen"), ("note", "Notiz"),
               ("observation", "Beobachtung"), ("assessment", "Einschätzung"),
               ("disputed", "Bestritten (§ 84 Abs. 2 SGB X)"), ("written_by", "Eingetragen von")),
       handover=Handover("Kontakte", "Kontakt", keeps=(("person_id", "person"), ("case_id", "case_file")),
                         delete_step=6),
       owners=(Owner("case_id", "case_file", around=("guardian", "teacher", "other")),)),
    _t("case_goal", entity=goals.CaseGoal,
       personal="text pupil_words anchor_1 anchor_2 anchor_3 anchor_4 anchor_5",
       plain="id case_id scale baseline target_date created",
       # to the deputy who rates it: the goal and its anchors, not her own words
       deputy="id case_id scale baseline target_date created text anchor_1 anchor_2 anchor_3 "
              "anchor_4 anchor_5",
       rule="R2", how="mit dem Fall, also mit der Person; von Hand gelöscht mit Grabstein",
       dates="created",
       auskunft="Ziele mit Skala",
       fields=(("text", "Ziel"), ("pupil_words", "In eigenen Worten"), ("scale", "Skala"),
               ("baseline", "Ausgangswert"), ("target_date", "Zieldatum")),
       handover=Handover("Ziele mit Skala", keeps=(("case_id", "case_file"),),
                         delete_step=6)),
    _t("goal_rating", entity=goals.GoalRating,
       personal="written_by",
       plain="id goal_id day level contact_id created",
       deputy="id goal_id day level created written_by",
       rule="R2", how="mit dem Ziel (Fall, Person); von Hand gelöscht mit Grabstein",
       dates="created",
       auskunft="Ziele mit Skala",
       fields=(("day", "Datum"), ("level", "Stufe"), ("written_by", "Eingetragen von")),
       # before the contacts: their deletion would empty contact_id of a rating still there
       handover=Handover("Einschätzungen der Ziele", "Einschätzung",
                         keeps=(("goal_id", "case_goal"), ("contact_id", "contact")),
                         delete_step=5)),
    _t("annotation", entity=e.Annotation,
       personal="previous text field_name",
       plain="id target_kind target_id created",
       rule="R2", how="mit dem Eintrag, den sie berichtigt (Trigger), also mit der Person",
       dates="created",
       auskunft="Korrekturvermerke",
       fields=(("field_name", "Feld"), ("previous", "Vorher"), ("text", "Neu")),
       handover=Handover("Korrekturvermerke", keeps=(("target_id", "person"), ("target_id", "case_file"),
                                                  ("target_id", "contact")), delete_step=1)),
    _t("working_note", entity=e.WorkingNote,
       personal="text",
       plain="id person_id case_id created expires",
       rule="R3", how="beim Übernehmen, spätestens nach 30 Tagen",
       dates="created",
       kinds=("working_note",),
       auskunft="Arbeitsnotizen",
       fields=(("text", "Text"), ("expires", "Wird vernichtet am")),
       owners=(Owner("case_id", "case_file"),)),
    _t("draft", entity=e.Draft,
       personal="payload ref",
       plain="id kind updated",
       rule="R2",
       how="mit der Person, unter der er abgelegt ist, oder beim Speichern des Eintrags; "
           "verworfen mit Grabstein",
       dates="updated",
       large="payload",
       auskunft="Entwürfe (nicht abgeschlossen)"),
    _t("appointment", entity=e.Appointment,
       personal="note room person_id written_by",
       plain="id school_id day start end status contact_id",
       rule="R2", how="mit der Person (Termine ohne Person: Notiz ohne Personenbezug)",
       catalogues={"status": cat.APPOINTMENT_STATUS},
       auskunft="Termine",
       deputy="id person_id school_id day start end room status written_by",
       deputy_ticked=(("note", "appointment_notes"),),
       fields=(("room", "Raum"), ("status", "Status"), ("note", "Notiz")),
       handover=Handover("Termine", "Termin", keeps=(("person_id", "person"), ("contact_id", "contact")),
                         delete_step=5),
       owners=(Owner("contact_id", "contact"),)),
    _t("consent", entity=e.Consent,
       personal="recipient party entrusted_by scope purpose",
       plain="deputy id person_id valid_from valid_to withdrawn_on",
       rule="R6", how="mit dem Fall",
       catalogues={"party": cat.CONSENTING_PARTIES},
       auskunft="Einwilligungen",
       deputy="id person_id recipient party valid_from valid_to withdrawn_on deputy",
       fields=(("recipient", "Empfänger"), ("party", "Erteilt von"), ("scope", "Umfang"),
               ("purpose", "Zweck"), ("valid_from", "Gültig ab"), ("valid_to", "Gültig bis"),
               ("withdrawn_on", "Widerrufen am")),
       handover=Handover("Einwilligungen", keeps=(("person_id", "person"),), delete_step=4)),
    _t("document",   # mapped in storage/documents_repo, outside ALL_TABLES; the interchange
       # carries these columns but content_key when she asks (services/interchange_archive)
       personal="title file_name content_key written_by",
       plain="id person_id case_id consent_id procedure_id kind day mime size sha256 added",
       # a Vertretungspaket carries a document only when she ticks that one (none by
       # default); then these columns, never its vault key, file name or links
       deputy="id person_id kind title day mime size sha256 added", entity=e.Document,
       rule="R2", how="mit dem Eintrag, zu dem es gehört (Person, Fall, Einwilligung, "
                      "§ 8a-Verfahren); sein Schlüssel mit ihm, die Datei danach",
       catalogues={"kind": cat.DOCUMENT_KINDS},
       dates="added",
       search="fts_document",   # only the text she had read out („Text auslesen“)
       auskunft="Dokumente",
       fields=(("title", "Titel"), ("kind", "Art"), ("day", "Datum"),
               ("file_name", "Dateiname"), ("mime", "Format"), ("size", "Größe (Bytes)"),
               ("sha256", "Prüfsumme (SHA-256)"), ("added", "Abgelegt am"),
               ("written_by", "Eingetragen von"))),
    _t("disclosure", entity=e.Disclosure,
       personal="recipient categories legal_basis",
       plain="id person_id day consent_id person_deleted",
       rule="R10", how="Frist nach der Löschung des Falls",
       catalogues={"categories": cat.DISCLOSURE_CATEGORIES, "legal_basis": cat.LEGAL_BASES},
       kinds=("disclosure",),
       auskunft="Weitergaben",
       fields=(("recipient", "Empfänger"), ("categories", "Datenkategorien"),
               ("legal_basis", "Rechtsgrundlage"))),
    _t("cp_procedure", entity=e.ChildProtectionProcedure,
       personal="",
       plain="outcome id person_id case_id opened acute status closed youth_office_involved",
       rule="R5", how="mit der Person, bei Beteiligung des Jugendamts nach Entscheidung",
       catalogues={"status": cat.CASE_STATUS, "outcome": cat.CP_OUTCOMES},
       auskunft="Kinderschutz (§ 8a SGB VIII)",
       deputy="id person_id case_id opened acute status youth_office_involved outcome",
       handover=Handover("§ 8a-Verfahren", keeps=(("person_id", "person"), ("case_id", "case_file")),
                         delete_step=3),
       owners=(Owner("case_id", "case_file"),)),
    _t("cp_step", entity=e.ChildProtectionStep,
       personal="text actor",
       plain="id procedure_id step day due",
       rule="R5", how="mit dem Verfahren",
       catalogues={"step": cat.CP_STEPS},
       auskunft="Kinderschutz (§ 8a SGB VIII)",
       deputy="id procedure_id step day due",
       handover=Handover("§ 8a-Schritte", keeps=(("procedure_id", "cp_procedure"),), delete_step=2)),
    _t("privacy_request",
       personal="decisions",
       plain="id person_id kind received due status completed",
       rule="R2", how="mit der Person",
       dates="completed due received",
       json="decisions",
       large="decisions"),
    _t("group_activity", entity=e.GroupActivity,
       personal="title classes co_leaders name_list note",
       plain="purposes id school_id kind school_year goal_id participants_m participants_w "
             "participants_d reported",
       rule="R4", how="Schuljahresende + Frist; Teilnehmerliste nach der Meldung",
       catalogues={"kind": cat.GROUP_KINDS, "purposes": cat.GROUP_PURPOSES},
       kinds=("group", "name_list"),
       search="fts_group",
       auskunft="Gruppen und Projekte",
       handover=Handover("Gruppen und Projekte", keeps=(("goal_id", "agreement_goal"),), delete_step=13)),
    _t("group_member",   # storage/group_members_repo, outside ALL_TABLES: not interchanged
       personal="",
       plain="id group_id person_id joined left_on",
       rule="R4", how="mit der Gruppe (Schuljahresende + Frist) und mit der Person",
       auskunft="Gruppen und Projekte",
       fields=(("joined", "Teilnahme seit"), ("left_on", "Teilnahme bis"))),
    _t("group_session", entity=e.GroupSession,
       personal="note",
       plain="id group_id day duration_min",
       rule="R13", how="Notiz nach Schuljahresende + Frist; Termin mit der Gruppe (R4)",
       kinds=("activity_note",),
       handover=Handover("Gruppentermine", keeps=(("group_id", "group_activity"),), delete_step=8)),
    _t("open_offer_session", entity=e.OpenOfferSession,
       personal="title note",
       plain="id school_id day duration_min visitors visitors_m visitors_w visitors_d goal_id",
       rule="R13", how="Notiz nach Schuljahresende + Frist (Titel: Name des Angebots)",
       kinds=("activity_note",),
       handover=Handover("Offene Angebote", keeps=(("goal_id", "agreement_goal"),), delete_step=9)),
    _t("network_activity", entity=e.NetworkActivity,
       personal="note",
       plain="id school_id partner_id goal_id kind day duration_min",
       rule="R13", how="Notiz nach Schuljahresende + Frist",
       catalogues={"kind": cat.NETWORK_KINDS},
       kinds=("activity_note",)),
    _t("partner", entity=e.Partner,
       personal="contact_person phone email note",
       plain="id name partner_type",
       rule="R13",
       how="Ansprechperson, Telefon, E-Mail, Notiz nach der letzten Vernetzung + Frist; von Hand "
           "gelöscht mit Grabstein",
       catalogues={"partner_type": cat.PARTNER_TYPES},
       kinds=("partner_contact",),
       search="fts_partner"),
    _t("cooperation_agreement", entity=e.CooperationAgreement,
       personal="notes",
       plain="id school_id valid_from valid_to evaluation_dates",
       rule="R13", how="Notizen nach dem Ende der Vereinbarung + Frist",
       kinds=("agreement_notes",),
       handover=Handover("Kooperationsvereinbarungen", delete_step=12)),
    _t("annual_report_text",
       personal="text",
       plain="school_id school_year section updated",
       rule="R13", how="Schuljahresende + Frist",
       dates="updated",
       kinds=("report_text",),
       stones=(Stone(("school_id", "school_year", "section"), ("report_text",)),)),
    _t("absence", entity=Absence,
       personal="note",
       plain="id kind first_day last_day school_id",
       rule="R8", how="mit dem Monat ihres letzten Tages (eigene Arbeitszeit); Notiz nach R13",
       kinds=("activity_note",),
       stones=(*BY_ID, Stone(("last_day",), ("time_month",), MONTH))),
    _t("time_entry", entity=e.TimeEntry,
       personal="note",
       plain="id day category minutes school_id source_kind source_id",
       rule="R8", how="nach Monatsende + Frist",
       catalogues={"category": cat.TIME_CATEGORIES},
       kinds=("time_month",),
       stones=(*BY_ID, Stone(("day",), ("time_month",), MONTH), _BY_SESSION)),
    _t("time_session", entity=TimeSession,
       personal="",
       plain="id time_entry_id started stopped",
       rule="R8", how="mit dem Zeiteintrag",
       dates="started stopped"),
    _t("agreement_goal", entity=e.AgreementGoal,
       personal="",
       plain="id agreement_id goal offer position",
       rule="", how="Ziele und Angebote der Vereinbarung mit der Schule, ohne Personenbezug",
       handover=Handover("Ziele der Vereinbarungen",
                         keeps=(("agreement_id", "cooperation_agreement"),), delete_step=10)),
    _t("agreement_target", entity=AgreementTarget,
       personal="",
       plain="agreement_id code soll low high margin enabled",
       rule="", how="Zielwerte (Zahlen)",
       handover=Handover("Zielwerte der Vereinbarungen",
                         keeps=(("agreement_id", "cooperation_agreement"),), delete_step=11),
       stones=(Stone(("agreement_id", "code")),)),
    _t("school", entity=e.School,
       personal="",
       plain="last_grade id name code school_type address school_number",
       rule="", how="Stammdaten der Schule (Einrichtung, keine Person)",
       catalogues={"school_type": cat.SCHOOL_TYPES},
       deputy="id name code school_type address last_grade",
       names="code name"),
    _t("school_pupils", entity=e.SchoolPupils,
       personal="",
       plain="school_id school_year pupils",
       rule="", how="Schülerzahl (Zahl)"),
    _t("school_holiday", entity=SchoolHoliday,
       personal="",
       plain="id label first_day last_day",
       rule="", how="Ferien (Kalender)"),
    _t("post", entity=e.Post,
       personal="",
       plain="id label full_time_hours qualification",
       rule="", how="Stelle (Bezeichnung, Umfang); die Stelleninhaberin ist die Nutzerin selbst"),
    _t("post_staff", entity=e.PostStaff,
       personal="",
       plain="post_id school_year qualification percent employed_from employed_to fixed_term "
             "employer_type",
       rule="",
       how="Fachkräfte-Angaben der Stelle für KVJS und Verwendungsnachweis; die Fachkraft ist die "
           "Nutzerin selbst, keine Daten von Klient:innen",
       catalogues={"employer_type": cat.EMPLOYER_TYPES}),
    _t("post_share", entity=e.PostShare,
       personal="",
       plain="post_id school_id school_year percent",
       rule="", how="Stellenanteile (Zahlen)"),
    _t("short_contact", entity=e.ShortContact,
       personal="",
       plain="id school_id day gender grade topics count duration_min",
       rule="R1", how="anonyme Zählung ohne Person (R1)",
       catalogues={"gender": cat.GENDERS, "topics": cat.TOPICS}),
    _t("statistics_record", entity=e.StatisticsRecord,
       personal="",
       plain="purposes cp_outcome case_outcome referral_target id day school_year record_type "
             "task_area duration_min school_id contact_kind gender grade person_kind topics "
             "access_route referral participants person_token case_token count group_token "
             "group_kind participants_m participants_w participants_d visitors visitors_m "
             "visitors_w visitors_d network_kind partner_type youth_office source_id",
       rule="R7", how="anonym: keine Namen, kein Text, Kennzeichen je Schuljahr (R7)",
       catalogues={"record_type": cat.RECORD_TYPES, "task_area": cat.TASK_AREAS,
                   "contact_kind": cat.CONTACT_KINDS, "group_kind": cat.GROUP_KINDS,
                   "network_kind": cat.NETWORK_KINDS, "partner_type": cat.PARTNER_TYPES,
                   "gender": cat.GENDERS, "person_kind": cat.PERSON_KINDS, "topics": cat.TOPICS,
                   "access_route": cat.ACCESS_ROUTES, "referral": cat.REFERRALS,
                   "participants": cat.PARTICIPANT_ROLES, "purposes": cat.GROUP_PURPOSES,
                   "cp_outcome": cat.CP_OUTCOMES, "case_outcome": cat.CASE_OUTCOMES,
                   "referral_target": cat.REFERRALS},
       stones=(_BY_SESSION,)),
    _t("goal_outcome", entity=goals.GoalOutcome,
       personal="",
       plain="goal_token school_year school_id moment scale baseline last_level ratings day",
       rule="R7", how="anonym: kein Text, keine Person, Kennung je Ziel und Schuljahr (R7)"),
    _t("kvjs_delivery", entity=e.KvjsDelivery,
       personal="",
       plain="school_year scope template_id template_version delivered_on aggregates",
       rule="", how="abgegebene Zahlen (anonym)",
       large="aggregates"),
    _t("stopwatch",
       personal="",
       plain="id started school_id",
       rule="", how="laufende Stoppuhr (eine Zeile)",
       dates="started"),
    _t("deletion_log",
       personal="",
       plain="id record_id category rule trigger_day due executed method counts verification "
             "backup_expiry",
       rule="R11", how="inhaltsfrei (zufällige Kennungen, Kategorien), Frist R11",
       dates="backup_expiry due executed trigger_day",
       json="counts",
       large="counts",
       stones=(Stone(("executed",), ("deletion_log",), BEFORE),)),
    _t("tombstone",
       personal="",
       plain="record_id category deleted",
       rule="",
       how="nur zufällige Kennung, Art und Tag; nötig, damit gelöschte Daten nach einer "
           "Wiederherstellung gelöscht bleiben",
       dates="deleted"),
    _t("retention_hold",
       personal="",
       plain="id record_kind record_id reason since review lifted",
       rule="", how="Sperren: Kennung, Grundkategorie, Daten",
       dates="lifted review since"),
    _t("retention_restriction",
       personal="",
       plain="record_id record_kind reason since",
       rule="", how="Einschränkungen: Kennung, Grundkategorie, Datum",
       dates="since"),
    _t("retention_decision",
       personal="",
       plain="id record_kind record_id decision decided review",
       rule="", how="Entscheidungen zu § 8a: Kennung, Kategorie, Daten",
       dates="decided review"),
    _t("retention_mark",
       personal="",
       plain="record_id mark",
       rule="", how="Kennzeichen § 9b"),
    _t("retention_setting_log",
       personal="",
       plain="id name old new changed",
       rule="", how="geänderte Einstellungen (Werte, keine Inhalte)",
       dates="changed"),
    _t("time_month_total",
       personal="",
       plain="month school_id category area minutes contacts kept",
       rule="",
       how="anonyme Monatssummen gelöschter Zeiteinträge: Zahlen ohne Text, Teil der "
           "Statistikschicht wie statistics_record"),
    _t("school_year_change",
       personal="",
       plain="school_id school_year applied postponed summary",
       rule="", how="Schuljahreswechsel je Schule: Tage und Zähler, keine Namen "),
    _t("handover_item",
       personal="",
       plain="package_id tbl row_id row_hash",
       rule="",
       how="was ein Übergabepaket einer Schule trägt: zufällige Kennungen und Prüfsummen, kein "
           "Inhalt; mit der Quittung entfernt"),
    _t("meta",
       personal="",
       plain="key value",
       rule="", how="Kennung des Tresors, Versionen, Salze der Sicherungen"),
    _t("setting",
       personal="",
       plain="key value",
       rule="", how="Einstellungen (Zahlen, Schalter)"),
    _t("rule_pack",
       personal="",
       plain="digest text imported_at in_force",
       rule="", how="Regelpakete der Förderung (Satz, Fristen, Formel; keine Personendaten)",
       json="text", large="text"),
    _t("rule_pack_year",
       personal="",
       plain="school_year digest",
       rule="", how="Regelpaket, unter dem die Zahlen eines Schuljahres gerechnet wurden"),
    _t("letter_template",   # storage/letter_templates_repo; not interchanged (own export file)
       personal="",
       plain="id name kind file_type content mapping sha256 added",
       rule="",
       how="ihre Briefvorlagen (DOCX, PDF-Formular) mit Platzhaltern statt Namen und der "
           "Zuordnung der Formularfelder; keine Personendaten, der Name der Verfasserin wird "
           "beim Import aus den Dateieigenschaften entfernt",
       json="mapping"),
    _t("file_intent",   # storage/file_intents; not interchanged, not in an Auskunft
       personal="",
       plain="id target kept done",
       rule="", how="Pfad einer Datei, die gerade als Übermittlung geschrieben wird (er kann "
                    "ein Kind nennen): nur bis zum Eintrag ins Übermittlungsprotokoll, nach "
                    "einem Absturz bis zum nächsten Entsperren; keine Frist erreicht ihn"),
    _t("migration_ledger",
       personal="",
       plain="version name checksum",
       rule="", how="angewandte Umstellungen des Tresors: Nummer, Name, Prüfsumme"),)

TABLES: dict[str, Declared] = {t.name: t for t in _DECLARED}

# Full-text indexes hold copies of person, contact, group and partner texts; they follow
# their tables (triggers, secure-delete), so they need no declaration of their own
# (``search`` names them). Their shadow tables start with the same name.
DERIVED_PREFIXES = ("fts_",)


def column_set(attribute: str) -> frozenset[tuple[str, str]]:
    """(table, column) of every column listed under ``attribute`` (dates, names, json, large)."""
    return frozenset((t.name, c) for t in _DECLARED for c in getattr(t, attribute))


def catalogue_fields() -> dict[tuple[str, str], cat.Catalogue]:
    """(table, column) → the catalogue behind a coded column."""
    return {(t.name, c): catalogue for t in _DECLARED for c, catalogue in t.catalogues.items()}


def _carried() -> tuple[tuple[Declared, Handover], ...]:
    return tuple((t, t.handover) for t in _DECLARED if t.handover is not None)


def school_package() -> tuple[Declared, ...]:
    """The tables a school package carries, in declaration order (parents first)."""
    return tuple(t for t, _h in _carried())


def package_keeps() -> tuple[tuple[str, str, str], ...]:
    """(child table, column, parent table): a row that stays keeps the row it points to."""
    return tuple((t.name, column, parent) for t, h in _carried() for column, parent in h.keeps)


def package_delete_order() -> tuple[str, ...]:
    """The school package's tables in the order the receipt deletes them."""
    return tuple(t.name for t, _h in sorted(_carried(), key=lambda pair: pair[1].delete_step))


def package_labels() -> dict[str, str]:
    """Table → the plural label of its rows in the handover report and deletion log."""
    return {t.name: h.label for t, h in _carried()}


def field_labels(*names: str) -> dict[str, str]:
    """Column → its label in an Auskunft, over the tables ``names`` (the first one wins)."""
    labels: dict[str, str] = {}
    for name in names:
        for column, label in TABLES[name].fields:
            labels.setdefault(column, label)
    return labels


def returned_labels() -> dict[str, str]:
    """Table → the singular label of a row a deputy's return can carry."""
    return {t.name: h.one for t, h in _carried() if h.one}
