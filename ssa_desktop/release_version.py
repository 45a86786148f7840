"""The four-number Windows form of the package's PEP 440 version (docs/architecture.md,
"Versions"): ``major.minor.build.N`` for Inno Setup's VersionInfoVersion, the executables'
version resource and the MSI's ProductVersion. N orders what PEP 440 orders after the
release numbers: alpha 1000 + n, beta 2000 + n, release candidate 3000 + n, the release
4000, a post-release 4000 + n; so ``0.2.0rc1`` (0.2.0.3001) is below ``0.2.0`` (0.2.0.4000).
The MSI compares only the first three numbers: the .wxs declares same-version upgrades."""

from __future__ import annotations

import re

_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+)|\.post(\d+))?")
_PHASE = {"a": 1000, "b": 2000, "rc": 3000}
_RELEASE = 4000
_LIMITS = (255, 255, 65535)  # the MSI's ProductVersion: major, minor, build
_MOST = 999  # pre-releases (or post-releases) of one kind


def windows_version(version: str) -> str:
    """``0.2.0rc1`` → ``0.2.0.3001``; raises ValueError (a build-time message for the release engineer, in English) for a version Windows cannot order
    (a development or local build, an epoch, four release numbers, numbers too large)."""
    match = _VERSION.fullmatch(version)
    if match is None:
        raise ValueError(f"{version!r}: no Windows version (expected e.g. 0.2.0, "
                         "0.2.0rc1, 0.2.0.post1)")
    major, minor, micro, phase, pre, post = match.groups()
    numbers = (int(major), int(minor), int(micro or 0))
    if any(n > most for n, most in zip(numbers, _LIMITS, strict=True)):
        raise ValueError(f"{version!r}: too large for a Windows version "
                         "(at most 255.255.65535)")
    count = int(pre if phase else post or 0)
    if count > _MOST:
        raise ValueError(f"{version!r}: at most {_MOST} pre- or post-releases "
                         "per Windows version")
    return ".".join(map(str, (*numbers, _PHASE[phase] + count if phase else _RELEASE + count)))
