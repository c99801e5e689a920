"""The company's people: internal staff and external advisers or providers.

Removing a person who still carries RACI letters, owns use cases or checklist items or sits
on the board asks first, then takes all of that away in one undo step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.domain.fields import deletion_plan
from leitplanken.domain.model import Person, Record
from leitplanken.i18n.labels import field_label, record_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.widgets.list_page import ListPage
from leitplanken.ui.widgets.record_table import Column, RecordTableModel
from leitplanken.ui.workspace import edits
from leitplanken.ui.workspace.session import Session


class PeopleView(ListPage):
    """Name, function, internal or external, organisation, e-mail."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Creates the table model with the people columns."""
        columns = [
            Column("name", lambda: self.tr("Name")),
            Column("function", lambda: self.tr("Function")),
            Column("internal", lambda: self.tr("Internal"), checkbox=True,
                   tooltip=lambda: self.tr("Only internal people can be accountable (A)")),
            Column("organisation", lambda: self.tr("Organisation"),
                   tooltip=lambda: self.tr("For external people: their company")),
            Column("email", lambda: self.tr("E-mail")),
        ]
        model = RecordTableModel(session, "people", "person", columns, self._edit_text, Person)
        super().__init__(session, model, parent)
        self.table.setObjectName("people-table")
        self.retranslate()

    def _edit_text(self, field: str) -> str:
        """Undo text for a cell edit."""
        return self.tr("Edit person")

    def add_record(self) -> None:
        """Adds a person and opens the name for typing."""
        person = Person(name=self.tr("New person"))
        edits.add_records(self.session, [person], text=self.tr("Add person"))
        self.edit_new_row(person)

    def remove_selected(self) -> None:
        """Removes the selected person, with everything that refers to them, after asking."""
        person = self.selected_record()
        if not isinstance(person, Person) or self.session.read_only:
            return
        plan = deletion_plan(self.session.workspace, person,
                             self.session.use_cases_naming(person))
        if plan.removed or plan.cleared:
            tr = AppTranslator()
            parts = [fill(self.tr("%1: %2 (removed)"), record_label(type(rec), tr), n)
                     for rec, n in _counted(r for _d, r in plan.removed)]
            cleared = Counter((type(r), d.field.name) for d, r in plan.cleared)
            parts += [fill(self.tr("%1 of %2: %3 (cleared)"), field_label(cls, name, tr),
                           record_label(cls, tr), n) for (cls, name), n in cleared.items()]
            text = fill(self.tr("%1 is still named in the workspace: %2. Remove the person and all of these?"),
                        person.name, "; ".join(parts))
            answer = QMessageBox.question(self, self.tr("Remove person"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return
        with edits.one_step(self.session, fill(self.tr("Remove %1"), person.name)):
            for dep, rec in plan.cleared:
                edits.set_fields(self.session, rec, {dep.field.name: None},
                                 text=fill(self.tr("Clear %1"), field_label(type(rec), dep.field.name, AppTranslator())))
            taken: list[Record] = [rec for _dep, rec in plan.removed]
            edits.remove_records(self.session, taken, text=self.tr("Remove RACI letters"))
            edits.remove_records(self.session, [person], text=self.tr("Remove person"))

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.intro.setText(self.tr("The people who take part in your use cases. External advisers and providers can do the work (R) or be consulted (C), but accountability (A) stays with an internal person."))
        self.add_button.setText(self.tr("&Add person"))
        self.add_button.setToolTip(self.tr("Adds a person to the company list"))
        self.remove_button.setText(self.tr("&Remove person"))
        self.remove_button.setToolTip(self.tr("Removes the selected person (Delete)"))
        self.model.retranslate()


def _counted(records: Iterable[Record]) -> list[tuple[Record, int]]:
    """One record per type with how many of that type there are, in first-seen order."""
    first: dict[type, Record] = {}
    counts: Counter[type] = Counter()
    for rec in records:
        first.setdefault(type(rec), rec)
        counts[type(rec)] += 1
    return [(rec, counts[cls]) for cls, rec in first.items()]
