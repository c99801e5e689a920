"""The company page of File → New: what is typed becomes the company, its people and its board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from shell_support import type_text

from leitplanken.domain.model import BoardRole
from leitplanken.ui.files.file_ops import new_workspace
from leitplanken.ui.settings.company_page import CompanyPage


def _seat(page: CompanyPage, row: int) -> tuple[QLineEdit, QComboBox]:
    """The name and role inputs of one seat."""
    name, role = page.members.cellWidget(row, 0), page.members.cellWidget(row, 1)
    assert isinstance(name, QLineEdit) and isinstance(role, QComboBox)
    return name, role


def test_typed_answers_become_company_people_and_board(qtbot, app_names) -> None:
    """Three seats typed, one twice: two people, their roles, the board's own name."""
    page = CompanyPage()
    qtbot.addWidget(page)
    type_text(page.name, "Bäckerei Zürcher GmbH")
    type_text(page.legal_form, "GmbH")
    page.board_name.setCurrentText("")
    type_text(page.board_name.lineEdit(), "Stiftungsrat")  # type: ignore[arg-type]
    qtbot.mouseClick(page.add_member, Qt.MouseButton.LeftButton)
    assert page.members.rowCount() == 3
    type_text(_seat(page, 0)[0], "  Anna   Keller ")
    type_text(_seat(page, 1)[0], "Marco Rossi")
    type_text(_seat(page, 2)[0], "anna keller")  # the same person again: once
    answers = page.answers()
    assert answers.company["name"] == "Bäckerei Zürcher GmbH"
    assert answers.company["board_name"] == "Stiftungsrat"
    assert answers.members == [("Anna Keller", BoardRole.CHAIR), ("Marco Rossi", BoardRole.MINUTE_TAKER)]
    ws = new_workspace(answers)
    assert (ws.company.name, ws.company.legal_form, ws.company.board_name) == (
        "Bäckerei Zürcher GmbH", "GmbH", "Stiftungsrat")
    assert [p.name for p in ws.people] == ["Anna Keller", "Marco Rossi"]
    assert [(m.person_uuid, m.role, m.sort) for m in ws.board] == [
        (ws.people[0].uuid, BoardRole.CHAIR, 0), (ws.people[1].uuid, BoardRole.MINUTE_TAKER, 1)]


def test_choosing_formats_brings_their_currency_and_keeps_what_was_typed(qtbot, app_names) -> None:
    """Germany's formats bring EUR; the sample shows how dates and money will look."""
    page = CompanyPage()
    qtbot.addWidget(page)
    page.formats.setCurrentIndex(page.formats.findData("de_DE"))
    assert page.currency.currentText() == "EUR"
    assert "25.11.2026" in page.formats.currentText() and "€" in page.formats.currentText()
    page.currency.setCurrentText("chf")
    assert page.answers().company["currency"] == "CHF"


def test_later_keeps_what_was_typed_and_nothing_typed_changes_nothing(qtbot, app_names) -> None:
    """"Later" is not "throw away": a typed name stays; empty fields keep the defaults."""
    page = CompanyPage()
    qtbot.addWidget(page)
    type_text(page.name, "Muster AG")
    page.show()
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert page.result() == CompanyPage.LATER
    ws = new_workspace(page.answers())
    assert ws.company.name == "Muster AG" and ws.company.legal_form == ""
    assert ws.people == [] and ws.board == []
    default = new_workspace()
    assert (ws.company.locale, ws.company.language) == (default.company.locale, default.company.language)


def test_i_am_is_a_person_of_the_workspace(qtbot, app_names) -> None:
    """The owner's own name becomes one of the people, even when not on the board."""
    page = CompanyPage()
    qtbot.addWidget(page)
    type_text(page.me, "Regula Brunner")
    ws = new_workspace(page.answers())
    assert [p.name for p in ws.people] == ["Regula Brunner"] and ws.board == []


def test_i_am_is_offered_from_the_members_typed(qtbot, app_names) -> None:
    """The owner, usually on the board, picks their name instead of typing it a second time."""
    page = CompanyPage()
    qtbot.addWidget(page)
    page.show()
    type_text(_seat(page, 0)[0], "Regula Brunner")
    type_text(_seat(page, 1)[0], "Jürg Käser")
    assert [page.me.itemText(i) for i in range(page.me.count())] == ["Regula Brunner", "Jürg Käser"]
    assert page.me.currentText() == ""  # offered, not assumed
    page.me.setCurrentIndex(1)
    type_text(_seat(page, 1)[0], "i")  # a name still being corrected keeps the choice typed
    assert page.answers().me == "Jürg Käser"
    assert [page.me.itemText(i) for i in range(page.me.count())] == ["Regula Brunner", "Jürg Käseri"]
