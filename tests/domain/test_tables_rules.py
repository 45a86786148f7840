"""What the one declaration per table answers (``domain/tables.py``'s rule functions),
read as literals of the declarations: the tables a school package carries and the order
its receipt deletes them in, the rows a row that stays keeps, the labels of a package's
and a return's rows, an Auskunft's field labels (the first table naming a column wins),
the columns under a fact and the catalogues behind coded columns. Pure: no vault."""

from __future__ import annotations

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain import tables as t

PACKAGE = ("person", "case_file", "contact", "case_goal", "goal_rating", "annotation",
           "appointment", "consent",
           "cp_procedure", "cp_step", "group_activity", "group_session",
           "open_offer_session", "cooperation_agreement", "agreement_goal", "agreement_target")


def test_a_school_package_carries_its_tables_in_declaration_order():
    assert tuple(table.name for table in t.school_package()) == PACKAGE


def test_the_receipt_deletes_by_each_tables_step():
    assert t.package_delete_order() == (
        "annotation", "cp_step", "cp_procedure", "consent", "goal_rating", "appointment",
        "contact", "case_goal", "case_file", "group_session", "open_offer_session", "agreement_goal",
        "agreement_target", "cooperation_agreement", "group_activity", "person")


def test_a_row_that_stays_keeps_what_it_points_to():
    keeps = t.package_keeps()
    assert len(keeps) == 20
    assert keeps[:3] == (("case_file", "person_id", "person"),
                         ("contact", "person_id", "person"),
                         ("contact", "case_id", "case_file"))
    assert keeps[-1] == ("agreement_target", "agreement_id", "cooperation_agreement")
    assert {child for child, _column, _parent in keeps} < set(PACKAGE)


def test_the_labels_of_a_packages_rows_and_of_a_returns_rows():
    labels = t.package_labels()
    assert tuple(labels) == PACKAGE
    assert (labels["person"], labels["annotation"], labels["cp_step"]) == (
        "Personen", "Korrekturvermerke", "§ 8a-Schritte")
    assert t.returned_labels() == {"contact": "Kontakt", "appointment": "Termin",
                                   "goal_rating": "Einschätzung"}


def test_an_auskunfts_labels_come_from_the_first_table_naming_the_column():
    assert t.field_labels("annotation", "working_note")["text"] == "Neu"
    assert t.field_labels("working_note", "annotation")["text"] == "Text"
    person_and_contact = t.field_labels("person", "contact")
    assert (person_and_contact["pseudonym"], person_and_contact["day"],
            person_and_contact["interpreting"]) == ("Kürzel (Pseudonym)", "Datum", "Sprachmittlung")
    assert t.field_labels() == {}


def test_the_columns_under_a_fact_and_the_catalogues_behind_codes():
    dates = t.column_set("dates")
    assert {("person", "created"), ("deletion_log", "due"), ("time_session", "stopped")} <= dates
    assert ("person", "pseudonym") not in dates
    assert len(dates) == 27   # with case_goal and goal_rating (issue 63), document.added
    catalogues = t.catalogue_fields()
    assert catalogues[("person", "kind")] is cat.PERSON_KINDS
    assert catalogues[("person", "gender")] is cat.GENDERS
    assert len(catalogues) == 48   # document.kind


def test_a_deletion_removes_rows_where_a_rule_or_a_receipt_reaches_them_and_r7_keeps():
    deletable = {name for name, table in t.TABLES.items() if table.deletable is True}
    kept = {name for name, table in t.TABLES.items() if table.deletable is False}
    assert deletable | kept == set(t.TABLES)   # a bool, read as a property
    assert t.TABLES["working_note"].deletable is True        # a rule (R3), no receipt
    assert t.TABLES["agreement_goal"].deletable is True      # no rule, a receipt takes it
    assert t.TABLES["person"].deletable is True              # both
    assert t.TABLES["school"].deletable is False             # neither
    assert t.TABLES["statistics_record"].deletable is False  # R7 keeps its rows
    assert t.TABLES["goal_outcome"].deletable is False
    assert len(deletable) == 30


def test_a_tombstone_names_a_row_by_its_id_unless_the_table_declares_otherwise():
    assert t.TABLES["school"].stones == t.BY_ID              # an id, nothing declared
    assert t.TABLES["school_pupils"].stones == ()            # no id column
    assert t.TABLES["statistics_record"].stones == (
        t.Stone(("source_id",), ("group_session", "open_offer", "network", "short_contact")),
    )   # declared: kept alone
    assert t.TABLES["absence"].stones[0] == t.BY_ID[0]       # declared with the id's
