"""Fixtures of the fault tests: one crash-left vault per session, copied per test."""

from __future__ import annotations

import pytest

from .crash import copy_vault, make_crashed_vault


@pytest.fixture(scope="session")
def crashed_template(tmp_path_factory):
    return make_crashed_vault(tmp_path_factory.mktemp("crashed") / "tresor")


@pytest.fixture
def crashed_vault(crashed_template, tmp_path):
    return copy_vault(crashed_template, tmp_path / "tresor")
