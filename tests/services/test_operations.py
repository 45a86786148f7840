"""Every use case that writes says what it writes, so that views refresh from it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import ssa_desktop.services as services_pkg
from ssa_desktop.services.operations import (
    NO_CHANGES,
    Changes,
    DataKind,
    changes_of,
    notify,
    run,
    writes,
)

WRITE_NAME = re.compile(r"^(save|delete|record|add|remove|set|close|start|withdraw|finalise|"
                        r"purge|move|apply|mark|document|inform|report|review|import)_")


def _use_cases():
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"ssa_desktop.services.{info.name}")
        for name, fn in vars(module).items():
            if inspect.isfunction(fn) and fn.__module__ == module.__name__ \
                    and not name.startswith("_"):
                params = list(inspect.signature(fn).parameters)
                if params[:1] == ["conn"]:
                    yield module.__name__, name, fn


def test_every_writing_use_case_declares_its_changes():
    undeclared = [f"{module}.{name}" for module, name, fn in _use_cases()
                  if WRITE_NAME.match(name) and not changes_of(fn)]
    assert undeclared == []


def test_reads_declare_nothing():
    from ssa_desktop.services import persons, setup

    assert changes_of(persons.list_persons) is NO_CHANGES
    assert changes_of(setup.list_schools) is NO_CHANGES


def test_a_run_combines_what_the_use_case_and_those_it_called_declared():
    @writes(DataKind.STATISTICS)
    def inner(conn):
        notify("Hinweis")
        return "inner"

    @writes(DataKind.PERSONS)
    def use_case(conn):
        return inner(conn) + " ok"

    assert use_case(None) == "inner ok"               # called directly: the plain value
    ran = run(use_case, None)
    assert (ran.value, ran.notices) == ("inner ok", ("Hinweis",))
    assert ran.changes == Changes.of(DataKind.PERSONS, DataKind.STATISTICS)
    assert ran.changes.touches(DataKind.STATISTICS) and not ran.changes.touches(DataKind.TIME)
    wrapped = run(lambda conn: inner(conn), None)     # a lambda around it loses nothing
    assert wrapped.changes == Changes.of(DataKind.STATISTICS)
    assert run(lambda conn: 3, None).changes == NO_CHANGES


def test_every_use_case_that_writes_a_package_says_so():
    """A package file, its key or the registry of packages changed: ``PACKAGES`` (a view
    that lists packages watches it; the backups and retention views need not reload)."""
    from ssa_desktop.services import handover_confirm, handover_deputy, handover_school

    writers = (handover_deputy.create_deputy_package, handover_school.create_school_package,
               handover_confirm.confirm_school_handover)
    assert [f.__name__ for f in writers if not changes_of(f).touches(DataKind.PACKAGES)] == []
