"""The rules an interchange file is checked against beyond each field's kind, on crafted
hostile files written to disk and read as the import reads them: each rule names its place
and reason, its boundary values pass, a value of the wrong kind is a field error only; the
validation's stages (tables, the vault's own codes and rows, references, rules) each run."""

from __future__ import annotations

import copy
import json

import pytest

from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import
from ssa_desktop.services.interchange_validate import validate_document
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from .test_interchange import populate_sample


@pytest.fixture
def sample(open_vault):
    populate_sample(open_vault.conn)
    return json.loads(json.dumps(ix.export_document(open_vault.conn)))


def _problems(tmp_path, doc, **kwargs) -> list[str]:
    """The problems of ``doc`` written as a file and read back (``place: message``)."""
    path = tmp_path / "austausch.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return [f"{p.place}: {p.message}" for p in validate_document(ix.read_document(path),
                                                                 **kwargs)]


def _with(sample, table, column, value, row=0):
    doc = copy.deepcopy(sample)
    doc["tables"][table][row][column] = value
    return doc


RANGES = [  # table, column, a value just outside, the values at its bounds, the sentence
    ("school_pupils", "pupils", -1, [0], "darf nicht negativ sein"),
    ("contact", "duration_min", -1, [0], "darf nicht negativ sein"),
    # no minutes: her form's sentence (tests/services/test_one_rule_every_way.py)
    ("group_session", "duration_min", 0, [1], "Die Sitzung hat keine Dauer (0 Minuten). "
     "Bitte die Dauer in Minuten angeben, mindestens 1 Minute."),
    ("open_offer_session", "duration_min", 0, [1], "Das offene Angebot hat keine Dauer (0 "
     "Minuten). Bitte die Dauer in Minuten angeben, mindestens 1 Minute."),
    ("network_activity", "duration_min", -1, [1], "Die Vernetzungsaktivität hat keine Dauer (-1 "
     "Minuten). Bitte die Dauer in Minuten angeben, mindestens 1 Minute."),
    ("time_entry", "minutes", -1, [0], "darf nicht negativ sein"),
    ("post", "full_time_hours", 0.5, [1, 60], "muss zwischen 1 und 60 (Wochenstunden) liegen"),
    ("post", "full_time_hours", 60.5, [], "muss zwischen 1 und 60 (Wochenstunden) liegen"),
    ("post_share", "percent", -0.5, [0, 100], "muss zwischen 0 und 100 liegen"),
    ("post_share", "percent", 100.5, [], "muss zwischen 0 und 100 liegen"),
    ("short_contact", "count", 0, [1], "muss mindestens 1 sein"),
]


@pytest.mark.parametrize("table,column,outside,bounds,sentence", RANGES,
                         ids=[f"{r[0]}.{r[1]}={r[2]}" for r in RANGES])
def test_a_number_outside_its_range_is_named_and_its_bounds_pass(sample, tmp_path, table,
                                                                 column, outside, bounds,
                                                                 sentence):
    place = f"tables.{table}[0].{column}"
    assert _problems(tmp_path, _with(sample, table, column, outside)) == [
        f"{place}: {sentence}"]
    for value in bounds:
        assert _problems(tmp_path, _with(sample, table, column, value)) == []


@pytest.mark.parametrize("table,column", [("post", "full_time_hours"),
                                          ("post_share", "percent")])
def test_false_where_a_number_belongs_is_a_field_error_only(sample, tmp_path, table, column):
    [problem] = _problems(tmp_path, _with(sample, table, column, False))  # not the hours 0
    assert problem.startswith(f"tables.{table}[0].{column}: erwartet Zahl")


def test_an_out_of_range_file_is_refused_and_writes_nothing(sample, tmp_path):
    doc = _with(sample, "post_share", "percent", 250)
    empty, _ = Vault.create(tmp_path / "leer", PASSPHRASE, params=FAST_KDF)
    try:
        with pytest.raises(ix.InterchangeError, match=r"tables\.post_share\[0\]\.percent"):
            interchange_import.import_document(empty.conn, doc)
        assert all(n == 0 for n in repo.table_counts(empty.conn).values())
    finally:
        empty.lock()


@pytest.mark.parametrize("pseudonym", ["", "   "])
def test_an_empty_pseudonym_is_named(sample, tmp_path, pseudonym):
    assert _problems(tmp_path, _with(sample, "person", "pseudonym", pseudonym)) == [
        "tables.person[0].pseudonym: darf nicht leer sein"]


def test_a_pseudonym_twice_names_the_first_row(sample, tmp_path):
    first = sample["tables"]["person"][0]["pseudonym"]
    assert _problems(tmp_path, _with(sample, "person", "pseudonym", first, row=1)) == [
        f"tables.person[1].pseudonym: Pseudonym „{first}“ kommt doppelt vor (auch in "
        "tables.person[0])"]


def test_a_pseudonym_of_the_wrong_kind_is_a_field_error_only(sample, tmp_path):
    doc = _with(_with(sample, "person", "pseudonym", 5), "person", "pseudonym", 5, row=1)
    problems = _problems(tmp_path, doc)
    assert [p.split(":")[0] for p in problems] == ["tables.person[0].pseudonym",
                                                    "tables.person[1].pseudonym"]
    assert not any("doppelt" in p for p in problems)


def _own_category(sample):
    return _with(sample, "time_entry", "category", "XYZ")


OWN = {"timeshare.extra_categories": json.dumps([["XYZ", "Supervision"]])}


def test_a_code_the_file_or_the_vault_added_counts(sample, tmp_path):
    doc = _own_category(sample)
    assert _problems(tmp_path, doc) == [
        "tables.time_entry[0].category: unbekannter Code „XYZ“ im Katalog time_category"]
    assert _problems(tmp_path, doc, vault_settings=OWN) == []
    doc["settings"].update(OWN)
    assert _problems(tmp_path, doc) == []


def test_a_reference_to_a_row_of_the_vault_counts(sample, tmp_path):
    doc = copy.deepcopy(sample)
    [post] = doc["tables"].pop("post")
    doc["tables"]["post"] = []
    places = {p.split(":")[0] for p in _problems(tmp_path, doc)}
    assert places and all(p.endswith("].post_id") for p in places)
    assert _problems(tmp_path, doc, known={"post": {post["id"]}}) == []


def test_unknown_tables_rows_that_are_no_list_or_no_object_are_named_and_the_rest_checked(
        sample, tmp_path):
    doc = copy.deepcopy(sample)
    doc["tables"]["zeugnisse"] = []
    doc["tables"]["school_pupils"] = {"pupils": 3}
    doc["tables"]["person"].append("K-99")
    doc["tables"]["post_share"][0]["percent"] = 101
    doc["tables"]["post_share"].insert(0, "Stelle 1")  # the rows after it keep their place
    doc["tables"]["contact"][0]["person_id"] = "gibt-es-nicht"
    doc["tables"]["contact"].insert(0, None)
    problems = _problems(tmp_path, doc)
    assert "tables.zeugnisse: unbekannte Tabelle" in problems
    assert "tables.school_pupils: erwartet eine Liste von Zeilen" in problems
    assert "tables.person[2]: erwartet ein Objekt" in problems
    assert "tables.post_share[0]: erwartet ein Objekt" in problems
    assert "tables.post_share[1].percent: muss zwischen 0 und 100 liegen" in problems
    assert any(p.startswith("tables.contact[1].person_id: verweist auf") for p in problems)


def test_checking_stops_at_its_most_problems(sample, tmp_path):
    doc = copy.deepcopy(sample)
    row = doc["tables"]["short_contact"][0]
    doc["tables"]["short_contact"] = [dict(row, id=f"k{i}", grade="sieben")
                                      for i in range(ix._MAX_PROBLEMS + 50)]
    doc["tables"]["post_share"][0]["percent"] = 101  # a rule after the stop: not reached
    problems = _problems(tmp_path, doc)
    assert len(problems) == ix._MAX_PROBLEMS + 1
    assert all(p.startswith("tables.short_contact[") for p in problems)


@pytest.mark.parametrize("tables,expected", [
    ([], "tables: fehlt oder ist kein Objekt"),
    ({"school": 5}, "tables.school: erwartet eine Liste von Zeilen"),
    ({"school": ["GMS-1"]}, "tables.school[0]: erwartet ein Objekt"),
], ids=["tables", "rows", "row"])
def test_hostile_shapes_where_legacy_codes_are_read_are_named(sample, tmp_path, tables,
                                                              expected):
    """Legacy codes are read as today before the checks (an old "VKL" school is a VBS):
    that reading meets the file before any check and must not trip over its shape."""
    doc = copy.deepcopy(sample)
    doc["tables"] = tables
    assert expected in _problems(tmp_path, doc)


GOAL_LEVELS = [  # table, column, a value off the GAS scale (−2 … +2), the scale's ends
    ("goal_rating", "level", 3, [-2, 2]),
    ("goal_rating", "level", -3, []),
    ("case_goal", "baseline", 5, [-2, 2]),
]
BASELINE = "Der Ausgangswert muss eine Stufe der Skala sein"


@pytest.mark.parametrize("table,column,outside,ends", GOAL_LEVELS,
                         ids=[f"{r[0]}.{r[1]}={r[2]}" for r in GOAL_LEVELS])
def test_a_level_off_its_goals_scale_is_named_as_the_deputy_return_names_it(
        sample, tmp_path, table, column, outside, ends):
    """A goal's baseline and each rating are a level of the goal's scale – the rule the
    goal form and the deputy's return hold (``goals.check_rating``) holds for the
    interchange file too: a crafted level would otherwise distort her trend and outcomes."""
    why = BASELINE if column == "baseline" else \
        f"die Stufe {outside} gibt es auf der Skala dieses Ziels nicht"
    assert _problems(tmp_path, _with(sample, table, column, outside)) == [
        f"tables.{table}[0].{column}: {why}"]
    for end in ends:
        assert _problems(tmp_path, _with(sample, table, column, end)) == []


def test_a_rating_of_a_goal_only_the_vault_holds_is_a_level_of_some_scale(sample, tmp_path):
    doc = _with(sample, "goal_rating", "level", 9)
    doc["tables"]["goal_rating"] = doc["tables"]["goal_rating"][:1]
    doc["tables"]["case_goal"] = []
    goal_id = doc["tables"]["goal_rating"][0]["goal_id"]
    assert _problems(tmp_path, doc, known={"case_goal": {goal_id}}) == [
        "tables.goal_rating[0].level: die Stufe 9 gibt es auf keiner Skala"]


def test_a_merge_with_a_level_off_the_scale_is_refused_and_writes_nothing(open_vault, sample):
    """The merge (and a school package, which is one) refuses it before anything is written."""
    from ssa_desktop.services import interchange_merge as mx
    from ssa_desktop.storage import goals_repo

    doc = _with(sample, "goal_rating", "level", 3)
    doc["tables"]["goal_rating"][0]["id"] = "neue-einschaetzung"
    before = goals_repo.GOAL_RATINGS.all(open_vault.conn)
    with pytest.raises(ix.InterchangeError, match=r"tables\.goal_rating\[0\]\.level"):
        mx.merge_document(open_vault.conn, doc)
    assert goals_repo.GOAL_RATINGS.all(open_vault.conn) == before


def test_a_merged_rating_of_a_goal_only_the_vault_holds_is_a_level_of_that_goals_scale(
        open_vault, sample):
    """Level 5 is a level of some scale (generic 1 … 5) but not of the vault's GAS goal
    (−2 … +2) it rates: the merge reads the vault's goals' scales, as the deputy's return
    does. Before, it was checked against any scale and stored (a reviewer's finding)."""
    from ssa_desktop.services import interchange_merge as mx
    from ssa_desktop.storage import goals_repo

    doc = _with(sample, "goal_rating", "level", 5)
    doc["tables"]["goal_rating"] = doc["tables"]["goal_rating"][:1]
    doc["tables"]["goal_rating"][0]["id"] = "neue-einschaetzung"
    goal_id = doc["tables"]["goal_rating"][0]["goal_id"]
    doc["tables"]["case_goal"] = []
    assert goals_repo.CASE_GOALS.get(open_vault.conn, goal_id).scale == "gas"
    before = goals_repo.GOAL_RATINGS.all(open_vault.conn)
    with pytest.raises(ix.InterchangeError,
                       match=r"tables\.goal_rating\[0\]\.level: die Stufe 5 gibt es auf der "
                             r"Skala dieses Ziels nicht"):
        mx.merge_document(open_vault.conn, doc)
    assert goals_repo.GOAL_RATINGS.all(open_vault.conn) == before


@pytest.mark.parametrize("table,column,value", [
    ("case_goal", "id", ["a", "list"]), ("case_goal", "scale", ["gas"]),
    ("case_goal", "scale", {"x": 1}), ("goal_rating", "goal_id", {"a": "dict"}),
    ("goal_rating", "goal_id", ["x"])])
def test_hostile_shapes_of_goals_are_named_not_a_crash(sample, tmp_path, table, column, value):
    """An id, goal or scale of the wrong kind is named by its place (the field check); the
    goal rules never hash it (before: TypeError, unhashable – a reviewer's finding)."""
    found = _problems(tmp_path, _with(sample, table, column, value))
    assert found[0].startswith(f"tables.{table}[0].{column}: erwartet Text"), found


GOAL_TEXTS = [  # column, a value the goal form refuses, its sentence
    ("text", "   ", "Bitte das Ziel in wenigen Worten beschreiben"),
    ("pupil_words", "x" * 301, "Ziel und eigene Worte dürfen höchstens 300 Zeichen lang sein"),
    ("scale", "schulnote", "Unbekannte Skala"),
    ("anchor_1", "schlägt\nzu", "Eine Stufenbeschreibung ist eine Zeile mit höchstens 120 "
                                "Zeichen"),
]


@pytest.mark.parametrize("column,value,why", GOAL_TEXTS, ids=[r[0] for r in GOAL_TEXTS])
def test_a_goal_the_goal_form_refuses_is_named_by_its_place(sample, tmp_path, column, value,
                                                             why):
    """The goal form's rules (``domain.goals.goal_problems``) hold for a file's goal too."""
    assert _problems(tmp_path, _with(sample, "case_goal", column, value)) == [
        f"tables.case_goal[0].{column}: {why}"]


def _rescaled(sample, baseline=1, ratings=()):
    """The sample with its GAS goal (rated twice here) on the generic scale in the file."""
    doc = _with(_with(sample, "case_goal", "scale", "generic"), "case_goal", "baseline", baseline)
    doc["tables"]["goal_rating"] = [dict(doc["tables"]["goal_rating"][0], id=f"neu-{i}", level=lv)
                                    for i, lv in enumerate(ratings)]
    return doc


@pytest.mark.parametrize("resolutions", [{"*": "theirs"}, None])
@pytest.mark.parametrize("baseline,kept_baseline", [(1, 1), (5, -2)])
def test_a_goal_rated_here_keeps_its_scale_on_every_way_as_in_the_goal_form(
        open_vault, sample, resolutions, baseline, kept_baseline):
    """The goal form refuses a scale change of a rated goal (``services.goals.save_goal``):
    a file's goal taken as theirs changes the rest but not her scale (nor a baseline off
    it), so her ratings stay on it; counted in the summary. Before, the scale was taken and
    her ratings −1 and 0 stood off the generic scale 1 … 5 (a reviewer's finding)."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.services import interchange_merge as mx
    from ssa_desktop.storage import goals_repo

    doc = _with(_rescaled(sample, baseline), "case_goal", "text", "Anders gesagt")
    goal_id = doc["tables"]["case_goal"][0]["id"]
    result = mx.merge_document(open_vault.conn, doc, resolutions)
    goal = goals_repo.CASE_GOALS.get(open_vault.conn, goal_id)
    assert goal.scale == g.GAS and goal.baseline in (kept_baseline, -2)
    if resolutions:
        assert (goal.text, goal.baseline) == ("Anders gesagt", kept_baseline)
    assert all(r.level in goal.levels for r in goals_repo.ratings_of_goal(open_vault.conn, goal_id))
    assert "Skala von 1 eingeschätzten Ziel behalten" in result.summary()
    if not resolutions:
        assert [c.fields for c in result.conflicts] == [
            ("text", "baseline") if baseline == 1 else ("text",)]


def test_a_file_rating_of_a_goal_rated_here_is_checked_against_her_scale(open_vault, sample):
    """Her scale stays, so the file's new ratings of that goal are levels of hers: 5 (of
    the file's generic scale) is named by its place, −1 passes."""
    from ssa_desktop.services import interchange_merge as mx

    with pytest.raises(ix.InterchangeError, match=r"tables\.goal_rating\[0\]\.level: die Stufe 5 "
                                                  r"gibt es auf der Skala dieses Ziels nicht"):
        mx.merge_document(open_vault.conn, _rescaled(sample, ratings=(5,)), {"*": "theirs"})
    mx.merge_document(open_vault.conn, _rescaled(sample, ratings=(-1,)), {"*": "theirs"})


def test_a_file_rating_off_the_scale_she_kept_refuses_the_merge(open_vault, sample):
    """Her goal unrated here, the file's on another scale with a rating 5: keeping her GAS
    scale in the conflict would store 5 on −2 … +2, so the merge is refused at the rating's
    place and writes nothing; taking theirs writes both."""
    from ssa_desktop.services import interchange_merge as mx
    from ssa_desktop.storage import goals_repo

    open_vault.conn.execute("DELETE FROM goal_rating")
    with pytest.raises(ix.InterchangeError, match=r"tables\.goal_rating\[0\]\.level: die Stufe 5 "
                                                  r"gibt es auf der Skala dieses Ziels nicht"):
        mx.merge_document(open_vault.conn, _rescaled(sample, ratings=(5,)), {"*": "mine"})
    assert goals_repo.GOAL_RATINGS.all(open_vault.conn) == []
    mx.merge_document(open_vault.conn, _rescaled(sample, ratings=(5,)), {"*": "theirs"})
    [rating] = goals_repo.GOAL_RATINGS.all(open_vault.conn)
    assert rating.level == 5
