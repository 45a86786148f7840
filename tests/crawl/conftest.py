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
        create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF, today=TODAY).lock()
    return folder


@pytest.fixture
def demo_copy(demo_template, tmp_path):
    """A copy of the demo vault's folder (locked) for one test."""
    folder = tmp_path / "tresor"
    shutil.copytree(demo_template, folder)
    return folder
