"""Translations for code that is not a widget: the PDF, the CLI and labels of domain values.

The PDF's language is chosen independently of the interface, so report and CLI do not rely on
the translators installed in the application; they ask a `Translator` for their language.
Strings are marked as `something.translate("Context", "Source text")` so pyside6-lupdate finds
them; placeholders are Qt-style %1, %2 (filled with `fill`), plurals use %n.
"""

from __future__ import annotations

import locale as _pylocale
import os
import re
from functools import lru_cache
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from leitplanken.domain.catalogue import swiss_text
from leitplanken.paths import translations_dir

#: The interface and PDF languages the app ships.
LANGUAGES = ("de", "de_CH", "en")

_PLACEHOLDER = re.compile(r"%(\d)")


class Translates(Protocol):
    """Anything that can translate a marked string (a Translator or the running app)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Returns the text in the target language."""
        ...


def fill(text: str, *args: object) -> str:
    """Replaces Qt-style %1 … %9 placeholders in one pass, so values containing "%2" stay."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(sub, text)


def normalize_language(code: str | None) -> str:
    """Maps "de-CH", "de_DE.UTF-8", "EN" … onto one of LANGUAGES (English when unknown)."""
    if not code:
        return "en"
    code = code.split(".")[0].replace("-", "_")
    lang, _, region = code.partition("_")
    lang = lang.lower()
    if lang == "de":
        return "de_CH" if region.upper() in ("CH", "LI") else "de"
    return "en"


def system_language() -> str:
    """The user's language from the environment or Qt, mapped onto LANGUAGES."""
    for var in ("LEITPLANKEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalize_language(value.split(":")[0])
    try:
        return normalize_language(QLocale.system().name())
    except Exception:  # pragma: no cover - Qt unavailable
        return normalize_language(_pylocale.getlocale()[0])


class SwissQtTranslator(QTranslator):
    """Qt's own German (qtbase_de: "Schließen", "Größe") in Swiss spelling.

    Qt ships no de_CH catalogue and the build has no lconvert, so the German catalogue is
    derived while it is read, by the same rule as the app's own: nothing generated to go
    stale, and every Qt string (buttons, file dialog, context menus) is covered.
    """

    def __init__(self, german: QTranslator, parent: QObject | None = None) -> None:
        """Wraps a loaded German Qt translator (kept as a child so it lives as long)."""
        super().__init__(parent)
        self.german = german
        german.setParent(self)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The German text in Swiss spelling; None where Qt's German has none.

        None reaches Qt as a null string, so the next translator (the app's own) is asked;
        an empty string would be taken as the translation and blank out the app's texts.
        """
        text = self.german.translate(context, source, disambiguation, n)
        return swiss_text(text) if text else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        """Empty exactly when the German catalogue is."""
        return self.german.isEmpty()

    def language(self) -> str:
        """The language this translator speaks."""
        return "de_CH"


def qt_translator(language: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own catalogue for a language (Swiss German derived from German); None for English."""
    language = normalize_language(language)
    base = language.split("_")[0]
    if base == "en":
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    german = QTranslator()
    if not german.load(f"qtbase_{base}", qt_dir):
        return None
    if language == "de_CH":
        return SwissQtTranslator(german, parent)
    german.setParent(parent)
    return german


def qm_path(language: str) -> str:
    """Where the compiled translation of one language lives."""
    return str(translations_dir() / f"leitplanken_{language}.qm")


class MissingCatalogue(RuntimeError):
    """A language was asked for whose compiled translation is not installed.

    Falling back to the source texts would hand the board an English record with German
    dates, so this is an error for the CLI and a visible warning in the app, never silent.
    """

    def __init__(self, language: str) -> None:
        """Remembers the language and where its catalogue was looked for."""
        self.language = language
        self.path = qm_path(language)
        super().__init__(f"the translation for '{language}' is not installed ({self.path})")


class Translator:
    """The app's strings in one language, without touching the application's translators."""

    def __init__(self, language: str) -> None:
        """Loads the compiled translation; English falls back to the source texts."""
        self.language = normalize_language(language)
        self._qt = QTranslator()
        self.loaded = self._qt.load(qm_path(self.language))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation, or the source text (with %n filled) when there is none."""
        text = self._qt.translate(context, source, disambiguation, n) if self.loaded else ""
        if not text:
            text = source
        # QTranslator picks the plural form but, unlike QCoreApplication.translate, leaves %n.
        if n >= 0:
            text = text.replace("%n", str(n))
        return text


class AppTranslator:
    """Translates through the application's installed translators (the interface language)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """QCoreApplication.translate with the same signature as Translator.translate."""
        return QCoreApplication.translate(context, source, disambiguation, n)


@lru_cache(maxsize=8)
def translator(language: str) -> Translator:
    """A shared Translator per language (loading a .qm costs a few milliseconds)."""
    return Translator(language)


def require_translator(language: str) -> Translator:
    """The Translator of a language whose catalogue must exist; MissingCatalogue otherwise."""
    found = translator(language)
    if not found.loaded:
        raise MissingCatalogue(found.language)
    return found


def install_app_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs the app's and Qt's own translations (so standard buttons read "Abbrechen").

    A missing catalogue of the app's own is left out here; `catalogue_missing` tells the
    caller, who warns instead of speaking English silently.
    """
    language = normalize_language(language)
    installed: list[QTranslator] = []
    qt = qt_translator(language, app)
    if qt is not None:
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if own.load(qm_path(language)):
        app.installTranslator(own)
        installed.append(own)
    return installed


def catalogue_missing(language: str) -> bool:
    """Whether the app's compiled translation of a language is not installed."""
    return not translator(normalize_language(language)).loaded
