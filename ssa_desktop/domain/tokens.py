"""Anonymous tokens of the statistics layer (docs/statistics.md, "Statistik-Datensatz").

Every token is an HMAC-SHA-256 of a school year (and a label) under a secret that lives
only beside its source: a person's ``stat_token``, a case's or group's random id. The
statistics table therefore holds tokens that count a person, case or group once *per
school year*, but nothing in it links two years, and once the source row is deleted
nothing maps a token back. Derivation is deterministic, so the backfill of old records
and every later record of the same year agree.
"""

from __future__ import annotations

from .digests import hmac_sha256


def derive(secret: str, label: str, *parts: object) -> str:
    """A 32-hex-digit token of ``label`` and ``parts`` under ``secret`` ("" without secret)."""
    if not secret:
        return ""
    message = "|".join([label, *(str(p) for p in parts)]).encode("utf-8")
    return hmac_sha256(secret.encode("utf-8"), message).hex()[:32]


def person_token(stat_token: str, school_year: int) -> str:
    """A person's token in one school year (the person's ``stat_token`` is the secret)."""
    return derive(stat_token, "person", school_year)


def case_token(stat_token: str, case_id: str | None, school_year: int) -> str:
    """A case's token in one school year: a case running over two years counts in both."""
    return derive(stat_token, "case", case_id, school_year) if case_id else ""


def group_token(group_id: str | None, school_year: int) -> str:
    """A group activity's token in its school year (the group's random id is the secret)."""
    return derive(group_id or "", "group", school_year)


def goal_token(goal_id: str, school_year: int) -> str:
    """A case goal's token in one school year (the goal's random id is the secret): its
    anonymous outcome is one record per year, replaced until the year is over."""
    return derive(goal_id, "goal", school_year)
