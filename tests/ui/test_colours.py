"""The palette's contrast (WCAG 2.x, EN 301 549 chapter 11): every pair of colours the
interface puts next to each other is listed in ``ui.colours.PAIRS`` and computed here for
both palettes; the application really uses them (its QPalette); with the operating
system in high-contrast mode the system's colours stay untouched; and the places that
measured too low in the audit (free slots in Termine, "Tresor: geprüft", the Ampel dots)
take their colours from the palette.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from ssa_desktop.ui import colours, theme

SCHEMES = [colours.LIGHT, colours.HIGH_CONTRAST]
# listed for completeness, no ratio asked: decorative lines and disabled controls (WCAG
# 1.4.3 and 1.4.11 exempt inactive components and pure decoration)
EXEMPT = {"mid", "disabled_text", "error_box_border", "info_box_border", "warn_box_border",
          "chart_grid"}


def test_wcag_formula_matches_known_values():
    assert colours.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert colours.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert colours.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # the audit's findings, recomputed: Fusion's selection and placeholder, old colours
    assert colours.contrast_ratio("#ffffff", "#308cc6") == pytest.approx(3.69, abs=0.01)
    assert colours.contrast_ratio("#808080", "#ffffff") == pytest.approx(3.95, abs=0.01)
    assert colours.contrast_ratio("#2e7d32", "#efefef") == pytest.approx(4.46, abs=0.01)
    assert colours.contrast_ratio("#777777", "#f7f7f7") == pytest.approx(4.18, abs=0.01)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_pair_reaches_its_ratio(scheme):
    low = [f"{fg} on {bg} ({where}): {ratio:.2f}:1 < {needed}:1"
           for fg, bg, ratio, needed, where in colours.ratios(scheme) if ratio < needed]
    assert low == []


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_high_contrast_text_reaches_seven(scheme):
    text = [r for r, (_fg, _bg, kind, _w) in zip(colours.ratios(scheme), colours.PAIRS,
                                                 strict=True) if kind == "text"]
    needed = 7.0 if scheme is colours.HIGH_CONTRAST else 4.5
    assert min(r[2] for r in text) >= needed


COLOUR_NAMES = [name for name in colours.Colours._fields if name != "name"]


def test_every_colour_is_in_a_pair():
    used = {name for fg, bg, _k, _w in colours.PAIRS for name in (fg, bg)}
    assert set(COLOUR_NAMES) - EXEMPT - used == set()
    for scheme in SCHEMES:
        for name in COLOUR_NAMES:
            value = getattr(scheme, name)
            assert value.startswith("#") and len(value) == 7, (scheme.name, name, value)


@pytest.fixture
def restore(qapp):
    yield qapp
    theme.uninstall(qapp)


@pytest.mark.parametrize("high", [False, True])
def test_application_palette_is_the_declared_one(restore, monkeypatch, high):
    monkeypatch.setattr(theme, "system_high_contrast", lambda: False)
    scheme = theme.install(restore, high_contrast=high)
    assert scheme is (colours.HIGH_CONTRAST if high else colours.LIGHT)
    assert colours.current() is scheme
    palette = restore.palette()
    for group in (QPalette.Active, QPalette.Inactive):
        white = palette.color(group, QPalette.HighlightedText).name()
        blue = palette.color(group, QPalette.Highlight).name()
        assert colours.contrast_ratio(white, blue) >= (7.0 if high else 4.5)
        hint = palette.color(group, QPalette.PlaceholderText)
        assert hint.alpha() == 255
        assert colours.contrast_ratio(hint.name(), palette.color(group, QPalette.Base).name()) \
            >= (7.0 if high else 4.5)


def test_system_high_contrast_keeps_the_system_colours(restore, monkeypatch):
    monkeypatch.setattr(theme, "system_high_contrast", lambda: True)
    system = QPalette()
    scheme = theme.install(restore, high_contrast=False)
    assert scheme.name == "system"
    palette = restore.palette()
    for role in (QPalette.Window, QPalette.Base, QPalette.Text, QPalette.Highlight,
                 QPalette.HighlightedText, QPalette.PlaceholderText):
        assert palette.color(role) == system.color(role)
    # state colours of text follow the system's text colour, fills its base
    assert scheme.error == scheme.ok == scheme.text == palette.color(QPalette.Text).name()
    assert scheme.busy_fill == palette.color(QPalette.Base).name()
    assert scheme.focus == palette.color(QPalette.WindowText).name()


def test_free_slots_in_termine_are_readable(restore):
    from datetime import date

    from PySide6.QtCore import Qt

    from ssa_desktop.ui.appointments.models import DayModel

    theme.install(restore)
    model = DayModel()
    model.set_day(date(2026, 11, 24), [], show_names=False)
    brush = model.data(model.index(0, 0), Qt.ForegroundRole)
    for background in (colours.LIGHT.base, colours.LIGHT.alternate_base):
        assert colours.contrast_ratio(brush.color().name(), background) >= 4.5


def test_traffic_light_dots_stand_out(restore):
    from ssa_desktop.ui.time import dashboard

    theme.install(restore)
    for light in ("green", "amber", "red", "none"):
        assert colours.contrast_ratio(dashboard.light_colour(light), colours.LIGHT.base) >= 3.0


# Paper, not screen: the Beratungszettel is printed in black and grey on white.
PRINT = {"reports/slip_painter.py", "reports/slip_dialog.py"}


def test_no_colour_literal_outside_the_palette():
    """Every colour of the interface comes from ``ui/colours.py`` (so the pairs above are
    the colours one sees)."""
    import re
    from pathlib import Path

    import ssa_desktop.ui as ui

    root = Path(ui.__file__).parent
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|color:\s*(?:white|black)\b"
                         r"|background:\s*(?:white|black)\b|QColor\(\"[a-z]")
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name == "colours.py" or name in PRINT:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []
