"""Qt's own strings (standard buttons, file dialog, context menus) in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from leitplanken.domain.catalogue import swiss_text
from leitplanken.i18n.translator import qt_translator
from leitplanken.ui.settings.language import apply_language

#: Qt strings a user of this app meets: (context, source) as Qt itself asks for them.
QT_STRINGS = [
    ("QPlatformTheme", "Close"),
    ("QPlatformTheme", "Cancel"),
    ("QFileSystemModel", "Size"),
    ("QFileDialog", "File &name:"),
    ("QWidgetTextControl", "&Undo"),
    ("QLineEdit", "Select All"),
    ("QMessageBox", "Show Details..."),
]


@pytest.fixture
def language(qapp: object):  # type: ignore[no-untyped-def]
    """Switches the interface language for one test and back to English afterwards."""
    yield apply_language
    apply_language("en")


def test_swiss_qt_strings_are_derived_from_german(language) -> None:  # type: ignore[no-untyped-def]
    """Every Qt string in de_CH is Qt's German in Swiss spelling: "Schliessen", "Grösse"."""
    german = qt_translator("de")
    assert german is not None and not german.isEmpty(), "Qt's German catalogue is not installed"
    language("de_CH")
    for context, source in QT_STRINGS:
        de = german.translate(context, source)
        shown = QCoreApplication.translate(context, source)
        assert shown == swiss_text(de or source), (context, source, shown)
        assert "ß" not in shown
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "Schliessen"
    assert QCoreApplication.translate("QFileSystemModel", "Size") == "Grösse"


@pytest.mark.parametrize(("lang", "close"), [("de", "Schließen"), ("de_CH", "Schliessen"),
                                             ("en", "Close")])
def test_standard_buttons_speak_the_interface_language(language, lang: str, close: str) -> None:  # type: ignore[no-untyped-def]
    """A dialog's Close button reads as the language's own word, built after the switch."""
    language(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert [b.text() for b in box.buttons()] == [close]


def test_switching_back_removes_the_swiss_catalogue(language) -> None:  # type: ignore[no-untyped-def]
    """de_CH, then de: German spelling again (the Swiss wrapper is removed with the switch)."""
    language("de_CH")
    language("de")
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "Schließen"


def test_swiss_rule_writes_ss_and_guillemets() -> None:
    """The one Swiss rule: "ss" for "ß" and «…» for „…“, the same for the app and Qt."""
    assert swiss_text("„Größe“ schließen") == "«Grösse» schliessen"


def test_a_string_qt_does_not_know_falls_through_to_the_source(language) -> None:  # type: ignore[no-untyped-def]
    """The Swiss Qt catalogue answers "no translation" (not an empty one) for the app's strings,
    so a text the catalogues do not know yet still shows its source instead of nothing."""
    language("de_CH")
    text = "A sentence no catalogue has heard of"
    assert QCoreApplication.translate("SomeDialog", text) == text
