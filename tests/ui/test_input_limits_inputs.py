"""Every input a user can reach stops at its field's limit: a pasted novel is cut, never refused by storage.

Storage refuses a value beyond its field's limit as a programming error, which the window shows as
an "unexpected problem". These tests type or paste 600 characters into every line and 25,000 into
every text of the settings, the People and Systems tables, the RACI tab, the wizard, the N/A reason
and new-person dialogs, the Systems and CX tabs; commit as a user would; and check that the stored
value keeps to its declared limit, no unexpected-problem box opened, and the saved file reopens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from leitplanken.domain import limits
from leitplanken.domain.fields import Kind, field_of
from leitplanken.domain.model import (
    ChecklistItem,
    Company,
    CxAnswer,
    CxQuestion,
    ItemState,
    Person,
    RaciActivity,
    Record,
    System,
    UseCase,
    UseCaseSystem,
)
from leitplanken.storage import WorkspaceFile


def _limit(cls: type[Record], name: str) -> int:
    """The declared limit of a text field (what every input must keep to)."""
    f = field_of(cls, name)
    assert f is not None
    chars = limits.max_chars(f)
    assert chars is not None
    return chars


def _too_long(cls: type[Record], name: str) -> str:
    """A value beyond the field's limit: 600 characters for a line, 25,000 for a text."""
    f = field_of(cls, name)
    assert f is not None
    size = 25_000 if f.kind is Kind.TEXT else 600
    assert size > _limit(cls, name)
    return "".join("abcdefghij"[i % 10] for i in range(size))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every unexpected-problem box instead of opening it."""
    import leitplanken.ui.files.errors as errors

    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _reopened(window: Any, path: Path) -> Any:
    """Saves, then reads the file back as a fresh program would."""
    window.session.save(None)
    with WorkspaceFile.open(path, read_only=True) as wf:
        return wf.load()


def _enter(edit: QLineEdit, text: str, how: str) -> None:
    """Types (setText) or pastes (the clipboard's text at the cursor) into a line edit."""
    edit.setFocus()
    if how == "paste":
        edit.selectAll()
        QApplication.clipboard().setText(text)
        edit.paste()
    else:
        edit.setText(text)


def _edit_cell(view: QTableView, row: int, column: int, text: str, how: str) -> QLineEdit:
    """Opens a cell's editor, types or pastes into it and presses Enter, as a user would."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), editor
    _enter(editor, text, how)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    return editor


HOW = ["type", "paste"]

TABLE_CELLS = [
    ("people", Person, "name"),
    ("people", Person, "function"),
    ("people", Person, "organisation"),
    ("people", Person, "email"),
    ("systems", System, "name"),
    ("systems", System, "kind"),
    ("systems", System, "note"),
]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(("page_key", "cls", "name"), TABLE_CELLS,
                         ids=[f"{p}.{n}" for p, _c, n in TABLE_CELLS])
def test_a_table_cell_keeps_to_its_field(window, workspace_file, boxes, page_key, cls, name, how) -> None:
    window.show_page(page_key)
    page = window.pages[page_key]
    column = next(i for i, c in enumerate(page.model.columns) if c.field == name)
    editor = _edit_cell(page.table, 0, column, _too_long(cls, name), how)
    assert editor.maxLength() == _limit(cls, name)
    record = page.model.record_at(0)
    assert len(getattr(record, name)) == _limit(cls, name)  # stored, cut at the limit
    assert boxes == []
    again = getattr(_reopened(window, workspace_file), page.model.list_name)
    assert getattr(next(r for r in again if r.uuid == record.uuid), name) == getattr(record, name)


SETTINGS = [("name", "name"), ("legal_form", "legal_form"), ("board_name", "board_name"),
            ("currency", "currency")]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(("widget", "name"), SETTINGS, ids=[n for _w, n in SETTINGS])
def test_a_settings_field_keeps_to_its_field(window, workspace_file, boxes, widget, name, how) -> None:
    from leitplanken.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    edit = getattr(dialog, widget)
    line = edit if isinstance(edit, QLineEdit) else edit.lineEdit()
    _enter(line, _too_long(Company, name), how)
    assert line.maxLength() == _limit(Company, name)
    dialog.accept()
    company = window.session.workspace.company
    assert 0 < len(getattr(company, name)) <= _limit(Company, name)
    assert boxes == []
    assert getattr(_reopened(window, workspace_file).company, name) == getattr(company, name)


def test_a_currency_that_upper_case_lengthens_still_keeps_to_its_field(window, workspace_file, boxes) -> None:
    from leitplanken.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    dialog.currency.lineEdit().setText("ß" * 600)  # "ß".upper() is "SS": twice as long
    dialog.accept()
    assert window.session.workspace.company.currency == "S" * _limit(Company, "currency")
    assert boxes == []
    _reopened(window, workspace_file)


def _editor_tab(window: Any, key: str) -> Any:
    """A tab of the first use case's editor, in front."""
    uc = window.session.workspace.use_cases[0]
    window.open_use_case(uc.uuid)
    window.editor.show_tab(key)
    return uc, window.editor.pages[key]


@pytest.mark.parametrize("how", HOW)
def test_an_own_raci_activity_keeps_to_a_title_when_added_and_renamed(window, workspace_file, boxes, how) -> None:
    uc, tab = _editor_tab(window, "raci")
    limit = _limit(RaciActivity, "title")
    _enter(tab.new_activity_edit, _too_long(RaciActivity, "title"), how)
    QTest.keyClick(tab.new_activity_edit, Qt.Key.Key_Return)
    own = next(a for a in uc.activities if not a.catalogue_key)
    assert len(own.title) == limit and tab.new_activity_edit.maxLength() == limit
    row = tab.model.row_of(own.uuid)
    editor = _edit_cell(tab.view, row, 0, "R" * 600, how)  # renaming it in the grid
    assert editor.maxLength() == limit and own.title == "R" * limit
    assert boxes == []
    loaded = _reopened(window, workspace_file).use_case(uc.uuid)
    assert next(a for a in loaded.activities if a.uuid == own.uuid).title == own.title


def test_a_new_person_from_the_raci_tab_keeps_to_a_person(window, workspace_file, boxes) -> None:
    from leitplanken.ui.editor.new_person_dialog import NewPersonDialog

    _uc, tab = _editor_tab(window, "raci")

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPersonDialog)
        dialog.external_box.setChecked(True)
        for edit, name in ((dialog.name_edit, "name"), (dialog.function_edit, "function"),
                           (dialog.organisation_edit, "organisation")):
            _enter(edit, _too_long(Person, name), "paste" if name == "function" else "type")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    before = {p.uuid for p in window.session.workspace.people}
    QTimer.singleShot(0, fill)
    tab.create_person()
    new = next(p for p in window.session.workspace.people if p.uuid not in before)
    for name in ("name", "function", "organisation"):
        assert len(getattr(new, name)) == _limit(Person, name)
    assert boxes == []
    assert any(p.uuid == new.uuid and p.name == new.name for p in _reopened(window, workspace_file).people)


def test_the_wizard_keeps_every_answer_to_its_field(window, workspace_file, boxes) -> None:
    from leitplanken.ui.editor.wizard import FirstUseCaseWizard

    wizard = FirstUseCaseWizard(window.session, window)
    wizard.show()
    q, b, r = wizard.questions, wizard.boundary, wizard.roles
    _enter(q.title_edit, _too_long(UseCase, "title"), "paste")
    assert q.title_edit.maxLength() == _limit(UseCase, "title")
    texts = {"problem": q.problem_edit, "relief_customers": q.customers_edit,
             "relief_employees": q.employees_edit, "boundary": b.boundary_edit}
    for name, edit in texts.items():
        edit.setFocus()
        edit.insertPlainText(_too_long(UseCase, name))
        assert len(edit.toPlainText()) == _limit(UseCase, name)
        assert edit.limit_label.isVisibleTo(edit)  # the user is told the rest was cut
    for picker, letter in ((r.checks, "C"), (r.intervenes, "I"), (r.answers, "A")):
        _enter(picker.lineEdit(), letter * 600, "type")
    wizard.accept()
    uc = window.session.workspace.use_case(wizard.created_uuid)
    assert len(uc.title) == _limit(UseCase, "title")
    for name in texts:
        assert len(getattr(uc, name)) == _limit(UseCase, name)
    names = {p.name for p in window.session.workspace.people}
    assert {"C" * _limit(Person, "name"), "A" * _limit(Person, "name")} <= names
    assert boxes == []
    assert _reopened(window, workspace_file).use_case(uc.uuid).problem == uc.problem


def test_the_na_reason_keeps_to_its_field(window, workspace_file, boxes) -> None:
    uc, tab = _editor_tab(window, "checklist")
    item = uc.checklist[0]
    dialog = tab.ask_reason(item.uuid)
    dialog.reason_edit.setFocus()
    dialog.reason_edit.insertPlainText(_too_long(ChecklistItem, "na_reason"))
    assert dialog.reason_edit.limit_label.isVisibleTo(dialog.reason_edit)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert item.state == ItemState.NOT_APPLICABLE
    assert len(item.na_reason) == _limit(ChecklistItem, "na_reason")
    assert boxes == []
    loaded = _reopened(window, workspace_file).use_case(uc.uuid)
    assert next(i for i in loaded.checklist if i.uuid == item.uuid).na_reason == item.na_reason


@pytest.mark.parametrize("how", HOW)
def test_a_new_system_and_its_link_note_keep_to_their_fields(window, workspace_file, boxes, how) -> None:
    from leitplanken.ui.editor.systems_tab import NOTE, NewSystemDialog

    uc, tab = _editor_tab(window, "systems")

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewSystemDialog)
        _enter(dialog.name_edit, _too_long(System, "name"), how)
        _enter(dialog.kind_edit, _too_long(System, "kind"), how)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    tab.create_system()
    link = uc.systems[-1]
    system = next(s for s in window.session.workspace.systems if s.uuid == link.system_uuid)
    assert len(system.name) == _limit(System, "name") and len(system.kind) == _limit(System, "kind")
    row = tab.model.row_of(system.uuid)
    editor = _edit_cell(tab.view, row, NOTE, _too_long(UseCaseSystem, "note"), how)
    assert editor.maxLength() == _limit(UseCaseSystem, "note")
    assert len(link.note) == _limit(UseCaseSystem, "note")
    assert boxes == []
    loaded = _reopened(window, workspace_file).use_case(uc.uuid)
    assert next(s for s in loaded.systems if s.uuid == link.uuid).note == link.note


def test_the_cx_tab_keeps_notes_target_and_fallback_to_their_fields(window, workspace_file, boxes) -> None:
    uc, tab = _editor_tab(window, "cx")
    for box in tab.boxes.values():
        box.note.setFocus()
        box.note.insertPlainText(_too_long(CxAnswer, "note"))
        box.note.commit()
    _enter(tab.response_edit, _too_long(UseCase, "response_target"), "paste")
    tab.response_edit.setModified(True)
    tab.fallback_edit.setFocus()  # leaving the target commits it
    tab.fallback_edit.insertPlainText(_too_long(UseCase, "fallback"))
    tab.flush()
    for question in CxQuestion:
        assert len(uc.cx_answer(question).note) == _limit(CxAnswer, "note")
    assert len(uc.response_target) == _limit(UseCase, "response_target")
    assert len(uc.fallback) == _limit(UseCase, "fallback")
    assert boxes == []
    loaded = _reopened(window, workspace_file).use_case(uc.uuid)
    assert loaded.fallback == uc.fallback and loaded.response_target == uc.response_target


def test_every_field_these_inputs_edit_is_a_declared_text_field() -> None:
    """A renamed field would leave an input without its limit: the declarations must know them all."""
    edited = [(Company, n) for _w, n in SETTINGS] + [(c, n) for _p, c, n in TABLE_CELLS] + [
        (RaciActivity, "title"), (ChecklistItem, "na_reason"), (UseCaseSystem, "note"),
        (CxAnswer, "note"), (UseCase, "response_target"), (UseCase, "fallback"), (UseCase, "title"),
        (UseCase, "problem"), (UseCase, "relief_customers"), (UseCase, "relief_employees"),
        (UseCase, "boundary")]
    assert all(_limit(cls, name) > 0 for cls, name in edited)
