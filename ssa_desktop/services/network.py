"""Vernetzung (task area VNZ): the partner directory and networking activities.

Activities are recorded through ``services.activities.record_network_activity`` so
that each leaves its anonymous statistics record and its time entry.
"""

from __future__ import annotations

from ..domain import plausibility
from ..domain.catalogues import NETWORK_KINDS, PARTNER_TYPES
from ..domain.entities import NetworkActivity, Partner
from ..domain.errors import UserError
from ..storage import network_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import tombstones
from .operations import DataKind, writes

NetworkActivityRow = q.NetworkActivityRow   # one row of the activities' list

# Kinds whose cases may only be presented pseudonymised.
PSEUDONYMISED_KINDS = frozenset({"KFB"})
KFB_HINT = ("Kollegiale Fallberatung: nur pseudonymisiert – keine Namen, keine Klasse, "
            "nichts, woran das Kind zu erkennen ist.")


class NetworkError(UserError):
    """Input that cannot be saved; str() is a German message."""


def partners(conn: Connection, text: str = "") -> list[Partner]:
    return q.partners(conn, text)


@writes(DataKind.NETWORK)
def save_partner(conn: Connection, partner: Partner) -> Partner:
    partner.name = " ".join(partner.name.split())
    if not partner.name:
        raise NetworkError("Bitte den Namen der Einrichtung angeben.")
    if partner.partner_type not in PARTNER_TYPES:
        raise NetworkError("Bitte die Art der Einrichtung wählen.")
    partner.email = partner.email.strip()
    if partner.email and "@" not in partner.email:
        raise NetworkError(f"„{partner.email}“ ist keine E-Mail-Adresse.")
    with transaction(conn):
        repo.PARTNERS.save(conn, partner)
    return partner


@writes(DataKind.NETWORK)
def delete_partner(conn: Connection, partner_id: str) -> None:
    tombstones.erase(conn, repo.PARTNERS, "partner", partner_id)


@writes(DataKind.NETWORK, DataKind.STATISTICS, DataKind.TIME)
def record_network_activity(conn: Connection, act: NetworkActivity) -> NetworkActivity:
    if act.kind not in NETWORK_KINDS:
        raise NetworkError("Bitte die Art der Vernetzung wählen.")
    if why := plausibility.no_duration_problem(act.duration_min, plausibility.NETWORK_ACTIVITY):
        raise NetworkError(why)
    if act.partner_id and repo.PARTNERS.get(conn, act.partner_id) is None:
        raise NetworkError("Den Partner gibt es nicht (mehr).")
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.record_network_activity(conn, act)


@writes(DataKind.NETWORK, DataKind.STATISTICS, DataKind.TIME)
def remove_network_activity(conn: Connection, activity_id: str) -> str:
    """An activity entered by mistake goes with its statistics record and time entry and
    leaves a tombstone (kind "network"), as a group or open-offer session does; she enters
    it again with the right day, minutes or partner. Nothing when it is gone already. The
    warning for a delivered school year is returned ("" otherwise)."""
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.drop_session(conn, repo.NETWORK_ACTIVITIES, q.delete_activity_records,
                            "network", activity_id)


def network_activities(conn: Connection, limit: int = 500) -> list[NetworkActivityRow]:
    return q.network_activity_rows(conn, limit)
