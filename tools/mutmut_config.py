"""mutmut 2 reads ``mutmut_config`` from the working directory: ``tools/mutation.sh``
copies this file there for a module with ``ROUTES`` and removes it afterwards.

``pre_mutation`` runs before each mutant: a mutant on a line of a routed part runs only
that part's tests instead of the module's whole selection (``MUTATION_ROUTES``:
``first-last:test files|...``, 1-based lines, from the script). A part whose rules are
proved by a few test files then costs those files, not every file of the module."""

from __future__ import annotations

import os


def _routes() -> list[tuple[int, int, str]]:
    routes = []
    for route in filter(None, os.environ.get("MUTATION_ROUTES", "").split("|")):
        lines, tests = route.split(":", 1)
        first, last = lines.split("-")
        routes.append((int(first), int(last), tests))
    return routes


def pre_mutation(context) -> None:
    line = context.mutation_id.line_number + 1      # mutmut counts lines from 0
    default_tests = os.environ.get("MUTATION_TESTS", "")
    for first, last, tests in _routes():
        if first <= line <= last and default_tests:
            context.config.test_command = context.config.test_command.replace(
                default_tests, " " + tests)
            return
