"""A school really handed over: package, the successor's vault, receipt, confirmation."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Contact, Person, School
from ssa_desktop.services import handover_confirm, handover_school, setup
from ssa_desktop.storage import repositories as repo
from tests.support.vaults import fresh_vault

HANDED = date(2027, 6, 16)


@contextmanager
def received(result, folder: Path, today: date) -> Iterator[tuple]:
    """The school package ``result`` as it arrives (copied into ``folder``/eingang) read
    into a fresh successor's vault: yields the successor's vault and the receipt."""
    inbox = folder / "eingang"
    inbox.mkdir()
    copy = inbox / result.path.name
    shutil.copyfile(result.path, copy)
    with fresh_vault() as successor:
        _merged, receipt = handover_school.receive_school_package(
            successor.conn, copy, result.key_text, folder, today=today)
        yield successor, receipt


def successors_receipt(result, folder: Path, today: date):
    """The receipt of a fresh successor who read the school package ``result`` in."""
    with received(result, folder, today) as (_successor, receipt):
        return receipt


def hand_over_second_school(conn, folder: Path):
    """school-1 and the Grundschule Lindenweg (school-2) at 50 % each in 2026/27; school-2
    with one pupil and a contact handed over to Tom Weber, confirmed on 16.06.2027 with
    the successor's real receipt. Returns the post."""
    repo.SCHOOLS.insert(conn, School("Grundschule Lindenweg", code="GS-LW", school_type="GS",
                                     id="school-2"))
    post = setup.save_post_with_shares(conn, setup.new_post(conn, "Stelle"), 2026,
                                       {"school-1": 50.0, "school-2": 50.0})
    pupil = repo.PERSONS.insert(conn, Person("L-1", school_id="school-2"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 10, 5), "EB", 30, school_id="school-2",
                                       person_id=pupil.id))
    folder.mkdir(exist_ok=True)
    made = handover_school.create_school_package(
        conn, "school-2", rules.Deputy("Tom Weber", "Nachfolge"), folder, today=date(2027, 6, 14))
    with fresh_vault() as successor:
        _merged, receipt = handover_school.receive_school_package(
            successor.conn, made.path, made.key_text, folder, today=date(2027, 6, 15))
    handover_confirm.confirm_school_handover(conn, receipt, today=HANDED)
    return post
