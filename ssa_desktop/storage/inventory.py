"""Every table of the vault, what it holds and which deletion rule reaches it (docs/retention.md "Jede Tabelle hat eine Regel").

One declaration per table: the columns that hold free text or personal data
(``personal``), the columns that hold neither (ids, codes, dates, counts: ``plain``) and
either the rule that deletes or empties the personal columns (``rule``, with how) or,
for a table without any, the reason why none is needed (``reason``).
``tests/data_protection/test_inventory.py`` compares this list with the real schema: a new table
or column that is declared nowhere, or personal data without a rule, fails it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Coverage:
    personal: tuple[str, ...]   # free text or personal data
    plain: tuple[str, ...]      # ids, codes, dates, numbers, flags
    rule: str = ""              # R1 … R14 (the rule table's code), or "" with a reason
    how: str = ""               # how the rule reaches the table, or why none is needed


def _t(personal: str, plain: str, rule: str, how: str) -> Coverage:
    return Coverage(tuple(personal.split()), tuple(plain.split()), rule, how)


INVENTORY: dict[str, Coverage] = {
    # persons and their files: R2 (pupils), R9 (parents, third parties), R5 (§ 8a)
    "person": _t("pseudonym first_name last_name birth_year class_label guardian_contact note",
                 "id kind gender grade school_id leaving_date school_change_date stat_token created",
                 "R2", "mit der Person gelöscht (R2/R9/R5); Kontaktdaten der Eltern nach R9 geleert"),
    "case_file": _t("goals title note topics", "outcome outcome_referral id person_id school_id opened closed status access_route referral",
                    "R2", "mit der Person"),
    "contact": _t("note observation assessment participants topics written_by",
                  "id person_id case_id school_id day time duration_min kind access_route referral "
                  "disputed created", "R2", "mit der Person bzw. ihrem Fall"),
    "annotation": _t("previous text field_name", "id target_kind target_id created",
                     "R2", "mit dem Eintrag, den sie berichtigt (Trigger), also mit der Person"),
    "working_note": _t("text", "id person_id case_id created expires",
                       "R3", "beim Übernehmen, spätestens nach 30 Tagen"),
    "draft": _t("payload ref", "id kind updated",
                "R2", "mit der Person, unter der er abgelegt ist, oder beim Speichern des "
                "Eintrags; verworfen mit Grabstein"),
    "appointment": _t("note room person_id written_by", "id school_id day start end status contact_id",
                      "R2", "mit der Person (Termine ohne Person: Notiz ohne Personenbezug)"),
    "consent": _t("recipient party entrusted_by scope purpose",
                  "deputy id person_id valid_from valid_to withdrawn_on", "R6", "mit dem Fall"),
    "disclosure": _t("recipient categories legal_basis",
                     "id person_id day consent_id person_deleted",
                     "R10", "Frist nach der Löschung des Falls"),
    "cp_procedure": _t("",
                       "outcome id person_id case_id opened acute status closed youth_office_involved",
                       "R5", "mit der Person, bei Beteiligung des Jugendamts nach Entscheidung"),
    "cp_step": _t("text actor", "id procedure_id step day due", "R5", "mit dem Verfahren"),
    "privacy_request": _t("decisions", "id person_id kind received due status completed",
                          "R2", "mit der Person"),
    # groups, open offers, networking, partners, agreements, the annual report
    "group_activity": _t("title classes co_leaders name_list note",
                         "purposes id school_id kind school_year goal_id participants_m participants_w "
                         "participants_d reported",
                         "R4", "Schuljahresende + Frist; Teilnehmerliste nach der Meldung"),
    "group_session": _t("note", "id group_id day duration_min",
                        "R13", "Notiz nach Schuljahresende + Frist; Termin mit der Gruppe (R4)"),
    "open_offer_session": _t("title note",
                             "id school_id day duration_min visitors visitors_m visitors_w "
                             "visitors_d goal_id",
                             "R13", "Notiz nach Schuljahresende + Frist (Titel: Name des Angebots)"),
    "network_activity": _t("note", "id school_id partner_id goal_id kind day duration_min",
                           "R13", "Notiz nach Schuljahresende + Frist"),
    "partner": _t("contact_person phone email note", "id name partner_type",
                  "R13", "Ansprechperson, Telefon, E-Mail, Notiz nach der letzten Vernetzung "
                         "+ Frist; von Hand gelöscht mit Grabstein"),
    "cooperation_agreement": _t("notes", "id school_id valid_from valid_to evaluation_dates",
                                "R13", "Notizen nach dem Ende der Vereinbarung + Frist"),
    "annual_report_text": _t("text", "school_id school_year section updated",
                             "R13", "Schuljahresende + Frist"),
    "absence": _t("note", "id kind first_day last_day school_id",
                  "R8", "mit dem Monat ihres letzten Tages (eigene Arbeitszeit); Notiz nach R13"),
    "time_entry": _t("note", "id day category minutes school_id source_kind source_id",
                     "R8", "nach Monatsende + Frist"),
    "time_session": _t("", "id time_entry_id started stopped", "R8", "mit dem Zeiteintrag"),
    # no personal data: why no rule is needed
    "agreement_goal": _t("", "id agreement_id goal offer position", "",
                         "Ziele und Angebote der Vereinbarung mit der Schule, ohne Personenbezug"),
    "agreement_target": _t("", "agreement_id code soll low high margin enabled", "",
                           "Zielwerte (Zahlen)"),
    "school": _t("", "last_grade id name code school_type address", "",
                 "Stammdaten der Schule (Einrichtung, keine Person)"),
    "school_pupils": _t("", "school_id school_year pupils", "", "Schülerzahl (Zahl)"),
    "school_holiday": _t("", "id label first_day last_day", "", "Ferien (Kalender)"),
    "post": _t("", "id label full_time_hours qualification", "",
               "Stelle (Bezeichnung, Umfang); die Stelleninhaberin ist die Nutzerin selbst"),
    "post_staff": _t("", "post_id school_year qualification percent employed_from employed_to "
                     "fixed_term employer_type", "",
                     "Fachkräfte-Angaben der Stelle für KVJS und Verwendungsnachweis; "
                     "die Fachkraft ist die Nutzerin selbst, keine Daten von Klient:innen"),
    "post_share": _t("", "post_id school_id school_year percent", "", "Stellenanteile (Zahlen)"),
    "short_contact": _t("", "id school_id day gender grade topics count duration_min", "R1",
                        "anonyme Zählung ohne Person (R1)"),
    "statistics_record": _t("", "purposes cp_outcome case_outcome referral_target id day school_year record_type task_area duration_min school_id "
                            "contact_kind gender grade person_kind topics access_route referral "
                            "participants person_token case_token count group_token group_kind "
                            "participants_m participants_w participants_d visitors visitors_m "
                            "visitors_w visitors_d network_kind partner_type youth_office source_id",
                            "R7", "anonym: keine Namen, kein Text, Kennzeichen je Schuljahr (R7)"),
    "kvjs_delivery": _t("", "school_year scope template_id template_version delivered_on aggregates",
                        "", "abgegebene Zahlen (anonym)"),
    "stopwatch": _t("", "id started school_id", "", "laufende Stoppuhr (eine Zeile)"),
    "deletion_log": _t("", "id record_id category rule trigger_day due executed method counts "
                       "verification backup_expiry", "R11",
                       "inhaltsfrei (zufällige Kennungen, Kategorien), Frist R11"),
    "tombstone": _t("", "record_id category deleted", "",
                    "nur zufällige Kennung, Art und Tag; nötig, damit gelöschte Daten nach einer "
                    "Wiederherstellung gelöscht bleiben"),
    "retention_hold": _t("", "id record_kind record_id reason since review lifted", "",
                         "Sperren: Kennung, Grundkategorie, Daten"),
    "retention_restriction": _t("", "record_id record_kind reason since", "",
                                "Einschränkungen: Kennung, Grundkategorie, Datum"),
    "retention_decision": _t("", "id record_kind record_id decision decided review", "",
                             "Entscheidungen zu § 8a: Kennung, Kategorie, Daten"),
    "retention_mark": _t("", "record_id mark", "", "Kennzeichen § 9b"),
    "retention_setting_log": _t("", "id name old new changed", "", "geänderte Einstellungen (Werte, keine Inhalte)"),
    "time_month_total": _t("", "month school_id category area minutes contacts kept", "",
                           "anonyme Monatssummen gelöschter Zeiteinträge: Zahlen "
                           "ohne Text, Teil der Statistikschicht wie statistics_record"),
    "school_year_change": _t("", "school_id school_year applied postponed summary", "",
                             "Schuljahreswechsel je Schule: Tage und Zähler, keine Namen "
                             ""),
    "handover_item": _t("", "package_id tbl row_id row_hash", "",
                        "was ein Übergabepaket einer Schule trägt: zufällige Kennungen und "
                        "Prüfsummen, kein Inhalt; mit der Quittung entfernt"),
    "meta": _t("", "key value", "", "Kennung des Tresors, Versionen, Salze der Sicherungen"),
    "setting": _t("", "key value", "", "Einstellungen (Zahlen, Schalter)"),
}

# Full-text indexes hold copies of person, contact, group and partner texts; they follow
# their tables (triggers, secure-delete), so they need no declaration of their own.
DERIVED_PREFIXES = ("fts_",)
