"""The window speaks in the system's UI font; the bundled DejaVu Sans is only the fallback.

Segoe UI on Windows, San Francisco on macOS, the desktop's font on Linux: an owner's app
should look like the others on their machine. A bare machine (a container, a fresh minimal
install) may have no fonts at all; then the bundled family keeps text visible. The PDF
embeds the bundled font either way (report/fonts.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from leitplanken.paths import font_path

#: The family name the bundled TTF files register under.
FAMILY = "DejaVu Sans"


def register_fonts() -> str | None:
    """Adds every bundled style to Qt's font database; returns the family or None if missing."""
    family = None
    for style in ("regular", "bold", "italic", "bolditalic"):
        path = font_path(style)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    return family


def system_ui_font() -> QFont | None:
    """The platform's UI font when the machine has it installed, else None.

    Asked before the bundled files are added, so an installed font is told apart from ours.
    """
    installed = set(QFontDatabase.families())
    if not installed:
        return None
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    return font if QFontInfo(font).family() in installed else None


def use_ui_font(app: QApplication) -> str:
    """The system's UI font for the window, DejaVu where there is none; returns the family."""
    system = system_ui_font()
    bundled = register_fonts()  # also the fallback for characters the system font lacks
    if system is not None:
        app.setFont(system)
        return QFontInfo(system).family()
    if bundled is not None:
        use_bundled_font(app, bundled)
        return bundled
    return QFontInfo(app.font()).family()


def use_bundled_font(app: QApplication, family: str | None = None) -> None:
    """Makes the bundled family the application font, keeping the platform's point size.

    For a machine without fonts, and for tests that must render the same everywhere.
    """
    family = family or register_fonts()
    if family is None:
        return
    font = QFont(app.font())
    font.setFamily(family)
    app.setFont(font)
