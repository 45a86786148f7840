"""Reading and writing the typed vault options (``domain.options``)."""

from __future__ import annotations

from typing import Any, TypeVar

from ..domain import options as opts
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from .operations import DataKind, Outcome, outcome

T = TypeVar("T")


def get(conn: Connection, option: opts.Option[T]) -> T:
    """The stored value, or the option's default."""
    return option.decode(repo.get_setting(conn, option.name, ""))


def set_value(conn: Connection, option: opts.Option[T], value: Any) -> Outcome[T]:
    """Validate and store ``value`` (OptionError with a German message when refused)."""
    text = option.encode(value)
    with transaction(conn):
        repo.set_setting(conn, option.name, text)
    return outcome(option.decode(text), DataKind.SETTINGS)


def reset(conn: Connection, option: opts.Option) -> Outcome[Any]:
    with transaction(conn):
        repo.delete_setting(conn, option.name)
    return outcome(option.default, DataKind.SETTINGS)
