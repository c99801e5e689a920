"""A screen reader can tell every input apart: each has a name (and a description where a hint
exists); the RACI and checklist grids are named and their cells report their headers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView, QTreeView, QWidget
from screens_support import SCREENS, TODAY, Visitor, walk_workspace

from leitplanken.ui.widgets.accessibility import needs_name


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for a widget (Qt's accessibility interface)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return widget.accessibleName()
    return iface.text(QAccessible.Text.Name) or ""


def spoken_description(widget: QWidget) -> str:
    """The description read after the name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Description) if iface else "") or ""


@pytest.fixture
def walked(qtbot, tmp_path, app_names, monkeypatch, request):  # type: ignore[no-untyped-def]
    """Every screen of the walk opened in a language; returns (visitor, unnamed inputs)."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.settings.language import apply_language
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

    language = request.param
    apply_language(language)
    path = tmp_path / "a11y.leitplanken"
    WorkspaceFile.create(path, walk_workspace(language)).close()
    win = MainWindow(Session(WorkspaceFile.open(path), today=TODAY))
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    unnamed: list[str] = []
    undescribed: list[str] = []
    grids: dict[str, QWidget] = {}

    def check(screen: str, top: QWidget) -> None:
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or not needs_name(widget):
                continue
            name = spoken_name(widget)
            parent = widget.parentWidget()
            what = (f"{screen}: {type(widget).__name__} {widget.objectName()!r} in "
                    f"{type(parent).__name__} {parent.objectName()!r}")
            if not name.strip():
                unnamed.append(what)
            tip = widget.toolTip().strip()
            if tip and not isinstance(widget, QAbstractButton) and not (
                    spoken_description(widget) or tip in name):
                undescribed.append(f"{what} (tooltip {tip[:40]!r})")
            if isinstance(widget, QTableView | QTreeView) and screen in ("editor raci", "editor checklist"):
                grids[screen] = widget

    visitor = Visitor(win, tmp_path)
    visitor.on_widget.append(check)
    with visitor.patched(monkeypatch):
        for name, opener in SCREENS.items():
            visitor.visit(name, opener)
            win.show_page("dashboard")
    yield unnamed, undescribed, grids
    win.session.close()
    win.close()
    win.deleteLater()
    apply_language("en")


@pytest.mark.parametrize("walked", ["en", "de_CH"], indirect=True)
def test_every_input_has_a_name_and_its_hint(walked) -> None:  # type: ignore[no-untyped-def]
    """No field, list, table or icon button a screen reader would call just "edit"."""
    unnamed, undescribed, _grids = walked
    assert not unnamed, "inputs without an accessible name:\n" + "\n".join(sorted(set(unnamed)))
    assert not undescribed, "hints not given as description:\n" + "\n".join(sorted(set(undescribed)))


@pytest.mark.parametrize("walked", ["de"], indirect=True)
def test_grids_are_named_and_cells_say_their_headers(walked) -> None:  # type: ignore[no-untyped-def]
    """The RACI grid and the checklist: a name, and each cell with its row and column headers."""
    _unnamed, _undescribed, grids = walked
    assert set(grids) == {"editor raci", "editor checklist"}
    for screen, view in grids.items():
        assert spoken_name(view), screen
        iface = QAccessible.queryAccessibleInterface(view)
        assert iface is not None, screen
        cells = [iface.child(i) for i in range(iface.childCount())]
        cells = [c for c in cells if c is not None and c.role() in (QAccessible.Role.Cell,
                                                                    QAccessible.Role.TreeItem)]
        assert cells, f"{screen}: no cells reported"
        with_header = [c for c in cells if c.tableCellInterface() is not None and any(
            h.text(QAccessible.Text.Name).strip()
            for h in c.tableCellInterface().columnHeaderCells())]
        assert with_header, f"{screen}: cells without their column header"


def test_a_form_field_takes_its_label(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The derivation itself: "Name:" beside a field names it "Name", its tooltip describes it."""
    from PySide6.QtWidgets import QFormLayout

    from leitplanken.ui.widgets import accessibility

    accessibility.install()
    form = QWidget()
    layout = QFormLayout(form)
    edit = QLineEdit()
    edit.setToolTip("The person's full name, as the board knows it")
    layout.addRow("&Name:", edit)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert edit.accessibleName() == "Name"
    assert edit.accessibleDescription() == "The person's full name, as the board knows it"
