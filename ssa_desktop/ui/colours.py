"""Every colour of the interface, declared once, and the contrast each pair must reach.

Two palettes: ``LIGHT`` (the default) and ``HIGH_CONTRAST`` (Einstellungen → Darstellung
→ "Hoher Kontrast"). When the operating system itself is in a high-contrast mode the
application takes the system's colours instead (``ui.theme.install``) and
``current()`` then holds colours derived from the system palette.

Widgets never write a colour literal: they read ``current().error`` and the like, so
that a colour changes here and the contrast test (``tests/ui/test_colours.py``) checks
every pair listed in ``PAIRS`` with the WCAG 2.x formula: text ≥ 4.5:1 (≥ 7:1 in the
high-contrast palette), user-interface components and graphical objects (focus frame,
selection, traffic-light dots) ≥ 3:1. No Qt here: the test and the docs need none.
"""


from typing import NamedTuple

TEXT_MIN = 4.5           # WCAG 1.4.3 (AA), normal text
TEXT_MIN_HIGH = 7.0      # WCAG 1.4.6 (AAA): the high-contrast palette's promise
UI_MIN = 3.0             # WCAG 1.4.11: components, states, focus indicator, graphics


class Colours(NamedTuple):
    """One palette. Names say what a colour is for, values are ``#rrggbb``. (A named tuple,
    not a dataclass: the unlock window reads it before its first frame, and ``dataclasses``
    costs that frame 5 ms.)"""

    name: str
    # the Qt palette roles (``ui.theme.qpalette``)
    window: str              # background of windows, dialogs, status bar, sidebar
    window_text: str
    base: str                # background of fields, lists and tables
    alternate_base: str      # every second row of a table
    text: str                # text in fields, lists and tables
    button: str
    button_text: str
    highlight: str           # selection: sidebar, selected rows, page lists
    highlighted_text: str
    placeholder: str         # the grey hint inside an empty field
    link: str
    mid: str                 # decorative separators (top bar line, sidebar divider)
    field_border: str        # the edge of fields, combo and spin boxes, check and radio boxes
    tooltip_base: str
    tooltip_text: str
    disabled_text: str       # inactive controls (WCAG exempts them; listed for completeness)
    # the focus frame (``ui.theme``): around the focused control, around the current cell
    focus: str
    # state colours of text
    error: str               # messages, overdue, wrong input frames
    ok: str                  # "Tresor: geprüft", attended, valid consent
    warning: str             # due soon, missed, hints to check
    muted: str               # free slots, expired entries, secondary text
    # fills behind normal text
    busy_fill: str           # a booked slot in Termine
    note_fill: str           # closed case, left pupil, earlier version
    due_fill: str            # a request due soon, withheld information
    overdue_fill: str        # an overdue request
    # message boxes: text, fill, border
    error_box_text: str
    error_box_fill: str
    error_box_border: str    # decorative: the box is told by its fill and its text
    info_box_text: str
    info_box_fill: str
    info_box_border: str
    warn_box_text: str
    warn_box_fill: str
    warn_box_border: str
    # traffic lights (Ampel) of Arbeitszeit: dots drawn on the table's base, words beside
    light_green: str
    light_amber: str
    light_red: str
    light_none: str
    light_ring: str          # the dot's outline
    # charts (Arbeitszeit, Statistik): series on the chart's base; the figures also stand
    # in tables, so series need 3:1 against the base, not against each other
    chart_text: str
    chart_axis: str
    chart_grid: str          # decorative
    chart_1: str
    chart_2: str
    chart_3: str
    chart_4: str             # also the target band / reference line
    # the acute § 8a button: white text on red
    alarm_fill: str
    alarm_text: str


LIGHT = Colours(
    name="light",
    window="#efefef", window_text="#000000", base="#ffffff", alternate_base="#f7f7f7",
    text="#000000", button="#efefef", button_text="#000000",
    highlight="#1f5f9e", highlighted_text="#ffffff", placeholder="#5f5f5f", link="#0050b3",
    mid="#b8b8b8", field_border="#767676", tooltip_base="#ffffdc", tooltip_text="#000000", disabled_text="#8c8c8c",
    focus="#0050b3",
    error="#b00020", ok="#1b6e20", warning="#7a4f00", muted="#5f5f5f",
    busy_fill="#dce8f5", note_fill="#fff1c2", due_fill="#fff3e0", overdue_fill="#ffebee",
    error_box_text="#8a1c1c", error_box_fill="#fdecea", error_box_border="#f5c6c0",
    info_box_text="#0d3c61", info_box_fill="#e8f1fb", info_box_border="#bcd6f2",
    warn_box_text="#5c4400", warn_box_fill="#fff4ce", warn_box_border="#e0c060",
    light_green="#2e7d32", light_amber="#b26a00", light_red="#c62828", light_none="#757575",
    light_ring="#333333",
    chart_text="#222222", chart_axis="#5f5f5f", chart_grid="#e3e3e3",
    chart_1="#4a6fa5", chart_2="#78909c", chart_3="#8d6e63", chart_4="#2e7d32",
    alarm_fill="#b00020", alarm_text="#ffffff",
)

HIGH_CONTRAST = Colours(
    name="high_contrast",
    window="#ffffff", window_text="#000000", base="#ffffff", alternate_base="#f0f0f0",
    text="#000000", button="#ffffff", button_text="#000000",
    highlight="#002b80", highlighted_text="#ffffff", placeholder="#3d3d3d", link="#0000c0",
    mid="#000000", field_border="#000000", tooltip_base="#ffffff", tooltip_text="#000000", disabled_text="#6b6b6b",
    focus="#000000",
    error="#8b0000", ok="#084d00", warning="#6b4000", muted="#3d3d3d",
    busy_fill="#dce8f5", note_fill="#fff1c2", due_fill="#fff3e0", overdue_fill="#ffebee",
    error_box_text="#6b0000", error_box_fill="#ffffff", error_box_border="#6b0000",
    info_box_text="#002b80", info_box_fill="#ffffff", info_box_border="#002b80",
    warn_box_text="#4d3000", warn_box_fill="#ffffff", warn_box_border="#4d3000",
    light_green="#084d00", light_amber="#8a5a00", light_red="#8b0000", light_none="#4d4d4d",
    light_ring="#000000",
    chart_text="#000000", chart_axis="#000000", chart_grid="#6b6b6b",
    chart_1="#002b80", chart_2="#4d4d4d", chart_3="#5d3a00", chart_4="#084d00",
    alarm_fill="#8b0000", alarm_text="#ffffff",
)

# (foreground, background, kind, where it is seen). kind "text" needs TEXT_MIN (TEXT_MIN_HIGH
# in the high-contrast palette), kind "ui" needs UI_MIN in both.
PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("window_text", "window", "text", "labels, status bar"),
    ("text", "base", "text", "fields, lists, tables"),
    ("text", "alternate_base", "text", "every second table row"),
    ("button_text", "button", "text", "buttons"),
    ("highlighted_text", "highlight", "text", "selected row, sidebar, Datenschutz page list"),
    ("highlight", "base", "ui", "selection against an unselected row"),
    ("highlight", "window", "ui", "selected sidebar entry against the sidebar"),
    ("field_border", "base", "ui", "edge of a field or check box against its inside"),
    ("field_border", "window", "ui", "edge of a field or check box against the window"),
    ("placeholder", "base", "text", "hint in an empty field"),
    ("placeholder", "alternate_base", "text", "hint in a field on a shaded row"),
    ("link", "window", "text", "links in labels"),
    ("link", "base", "text", "links in text views"),
    ("tooltip_text", "tooltip_base", "text", "tooltips"),
    ("focus", "window", "ui", "focus frame around a control on a window"),
    ("focus", "base", "ui", "focus frame around the current cell of a list or table"),
    ("focus", "alternate_base", "ui", "focus frame on a shaded row"),
    ("focus", "button", "ui", "focus frame next to a button"),
    ("highlighted_text", "highlight", "ui", "focus frame around the current, selected row"),
    ("error", "window", "text", "error messages"),
    ("error", "base", "text", "overdue entries in tables"),
    ("error", "alternate_base", "text", "overdue entries on a shaded row"),
    ("ok", "window", "text", "„Tresor: geprüft“, „Gespeichert“"),
    ("ok", "base", "text", "attended appointments, valid consents"),
    ("ok", "busy_fill", "text", "attended appointment in a booked slot"),
    ("warning", "window", "text", "hints to check"),
    ("warning", "base", "text", "due entries, missed appointments"),
    ("warning", "alternate_base", "text", "due entries on a shaded row"),
    ("warning", "busy_fill", "text", "missed appointment in a booked slot"),
    ("muted", "base", "text", "free slots in Termine, expired consents"),
    ("muted", "alternate_base", "text", "free slots on a shaded row"),
    ("muted", "window", "text", "secondary text on a window"),
    ("muted", "busy_fill", "text", "cancelled appointment in a booked slot"),
    ("muted", "note_fill", "text", "pupils who left (shaded)"),
    ("text", "busy_fill", "text", "booked slots in Termine"),
    ("text", "note_fill", "text", "closed cases, earlier versions"),
    ("text", "due_fill", "text", "requests due soon"),
    ("text", "overdue_fill", "text", "overdue requests"),
    ("error", "overdue_fill", "text", "overdue marker on an overdue row"),
    ("error_box_text", "error_box_fill", "text", "„Die Passphrase ist falsch …“"),
    ("info_box_text", "info_box_fill", "text", "demo and information boxes"),
    ("warn_box_text", "warn_box_fill", "text", "Vertretung banner, warnings in the wizard"),
    ("light_green", "base", "ui", "Ampel dot „im Rahmen“"),
    ("light_amber", "base", "ui", "Ampel dot „knapp“"),
    ("light_red", "base", "ui", "Ampel dot „außerhalb“"),
    ("light_none", "base", "ui", "Ampel dot „ohne Zielwert“"),
    ("light_ring", "base", "ui", "outline of the Ampel dot"),
    ("alarm_text", "alarm_fill", "text", "§ 8a button „Akute Gefährdung“"),
    ("chart_text", "base", "text", "labels in charts"),
    ("chart_axis", "base", "ui", "chart axes"),
    ("chart_1", "base", "ui", "first series (Ist, Kontakte)"),
    ("chart_2", "base", "ui", "second series (Soll)"),
    ("chart_3", "base", "ui", "third series"),
    ("chart_4", "base", "ui", "fourth series, target band, reference line"),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two colours, 1.0 … 21.0."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def minimum(colours: Colours, kind: str) -> float:
    if kind == "ui":
        return UI_MIN
    return TEXT_MIN_HIGH if colours.name == "high_contrast" else TEXT_MIN


def ratios(colours: Colours) -> list[tuple[str, str, float, float, str]]:
    """Every listed pair of ``colours``: (foreground, background, ratio, needed, where)."""
    return [(fg, bg, contrast_ratio(getattr(colours, fg), getattr(colours, bg)),
             minimum(colours, kind), where) for fg, bg, kind, where in PAIRS]


_current: list[Colours] = [LIGHT]


def current() -> Colours:
    """The palette in use (``ui.theme.install`` sets it)."""
    return _current[0]


def use(colours: Colours) -> None:
    _current[0] = colours


def from_system(window: str, window_text: str, base: str, text: str, highlight: str,
                highlighted_text: str, button: str, button_text: str, link: str) -> Colours:
    """Colours that do not override the system's high-contrast palette: every state
    colour of text becomes the system's text colour, every fill the system's base, the
    focus frame the window text. The state is then told by words (as it always is)."""
    return HIGH_CONTRAST._replace(
        name="system",
        window=window, window_text=window_text, base=base, alternate_base=base, text=text,
        button=button, button_text=button_text, highlight=highlight,
        highlighted_text=highlighted_text, placeholder=text, link=link, mid=window_text,
        field_border=text,
        tooltip_base=base, tooltip_text=text, disabled_text=text, focus=window_text,
        error=text, ok=text, warning=text, muted=text,
        busy_fill=base, note_fill=base, due_fill=base, overdue_fill=base,
        error_box_text=text, error_box_fill=base, info_box_text=text, info_box_fill=base,
        warn_box_text=text, warn_box_fill=base, error_box_border=text, info_box_border=text,
        warn_box_border=text, chart_text=text, chart_axis=text, chart_grid=text, chart_1=text,
        chart_2=text, chart_3=text, chart_4=text,
        light_green=text, light_amber=text, light_red=text, light_none=text, light_ring=text,
        alarm_fill=highlight, alarm_text=highlighted_text)
