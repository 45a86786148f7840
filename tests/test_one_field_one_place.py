"""One field, one place (docs/architecture.md, "Adding a field"): a free-text field added
to a person as the docs say – its migration and its ``captured(…)`` line – reaches the
person form (a row with a bound label, loaded, saved, kept in her draft), the deputy's
window (a column, only when declared ``deputy=True``), the interchange file and the
Auskunft without code of its own.

The field is added at test time, never in the package folder: a subclass of ``Person``
with the field, put where the import of ``domain/entities.py`` would put it (the
person's mapper, its table declaration and the interchange's table list), and the
migration's ``ALTER TABLE`` run on the real vault and the real package."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain import clock, tables
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.columns import captured
from ssa_desktop.domain.entities import Case, Consent, Person
from ssa_desktop.services import handover_deputy, interchange, privacy
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.mapper import Table
from tests.support.vaults import fresh_vault

MIGRATION = "ALTER TABLE person ADD COLUMN home_language TEXT NOT NULL DEFAULT ''"
CREATED = date(2026, 11, 23)
WORKDAY = date(2026, 12, 3)
PERIOD = rules.Period(date(2026, 11, 30), date(2027, 1, 8))


@dataclasses.dataclass
class _PersonForDeputy(Person):
    home_language: str = captured("", personal=True, label="Familiensprache", deputy=True)


@dataclasses.dataclass
class _PersonAtHome(Person):
    home_language: str = captured("", personal=True, label="Familiensprache")


def add_field(monkeypatch, entity: type) -> None:
    """What importing ``domain/entities.py`` with the new field gives: the person's mapper,
    its table declaration (``tables.with_entity``, as ``_t`` does) and the interchange's
    table list hold the entity with the field."""
    table = Table("person", entity)
    monkeypatch.setattr(repo, "PERSONS", table)
    monkeypatch.setitem(tables.TABLES, "person", tables.with_entity(tables.TABLES["person"], entity))
    monkeypatch.setattr(interchange, "_TABLE_LIST",
                        [table if t.name == "person" else t for t in interchange._TABLE_LIST])
    monkeypatch.setitem(interchange._TABLES, "person", table)
    interchange.field_specs.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_specs():
    yield
    interchange.field_specs.cache_clear()   # the real person again for later tests


@pytest.fixture
def declared(monkeypatch, ctx):
    add_field(monkeypatch, _PersonForDeputy)
    ctx.conn.execute(MIGRATION)
    return ctx


def _form(ctx, qtbot):
    from ssa_desktop.ui.persons.person_form import PersonForm

    form = PersonForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_a_declared_free_text_field_is_a_row_of_the_person_form_and_is_saved(declared, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    with clock.frozen(WORKDAY):
        form = _form(declared, qtbot)
        form.load(None, school_id="school-1")
        edit = form.declared.widgets["home_language"]
        label = form._form.labelForField(edit)
        assert label.buddy() is edit and label.text().replace("&", "") == "Familiensprache"
        assert edit.accessibleName() == "Familiensprache"
        letter = label.text()[label.text().index("&") + 1]
        form.pseudonym.setFocus()
        qtbot.keyClicks(form.pseudonym, "F-1")
        QTest.keyClick(form.pseudonym, getattr(Qt, f"Key_{letter.upper()}"), Qt.AltModifier)
        assert QApplication.focusWidget() is edit            # her Alt key reaches it
        qtbot.keyClicks(edit, "Tigrinya")
        assert form._draft_data()["captured"] == {"home_language": "Tigrinya"}
        QTest.keyClick(edit, Qt.Key_Return)                  # Enter saves, as in every line
        assert form.error.text() == "" and form.person is not None, form.error.text()
        [saved] = [p for p in repo.PERSONS.all(declared.conn) if p.pseudonym == "F-1"]
        assert saved.home_language == "Tigrinya"
        form.load(None)
        assert edit.text() == ""
        form.load(saved)
        assert edit.text() == "Tigrinya"


def test_without_a_declared_field_the_form_has_no_extra_row(ctx, qtbot):
    with clock.frozen(WORKDAY):
        form = _form(ctx, qtbot)
    assert form.declared.widgets == {}


def _deputy_window(ctx, qtbot, tmp_path, monkeypatch, entity):
    from ssa_desktop.ui.handover.panel import HandoverPanel

    add_field(monkeypatch, entity)
    created = q.create

    def create_with_column(*args, **kwargs):
        pkg = created(*args, **kwargs)
        pkg.execute(MIGRATION)   # the package's schema is the vault's, migration included
        return pkg

    monkeypatch.setattr(q, "create", create_with_column)
    with fresh_vault() as colleague:
        conn = colleague.conn
        conn.execute(MIGRATION)
        anna = repo.PERSONS.insert(conn, entity("F-1", school_id="school-1",
                                                home_language="Tigrinya"))
        repo.CONSENTS.insert(conn, Consent(anna.id, "Vertretung", date(2026, 9, 1), deputy=True))
        repo.CASES.insert(conn, Case(anna.id, date(2026, 9, 10), school_id="school-1"))
        result = handover_deputy.create_deputy_package(
            conn, PERIOD, rules.Deputy("Jana Berger", "SSA Nord"), [anna.id], tmp_path,
            for_name="Frau Albers", today=CREATED)
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        window = panel.open_package(result.path, result.key_text)
        qtbot.addWidget(window)
    model = window.persons_model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    cells = [model.item(0, c).text() for c in range(model.columnCount())]
    window.close()
    return headers, cells


def test_a_field_declared_for_the_deputy_is_a_column_of_her_window(ctx, qtbot, tmp_path,
                                                                  monkeypatch):
    headers, cells = _deputy_window(ctx, qtbot, tmp_path, monkeypatch, _PersonForDeputy)
    assert headers[-1] == "Familiensprache" and cells[-1] == "Tigrinya"
    assert cells[0] == "F-1"


def test_a_field_not_declared_for_the_deputy_is_never_shown_to_her(ctx, qtbot, tmp_path,
                                                                  monkeypatch):
    headers, cells = _deputy_window(ctx, qtbot, tmp_path, monkeypatch, _PersonAtHome)
    assert "Familiensprache" not in headers and "Tigrinya" not in cells


def test_the_field_travels_in_the_interchange_file_and_is_named_in_the_auskunft(declared):
    conn = declared.conn
    anna = repo.PERSONS.insert(conn, _PersonForDeputy("F-1", home_language="Tigrinya"))
    doc = interchange.export_document(conn)
    [row] = [r for r in doc["tables"]["person"] if r["id"] == anna.id]
    assert row["home_language"] == "Tigrinya"
    named = [dict(item.fields).get("Familiensprache") for item in privacy.collect(conn, anna.id)]
    assert "Tigrinya" in named


def test_the_docs_name_six_files_for_a_field_and_each_of_them_exists():
    """The list in docs/architecture.md, "Adding a field": six numbered steps, each
    naming one file (or a folder's file) that exists."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    text = (root / "docs" / "architecture.md").read_text("utf-8")
    section = text.split("### Adding a field", 1)[1].split("\n### ", 1)[0]
    steps = re.findall(r"^(\d+)\. (.*)$", section, flags=re.MULTILINE)
    assert [n for n, _ in steps] == ["1", "2", "3", "4", "5", "6"]
    assert "touches six files by hand" in section
    named = [re.search(r"`([\w/]+/)[^`/]*`", line) for _n, line in steps[:4]]
    for found in named:
        assert found is not None and (root / "ssa_desktop" / found[1]).exists() \
            or (root / found[1]).exists(), found
