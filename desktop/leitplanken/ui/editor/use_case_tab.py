"""Shared plumbing of the use-case editor's tabs: which use case they show and when to redraw.

Every tab takes (session, parent), shows the use case named by `set_use_case(uuid)`, redraws
when the session reports a change to it, and re-sets its texts when the language changes.
Edits never touch domain objects directly; they go through `leitplanken.ui.workspace.edits`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import UseCase
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.settings.app_settings import interface_language


def ui_language() -> str:
    """The interface language now on show (for the article's hints, which the domain holds)."""
    return interface_language()


def finding_words(finding: Finding, session: Any) -> str:
    """A finding in the interface language ("Data protection has two Accountables: …")."""
    language = session.workspace.company.language or "de"
    return finding_text(finding, session.workspace, AppTranslator(), language)


class UseCaseTab(QWidget):
    """A tab of the use-case editor; subclasses implement refresh() and retranslate()."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Remembers the session and follows its change notifications."""
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        session.changed.connect(self._on_session_changed)
        reset = getattr(session, "reset", None)
        if reset is not None:
            reset.connect(self.refresh)

    @property
    def use_case_uuid(self) -> str | None:
        """The UUID of the use case on show (None when none is)."""
        return self._uuid

    def use_case(self) -> UseCase | None:
        """The use case on show, looked up afresh (the workspace may have been reloaded)."""
        if self._uuid is None:
            return None
        return self.session.workspace.use_case(self._uuid)

    def set_use_case(self, uuid: str | None) -> None:
        """Shows another use case (None empties the tab); text still being typed is kept first."""
        if uuid != self._uuid and self._uuid is not None:
            self.flush()
        self._uuid = uuid
        self.setEnabled(uuid is not None)
        self.refresh()

    def focus_target(self, params: dict) -> None:
        """Moves the keyboard focus to the thing a link points at; tabs override this."""

    def flush(self) -> None:
        """Turns text still being typed into an edit; tabs with such fields override this."""

    def formatter(self) -> Formatter:
        """Formats dates and numbers the way the company's locale writes them."""
        return Formatter(self.session.workspace.company.locale)

    def language(self) -> str:
        """The workspace language, used for catalogue titles and finding texts."""
        return self.session.workspace.company.language or "de"

    def read_only(self) -> bool:
        """Whether the file is open read-only, so editors refuse changes up front."""
        file = getattr(self.session, "file", None)
        return bool(getattr(file, "read_only", False))

    def refresh(self) -> None:
        """Redraws the tab from the workspace."""

    def retranslate(self) -> None:
        """Re-sets every text after a language switch."""

    def _on_session_changed(self, kind: str, uuid: str) -> None:
        """Redraws for changes to this use case and to people/systems it shows."""
        if kind == "use_case" and uuid and uuid != self._uuid:
            return
        if kind == "board":
            return
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
