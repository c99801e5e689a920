"""Colours stay readable in light and dark mode: every coloured text at least 4.5:1.

The app is drawn with Fusion and a light or a dark palette set on the application (what a
system in dark mode hands Qt); every screen of the walk is opened and each coloured text —
a model's foreground, a tinted cell, a label's style sheet — is measured against what it is
drawn on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QStyleFactory, QWidget
from screens_support import SCREENS, TODAY, Visitor, columns, has_children, walk_workspace

from leitplanken.ui.widgets.colours import (
    MIN_CONTRAST,
    Tone,
    banner_style,
    colour,
    contrast,
    is_dark,
    tint,
)

UI = Path(__file__).resolve().parents[2] / "desktop" / "leitplanken" / "ui"
Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode gives (light text on dark grey)."""
    pal = QPalette()
    colours = {
        Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e",
        Role.AlternateBase: "#262626", Role.Text: "#e6e6e6", Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6", Role.Highlight: "#2f65ca", Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#e6e6e6", Role.PlaceholderText: "#9a9a9a",
        Role.Link: "#8ab4f8", Role.BrightText: "#ff6060",
    }
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    return pal


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def themed(request, qapp):  # type: ignore[no-untyped-def]
    """The application drawn with Fusion and one palette; restored afterwards."""
    app: QApplication = qapp
    old_palette, old_style = app.palette(), app.style().name()
    app.setStyle("Fusion")
    app.setPalette(PALETTES[request.param]())
    yield request.param
    app.setPalette(old_palette)
    app.setStyle(old_style)


def test_every_tone_is_readable_on_both_backgrounds(themed: str) -> None:
    """Error, warning, hint, success, muted, accent: ≥ 4.5:1 on fields and on the window."""
    pal = QApplication.palette()
    assert is_dark(pal) == (themed == "dark")
    for tone in Tone:
        for on in (Role.Base, Role.Window, Role.AlternateBase):
            shown = colour(tone, on)
            ratio = contrast(shown, pal.color(on))
            assert ratio >= MIN_CONTRAST, f"{tone} on {on.name}: {ratio:.2f}:1 ({shown.name()})"


def test_tinted_backgrounds_keep_the_text_readable(themed: str) -> None:
    """The RACI "A" cell and banners: the palette's text on the tint ≥ 4.5:1."""
    pal = QApplication.palette()
    for tone in Tone:
        cell = tint(tone)
        assert contrast(cell, pal.color(Role.Text)) >= MIN_CONTRAST, (tone, cell.name())
        assert cell != pal.color(Role.Base), f"{tone}: no tint at all in {themed}"
    style = banner_style("#banner")
    back = QColor(re.search(r"background: (#[0-9a-f]{6})", style).group(1))
    text = QColor(re.search(r"color: (#[0-9a-f]{6})", style).group(1))
    assert contrast(back, text) >= MIN_CONTRAST


def test_no_colour_literal_outside_the_colour_module() -> None:
    """A "#b00020" typed into a screen would skip the contrast check: all go through colours.py."""
    literal = re.compile(r"QColor\(\s*[\"'\d]|[\"'][^\"']*#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "colours.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert not found, "colours by meaning, from ui/widgets/colours.py:\n" + "\n".join(found)


def test_an_opened_calendar_shows_weekends_readably(themed: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt paints weekends pure red (4.0:1 on white, 4.2:1 on dark grey); once shown, ours read."""
    from PySide6.QtWidgets import QCalendarWidget

    from leitplanken.ui.widgets import accessibility

    accessibility.install()
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitExposed(calendar)
    pal = QApplication.palette()
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        shown = calendar.weekdayTextFormat(day).foreground().color()
        for role in (Role.Base, Role.AlternateBase):
            assert contrast(shown, pal.color(role)) >= MIN_CONTRAST, (themed, day, shown.name())


def _style_colour(widget: QWidget) -> QColor | None:
    """The text colour a widget's own style sheet sets ("color: #…"), if any."""
    match = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", widget.styleSheet())
    return QColor(match.group(1)) if match else None


def _measure(screen: str, top: QWidget, bad: list[str]) -> None:
    """Every coloured text of a screen against the background it is drawn on."""
    pal = QApplication.palette()
    for label in [top, *top.findChildren(QLabel)]:
        shown = _style_colour(label)
        if shown is not None and isinstance(label, QLabel):
            ratio = contrast(shown, label.palette().color(Role.Window))
            if ratio < MIN_CONTRAST:
                bad.append(f"{screen}: label {label.text()[:40]!r} {ratio:.2f}:1")
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue  # a closed calendar popup is measured when it opens (its own test)
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(min(model.rowCount(parent), 60)):
                for column in range(columns(model, parent)):
                    index = model.index(row, column, parent)
                    if column == 0 and has_children(model, index):
                        stack.append(index)
                    fore = index.data(Qt.ItemDataRole.ForegroundRole)
                    back = index.data(Qt.ItemDataRole.BackgroundRole)
                    if fore is None and back is None:
                        continue
                    fg = _colour_of(fore) or pal.color(Role.Text)
                    bg = _colour_of(back) or pal.color(Role.Base)
                    ratio = contrast(fg, bg)
                    if ratio < MIN_CONTRAST:
                        text = str(index.data() or "")[:40]
                        bad.append(f"{screen}: cell {text!r} {fg.name()} on {bg.name()} "
                                   f"{ratio:.2f}:1")


def _colour_of(value: object) -> QColor | None:
    """A model's brush or colour as a colour."""
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else None
    if isinstance(value, QColor):
        return value
    return None


def test_every_screen_is_readable(themed, qtbot, tmp_path, app_names, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """All screens of the walk, in this palette: no coloured text under 4.5:1."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

    path = tmp_path / "contrast.leitplanken"
    WorkspaceFile.create(path, walk_workspace("en")).close()
    session = Session(WorkspaceFile.open(path), today=TODAY)
    win = MainWindow(session)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    bad: list[str] = []
    visitor = Visitor(win, tmp_path)
    visitor.on_widget.append(lambda screen, widget: _measure(screen, widget, bad))
    try:
        with visitor.patched(monkeypatch):
            for name, opener in SCREENS.items():
                visitor.visit(name, opener)
                win.show_page("dashboard")
    finally:
        win.session.close()
        win.close()
        win.deleteLater()
    assert not bad, f"{themed}: under {MIN_CONTRAST}:1\n" + "\n".join(sorted(set(bad)))
