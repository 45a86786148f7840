"""What a screen reader gets from a secret dialog (run by Debian's /usr/bin/python3 with
pyatspi, keys through xdotool as from a keyboard); prints one JSON object.

Every mode but ``emergency``: type the secret into the focused field, Tab twice (past the
„Anzeigen“ toggle to the next field), type it again, Tab on; record the role of each
focused object and every text, value and name event. ``emergency``: in „Mit
Notfallschlüssel öffnen“ type the secret into the key field, press Esc (Abbrechen), wait
until the focus is back in the unlock window, then read every object of the app, shown
or not, with its name and text."""

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

MODE, APP, PID, SECRET = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
WAIT = 60  # seconds: only a failure waits this long
events = []
context = GLib.MainContext.default()
GLib.timeout_add(50, lambda: True)


def pump_until(done, seconds=WAIT):
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        context.iteration(True)
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


def on_event(event):
    source = event.source
    try:
        ident = [source.getRoleName(), source.name or ""] if source else []
    except Exception:
        ident = []
    events.append({"type": event.type, "data": str(event.any_data or ""), "id": ident,
                   "detail": event.detail1})


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=60)


def type_secret():
    subprocess.run(["xdotool", "type", "--delay", "20", SECRET], check=True, timeout=60)


def focus_window(name=None):
    args = ["--name", name] if name else ["--pid", PID]
    for _ in range(WAIT):
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", *args],
                               capture_output=True, text=True, timeout=120).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], timeout=60)
            return
        time.sleep(1)


def focused_after(press):
    start = len(events)
    press()

    def came():
        return any(e["type"] == "object:state-changed:focused" and e["detail"] == 1
                   for e in events[start:])

    pump_until(came)
    return next((e["id"] for e in events[start:]
                 if e["type"] == "object:state-changed:focused" and e["detail"] == 1), None)


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


def run_fields():
    focus_window()
    pump_until(lambda: False, 1)  # the focus event of the first field has come
    focused = [next((e["id"] for e in reversed(events)
                     if e["type"] == "object:state-changed:focused" and e["detail"] == 1),
                    None)]
    type_secret()
    focused_after(lambda: key("Tab"))
    focused.append(focused_after(lambda: key("Tab")))
    type_secret()
    focused_after(lambda: key("Tab"))
    return {"focused": focused, "events": events}


def run_emergency(app):
    focus_window("Mit Notfallschlüssel öffnen")
    pump_until(lambda: False, 1)
    focused = [next((e["id"] for e in reversed(events)
                     if e["type"] == "object:state-changed:focused" and e["detail"] == 1),
                    None)]
    type_secret()
    key("Escape")
    pump_until(lambda: False, 2)  # the closed dialog's deletion has reached the bus
    # no window manager here: the unlock window gets the keyboard back from xdotool
    focused.append(focused_after(focus_window))
    tree = []
    everything(app, tree)
    return {"focused": focused, "events": events, "tree": tree}


for kind in ("object:text-changed", "object:state-changed:focused",
             "object:property-change:accessible-value", "object:value-changed",
             "object:property-change:accessible-name",
             "object:property-change:accessible-description", "object:announcement"):
    pyatspi.Registry.registerEventListener(on_event, kind)
application = find_app()
print(json.dumps(run_emergency(application) if MODE == "emergency" else run_fields()))
