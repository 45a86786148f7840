"""Issue 28 item 9: the Paketblatt names the menu path that exists in the app (taken from
the real Datenschutz area and handover panel, so a renamed button fails this test)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ssa_desktop.domain import handover as rules
from ssa_desktop.reports.package_sheet import write_package_sheet
from ssa_desktop.ui.handover.panel import HandoverPanel

KEY = " ".join(["0123ABCD"] * 8)


def _plain(label: str) -> str:
    return label.replace("&", "")


def _sheet_text(tmp_path, kind: str) -> str:
    path = write_package_sheet(tmp_path / f"{kind}.pdf", KEY, kind_label=rules.KIND_LABELS[kind],
                               label="Vertretung bis 08.01.2027", package_id="abc",
                               recipient="Jana Berger – Vertretung",
                               file_name="vertretung-2026-11-23-abc.ssapaket",
                               expires=date(2027, 1, 23), printed=date(2026, 11, 23))
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def test_the_sheet_names_the_real_menu_path(ctx, qtbot, tmp_path):
    from ssa_desktop.ui.privacy.area import PrivacyArea

    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    area = PrivacyArea(ctx)
    qtbot.addWidget(area)
    tabs = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert "Vertretung und Übergabe" in tabs
    deputy = _sheet_text(tmp_path, rules.KIND_DEPUTY)
    assert (f"Datenschutz → Vertretung und Übergabe → „{_plain(panel.open_button.text())}“"
            in deputy)
    assert "Datenschutz → Pakete" not in deputy
    assert "package open --package" in deputy
    school = _sheet_text(tmp_path, rules.KIND_SCHOOL)
    assert (f"Datenschutz → Vertretung und Übergabe → „{_plain(panel.receive_button.text())}“"
            in school)
    assert "package receive" in school


def _written_sheet(tmp_path, kind: str) -> str:
    """The sheet as the app writes it for a package just written (services.write_sheet)."""
    from ssa_desktop.services import handover as svc
    from tests.services.test_handover import PERIOD

    result = svc.PackageResult(tmp_path / f"{kind}.ssapaket", "abc", KEY, kind, {},
                               "Jana Berger – Vertretung",
                               PERIOD.expires if kind == rules.KIND_DEPUTY else None,
                               PERIOD if kind == rules.KIND_DEPUTY else None)
    path = svc.write_sheet(tmp_path / f"{kind}.pdf", result)
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def test_the_recipient_signs_as_deputy_or_successor_with_the_whole_period(tmp_path):
    """guitest28 finding 8: "Träger (Unterschrift)" on a Vertretungspaket; the period
    gave only its last day."""
    from tests.services.test_handover import PERIOD

    deputy = _written_sheet(tmp_path, rules.KIND_DEPUTY)
    assert "Vertretung (Unterschrift)" in deputy and "Träger" not in deputy
    assert f"Vertretung vom {PERIOD.first:%d.%m.%Y} bis {PERIOD.last:%d.%m.%Y}" in deputy
    school = _written_sheet(tmp_path, rules.KIND_SCHOOL)
    assert "Nachfolge (Unterschrift)" in school and "Träger" not in school
