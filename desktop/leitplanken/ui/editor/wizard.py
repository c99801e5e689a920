"""A guided start for the first use case: the article's three questions, the boundary, the roles.

On an empty workspace the owner answers what the article asks — which concrete problem, where
it relieves customers and staff, who checks, who intervenes, who answers for it — and gets a
use case with the catalogue's checklist and a RACI matrix filled from the answers, as one undo
step. The matrix passes the RACI rules by itself: whoever answers for it holds every A, and
where that same person also checks or intervenes, the A stands for doing it too (A may be R).
A vague problem gets the overview's hint; Cancel asks before answers are thrown away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from leitplanken.domain.catalogue import (
    activity_title,
    article_example,
    article_hint,
    article_question,
    seed_use_case,
)
from leitplanken.domain.model import Letter, Person, RaciCell, RaciMember, UseCase
from leitplanken.i18n.translator import fill
from leitplanken.ui.editor.overview_tab import vague_problem_message
from leitplanken.ui.editor.use_case_tab import ui_language
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.delegates import limit_line, limit_text
from leitplanken.ui.widgets.field_widgets import CommittingTextEdit
from leitplanken.ui.workspace import edits

#: Who gets which letter on the catalogue activities: the article's three roles.
#: (activity key, role, letter); every activity also gets the A of "who answers for it".
ROLE_LETTERS: tuple[tuple[str, str, Letter], ...] = (
    ("review_outputs", "checks", Letter.R),
    ("handle_exceptions", "intervenes", Letter.R),
    ("customer_escalation", "intervenes", Letter.R),
    ("monitor_quality", "checks", Letter.R),
)

#: What an external provider named on the roles page does: runs the integration (R) and is
#: consulted on data protection (C); the A on those rows stays with whoever answers for it.
PROVIDER_LETTERS: tuple[tuple[str, Letter], ...] = (
    ("run_integration", Letter.R),
    ("data_protection", Letter.C),
)


def needs_first_use_case(session: Any) -> bool:
    """Whether the workspace has no use case yet, so the shell offers the guided start."""
    return not session.workspace.use_cases


def run_first_use_case_wizard(session: Any, parent: QWidget | None = None) -> str | None:
    """Shows the wizard; returns the new use case's UUID (None when cancelled)."""
    wizard = FirstUseCaseWizard(session, parent)
    wizard.exec()
    return wizard.created_uuid


def _text_edit(name: str, placeholder: str, parent: QWidget) -> CommittingTextEdit:
    """A short multi-line answer to a use-case field, cut at its limit, the example as placeholder."""
    # CommittingTextEdit for its cut with a banner; nothing listens to its commits here,
    # the wizard reads the texts on Finish
    edit = limit_text(CommittingTextEdit(parent), UseCase, name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(72)
    return edit


def _hint(text: str, parent: QWidget) -> QLabel:
    """The article's guidance under a question."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(text_style(Tone.MUTED, "font-style: italic;"))
    return label


class PersonPicker(QComboBox):
    """Pick someone from the company's people, or type a new name (a new internal person)."""

    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        """Editable combo box listing people by name, starting empty."""
        super().__init__(parent)
        self.setEditable(True)
        line = self.lineEdit()
        assert line is not None
        limit_line(line, Person, "name")  # a typed name becomes a new person's name
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for person in sorted(people, key=lambda p: p.name.casefold()):
            self.addItem(person.name, person.uuid)
        self.setCurrentIndex(0)

    def name(self) -> str:
        """The name shown (picked or typed)."""
        return self.currentText().strip()


class _QuestionsPage(QWizardPage):
    """Title and the first question: which concrete problem?"""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        """Title, problem with the article's example, relief for customers and employees."""
        super().__init__(parent)
        self.setTitle(self.tr("Your first use case"))
        self.setSubTitle(self.tr("Three questions every small business should answer before AI becomes everyday work."))
        self.title_edit = limit_line(QLineEdit(self), UseCase, "title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Answer customer enquiries"))
        self.problem_edit = _text_edit("problem", fill(self.tr("e.g. %1"), article_example("problem", lang)), self)
        self.customers_edit = _text_edit("relief_customers", self.tr("e.g. customers get a clear answer within two hours"), self)
        self.employees_edit = _text_edit("relief_employees", self.tr("e.g. the team gains time for personal advice"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(QLabel(article_question("problem", lang), self))
        form.addRow(self.problem_edit)
        self.vague_warning = QLabel(self)
        self.vague_warning.setObjectName("wizard-vague-warning")
        self.vague_warning.setWordWrap(True)
        self.vague_warning.setStyleSheet(text_style(Tone.WARNING))
        self.vague_warning.hide()
        form.addRow(self.vague_warning)
        form.addRow(_hint(article_hint("problem", lang), self))
        form.addRow(QLabel(article_question("relief", lang), self))
        form.addRow(self.tr("For &customers:"), self.customers_edit)
        form.addRow(self.tr("For &employees:"), self.employees_edit)
        form.addRow(_hint(article_hint("relief", lang) + "\n" + fill(self.tr("Example: %1"), article_example("relief", lang)), self))
        self.registerField("title*", self.title_edit)
        self.title_edit.textChanged.connect(self.completeChanged)
        self.problem_edit.textChanged.connect(self.completeChanged)
        self.problem_edit.textChanged.connect(self._update_warning)

    def _update_warning(self) -> None:
        """The overview's gentle hint when the problem reads like a goal ("raise efficiency")."""
        message = vague_problem_message(self.problem_edit.toPlainText())
        self.vague_warning.setText(message)
        self.vague_warning.setVisible(bool(message))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """A title and a concrete problem are needed to go on."""
        return bool(self.title_edit.text().strip() and self.problem_edit.toPlainText().strip())


class _BoundaryPage(QWizardPage):
    """Where automation ends and the human begins."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        """The boundary with the article's example, and whether customers see it."""
        super().__init__(parent)
        self.setTitle(article_question("boundary", lang))
        self.setSubTitle(article_hint("boundary", lang))
        self.boundary_edit = _text_edit("boundary", fill(self.tr("e.g. %1"), article_example("boundary", lang)), self)
        self.boundary_edit.setFixedHeight(110)
        self.facing_box = QCheckBox(self.tr("Customers deal with it directly (customer-facing)"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.boundary_edit)
        layout.addWidget(self.facing_box)
        layout.addStretch(1)


class _RolesPage(QWizardPage):
    """Who checks, who intervenes, who answers for it, and an external provider if there is one."""

    def __init__(self, lang: str, people: list[Person], parent: QWidget | None = None) -> None:
        """Three person pickers (new names become internal people) and the optional provider."""
        super().__init__(parent)
        self.setTitle(article_question("responsibility", lang))
        self.setSubTitle(article_hint("responsibility", lang))
        self.people = people
        self.checks = PersonPicker(people, self)
        self.intervenes = PersonPicker(people, self)
        self.answers = PersonPicker(people, self)
        # Who checks usually also intervenes in a small company: offered, until the owner
        # picks or types someone else for it.
        self.intervenes_chosen = False
        intervenes_line = self.intervenes.lineEdit()
        assert intervenes_line is not None
        intervenes_line.textEdited.connect(self._intervenes_chosen)
        self.intervenes.activated.connect(self._intervenes_chosen)
        self.checks.currentTextChanged.connect(self._follow_checks)
        self.provider_name = limit_line(QLineEdit(self), Person, "name")
        self.provider_name.setPlaceholderText(self.tr("Name (optional)"))
        self.provider_firm = limit_line(QLineEdit(self), Person, "organisation")
        self.provider_firm.setPlaceholderText(self.tr("Firm"))
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider_name, 1)
        provider_row.addWidget(self.provider_firm, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Who &checks the AI's outputs?"), self.checks)
        form.addRow(self.tr("Who &intervenes on exceptions?"), self.intervenes)
        form.addRow(self.tr("Who &answers for it?"), self.answers)
        form.addRow(_hint(self.tr("Pick someone from the list or type a new name (added as an internal person). "
                                  "The one who answers for it must be internal."), self))
        provider_label = QLabel(self.tr("E&xternal provider:"), self)
        provider_label.setBuddy(self.provider_name)
        form.addRow(provider_label, provider_row)
        tasks = [fill(self.tr("%1 (%2)"), activity_title(key, lang), letter.value) for key, letter in PROVIDER_LETTERS]
        form.addRow(_hint(fill(self.tr("If a provider does part of the work, they are added as an external "
                                       "person with: %1. You can change this later in the responsibility "
                                       "matrix."), "; ".join(tasks)), self))
        form.addRow(_hint(fill(self.tr("Example: %1"), article_example("responsibility", lang)), self))
        form.addRow(self.message)
        for picker in (self.checks, self.intervenes, self.answers):
            picker.currentTextChanged.connect(self.completeChanged)

    def _intervenes_chosen(self) -> None:
        """The owner picked or typed who intervenes: no longer follows who checks."""
        self.intervenes_chosen = True

    def _follow_checks(self, name: str) -> None:
        """Offers the person who checks for intervening too, unless the owner chose someone."""
        if not self.intervenes_chosen:
            self.intervenes.setCurrentText(name)

    def provider(self) -> str:
        """The external provider's name (the firm's when only the firm is given), empty when none."""
        return self.provider_name.text().strip() or self.provider_firm.text().strip()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """All three roles are named."""
        return all(p.name() for p in (self.checks, self.intervenes, self.answers))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The person who answers for it is internal (never an external provider)."""
        name = self.answers.name()
        person = next((p for p in self.people if p.name == name), None)
        external = (person is not None and not person.internal) or (
            bool(self.provider()) and self.provider().casefold() == name.casefold())
        if external:
            self.message.setText(fill(
                self.tr("%1 is external. The one who answers for automated decisions must be an internal person."),
                name))
            self.message.show()
            return False
        self.message.hide()
        return True


class FirstUseCaseWizard(QWizard):
    """The guided start: fills a use case and its RACI from the article's questions."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Three pages; Finish creates everything as one undo step."""
        super().__init__(parent)
        self.session = session
        self.created_uuid: str | None = None
        lang = ui_language()
        self.setWindowTitle(self.tr("Guided start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 560)
        # Own texts, so Swiss German gets "ss" here too (Qt's German has "Abschließen").
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.questions = _QuestionsPage(lang, self)
        self.boundary = _BoundaryPage(lang, self)
        self.roles = _RolesPage(lang, list(session.workspace.people), self)
        for page in (self.questions, self.boundary, self.roles):
            self.addPage(page)

    def done(self, result: int) -> None:
        """Finish validates the last page, creates the use case once, then closes.

        Cancel, Escape or closing the window with answers given asks first.
        """
        if result == QWizard.DialogCode.Accepted:
            if not self.validateCurrentPage():
                return
            if self.created_uuid is None:
                self.create_use_case()
        elif self.created_uuid is None and self.has_answers() and not self.confirm_discard():
            return
        super().done(result)

    def has_answers(self) -> bool:
        """Whether anything was typed or chosen that Cancel would throw away."""
        q, r = self.questions, self.roles
        texts = [q.title_edit.text(), q.problem_edit.toPlainText(), q.customers_edit.toPlainText(),
                 q.employees_edit.toPlainText(), self.boundary.boundary_edit.toPlainText(),
                 r.checks.name(), r.intervenes.name(), r.answers.name(), r.provider(),
                 r.provider_firm.text()]
        return any(t.strip() for t in texts) or self.boundary.facing_box.isChecked()

    def confirm_discard(self) -> bool:
        """Asks whether the answers may go; True to close the guided start without a use case."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Guided start"),
                          self.tr("Throw away your answers?"), parent=self)
        box.setInformativeText(self.tr("Nothing has been created yet. Your answers are lost when "
                                       "you close the guided start now."))
        discard = box.addButton(self.tr("&Discard answers"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep answering"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_box = box
        box.exec()
        return box.clickedButton() is discard

    def _person(self, name: str, new: dict[str, Person], organisation: str | None = None) -> Person:
        """An existing person by name, or a new one (created once per name).

        New people are internal unless an `organisation` is given: the external provider.
        """
        found = next((p for p in self.session.workspace.people if p.name == name), None)
        if found is not None:
            return found
        if name.casefold() not in new:
            external = organisation is not None
            new[name.casefold()] = Person(name=name, internal=not external, organisation=organisation or "")
        return new[name.casefold()]

    def build(self) -> tuple[list[Person], UseCase]:
        """The new people and the use case with its catalogue rows and RACI, not stored yet."""
        q, r = self.questions, self.roles
        new: dict[str, Person] = {}
        # The provider first: the same name typed for checking or intervening is that external person.
        provider = (self._person(r.provider(), new, r.provider_firm.text().strip())
                    if r.provider() else None)
        roles = {
            "checks": self._person(r.checks.name(), new),
            "intervenes": self._person(r.intervenes.name(), new),
            "answers": self._person(r.answers.name(), new),
        }
        uc = UseCase(
            title=q.title_edit.text().strip(),
            problem=q.problem_edit.toPlainText().strip(),
            relief_customers=q.customers_edit.toPlainText().strip(),
            relief_employees=q.employees_edit.toPlainText().strip(),
            boundary=self.boundary.boundary_edit.toPlainText().strip(),
            customer_facing=self.boundary.facing_box.isChecked(),
            owner_uuid=roles["answers"].uuid,
            created_on=self.session.today(),
        )
        seed_use_case(uc, self.session.workspace.company.language or "de",
                      self.session.workspace.company.catalogue_version)
        named = [roles["answers"], roles["checks"], roles["intervenes"]] + ([provider] if provider else [])
        order = list(dict.fromkeys(p.uuid for p in named))
        uc.members = [RaciMember(use_case_uuid=uc.uuid, person_uuid=u, sort=i) for i, u in enumerate(order)]
        letters: dict[tuple[str, str], Letter] = {}
        by_key = {a.catalogue_key: a for a in uc.activities}
        for activity in uc.activities:
            letters[(activity.uuid, roles["answers"].uuid)] = Letter.A
        for key, role, letter in ROLE_LETTERS:
            row = by_key.get(key)
            # One letter per person: whoever answers for it keeps the A on that row.
            if row is not None and (row.uuid, roles[role].uuid) not in letters:
                letters[(row.uuid, roles[role].uuid)] = letter
        for key, letter in PROVIDER_LETTERS:
            row = by_key.get(key)
            if provider is not None and row is not None and (row.uuid, provider.uuid) not in letters:
                letters[(row.uuid, provider.uuid)] = letter
        uc.cells = [
            RaciCell(use_case_uuid=uc.uuid, activity_uuid=a, person_uuid=p, letter=letter)
            for (a, p), letter in letters.items()
        ]
        return list(new.values()), uc

    def create_use_case(self) -> str:  # not create(): QWidget has one
        """Stores new people and the use case as one undo step; returns the use case's UUID."""
        people, uc = self.build()
        with edits.one_step(self.session, self.tr("Create first use case")):
            if people:
                edits.add_records(self.session, people, self.tr("Add person"))
            edits.add_records(self.session, [uc], self.tr("Create first use case"))
        self.created_uuid = uc.uuid
        return uc.uuid
