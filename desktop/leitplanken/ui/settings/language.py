"""Switching the interface language while the app runs (Qt sends LanguageChange to every widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from leitplanken.i18n.translator import install_app_translators, normalize_language
from leitplanken.ui.settings import app_settings

#: The translators installed now, kept so a switch can remove them again.
_INSTALLED: list[QTranslator] = []


def apply_language(language: str) -> str:
    """Installs the translators of a language (removing the previous ones); returns its code."""
    app = QCoreApplication.instance()
    if app is None:
        return normalize_language(language)
    language = normalize_language(language)
    for old in _INSTALLED:
        app.removeTranslator(old)
    _INSTALLED.clear()
    _INSTALLED.extend(install_app_translators(app, language))
    app.setProperty("leitplanken_language", language)
    return language


def choose_language(language: str) -> str:
    """The user picked a language in the settings: apply it and remember it for next time."""
    language = apply_language(language)
    app_settings.put(app_settings.LANGUAGE, language)
    return language
