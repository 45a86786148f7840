"""A screen reader's view, run by Debian's /usr/bin/python3 with pyatspi: find the app,
dump its tree (names, roles, relations), type a passphrase with xdotool into the
focused password field, press Enter, and record what the bus carried until the error
is announced. Prints one JSON object."""

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP, SECRET, PID = sys.argv[1], sys.argv[2], sys.argv[3]
INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text",
               "password text", "spin button", "toggle button", "page tab", "table",
               "list", "tree table", "slider"}


def find_app(deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == APP and app.childCount:
                return app
        time.sleep(0.2)  # polling the registry for the app to appear, not a timing assert
    raise SystemExit(json.dumps({"error": f"{APP} did not appear on the bus"}))


def dump(node, out, depth=0):
    if depth > 40:
        return
    try:
        role = node.getRoleName()
        states = node.getState()
        relations = [r.getRelationType().value_nick for r in node.getRelationSet()]
        out.append({"name": node.name or "", "role": role, "relations": relations,
                    "showing": states.contains(pyatspi.STATE_SHOWING)})
        for child in node:
            if child is not None:
                dump(child, out, depth + 1)
    except Exception as err:  # a node that vanished while reading
        out.append({"error": str(err)})


def main():
    app = find_app(time.monotonic() + 90)
    tree = []
    dump(app, tree)
    events = []
    loop = GLib.MainLoop()

    def on_event(event):
        data = event.any_data
        events.append({"type": event.type, "role": event.source.getRoleName()
                       if event.source else "", "data": str(data) if data is not None
                       else "", "name": event.source.name if event.source else ""})
        if "falsch" in str(data) or ("falsch" in (events[-1]["name"] or "")
                                     and "announcement" in event.type
                                     or "accessible-name" in event.type
                                     and "falsch" in (events[-1]["name"] or "")):
            loop.quit()

    for kind in ("object:text-changed", "object:announcement",
                 "object:property-change:accessible-name", "object:state-changed:focused"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    windows = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", PID],
                             capture_output=True, text=True, timeout=90).stdout.split()
    subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], timeout=90)
    subprocess.run(["xdotool", "type", "--delay", "20", SECRET], timeout=90)
    subprocess.run(["xdotool", "key", "Return"], timeout=90)
    GLib.timeout_add_seconds(90, loop.quit)  # the failure path only: nothing announced
    loop.run()
    print(json.dumps({"tree": tree, "events": events}))


main()
