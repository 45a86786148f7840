"""The crawl's demo vault: generated once, copied for every operation."""

from __future__ import annotations

import shutil

import pytest

from ssa_desktop.demo import create_demo_vault
from ssa_desktop.domain import clock
from tests.conftest import TODAY
from tests.support.vaults import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A locked demo vault (one worker's year, two schools) made on ``TODAY``."""
    folder = tmp_path_factory.mktemp("crawl-demo") / "tresor"
    with clock.frozen(TODAY):
        session = create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF, today=TODAY)
        _with_documents(session.conn)
        session.lock()
    return folder


def _with_documents(conn) -> None:
    """A document for about every tenth person, so that every operation of the crawl (a
    deletion run, a restore, a move, a handover …) meets documents too."""
    from ssa_desktop.domain.errors import UserError
    from ssa_desktop.services import documents
    from ssa_desktop.storage import repositories as repo
    from tests.support import document_files as f

    persons = repo.PERSONS.all(conn)
    for n, person in enumerate(persons[::10]):
        data = f.pdf(text=f"Dokument {n}") if n % 2 else f.image("PNG")
        try:
            documents.add_document(conn, documents.Owner("person", person.id), "other",
                                   f"Dokument {n}", TODAY, data)
        except UserError:   # a restricted person gets none
            continue


@pytest.fixture
def demo_copy(demo_template, tmp_path):
    """A copy of the demo vault's folder (locked) for one test."""
    folder = tmp_path / "tresor"
    shutil.copytree(demo_template, folder)
    return folder
