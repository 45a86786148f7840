"""Realistic, deterministic demo data for an empty vault (CLI ``demo``, ``--demo``,
screenshots, tests and the benchmark data set).

A generator, not a use case: it lives beside the layers (not in ``services/``) and
writes in bulk through storage.

Everything is invented. Persons carry German pseudonym codes ("K-17"); about half also
have a (generated) name. Notes are composed from many sentence fragments of
``resources/demo/texts.json`` and only ever mention pseudonyms and roles, never names.

Activities are written through the same domain rules as
``services.activities.record_contact`` & co. (``domain.activities.for_*``), but in bulk:
every object is collected first and inserted with ``executemany`` in one transaction,
so three school years take well under a second. The statistics records and time
entries are exactly what the single-record services would have written at the time of
the activity (the pupil's grade then, not now).

Determinism: every id, token and timestamp comes from one ``random.Random(seed)``;
the same ``seed`` and ``today`` give the same vault content.
"""

from .catalogue import GENERATOR_VERSION, HEAVY_PSEUDONYM, PROFILES, Profile, Progress, school_days
from .vault import create_demo_vault, fill_demo, is_empty_for_demo, table_counts

__all__ = ["GENERATOR_VERSION", "HEAVY_PSEUDONYM", "PROFILES", "Profile", "Progress",
           "create_demo_vault", "fill_demo", "is_empty_for_demo", "school_days", "table_counts"]
