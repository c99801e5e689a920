"""The company's existing systems (CRM, ERP, e-mail, website, phone, accounting …)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.domain.model import System
from leitplanken.i18n.translator import fill
from leitplanken.ui.widgets.list_page import ListPage
from leitplanken.ui.widgets.record_table import Column, RecordTableModel
from leitplanken.ui.workspace import edits
from leitplanken.ui.workspace.session import Session


class SystemsView(ListPage):
    """Name, kind and a note per system; use cases link to them on their Systems tab."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Creates the table model with the system columns."""
        columns = [
            Column("name", lambda: self.tr("Name")),
            Column("kind", lambda: self.tr("Kind"),
                   tooltip=lambda: self.tr("e.g. CRM, ERP, e-mail, website, phone, accounting")),
            Column("note", lambda: self.tr("Note")),
        ]
        model = RecordTableModel(session, "systems", "system", columns, self._edit_text, System)
        super().__init__(session, model, parent)
        self.table.setObjectName("systems-table")
        self.retranslate()

    def _edit_text(self, field: str) -> str:
        """Undo text for a cell edit."""
        return self.tr("Edit system")

    def add_record(self) -> None:
        """Adds a system and opens its name for typing."""
        system = System(name=self.tr("New system"))
        edits.add_records(self.session, [system], text=self.tr("Add system"))
        self.edit_new_row(system)

    def remove_selected(self) -> None:
        """Removes the selected system and its links to use cases, after asking if linked."""
        system = self.selected_record()
        if not isinstance(system, System) or self.session.read_only:
            return
        among = self.session.use_cases_naming(system)  # the others' links are not read
        links = [link for uc in self.session.workspace.use_cases
                 if among is None or uc.uuid in among
                 for link in uc.systems if link.system_uuid == system.uuid]
        if links:
            text = fill(self.tr("%1 is linked to %n use case(s). Remove the system and these links?", None, len(links)), system.name)
            if QMessageBox.question(self, self.tr("Remove system"), text) != QMessageBox.StandardButton.Yes:
                return
        edits.remove_records(self.session, [*links, system], text=fill(self.tr("Remove %1"), system.name))

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.intro.setText(self.tr("The systems your company already works with. An AI tool that does not talk to them stays an experiment: each use case records which systems it touches and how."))
        self.add_button.setText(self.tr("&Add system"))
        self.add_button.setToolTip(self.tr("Adds a system to the company list"))
        self.remove_button.setText(self.tr("&Remove system"))
        self.remove_button.setToolTip(self.tr("Removes the selected system (Delete)"))
        self.model.retranslate()
