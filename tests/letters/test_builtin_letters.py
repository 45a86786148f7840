"""The built-in letters, made from a real vault and read back from the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import letter_sandbox as sandbox
from ssa_desktop.domain import letters as dl
from ssa_desktop.services import letters as svc

ADDRESS = "Frau Birgit Sommer\nLindenweg 4\n79100 Freiburg"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("key", sorted(dl.BUILTIN))
def test_every_builtin_letter_uses_only_what_its_kind_allows(key):
    subject, blocks = dl.BUILTIN[key]
    used = sandbox.check([text for _what, text in blocks], dl.KINDS[key])
    assert used <= set(dl.allowed_fields(dl.KINDS[key]))


def test_a_participation_letter_may_not_use_a_consent_or_an_appointment():
    kind = dl.KINDS["participation"]
    assert "consent.purpose" not in dl.allowed_fields(kind)
    with pytest.raises(dl.TemplateRefused, match="„consent.purpose“ gehört nicht"):
        sandbox.check(["{{ consent.purpose }}"], kind)


def make(conn, kind, source, recipient=ADDRESS):
    return svc.make(conn, svc.LetterRequest(kind, source["person"], source.get(kind_source(kind), ""),
                                            recipient))


def kind_source(kind):
    return dl.KINDS[kind].needs


def test_invitation_names_the_appointment_and_never_its_note(conn, records):
    made = make(conn, "invitation", records)
    text = text_of(made.data)
    assert "Mittwoch, 02.12.2026, 14:00–14:45 Uhr" in text
    assert "Gemeinschaftsschule Am Park, Beratungsraum" in text
    assert "Kim (Klasse 7b)" in text
    assert "Frau Birgit Sommer" in text and "25.11.2026" in text
    assert "Jugendhilfe Breisgau e. V." in text and "Amtsgericht Freiburg VR 1234" in text
    assert "GEHEIM" not in text and "Sommer" not in text.replace("Birgit Sommer", "")
    assert made.file_name == "Einladung zum Gespräch 2026-11-25.pdf"
    assert made.pages  # the same pages go to the preview and the printer


def test_consent_release_is_prefilled_from_the_recorded_consent(conn, records):
    text = text_of(make(conn, "consent_release", records).data)
    assert "Erziehungsberatungsstelle Emmendingen" in text
    assert "Einwilligende: junger Mensch und Personensorgeberechtigte" in text
    assert "Anvertraut von: Mutter" in text
    assert "Weitergegeben werden dürfen: Schulbesuch, Anlass der Beratung" in text
    assert "Zweck: Abstimmung der Hilfe" in text
    assert "Gültig von 20.11.2026 bis auf Widerruf" in text
    assert "jederzeit ohne Angabe von Gründen" in text and "widerrufen" in text
    assert "Unterschrift Personensorgeberechtigte" in text


def test_referral_names_the_partner(conn, records):
    text = text_of(make(conn, "referral", records).data)
    assert "Ansprechperson: Herr Vogt" in text and "Telefon: 07641 55 66" in text


def test_participation_names_the_group_period_and_never_its_note(conn, records):
    text = text_of(make(conn, "participation", records, recipient="").data)
    assert "Kim Sommer" in text and "„Soziales Lernen 7b“" in text
    assert "Zeitraum: 07.10.2026 bis 04.11.2026 (3 Termine)" in text
    assert "Emmendingen, 25.11.2026" in text
    assert "GEHEIM" not in text


def test_appointment_confirmation(conn, records):
    text = text_of(make(conn, "appointment", records).data)
    assert "hiermit bestätige ich den vereinbarten Termin" in text
    assert "Mittwoch, 02.12.2026, 14:00–14:45 Uhr" in text


def test_a_source_of_another_person_is_refused(conn, records):
    with pytest.raises(dl.UserError, match="Termin dieser Person"):
        svc.make(conn, svc.LetterRequest("invitation", records["person"], "nope", ADDRESS))


def test_a_letter_kept_is_a_document_of_the_person_byte_for_byte(conn, records):
    from ssa_desktop.domain import documents as ddoc
    from ssa_desktop.services import documents

    request = svc.LetterRequest("invitation", records["person"], records["appointment"], ADDRESS)
    made = svc.make(conn, request)
    doc = svc.keep(conn, request, made)
    [kept] = documents.documents_of_person(conn, records["person"])
    assert kept.id == doc.id and kept.kind == "letter"
    assert kept.title == "Einladung zum Gespräch an Frau Birgit Sommer"
    assert kept.day.isoformat() == "2026-11-25"
    assert documents.read_content(conn, kept) == made.data
    assert documents.documents_of(conn, ddoc.Owner("consent", records["consent"])) == []


def test_a_schweigepflichtentbindung_is_kept_with_its_consent(conn, records):
    from ssa_desktop.domain import documents as ddoc
    from ssa_desktop.services import documents

    request = svc.LetterRequest("consent_release", records["person"], records["consent"], "")
    svc.keep(conn, request, svc.make(conn, request))
    [kept] = documents.documents_of(conn, ddoc.Owner("consent", records["consent"]))
    assert kept.kind == "release" and kept.title == "Schweigepflichtentbindung"


def test_a_partner_detail_not_recorded_leaves_no_empty_line(conn, records):
    text = text_of(make(conn, "referral", records).data)
    assert "E-Mail:" not in text.replace("E-Mail\n", "")  # the info block's label stays
