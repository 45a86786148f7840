"""Names at the entry and import boundary (issue 22 item 9): the person and school
services strip direction overrides and control characters; an import names the field."""

from __future__ import annotations

import json

import pytest

from ssa_desktop.domain import entities as e
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import, persons, setup
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_person_service_strips_a_direction_override(conn):
    saved = persons.save_person(conn, e.Person("K-\u202e71", first_name="\u202eaneL",
                                               last_name="Sch\x00äfer", class_label="7b\u2069",
                                               school_id="school-1"))
    stored = repo.PERSONS.get(conn, saved.id)
    assert (stored.pseudonym, stored.first_name, stored.last_name, stored.class_label) == (
        "K-71", "aneL", "Sch äfer", "7b")


def test_the_school_service_strips_control_characters(conn):
    school = setup.save_school(conn, e.School("Real\x07schule\u202d Nord", code="RS\x1b-3"))
    stored = repo.SCHOOLS.get(conn, school.id)
    assert (stored.name, stored.code) == ("Real schule Nord", "RS -3")


@pytest.mark.parametrize("table,field", [("person", "first_name"), ("person", "pseudonym"),
                                         ("school", "name"), ("school", "code")])
def test_an_import_names_the_field_with_a_bidi_control(open_vault, tmp_path, table, field):
    from tests.services.test_interchange import populate_sample

    populate_sample(open_vault.conn)
    doc = json.loads(json.dumps(ix.export_document(open_vault.conn)))
    doc["tables"][table][0][field] = "Le\u202ena"
    target, _ = Vault.create(tmp_path / "neu", PASSPHRASE, params=FAST_KDF)
    try:
        with pytest.raises(ix.InterchangeError) as info:
            interchange_import.import_document(target.conn, doc)
        assert f"tables.{table}[0].{field}: enthält unsichtbare Schreibrichtungs-Steuerzeichen " \
               "(U+202E)" in str(info.value)
        assert interchange_import.is_empty(target.conn)
    finally:
        target.lock()
