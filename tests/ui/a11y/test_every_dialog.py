"""Every dialog class of the UI is audited and Tab-walked: the dialogs built here (with
the least real data each needs on the test vault) together with the ones of
test_audit.py must be every QDialog / QWizard / QMainWindow subclass found in
ssa_desktop/ui by AST, so a new dialog cannot slip past the audit."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import ssa_desktop.ui
from tests.ui.a11y.audit import audit
from tests.ui.a11y.tabwalk import _top_left, dead_stops, focusable, visual_breaks, walk

QT_TOP_LEVELS = {"QDialog", "QWizard", "QMessageBox", "QMainWindow"}

# Covered elsewhere: the areas and person tabs through MainWindow, the quick entry, the
# unlock dialogs, the first-run wizard, the deputy window and DIALOGS (test_audit.py).
COVERED_ELSEWHERE = {
    "MainWindow", "QuickEntryDialog", "UnlockDialog", "EmergencyUnlockDialog",
    "FirstRunWizard", "DeputyWindow", "CaseDialog", "AppointmentDialog", "ConsentDialog",
    "DisclosureDialog", "SearchDialog", "SchoolYearDialog", "AnnualReportDialog",
    "HoldDialog", "NewRequestDialog", "BreachDialog", "SchoolDialog", "EmergencyKeyDialog",
}

# Bases never shown on their own (leading underscore or only subclassed): covered
# through their subclasses. Message boxes built by Qt itself (QMessageBox(...) in
# ui/common/messages.py etc.) are instances, not classes, and so not listed at all.
BASES = {
    "_EntryDialog", "_SavingDialog", "PackageDialog", "DraftedDialog", "DraftedKeepingDialog",
    "KeepingDialog",
    "KeyAndNewPassphraseDialog", "SavingDialog",
}


def dialog_classes() -> set[str]:
    """Every class in ssa_desktop/ui that derives (directly or through another class of
    the UI) from a Qt dialog or main window."""
    bases: dict[str, set[str]] = {}
    for path in Path(ssa_desktop.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")
                         for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in found and parents & (QT_TOP_LEVELS | found):
                found.add(name)
                changed = True
    return found


def _names_found(ctx):
    from ssa_desktop.services import names_in_text

    return names_in_text.find(ctx.conn, [names_in_text.Place("focus", "Schwerpunkte",
                                                             "Mit Kim Sommer.")])


def _stopwatch(ctx):
    from ssa_desktop.services import worktime

    return worktime.start_stopwatch(ctx.conn)


def _auskunft(ctx, pupil):
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.services import privacy

    with clock.frozen(date(2026, 11, 22)):
        return privacy.open_request(ctx.conn, pupil.id, date(2026, 11, 2)).id


def _post(ctx):
    from ssa_desktop.domain.entities import Post
    from ssa_desktop.storage import repositories as repo

    return repo.POSTS.insert(ctx.conn, Post("Stelle Nord", id="post-1"))


def _contact(pupil):
    from datetime import date

    from ssa_desktop.domain.entities import Contact

    return Contact(day=date(2026, 11, 20), kind="Beratung", duration_min=30,
                   person_id=pupil.id, school_id="school-1", note="Gespräch")


def _deputy_view(ctx, folder):
    """The overview of a real colleague's package, as the deputy window shows it."""
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package

    stick = folder / "stick"
    stick.mkdir()
    package = colleagues_package(stick)
    with clock.frozen(WORKDAY):
        window = DeputyWindow(ctx, package.path, package.key_text)
    return window.view


def _goal(ctx, pupil):
    """A case of the pupil with a GAS goal rated twice (the goals dialogs)."""
    from datetime import date

    from ssa_desktop.domain import goals as g
    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import goals, persons

    case = persons.save_case(ctx.conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
    goal = goals.save_goal(ctx.conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                                baseline=-2, pupil_words="Ich will hin", created="2024-08-01 08:00:00"))
    goals.rate(ctx.conn, goal.id, -1, date(2026, 10, 1))
    goals.rate(ctx.conn, goal.id, 0, date(2026, 11, 1))
    return goal


def _group_member(ctx, pupil):
    """A group with the pupil as its member and one session (the serial letter)."""
    from datetime import date

    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.services import group_members, groups

    group = groups.save_group(ctx.conn, GroupActivity("Soziales Lernen", 2026,
                                                      school_id=pupil.school_id))
    groups.add_session(ctx.conn, group.id, date(2026, 10, 7), 90)
    group_members.add_member(ctx.conn, group.id, pupil.id, date(2026, 10, 1))
    return group.id


def _document_added(ctx, pupil):
    from datetime import date

    from ssa_desktop.services import documents
    from tests.support import document_files

    return documents.add_document(ctx.conn, documents.Owner("person", pupil.id), "letter",
                                  "Brief", date(2026, 11, 2), document_files.pdf(pages=2))


def _record_documents(ctx, pupil):
    """The documents of one of the pupil's cases, with a letter kept on it."""
    from datetime import date

    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import documents, persons
    from ssa_desktop.ui.documents.record_documents import RecordDocumentsDialog
    from tests.support import document_files

    case = persons.save_case(ctx.conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
    owner = documents.Owner("case", case.id)
    documents.add_document(ctx.conn, owner, "letter", "Brief", date(2026, 11, 2),
                           document_files.pdf(pages=1))
    return RecordDocumentsDialog(ctx, pupil.id, owner, "Fall Schulangst")


def _viewer(ctx, pupil):
    from ssa_desktop.services import documents
    from ssa_desktop.ui.documents.viewer import DocumentViewer

    doc = _document_added(ctx, pupil)
    return DocumentViewer(ctx, doc, documents.read_content(ctx.conn, doc))


def _builders():
    from ssa_desktop.services.backups import BackupFile
    from ssa_desktop.ui.child_protection.panel import IsefDialog
    from ssa_desktop.ui.documents.export_dialog import ExportDocumentDialog, PrintDocumentDialog
    from ssa_desktop.ui.documents.panel import AddDocumentDialog
    from ssa_desktop.ui.handover.conflicts_dialog import ConflictsDialog
    from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
    from ssa_desktop.ui.handover.deputy_window import (
        DeputyAppointmentDialog,
        DeputyContactDialog,
        DeputyDocumentDialog,
    )
    from ssa_desktop.ui.handover.open_package_dialog import OpenPackageDialog
    from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
    from ssa_desktop.ui.letters.dialog import LetterDialog
    from ssa_desktop.ui.letters.serial_dialog import SerialLetterDialog
    from ssa_desktop.ui.letters.templates_dialog import LetterTemplatesDialog
    from ssa_desktop.ui.network.area import TemplateDialog
    from ssa_desktop.ui.persons.goals_dialog import (
        GoalEditDialog,
        GoalsDialog,
        RateDialog,
        TrendDialog,
    )
    from ssa_desktop.ui.persons.timeline import AnnotationDialog
    from ssa_desktop.ui.privacy.advice import WhereaboutsDialog
    from ssa_desktop.ui.privacy.auskunft_dialog import AuskunftDialog
    from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog
    from ssa_desktop.ui.reports.names_dialog import NamesFoundDialog
    from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog
    from ssa_desktop.ui.settings.dialogs import (
        ChangePassphraseDialog,
        FindingsDialog,
        PassphrasePrompt,
        PostDialog,
        PostHandoverDialog,
    )
    from ssa_desktop.ui.settings.staff_dialog import StaffDialog
    from ssa_desktop.ui.shell.accessibility_statement import StatementDialog
    from ssa_desktop.ui.time.stop_dialog import StopDialog
    from ssa_desktop.ui.traeger.kit_dialog import TraegerKitDialog
    from ssa_desktop.ui.vault.elsewhere import VaultElsewhereDialog
    from ssa_desktop.ui.vault.restore_copy import RestoreCopyDialog

    return {
        "AuskunftDialog": lambda ctx, pupil, _t: AuskunftDialog(ctx, _auskunft(ctx, pupil)),
        "StaffDialog": lambda ctx, _p, _t: StaffDialog(ctx, _post(ctx).id, 2025),
        "DeputyPackageDialog": lambda ctx, _p, tmp: DeputyPackageDialog(ctx, tmp),
        "SchoolHandoverDialog": lambda ctx, _p, tmp: SchoolHandoverDialog(ctx, tmp),
        "DeputyContactDialog": lambda ctx, _p, tmp: DeputyContactDialog(
            _deputy_view(ctx, tmp), None, lambda _d: None),
        "DeputyAppointmentDialog": lambda ctx, _p, tmp: DeputyAppointmentDialog(
            _deputy_view(ctx, tmp), None, lambda _d: None),
        "DeputyDocumentDialog": lambda ctx, _p, tmp: DeputyDocumentDialog(
            _deputy_view(ctx, tmp), None, "/home/jana/Scans/scan_0001.pdf", 48_000,
            lambda _d: None),
        "OpenPackageDialog": lambda _c, _p, tmp: OpenPackageDialog(
            "Vertretungspaket öffnen", lambda *_a: None, folder=tmp),
        "ConflictsDialog": lambda _c, _p, _t: ConflictsDialog([]),
        "IsefDialog": lambda _c, _p, _t: IsefDialog("Anfrage an die ISEF – anonymisiert"),
        "TemplateDialog": lambda _c, _p, _t: TemplateDialog(),
        "StatementDialog": lambda _c, _p, _t: StatementDialog("schulsozialarbeit@example.org"),
        "PostDialog": lambda _c, _p, _t: PostDialog(None, [], {}, 2026),
        "ChangePassphraseDialog": lambda _c, _p, _t: ChangePassphraseDialog(),
        "PostHandoverDialog": lambda _c, _p, _t: PostHandoverDialog(),
        "FindingsDialog": lambda _c, _p, _t: FindingsDialog(
            "Tresor geprüft: 2 Probleme gefunden.",
            ["time_entry t-01: gelöscht, aber wieder vorhanden", "meta: vault_uuid fehlt"],
            ["Bitte eine Sicherung wiederherstellen."]),
        "PassphrasePrompt": lambda _c, _p, _t: PassphrasePrompt(
            "Notfallschlüssel anzeigen", "Bitte die Passphrase eingeben."),
        "AnnotationDialog": lambda _c, pupil, _t: AnnotationDialog(_contact(pupil)),
        "StopDialog": lambda ctx, _p, _t: StopDialog(ctx, _stopwatch(ctx)),
        "VaultElsewhereDialog": lambda _c, _p, tmp: VaultElsewhereDialog(
            tmp / "Laptop A" / "tresor", lambda _folder: False, copy=BackupFile(
                tmp / "USB-Stick" / "ssa-sicherung-2026-11-23.ssabak", date(2026, 11, 23), 1)),
        "RestoreCopyDialog": lambda _c, _p, tmp: RestoreCopyDialog(
            tmp / "USB-Stick" / "ssa-sicherung-2026-11-23.ssabak", tmp / "Tresor"),
        "SlipPrintDialog": lambda ctx, _p, _t: SlipPrintDialog(ctx, []),
        "LetterDialog": lambda ctx, pupil, _t: LetterDialog(ctx, pupil.id),
        "LetterTemplatesDialog": lambda ctx, _p, _t: LetterTemplatesDialog(ctx),
        "SerialLetterDialog": lambda ctx, pupil, _t: SerialLetterDialog(
            ctx, _group_member(ctx, pupil)),
        "NamesFoundDialog": lambda ctx, _p, _t: NamesFoundDialog("Der Jahresbericht",
                                                                 _names_found(ctx)),
        "WhereaboutsDialog": lambda ctx, pupil, _t: WhereaboutsDialog(ctx, pupil.id),
        "ShortContactsDialog": lambda ctx, _p, _t: ShortContactsDialog(ctx),
        "TraegerKitDialog": lambda _c, _p, _t: TraegerKitDialog(),
        "GoalsDialog": lambda ctx, pupil, _t: GoalsDialog(ctx, _goal(ctx, pupil).case_id),
        "GoalEditDialog": lambda ctx, pupil, _t: GoalEditDialog(ctx, _goal(ctx, pupil)),
        "RateDialog": lambda ctx, pupil, _t: RateDialog(ctx, _goal(ctx, pupil)),
        "TrendDialog": lambda ctx, pupil, _t: TrendDialog(ctx, _goal(ctx, pupil).id),
        "AddDocumentDialog": lambda ctx, pupil, _t: AddDocumentDialog(
            ctx, pupil.id, b"%PDF-1.4 ... %%EOF", "scan.pdf"),
        "DocumentViewer": lambda ctx, pupil, _t: _viewer(ctx, pupil),
        "RecordDocumentsDialog": lambda ctx, pupil, _t: _record_documents(ctx, pupil),
        "ExportDocumentDialog": lambda ctx, pupil, _t: ExportDocumentDialog(
            ctx, _document_added(ctx, pupil)),
        "PrintDocumentDialog": lambda ctx, pupil, _t: PrintDocumentDialog(
            ctx, _document_added(ctx, pupil)),
    }


BUILDERS = _builders()


def test_every_dialog_class_is_covered_by_the_audit():
    covered = set(BUILDERS) | COVERED_ELSEWHERE | BASES
    found = dialog_classes()
    assert sorted(found - covered) == [], "dialog classes the audit does not build"
    assert sorted(covered - found) == [], "covered names that are no dialog class (renamed?)"


def _build(ctx, qtbot, pupil, tmp_path, name):
    from ssa_desktop.domain import clock

    with clock.frozen(datetime(2026, 11, 24, 10, 0)):
        dialog = BUILDERS[name](ctx, pupil, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_dialog_passes_the_audit(ctx, qtbot, pupil, tmp_path, name):
    dialog = _build(ctx, qtbot, pupil, tmp_path, name)
    assert audit(dialog) == {}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_dialog_tabs_in_reading_order_round_every_control(ctx, qtbot, pupil, tmp_path,
                                                              name):
    dialog = _build(ctx, qtbot, pupil, tmp_path, name)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # she starts reading at the top left
    first = min(focusable(dialog), key=lambda w: (_top_left(w, dialog).y() // 20,
                                                  _top_left(w, dialog).x()))
    forward = walk(dialog, first)
    assert dead_stops(forward) == []
    assert forward[-1] is first, "Tab never came back"
    missing = sorted(w.accessibleName() or type(w).__name__
                     for w in focusable(dialog) if w not in forward)
    assert missing == []
    backward = walk(dialog, first, key=Qt.Key_Backtab)
    assert dead_stops(backward) == []
    assert backward[-1] is first and len(backward) == len(forward)
    assert visual_breaks([first, *forward], dialog) == []
