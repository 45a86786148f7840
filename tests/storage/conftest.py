"""Fixtures of the storage tests that start child processes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def file_keyring(tmp_path, monkeypatch) -> Path:
    """A keychain in a file that every child process reads (``keyring`` with the
    tests' file backend), the children started from the repository."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("SSA_TEST_KEYRING_FILE", str(path))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.chdir(ROOT)
    return path
