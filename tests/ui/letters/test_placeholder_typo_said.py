"""Session 28, tester TS: her Word template with {{ appointment.date }} (the placeholder is
``appointment.day``) chosen in „Brief erstellen“ – the line under the preview said only
that it does not exist, with two unrelated examples. It now names the placeholder she
meant and the button that lists them all; nothing can be printed, saved or kept."""

from __future__ import annotations


def test_her_misspelt_placeholder_is_said_with_the_one_she_meant(her_docx, frozen_clock):
    dialog = her_docx("Liebe {{ person.first_name }}, wir sehen uns am {{ appointment.date }}.")
    assert dialog.problem.text() == (
        "Den Platzhalter „appointment.date“ gibt es nicht – gemeint ist wohl "
        "„appointment.day“. Alle Platzhalter dieser Briefart zeigt „Platzhalter …“ im "
        "Dialog „Brief erstellen“.")
    assert not dialog.save_button.isEnabled() and not dialog.keep_button.isEnabled()
    assert "Platz&halter …" == dialog.fields_button.text()   # the button it names
