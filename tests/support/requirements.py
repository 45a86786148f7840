"""Tests that need a system tool (strace, unshare + tmpfs, a sqlcipher shell): CI installs
them (.ci/run), so there a missing tool FAILS the test instead of skipping it — a
reliability test that silently does not run would promise nothing. On a developer
machine without the tool the test is skipped with the reason."""

from __future__ import annotations

import os

import pytest


def require(available: bool, reason: str) -> None:
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide this (see .ci/run): {reason}")
    pytest.skip(reason)
