"""The four export files show the same figures as the json; merge of two = the union;
templates are validated whole; delivered snapshots show differences."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact
from ssa_desktop.exports import kvjs_document
from ssa_desktop.exports.kvjs_document import number
from ssa_desktop.services import activities
from ssa_desktop.services import statistics as stats
from ssa_desktop.services.operations import run

from . import fixture
from .test_engine_fixture import EXPECTED_POST, POST, SCHOOL_1, SCHOOL_2


@pytest.fixture
def world(conn):
    return fixture.build(conn)


def _export_all(conn, scope, folder):
    with clock.frozen(date(2026, 10, 1)):
        return {p.suffix[1:]: p for p in stats.export_all(conn, fixture.YEAR, scope, folder)}


def test_every_format_shows_the_json_figures(conn, world, tmp_path):
    files = _export_all(conn, SCHOOL_1, tmp_path)
    assert sorted(p.name for p in files.values()) == [
        f"KVJS_GMS-1_2025-26.{ext}" for ext in ("csv", "json", "pdf", "xlsx")]
    doc = json.loads(files["json"].read_text("utf-8"))
    assert doc["template"] == {"id": "kvjs-erhebungsbogen", "version": "2026.2",
                               "title": "Erhebungsbogen Jugendsozialarbeit an öffentlichen Schulen"}
    assert doc["school_year"] == "2025/26" and doc["scope"]["code"] == "GMS-1"
    assert list(doc["aggregates"]) == list(stats.kvjs.NAMES)
    assert doc["aggregates"]["efh_contacts"] == 6
    wanted = [(f["label"], f["value"]) for f in doc["fields"]]

    sheet = load_workbook(files["xlsx"]).active
    cells = [(r[0], r[1]) for r in sheet.iter_rows(values_only=True) if r and len(r) > 1]
    got = [(str(a).strip(), b) for a, b in cells if any(str(a).strip() == w[0] for w in wanted)]
    assert [(label, value) for label, value in got[-len(wanted):]] == wanted
    assert all(not isinstance(v, str) or not v.startswith("=") for _, v in cells)

    raw = files["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    start = rows.index(["Abschnitt", "Feld", "Wert"]) + 1
    assert [(r[1].strip(), r[2]) for r in rows[start:]] == [(a, number(b)) for a, b in wanted]
    assert ["Bereich", "Schule Gemeinschaftsschule Am Park (GMS-1)"] in rows

    text = "\n".join(page.extract_text() for page in PdfReader(files["pdf"]).pages)
    lines = [line.strip() for line in text.splitlines()]
    position = 0
    for label, value in wanted:  # in form order: each label, then its value on the next line
        position = lines.index(label, position) + 1
        if value is not None:
            assert lines[position] == number(value), label


def test_post_export_uses_decimal_comma_and_no_personal_data(conn, world, tmp_path):
    files = _export_all(conn, POST, tmp_path)
    assert files["csv"].name == "KVJS_Stelle-Nord-post-1_2025-26.csv"
    text = files["csv"].read_text("utf-8-sig")
    assert "Stellen je 1.000 Schüler:innen;1,15" in text
    forbidden = [world["anna"].pseudonym, world["anna"].id, world["anna"].stat_token,
                 world["case"].id, *(g.id for g in world["groups"]), "Soziales Lernen"]
    tokens = [r[0] for r in conn.execute("SELECT person_token FROM statistics_record"
                                         " WHERE person_token != ''")]
    for path in files.values():
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data = "\n".join(p.extract_text() for p in PdfReader(path).pages).encode()
        for secret in forbidden + tokens:
            assert secret.encode() not in data, (path.name, secret)


def test_merge_of_two_schools_equals_the_post(conn, world, tmp_path):
    a = _export_all(conn, SCHOOL_1, tmp_path / "a")["json"]
    b = _export_all(conn, SCHOOL_2, tmp_path / "b")["json"]
    out = tmp_path / "summe.json"
    doc = stats.merge([a, b], out)
    assert json.loads(out.read_text("utf-8")) == doc
    additive = {a.name for a in stats.kvjs.AGGREGATES if a.additive}
    assert {k: v for k, v in doc["aggregates"].items() if k in additive} == \
        {k: v for k, v in EXPECTED_POST.items() if k in additive}
    assert doc["aggregates"]["posts_per_1000_pupils"] == 1.15
    assert [p["code"] for p in doc["scope"]["parts"]] == ["GMS-1", "RS-2"]


def test_merge_refusals_name_the_file(conn, world, tmp_path):
    a = _export_all(conn, SCHOOL_1, tmp_path / "a")["json"]
    b = _export_all(conn, SCHOOL_2, tmp_path / "b")["json"]
    out = tmp_path / "summe.json"
    with pytest.raises(stats.StatisticsError, match="dieselbe Auswertung doppelt"):
        stats.merge([a, a], out)
    other = json.loads(b.read_text("utf-8"))
    other["school_year"] = "2024/25"
    other["scope"]["period"] = {"from": "2024-08-01", "to": "2025-07-31"}
    kvjs_document.seal(other)  # a file of that year as written, not an edited one
    (tmp_path / "alt.json").write_text(json.dumps(other), "utf-8")
    with pytest.raises(stats.StatisticsError, match="„alt.json“ gilt für das Schuljahr 2024/25"):
        stats.merge([a, tmp_path / "alt.json"], out)
    other["school_year"], other["template"]["version"] = "2025/26", "2030.1"
    other["scope"]["period"] = {"from": "2025-08-01", "to": "2026-07-31"}
    kvjs_document.seal(other)
    (tmp_path / "neu.json").write_text(json.dumps(other), "utf-8")
    with pytest.raises(stats.StatisticsError, match="„neu.json“ hat eine andere Vorlage"):
        stats.merge([a, tmp_path / "neu.json"], out)
    (tmp_path / "notiz.json").write_text('{"hallo": 1}', "utf-8")
    with pytest.raises(stats.StatisticsError, match="„notiz.json“ ist keine KVJS-Exportdatei"):
        stats.merge([a, tmp_path / "notiz.json"], out)
    assert not out.exists()


def test_template_with_unknown_aggregate_is_rejected_with_its_name(tmp_path):
    text = stats.paths.resource(*stats.DEFAULT_TEMPLATE).read_text("utf-8")
    bad = tmp_path / "neu.toml"
    bad.write_text(text.replace('aggregate = "efh_contacts"', 'aggregate = "efh_kontakte"'), "utf-8")
    with pytest.raises(stats.StatisticsError) as err:
        stats.load_template(bad)
    assert str(err.value) == ("neu.toml, Abschnitt 3 „Tätigkeitsstatistik: Einzelfallhilfe und "
                              "Beratung“, Feld 5 „kontakte“: unbekannte Kennzahl „efh_kontakte“.")
    bad.write_text(text.replace('label = "Kurzkontakte (anonym)"\n', ""), "utf-8")
    with pytest.raises(stats.StatisticsError, match="Feld 9 „kurzkontakte“: „label“ fehlt"):
        stats.load_template(bad)
    bad.write_text("id = [", "utf-8")
    with pytest.raises(stats.StatisticsError, match="neu.toml: keine gültige TOML-Datei"):
        stats.load_template(bad)


def test_delivered_snapshot_warning_and_difference(conn, world, tmp_path):
    with clock.frozen(date(2026, 10, 20)):
        stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
    warnings = run(activities.record_contact, conn, Contact(
        date(2026, 7, 1), "EB", 15, person_id=world["ben"].id)).notices
    assert warnings and "2025/26 ist schon als abgegeben markiert" in warnings[0]
    rep = stats.report(conn, fixture.YEAR, SCHOOL_1)
    assert rep.changes["efh_contacts"] == 1 and rep.changes["efh_minutes"] == 15
    doc = stats.export_document(rep)
    assert doc["delivered"]["on"] == "2026-10-20"
    stats.write_export(rep, "pdf", tmp_path / "x.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "x.pdf").pages)
    assert "Abweichungen zu den abgegebenen Zahlen" in text and "Beratungskontakte\n+1" in text


def test_the_late_change_warning_travels_in_the_result_of_the_run(conn, world):
    stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
    ran = run(activities.record_contact, conn, Contact(date(2026, 7, 2), "EB", 15,
                                                        person_id=world["ben"].id))
    [notice] = ran.notices
    assert "2025/26 ist schon als abgegeben markiert" in notice
    assert isinstance(ran.value, Contact) and ran.changes.touches("statistics")
    # outside a run (CLI, imports) nothing is kept anywhere: no module-wide hook
    activities.record_contact(conn, Contact(date(2026, 7, 3), "EB", 15,
                                            person_id=world["ben"].id))
    assert run(activities.record_contact, conn, Contact(
        date(2026, 9, 3), "EB", 15, person_id=world["ben"].id)).notices == ()   # next year


def test_a_delivered_year_keeps_its_group_participants(conn, world):
    from ssa_desktop.services import groups

    group = world["groups"][0]
    stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
    group.participants_w = 30
    with pytest.raises(ValueError, match="schon als abgegeben markiert"):
        groups.save_group(conn, group)
    assert groups.get_group(conn, group.id).participants_w == 11
    group.participants_w = 11
    group.note = "nur die Notiz"
    groups.save_group(conn, group)  # other corrections stay possible
    stats.unmark_delivered(conn, fixture.YEAR, SCHOOL_1)
    group.participants_w = 30
    groups.save_group(conn, group)
    assert stats.compute(conn, fixture.YEAR, SCHOOL_1)["grp_participants"] == 50


def test_removing_activities_of_a_delivered_year_is_warned_about(conn, world):
    from ssa_desktop.services import groups, open_offers

    stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
    session = groups.sessions(conn, world["groups"][0].id)[0]
    offer = open_offers.sessions(conn, school_id="school-1")[0]
    warnings = [notice for fn, item in ((groups.remove_session, session.id),
                                        (open_offers.remove, offer.id),
                                        (groups.delete_group, world["groups"][1].id))
                for notice in run(fn, conn, item).notices]
    assert len(warnings) == 3
    rep = stats.report(conn, fixture.YEAR, SCHOOL_1)
    assert rep.changes["grp_sessions"] == -2 and rep.changes["off_sessions"] == -1


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv", "json"])
def test_a_full_disk_leaves_neither_half_a_file_nor_a_temp_file(conn, world, tmp_path,
                                                                 monkeypatch, fmt):
    import errno
    import os

    from ssa_desktop.storage.errors import StorageFull

    rep = stats.report(conn, fixture.YEAR, SCHOOL_1)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / f"KVJS_GMS-1_2025-26.{fmt}"
    target.write_text("die alte Datei", "utf-8")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageFull):
        stats.write_export(rep, fmt, target)
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert target.read_text("utf-8") == "die alte Datei"


def test_a_damaged_snapshot_shows_differences_instead_of_failing(conn, world):
    from ssa_desktop.domain.entities import KvjsDelivery
    from ssa_desktop.storage import repositories as repo

    repo.KVJS_DELIVERIES.insert(conn, KvjsDelivery(
        fixture.YEAR, SCHOOL_1.key, "kvjs-erhebungsbogen", "2025.1", date(2026, 10, 1),
        '{"efh_contacts": "sechs", "efh_topics": {"KON": 2, "XYZ": 1}, "pupils": 400}'))
    rep = stats.report(conn, fixture.YEAR, SCHOOL_1)
    assert rep.changes["efh_contacts"] == 6 and "pupils" not in rep.changes
    assert rep.changes["efh_topics"] == {"FAM": 2, "EMO": 1, "VER": 1}
    repo.KVJS_DELIVERIES.delete(conn, fixture.YEAR, SCHOOL_1.key)
    repo.KVJS_DELIVERIES.insert(conn, KvjsDelivery(
        fixture.YEAR, SCHOOL_1.key, "k", "1", date(2026, 10, 1), "kein json"))
    assert stats.report(conn, fixture.YEAR, SCHOOL_1).changes["efh_contacts"] == 6


@pytest.mark.parametrize("files_before_cancel", [1, 2, 3])
def test_a_cancel_between_the_four_files_leaves_none_of_them(conn, tmp_path,
                                                            files_before_cancel):
    """„Abbrechen und verwerfen“ (or a lock) while the four files are written: each file is
    whole (temp file + os.replace), and the ones this export already wrote go too — no
    set of two new files beside nothing, or beside older ones."""
    from ssa_desktop.services.operations import Cancelled, Progress

    fixture.build(conn)
    calls: list[int] = []
    progress: Progress

    def report(percent: int, _text: str) -> None:
        calls.append(percent)
        if len(calls) == files_before_cancel:   # the next call is the cancel's check
            progress.cancel()

    progress = Progress(report)
    folder = tmp_path / "export"
    folder.mkdir()
    with clock.frozen(date(2026, 10, 5)), pytest.raises(Cancelled):
        stats.export_all(conn, fixture.YEAR, SCHOOL_1, folder, progress=progress)
    assert len(calls) == files_before_cancel
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("files_before_cancel", [1, 3])
def test_a_cancel_between_the_four_files_puts_older_ones_back(conn, tmp_path,
                                                             files_before_cancel):
    """The four files of an earlier export lie in the folder: a cancel leaves them exactly
    as they were. Before: the ones this export had overwritten were removed, old and new."""
    from ssa_desktop.services.operations import Cancelled, Progress

    fixture.build(conn)
    calls: list[int] = []
    progress: Progress

    def report(percent: int, _text: str) -> None:
        calls.append(percent)
        if len(calls) == files_before_cancel:
            progress.cancel()

    progress = Progress(report)
    folder = tmp_path / "export"
    folder.mkdir()
    with clock.frozen(date(2026, 10, 5)):
        rep = stats.report(conn, fixture.YEAR, SCHOOL_1)
    older = {folder / stats.file_name(rep, fmt): f"older {fmt}".encode()
             for fmt in kvjs_document.EXTENSIONS}
    for path, data in older.items():
        path.write_bytes(data)
    with clock.frozen(date(2026, 10, 5)), pytest.raises(Cancelled):
        stats.export_all(conn, fixture.YEAR, SCHOOL_1, folder, progress=progress)
    assert {path: path.read_bytes() for path in folder.iterdir()} == older
