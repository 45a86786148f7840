"""``ssa-desktop package open``: the same rows as the deputy's window (persons with name,
class, school and guardian reachability; appointments with room and status; the next
§ 8a step with its deadline; her contacts)."""

from __future__ import annotations

from datetime import date

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package


def test_package_open_shows_the_windows_rows(tmp_path, capsys, monkeypatch):
    package = colleagues_package(tmp_path)
    pkg, _ = svc.open_package(package.path, package.key_text, today=WORKDAY, writable=True)
    handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
        package.n5, package.n5_case, date(2026, 12, 2), "TEL", 45, time="14:15",
        participants=("parent",), topics=("FAM",), note="Telefonat mit Mutter"), today=WORKDAY)
    with clock.frozen(WORKDAY):     # the appointment has begun
        handover_deputy_work.deputy_set_appointment_status(pkg, package.n5_appointment, "attended")
    pkg.close()
    monkeypatch.setenv("SSA_PACKAGE_KEY", package.key_text)
    with clock.frozen(WORKDAY):
        code = cli.main(["package", "open", "--package", str(package.path)])
    out = capsys.readouterr().out
    assert code == 0, out
    persons = out.split("Personen:")[1].split("Offene Fälle:")[0]
    assert (f"{package.n5}  N-5  (Nora Neumann; Klasse 5b; Gemeinschaftsschule Am Park)  "
            "Eltern / Kontakt: Mutter: 0151 2345678 (ab 16 Uhr)") in persons
    assert f"{package.n5_case}  N-5  Schulvermeidung  (seit 10.09.2026)" in out
    assert (f"{package.n5_appointment}  02.12.2026 10:00–10:45  N-5, Raum 2.04  "
            "(wahrgenommen)") in out
    assert ("07.12.2026  N-5  nächster Schritt: Leitung informiert, kollegiale "
            "Ersteinschätzung") in out
    assert ("02.12.2026 14:15  N-5  Schulvermeidung  Telefonat, 45 Min.  "
            "Familie / familiäre Probleme") in out
    assert "Telefonat mit Mutter" not in out  # notes stay in the window


def test_package_open_names_a_contact_without_a_case_and_no_empty_contact_list(tmp_path, capsys,
                                                                               monkeypatch):
    package = colleagues_package(tmp_path)
    monkeypatch.setenv("SSA_PACKAGE_KEY", package.key_text)
    with clock.frozen(WORKDAY):
        assert cli.main(["package", "open", "--package", str(package.path)]) == 0
    assert "Kontakte der Vertretung:" not in capsys.readouterr().out
    pkg, _ = svc.open_package(package.path, package.key_text, today=WORKDAY, writable=True)
    handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
        package.n5, None, date(2026, 12, 2), "TEL", 20, time="09:30"), today=WORKDAY)
    pkg.close()
    with clock.frozen(WORKDAY):
        assert cli.main(["package", "open", "--package", str(package.path)]) == 0
    contacts = capsys.readouterr().out.split("Kontakte der Vertretung:\n")[1]
    assert contacts.splitlines() == ["  02.12.2026 09:30  N-5  ohne Fall  Telefonat, 20 Min."]


def test_package_open_names_the_coded_fields_recorded_with_a_contact(tmp_path, capsys,
                                                                    monkeypatch):
    package = colleagues_package(tmp_path)
    pkg, _ = svc.open_package(package.path, package.key_text, today=WORKDAY, writable=True)
    handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
        package.n5, None, date(2026, 12, 2), "TEL", 20, time="09:30", place="phone",
        coded={"interpreting": "relative"}), today=WORKDAY)
    handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
        package.n5, None, date(2026, 12, 2), "TEL", 10, time="11:00"), today=WORKDAY)
    pkg.close()
    monkeypatch.setenv("SSA_PACKAGE_KEY", package.key_text)
    with clock.frozen(WORKDAY):
        assert cli.main(["package", "open", "--package", str(package.path)]) == 0
    contacts = capsys.readouterr().out.split("Kontakte der Vertretung:\n")[1]
    assert contacts.splitlines()[:3] == [
        "  02.12.2026 09:30  N-5  ohne Fall  Telefonat, 20 Min.",
        "    Ort: Telefon · Sprachmittlung: Angehörige oder Bekannte",
        "  02.12.2026 11:00  N-5  ohne Fall  Telefonat, 10 Min."]
