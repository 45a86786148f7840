"""The placeholder language of letters: Jinja, sandboxed and cut down to placeholders.

A template – built-in text, the XML of her DOCX – is parsed and its syntax tree checked
*before* anything is rendered: only text, ``{{ group.field }}`` of the declaration
(``domain.letters.FIELDS``), a few text filters and ``{% if %}`` pass. Loops, calls,
assignments, macros, includes, item access, arithmetic and any name starting with ``_``
are refused with a German sentence naming what was found, so a hostile template can
neither reach Python's internals nor run long (without loops the work is linear in the
template's size, which is bounded too). Rendering then runs in Jinja's
``SandboxedEnvironment`` with no globals, as a second wall.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from .letters import LetterKind, TemplateRefused, allowed_fields, check_placeholders, quoted

MAX_SOURCE_CHARS = 4_000_000   # the XML of a long DOCX is well below this
SAFE_FILTERS = frozenset({"upper", "lower", "title", "capitalize", "trim", "default"})
# Node types that carry nothing but text, structure and the checked placeholders.
_PASS = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.If,
         nodes.Not, nodes.And, nodes.Or, nodes.Compare, nodes.Operand, nodes.Concat)
_WHAT = {"For": "eine Schleife ({% for %})", "Call": "einen Funktionsaufruf",
         "Getitem": "einen Zugriff mit [ ]", "Assign": "eine Zuweisung ({% set %})",
         "AssignBlock": "eine Zuweisung ({% set %})", "Macro": "ein Makro",
         "CallBlock": "einen Aufruf ({% call %})", "Include": "ein Include",
         "Import": "einen Import", "FromImport": "einen Import", "Extends": "ein Extends",
         "Block": "einen Block", "With": "einen With-Block", "FilterBlock": "einen Filterblock"}


def environment() -> SandboxedEnvironment:
    """A sandbox with no globals and only the safe text filters."""
    env = SandboxedEnvironment(autoescape=False, keep_trailing_newline=True)
    env.globals.clear()
    env.tests.clear()
    env.filters = {name: env.filters[name] for name in SAFE_FILTERS}
    return env


def _dotted(node: nodes.Node) -> str | None:
    """``person.first_name`` for Getattr(Name) chains; None for anything else."""
    parts: list[str] = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if isinstance(node, nodes.Name):
        parts.append(node.name)
        return ".".join(reversed(parts))
    return None


def _refuse(what: str) -> TemplateRefused:
    return TemplateRefused(f"Die Vorlage enthält {what}. In Vorlagen sind nur Platzhalter "
                           "wie {{ person.first_name }} und einfache Bedingungen "
                           "({% if … %}) erlaubt; es wurde nichts erstellt.")


def _walk(node: nodes.Node, names: set[str]) -> None:
    if isinstance(node, (nodes.Getattr, nodes.Name)):
        dotted = _dotted(node)
        if dotted is None or any(part.startswith("_") for part in dotted.split(".")):
            raise _refuse("einen Zugriff auf interne Eigenschaften "
                          f"(„{quoted(getattr(node, 'attr', ''))}“)" if dotted is None
                          else f"einen Zugriff auf interne Eigenschaften („{quoted(dotted)}“)")
        names.add(dotted)
        return
    if isinstance(node, nodes.Filter):
        if node.name not in SAFE_FILTERS or node.dyn_args or node.dyn_kwargs:
            raise _refuse(f"den Filter „{node.name}“")
    elif not isinstance(node, _PASS):
        raise _refuse(_WHAT.get(type(node).__name__, f"„{type(node).__name__}“"))
    for child in node.iter_child_nodes():
        _walk(child, names)


def _syntax_error(message: str) -> str:
    """What she looks for in her template, in German (Jinja's message is English)."""
    if message.startswith("Unexpected end of template"):
        return ("ein Block ({% if %} oder {% for %}) ist nicht geschlossen "
                "({% endif %} bzw. {% endfor %} fehlt)")
    if message.startswith("Encountered unknown tag"):
        return "sie enthält einen unbekannten Befehl in {% … %}"
    return ("die Schreibweise eines Platzhalters {{ … }} oder Befehls {% … %} stimmt nicht "
            "(z. B. eine fehlende Klammer)")


def placeholders(sources: Iterable[str]) -> set[str]:
    """Every placeholder the sources use; ``TemplateRefused`` for anything beyond them."""
    env = environment()
    names: set[str] = set()
    for source in sources:
        if len(source) > MAX_SOURCE_CHARS:
            raise TemplateRefused("Die Vorlage ist zu groß; es wurde nichts erstellt.")
        try:
            _walk(env.parse(source), names)
        except TemplateSyntaxError as err:
            raise TemplateRefused(f"Die Vorlage hat einen Fehler in Zeile {err.lineno}: "
                                  f"{_syntax_error(err.message or '')}. Es wurde nichts "
                                  "erstellt.") from None
        except RecursionError:  # thousands of nested brackets or "not"s
            raise TemplateRefused("Die Vorlage ist zu tief verschachtelt; es wurde nichts "
                                  "erstellt.") from None
    return names


def check(sources: Iterable[str], kind: LetterKind) -> set[str]:
    """The placeholders of ``sources``, each declared and allowed for ``kind``."""
    names = placeholders(sources)
    check_placeholders(names, kind)
    return names


def context(values: Mapping[str, str], kind: LetterKind) -> dict[str, dict[str, str]]:
    """``{"person.first_name": "Kim"}`` as ``{"person": {"first_name": "Kim"}}``, every
    field ``kind`` allows present (empty when not given), nothing else."""
    out: dict[str, dict[str, str]] = {}
    for name in allowed_fields(kind):
        value = values.get(name, "")
        group, field = name.split(".", 1)
        out.setdefault(group, {})[field] = value
    return out


def render(source: str, values: Mapping[str, str], kind: LetterKind) -> str:
    """``source`` checked for ``kind`` and filled with ``values`` (missing ones empty)."""
    check([source], kind)
    try:
        return environment().from_string(source).render(context(values, kind))
    except (SecurityError, TemplateError, TypeError) as err:   # TypeError: `x > 1`, upper(1)
        raise _refuse(f"etwas Unzulässiges ({type(err).__name__})") from None
