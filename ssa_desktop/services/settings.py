"""Reading and writing the typed vault options (``domain.options``)."""

from __future__ import annotations

from typing import Any, TypeVar

from ..domain import options as opts
from ..storage import repositories as repo
from ..storage.transactions import transaction
from .operations import DataKind, Outcome, outcome

T = TypeVar("T")


def get(conn, option: opts.Option[T]) -> T:
    """The stored value, or the option's default."""
    return option.decode(repo.get_setting(conn, option.name, ""))


def set_value(conn, option: opts.Option[T], value: Any) -> Outcome[T]:
    """Validate and store ``value`` (OptionError with a German message when refused)."""
    text = option.encode(value)
    with transaction(conn):
        repo.set_setting(conn, option.name, text)
    return outcome(option.decode(text), DataKind.SETTINGS)


def reset(conn, option: opts.Option) -> Outcome[Any]:
    with transaction(conn):
        repo.delete_setting(conn, option.name)
    return outcome(option.default, DataKind.SETTINGS)


def upgrade_stored(conn) -> bool:
    """Bring stored option values to the current settings version (at unlock)."""
    stored_version = int(repo.get_setting(conn, opts.SETTINGS_VERSION_KEY, "0") or 0)
    target = opts.current_version()
    if stored_version >= target:
        return False
    with transaction(conn):
        before = repo.all_settings(conn)
        after = opts.upgrade(before, stored_version)
        for name in before.keys() - after.keys():
            repo.delete_setting(conn, name)
        for name, text in after.items():
            if before.get(name) != text:
                repo.set_setting(conn, name, text)
        repo.set_setting(conn, opts.SETTINGS_VERSION_KEY, str(target))
    return True
