"""View → Catalogue…: the standard RACI activities and checklist items this workspace uses.

New use cases are seeded from the catalogue; owners want to read it as a whole, with the
guidance and the rule each item comes from, before they trust the checklist.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from leitplanken.domain.catalogue import CATALOGUE_VERSION, activities, checklist
from leitplanken.domain.model import Category
from leitplanken.i18n.labels import category_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.workspace.session import Session


class CatalogueDialog(QDialog):
    """Shows the workspace's catalogue version in the workspace's catalogue language."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Builds the page once; texts follow a live language switch."""
        super().__init__(parent)
        self.session = session
        self.resize(900, 620)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        # A document rather than a table: guidance texts are sentences and must wrap, not elide.
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language; catalogue texts in the workspace's language."""
        company = self.session.workspace.company
        version, language = company.catalogue_version, company.language
        self.setWindowTitle(self.tr("Catalogue"))
        intro = fill(
            self.tr(
                "New use cases start with these activities and checklist items (catalogue "
                "version %1). Items marked required count for readiness. Each use case may add "
                "its own and switch items off. The hints cite the rule an item comes from: "
                "guidance, not legal advice."
            ),
            version,
        )
        if version < CATALOGUE_VERSION:
            intro += " " + fill(
                self.tr("This app knows catalogue version %1; this workspace keeps version %2."),
                CATALOGUE_VERSION,
                version,
            )
        self.intro.setText(intro)
        tr = AppTranslator()
        # marked outside the f-strings: lupdate does not look inside them (they stayed English)
        activities_heading = self.tr("Responsibility matrix (RACI): activities")
        checklist_heading = self.tr("Integration checklist")
        parts = [f"<h3>{escape(activities_heading)}</h3><ul>"]
        for activity in activities(language, version):
            parts.append(f"<li><b>{escape(activity.title)}</b><br/>{escape(activity.guidance)}</li>")
        parts.append(f"</ul><h3>{escape(checklist_heading)}</h3>")
        items = checklist(language, version)
        for category in Category:
            in_category = [i for i in items if i.category == category]
            if not in_category:
                continue
            parts.append(f"<h4>{escape(category_label(category, tr))}</h4><ul>")
            for item in in_category:
                need = self.tr("required") if item.required else self.tr("optional")
                parts.append(
                    f"<li><b>{escape(item.title)}</b> <i>({escape(need)})</i><br/>"
                    f"{escape(item.hint)}</li>"
                )
            parts.append("</ul>")
        self.view.setHtml("".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
