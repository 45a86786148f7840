"""Beratungszettel: real PDFs read back with pypdf; nothing of the case reaches a slip."""

from __future__ import annotations

import io
import os
import string
import tempfile
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ssa_desktop.domain.catalogues import TOPICS
from ssa_desktop.domain.entities import Appointment, Case, Contact
from ssa_desktop.domain.slips import SlipData
from ssa_desktop.reports import slip_layout, slips
from ssa_desktop.reports.style import WriteError
from ssa_desktop.services import activities
from ssa_desktop.services import appointments as svc
from ssa_desktop.storage import repositories as repo

DAY = date(2026, 11, 20)
@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The temp folder of this test alone (the machine's /tmp is shared by other
    processes), so that anything written there by us shows up and nothing else."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


SLIP = SlipData("Gemeinschaftsschule Am Park", "Kim S.", "7b", DAY, "09:40", "10:10", "012")


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_slip_holds_name_class_date_times_and_room():
    text = _text(slips.slips_pdf([SLIP]))
    for expected in ("Gemeinschaftsschule Am Park", "Schulsozialarbeit", "Beratungszettel",
                     "Kim S.", "7b", "Fr 20.11.2026", "09:40–10:10 Uhr", "Raum 012",
                     "Teilnahme möglich", "jetzt", "später um", "Termin wahrgenommen von",
                     "Zurück im Unterricht um", "Unterschrift"):
        assert expected in text, expected


@pytest.mark.parametrize(("count", "layout", "expected"),
                         [(9, "a6x4", 3), (4, "a6x4", 1), (1, "a6x4", 1), (3, "a4", 3)])
def test_page_counts(count, layout, expected):
    reader = PdfReader(io.BytesIO(slips.slips_pdf([SLIP] * count, layout)))
    assert len(reader.pages) == expected
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]


def test_blank_slips_have_the_school_and_lines_only(conn):
    blank = svc.blank_slips(conn, 5)
    data = slips.slips_pdf(blank)
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    text = _text(data)
    assert text.count("Gemeinschaftsschule Am Park") == 5
    assert text.count("Beratungszettel") == 5
    assert "Kim" not in text and "2026" not in text


def test_font_is_embedded():
    reader = PdfReader(io.BytesIO(slips.slips_pdf([SLIP])))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[f].get_object()["/BaseFont"]) for f in fonts}
    assert any("DejaVuSans" in n for n in names)


_WORD = st.text(alphabet=string.ascii_letters + "äöüßÄÖÜ", min_size=5, max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(topics=st.lists(st.sampled_from(TOPICS.codes()), min_size=1, max_size=5, unique=True),
       case_words=st.lists(_WORD, min_size=1, max_size=6),
       note_words=st.lists(_WORD, min_size=1, max_size=6))
def test_no_case_topic_or_note_reaches_the_slip(conn, pupil, topics, case_words, note_words):
    baseline = _text(slips.slips_pdf([SLIP])).lower()
    for word in case_words + note_words:
        assume(word.lower() not in baseline and word.lower() not in "kim s. 7b")
    case = repo.CASES.insert(conn, Case(pupil.id, DAY, school_id="school-1",
                                        title=" ".join(case_words), topics=tuple(topics),
                                        note=" ".join(case_words)))
    activities.record_contact(conn, Contact(day=DAY, kind="EB", duration_min=30,
                                            person_id=pupil.id, case_id=case.id,
                                            topics=tuple(topics), note=" ".join(note_words)))
    appt = svc.save_appointment(conn, Appointment(day=DAY, start="09:40", end="10:10",
                                                  person_id=pupil.id, room="012",
                                                  note=" ".join(note_words)))
    text = _text(slips.slips_pdf([svc.slip_data(conn, appt.id)]))
    lowered = text.lower()
    assert "Kim S." in text and "7b" in text and "20.11.2026" in text
    for word in case_words + note_words:
        assert word.lower() not in lowered
    for code in topics:
        assert TOPICS.label(code).lower() not in lowered
    assert "Sommer" not in text and pupil.pseudonym not in text


def test_day_batch_leaves_out_cancelled_and_persons_without_names(conn, pupil):
    for start, end in (("08:00", "08:30"), ("09:40", "10:10"), ("11:00", "11:30")):
        svc.save_appointment(conn, Appointment(day=DAY, start=start, end=end,
                                               person_id=pupil.id, room="12"))
    batch = svc.slips_for_day(conn, DAY)
    text = _text(slips.slips_pdf(batch))
    assert [s.start for s in batch] == ["08:00", "09:40", "11:00"]
    assert "08:00–08:30 Uhr" in text and "11:00–11:30 Uhr" in text


def test_write_failure_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "zettel.pdf"

    def broken(*_a, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(slips.Canvas, "save", broken)
    with pytest.raises(WriteError, match="nicht gespeichert.*Platz.*keine unvollständige"):
        slips.write_slips(target, [SLIP])
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_gets_a_german_message(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):
        # root (as in CI) may write anyway: then the OS refuses the final rename instead
        import errno

        def refused(*_args, **_kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(os, "replace", refused)
    try:
        with pytest.raises(WriteError, match="darf nicht geschrieben"):
            slips.write_slips(folder / "zettel.pdf", [SLIP])
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(("name", "reason"), [
    ("z" * 300 + ".pdf", "Der Pfad ist zu lang."),
    ("Zettel 7a|7b?.pdf", "Der Name enthält Zeichen, die hier nicht erlaubt sind."),
    (250, "Der Pfad ist zu lang."),
], ids=["too-long", "windows-forbids", "windows-max-path"])
def test_a_name_the_system_refuses_is_said_with_its_reason(tmp_path, windows_sharing, name,
                                                           reason):
    """Every PDF and letter (``house.write_atomically``) says why. Before: „Beim Schreiben
    ist ein Fehler aufgetreten.“, though the file layer knew the reason; and a target of
    250 characters, whose temp file beside it passes Windows' 260, was „Den Ordner gibt es
    nicht.“ (Windows answers a path too long with "path not found")."""
    if isinstance(name, int):   # the whole path this long
        name = "z" * (name - len(str(tmp_path)) - 5) + ".pdf"
    with pytest.raises(WriteError) as caught:
        slips.write_slips(tmp_path / name, [SLIP])
    assert reason in str(caught.value) and "keine unvollständige Datei" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_whole(tmp_path):
    target = tmp_path / "zettel.pdf"
    target.write_bytes(b"old")
    slips.write_slips(target, [SLIP] * 2)
    assert len(PdfReader(str(target)).pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["zettel.pdf"]


def test_writing_leaves_nothing_in_the_temp_folder(tmp_path, private_temp):
    slips.write_slips(tmp_path / "z.pdf", [SLIP] * 5)
    assert list(private_temp.iterdir()) == []


def test_unknown_layout_is_refused_in_german(tmp_path):
    with pytest.raises(ValueError, match="Unbekanntes Format"):
        slips.write_slips(tmp_path / "z.pdf", [SLIP], layout="a5")
    assert list(tmp_path.iterdir()) == []


def test_long_school_name_shrinks_to_fit():
    long = SlipData("Staatliche Gemeinschaftsschule mit gymnasialer Oberstufe Am Stadtpark "
                    "Überlingen-Süd", "Kim S.", "7b", DAY, "09:40", "10:10")
    [page] = slip_layout.pages([long])
    school = next(op for op in page.ops if isinstance(op, slip_layout.Text)
                  and op.text.startswith("Staatliche"))
    assert school.size < 9 and school.text.endswith("…")
    assert slip_layout.text_width(school.text, school.size, True) <= 89 + 0.01


def _read_only(target, monkeypatch):
    """Windows' read-only attribute on ``target``: not writable, and a replace onto it
    answers "access denied" (winerror 5)."""
    from tests.support.windows_sharing import windows_error

    real_access, real_replace = os.access, os.replace
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: (
        mode != os.W_OK or os.path.abspath(p) != str(target)) and real_access(p, mode, **kw))

    def replace(src, dst, **kwargs):
        if os.path.abspath(dst) == str(target):
            raise windows_error(src, 5, dst)
        return real_replace(src, dst, **kwargs)
    monkeypatch.setattr(os, "replace", replace)


def test_a_read_only_file_is_said_as_the_file_not_the_folder(tmp_path, windows_sharing,
                                                            monkeypatch):
    """Before: „In diesen Ordner darf nicht geschrieben werden.“ – she looked at the
    folder's rights while the file carried the read-only attribute."""
    target = tmp_path / "zettel.pdf"
    target.write_bytes(b"old")
    _read_only(target, monkeypatch)
    with pytest.raises(WriteError) as caught:
        slips.write_slips(target, [SLIP])
    assert "Die Datei ist schreibgeschützt." in str(caught.value)
    assert "Ordner" not in str(caught.value)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_folder_that_takes_no_file_is_said_as_the_folder(tmp_path, windows_sharing):
    windows_sharing.refuse_new_files(tmp_path)
    with pytest.raises(WriteError, match="In diesen Ordner darf nicht geschrieben werden."):
        slips.write_slips(tmp_path / "zettel.pdf", [SLIP])
    assert list(tmp_path.iterdir()) == []
