"""A crawl after every operation that changes the vault as a whole (``OPERATIONS``): run
it on a copy of a demo vault, check every document against its digest, then open every
area, the tabs of a few persons, every Datenschutz page and the reports; fail on any
unexpected error logged, any error log record or exception, or „Die Aktion ist
fehlgeschlagen“ shown. A confirmed school
handover once left Datenschutz empty for good (an undeclared tombstone kind); nothing
but a look at everything after it showed that."""

from __future__ import annotations

import logging

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import documents
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.context import AppContext
from tests.conftest import TODAY
from tests.crawl.crawler import UNEXPECTED, close, crawl, main_window
from tests.crawl.operations import OPERATIONS, Stage
from tests.support.vaults import PASSPHRASE


def _params() -> list:
    return [pytest.param(op, id=op.name, marks=[pytest.mark.xfail(strict=True, reason=op.xfail)]
                         if op.xfail else []) for op in OPERATIONS]


def _a_document(conn) -> None:
    """Every operation meets a document (the demo has none): one of the first person not
    restricted."""
    from ssa_desktop.domain.documents import Owner
    from ssa_desktop.services import retention
    from ssa_desktop.storage import repositories as repo
    from tests.support import document_files as f

    barred = retention.restricted_ids(conn)
    person = next(p for p in repo.PERSONS.all(conn) if p.id not in barred)
    documents.add_document(conn, Owner("person", person.id), "consent", "Einwilligung",
                           clock.today(), f.pdf(), "einwilligung.pdf")


@pytest.mark.parametrize("operation", _params())
def test_everything_opens_after(operation, demo_copy, tmp_path, qtbot, capsys, caplog):
    caplog.set_level(logging.ERROR)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with clock.frozen(operation.day or TODAY):
        stage = Stage(Vault(demo_copy).unlock(PASSPHRASE), scratch)
        _a_document(stage.conn)
        operation.run(stage)
        assert "Traceback" not in capsys.readouterr().err   # the operation itself
        # every document still opens and matches its digest (what `check` reads)
        assert documents.check_documents(stage.conn) == []
        ctx = AppContext(stage.session.vault.folder)
        ctx.set_session(stage.session)
        window = main_window(ctx, qtbot, scratch)
        try:
            errors = crawl(window, qtbot, scratch)
        finally:
            ctx.lock()
            close(window)
    logged = capsys.readouterr().err
    errors += [f"logged: {line}" for line in logged.splitlines() if UNEXPECTED in line]
    errors += [f"log record: {r.getMessage()}" for r in caplog.records
               if r.levelno >= logging.ERROR]
    assert errors == [], "\n".join(errors) + "\n" + logged
