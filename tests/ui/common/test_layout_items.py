"""Layout items read from Python are let go (ui/common/layout_items.py): PySide
keeps every QLayoutItem it hands out alive as its layout's child, and once Qt deleted the
item (a button box laid out again, a widget taken out) the stale wrapper stayed in
PySide's map. An object made later at the same address then came back as it: in a full
run a QWidget from ``nextInFocusChain`` arrived as a QSpacerItem (TypeError), and a call
on such a wrapper can crash."""

from __future__ import annotations

import shiboken6
from keyring.backends import fail
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QSpacerItem, QWidgetItem

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.common.layout_items import item_parts


def _item_wrappers() -> set[int]:
    return {id(w) for w in shiboken6.getAllValidWrappers()
            if isinstance(w, (QSpacerItem, QWidgetItem))}


def test_a_button_box_read_and_laid_out_again_leaves_no_item_wrapper(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    before = _item_wrappers()
    shown = [widget for widget, _nested in item_parts(box.layout())]
    assert [type(w).__name__ for w in shown if w is not None] == ["QPushButton", "QPushButton"]
    box.addButton(QPushButton("Weitere"), QDialogButtonBox.ButtonRole.ActionRole)  # new items
    assert _item_wrappers() - before == set()


def test_the_unlock_window_keeps_no_wrapper_of_its_layout_items(qtbot, open_vault):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    before = _item_wrappers()
    dialog = UnlockDialog(open_vault.vault.folder, store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _item_wrappers() - before == set()


def test_a_flow_layout_keeps_its_own_items(qtbot):
    """``layouts.FlowLayout`` holds its items in Python: reading them lets none go."""
    from PySide6.QtWidgets import QLabel, QWidget

    from ssa_desktop.ui.common.layouts import FlowLayout

    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    flow.addWidget(QLabel("a"))
    flow.addWidget(QLabel("b"))
    assert [type(w).__name__ for w, _n in item_parts(flow)] == ["QLabel", "QLabel"]
    assert all(shiboken6.isValid(item) for item in flow._items)
    host.show()
    qtbot.waitExposed(host)
    assert flow.sizeHint().width() > 0   # its items still answer


def test_no_layout_item_is_read_elsewhere():
    """Every ``itemAt`` call of the product goes through ``layout_items`` (a FlowLayout's
    own ``itemAt`` is its definition, not a call)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ssa_desktop"
    calls = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "layout_items.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "itemAt":
                calls.append(f"{path.relative_to(root)}:{node.lineno}")
    assert calls == []
