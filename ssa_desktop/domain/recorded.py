"""What she recorded about a contact, as she reads it back: each coded field that is set,
as (label, entry) – Ort, Zugang and Weitervermittlung, then every catalogue field the
contact declares with ``columns.captured`` (Sprachmittlung …), so a field added there is
shown in her Verlauf and the deputy's contacts without code of its own. The labels are
German; the screens translate them in the context "Fields"."""

from __future__ import annotations

from . import catalogues as cat
from .columns import chosen_columns

# the contact's coded fields named in domain/tables.py rather than declared on the field
NAMED = (("place", "Ort", cat.CONTACT_PLACES), ("access_route", "Zugang", cat.ACCESS_ROUTES),
         ("referral", "Weitervermittlung", cat.REFERRALS))


def recorded_codes(contact: object) -> tuple[tuple[str, str], ...]:
    """(field label, entry label) of each coded field of ``contact`` that is set, in the
    order of the forms; a field not recorded ("") is left out."""
    fields = NAMED + tuple((c.name, c.label or c.name, c.catalogue)
                           for c in chosen_columns(type(contact)) if c.catalogue is not None)
    return tuple((label, catalogue.label(getattr(contact, name)))
                 for name, label, catalogue in fields if getattr(contact, name, ""))
