"""Small helpers shared by the data-protection widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...domain.options import OptionError
from ...services.breach import BreachError
from ...services.privacy import PrivacyError
from ...services.processing_record import RuleTableMissing
from ...services.session import VaultError

_GERMAN = (PrivacyError, BreachError, RuleTableMissing, OptionError)


def german_op(fn: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    """An ``op(conn, progress)`` for ``ctx.perform`` from ``fn(conn)``: the services'
    refusals (German sentences) reach the user as they are, not as a generic failure."""
    def op(conn, _progress):
        try:
            return fn(conn)
        except _GERMAN as err:
            raise VaultError(str(err)) from None
    return op
