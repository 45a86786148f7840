"""Datenschutz widgets on a real vault: Auskunft review, requests panel, backups panel,
breach assistant (also from the locked unlock dialog), tools panel; screenshots."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Consent, Contact
from ssa_desktop.services import backups, breach, privacy, retention, settings
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.privacy.auskunft_dialog import AuskunftDialog
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel
from ssa_desktop.ui.privacy.breach_dialog import BreachDialog
from ssa_desktop.ui.privacy.requests_panel import RequestsPanel
from ssa_desktop.ui.privacy.tools_panel import ToolsPanel
from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.conftest import FAST_KDF
from tests.support.written import wait_written

SHOTS = Path(__file__).resolve().parents[3] / "shots" / "privacy"


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def request_id(ctx, pupil):
    conn = ctx.conn
    case = repo.CASES.insert(conn, Case(pupil.id, date(2026, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EB", 30, "school-1", pupil.id, case.id,
                                       participants=("pupil",), note="Kim erzählt vom Streit"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 9), "EG", 45, "school-1", pupil.id, case.id,
                                       participants=("parent",), note="Mutter berichtet"))
    repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", date(2026, 9, 5), entrusted_by="Mutter"))
    with clock.frozen(date(2026, 11, 22)):
        return privacy.open_request(conn, pupil.id, date(2026, 11, 2)).id


def test_auskunft_review_decide_and_write(ctx, qtbot, request_id, tmp_path):
    dialog = AuskunftDialog(ctx, request_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    texts = [dialog.model.text(r, 2) for r in range(dialog.model.rowCount())]
    withheld = [dialog.model.text(r, 2) for r in range(dialog.model.rowCount())
                if dialog.model.text(r, 0) == "nein"]
    assert "Kontakt am 02.09.2026 (Einzelberatung)" in texts
    assert withheld == ["Kontakt am 09.09.2026 (Elterngespräch)", "Einwilligung gegenüber Jugendamt"]
    _shot(dialog, "auskunft-dialog")
    # Withhold the own contact too, by keyboard on the checkbox, without a reason: refused.
    row = texts.index("Kontakt am 02.09.2026 (Einzelberatung)")
    dialog.table.selectRow(row)
    assert "Kim erzählt vom Streit" in dialog.details.toPlainText()
    dialog.include.setFocus()
    qtbot.keyClick(dialog.include, Qt.Key_Space)
    assert dialog.items[row].include is False and dialog.reason.isEnabled()
    shown = []
    import ssa_desktop.ui.privacy.auskunft_dialog as module
    orig = module.show_error
    module.show_error = lambda _parent, text: shown.append(text)
    try:
        dialog.write_output(tmp_path / "a.pdf")
        wait_written(qtbot, dialog)
    finally:
        module.show_error = orig
    assert shown and "Grund" in shown[0] and not (tmp_path / "a.pdf").exists()
    dialog.reason.setCurrentIndex(dialog.reason.findData("third"))
    out = tmp_path / "auskunft.pdf"
    dialog.write_output(out)
    wait_written(qtbot, dialog)
    assert dialog.status.text() == f"Auskunft gespeichert: {out} und auskunft.json"
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kim erzählt vom Streit" not in text and "Mutter berichtet" not in text
    assert "Angaben zur Person" in text
    data = json.loads((tmp_path / "auskunft.json").read_text("utf-8"))
    assert data["person"] == "Kim Sommer"
    # The decisions were saved with the request.
    _, items = privacy.load_review(ctx.conn, request_id)
    assert not next(i for i in items if i.title.startswith("Kontakt am 02.09.")).include


def test_requests_panel_lists_deadlines_and_clears_on_lock(ctx, qtbot, request_id, pupil):
    panel = RequestsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    assert panel.model.text(0, 0) == "K-17" and panel.model.text(0, 2).startswith("02.12.2026")
    assert panel.select_person(pupil.id) and panel.selected().request_id == request_id
    assert not panel.select_person("unbekannt")
    ctx.lock()
    assert panel.model.rowCount() == 0


def test_objection_from_panel_restricts(ctx, qtbot, pupil):
    panel = RequestsPanel(ctx)
    qtbot.addWidget(panel)
    dialog = panel.new_request("widerspruch", pupil.id)
    dialog.submit()
    assert dialog.request is not None and pupil.id in retention.restricted_ids(ctx.conn)
    assert panel.model.rowCount() == 1 and panel.model.text(0, 1).startswith("Widerspruch")


def test_backups_panel_lists_and_keeps_days(ctx, qtbot, open_vault):
    backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder, clock.today())
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1 and panel.model.text(0, 3) == "automatisch"
    assert (panel.keep.value(), panel.keep.minimum(), panel.keep.maximum()) == (30, 7, 30)
    panel.keep.setValue(14)
    panel.save_keep_days()
    assert backups.keep_days(ctx.conn) == 14
    assert [c[:3] for c in settings.changes(ctx.conn)] == [("retention.R12.days", "30", "14")]
    task = panel.backup_now()
    qtbot.waitUntil(lambda: "Sicherung erstellt:" in panel.status.text(), timeout=10000)
    assert task is not None


def test_restore_from_panel_keeps_deletions(ctx, qtbot, open_vault, pupil):
    made = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                               clock.today()).created
    pupil.leaving_date = clock.today()
    repo.PERSONS.update(ctx.conn, pupil)
    assert retention.apply(ctx.conn, [("person", pupil.id)]).deleted == 1
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.restore(made)
    assert ctx.is_critical  # a lock now would wait for the swap
    qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    assert "blieben gelöscht" in panel.status.text() and not ctx.is_critical
    assert repo.PERSONS.get(ctx.conn, pupil.id) is None


def test_breach_dialog_edit_and_pdf(ctx, qtbot, open_vault, tmp_path, pupil):
    breach.note_breach_counts(ctx.conn, open_vault.vault.folder, vault_uuid=open_vault.uuid,
                        remember_on_device=False, idle_minutes=5)
    dialog = BreachDialog(open_vault.vault.folder)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    dialog.discovered.setDateTime(dialog.discovered.dateTime().fromString("21.11.2026 14:30", "dd.MM.yyyy HH:mm"))
    assert "24.11.2026, 14:30" in dialog.editors["Zeitpunkt der Feststellung und Frist"].toPlainText()
    dialog.incident.setCurrentIndex(dialog.incident.findData("stolen"))
    assert "gestohlen" in dialog.editors["Art des Vorfalls"].toPlainText()
    editor = dialog.editors["Meldende Stelle"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Frau Beispiel, Traeger Nord")
    _shot(dialog, "breach-dialog")
    out = dialog.save_pdf(tmp_path / "panne.pdf")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Frau Beispiel, Traeger Nord" in text and "gestohlen" in text
    assert "Kim" not in text and "Sommer" not in text and "K-17" not in text


def test_breach_assistant_from_locked_unlock_dialog(qtbot, tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", "Lindenblüte-Kastanie-47", params=FAST_KDF)
    session.lock()
    dialog = UnlockDialog(Vault(tmp_path / "tresor"), store=DeviceKeyStore(fail.Keyring()),
                          kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.resize(640, 300)
    dialog.show()
    _shot(dialog, "unlock-with-breach-button")
    assert dialog.breach_button.isVisible()
    qtbot.mouseClick(dialog.breach_button, Qt.LeftButton)
    assistant = dialog._breach_dialog
    assert assistant.isVisible() and dialog.session is None
    assert "noch nicht erfasst" in assistant.editors[
        "Zahl der betroffenen Personen und Datensätze"].toPlainText()
    assistant.close()


def test_tools_panel_prints_processing_record(ctx, qtbot, tmp_path, monkeypatch):
    panel = ToolsPanel(ctx)
    qtbot.addWidget(panel)
    panel.write_record(tmp_path / "vvt.pdf")
    assert "Gespeichert" in panel.status.text()
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "vvt.pdf").pages)
    assert "Löschfristen" in text and "Sicherung + 30 Tage" in text  # the shipped rule table


def test_processing_record_without_table_says_so(ctx, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("ssa_desktop.services.processing_record.resource",
                        lambda *_p: tmp_path / "fehlt.toml")
    shown = []
    monkeypatch.setattr("ssa_desktop.ui.privacy.tools_panel.show_error", lambda _p, t: shown.append(t))
    panel = ToolsPanel(ctx)
    qtbot.addWidget(panel)
    panel.write_record(tmp_path / "vvt.pdf")
    assert shown and "Regeltabelle" in shown[0]


def test_all_panels_together_screenshot(ctx, qtbot, request_id, open_vault):
    from PySide6.QtWidgets import QTabWidget

    backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder, clock.today())
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    from ssa_desktop.ui.privacy.backups_panel import BackupsPanel
    from ssa_desktop.ui.privacy.requests_panel import RequestsPanel

    for title, widget in (("Auskunft und Widerspruch", RequestsPanel(ctx)),
                          ("Sicherungen", BackupsPanel(ctx)),
                          ("Verzeichnis und Datenpanne", ToolsPanel(ctx))):
        tabs.addTab(widget, title)
    tabs.resize(1166, 700)
    tabs.show()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _shot(tabs, f"panel-{index}")


def test_unlocking_the_main_window_backs_up_and_counts(ctx, qtbot, tmp_path, open_vault, pupil):
    from ssa_desktop.storage.backup_rotation import list_backups
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    settings_store = SettingsStore(tmp_path / "s.ini")
    settings_store.idle_minutes = 7
    win = MainWindow(ctx, settings_store, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    folder = open_vault.vault.folder
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1 and breach.load_facts(folder) is not None,
                    timeout=20000)
    facts = breach.load_facts(folder)
    assert facts.counts["persons.pupil"] == 1 and facts.idle_minutes == 7
    assert facts.remember_on_device is False
    raw = breach.facts_path(folder).read_text("utf-8")
    assert "K-17" not in raw and "Kim" not in raw and "Sommer" not in raw


PERSONS_SECTION = "Zahl der betroffenen Personen und Datensätze"


def test_breach_assistant_recounts_when_it_opens(ctx, qtbot, open_vault, pupil):
    """Issue 16 item 7: a deletion after the unlock shows in the figures at once."""
    from datetime import datetime

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 9, 0)))
    breach.note_breach_counts(ctx.conn, open_vault.vault.folder, vault_uuid=open_vault.uuid,
                              remember_on_device=False, idle_minutes=5)  # the unlock
    clock.set_clock(None)
    pupil.leaving_date = clock.today()
    repo.PERSONS.update(ctx.conn, pupil)
    assert retention.apply(ctx.conn, [("person", pupil.id)]).deleted == 1
    clock.set_clock(clock.fixed(datetime(2026, 11, 30, 10, 15)))
    panel = ToolsPanel(ctx)
    qtbot.addWidget(panel)
    dialog = panel.open_breach()
    qtbot.addWidget(dialog)
    text = dialog.editors[PERSONS_SECTION].toPlainText()
    assert "Gezählt am 30.11.2026, 10:15 Uhr" in text
    assert "Betroffene Personen insgesamt: 0" in text
    assert "Schutzmaßnahmen" in dialog.editors and "war ausgeschaltet" in (
        dialog.editors["Schutzmaßnahmen"].toPlainText())  # what the unlock knew is kept
    dialog.close()


def test_breach_discovery_in_the_future_is_refused_at_the_boundary(ctx, qtbot, open_vault,
                                                                    tmp_path):
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 7, 0)))
    dialog = BreachDialog(open_vault.vault.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    later = QDateTime.fromString("23.11.2026 07:01", "dd.MM.yyyy HH:mm")
    dialog.discovered.setDateTime(later)
    assert "liegt in der Zukunft" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_pdf(tmp_path / "a.pdf") is None and not (tmp_path / "a.pdf").exists()
    dialog.discovered.setDateTime(QDateTime.fromString("23.11.2026 07:00", "dd.MM.yyyy HH:mm"))
    assert dialog.status.text() == "" and dialog.save_button.isEnabled()
    assert "26.11.2026, 07:00" in dialog.editors["Zeitpunkt der Feststellung und Frist"].toPlainText()
    assert dialog.save_pdf(tmp_path / "b.pdf") is not None
