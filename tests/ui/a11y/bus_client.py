"""A screen reader's view of the app, run by Debian's /usr/bin/python3 with pyatspi;
keys go in through xdotool (XTEST), as from a keyboard. Prints one JSON object.

``unlock``: dump the tree, type a passphrase into the focused password field, press
Enter, and record what the bus carried until the error is announced.
``emergency``: type into the emergency-key field and record what the bus carried.
``search``: Strg+K, type a pseudonym, ↓, and record what was announced.
``carried``: Strg+N, type a pseudonym, Tab, and record what was announced.
``appointment``: open „Neuer Termin“ from Termine (Strg+3, Alt+N), Tab to Beginn, then ↑, →, ↑, ←, and record what was
announced.
``person``: on K-17's Verlauf, press each tab's Alt key and record which tab the tab
list reports selected and the selection events it sent.
``figure``: on Statistik's figure „Beratungskontakte“ press Enter and record the role,
name and description of the object that takes the focus.
``trend``: from K-17's page open her goal's „Zielverlauf“ by keys (Alt+F, Tab to „Ziele
mit Skala …“, Space, Alt+V), read the table „Verlauf als Tabelle“ through the AT-SPI Table
interface (its column headers and every cell, as a reader's table commands do), press ↓
twice and record the cell the reader is told is focused each time, Tab round, then Esc
twice and record where the focus comes back.
``main``: for every area (Ctrl+1 … Ctrl+0), then for Kontakt erfassen (Ctrl+N), dump the
showing tree and press Tab until the focus comes back to where it started, recording each
focused object.
The secret dialogs (tests/ui/a11y/secrets_bus_app.py), recording value and description
events too: ``secret-fields``: type the secret into the focused field, Tab twice (past
the „Anzeigen“ toggle to the next field), type it again, Tab on, and record each focused
object; ``secret-emergency``: in „Mit Notfallschlüssel öffnen“ type the secret, press Esc
(Abbrechen), wait until the focus is back in the unlock window, then read every object of
the app, shown or not, with its name and text.
``secret-security``: the real main window on Einstellungen → Sicherheit: Tab to the first
key button; each of the four
key buttons („Passphrase ändern“, „Notfallschlüssel anzeigen“, „Neuer Notfallschlüssel“,
„Übergabe an eine Nachfolge“) pressed with Space, the secret typed into every
password field Tab reaches, Esc, and on with Tab to the next button; then Strg+L, Tab in
the unlock window to „Mit Notfallschlüssel öffnen“, Space, the secret typed into both
fields, Esc; then every object of the app, shown or not.
``secret-package``: the real main window on Datenschutz → Vertretung: „Paket öffnen (als
Vertretung) …“ (Alt+F), Alt+S to the key field, the secret typed, Tab to the first button,
Esc; then every object of the app, shown or not. Every step waits on its bus
event or tree state (a focus, a window gone), none on time; the whole run ends within
``SSA_BUS_BUDGET`` seconds (420), with an error naming where it waited when they are spent."""

import json
import os
import re
import subprocess
import sys
import time
import traceback

import pyatspi
from gi.repository import GLib

MODE, APP, PID, SECRET = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
AREA_KEYS = ["ctrl+1", "ctrl+2", "ctrl+3", "ctrl+4", "ctrl+5", "ctrl+6", "ctrl+7",
             "ctrl+8", "ctrl+9", "ctrl+0"]
WAIT = 60  # seconds: only a failure waits this long (nothing came)
# The whole run's seconds: a run whose keys reach nothing ends with an error well before
# the suite's per-test limit (pytest-timeout, 900 s), which ends the whole worker and
# loses every test queued on it (CI, 28.11.2026: the trend's twelve Tabs of 60 s each).
BUDGET = float(os.environ.get("SSA_BUS_BUDGET", "420"))
END = time.monotonic() + BUDGET
events = []
context = GLib.MainContext.default()
GLib.timeout_add(50, lambda: True)  # wakes the loop so that deadlines are checked


class OutOfTime(Exception):
    """The run's ``BUDGET`` is spent: it ends with an error and what it saw."""


def left(seconds):
    """Seconds a wait may take: ``seconds``, but never past the run's end."""
    remaining = END - time.monotonic()
    if remaining <= 0:
        raise OutOfTime(f"{BUDGET:.0f} s spent")
    return min(seconds, remaining)


def pump_until(done, seconds=WAIT):
    if done():
        return True
    deadline = time.monotonic() + left(seconds)
    while not done() and time.monotonic() < deadline:
        context.iteration(True)
    if not done():
        left(1)  # raises when the wait ended because the run's time is spent
    return done()


def find_app():
    found = []

    def look():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == APP and app.childCount:
                found.append(app)
                return True
        return False

    if not pump_until(look, 120):
        raise SystemExit(json.dumps({"error": f"{APP} did not appear on the bus"}))
    return found[0]


def ident(node):
    """Role, name and bus path of the object a reader is on; a cell or item stands for
    its view (the view is the Tab stop, arrows move inside it). The path, not the place
    on screen, tells two controls of one name apart: a page the window scrolled (by one
    pixel, Arbeitszeit → Auswertung) moved every control, and a Tab round that had come
    back to its start was not seen as closed."""
    if node.getRoleName() in ("table cell", "list item", "tree item") and node.parent:
        node = node.parent
    return [node.getRoleName(), node.name or "", node.path]


def dump(node, out, depth=0, parent_role=""):
    if depth > 60:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
            return
        relations = [r.getRelationType().value_nick for r in node.getRelationSet()]
        out.append({"name": node.name or "", "role": node.getRoleName(),
                    "relations": relations, "parent": parent_role,
                    "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                    "editable": states.contains(pyatspi.STATE_EDITABLE)})
        if node.getRoleName() in ("table", "tree table", "list", "tree"):
            return  # cells are data, not controls
        for child in node:
            if child is not None:
                dump(child, out, depth + 1, node.getRoleName())
    except Exception as err:  # a node that went while it was read
        out.append({"error": str(err)})


SPOKEN = ("object:announcement", "notification")  # what a reader says unasked


def on_event(event):
    """Record an event; a notification that shows is recorded as ``notification`` with
    its name (what Orca says of it)."""
    source = event.source
    kind, data = event.type, str(event.any_data or "")
    if kind.startswith("object:state-changed:showing"):
        if not (source and event.detail1 and source.getRoleName() == "notification"):
            return
        kind, data = "notification", source.name or ""
    try:
        who = ident(source) if source else []
    except Exception:  # an object gone while its event was read (a closed dialog)
        who = []
    events.append({"type": kind, "data": data, "id": who, "detail": event.detail1})


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=left(60))


def type_secret():
    subprocess.run(["xdotool", "type", "--delay", "20", SECRET], check=True, timeout=left(60))


def focus_window(name=None):
    """Give the keyboard to the app's last window (or the one titled ``name``), once it
    is there."""
    args = ["--name", name] if name else ["--pid", PID]
    for _ in range(WAIT):
        found = [w for w in subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", *args], capture_output=True,
            text=True, timeout=left(120)).stdout.split() if not _notice(w)]
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], timeout=left(60))
            return
        time.sleep(1)


def _geometry(window, seconds=None):
    """``WIDTHxHEIGHT`` of an X window ("" when it went meanwhile), within ``seconds``
    (default: 60, never past the run's end)."""
    out = subprocess.run(["xdotool", "getwindowgeometry", window], capture_output=True,
                         text=True, timeout=seconds or left(60)).stdout
    found = re.search(r"Geometry: (\d+x\d+)", out)
    return found[1] if found else ""


def _notice(window):
    """A notice of the app (ui/common/announce.py: a 1×1 tooltip window beneath its
    window, shown while a message is said) takes no keyboard: the app's window is meant
    even when a notice lies above it in X's stacking order."""
    return _geometry(window) == "1x1"


def windows_now():
    """The visible windows of the app: X id, title and size (for an error's report,
    made when the run's time is spent: its own 60 s a call)."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", PID],
                           capture_output=True, text=True, timeout=60).stdout.split()
    return [[w, subprocess.run(["xdotool", "getwindowname", w], capture_output=True,
                               text=True, timeout=60).stdout.strip(), _geometry(w, 60)]
            for w in found]


def focused_after(press):
    """The object that takes the focus after ``press`` (None: no focus event came)."""
    start = len(events)
    press()

    def came():
        return any(e["type"] == "object:state-changed:focused" and e["detail"] == 1
                   for e in events[start:])

    if not pump_until(came):
        return None
    return next(e["id"] for e in events[start:]
                if e["type"] == "object:state-changed:focused" and e["detail"] == 1)


def run_unlock(app):
    tree = []
    dump(app, tree)
    focus_window()
    type_secret()
    key("Return")
    # what a reader says unasked, not the label's new name (which comes first): the
    # notification's showing reaches the bus after it
    pump_until(lambda: any("falsch" in e["data"] for e in events if e["type"] in SPOKEN))
    return {"tree": tree, "events": events}


def run_emergency(app):
    """Type into the focused emergency-key field, then Tab on: every event the typing
    caused has reached the bus before the focus event of the next field."""
    focus_window()
    type_secret()
    focused_after(lambda: key("Tab"))
    return {"events": events}


def run_search(app):
    """Strg+K, type the pupil's pseudonym into the search field, then ↓ and ↑: record
    what was announced (the hits and the selected hit)."""
    focus_window()
    run_dialog_focus("ctrl+k", "Suche")
    subprocess.run(["xdotool", "type", "--delay", "20", "K-17"], check=True, timeout=left(60))
    pump_until(lambda: any("Treffer" in e["data"] for e in events))
    start = len(events)
    key("Down")
    pump_until(lambda: any("K-17" in e["data"] for e in events[start:]
                           if e["type"] in SPOKEN))
    return {"events": events}


def run_carried(app):
    """Strg+N, type the pupil's pseudonym into Person and Tab on (the person is chosen
    on leaving): record what was announced until the focus has moved on twice more."""
    focus_window()
    run_dialog_focus("ctrl+n", "Kontakt erfassen")
    subprocess.run(["xdotool", "type", "--delay", "20", "K-17"], check=True, timeout=left(60))
    focused_after(lambda: key("Tab"))
    pump_until(lambda: any(e["type"] in SPOKEN for e in events), 20)
    focused_after(lambda: key("Tab"))
    focused_after(lambda: key("Tab"))
    return {"events": events}


def run_refusal(app):
    """Strg+N, then Strg+Enter with no person chosen, twice: quick entry refuses. Tab on: every
    announcement of the refusal has reached the bus before the next focus event."""
    focus_window()
    run_dialog_focus("ctrl+n", "Kontakt erfassen")
    _refused_twice("ctrl+Return", "Bitte eine Person")
    focused_after(lambda: key("Tab"))
    return {"events": events}


def _refused_twice(keys: str, words: str) -> None:
    """``keys`` twice, each time until a spoken event holds ``words``."""
    for _ in range(2):
        start = len(events)
        key(keys)
        pump_until(lambda s=start: any(words in e["data"] for e in events[s:]
                                       if e["type"] in SPOKEN))


def run_settings(app):
    """Strg+0 (Einstellungen, Schulen & Stelle), Alt+E (Schule bearbeiten) with no school
    chosen, twice: each refusal is said; Tab on so everything has reached the bus."""
    focus_window()
    focused_after(lambda: key("ctrl+0"))
    _refused_twice("alt+e", "Bitte zuerst")
    focused_after(lambda: key("Tab"))
    return {"events": events}


def run_appointment(app):
    """Tab from Person over Datum to Beginn (its hour section), then ↑, → (the minute
    section), ↑ and ← (back to the hour): after each key, wait until a section and its
    value are said (bounded: nothing said fails after the wait). „Neuer Termin“ as she
    opens it: the main window, Termine (Strg+3), Alt+N."""
    focus_window()
    focused_after(lambda: key("ctrl+3"))
    start = len(events)
    key("alt+n")
    _focus_since(start, "Neuer Termin")
    focused_after(lambda: key("Tab"))
    focused_after(lambda: key("Tab"))
    for press in ("Up", "Right", "Up", "Left"):
        start = len(events)
        key(press)
        pump_until(lambda s=start: any(e["data"].startswith(("Stunde", "Minute"))
                                       for e in events[s:] if e["type"] in SPOKEN), 20)
    focused_after(lambda: key("Tab"))
    for _field in ("Raum", "Notiz (intern)"):  # two empty fields, each reached the first time
        focused_after(lambda: key("Tab"))
    return {"events": events}


PERSON_TABS = [("alt+s", "Stammdaten"), ("alt+f", "Fälle"), ("alt+a", "Arbeitsnotizen"),
               ("alt+k", "Kinderschutz (§ 8a)"), ("alt+i", "Einwilligungen"),
               ("alt+v", "Verlauf")]


def find(node, test, depth=0):
    """The first showing object under ``node`` for which ``test`` holds."""
    if depth > 60 or node is None:
        return None
    if test(node):
        return node
    for child in node:
        found = find(child, test, depth + 1)
        if found is not None:
            return found
    return None


def selected_tabs(tab_list):
    return [tab.name for tab in tab_list
            if tab is not None and tab.getState().contains(pyatspi.STATE_SELECTED)]


def run_person(app):
    """For each tab's Alt key: press it, wait until the tab list said the new tab is
    selected and the one before is not (bounded: a failure waits), and read which tabs
    it reports selected."""
    focus_window()
    tab_list = find(app, lambda n: n.getRoleName() == "page tab list"
                    and any(c is not None and c.name == "Verlauf" for c in n))
    steps = [{"key": "", "selected": selected_tabs(tab_list)}]
    for shortcut, name in PERSON_TABS:
        start, left = len(events), steps[-1]["selected"][:1]
        key(shortcut)
        pump_until(lambda s=start, told={(name, 1), *((t, 0) for t in left)}: told <= {
            (e["id"][1], e["detail"]) for e in events[s:]
            if e["type"] == "object:state-changed:selected"}, 10)
        steps.append({"key": shortcut, "selected": selected_tabs(tab_list),
                      "events": [e for e in events[start:] if "select" in e["type"]]})
    return {"steps": steps}


def run_figure(app):
    """Wait until the form preview has the focus, press Enter, and read what took it."""
    focus_window()
    pump_until(lambda: any(e["type"] == "object:state-changed:focused" and e["detail"] == 1
                           and e["id"][1] == "Formularvorschau" for e in events))
    now = focused_after(lambda: key("Return"))
    node = find(app, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED)
                and n.getRoleName() not in ("table cell", "list item", "tree item"))
    return {"focused": now, "role": node.getRoleName() if node else "",
            "name": node.name if node else "", "description": node.description if node else ""}


def _cell_focused(table, press):
    """Press a key in the table and read the cell it reports focused (its active
    descendant's row, column and name)."""
    start = len(events)
    press()
    pump_until(lambda: any(e["type"] in ("object:active-descendant-changed",
                                         "object:state-changed:focused")
                           for e in events[start:]), 10)
    grid = table.queryTable()
    for r in range(grid.nRows):
        for c in range(grid.nColumns):
            cell = grid.getAccessibleAt(r, c)
            if cell is not None and cell.getState().contains(pyatspi.STATE_FOCUSED):
                return [r, c, cell.name or ""]
    return None


def run_trend(app):
    """The trend reached by her keys from K-17's page: Alt+F, Tab to „Ziele mit Skala …“,
    Space, Alt+V („Verlauf …“); its table as a screen reader's table commands read it, ↓
    twice, a Tab round, then Esc twice (trend, goals), each window's focus given back."""
    # the page's table takes the focus when the window is first activated, often while
    # the client still looked for the app (find_app): from the first event on
    verlauf = _focus_since(0, None, lambda now: now[1] == "Verlauf der Kontakte")
    focused_after(lambda: key("alt+f"))
    _tab_to(["push button", "Ziele mit Skala des Falls"], None, 12)
    start = len(events)
    key("space")
    goals = _focus_since(start, "Ziele mit Skala")
    start = len(events)
    key("alt+v")
    opened = _focus_since(start, "Zielverlauf")
    table = find(app, lambda n: n.getRoleName() == "table" and n.name == "Verlauf als Tabelle")
    if table is None:
        return {"error": "no table „Verlauf als Tabelle“ on the bus", "goals": goals}
    grid = table.queryTable()
    headers = [grid.getColumnHeader(c).name if grid.getColumnHeader(c) is not None else ""
               for c in range(grid.nColumns)]
    rows = [[(grid.getAccessibleAt(r, c).name or "") for c in range(grid.nColumns)]
            for r in range(grid.nRows)]
    walked = [_cell_focused(table, lambda: key("Down")) for _ in range(2)]
    tabbed = [opened]
    for _ in range(12):
        tabbed.append(focused_after(lambda: key("Tab")))
        if tabbed[-1] is None or tabbed[-1] in tabbed[:-1]:
            break
    closing = len(events)
    key("Escape")
    trend_gone = _window_gone(app, "Zielverlauf")
    back = _focus_since(closing, "Ziele mit Skala")
    closing = len(events)
    key("Escape")
    goals_gone = _window_gone(app, "Ziele mit Skala")
    page = _focus_since(closing, "SSA Desktop")
    return {"verlauf": verlauf, "name": table.name, "description": table.description,
            "headers": headers,
            "rows": rows, "walked": walked, "goals": goals, "tabbed": tabbed,
            "trend_gone": trend_gone, "back": back, "goals_gone": goals_gone, "page": page}


def run_main(app):
    focus_window()
    areas = []
    for area_key in AREA_KEYS:
        focused_after(lambda k=area_key: key(k))
        tree = []
        dump(app, tree)
        walk = []
        for _ in range(400):  # a closed chain repeats long before; a trap may never
            now = focused_after(lambda: key("Tab"))
            walk.append(now)
            if now is None or now in walk[:-1]:
                break
        areas.append({"key": area_key, "tree": tree, "walk": walk})
    return {"areas": areas, "quick_entry": run_dialog(app, "ctrl+n")}


def run_dialog_focus(shortcut, title):
    """Open a dialog by its shortcut and give it the keyboard."""
    key(shortcut)

    def focus_dialog():
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                title], capture_output=True, text=True, timeout=left(120))
        subprocess.run(["xdotool", "windowfocus", "--sync", found.stdout.split()[-1]],
                       timeout=left(60))

    focused_after(focus_dialog)


def run_dialog(app, shortcut, title="Kontakt erfassen"):
    """Open a dialog by its shortcut, dump it and walk Tab round it. Xvfb has no window
    manager: the new window gets the keyboard from xdotool, as a manager would give it."""
    run_dialog_focus(shortcut, title)
    tree = []
    dump(app, tree)
    walk = []
    for _ in range(200):
        now = focused_after(lambda: key("Tab"))
        walk.append(now)
        if now is None or now in walk[:-1]:
            break
    return {"tree": tree, "walk": walk}


def everything(node, out, depth=0):
    """Every object under ``node``, shown or not: role, name, text."""
    if node is None or depth > 80:
        return
    try:
        text = ""
        try:
            iface = node.queryText()
            text = iface.getText(0, iface.characterCount)
        except NotImplementedError:
            pass
        out.append({"role": node.getRoleName(), "name": node.name or "", "text": text,
                    "showing": node.getState().contains(pyatspi.STATE_SHOWING)})
        for child in node:
            everything(child, out, depth + 1)
    except Exception as err:
        out.append({"error": str(err)})


def run_secret_fields(app):
    focused = [_focus_since(0, None)]  # the dialog's first field, once the bus said so
    type_secret()
    focused_after(lambda: key("Tab"))
    focused.append(focused_after(lambda: key("Tab")))
    type_secret()
    focused_after(lambda: key("Tab"))
    return {"focused": focused, "events": events}


def run_secret_emergency(app):
    title = "Mit Notfallschlüssel öffnen"
    focused = [_focus_since(0, title, lambda now: now[0] == "password text"
                            and now[1] != "Passphrase")]   # past the unlock window's field
    type_secret()
    closing = len(events)
    key("Escape")
    _window_gone(app, title)  # the closed dialog's deletion has reached the bus
    # no window manager here: the unlock window gets the keyboard back from xdotool
    focused.append(_focus_since(closing, None))
    tree = []
    everything(app, tree)
    return {"focused": focused, "events": events, "tree": tree}


SECURITY_BUTTONS = [("Passphrase ändern", "Passphrase ändern"),
                    ("Notfallschlüssel anzeigen", "Notfallschlüssel anzeigen"),
                    ("Neuer Notfallschlüssel", "Neuer Notfallschlüssel"),
                    ("Übergabe an eine Nachfolge", "Übergabe an eine Nachfolge")]


def _window_gone(app, title):
    """No window of the app (shown or hidden) is named ``title`` any more."""
    return pump_until(lambda: not any(w is not None and w.name == title for w in app))


def _focus_since(start, title, expected=lambda now: True):
    """Give the window ``title`` (None: the app's last) the keyboard; the object the bus
    last said took the focus since event ``start`` (taken before the key that opened or
    closed a window: Qt may give the focus before xdotool does, then xdotool's adds no
    event), once it is one ``expected`` holds for."""
    focus_window(title)

    def focus_events():
        return [e["id"] for e in events[start:]
                if e["type"] == "object:state-changed:focused" and e["detail"] == 1]

    pump_until(lambda: bool(focus_events()) and expected(focus_events()[-1]))
    return (focus_events() or [None])[-1]


def _fill_secret_dialog(app, title, opener):
    """Open the dialog ``title`` with the key ``opener``, give it the keyboard, type the
    secret into each password field Tab reaches before the first button, Esc, and wait
    until it is gone. Its focus steps and the events of its life."""
    start = len(events)
    key(opener)
    focused = [_focus_since(start, title)]
    while (focused[-1] is not None and focused[-1][0] != "push button"
           and focused[-1] not in focused[:-1] and len(focused) < 12):
        if focused[-1][0] == "password text":
            type_secret()
        focused.append(focused_after(lambda: key("Tab")))
    closing = len(events)
    key("Escape")
    gone = _window_gone(app, title)
    return {"title": title, "focused": focused, "gone": gone, "events": events[start:],
            "closing": closing}


def _tab_to(role_name, first=None, most=80):
    """Tab until the focus is on ``role_name`` (``first``: where it is now)."""
    now = first
    for step in range(most):
        if now is not None and now[:2] == role_name:
            break
        now = focused_after(lambda: key("Tab"))
        if now is None and step:  # a Tab moved no focus: the keyboard is not in the app
            break
    return now


def run_secret_security(app):
    button = _tab_to(["push button", SECURITY_BUTTONS[0][0]], _focus_since(0, "SSA Desktop"))
    dialogs = []
    for name, title in SECURITY_BUTTONS:
        if button is None or button[:2] != ["push button", name]:
            return {"error": f"expected {name}, the focus was on {button}", "dialogs": dialogs}
        dialogs.append(_fill_secret_dialog(app, title, "space"))
        # no window manager: the main window gets the keyboard back from xdotool
        dialogs[-1]["back"] = _focus_since(dialogs[-1]["closing"], "SSA Desktop")
        button = focused_after(lambda: key("Tab"))
    start = len(events)
    key("ctrl+l")
    _tab_to(["push button", "Mit Notfallschlüssel öffnen"],
            _focus_since(start, "Tresor entsperren"), 10)
    emergency = _fill_secret_dialog(app, "Mit Notfallschlüssel öffnen", "space")
    emergency["back"] = _focus_since(emergency["closing"], "Tresor entsperren")
    tree = []
    everything(app, tree)
    return {"dialogs": [*dialogs, emergency], "tree": tree}


def run_secret_package(app):
    """Datenschutz → Vertretung in the real main window: „Paket öffnen (als Vertretung) …“
    (Alt+F), Alt+S to „Paketschlüssel“, the secret typed, Tab on to the first button, Esc;
    then every object of the app, shown or not."""
    title = "Vertretungspaket öffnen"
    before = _focus_since(0, "SSA Desktop")
    start = len(events)
    key("alt+f")
    focused = [_focus_since(start, title)]
    focused.append(focused_after(lambda: key("alt+s")))
    type_secret()
    while focused[-1] is not None and focused[-1][0] != "push button" and len(focused) < 8:
        focused.append(focused_after(lambda: key("Tab")))
    closing = len(events)
    key("Escape")
    gone = _window_gone(app, title)
    back = _focus_since(closing, "SSA Desktop")
    tree = []
    everything(app, tree)
    return {"focused": focused, "events": events[start:], "gone": gone, "back": back,
            "before": before, "tree": tree}


KINDS = ("object:text-changed", "object:announcement", "object:state-changed:showing",
         "object:property-change:accessible-name", "object:state-changed:focused",
         "object:state-changed:selected", "object:selection-changed",
         "object:text-caret-moved", "object:active-descendant-changed")
# a secret dialog: anything that could carry what she typed or a strength (a value)
SECRET_KINDS = ("object:text-changed", "object:state-changed:focused",
                "object:property-change:accessible-value", "object:value-changed",
                "object:property-change:accessible-name",
                "object:property-change:accessible-description", "object:announcement")
for kind in SECRET_KINDS if MODE.startswith("secret-") else KINDS:
    pyatspi.Registry.registerEventListener(on_event, kind)
RUNS = {"unlock": run_unlock, "emergency": run_emergency, "main": run_main,
        "search": run_search, "carried": run_carried, "refusal": run_refusal,
        "settings": run_settings, "appointment": run_appointment, "person": run_person,
        "figure": run_figure, "secret-fields": run_secret_fields,
        "secret-emergency": run_secret_emergency, "secret-security": run_secret_security,
        "secret-package": run_secret_package, "trend": run_trend}
try:
    result = RUNS[MODE](find_app())
except (OutOfTime, subprocess.TimeoutExpired) as err:
    result = {"error": f"out of time ({err}): {traceback.format_exc(limit=-4)}",
              "windows": windows_now(), "events": events[-40:]}
print(json.dumps(result))
