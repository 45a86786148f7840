"""What she removed is said in the status line beside the warning of a delivered school
year, in one place (``applying.say_done``): Vernetzung, Kurzkontakte and Offene Angebote
each joined the two themselves (``duplicates --change`` showed the pair). The runner says
the warning alone first; her removal's own line, said after it, must not hide it."""

from __future__ import annotations

from ssa_desktop.ui.common.applying import say_done


def test_the_line_keeps_the_warning_beside_what_was_done(ctx):
    said: list[str] = []
    ctx.status_message.connect(said.append)
    line = say_done(ctx, "Eintrag entfernt.", "Achtung: abgegeben.")
    assert line == "Eintrag entfernt. Achtung: abgegeben." and said == [line]


def test_without_a_warning_only_what_was_done(ctx):
    said: list[str] = []
    ctx.status_message.connect(said.append)
    assert say_done(ctx, "Eintrag entfernt.", "") == "Eintrag entfernt."
    assert say_done(ctx, "Eintrag entfernt.") == "Eintrag entfernt."
    assert said == ["Eintrag entfernt."] * 2
