"""The statistics service's own logic on the hand-built fixture (tests/kvjs/fixture.py):
what a scope is (label, schools, pupils, share, Soll), which post counts the post's own
work, the school years offered, the per-Schulart shares, the deadline states at their
boundaries, every plausibility message and the drill-down rows of every kind of record.

The Soll of the year, counted by hand: 1 Aug 2025 (Fri) to 31 Jul 2026 (Fri) has 261
weekdays; 11 public holidays of Baden-Württemberg fall on one (3 Oct, 25/26 Dec, 1 and 6
Jan, Good Friday 3 Apr, Easter Monday 6 Apr, 1 May, Ascension 14 May, Whit Monday 25 May,
Corpus Christi 4 Jun): 250 working days. A 50 % share of 39 hours is 19.5 h a week,
234 minutes a day: 58,500 minutes (975 h); 25 %: 29,250 (487 h 30). 2024/25: 261
weekdays less 12 holidays (1 Nov falls on a Friday) = 249 days: 58,266 minutes at 50 %."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    Draft,
    GroupActivity,
    GroupSession,
    Post,
    PostShare,
    School,
    SchoolPupils,
    StatisticsRecord,
    TimeEntry,
)
from ssa_desktop.domain.options import OptionError
from ssa_desktop.services import activities as act
from ssa_desktop.services import settings
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture
from .test_engine_fixture import POST, SCHOOL_1, SCHOOL_2

YEAR = fixture.YEAR


@pytest.fixture
def world(conn):
    return fixture.build(conn)


# -- plausibility ---------------------------------------------------------------------------
def _findings(conn, scope, day=date(2026, 7, 1)):
    with clock.frozen(day):
        return [(f.code, f.message, f.area, f.button)
                for f in stats.plausibility(conn, YEAR, scope)]


def test_every_plausibility_message_in_full(conn, world):
    # cem without a grade; his contact of 20 July 2026 lies ahead on 1 July; school-2's
    # time: 95 + 300 + 45 + 60 + 480 = 980 min (16,33 h) of its Soll up to 1 July (the year
    # runs): 250 working days × 117 min (25 % of 39 h ÷ 5) in the year, less the 22
    # weekdays 2.–31.07.2026 = 228 × 117 = 26,676 min (444,60 h)
    assert _findings(conn, SCHOOL_2) == [
        ("person_details", "1 beratene Schülerin/beratener Schüler ohne Geschlecht oder "
         "Klassenstufe.", "persons", "&Personen öffnen"),
        ("future", "1 Eintrag mit Datum in der Zukunft.", "persons", "&Einträge prüfen"),
        ("staff", "Für Stelle Nord fehlen in den Fachkräfte-Angaben 2025/26: Beschäftigt seit, "
         "Anstellungsträger. Ohne Beginn der Beschäftigung gilt die Stelle als 12 Monate "
         "unbesetzt, Förderung 0 €; ohne Anstellungsträger bleibt das Feld im Erhebungsbogen "
         "leer.", "settings", "Fach&kräfte-Angaben"),
        ("time_coverage_so_far", "Die Zeiteinträge (16,33 Std.) decken weniger als die "
         "Hälfte der Stelle (444,60 Std. bis heute).", "time", "Arbeitsze&it öffnen")]
    # a second pupil without details, a second record ahead, a record dated outside the
    # school year, two groups without participants, two drafts, no pupils, no share
    stray = StatisticsRecord(date(2026, 8, 3), YEAR, "network", "VNZ", 30, "school-2",
                             network_kind="RT")
    repo.STATISTICS.insert(conn, stray)
    repo.STATISTICS.insert(conn, StatisticsRecord(
        date(2026, 7, 2), YEAR, "contact", "EFH", 20, "school-2", "EB", "u", 6, "pupil",
        person_token="tok-x"))
    for name in ("Leer 1", "Leer 2"):
        group = act.save_group(conn, GroupActivity(name, YEAR, kind="group",
                                                   school_id="school-2"))
        act.record_group_session(conn, GroupSession(group.id, date(2026, 3, 2), 45))
    repo.DRAFTS.insert(conn, Draft("contact", "{}"))
    repo.DRAFTS.insert(conn, Draft("contact", "{}"))
    repo.SCHOOL_PUPILS.delete(conn, "school-2", YEAR)
    assert stats.describe(conn, YEAR, POST).pupils == 400   # school-2 adds none
    repo.POST_SHARES.delete(conn, "post-1", "school-2", YEAR)
    assert _findings(conn, SCHOOL_2) == [
        ("person_details", "2 beratene Schüler:innen ohne Geschlecht oder Klassenstufe.",
         "persons", "&Personen öffnen"),
        ("outside_year", "1 Eintrag mit Datum außerhalb des Schuljahres 2025/26.",
         "persons", "&Einträge prüfen"),
        ("future", "3 Einträge mit Datum in der Zukunft.", "persons", "&Einträge prüfen"),
        ("pupils", "Für „Realschule Am Berg“ fehlt die Schülerzahl 2025/26.", "settings",
         "Schu&len bearbeiten"),
        ("post_share", "Für Realschule Am Berg (RS-2) ist kein Stellenumfang 2025/26 "
         "eingetragen.", "settings", "Stelle be&arbeiten"),
        ("group_participants", "2 Gruppenangebote mit Terminen, aber ohne Teilnehmende.",
         "groups", "Gr&uppen öffnen"),
        ("drafts", "2 unfertige Entwürfe (noch nicht gespeichert).", "overview",
         "Entwürfe &öffnen")]
    repo.STATISTICS.insert(conn, StatisticsRecord(date(2025, 7, 31), YEAR, "network", "VNZ",
                                                  30, "school-2", network_kind="RT"))
    repo.DRAFTS.delete(conn, repo.DRAFTS.all(conn)[0].id)
    found = dict((code, message) for code, message, _, _ in _findings(conn, SCHOOL_2))
    assert found["outside_year"] == "2 Einträge mit Datum außerhalb des Schuljahres 2025/26."
    assert found["drafts"] == "1 unfertiger Entwurf (noch nicht gespeichert)."


def test_one_group_without_participants_and_records_of_today(conn, world):
    group = act.save_group(conn, GroupActivity("Leer", YEAR, kind="group",
                                               school_id="school-1"))
    act.record_group_session(conn, GroupSession(group.id, date(2026, 3, 2), 45))
    act.record_group_session(conn, GroupSession(group.id, date(2026, 3, 9), 45))
    # on the day of cem's last contact it is not in the future
    codes = {code: message for code, message, _, _ in _findings(conn, POST, date(2026, 7, 20))}
    assert "future" not in codes
    assert codes["group_participants"] == ("1 Gruppenangebot mit Terminen, aber ohne "
                                           "Teilnehmende.")


def _pupil_contact(day, gender, grade, rid):
    return StatisticsRecord(day, YEAR, "contact", "EFH", 20, "school-1", "EB", gender, grade,
                            "pupil", person_token="tok-late", id=rid)


@pytest.mark.parametrize("first_saved", ["latest", "earliest"])
def test_the_pupils_details_are_read_at_the_latest_contact_in_whatever_order_saved(
        conn, first_saved):
    """The latest contact by day (on one day: by id) decides, not the one saved last (the
    records are read in no particular order)."""
    early = [_pupil_contact(date(2025, 9, 1), "u", None, "r-1"),
             _pupil_contact(date(2026, 2, 2), "w", 7, "r-2")]      # same day, smaller id
    late = _pupil_contact(date(2026, 2, 2), "u", 8, "r-3")          # gender unknown
    saved = [late, *early] if first_saved == "latest" else [*early, late]
    for record in saved:
        repo.STATISTICS.insert(conn, record)
    assert [c for c, *_ in _findings(conn, SCHOOL_1)][:1] == ["person_details"]
    repo.STATISTICS.delete(conn, "r-3")
    assert "person_details" not in [c for c, *_ in _findings(conn, SCHOOL_1)]


@pytest.mark.parametrize(("extra", "finding"), [(28209, True), (28210, False)])
def test_time_coverage_at_half_of_the_soll(conn, world, extra, finding):
    """school-1: 1,040 minutes recorded, half of its Soll is 29,250: 28,210 more reach it.
    29,249 minutes are 487,48 hours, 58,500 are 975,00. Checked once the year has ended
    (in a running year the check counts the Soll up to today)."""
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 3, 2), "EFH", extra,
                                             school_id="school-1"))
    messages = [message for code, message, _, _ in _findings(conn, SCHOOL_1, date(2026, 8, 1))
                if code != "staff"]
    assert messages == (["Die Zeiteinträge (487,48 Std.) decken weniger als die Hälfte "
                         "der Stelle (975,00 Std. im Schuljahr)."] if finding else [])


@pytest.mark.parametrize(("today", "coverage"), [
    # the day before the last: the Soll up to today, 249 working days × 234 min = 58,266
    (date(2026, 7, 30), ("time_coverage_so_far", "Die Zeiteinträge (17,33 Std.) decken "
                         "weniger als die Hälfte der Stelle (971,10 Std. bis heute).")),
    # the school year's last day (31 July, a Friday): the year's Soll, 58,500 min
    (date(2026, 7, 31), ("time_coverage", "Die Zeiteinträge (17,33 Std.) decken weniger "
                         "als die Hälfte der Stelle (975,00 Std. im Schuljahr).")),
])
def test_on_the_school_years_last_day_the_coverage_names_the_years_soll(conn, world, today,
                                                                       coverage):
    """school-1's 1,040 minutes are 17,33 hours."""
    found = [(code, message) for code, message, _, _ in _findings(conn, SCHOOL_1, today)
             if code.startswith("time_coverage")]
    assert found == [coverage]


@pytest.mark.parametrize(("percent", "finding"), [(0.5, False), (0.0, True)])
def test_any_share_above_zero_counts_as_a_share(conn, world, percent, finding):
    repo.POST_SHARES.delete(conn, "post-1", "school-2", YEAR)
    if percent:
        repo.POST_SHARES.insert(conn, PostShare("post-1", "school-2", YEAR, percent))
    codes = [code for code, _, _, _ in _findings(conn, SCHOOL_2)]
    assert ("post_share" in codes) == finding


def test_no_time_coverage_finding_without_a_soll(conn, world):
    """2024/25: school-2 had no share, so nothing is owed (only the share is missing)."""
    with clock.frozen(date(2026, 7, 1)):
        codes = [f.code for f in stats.plausibility(conn, YEAR - 1, SCHOOL_2)]
    assert codes == ["pupils", "post_share"]


# -- scopes ---------------------------------------------------------------------------------
def test_a_school_and_a_post_described(conn, world):
    assert stats.describe(conn, YEAR, SCHOOL_1) == stats.ScopeInfo(
        SCHOOL_1, "Gemeinschaftsschule Am Park (GMS-1)", "GMS-1", ("school-1",),
        (("GMS-1", "Gemeinschaftsschule Am Park"),), 400, 50.0, 58500, ("GMS",), False,
        school_numbers=("",), expected_to_date=58500)  # the year has ended: its Soll up to today
    assert stats.describe(conn, YEAR, POST) == stats.ScopeInfo(
        POST, "Stelle: Stelle Nord", "Stelle-Nord-post-1", ("school-1", "school-2"),
        (("GMS-1", "Gemeinschaftsschule Am Park"), ("RS-2", "Realschule Am Berg")),
        650, 75.0, 87750, ("GMS", "RS"), True, school_numbers=("", ""), expected_to_date=87750)
    # 2024/25: school-2 had no pupil count and no share: nothing owed
    info = stats.describe(conn, YEAR - 1, SCHOOL_2)
    assert (info.pupils, info.percent, info.expected_minutes) == (0, 0, 0)
    assert stats.describe(conn, YEAR - 1, SCHOOL_1).expected_minutes == 58266


def test_a_school_without_code_is_named_and_filed_by_its_name(conn, world):
    repo.SCHOOLS.insert(conn, School("Grundschule § Süd", code="", school_type="GS",
                                     id="school-3"))
    repo.SCHOOLS.insert(conn, School("§§", code="", id="school-4"))
    info = stats.describe(conn, YEAR, stats.Scope("school", "school-3"))
    assert (info.label, info.code, info.schools) == (
        "Grundschule § Süd", "Grundschule-S-d", (("", "Grundschule § Süd"),))
    assert stats.describe(conn, YEAR, stats.Scope("school", "school-4")).code == "Bereich"
    repo.SCHOOLS.insert(conn, School("§ Haus X §", code="", id="school-5"))
    assert stats.describe(conn, YEAR, stats.Scope("school", "school-5")).code == "Haus-X"


def test_an_unknown_scope_is_refused(conn, world):
    for scope, message in (
            (stats.Scope("school", "post-1"), "Diese Schule gibt es nicht."),
            (stats.Scope("post", "school-1"), "Diese Stelle gibt es nicht."),
            (stats.Scope("land", "school-1"), "Bitte eine Schule oder eine Stelle wählen.")):
        with pytest.raises(stats.StatisticsError) as err:
            stats.describe(conn, YEAR, scope)
        assert str(err.value) == message


@pytest.mark.parametrize(("label", "percent", "own"), [
    ("Stelle Süd", 80.0, "post-2"),     # the larger share
    ("Stelle Süd", 75.0, "post-1"),     # a tie: the first by label ("Nord" < "Süd")
    ("Stelle Alb", 75.0, "post-2"),     # a tie: "Alb" < "Nord"
    ("Stelle Süd", 74.0, "post-1"),
])
def test_the_posts_own_work_counts_at_the_post_with_the_largest_share(conn, world, label,
                                                                      percent, own):
    repo.POSTS.insert(conn, Post(label, id="post-2"))
    repo.POST_SHARES.insert(conn, PostShare("post-2", "school-2", YEAR, percent))
    owners = {p: stats.describe(conn, YEAR, stats.Scope("post", p)).own_work
              for p in ("post-1", "post-2")}
    assert owners == {"post-1": own == "post-1", "post-2": own == "post-2"}


def test_the_scopes_of_a_year_are_its_schools_and_its_posts_with_shares(conn, world):
    repo.POSTS.insert(conn, Post("Stelle Süd", id="post-2"))   # no share: no scope
    assert [(i.scope.key, i.percent) for i in stats.scopes(conn, YEAR - 1)] == [
        ("school:school-1", 50.0), ("school:school-2", 0), ("post:post-1", 50.0)]
    post = stats.scopes(conn, YEAR - 1)[2]
    assert (post.school_ids, post.pupils, post.expected_minutes) == (("school-1",), 380, 58266)
    # described anyway, the post without shares serves no school and owes nothing
    assert stats.describe(conn, YEAR, stats.Scope("post", "post-2")) == stats.ScopeInfo(
        stats.Scope("post", "post-2"), "Stelle: Stelle Süd", "Stelle-S-d-post-2", (), (), 0, 0, 0,
        (), False)


def test_scopes_named_without_their_soll_owe_nothing_but_keep_their_shares(conn, world):
    """``soll=False`` (the deadlines name and count scopes only): every Soll stays 0, the
    shares are read all the same (school-1 50 %, school-2 25 %, the post 75 %)."""
    with clock.frozen(date(2026, 7, 1)):
        named = stats.scopes(conn, YEAR, soll=False)
    assert [(i.scope.key, i.percent, i.expected_minutes, i.expected_to_date)
            for i in named] == [("school:school-1", 50.0, 0, 0),
                                ("school:school-2", 25.0, 0, 0),
                                ("post:post-1", 75.0, 0, 0)]


def test_a_school_without_a_share_owes_nothing_up_to_today_either(conn, world):
    """2024/25: school-2 had no share; neither the year's Soll nor the Soll so far."""
    with clock.frozen(date(2025, 3, 2)):   # inside 2024/25: a running year
        info = stats.describe(conn, YEAR - 1, SCHOOL_2)
    assert (info.percent, info.expected_minutes, info.expected_to_date) == (0, 0, 0)

def test_the_years_offered(conn, world):
    for today, expected in (
            (date(2026, 7, 31), [2025, 2024]),   # the year of the fixture's records is current
            (date(2026, 8, 1), [2026, 2025, 2024]),
            (date(2027, 8, 2), [2027, 2026, 2025, 2024])):
        with clock.frozen(today):
            assert stats.years(conn) == expected, today


@pytest.mark.parametrize(("records", "share", "opens_on"), [
    ((), None, 2026),            # nothing in 2025/26: the current year
    ((2025,), None, 2025),       # records of the ended year alone: she worked in it
    ((), 0.5, 2025),             # a share of 0.5 % alone: she worked in it
    ((), 0.0, 2026),             # a share of 0 % is none (the boundary)
    ((2024,), None, 2026),       # records two years back: not the ended year
    ((2026,), None, 2026),       # records of the current year: nothing ended to show
])
def test_statistics_opens_on_the_ended_year_she_worked_in(conn, records, share, opens_on):
    """On 15 September 2026 the current school year is 2026/27 and the ended one 2025/26:
    Statistik opens on 2025/26 when it holds a record or a post share above 0 %. The
    clock is frozen elsewhere (2030): the day given is the one counted."""
    for year in records:
        repo.STATISTICS.insert(conn, StatisticsRecord(date(year, 10, 1), year, "network",
                                                      "VNZ", 30, "school-1", network_kind="RT"))
    if share is not None:
        repo.POSTS.insert(conn, Post("Stelle Nord", id="post-1"))
        repo.POST_SHARES.insert(conn, PostShare("post-1", "school-1", 2025, share))
    with clock.frozen(date(2030, 1, 2)):
        assert stats.default_year(conn, date(2026, 9, 15)) == opens_on
    with clock.frozen(date(2026, 9, 15)):   # without a day: the clock's
        assert stats.default_year(conn) == opens_on


def test_a_posts_code_holds_the_first_eight_characters_of_its_generated_id():
    """A generated id has 32 hex characters (``entities.new_id``): the code keeps eight."""
    assert stats.post_code("Stelle Nord", "0123456789abcdef0123456789abcdef") == (
        "Stelle-Nord-01234567")
    assert stats.post_code("Stelle Süd", "ab-cd-ef-gh") == "Stelle-S-d-ab-cd-ef"

def test_the_share_per_school_type_is_the_posts_own(conn, world):
    """Another post also serves school-2: the post's RS column counts its own 25 %, the
    school's column every post's share there."""
    repo.POSTS.insert(conn, Post("Stelle Süd", id="post-2"))
    repo.POST_SHARES.insert(conn, PostShare("post-2", "school-2", YEAR, 10.0))
    post = stats.compute_by_school_type(conn, YEAR, POST)
    assert [(t, f["post_percent"], f["pupils"]) for t, f in post.items()] == [
        ("GMS", 50.0, 400), ("RS", 25.0, 250)]
    school = stats.compute_by_school_type(conn, YEAR, SCHOOL_2)
    assert [(t, f["post_percent"]) for t, f in school.items()] == [("RS", 35.0)]


def test_schools_without_a_type_read_together(conn, world):
    repo.SCHOOLS.insert(conn, School("Schule Ost", code="SO", school_type="", id="school-3"))
    repo.SCHOOLS.insert(conn, School("Schule West", code="SW", school_type="", id="school-4"))
    repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-3", YEAR, 100))  # school-4: none
    for school, percent in (("school-3", 10.0), ("school-4", 5.0)):
        repo.POST_SHARES.insert(conn, PostShare("post-1", school, YEAR, percent))
    post = stats.compute_by_school_type(conn, YEAR, POST)
    assert [(t, f["post_percent"], f["pupils"]) for t, f in post.items()] == [
        ("GMS", 50.0, 400), ("RS", 25.0, 250), ("", 15.0, 100)]


# -- deadlines ------------------------------------------------------------------------------
def _deadline(conn, findings, due=date(2026, 7, 31)):
    return stats.Deadline("Landkreis", stats.describe(conn, YEAR, SCHOOL_1), YEAR, due,
                          findings)


def test_a_deadline_turns_due_14_days_before_and_overdue_the_day_after(conn, world):
    states = {today: _deadline(conn, 0).state(today) for today in (
        date(2026, 7, 16), date(2026, 7, 17), date(2026, 7, 31), date(2026, 8, 1))}
    assert list(states.values()) == ["normal", "due", "due", "overdue"]


def test_the_deadline_text(conn, world):
    head = "Landkreis: Statistik 2025/26 Gemeinschaftsschule Am Park (GMS-1) bis 31.07.2026"
    assert [_deadline(conn, n).text.removeprefix(head) for n in (None, 0, 1, 2)] == [
        " – Hinweise werden gezählt …", " – keine offenen Hinweise", " – 1 offener Hinweis",
        " – 2 offene Hinweise"]


def test_the_deadline_option_read(conn, world):
    for text, due in ((" 07-15 ", date(2026, 7, 15)), ("7-5", date(2026, 7, 5)),
                      ("31.7.", date(2026, 7, 31))):
        settings.set_value(conn, stats.LANDKREIS_DEADLINE, text)
        with clock.frozen(date(2026, 7, 1)):
            dues = {d.scope.scope.key: d.due
                    for d in stats.deadlines(conn, count_findings=False)}
        assert dues == {"school:school-1": due, "school:school-2": due,
                        "post:post-1": date(2026, 10, 31)}, text
    for typo in ("02-30", "Juli"):   # refused, no longer a silent fallback
        with pytest.raises(OptionError, match="ist kein Tag im Jahr"):
            settings.set_value(conn, stats.LANDKREIS_DEADLINE, typo)


def test_deadlines_uncounted_in_order_of_their_day_and_a_school_without_share_left_out(
        conn, world):
    repo.SCHOOLS.insert(conn, School("Schule Ost", code="SO", id="school-3"))
    settings.set_value(conn, stats.KVJS_DEADLINE, "07-20")
    lines = [(d.recipient, d.scope.scope.key, d.findings, d.year)
             for d in stats.deadlines(conn, date(2026, 12, 31), count_findings=False)]
    assert lines == [("KVJS", "post:post-1", None, 2025),
                     ("Landkreis", "school:school-1", None, 2025),
                     ("Landkreis", "school:school-2", None, 2025)]
    assert stats.deadlines(conn, date(2027, 6, 30)) == []


# -- drill-down -----------------------------------------------------------------------------
def _rows(conn, name, key="", scope=POST):
    return [(r.day, r.area, r.kind, r.minutes)
            for r in stats.drill_down(conn, YEAR, scope, name, key)]


def test_the_drill_down_rows_of_every_kind(conn, world):
    assert _rows(conn, "time_minutes_by_category", "FOB") == [
        ("30.06.2026", "Zeiteintrag", "Fortbildung", 480)]
    assert _rows(conn, "time_minutes_by_category", "IND") == [
        ("30.09.2025", "Zeiteintrag", "Vor- und Nachbereitung", 240)]
    # school-2's counselling time: cem's two contacts and the two short contacts
    assert _rows(conn, "time_minutes_by_category", "EFH", SCHOOL_2) == [
        ("20.09.2025", "Zeiteintrag", "Einzelfallhilfe und Beratung", 40),
        ("03.03.2026", "Zeiteintrag", "Einzelfallhilfe und Beratung", 20),
        ("20.07.2026", "Zeiteintrag", "Einzelfallhilfe und Beratung", 35)]
    assert _rows(conn, "grp_by_kind", "project") == [
        ("04.05.2026", "Gruppentermin", "Projekt / Projekttag", 300)]
    assert _rows(conn, "vnz_by_kind", "RT") == [
        ("02.10.2025", "Vernetzung", "Runder Tisch", 90),
        ("09.03.2026", "Vernetzung", "Runder Tisch", 60)]
    assert _rows(conn, "off_sessions", scope=SCHOOL_2) == [
        ("14.01.2026", "Offenes Angebot", "Offenes Angebot", 45)]
    assert _rows(conn, "efh_short_contacts", scope=SCHOOL_2) == [
        ("03.03.2026", "Kurzkontakt", "Kurzkontakt", 20)]   # two of 10 minutes
