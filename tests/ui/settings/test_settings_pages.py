"""Einstellungen pages declare themselves (``settings.pages``) and simple options get their
editors from the option's metadata (``settings.option_widgets``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout

from ssa_desktop.services import settings as vault_settings
from ssa_desktop.services import statistics, timeshare
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.registry import Entry
from ssa_desktop.ui.settings import area as area_module
from ssa_desktop.ui.settings import pages
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings.option_widgets import option_field
from ssa_desktop.ui.settings.page import SettingsPage
from ssa_desktop.ui.settings_store import SettingsStore
from tests.support.languages import in_language
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def store(tmp_path):
    return SettingsStore(tmp_path / "settings.ini")


def _area(ctx, qtbot, store) -> SettingsArea:
    widget = SettingsArea(ctx, settings=store, keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _tab_titles(area: SettingsArea) -> list[str]:
    return [area.tabs.tabText(i) for i in range(area.tabs.count())]


# -- the registry ----------------------------------------------------------------------------
def test_the_pages_in_their_order_with_their_titles():
    assert [(s.key, s.title) for s in pages.PAGES] == [
        ("schools", "Schulen && Stelle"), ("security", "Sicherheit"),
        ("language", "Sprache"), ("display", "Darstellung"), ("options", "Optionen"),
        ("funding", "Förderung"), ("letterhead", "Briefkopf"), ("about", "Info")]


def test_the_area_names_no_page_module():
    tree = ast.parse(Path(area_module.__file__).read_text(encoding="utf-8"))
    imported = {f"{'.' * n.level}{n.module or ''}" for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom)}
    imported |= {f"{'.' * n.level}{n.module or ''}.{a.name}" for n in ast.walk(tree)
                 if isinstance(n, ast.ImportFrom) for a in n.names}
    assert not any(name.startswith(".pages.") for name in imported), imported
    for page in ("schools", "security", "language", "about"):
        assert f"{page}_page" not in " ".join(imported)


class _ExtraPage(SettingsPage):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.loads = 0
        QVBoxLayout(self).addWidget(QLabel("Zusatz"))

    def load(self):
        self.loads += 1


def test_an_entry_added_to_the_registry_becomes_a_tab(ctx, qtbot, store, monkeypatch):
    extra = Entry("extra", "Zusatz", lambda env: _ExtraPage(env.ctx))
    monkeypatch.setattr(pages, "PAGES", (*pages.PAGES[:2], extra, *pages.PAGES[2:]))
    area = _area(ctx, qtbot, store)
    assert _tab_titles(area) == ["Schulen && Stelle", "Sicherheit", "Zusatz", "Sprache",
                                 "Darstellung", "Optionen", "Förderung", "Briefkopf", "Info"]
    area.tabs.setCurrentIndex(2)
    page = area.page("extra")
    assert area.tabs.widget(2).isAncestorOf(page) and page.isVisible()
    assert page.loads == 1  # built while shown and unlocked: loaded at once


def test_english_tab_titles_and_unit(ctx, qtbot, store):
    with in_language("en"):
        area = _area(ctx, qtbot, store)
        assert _tab_titles(area) == ["Schools && post", "Security", "Language", "Display", "Options",
                                     "Funding", "Letterhead", "About"]
        spin = area.page("security").idle
        assert spin.text() == "5 minutes"
        spin.setValue(1)
        assert spin.text() == "1 minute"


# -- built when first shown --------------------------------------------------------------------
def test_pages_are_built_when_their_tab_is_first_shown(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    assert [p.__class__.__name__ for p in area.pages()] == ["SchoolsPage"]
    area.tabs.setCurrentIndex(_tab_titles(area).index("Info"))
    about = area.page("about")
    assert about.about["folder"].text() == str(ctx.session.vault.folder)  # loaded at once
    assert [p.__class__.__name__ for p in area.pages()] == ["SchoolsPage", "AboutPage"]


def test_info_says_where_the_vault_lives_and_that_this_is_safe(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    area.tabs.setCurrentIndex(_tab_titles(area).index("Info"))
    place = area.page("about").about["place"]
    folder = ctx.session.vault.folder
    assert place.text() == (f"Der Tresor liegt in „{folder}“ auf diesem Gerät. Der Ordner "
                            "wird nicht synchronisiert und nicht auf einen Server kopiert. "
                            "Das ist sicher.")
    assert place.accessibleDescription() == "Ablageort"


def test_a_page_built_while_locked_shows_nothing_and_loads_after_unlock(ctx, qtbot, store,
                                                                        vault_dir):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    area = _area(ctx, qtbot, store)
    ctx.lock()
    area.tabs.setCurrentIndex(_tab_titles(area).index("Info"))
    about = area.page("about")
    assert about.about["folder"].text() == ""
    ctx.set_session(Vault(vault_dir).unlock(PASSPHRASE))
    area.refresh()
    assert about.about["folder"].text() == str(vault_dir)


def test_signals_of_a_page_built_later_reach_the_area(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    languages = []
    area.language_changed.connect(languages.append)  # before the page exists
    area.tabs.setCurrentIndex(2)
    area.page("language").language_buttons["en"].click()
    assert languages == ["en"]


# -- editors from the option's metadata ----------------------------------------------------------
def test_idle_minutes_typed_are_stored_and_shown_after_reopening(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    area.tabs.setCurrentIndex(1)
    spin = area.page("security").idle
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 60, 5)  # from the option
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "17")
    QTest.keyClick(spin, Qt.Key_Down)
    assert spin.text() == "16 Minuten"
    assert SettingsStore(store.file_path).idle_minutes == 16  # what the field showed
    area.close()
    again = _area(ctx, qtbot, SettingsStore(store.file_path))
    again.tabs.setCurrentIndex(1)
    assert again.page("security").idle.text() == "16 Minuten"


def test_idle_minutes_stop_at_the_options_bounds(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    area.tabs.setCurrentIndex(1)
    spin = area.page("security").idle
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "60")
    QTest.keyClick(spin, Qt.Key_Up)
    assert spin.text() == "60 Minuten" and store.idle_minutes == 60
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "1")
    QTest.keyClick(spin, Qt.Key_Down)
    assert spin.text() == "1 Minute" and store.idle_minutes == 1


def test_language_chosen_with_its_mnemonic_is_stored(ctx, qtbot, store):
    area = _area(ctx, qtbot, store)
    area.tabs.setCurrentIndex(2)
    page = area.page("language")
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or area, Qt.Key_E, Qt.AltModifier)  # "&English"
    qtbot.waitUntil(page.language_buttons["en"].isChecked)  # a mnemonic animates the click
    assert SettingsStore(store.file_path).language == "en"


def test_a_vault_option_edited_through_its_field_is_stored_as_shown(ctx, qtbot, conn):
    """The same builder for a vault option (a float with bounds and a bool), saved through
    services.settings: the stored value is the one the field showed."""
    saved = []
    rate = option_field(statistics.GRANT_RATE, vault_settings.get(conn, statistics.GRANT_RATE),
                        lambda v: saved.append(ctx.apply(vault_settings.set_value,
                                                         statistics.GRANT_RATE, v)))
    qtbot.addWidget(rate.editor)
    assert (rate.editor.minimum(), rate.editor.maximum()) == (0.0, 1_000_000.0)
    assert rate.label.text() == "Förderung je Vollzeitstelle und Jahr (€)"
    rate.editor.setLocale(QLocale(QLocale.German, QLocale.Germany))  # as the app sets it
    rate.editor.show()
    rate.editor.setFocus()
    rate.editor.selectAll()
    QTest.keyClicks(rate.editor.lineEdit(), "17250,5")
    assert rate.editor.text() == "17250,5"
    QTest.keyClick(rate.editor, Qt.Key_Return)
    assert rate.value() == 17250.5
    assert vault_settings.get(conn, statistics.GRANT_RATE) == 17250.5
    free = option_field(timeshare.HOLIDAYS_FREE, False,
                        lambda v: ctx.apply(vault_settings.set_value, timeshare.HOLIDAYS_FREE, v))
    qtbot.addWidget(free.editor)
    assert free.label is None and free.editor.text() == "Schulferien ohne Sollzeit"
    free.editor.show()
    QTest.mouseClick(free.editor, Qt.LeftButton)
    assert vault_settings.get(conn, timeshare.HOLIDAYS_FREE) is True


def test_an_option_without_a_simple_editor_is_refused():
    with pytest.raises(ValueError):
        option_field(timeshare.EXTRA_CATEGORIES, [], lambda _v: None)
