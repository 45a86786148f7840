"""What goes to a deputy is an allowlist (docs/handover.md, "What goes along"): a
Vertretungspaket carries only the columns whose table declaration (domain/tables.py,
``deputy`` and ``deputy_ticked``) says they travel. The doc's table, the declaration
and a real package file are compared, so none of them can drift; a field added the
documented way (a migration and a ``captured`` field on the entity) stays home unless
its declaration says it travels."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain import tables
from ssa_desktop.domain.columns import captured, form_columns
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Person,
)
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy
from ssa_desktop.storage import handover_deputy_repo as qd
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.mapper import Table
from tests.services.test_handover import DEPUTY, PERIOD, TODAY
from tests.support.sqlcipher_pages import pages_holding

DOC = Path(__file__).resolve().parents[2] / "docs" / "handover.md"


def _documented() -> dict[str, set[str]]:
    """Table → the columns the doc's "What goes along" table names (in backticks) under
    "goes along"."""
    text = DOC.read_text("utf-8").split("### What goes along", 1)[1]
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.startswith("| table") or line.startswith("| ---"):
            continue
        if not line.startswith("|"):
            if found:
                break
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        found[cells[0].split()[0]] = set(re.findall(r"`(\w+)`", cells[1]))
    return found


def _declared() -> dict[str, set[str]]:
    return {name: set(t.deputy) | {c for c, _extra in t.deputy_ticked}
            for name, t in tables.TABLES.items() if t.deputy}


def _captured(row):
    """``row`` with every field its entity declares with ``captured`` filled from the
    declaration (a code of its catalogue, else a text): a field added there is filled
    here without a line of its own."""
    return dataclasses.replace(row, **{
        c.name: c.catalogue.codes()[0] if c.catalogue is not None else f"{c.name}Anna"
        for c in form_columns(type(row))})


def test_the_fixture_fills_a_declared_field_without_a_line_of_its_own():
    assert _captured(_PersonWithDeputyLanguage("P-Anna")).parent_language == "parent_languageAnna"


def _full_data(conn) -> Person:
    """A person with every column filled that could travel, all extras to be ticked."""
    school = repo.SCHOOLS.get(conn, "school-1")
    school.address, school.last_grade = "Parkweg 1, 79100 Freiburg", 10
    repo.SCHOOLS.update(conn, school)
    anna = repo.PERSONS.insert(conn, _captured(Person(
        "P-Anna", first_name="VorAnna", last_name="NachAnna", school_id="school-1",
        class_label="7b", guardian_contact="Mutter 0761 123", note="PersonnotizAnna",
        gender="w", birth_year=2013, grade=7, leaving_date=date(2027, 7, 31),
        school_change_date=date(2027, 8, 1))))
    repo.CONSENTS.insert(conn, _captured(Consent(anna.id, "Vertretung der Schulsozialarbeit",
                                       date(2026, 9, 1), deputy=True, party="guardian",
                                       scope="UmfangAnna", purpose="ZweckAnna",
                                       entrusted_by="MutterAnna", valid_to=date(2027, 7, 31),
                                       withdrawn_on=date(2027, 3, 1))))
    case = repo.CASES.insert(conn, _captured(Case(anna.id, date(2026, 9, 10), school_id="school-1",
                                        title="FallAnna", topics=("FAM",), note="FallnotizAnna",
                                        goals="ZieleAnna", access_route="self",
                                        referral="JA")))
    repo.APPOINTMENTS.insert(conn, _captured(Appointment(date(2026, 12, 2), "10:00", "10:45",
                                               person_id=anna.id, school_id="school-1",
                                               room="R 12", note="TerminAnna",
                                               written_by="Eva Früher (Vertretung)")))
    proc = repo.CP_PROCEDURES.insert(conn, _captured(ChildProtectionProcedure(
        anna.id, date(2026, 11, 2), case_id=case.id, acute=True, youth_office_involved=True)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "3", date(2026, 11, 3),
                                                   actor="FachkraftAnna", text="SchrittAnna",
                                                   due=date(2026, 12, 3)))
    from ssa_desktop.domain import goals as g
    from ssa_desktop.storage import goals_repo

    goal = goals_repo.CASE_GOALS.insert(conn, g.CaseGoal(
        case.id, "ZielAnna", scale=g.GENERIC, baseline=2, target_date=date(2027, 6, 30),
        pupil_words="WorteAnna", anchor_1="A1", anchor_2="A2", anchor_3="A3", anchor_4="A4",
        anchor_5="A5", created="2024-08-01 08:00:00"))
    goals_repo.GOAL_RATINGS.insert(conn, g.GoalRating(   # an earlier deputy's, returned
        goal.id, date(2026, 11, 5), 3, written_by="Kim Vogt (Vertretung)"))
    return anna


def _filled(pkg) -> dict[str, set[str]]:
    """Table → its columns holding in some row a value other than the schema's default."""
    found: dict[str, set[str]] = {}
    for name in qd.filled_tables(pkg):
        info = pkg.execute(f'PRAGMA table_info("{name}")').fetchall()
        for _cid, column, _type, _notnull, default, _pk in info:
            blank = {None, "", default.strip("'") if default else None}
            values = {r[0] for r in pkg.execute(f'SELECT "{column}" FROM "{name}"')}  # noqa: S608
            if {str(v) for v in values if v is not None} - {str(b) for b in blank if b is not None}:
                found.setdefault(name, set()).add(column)
    return found


# Carried, and in this data equal to the schema's default (only open cases and procedures
# and planned appointments travel): they cannot show as filled.
AT_DEFAULT = {("case_file", "status"), ("appointment", "status"), ("cp_procedure", "status"),
              ("cp_procedure", "outcome")}


def test_the_doc_the_declaration_and_a_real_package_name_the_same_columns(conn, tmp_path):
    anna = _full_data(conn)
    from ssa_desktop.domain import documents as d
    from ssa_desktop.services import documents
    from tests.support import document_files as f

    doc = documents.add_document(conn, d.Owner("person", anna.id), "release", "SPE Anna",
                                 TODAY, f.pdf(text="SPE"), "spe.pdf")
    result = handover_deputy.create_deputy_package(
        conn, PERIOD, DEPUTY, [anna.id], tmp_path, today=TODAY,
        extras={anna.id: set(rules.EXTRAS)}, documents=[doc.id])
    documented, declared = _documented(), _declared()
    assert documented == declared
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        filled = _filled(pkg)
    finally:
        pkg.close()
    # document_file: the ticked documents' bytes (id, data), named in the document row
    assert set(filled) - {"document_file"} <= set(documented), "a table the doc does not list"
    for name, columns in documented.items():
        assert filled.get(name, set()) <= columns, (name, filled.get(name, set()) - columns)
        missing = {c for c in columns - filled.get(name, set()) if (name, c) not in AT_DEFAULT}
        assert missing == set(), (name, missing)


@dataclasses.dataclass
class _PersonWithLanguage(Person):
    parent_language: str = captured("", personal=True, label="Sprache der Eltern")


@dataclasses.dataclass
class _PersonWithDeputyLanguage(Person):
    parent_language: str = captured("", personal=True, label="Sprache der Eltern", deputy=True)


def _add_language_field(monkeypatch, entity) -> None:
    """The documented steps of a new field, in a test: the entity's captured field, its
    mapper and its table declaration (``tables.with_entity`` adds its captured columns
    as ``_t`` does)."""
    monkeypatch.setattr(repo, "PERSONS", Table("person", entity))
    monkeypatch.setitem(tables.TABLES, "person", tables.with_entity(tables.TABLES["person"], entity))


MIGRATION = "ALTER TABLE person ADD COLUMN parent_language TEXT NOT NULL DEFAULT ''"


def _package_with_language(conn, tmp_path, monkeypatch, entity) -> tuple[Path, bytes]:
    """A real vault and a real package file, both with the new column (the migration), and
    ``qd.copy_deputy_package`` of a person whose parents speak Tigrinya."""
    _add_language_field(monkeypatch, entity)
    conn.execute(MIGRATION)
    anna = repo.PERSONS.insert(conn, entity("P-Anna", school_id="school-1",
                                            parent_language="TigrinyaSpracheAnna"))
    repo.CASES.insert(conn, Case(anna.id, date(2026, 9, 10), school_id="school-1"))
    path = tmp_path / "paket.ssapaket"
    key = q.new_key()
    pkg = q.create(path, key, {"package_kind": rules.KIND_DEPUTY})
    try:
        pkg.execute(MIGRATION)
        qd.copy_deputy_package(conn, pkg, [anna.id], PERIOD.first, PERIOD.last, lambda: "t")
    finally:
        pkg.close()
    return path, bytes(key)


def _language_in_package(path: Path, key: bytes) -> str:
    pkg = q.open_package(path, bytearray(key))
    try:
        return pkg.execute("SELECT parent_language FROM person").fetchone()[0]
    finally:
        pkg.close()


def test_a_field_added_the_documented_way_stays_home(conn, tmp_path, monkeypatch):
    path, key = _package_with_language(conn, tmp_path, monkeypatch, _PersonWithLanguage)
    assert _language_in_package(path, key) == ""
    assert pages_holding(path, key, ["TigrinyaSpracheAnna"]) == []


def test_a_field_declared_to_travel_goes_along(conn, tmp_path, monkeypatch):
    path, key = _package_with_language(conn, tmp_path, monkeypatch, _PersonWithDeputyLanguage)
    assert _language_in_package(path, key) == "TigrinyaSpracheAnna"


def test_every_column_a_deputy_package_writes_has_a_value_or_a_blank():
    """A column that stays gets its entity's default (a NOT NULL column without one would
    refuse the row): the declaration names every required field of the entity."""
    for name, t in tables.TABLES.items():
        if not t.deputy:
            continue
        assert t.entity is not None, name
        required = {f.name for f in dataclasses.fields(t.entity)
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
        assert required <= set(t.deputy), (name, required - set(t.deputy))

