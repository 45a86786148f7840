"""Every entry of the UI registries is reachable where she looks for it: each area in the
sidebar in its order (and reached with the arrow keys), each settings page as a tab, each
Datenschutz page in the list at the side — built from its entry when first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.area import Area
from ssa_desktop.ui.privacy.pages import PAGES as PRIVACY_PAGES
from ssa_desktop.ui.settings import pages as settings_pages
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings.page import SettingsPage
from ssa_desktop.ui.settings_store import SettingsStore
from tests.support.main_windows import shown_main_window
from tests.support.memory_keyring import MemoryKeyring
from tests.ui.privacy.shared import shown_area


def test_every_area_is_in_the_sidebar_in_order_and_reached_by_the_keys(ctx, qtbot, tmp_path):
    window = shown_main_window(ctx, qtbot, tmp_path)
    sidebar = window.sidebar
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == [
        a.title for a in AREAS]
    assert [sidebar.item(i).data(Qt.UserRole) for i in range(sidebar.count())] == [
        a.key for a in AREAS]
    sidebar.setFocus()
    sidebar.setCurrentRow(0)
    for index, entry in enumerate(AREAS):
        if index:
            qtbot.keyClick(sidebar, Qt.Key_Down)
        assert window.current_area_key() == entry.key
        shown = window.stack.currentWidget()
        assert isinstance(shown, Area) and shown.accessibleName() == entry.title
    keys = [a.key for a in AREAS]
    assert len(set(keys)) == len(keys)


def test_every_settings_page_is_a_tab_built_from_its_entry(ctx, qtbot, tmp_path):
    area = SettingsArea(ctx, settings=SettingsStore(tmp_path / "s.ini"),
                        keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    area.show()
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        p.title for p in settings_pages.PAGES]
    for index, entry in enumerate(settings_pages.PAGES):
        area.tabs.setCurrentIndex(index)
        page = area.page(entry.key)
        assert isinstance(page, SettingsPage) and page.isVisible(), entry.key
        assert area.tabs.widget(index).isAncestorOf(page), entry.key


def test_every_datenschutz_page_is_in_the_list_built_from_its_entry(ctx, qtbot):
    area = shown_area(ctx, qtbot)
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        p.title for p in PRIVACY_PAGES]
    assert area.tabs.is_built(0) and not any(area.tabs.is_built(i)
                                             for i in range(1, area.tabs.count()))
    for index, entry in enumerate(PRIVACY_PAGES):
        area.tabs.setCurrentIndex(index)
        assert area.tabs.is_built(index), entry.key
        page = area.page(entry.key)
        assert isinstance(page, QWidget) and page is area.tabs.currentWidget(), entry.key
        assert page.isVisible(), entry.key
