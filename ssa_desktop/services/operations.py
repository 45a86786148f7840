"""What a use case tells its caller: its value, and which kinds of data it wrote.

The Anki idea (``qt/aqt/operations``), in one form: a use case declares the kinds it
writes with ``@writes(DataKind...)`` and returns its plain value (the CLI, tests and
other services call it directly). ``run`` is how the GUI's runner calls it: the
``Outcome`` of a run holds the value, the typed ``Changes`` declared by every use case
it called and the notices given (``notify``). Views listen for ``Changes`` and refresh
only when a kind they show is in it.

Long operations receive a ``Progress``: calling it reports progress and raises
``Cancelled`` once the user asked to stop (check it between units of work, outside a
transaction or before committing).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class DataKind(StrEnum):
    """Kinds of data a view can show; a service names those it wrote."""

    SCHOOLS = "schools"              # schools, posts, post shares
    PERSONS = "persons"
    CASES = "cases"
    CONTACTS = "contacts"            # contacts and Kurzkontakte
    NOTES = "notes"                  # working notes, annotations
    DRAFTS = "drafts"                # drafts as listed: one appears, goes, or its line changes
    DRAFT_TEXTS = "draft_texts"      # what she typed into a listed draft (no list shows it)
    APPOINTMENTS = "appointments"
    GROUPS = "groups"
    OPEN_OFFERS = "open_offers"
    NETWORK = "network"              # partners, networking activities
    AGREEMENTS = "agreements"        # cooperation agreements, goals, targets
    CHILD_PROTECTION = "child_protection"
    CONSENTS = "consents"            # consents and disclosures
    DOCUMENTS = "documents"          # her documents (scans, letters) kept in the vault
    STATISTICS = "statistics"        # anonymous statistics records, KVJS snapshots
    TIME = "time"                    # time entries, absences, stopwatch
    RETENTION = "retention"          # states, holds, restrictions, deletion log
    SETTINGS = "settings"
    BACKUPS = "backups"              # the vault's backup files (a backup changes no record)
    PACKAGES = "packages"            # handover packages kept track of: registry, keys, files
    VAULT = "vault"                  # keys, restore, post handover: everything may differ


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[DataKind] = frozenset()

    @classmethod
    def of(cls, *kinds: DataKind | str) -> Changes:
        return cls(frozenset(DataKind(k) for k in kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: DataKind | str) -> bool:
        """True when any of ``kinds`` changed (a view asks for what it shows)."""
        return any(DataKind(k) in self.kinds for k in kinds)


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What one ``run`` of a use case did: its value, what it changed, and the warnings
    for the worker it gave on the way (``notify``), e.g. that a school year's KVJS
    figures were delivered. Built by ``run`` only; no use case returns one."""

    value: T
    changes: Changes = field(default=NO_CHANGES)
    notices: tuple[str, ...] = ()


F = TypeVar("F", bound=Callable)


def writes(*kinds: DataKind | str) -> Callable[[F], F]:
    """Declare on a service function which kinds of data it writes.

    The function keeps returning its plain value (CLI, tests and other services call it
    directly); ``AppContext.apply`` runs it and broadcasts ``changes_of(fn)``, so the
    view that calls a use case never names what to refresh itself.
    """
    changes = Changes.of(*kinds)

    def mark(fn: F) -> F:
        @functools.wraps(fn)
        def declared(*args, **kwargs):
            result = fn(*args, **kwargs)
            _wrote(changes)   # the running ``run`` learns it, however the call was wrapped
            return result
        declared.changes = changes  # type: ignore[attr-defined]
        return declared  # type: ignore[return-value]
    return mark


def changes_of(fn: Callable) -> Changes:
    """What ``fn`` declared with ``@writes`` (nothing for a read)."""
    return getattr(fn, "changes", NO_CHANGES)


# -- one run: what its use cases wrote and the warnings they gave ------------------------------
@dataclass
class _Run:
    changes: Changes = NO_CHANGES
    notices: list[str] = field(default_factory=list)


_current: ContextVar[_Run | None] = ContextVar("ssa_run", default=None)


def _wrote(changes: Changes) -> None:
    run_ = _current.get()
    if run_ is not None:
        run_.changes = run_.changes | changes


def notify(message: str) -> None:
    """Give the worker a warning (a German sentence) with the result of the running use
    case; ``run`` collects it into the ``Outcome``. Outside a run it goes nowhere."""
    run_ = _current.get()
    if run_ is not None:
        run_.notices.append(message)


@contextlib.contextmanager
def _running() -> Iterator[_Run]:
    token = _current.set(_Run())
    try:
        yield _current.get()  # type: ignore[misc]
    finally:
        _current.reset(token)


def run(fn: Callable[..., object], *args: object, **kwargs: object) -> Outcome:
    """Run a use case: its value, what it changed and the notices it gave, as one
    ``Outcome`` - the one way the GUI's runner learns what a use case did. Changes are
    what ``fn`` and every ``@writes`` use case called during the run declared, so a
    lambda or a helper wrapped around a use case loses nothing."""
    with _running() as run_:
        value = fn(*args, **kwargs)
    return Outcome(value, changes_of(fn) | run_.changes, tuple(run_.notices))


class Cancelled(Exception):
    """The user stopped a long operation; nothing of its current unit was written."""


class Progress:
    """Passed to long operations: ``progress(percent, text)`` reports and raises
    ``Cancelled`` once ``cancel()`` was called (from any thread)."""

    def __init__(self, report: Callable[[int, str], None] | None = None):
        self._report = report
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._final = False

    def __call__(self, percent: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(int(percent), text)

    def cancel(self) -> bool:
        """Stop the work at its next step; False (nothing stopped) once it has passed its
        last step (``finishing``): it then ends whole."""
        with self._lock:
            if self._final:
                return False
            self._cancel.set()
            return True

    def finishing(self, percent: int, text: str = "") -> None:
        """The last step before what cannot be taken back (a commit that logs a
        disclosure): raises ``Cancelled`` when cancelled; after it a cancel is refused,
        so the work ends whole and its caller gets its result (a key shown once)."""
        with self._lock:
            if self._cancel.is_set():
                raise Cancelled()
            self._final = True
        if self._report is not None:
            self._report(int(percent), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def final(self) -> bool:
        """Past its last step (``finishing``): a cancel is refused, it ends whole."""
        return self._final

    def steps(self, items: Iterable[T], total: int, text: str = "") -> Iterable[T]:
        """Iterate ``items`` reporting progress (and honouring cancel) per item."""
        for index, item in enumerate(items):
            self(index * 100 // max(total, 1), text)
            yield item
        self(100, text)
