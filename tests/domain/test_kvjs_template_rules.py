"""KVJS form templates as pure rules (issue 20 item 6: mutation testing of
``domain/kvjs_template.py``): every refusal names its place (literals), the defaults,
and the laid-out rows for each scope, with Schulart columns and the staff block."""

from __future__ import annotations

import dataclasses

import pytest

from ssa_desktop.domain import kvjs_template as tpl
from ssa_desktop.domain.errors import UserError

HEAD = 'id = "kvjs"\nversion = "2026.1"\ntitle = "KVJS-Erhebung"\n'


def _parse(body: str, head: str = HEAD) -> tpl.Template:
    return tpl.parse(head + body, "V")


def _refused(body: str, head: str = HEAD) -> str:
    with pytest.raises(tpl.TemplateError) as e:
        _parse(body, head)
    return str(e.value)


SECTION = '[[sections]]\ntitle = "A"\n'
FIELD = '[[sections.fields]]\nid = "f1"\nlabel = "Kontakte"\naggregate = "efh_contacts"\n'


def test_a_minimal_template_and_its_defaults():
    t = _parse(SECTION + FIELD)
    assert t == tpl.Template("kvjs", "2026.1", "KVJS-Erhebung", (tpl.Section(
        "A", (tpl.Field("f1", "Kontakte", "efh_contacts", "", ("school", "post"), ""),),
        ("school", "post"), False),))
    assert tpl.SCOPES == ("school", "post")
    assert t.aggregates() == {"efh_contacts"}
    assert issubclass(tpl.TemplateError, UserError)
    assert tpl.parse(HEAD + SECTION + FIELD).title == "KVJS-Erhebung"


def test_declared_defaults():
    f = tpl.Field("f", "L", "a")
    assert (f.key, f.scopes, f.staff) == ("", ("school", "post"), "")
    s = tpl.Section("S", (f,))
    assert (s.scopes, s.by_school_type) == (("school", "post"), False)


def test_a_section_or_field_of_another_scope_does_not_end_the_layout():
    t = _parse('[[sections]]\ntitle = "P"\nscopes = ["post"]\n' + FIELD
               + '[[sections]]\ntitle = "S"\n'
               + FIELD.replace("f1", "f2") + 'scopes = ["post"]\n'
               + FIELD.replace("f1", "f3"))
    assert [r.field_id for r in tpl.layout(t, {"efh_contacts": 1}, "school")] == ["f3"]


def test_texts_are_stripped():
    t = _parse(SECTION + FIELD.replace('"Kontakte"', '"  Kontakte "'),
               head=HEAD.replace('"kvjs"', '" kvjs "'))
    assert (t.id, t.sections[0].fields[0].label) == ("kvjs", "Kontakte")


@pytest.mark.parametrize(("head", "body", "message"), [
    ("", "= x", "V: keine gültige TOML-Datei"),
    (HEAD + "extra = 1\n", SECTION + FIELD, "V: unbekannter Eintrag „extra“."),
    ('version = "1"\ntitle = "T"\n', SECTION + FIELD, "V: „id“ fehlt."),
    ('id = " "\nversion = "1"\ntitle = "T"\n', SECTION + FIELD,
     "V: „id“ muss ein nicht leerer Text sein."),
    ('id = 3\nversion = "1"\ntitle = "T"\n', SECTION + FIELD,
     "V: „id“ muss ein nicht leerer Text sein."),
    ('id = "x"\ntitle = "T"\n', SECTION + FIELD, "V: „version“ fehlt."),
    ('id = "x"\nversion = "1"\n', SECTION + FIELD, "V: „title“ fehlt."),
    (HEAD, "", "V: keine Abschnitte („[[sections]]“)."),
    (HEAD + "sections = []\n", "", "V: keine Abschnitte („[[sections]]“)."),
    (HEAD + "sections = 3\n", "", "V: keine Abschnitte („[[sections]]“)."),
    (HEAD + "sections = [1]\n", "", "V, Abschnitt 1: muss eine Tabelle sein."),
    (HEAD, SECTION + 'x = 1\n' + FIELD, "V, Abschnitt 1: unbekannter Eintrag „x“."),
    (HEAD, SECTION + 'by_school_type = 1\n' + FIELD,
     "V, Abschnitt 1: „by_school_type“ muss true oder false sein."),
    (HEAD, '[[sections]]\n' + FIELD, "V, Abschnitt 1: „title“ fehlt."),
    (HEAD, SECTION, "V, Abschnitt 1 „A“: keine Felder („[[sections.fields]]“)."),
    (HEAD, SECTION + 'fields = []\n', "V, Abschnitt 1 „A“: keine Felder („[[sections.fields]]“)."),
    (HEAD, SECTION + 'fields = [1]\n', "V, Abschnitt 1 „A“, Feld 1: muss eine Tabelle sein."),
    (HEAD, SECTION + FIELD + 'x = 1\n', "V, Abschnitt 1 „A“, Feld 1: unbekannter Eintrag „x“."),
    (HEAD, SECTION + '[[sections.fields]]\nlabel = "L"\naggregate = "efh_contacts"\n',
     "V, Abschnitt 1 „A“, Feld 1: „id“ fehlt."),
    (HEAD, SECTION + FIELD + FIELD,
     "V, Abschnitt 1 „A“, Feld 2 „f1“: die Feld-ID kommt doppelt vor."),
    (HEAD, SECTION + '[[sections.fields]]\nid = "f1"\naggregate = "efh_contacts"\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „label“ fehlt."),
    (HEAD, SECTION + '[[sections.fields]]\nid = "f1"\nlabel = "L"\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „aggregate“ fehlt."),
    (HEAD, SECTION + FIELD.replace("efh_contacts", "nope"),
     "V, Abschnitt 1 „A“, Feld 1 „f1“: unbekannte Kennzahl „nope“."),
    (HEAD, SECTION + FIELD + 'key = "m"\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: die Kennzahl „efh_contacts“ hat keine "
     "Aufschlüsselung, „key“ ist nicht möglich."),
    (HEAD, SECTION + FIELD.replace("efh_contacts", "efh_pupils_by_gender") + 'key = "x"\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: unbekannter Schlüssel „x“ für "
     "„efh_pupils_by_gender“."),
    (HEAD, SECTION + FIELD + 'key = 3\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „key“ muss ein nicht leerer Text sein."),
    (HEAD, SECTION + FIELD + 'scopes = ["school", "land"]\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „scopes“ muss eine Liste aus „school“ und/oder "
     "„post“ sein."),
    (HEAD, SECTION + FIELD + 'scopes = []\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „scopes“ muss eine Liste aus „school“ und/oder "
     "„post“ sein."),
    (HEAD, SECTION + FIELD + 'scopes = "school"\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „scopes“ muss eine Liste aus „school“ und/oder "
     "„post“ sein."),
    (HEAD, SECTION + FIELD + 'scopes = [1]\n',
     "V, Abschnitt 1 „A“, Feld 1 „f1“: „scopes“ muss eine Liste aus „school“ und/oder "
     "„post“ sein."),
    (HEAD, SECTION + 'scopes = ["x"]\n' + FIELD,
     "V, Abschnitt 1 „A“: „scopes“ muss eine Liste aus „school“ und/oder „post“ sein."),
])
def test_every_refusal_names_its_place(head, body, message):
    assert _refused(body, head).startswith(message)
    if message.endswith("."):
        assert _refused(body, head) == message


def test_the_second_section_and_field_are_numbered():
    text = (SECTION + FIELD + '[[sections]]\ntitle = "B"\n' + FIELD.replace("f1", "f2")
            + FIELD.replace("f1", "f3").replace("efh_contacts", "nope"))
    assert _refused(text) == "V, Abschnitt 2 „B“, Feld 2 „f3“: unbekannte Kennzahl „nope“."


def test_the_default_source_name():
    with pytest.raises(tpl.TemplateError) as e:
        tpl.parse(HEAD)
    assert str(e.value) == "Vorlage: keine Abschnitte („[[sections]]“)."


STAFF = '[[sections.fields]]\nid = "s1"\nlabel = "Qualifikation"\nstaff = "{name}"\n' \
        'scopes = ["post"]\n'


def test_staff_fields():
    t = _parse(SECTION + STAFF.format(name="qualification"))
    assert t.sections[0].fields[0] == tpl.Field("s1", "Qualifikation", "", "", ("post",),
                                                "qualification")
    assert t.aggregates() == set()
    assert _refused(SECTION + STAFF.format(name="x")) == (
        "V, Abschnitt 1 „A“, Feld 1 „s1“: unbekannte Fachkräfte-Angabe „x“ (möglich: "
        "qualification, percent, fte, employed_from, employed_to, fixed_term, "
        "employer_type, months_filled, months_vacant, minutes_by_area).")
    for extra in ('aggregate = "fte"\n', 'key = "m"\n'):
        assert _refused(SECTION + STAFF.format(name="fte") + extra) == (
            "V, Abschnitt 1 „A“, Feld 1 „s1“: ein Feld mit „staff“ hat kein „aggregate“ "
            "und keinen „key“.")
    for scopes in ('["school"]', '["school", "post"]', '["post", "post"]'):
        body = SECTION + STAFF.format(name="fte").replace('["post"]', scopes)
        assert _refused(body) == ('V, Abschnitt 1 „A“, Feld 1 „s1“: die Fachkräfte-Angaben '
                                  'gibt es je Stelle; bitte „scopes = ["post"]“.')
    no_scopes = SECTION + STAFF.format(name="fte").replace('scopes = ["post"]\n', "")
    assert _refused(no_scopes).endswith("bitte „scopes = [\"post\"]“.")


def test_key_labels():
    assert tpl.key_label("efh_pupils_by_gender", "w") == "weiblich"
    assert tpl.key_label("efh_pupils_by_grade", "7") == "Klassenstufe 7"
    assert tpl.key_label("efh_pupils_by_grade", "13") == "Klassenstufe 13"
    assert tpl.key_label("efh_pupils_by_grade", "unknown") == "Klassenstufe unbekannt"
    assert tpl.key_label("efh_access_routes", "unknown") == "unbekannt"
    assert tpl.key_label("efh_cases_by_outcome", "unknown") == "ohne Angabe"
    assert tpl.key_label("time_minutes_by_category", "EXTRA") == (
        "weitere, selbst angelegte Kategorien")
    assert tpl.key_label("time_minutes_by_category", "DOK") == "Dokumentation"
    assert tpl.key_label("grp_participants_by_gender", "u") == "unbekannt"
    assert tpl.key_label("grp_participants_by_gender", "d") == "divers"
    assert tpl.key_label("grp_by_kind", "class") == "Klassenprojekt"
    assert tpl.key_label("nope", "x") == "x"
    assert tpl.key_label("efh_topics", "KON") != "KON"
    for aggregate, key in (("efh_referrals", "ASD"), ("vnz_by_kind", "RT"),
                           ("cp_8a_by_outcome", "found"), ("grp_participants_by_purpose", "SOZ"),
                           ("efh_referrals_by_target", "ASD")):
        assert tpl.key_label(aggregate, key) != key, aggregate
    assert tpl.key_label("efh_topics", "nope") == "nope"


def test_school_type_order_and_label():
    assert tpl.type_order("GS") == (0, "GS") and tpl.type_order("VBS") == (7, "VBS")
    assert tpl.type_order("XX") == (8, "XX")
    assert tpl.school_type_label("RS") == "Realschule"
    assert tpl.school_type_label("XX") == "XX"


LAYOUT = HEAD + '''
[[sections]]
title = "Einzelfall"
by_school_type = true
[[sections.fields]]
id = "c"
label = "Kontakte"
aggregate = "efh_contacts"
[[sections.fields]]
id = "g"
label = "nach Geschlecht"
aggregate = "grp_participants_by_gender"
[[sections.fields]]
id = "gw"
label = "davon weiblich"
aggregate = "grp_participants_by_gender"
key = "w"
[[sections.fields]]
id = "t"
label = "Themen"
aggregate = "grp_by_purpose"
scopes = ["school"]
[[sections]]
title = "Stelle"
scopes = ["post"]
[[sections.fields]]
id = "q"
label = "Qualifikation"
staff = "qualification"
scopes = ["post"]
[[sections.fields]]
id = "m"
label = "Arbeitszeit"
staff = "minutes_by_area"
scopes = ["post"]
[[sections.fields]]
id = "f"
label = "VZÄ"
aggregate = "fte"
'''

PURPOSES = {"SOZ": 2, "PRV": 1, "KON": 0, "VKL": 0, "UEB": 0, "GES": 0, "OTH": 0}
AGG = {"efh_contacts": 12, "grp_participants_by_gender": {"m": 3, "w": 4, "d": 1},
       "grp_by_purpose": PURPOSES, "fte": 0.5}
RS = {"efh_contacts": 5, "grp_participants_by_gender": {"m": 1, "w": 2, "d": 0},
      "grp_by_purpose": PURPOSES, "fte": 0.2}
GS = {"efh_contacts": 7, "grp_participants_by_gender": {"m": 2, "w": 2, "d": 1},
      "grp_by_purpose": PURPOSES, "fte": 0.3}


def _rows(rows):
    return [(r.section, r.field_id, r.label, r.value, r.aggregate, r.key, r.sub, r.columns,
             r.staff) for r in rows]


def test_layout_of_a_school():
    t = tpl.parse(LAYOUT)
    g = "grp_participants_by_gender"
    assert _rows(tpl.layout(t, AGG, "school")) == [
        ("Einzelfall", "c", "Kontakte", 12, "efh_contacts", "", False, (), ""),
        ("Einzelfall", "g", "nach Geschlecht", 8, g, "", False, (), ""),
        ("Einzelfall", "g.m", "männlich", 3, g, "m", True, (), ""),
        ("Einzelfall", "g.w", "weiblich", 4, g, "w", True, (), ""),
        ("Einzelfall", "g.d", "divers", 1, g, "d", True, (), ""),
        ("Einzelfall", "gw", "davon weiblich", 4, g, "w", False, (), ""),
        ("Einzelfall", "t", "Themen", None, "grp_by_purpose", "", False, (), ""),
        ("Einzelfall", "t.SOZ", "Soziale Kompetenz / Zusammenhalt", 2, "grp_by_purpose",
         "SOZ", True, (), ""),
        ("Einzelfall", "t.PRV", "Prävention (Sucht, Gewalt, Medien)", 1, "grp_by_purpose",
         "PRV", True, (), ""),
    ] + _rows(tpl.layout(t, AGG, "school"))[9:]
    assert [r.field_id for r in tpl.layout(t, AGG, "school")][9:] == [
        "t.KON", "t.VKL", "t.UEB", "t.GES", "t.OTH"]


def test_layout_of_a_post_with_columns_and_staff():
    t = tpl.parse(LAYOUT)
    staff = {"qualification": "B.A.", "minutes_by_area": {"EFH": 90, "IND": 30}}
    rows = tpl.layout(t, AGG, "post", by_type={"RS": RS, "GS": GS}, staff=staff)
    got = _rows(rows)
    assert got[0] == ("Einzelfall", "c", "Kontakte", 12, "efh_contacts", "", False,
                      (("GS", 7), ("RS", 5)), "")
    assert got[2][7] == (("GS", 2), ("RS", 1))
    assert got[5][7] == (("GS", 2), ("RS", 2))
    assert [r[1] for r in got] == ["c", "g", "g.m", "g.w", "g.d", "gw", "q", "m", "m.EFH",
                                   "m.IND", "f"]
    assert got[6:] == [
        ("Stelle", "q", "Qualifikation", "B.A.", "", "", False, (), "qualification"),
        ("Stelle", "m", "Arbeitszeit", 120, "", "", False, (), "minutes_by_area"),
        ("Stelle", "m.EFH", "Einzelfallhilfe und Beratung", 90, "", "EFH", True, (),
         "minutes_by_area"),
        ("Stelle", "m.IND", "Vor- und Nachbereitung, Dokumentation, Organisation, "
         "Fortbildung", 30, "", "IND", True, (), "minutes_by_area"),
        ("Stelle", "f", "VZÄ", 0.5, "fte", "", False, (), ""),
    ]
    # one Schulart only, or none: no columns; without staff values no staff rows
    rows = tpl.layout(t, AGG, "post", by_type={"RS": RS})
    assert all(r.columns == () for r in rows)
    assert [r.field_id for r in rows if r.section == "Stelle"] == ["f"]
    assert all(r.columns == () for r in tpl.layout(t, AGG, "post", by_type={}))


def test_layout_columns_only_in_sections_that_ask():
    t = tpl.parse(LAYOUT)
    rows = tpl.layout(t, AGG, "post", by_type={"XX": RS, "GS": GS, "GYM": GS})
    assert rows[0].columns == (("GS", 7), ("GYM", 7), ("XX", 5))
    assert rows[-1].columns == ()


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((_parse(SECTION + FIELD), "title"), (_parse(SECTION + FIELD).sections[0], "title"), (_parse(SECTION + FIELD).sections[0].fields[0], "label"), (tpl.layout(_parse(SECTION + FIELD), {"efh_contacts": 1}, "school")[0], "value")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
