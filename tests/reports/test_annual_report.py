"""Jahresbericht: real vault, real PDF read back; small cells suppressed, no person."""

from __future__ import annotations

import string
import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    AgreementGoal,
    Contact,
    CooperationAgreement,
    GroupActivity,
    Person,
)
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.reports import annual_report as doc
from ssa_desktop.reports.blocks import suppress
from ssa_desktop.reports.style import WriteError
from ssa_desktop.services import activities, groups
from ssa_desktop.services import annual_report as svc
from ssa_desktop.storage import repositories as repo

YEAR = SchoolYear(2025)
DAY = date(2025, 11, 20)
NAMES = [("P-01", "Lina", "Ostermann"), ("P-02", "Jonas", "Quirin"),
         ("P-03", "Mira", "Zellweger"), ("P-04", "Emil", "Brückner")]


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture
def filled(conn):
    """4 pupils: 3 with family topics (a cell of 3), 1 with bullying (a cell of 1)."""
    people = [repo.PERSONS.insert(conn, Person(p, first_name=f, last_name=last, gender="w",
                                               grade=7, class_label="7b",
                                               school_id="school-1"))
              for p, f, last in NAMES]
    for i, person in enumerate(people):
        topics = ("GEW",) if i == 3 else ("FAM",)
        for _ in range(2):
            activities.record_contact(conn, Contact(
                day=DAY, kind="EB", duration_min=45, person_id=person.id,
                school_id="school-1", topics=topics, access_route="self",
                note=f"Gespräch mit {person.first_name} über Zuhause"))
    activities.record_contact(conn, Contact(day=date(2024, 11, 5), kind="EB", duration_min=30,
                                            person_id=people[0].id, school_id="school-1",
                                            topics=("FAM",)))
    agreement = repo.AGREEMENTS.insert(conn, CooperationAgreement(
        "school-1", date(2025, 8, 1), date(2026, 7, 31)))
    goal = repo.AGREEMENT_GOALS.insert(conn, AgreementGoal(
        agreement.id, "Schüler:innen lösen Konflikte gewaltfrei",
        offer="Projekttage in allen 5. Klassen"))
    group = groups.save_group(conn, GroupActivity(school_id="school-1", kind="project",
                                                  title="Streitschlichtung 5a",
                                                  school_year=2025, goal_id=goal.id,
                                                  participants_w=12))
    groups.add_session(conn, group.id, date(2025, 10, 1), 90)
    svc.save_texts(conn, "school-1", YEAR, {"intro": "Die Stelle umfasst 75 %.",
                                            "outlook": "Mehr Klassenrat in Stufe 5."})
    return people


def test_report_holds_figures_suppression_goals_and_texts(conn, filled, tmp_path):
    with clock.frozen(date(2026, 9, 15)):
        svc.write_report(conn, "school-1", YEAR, tmp_path / "bericht.pdf")
    text = _text(tmp_path / "bericht.pdf")
    for expected in ("Jahresbericht Schulsozialarbeit", "Gemeinschaftsschule Am Park",
                     "Schuljahr 2025/26", "Erstellt am 15.09.2026", "Inhalt",
                     "Familie / familiäre Probleme", "Gewalt / Mobbing",
                     "Vergleich mit dem Vorjahr", "2024/25", "Zeitanteile",
                     "Schüler:innen lösen Konflikte gewaltfrei", "Streitschlichtung 5a",
                     "Die Stelle umfasst 75", "Mehr Klassenrat in Stufe 5", "Seite 1 von"):
        assert expected in text, expected
    assert "< 3" in text
    lines = [line.strip() for line in text.splitlines()]
    # A table cell is a paragraph: its value follows it on the next extracted line.
    assert lines[lines.index("Gewalt / Mobbing") + 1] == "< 3"          # 1 person
    assert lines[lines.index("Familie / familiäre Probleme") + 1] == "3"  # 3 persons


def test_report_never_holds_a_pseudonym_or_name(conn, filled, tmp_path):
    svc.write_report(conn, "school-1", YEAR, tmp_path / "bericht.pdf")
    text = _text(tmp_path / "bericht.pdf")
    for pseudonym, first, last in NAMES:
        for word in (pseudonym, first, last):
            assert word not in text
    assert "Zuhause" not in text  # contact notes never reach the report


def test_report_from_an_empty_vault(conn, tmp_path):
    svc.write_report(conn, "school-1", YEAR, tmp_path / "leer.pdf")
    text = _text(tmp_path / "leer.pdf")
    assert "keine anonymen Statistikdaten" in text
    assert "keine Arbeitszeit erfasst" in text
    assert "keine Ziele vereinbart" in text


def test_a_missing_provider_leaves_its_section_out(conn, filled, tmp_path):
    sources = doc.Sources(figures=None, time_shares=None, goals=svc.goals, texts=None)
    svc.write_report(conn, "school-1", YEAR, tmp_path / "b.pdf", sources=sources)
    text = _text(tmp_path / "b.pdf")
    assert "Streitschlichtung 5a" in text
    assert "Vergleich mit dem Vorjahr" not in text and "Die Stelle umfasst" not in text


def test_a_wired_provider_is_used(conn, tmp_path):
    figures = doc.Figures(key=(("Beratene Schüler:innen", 42), ("Beratungskontakte", 2)),
                          source="Quelle: KVJS-Vorlage 2026")
    sources = doc.Sources(figures=lambda c, s, y: figures)
    svc.write_report(conn, "school-1", YEAR, tmp_path / "b.pdf", sources=sources)
    text = _text(tmp_path / "b.pdf")
    assert "42" in text and "Quelle: KVJS-Vorlage 2026" in text and "< 3" in text


def test_texts_are_stored_per_school_and_year(conn):
    svc.save_texts(conn, "school-1", YEAR, {"focus": "  Viel Mobbing-Prävention.  "})
    assert svc.texts(conn, "school-1", YEAR) == {"focus": "Viel Mobbing-Prävention."}
    assert svc.texts(conn, "school-1", YEAR.next()) == {}
    with pytest.raises(svc.ReportError):
        svc.save_texts(conn, "school-1", YEAR, {"names": "x"})


def test_write_failure_leaves_no_file(conn, tmp_path):
    target = tmp_path / "ordner"
    target.mkdir()
    with pytest.raises(WriteError, match="Ordner"):
        svc.write_report(conn, "school-1", YEAR, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ordner", "tresor"]
    assert list(target.iterdir()) == []


@pytest.mark.parametrize(("value", "shown"), [(None, "–"), (0, "0"), (1, "< 3"), (2, "< 3"),
                                              (3, "3"), (1234, "1.234")])
def test_suppress(value, shown):
    assert suppress(value) == shown


_NAME = st.text(alphabet=string.ascii_letters + "äöüß", min_size=5, max_size=10)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(st.tuples(_NAME, _NAME, _NAME), min_size=1, max_size=4))
def test_property_no_name_or_pseudonym_reaches_the_report(conn, tmp_path, people):
    baseline = _text(svc.write_report(conn, "school-1", YEAR, tmp_path / "a.pdf"))
    for words in people:
        for word in words:
            assume(word.lower() not in baseline.lower())
    for pseudonym, first, last in people:
        pseudonym = f"{pseudonym}-{uuid.uuid4().hex[:4]}"  # pseudonyms are unique in a vault
        person = repo.PERSONS.insert(conn, Person(pseudonym, first_name=first, last_name=last,
                                                  grade=8, school_id="school-1"))
        activities.record_contact(conn, Contact(day=DAY, kind="EB", duration_min=30,
                                                person_id=person.id, school_id="school-1",
                                                topics=("FAM",), note=f"{first} {last}"))
    text = _text(svc.write_report(conn, "school-1", YEAR, tmp_path / "b.pdf")).lower()
    for words in people:
        for word in words:
            assert word.lower() not in text


def test_small_counts_of_things_are_printed_as_they_are(conn, filled, tmp_path):
    """Issue 16 item 7: "< 3" is for counts of people only; 1 group offer and 2
    Kurzkontakte are printed as 1 and 2, a group of 12 participants as 12."""
    from ssa_desktop.domain.entities import ShortContact

    activities.record_short_contact(conn, ShortContact(day=DAY, school_id="school-1",
                                                       count=2, duration_min=5))
    figures = svc.kvjs_figures(conn, "school-1", YEAR)
    shown = {label: figures.shown(label, value) for label, value in figures.key}
    assert shown == {"Beratene Schüler:innen": "4", "Beratungskontakte": "8",
                     "Kurzkontakte": "2", "Gruppen, Klassen, Projekte": "1",
                     "Teilnehmende Gruppen/Projekte": "12", "Besuche offene Angebote": "0",
                     "Verfahren nach § 8a SGB VIII": "0", "Abgeschlossene Fälle": "0"}
    assert figures.shown("Beratene Schüler:innen", 2) == "< 3"   # people: suppressed
    assert figures.shown("Verfahren nach § 8a SGB VIII", 1) == "< 3"  # each is a child
    with clock.frozen(date(2026, 9, 15)):
        svc.write_report(conn, "school-1", YEAR, tmp_path / "bericht.pdf")
    lines = [line.strip() for line in _text(tmp_path / "bericht.pdf").splitlines()]
    # a key figure prints its value above its label
    assert lines[lines.index("Kurzkontakte") - 1] == "2"
    assert lines[lines.index("Gruppen, Klassen,") - 1] == "1"  # the label wraps there
    row = lines.index("Gruppen, Klassen, Projekte")  # Vergleich mit dem Vorjahr: 0 → 1
    assert lines[row + 1:row + 3] == ["0", "1"]


def test_a_single_referral_to_the_jugendamt_is_not_printed_as_1(conn, filled, tmp_path):
    """A report that goes to the school: one contact referred to the Jugendamt points at
    one pupil as a count of people does, so the referral table shows 1 and 2 as "< 3"
    like the table of referred cases (found by a worker trying the Jahresbericht)."""
    activities.record_contact(conn, Contact(day=DAY, kind="EB", duration_min=30,
                                            person_id=filled[0].id, school_id="school-1",
                                            topics=("FAM",), referral="ASD"))
    figures = svc.kvjs_figures(conn, "school-1", YEAR)
    [table] = [t for t in figures.tables if t.title == "Weitervermittlung"]
    assert [(label, table.shown(0, n)) for label, (n,) in table.rows] == [
        (label, "< 3") for label, _ in table.rows]
    assert table.rows  # the referral is there, only its count is hidden


def test_the_figure_tables_name_each_code_and_what_was_not_given(conn, filled):
    # a fifth pupil without gender and grade: "ohne Angabe" in both tables
    unknown = repo.PERSONS.insert(conn, Person("P-ANGABE", gender="u", school_id="school-1"))
    activities.record_contact(conn, Contact(day=DAY, kind="EB", duration_min=30,
                                            person_id=unknown.id, school_id="school-1",
                                            topics=("FAM",)))
    figures = svc.kvjs_figures(conn, "school-1", YEAR)
    tables = {t.title: dict(t.rows) for t in figures.tables}
    assert tables["Beratene Schüler:innen nach Klassenstufe"] == {
        "Klassenstufe 7": (4,), "ohne Angabe": (1,)}
    assert set(tables["Beratene Schüler:innen nach Geschlecht"]) == {"weiblich", "ohne Angabe"}
    assert "ohne Angabe" in tables["Zugang zur Beratung"]


def test_the_goal_outcomes_are_printed_per_schulart_with_small_cells_suppressed(conn, filled,
                                                                                 tmp_path):
    """Four goals of the school (hand-counted): two rated twice and improved (one by two
    levels to the expected outcome: reached), one rated once, one never. Printed: 4, < 3,
    < 3, < 3; no goal text."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import goals, persons

    spec = [(g.GAS, -2, [-1, 0]), (g.GENERIC, 2, [2, 3]), (g.GENERIC, 1, [1]), (g.GENERIC, 3, [])]
    for person, (scale, baseline, levels) in zip(filled, spec, strict=True):
        case = persons.save_case(conn, Case(person.id, date(2025, 9, 1), title="Fall"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Geheimes Ziel Wutkontrolle", scale=scale,
                                                baseline=baseline, created="2024-08-01 08:00:00"))
        for month, level in enumerate(levels, 10):
            goals.rate(conn, goal.id, level, date(2025, month, 1))
        persons.close_case(conn, case.id, date(2026, 2, 1), "partly")
    rows = svc.goal_outcomes(conn, "school-1", YEAR).rows
    assert rows == (("Gemeinschaftsschule", (4, 2, 2, 1)),)
    svc.write_report(conn, "school-1", YEAR, tmp_path / "bericht.pdf")
    text = _text(tmp_path / "bericht.pdf")
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Zielerreichung")
    start = lines.index("Gemeinschaftsschule", at)
    assert lines[start + 1:start + 5] == ["4", "< 3", "< 3", "< 3"]
    assert "Wutkontrolle" not in text


@pytest.mark.parametrize("cancel_at", [10, 60])
def test_a_cancel_leaves_no_pdf_even_one_arriving_while_it_renders(conn, tmp_path, cancel_at):
    """„Abbrechen und verwerfen“ while the Jahresbericht is written: no file, half or
    whole – also when the cancel arrives while the PDF renders (its last step said
    „Abgebrochen“ while the finished file stayed)."""
    from ssa_desktop.services.operations import Cancelled, Progress

    progress: Progress

    def report(percent: int, _text: str) -> None:
        if percent == cancel_at:
            progress.cancel()

    progress = Progress(report)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        svc.write_report(conn, "school-1", YEAR, folder / "bericht.pdf", progress)
    assert list(folder.iterdir()) == []


def test_a_cancel_while_it_renders_puts_an_older_report_back(conn, tmp_path):
    """bericht.pdf of last year lies there and she agreed to overwrite it: a cancel while
    the PDF rendered leaves the old one, whole. Before: it was removed with the new one."""
    from ssa_desktop.services.operations import Cancelled, Progress

    progress: Progress
    progress = Progress(lambda percent, _text: percent == 60 and progress.cancel())
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "bericht.pdf"
    path.write_bytes(b"%PDF last year's report")
    with pytest.raises(Cancelled):
        svc.write_report(conn, "school-1", YEAR, path, progress)
    assert path.read_bytes() == b"%PDF last year's report"
    assert list(path.parent.iterdir()) == [path]
