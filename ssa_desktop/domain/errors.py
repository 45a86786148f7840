"""The one error type meant for the worker.

A ``UserError`` is a refusal in her words: ``str(err)`` is a complete German sentence
(addressed with "Sie" where it addresses her) that the GUI and the CLI show as it is
(``ui.common.messages.user_message``). Every service, domain rule, report or export
that refuses an input raises a ``UserError`` or one of its subclasses; a bare
``ValueError`` is a programming error and is never shown (tests/test_user_errors.py).
It derives from ``ValueError`` so that code catching ``ValueError`` keeps working.
The vault's errors (``storage.errors.VaultError``: wrong passphrase, storage full, a
file that could not be written …) are ``UserError``s too. The GUI catches
``UserError`` only; anything else goes to the crash handler, which shows the generic
German sentence (tests/test_user_errors.py).
"""

from __future__ import annotations


class UserError(ValueError):
    """A refusal meant for the worker; ``str()`` is the German sentence shown as it is."""
