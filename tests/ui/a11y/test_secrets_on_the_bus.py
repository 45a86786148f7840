"""Issue 59, findings 1 and 2, on the real accessibility bus (Xvfb, D-Bus, at-spi2-core,
the app on xcb, a pyatspi client typing with xdotool; the bus of test_real_bus.py):
every secret dialog's field is a password field to a reader and carries none of the
typed characters; the strength bar sends no value (Orca said „100 percent“ on every
keystroke); after „Mit Notfallschlüssel öffnen“ → typing → Abbrechen nothing of the key
and no hidden dialog remains on the bus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.a11y.test_real_bus import bus, run_on_bus  # noqa: F401 (the fixture)

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
SECRET = "Geheim-Wort-42"


def _run(env, tmp_path, mode: str) -> dict:
    # the one bus client of these tests (bus_client.py), in its secret modes
    reading = "secret-emergency" if mode == "emergency" else "secret-fields"
    seen = run_on_bus(env, tmp_path, mode, reading, script="secrets_bus_app.py",
                      name="ssa-secrets-bus")
    # a focused object as [role, name] (bus_client also gives its bus path)
    seen["focused"] = [f[:2] if f else f for f in seen["focused"]]
    return seen


def _typed(events) -> str:
    return "".join(e["data"] for e in events if "text-changed" in e["type"])


# Two Tabs after the first field: where the fields come before their show toggles
# (Passphrase ändern, Übergabe: FieldsBeforeToggles) the second Tab reaches the repetition
@pytest.mark.parametrize(("mode", "fields"), [
    ("change", [["password text", "Bisherige Passphrase"],
                ["password text", "Neue Passphrase wiederholen"]]),
    ("handover", [["password text", "Bisherige Passphrase"],
                  ["password text", "Neue Passphrase wiederholen"]]),
    ("prompt", [["password text", "Passphrase"], ["push button", "Weiter"]]),
    ("package", [["password text", "Paketschlüssel"], ["push button", "Abbrechen"]]),
])
def test_a_secret_dialog_puts_nothing_typed_on_the_bus(bus, tmp_path, mode, fields):  # noqa: F811
    seen = _run(bus, tmp_path, mode)
    assert seen["focused"][:2] == fields, seen["focused"]
    assert not set(SECRET) & set(_typed(seen["events"])), _typed(seen["events"])
    said = [e for e in seen["events"] if SECRET[:6] in e["data"]]
    assert said == []
    values = [e for e in seen["events"] if "value" in e["type"]]
    assert values == [], values  # no strength percentage


def test_a_cancelled_emergency_key_leaves_nothing_on_the_bus(bus, tmp_path):  # noqa: F811
    seen = _run(bus, tmp_path, "emergency")
    assert seen["focused"] == [["password text", "Notfallschlüssel"],
                               ["password text", "Passphrase"]], seen["focused"]
    assert not set(SECRET) & set(_typed(seen["events"])), _typed(seen["events"])
    left = [n for n in seen["tree"] if SECRET[:6] in n.get("text", "") + n.get("name", "")]
    assert left == []
    dialogs = [n for n in seen["tree"] if n.get("name") == "Mit Notfallschlüssel öffnen"
               and n.get("role") == "dialog"]
    assert dialogs == [], "the closed dialog is still on the bus"


def _security(env, tmp_path, mode: str = "security", reading: str = "secret-security") -> dict:
    """The real main window (bus_app.py ``mode``) read by bus_client.py's ``reading``."""
    return run_on_bus(env, tmp_path, mode, reading)


SECURITY_FIELDS = {
    "Passphrase ändern": ["Bisherige Passphrase", "Neue Passphrase",
                          "Neue Passphrase wiederholen"],
    "Notfallschlüssel anzeigen": ["Passphrase"],
    "Neuer Notfallschlüssel": ["Passphrase"],
    "Übergabe an eine Nachfolge": ["Bisherige Passphrase", "Neue Passphrase",
                                   "Neue Passphrase wiederholen"],
    "Mit Notfallschlüssel öffnen": ["Notfallschlüssel", "Neue Passphrase",
                                    "Neue Passphrase wiederholen"]}


def test_the_real_windows_secret_dialogs_put_nothing_typed_on_the_bus(bus, tmp_path):  # noqa: F811
    """Issue 59, findings 1 and 2, as the tester did it: in the real main window,
    Einstellungen → Sicherheit, each of „Passphrase ändern“, „Notfallschlüssel anzeigen“,
    „Neuer Notfallschlüssel“ and „Übergabe der Stelle“ opened with Space, the secret typed
    into every field Tab reaches, Esc; then Strg+L, „Mit Notfallschlüssel öffnen“ from the
    unlock window by Tab and Space, the secret typed, Esc. No typed character, no strength
    value on the bus; afterwards no closed dialog and no trace of the secret in the app's
    tree, shown or hidden; the focus back where she was."""
    seen = _security(bus, tmp_path)
    assert seen.get("error") is None, seen.get("error")
    dialogs = {d["title"]: d for d in seen["dialogs"]}
    assert list(dialogs) == list(SECURITY_FIELDS)
    for title, names in SECURITY_FIELDS.items():
        dialog = dialogs[title]
        fields = [f[:2] for f in dialog["focused"] if f and f[0] == "password text"]
        assert fields == [["password text", n] for n in names], (title, dialog["focused"])
        assert not set(SECRET) & set(_typed(dialog["events"])), (title, _typed(dialog["events"]))
        assert [e for e in dialog["events"] if SECRET[:6] in e["data"]] == [], title
        assert [e for e in dialog["events"] if "value" in e["type"]] == [], title
        assert dialog["gone"], f"{title}: the closed dialog is still on the bus"
    backs = [d["back"][:2] for d in seen["dialogs"]]
    assert backs[:4] == [["push button", name] for name in (
        "Passphrase ändern", "Notfallschlüssel anzeigen", "Neuer Notfallschlüssel",
        "Übergabe an eine Nachfolge")], backs
    left = [n for n in seen["tree"] if SECRET[:6] in n.get("text", "") + n.get("name", "")]
    assert left == []
    assert not [n for n in seen["tree"] if n.get("role") == "dialog"
                and n.get("name") in SECURITY_FIELDS], "a closed dialog is still on the bus"


def test_the_package_key_field_of_the_real_window_puts_nothing_typed_on_the_bus(bus, tmp_path):  # noqa: F811
    """„Vertretungspaket öffnen“ as she opens it: the real main window, Datenschutz →
    Vertretung, „Paket öffnen (als Vertretung) …“ (Alt+F), Alt+S to „Paketschlüssel“, the
    secret typed, Tab on, Esc: the field is a password field, no typed character and no
    value on the bus; the dialog gone, nothing of the secret left in the tree; the focus
    back where it was."""
    seen = _security(bus, tmp_path, "handover", "secret-package")
    focused = [f[:2] if f else f for f in seen["focused"]]
    assert focused[1] == ["password text", "Paketschlüssel"], focused
    assert focused[-1][0] == "push button", focused
    assert not set(SECRET) & set(_typed(seen["events"])), _typed(seen["events"])
    assert [e for e in seen["events"] if SECRET[:6] in e["data"]] == []
    assert [e for e in seen["events"] if "value" in e["type"]] == []
    assert seen["gone"], "the closed dialog is still on the bus"
    assert seen["back"] == seen["before"], (seen["before"], seen["back"])
    left = [n for n in seen["tree"] if SECRET[:6] in n.get("text", "") + n.get("name", "")]
    assert left == []
