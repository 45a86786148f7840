"""The audit through the real accessibility bus, as Orca sees the app: Xvfb, a D-Bus
session, at-spi2-core, the app on xcb with the AT-SPI bridge on, and a client on
Debian's pyatspi (``bus_client.py``) that reads the tree, types a passphrase with
xdotool and records what the bus carries. Skipped only where the tools are missing, and
never in CI (``CI`` set: the tools are installed by ``.ci/run``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.support.requirements import require

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CLIENT_PYTHON = "/usr/bin/python3"
SECRET = "Geheim-Wort-42"
SPOKEN = ("object:announcement", "notification")  # as bus_client.py records them


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if not shutil.which(tool)]
    if not Path(LAUNCHER).exists():
        missing.append("at-spi2-core")
    if not Path(CLIENT_PYTHON).exists() or subprocess.run(
            [CLIENT_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def bus(tmp_path_factory):
    missing = _missing()
    require(not missing, "real accessibility bus: missing " + ", ".join(missing))
    procs = []
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    procs.append(xvfb)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    procs.append(dbus)
    address = dbus.stdout.readline().strip()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
           "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0", "GTK_A11Y": "atspi",
           "GSETTINGS_BACKEND": "memory",  # the bus launcher's settings stay out of HOME
           "XDG_RUNTIME_DIR": str(tmp_path_factory.mktemp("run"))}
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                stderr=subprocess.DEVNULL)
    procs.append(launcher)
    yield env
    for proc in reversed(procs):
        proc.terminate()
        proc.wait(timeout=30)


# The client's own seconds (bus_client.BUDGET), and what its process may take beyond them:
# a run ends as a failing test long before pytest-timeout (900 s, pyproject.toml) would
# end the whole worker and every test queued on it
CLIENT_BUDGET = 420
CLIENT_LIMIT = CLIENT_BUDGET + 120


def run_on_bus(env, folder: Path, mode: str, reading: str | None = None, *,
               script: str = "bus_app.py", name: str = "ssa-bus-audit",
               budget: float = CLIENT_BUDGET) -> dict:
    """``script`` in ``mode`` on the bus, read by bus_client.py's ``reading`` (its mode;
    default ``mode``) within ``budget`` seconds: what the client printed."""
    app = subprocess.Popen([sys.executable, "-X", "faulthandler", str(HERE / script), mode,
                            str(folder / "v")], env={**env, "PYTHONPATH": str(ROOT)},
                           cwd=ROOT, stderr=subprocess.PIPE, text=True)
    client = subprocess.Popen([CLIENT_PYTHON, str(HERE / "bus_client.py"), reading or mode,
                               name, str(app.pid), SECRET],
                              env={**env, "SSA_BUS_BUDGET": str(budget)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = client.communicate(timeout=budget + CLIENT_LIMIT - CLIENT_BUDGET)
    except subprocess.TimeoutExpired:
        client.kill()
        out, err = client.communicate()
        out = ""
    finally:
        app.terminate()
        _, app_err = app.communicate(timeout=60)
    assert out.strip(), f"the client printed nothing: {err}\n{app_err}"
    return json.loads(out)


def _run(env, tmp_path, mode: str) -> dict:
    return run_on_bus(env, tmp_path, mode)


@pytest.fixture(scope="module")
def seen(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "unlock")


@pytest.fixture(scope="module")
def main_window(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "main")


@pytest.fixture(scope="module")
def areas(main_window):
    return main_window["areas"]


CONTROLS = {"push button", "check box", "radio button", "combo box", "text",
            "password text", "spin button", "toggle button", "page tab", "table", "list",
            "tree table", "tree"}
INPUTS = {"text", "password text", "combo box", "spin button"}


def _unnamed(tree) -> list[dict]:
    return [n for n in tree if n.get("role") in CONTROLS and not n["name"].strip()]


def _unlabelled(tree) -> list[str]:
    """Inputs a reader finds no label for (the text field inside a combo box or spin
    box belongs to it; a read-only text is no input)."""
    return [n["name"] for n in tree if n.get("role") in INPUTS and n.get("focusable")
            and (n.get("editable") or n["role"] == "combo box")
            and n.get("parent") not in ("combo box", "spin button")
            and "labelled-by" not in n["relations"]]


def test_the_tree_names_every_control(seen):
    assert _unnamed(seen["tree"]) == []
    assert _unlabelled(seen["tree"]) == []
    field = next(n for n in seen["tree"] if n["role"] == "password text")
    assert field["name"] == "Passphrase"
    assert "labelled-by" in field["relations"]


def test_the_password_field_sends_no_typed_character(seen):
    typed = [e for e in seen["events"] if "text-changed" in e["type"]]
    assert not set(SECRET) & set("".join(e["data"] for e in typed)), typed


def test_the_unlock_error_is_announced_with_its_words(seen):
    heard = [e for e in seen["events"] if "announcement" in e["type"]
             or "accessible-name" in e["type"]]
    assert any("Die Passphrase ist falsch" in e["data"] for e in heard), seen["events"]


def test_the_unlock_error_is_said_once(seen):
    """Every Orca speaks a notification that shows (Orca 43 nothing else unasked); the
    error comes once, as a notification or an announcement, never as both."""
    said = [e["type"] for e in seen["events"]
            if e["type"] in SPOKEN and "Die Passphrase ist falsch" in e["data"]]
    assert said == ["notification"], seen["events"]


def test_every_area_names_and_labels_every_control_on_the_bus(areas):
    problems = {a["key"]: {"unnamed": [n["role"] for n in _unnamed(a["tree"])],
                           "unlabelled": _unlabelled(a["tree"])} for a in areas}
    assert {k: v for k, v in problems.items() if v["unnamed"] or v["unlabelled"]} == {}


def test_tab_comes_back_round_in_every_area_on_the_bus(areas):
    """Tab (XTEST keys) goes through the area, the tool bar and the list of areas and
    comes back to where it started: the first object seen twice is the first one, and
    the round leaves the area (no trap in a table, no cycle within a few widgets)."""
    stuck = {}
    for area in areas:
        walk = area["walk"]
        closed = (len(walk) > 4 and None not in walk and walk[-1] == walk[0]
                  and any(w[:2] == ["list", "Bereiche"] for w in walk))
        if not closed:
            stuck[area["key"]] = [w[:2] if w else None for w in walk[-6:]]
    assert stuck == {}


def test_quick_entry_on_the_bus_names_labels_and_closes_its_tab_round(main_window):
    """Kontakt erfassen (Ctrl+N) as Orca reads it; Tab from Abbrechen came to Dauer."""
    dialog = main_window["quick_entry"]
    assert _unnamed(dialog["tree"]) == []
    assert _unlabelled(dialog["tree"]) == []
    walk = dialog["walk"]
    assert any(n["role"] == "dialog" and n["name"] == "Kontakt erfassen" for n in dialog["tree"])
    assert ["text", "Person"] in [w[:2] for w in walk if w]
    assert None not in walk and len(walk) > 10 and walk[-1] == walk[0], \
        [w[:2] if w else None for w in walk]


def test_no_unnamed_filler_is_a_tab_stop_on_the_bus(areas):
    """The Übersicht's scroll area was a Tab stop a reader called "filler", unnamed."""
    fillers = {a["key"]: [w[:2] for w in a["walk"] if w and w[0] in ("filler", "scroll pane")
                          and not w[1].strip()] for a in areas}
    assert {k: v for k, v in fillers.items() if v} == {}


@pytest.fixture(scope="module")
def emergency(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "emergency")


def test_the_emergency_key_field_sends_no_typed_character(emergency):
    """Issue: every character typed into the emergency-key field went to the bus as a
    text-inserted event: a reader spoke the key aloud."""
    typed = [e for e in emergency["events"] if "text-changed" in e["type"]]
    focused = [e for e in emergency["events"] if "focused" in e["type"]]
    assert focused, emergency["events"]                       # the Tab came through
    assert not set(SECRET) & set("".join(e["data"] for e in typed)), typed


@pytest.fixture(scope="module")
def search(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "search")


def test_search_announces_the_hits_and_the_selected_hit(search):
    """Issue: neither the number of hits nor the hit ↑/↓ selected was announced; Enter
    opened an item she had not heard."""
    heard = [e["data"] for e in search["events"] if e["type"] in SPOKEN]
    assert any("1 Treffer" in text for text in heard), search["events"]
    assert any(text.startswith("Treffer 1 von 1:") and "K-17" in text for text in heard), heard


@pytest.fixture(scope="module")
def carried(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "carried")


def test_quick_entry_announces_once_what_the_person_brought(carried):
    """Issue: choosing a person filled Art, Dauer and Fall from her last contact
    (Einzelberatung → Krisenintervention, 30 → 71 Min.) with the hint only on screen."""
    heard = [e["data"] for e in carried["events"] if e["type"] in SPOKEN]
    taken = [text for text in heard if "bernommen" in text]
    assert len(taken) == 1, heard
    assert "Krisenintervention" in taken[0] and "71 Min" in taken[0], taken
    assert "Fall: Schulangst" in taken[0], taken


@pytest.fixture(scope="module")
def refusal(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "refusal")


def test_quick_entry_says_its_refusal_once(refusal):
    """Strg+Enter with no person, twice: the refusal showed beside Person and in the error
    line and was said once per line; the second press was not said at all. Now each
    press is said once."""
    said = [e["data"] for e in refusal["events"]
            if e["type"] in SPOKEN and "Bitte eine Person" in e["data"]]
    assert len(said) == 2, [e for e in refusal["events"] if e["type"] in SPOKEN]


@pytest.fixture(scope="module")
def settings_refusal(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "settings")


def test_a_settings_page_says_each_refusal_once(settings_refusal):
    """Einstellungen, Alt+E with no school chosen, twice: she hears each refusal once,
    the second too (the same words again are a new message)."""
    said = [e["data"] for e in settings_refusal["events"]
            if e["type"] in SPOKEN and "Bitte zuerst" in e["data"]]
    assert said == ["Bitte zuerst eine Schule in der Liste auswählen."] * 2, \
        [e for e in settings_refusal["events"] if e["type"] in SPOKEN]


@pytest.fixture(scope="module")
def appointment(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "appointment")


def test_the_time_field_says_the_section_and_its_value(appointment):
    """Neuer Termin (opened from Termine by Alt+N), Beginn 08:00: ↑ (hour), → (to the
    minute), ↑, ← (back to the hour).
    Issue: stepping through the hour and minute sections and changing them sent nothing a
    reader says."""
    said = [e["data"] for e in appointment["events"]
            if e["type"] in SPOKEN and e["data"].startswith(("Stunde", "Minute"))]
    focused = [e["id"][:2] for e in appointment["events"]
               if e["type"] == "object:state-changed:focused" and e["detail"] == 1]
    assert ["spin button", "Von – bis: Beginn"] in focused, focused
    assert said == ["Stunde 9", "Minute 0", "Minute 1", "Stunde 9"], appointment["events"]


@pytest.mark.parametrize("name", ["Raum", "Notiz (intern)"])
def test_an_empty_field_is_focused_before_its_caret_moves(appointment, name):
    """Issue 59/5: Tab into an empty field the first time: the bus carries its focus
    before any caret move (Qt sent the caret first; Orca then took the focus silently
    and said nothing of the field). See test_first_tab_heard.py for the cause. Counted
    from the focus before it (the Tab that reaches it): the dialog, opened from Termine,
    moves the carets of its fields while it is built, before she is in it."""
    events = appointment["events"]
    focus = [i for i, e in enumerate(events)
             if e["type"] == "object:state-changed:focused" and e["detail"] == 1]
    first = next(i for i in focus if events[i]["id"][:2] == ["text", name])
    before = max(i for i in focus if i < first)
    assert events[before]["id"][:2] != ["text", name], events[before]
    caret = [events[i] for i in range(before + 1, first)
             if events[i]["type"] == "object:text-caret-moved"
             and events[i]["id"][:2] == ["text", name]]
    assert caret == [], caret


@pytest.fixture(scope="module")
def person_tabs(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "person")


def test_the_tab_list_reports_the_tab_an_alt_key_chose(person_tabs):
    """K-17 open on Verlauf; Alt+S, Alt+F, Alt+A, Alt+K, Alt+I, Alt+V. Issue: after Alt+S
    the tab list still reported „Verlauf“ selected (the visible tab had changed): Qt told
    the bus the new tab was selected, never that the old one was not."""
    steps = person_tabs["steps"]
    assert [s["selected"] for s in steps] == [
        ["Verlauf"], ["Stammdaten"], ["Fälle"], ["Arbeitsnotizen"], ["Kinderschutz (§ 8a)"],
        ["Einwilligungen"], ["Verlauf"]], steps
    for before, step in zip(steps, steps[1:], strict=False):
        # a reader keeps the states it was told: the tab left must be told it is no longer
        # selected, or the reader keeps „Verlauf“ selected beside the new tab
        # (the tab list's own tabs: a page built when its tab first opens, as § 8a is, fills
        # its drop-downs then, and their hidden lists report their current item)
        told = sorted((e["id"][1], e["detail"]) for e in step["events"]
                      if e["type"] == "object:state-changed:selected"
                      and e["id"][0] == "page tab")
        assert told == sorted([(before["selected"][0], 0), (step["selected"][0], 1)]), step


@pytest.fixture(scope="module")
def figure(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "figure")


def test_enter_on_a_figure_is_heard_with_the_rules_words(figure):
    """Issue 59 item 5: Enter on a Statistik figure reached „Zählregel: … label“ without
    the rule's words. A reader speaks a focused label's name: it carries the rule."""
    from ssa_desktop.domain import kvjs

    rule = kvjs.BY_NAME["efh_contacts"].rule
    assert figure["focused"] is not None, figure
    assert figure["role"] == "label", figure
    assert figure["name"].startswith("Zählregel: Beratungskontakte: "), figure
    assert rule in figure["name"], figure
    assert figure["description"] == rule, figure


@pytest.fixture(scope="module")
def trend(bus, tmp_path_factory):
    return _run(bus, tmp_path_factory.mktemp("bus"), "trend")


def test_the_goal_trend_table_is_read_cell_by_cell_on_the_bus(trend):
    """Issue 63: the trend's chart is a picture; its points are in the table „Verlauf als
    Tabelle“, which a reader's table commands read over the real bus: the column headers,
    every cell (who rated included), and the cell ↓ moves to. Issue 59: in the real
    window, reached by her keys from the person's page (Fälle, „Ziele mit Skala …“,
    Alt+V); Tab goes round its controls, each named with what it shows, back to the
    table (no trap); Esc closes the trend (focus back on the goals) and then the goals
    (focus back on „Ziele mit Skala …“)."""
    assert trend.get("error") is None, trend
    assert trend["verlauf"][:2] == ["table", "Verlauf der Kontakte"], trend
    assert trend["goals"][:2] == ["table", "Ziele des Falls"], trend
    assert trend["headers"] == ["Datum", "Stufe", "Bedeutung", "Eingetragen von"], trend
    assert trend["rows"] == [
        ["Ausgangswert (14.09.2026)", "−2", "viel weniger als erwartet", "Stelleninhaberin"],
        ["06.10.2026", "−1", "weniger als erwartet", "Stelleninhaberin"],
        ["03.12.2026", "0", "fehlt höchstens einen Tag", "Jana Berger (Vertretung)"]], trend
    assert [w[:2] if w else w for w in trend["walked"]] == [[1, 0], [2, 0]], trend
    assert [t[:2] if t else t for t in trend["tabbed"]] == [
        ["table", "Verlauf als Tabelle"],
        ["check box", "Themen des Falls mitdrucken"],
        ["check box", "Notizen der Kontakte mitdrucken"],
        ["push button", "Als PDF speichern"], ["push button", "Schließen"],
        ["table", "Verlauf als Tabelle"]], trend
    assert trend["trend_gone"] and trend["goals_gone"], trend
    assert trend["back"][:2] == ["table", "Ziele des Falls"], trend
    assert trend["page"][:2] == ["push button", "Ziele mit Skala des Falls"], trend


def test_a_run_whose_time_is_spent_ends_with_an_error_and_what_it_saw(bus, tmp_path):
    """A run whose waits add up (keys that reach nothing: twelve Tabs of 60 s each) ends
    with an error naming where it waited, the app's windows and the last events, within
    its budget: not at pytest-timeout, which ends the whole worker (CI, 28.11.2026)."""
    seen = run_on_bus(bus, tmp_path, "trend", budget=1)
    assert "out of time" in seen.get("error", ""), seen
    assert {"windows", "events"} <= seen.keys(), seen


def test_a_bus_run_ends_before_the_suite_ends_its_worker():
    """The client's budget, its process's margin and the app's end fit in the suite's
    per-test limit with room for the app's start and the bus."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    limit = config["tool"]["pytest"]["ini_options"]["timeout"]
    assert CLIENT_LIMIT + 60 + 120 <= limit, (CLIENT_LIMIT, limit)
