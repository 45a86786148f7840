"""Issue 60, finding 9: what a file says about itself reaches the delivery table — a file
made before its school year ended is flagged (its figures stop there), and the changes
since the delivered version (``delivered.differences``) are named; a malformed
``delivered`` is refused by the file's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssa_desktop.exports import kvjs_document, kvjs_merge
from ssa_desktop.services import traeger

from .files import school_file

YEAR = "2025/26"


def _with(path: Path, **entries) -> Path:
    doc = json.loads(path.read_text("utf-8"))
    doc.update(entries)
    path.write_text(json.dumps(kvjs_document.seal(doc)), "utf-8")
    return path


def _notes(folder: Path, school: str) -> tuple[str, ...]:
    (row,) = [r for r in traeger.deliveries(folder, YEAR).rows if r.school == school]
    return row.notes


def test_a_file_made_before_the_year_ended_is_flagged(tmp_path):
    school_file(tmp_path, "gms.json", "GMS-1", created="2026-05-02T10:00:00")
    school_file(tmp_path, "rs.json", "RS-2", created="2026-08-01T09:00:00")
    assert "„gms.json“ wurde vor dem Ende des Schuljahres erstellt (Stand 02.05.2026); " \
           "was danach erfasst wurde, fehlt darin" in _notes(tmp_path, "GMS-1")
    assert not any("vor dem Ende" in n for n in _notes(tmp_path, "RS-2"))


def test_the_changes_since_delivery_are_named(tmp_path):
    path = school_file(tmp_path, "gms.json", "GMS-1", created="2026-10-01T10:00:00")
    _with(path, delivered={"on": "2026-09-15", "differences": {
        "efh_contacts": 3, "efh_pupils_by_gender": {"w": -1}}})
    assert "„gms.json“ weicht von der am 15.09.2026 abgegebenen Fassung ab: " \
           "Beratungskontakte +3, Beratene Schüler:innen nach Geschlecht: weiblich -1" \
        in _notes(tmp_path, "GMS-1")


@pytest.mark.parametrize("delivered", [
    [], {"on": "gestern", "differences": {}}, {"on": "2026-09-15", "differences": []},
    {"on": "2026-09-15", "differences": {"gibt_es_nicht": 1}},
    {"on": "2026-09-15", "differences": {"efh_contacts": "3"}},
    {"on": "2026-09-15", "differences": {"efh_pupils_by_gender": {"x": 1}}},
])
def test_a_malformed_delivered_is_refused_by_name(tmp_path, delivered):
    path = _with(school_file(tmp_path, "gms.json", "GMS-1"), delivered=delivered)
    with pytest.raises(kvjs_merge.MergeError, match="„gms.json“: delivered"):
        kvjs_merge.read_export(path)
