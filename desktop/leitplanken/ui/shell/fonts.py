"""Registers the bundled DejaVu Sans so text renders even on a machine without any fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
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


def use_bundled_font(app: QApplication) -> None:
    """Makes the bundled family the application font, keeping the platform's point size."""
    family = register_fonts()
    if family is None:
        return
    font = QFont(app.font())
    font.setFamily(family)
    app.setFont(font)
