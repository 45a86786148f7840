"""A writer held halfway on a thread of its own, for the one-writer-per-file tests: it has
claimed its file and waits there while the test tries a second writer; the order is set
with events, never with time."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def held(write: Callable[[Callable[[], None]], None]) -> Iterator[list[BaseException]]:
    """``write(hold)`` on a thread of its own, held where it calls ``hold()`` until the
    block ends, then let go on and joined; the errors it ended with in the list yielded
    (the caller asserts on them after the block). Fails at once if it ended before."""
    holding, go_on = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold() -> None:
        holding.set()
        go_on.wait()

    def run() -> None:
        try:
            write(hold)
        except BaseException as err:
            errors.append(err)
            holding.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    holding.wait()
    try:
        assert not errors, errors
        yield errors
    finally:
        go_on.set()
        thread.join()
