"""The statistics layer is anonymous, as the data inventory says of ``statistics_record``
(„anonym: keine Namen, kein Text“): a contact with a named pupil, a case and a note that
names her leaves a record that holds none of these words."""

from __future__ import annotations

import re
from datetime import date

from ssa_desktop.domain.entities import Case, Contact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo


def test_the_record_of_a_named_contact_holds_no_name_and_no_text(conn, pupil):
    case = repo.CASES.insert(conn, Case(pupil.id, date(2026, 9, 1), school_id="school-1",
                                        title="Streit mit Jonte Wiegand"))
    activities.record_contact(conn, Contact(
        date(2026, 9, 14), "EB", 45, school_id="school-1", person_id=pupil.id, case_id=case.id,
        note="Kim Sommer erzählt von Jonte Wiegand.", observation="Kim weint",
        assessment="Sommer braucht Ruhe"))
    rows = conn.execute("SELECT * FROM statistics_record").fetchall()
    assert len(rows) == 1
    texts = " ".join(str(v) for v in rows[0] if isinstance(v, str))
    assert "EB" in texts and "pupil" in texts   # the record is read
    for word in ("Kim", "Sommer", "K-17", "7b", "Jonte", "Wiegand", "Streit", "erzählt",
                 "weint", "Ruhe"):
        # a whole word: the record's random hex ids may hold "7b"
        assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", texts), word
