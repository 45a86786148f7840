"""The placeholder language's rules at their edges, each refusal word for word
(domain/letter_sandbox.py; mutation: tools/mutation.sh letter_sandbox, docs/mutants.md)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import letter_sandbox as sandbox
from ssa_desktop.domain import letters as dl

KIND = dl.KINDS["invitation"]
TAIL = (". In Vorlagen sind nur Platzhalter wie {{ person.first_name }} und einfache "
        "Bedingungen ({% if … %}) erlaubt; es wurde nichts erstellt.")


def refusal(source: str) -> str:
    with pytest.raises(dl.TemplateRefused) as caught:
        sandbox.render(source, {}, KIND)
    return str(caught.value)


def test_the_sandbox_has_no_globals_no_tests_and_only_the_safe_filters():
    env = sandbox.environment()
    assert env.globals == {}
    assert env.tests == {}
    assert set(env.filters) == {"upper", "lower", "title", "capitalize", "trim", "default"}
    assert sandbox.SAFE_FILTERS == set(env.filters)


@pytest.mark.parametrize(("source", "shown"), [
    ("{{ person.first_name | upper }}", "KIM ANNA"),
    ("{{ person.first_name | lower }}", "kim anna"),
    ("{{ person.first_name | title }}", "Kim Anna"),
    ("{{ person.first_name | capitalize }}", "Kim anna"),
    ("{{ person.class_label | trim }}", "7b"),
    ("{{ person.last_name | default('ohne') }}", "ohne"),
    ("{{ person.last_name | default('ohne', true) }}", "ohne"),
])
def test_each_safe_filter_is_taken_and_works(source, shown):
    values = {"person.first_name": "kim ANNA", "person.class_label": "  7b "}
    if "last_name" in source:   # default() fills an undefined value only: here it is ""
        values = {}
        assert sandbox.render(source, values, KIND) == ("ohne" if "true" in source else "")
        return
    assert sandbox.render(source, values, KIND) == shown


def test_values_are_not_escaped_and_a_trailing_line_break_is_kept():
    values = {"school.name": "Schule <am> See & Co \"1\""}
    assert sandbox.render("{{ school.name }}\n", values, KIND) == 'Schule <am> See & Co "1"\n'


def test_a_field_the_kind_allows_but_not_given_is_empty():
    assert sandbox.render("[{{ appointment.room }}]", {}, KIND) == "[]"
    assert sandbox.context({}, dl.KINDS["general"])["person"]["first_name"] == ""
    context = sandbox.context({"person.first_name": "Kim", "offer.title": "x"}, KIND)
    assert context["person"] == {"pseudonym": "", "first_name": "Kim", "last_name": "",
                                 "class_label": ""}
    assert "offer" not in context


def test_check_gives_the_placeholders_used():
    sources = ["{{ person.first_name }} {% if appointment.room %}{{ appointment.room }}{% endif %}",
               "{{ school.name | upper }}"]
    assert sandbox.check(sources, KIND) == {"person.first_name", "appointment.room",
                                            "school.name"}
    assert sandbox.placeholders(["{{ a.b.c }}", "{{ x }}"]) == {"a.b.c", "x"}


@pytest.mark.parametrize(("source", "what"), [
    ("{% for x in person.first_name %}{% endfor %}", "eine Schleife ({% for %})"),
    ("{{ person.first_name() }}", "einen Funktionsaufruf"),
    ("{{ person['first_name'] }}", "einen Zugriff mit [ ]"),
    ("{% set x = 1 %}", "eine Zuweisung ({% set %})"),
    ("{% set x %}a{% endset %}", "eine Zuweisung ({% set %})"),
    ("{% macro m() %}{% endmacro %}", "ein Makro"),
    ("{% call person.first_name() %}{% endcall %}", "einen Aufruf ({% call %})"),
    ("{% include 'a' %}", "ein Include"),
    ("{% import 'a' as b %}", "einen Import"),
    ("{% from 'a' import b %}", "einen Import"),
    ("{% extends 'a' %}", "ein Extends"),
    ("{% block b %}{% endblock %}", "einen Block"),
    ("{% with x = 1 %}{% endwith %}", "einen With-Block"),
    ("{% filter upper %}a{% endfilter %}", "einen Filterblock"),
    ("{{ 1 + 2 }}", "„Add“"),
    ("{{ person._secret }}", "einen Zugriff auf interne Eigenschaften („person._secret“)"),
    ("{{ _x.first_name }}", "einen Zugriff auf interne Eigenschaften („_x.first_name“)"),
    ("{{ 'a'.upper }}", "einen Zugriff auf interne Eigenschaften („upper“)"),
    ("{{ person.first_name | format }}", "den Filter „format“"),
    ("{{ person.first_name | default(*person.last_name) }}", "den Filter „default“"),
    ("{{ person.first_name | default(**person.last_name) }}", "den Filter „default“"),
])
def test_each_construct_beyond_placeholders_is_refused_by_its_name(source, what):
    assert refusal(source) == "Die Vorlage enthält " + what + TAIL


def test_a_safe_filter_with_plain_arguments_and_conditions_pass():
    source = ("{% if not person.first_name and person.last_name or school.name == 'x' %}"
              "{{ person.first_name ~ '!' | default('a') }}{% endif %}")
    assert sandbox.check([source], KIND) == {"person.first_name", "person.last_name",
                                             "school.name"}


@pytest.mark.parametrize(("source", "why"), [
    ("a\n{% if person.first_name %}x",
     "Zeile 2: ein Block ({% if %} oder {% for %}) ist nicht geschlossen "
     "({% endif %} bzw. {% endfor %} fehlt)"),
    ("a\nb\n{% frobnicate %}", "Zeile 3: sie enthält einen unbekannten Befehl in {% … %}"),
    ("{{ person.first_name ", "Zeile 1: die Schreibweise eines Platzhalters {{ … }} oder "
     "Befehls {% … %} stimmt nicht (z. B. eine fehlende Klammer)"),
])
def test_a_syntax_error_is_named_in_german_with_its_line(source, why):
    with pytest.raises(dl.TemplateRefused) as caught:
        sandbox.placeholders([source])
    assert str(caught.value) == f"Die Vorlage hat einen Fehler in {why}. Es wurde nichts erstellt."


def test_a_template_of_exactly_the_limit_is_read_one_more_is_refused():
    assert sandbox.MAX_SOURCE_CHARS == 4_000_000
    assert sandbox.placeholders(["a" * 4_000_000]) == set()
    with pytest.raises(dl.TemplateRefused) as caught:
        sandbox.placeholders(["{{ person.first_name }}", "a" * 4_000_001])
    assert str(caught.value) == "Die Vorlage ist zu groß; es wurde nichts erstellt."


def test_a_template_nested_beyond_the_stack_is_refused_in_german():
    source = "{{ " + "(" * 5000 + "person.first_name" + ")" * 5000 + " }}"
    with pytest.raises(dl.TemplateRefused) as caught:
        sandbox.placeholders([source])
    assert str(caught.value) == "Die Vorlage ist zu tief verschachtelt; es wurde nichts erstellt."


@pytest.mark.parametrize("source", [
    "{% if person.first_name > 1 %}x{% endif %}",
    "{% if 1 in 2 %}x{% endif %}",
    "{{ person.first_name | upper(1) }}",
    "{{ person.first_name | default(1, 2, 3) }}",
])
def test_a_comparison_or_filter_that_fails_on_her_values_is_refused_in_german(source):
    """Passing the check, these failed only when filled (a TypeError, no German sentence)."""
    assert sandbox.check([source], KIND) <= {"person.first_name"}
    assert refusal(source) == ("Die Vorlage enthält etwas Unzulässiges (TypeError)" + TAIL)
