"""The window uses the system's UI font; the bundled DejaVu Sans only where the system has none."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from leitplanken.ui.shell import fonts


@pytest.fixture
def app_font(qapp):  # type: ignore[no-untyped-def]
    """Restores the application font after a test changed it."""
    before = QFont(QApplication.font())
    yield qapp
    QApplication.setFont(before)


def test_the_system_ui_font_is_kept_where_there_is_one(app_font) -> None:  # type: ignore[no-untyped-def]
    """A machine with fonts: the window's font is the platform's UI font, not forced to DejaVu."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    family = fonts.use_ui_font(app_font)
    assert family == QFontInfo(system).family()
    assert QApplication.font().family() == system.family()


def test_a_machine_without_fonts_gets_the_bundled_family(app_font, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No installed fonts (a bare machine): DejaVu Sans is registered and used."""
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *a: []))
    assert fonts.use_ui_font(app_font) == fonts.FAMILY
    assert QApplication.font().family() == fonts.FAMILY


def test_the_bundled_font_can_be_asked_for(app_font) -> None:  # type: ignore[no-untyped-def]
    """Tests that must render alike everywhere call use_bundled_font explicitly."""
    fonts.use_bundled_font(app_font)
    assert QApplication.font().family() == fonts.FAMILY
