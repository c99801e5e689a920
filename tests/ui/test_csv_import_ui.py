"""File → Import use cases… as a user meets it: the wizard clicked through, then undo and reopen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWizard

from leitplanken.domain import import_mapping as im
from leitplanken.domain.model import Company, Person, Status, Workspace
from leitplanken.storage import WorkspaceFile, build_import, read_table
from leitplanken.ui.files.import_wizard import ImportWizard
from leitplanken.ui.files.import_worker import ImportJob, ImportRecords
from leitplanken.ui.workspace.session import Session

SHEET = ("sep=;\r\nBezeichnung;Beschreibung;Phase;Verantwortlich;Einmalige Kosten;Erfasst am;"
         "Bemerkung\r\n"
         "Chatbot für Anfragen;Anfragen bleiben liegen;in Betrieb;Jürg Müller;1'200,50;15.03.2024;"
         "läuft\r\n"
         "Rechnungen;Belege von Hand;Pilot;anna keller;500;01/2024;\r\n"
         "Mahnwesen;Mahnungen vergessen;Zwischenstand;Beat Frei;;3.4.2024;intern\r\n"
         '"Kaputt;Anführungszeichen;Idee;;;;\r\n'
         "Offerten;Dauern zu lange;Deployed;Anna Keller;;2024-02-01;\r\n")


@pytest.fixture(autouse=True)
def _english(qapp):  # type: ignore[no-untyped-def]
    """The summary is read in English with its plural forms, whatever ran before."""
    from leitplanken.ui.settings.language import apply_language

    apply_language("en")


@pytest.fixture
def session(tmp_path: Path, qtbot):
    """A saved workspace with one person, as after a first afternoon."""
    ws = Workspace(company=Company(name="Muster AG", language="de"))
    ws.people.append(Person(name="Anna Keller"))
    wf = WorkspaceFile.create(tmp_path / "firma.leitplanken", ws)
    s = Session(wf)
    yield s
    s.close()


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A German Excel CSV (Windows-1252, sep=;, CRLF) with a broken quote line."""
    path = tmp_path / "KI-Liste.csv"
    path.write_bytes(SHEET.encode("cp1252"))
    return path


def _wizard(qtbot, session: Session, path: Path) -> ImportWizard:
    wizard = ImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 700)
    wizard.show()
    return wizard


def _click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(combo: QComboBox, data: str) -> None:
    """Picks an entry as the user would from the drop-down."""
    combo.setCurrentIndex(combo.findData(data))


def test_the_german_sheet_clicked_through(qtbot, session: Session, sheet: Path, tmp_path) -> None:
    wizard = _wizard(qtbot, session, sheet)
    page = wizard.file_page
    assert "cp1252" in page.info.text() and "Semicolon" in page.info.text()
    assert "cannot be read" in page.info.text()  # the broken line is announced at once
    assert page.preview.item(0, 0).text() == "Bezeichnung"
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    columns = wizard.columns_page
    assert columns.combos["Bezeichnung"].currentData() == "title"
    assert columns.combos["Phase"].currentData() == "status"
    assert columns.combos["Verantwortlich"].currentData() == im.OWNER
    assert columns.combos["Bemerkung"].currentData() == im.NOTES
    _choose(columns.combos["Bemerkung"], "tags")  # the user wants these as tags
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    values = wizard.values_page
    rows = {(values.grid.item(r, 0).text(), values.grid.item(r, 1).text()): r
            for r in range(values.grid.rowCount())}
    unknown = values.grid.cellWidget(rows[("Phase", "Zwischenstand")], 3)
    assert unknown.currentData() == ""  # not recognised: the user decides, nothing silent
    assert values.grid.cellWidget(rows[("Phase", "Deployed")], 3).currentData() == "operation"
    _choose(unknown, "paused")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    people = wizard.people_page
    assert set(people.boxes) == {"Jürg Müller", "Beat Frei"}  # Anna Keller exists already
    box: QCheckBox = people.boxes["Beat Frei"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.summary_page.text.toPlainText()
    assert "4 use cases will be added" in summary
    assert "Line 6:" in summary  # the sep= line is line 1 of the file
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.imported == 4, timeout=20_000)
    ucs = {uc.title: uc for uc in session.workspace.use_cases}
    assert set(ucs) == {"Chatbot für Anfragen", "Rechnungen", "Mahnwesen", "Offerten"}
    assert ucs["Mahnwesen"].status is Status.PAUSED and ucs["Mahnwesen"].owner_uuid is None
    assert "Verantwortlich: Beat Frei" in ucs["Mahnwesen"].notes
    assert ucs["Chatbot für Anfragen"].tags == ["läuft"]
    anna = next(p for p in session.workspace.people if p.name == "Anna Keller")
    assert ucs["Rechnungen"].owner_uuid == anna.uuid == ucs["Offerten"].owner_uuid
    assert sorted(p.name for p in session.workspace.people) == ["Anna Keller", "Jürg Müller"]
    assert all(uc.checklist and uc.activities for uc in ucs.values())
    # one undo step takes it all back, redo brings it again
    assert session.undo.count() == 1
    session.undo.undo()
    assert session.workspace.use_cases == [] and len(session.workspace.people) == 1
    session.undo.redo()
    assert len(session.workspace.use_cases) == 4
    session.save()
    path = session.path
    session.close()
    with WorkspaceFile.open(path, read_only=True) as wf:
        again = wf.load()
        history = wf.history(1000)
    assert {uc.title for uc in again.use_cases} == set(ucs)
    # import, undo, redo: four entries each; no checklist item or activity has one of its own
    assert sum(1 for h in history if h.table == "use_case") == 12
    assert not [h for h in history if h.table == "checklist_item" and h.action != "delete"]


def test_the_wizard_fits_1024_by_700(qtbot, session: Session, sheet: Path) -> None:
    wizard = _wizard(qtbot, session, sheet)
    for _ in range(4):
        hint = wizard.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)


def test_the_real_inventory_through_the_wizard_then_undo(qtbot, session: Session,
                                                          inventory_csv: Path) -> None:
    wizard = _wizard(qtbot, session, inventory_csv)
    assert "us-federal-ai-use-case-inventory-2024.json" in wizard.file_page.info.text()
    for _ in range(4):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    started = time.perf_counter()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.imported == 1757, timeout=60_000)
    elapsed = time.perf_counter() - started
    assert len(session.workspace.use_cases) == 1757
    assert elapsed < 30
    session.undo.undo()
    assert session.workspace.use_cases == []


def test_a_cancelled_import_writes_nothing(qtbot, session: Session, sheet: Path) -> None:
    table = read_table(sheet)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    result = build_import(table, mapping, people=session.workspace.people)
    job = ImportJob(session, result)
    outcome: list[str] = []
    job.signals.cancelled.connect(lambda: outcome.append("cancelled"))
    job.signals.finished.connect(lambda _r: outcome.append("finished"))
    job.cancel()
    job.run()
    assert outcome == ["cancelled"]
    assert session.file.counts()["use_case"] == 0 and session.undo.count() == 0


def test_undoing_the_real_inventory_is_one_quick_batch(qtbot, session: Session,
                                                       inventory_csv: Path) -> None:
    table = read_table(inventory_csv)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    result = build_import(table, mapping, people=session.workspace.people,
                          currency=session.workspace.company.currency)
    job = ImportJob(session, result)
    job.run()
    session.undo.push(ImportRecords(session, result, "Import"))
    count = len(result.use_cases)
    def records() -> int:
        return sum(n for t, n in session.file.counts().items() if t not in ("tombstone", "history"))

    before = records()
    resets: list[int] = []
    session.reset.connect(lambda: resets.append(1))
    started = time.perf_counter()
    session.undo.undo()
    undo_seconds = time.perf_counter() - started
    assert session.workspace.use_cases == [] and session.file.counts()["use_case"] == 0
    assert resets == [1]  # the views rebuild once, not once per use case
    assert undo_seconds < 4  # was 6 s for these 1,757 (one statement and entry per row)
    deleted = [h for h in session.file.history(200_000) if h.action == "delete"]
    # one entry per use case and new person; each activity and checklist item still has its
    # tombstone (a merge must not bring it back), but no history entry of its own
    assert sum(1 for h in deleted if h.table == "use_case") == count
    assert not [h for h in deleted if h.table in ("checklist_item", "activity")]
    assert session.file.counts()["tombstone"] == before - records()
    session.undo.redo()
    assert len(session.workspace.use_cases) == count
    session.save()
    path = session.path
    session.close()
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert len(wf.load().use_cases) == count
        assert not wf.integrity_problems()


def _button(page, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in page.findChildren(QPushButton) if text in b.text().replace("&", ""))


def test_a_loaded_mapping_is_fitted_and_the_company_currency_counts(qtbot, tmp_path: Path,
                                                                     monkeypatch) -> None:
    from leitplanken.storage import save_mapping
    from leitplanken.ui.files import import_wizard

    ws = Workspace(company=Company(name="Euro GmbH", language="de", currency="EUR"))
    session = Session(WorkspaceFile.create(tmp_path / "euro.leitplanken", ws))
    try:
        table = tmp_path / "liste.csv"
        table.write_text("Vorhaben;Business owner name;Kosten einmalig\n"
                         "Offerten;Eva Roth;€ 2.000\nMahnwesen;Eva Roth;$1,500\n", encoding="utf-8")
        saved = tmp_path / "alt.mapping.json"
        save_mapping(saved, im.Mapping(columns={"Vorhaben": "title", "Business owner": im.OWNER,
                                                "Stichwort": im.TAGS}))
        monkeypatch.setattr(import_wizard.QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(saved), "")))
        wizard = _wizard(qtbot, session, table)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        columns = wizard.columns_page
        _choose(columns.combos["Business owner name"], im.NOTES)  # the user's earlier choice
        qtbot.mouseClick(_button(columns, "Load mapping"), Qt.MouseButton.LeftButton)
        # the saved mapping's owner column was renamed in this table: it takes its place
        assert columns.combos["Business owner name"].currentData() == im.OWNER
        note = columns.fit_note.text()
        assert columns.fit_note.isVisible() and "alt.mapping.json" in note
        assert "“Business owner”: “Business owner name” takes its place" in note
        assert "“Stichwort”: not in this table" in note
        for _ in range(3):
            _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        summary = wizard.summary_page.text.toPlainText()
        assert "“Kosten einmalig”: 1 amount in another currency than EUR is not converted" in summary
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        qtbot.waitUntil(lambda: wizard.imported == 2, timeout=20_000)
        costs = {uc.title: uc.cost_once for uc in session.workspace.use_cases}
        assert costs["Offerten"] == 2000 and costs["Mahnwesen"] is None
    finally:
        session.close()


def test_the_summary_warns_of_a_second_import_empty_values_formulas_and_other_sheets(
        qtbot, session: Session, tmp_path: Path) -> None:
    import openpyxl

    from leitplanken.domain.model import UseCase

    session.workspace.use_cases.append(UseCase(title="Rechnungen prüfen"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inventar"
    sheet.append(["Titel", "Status", "Kosten einmalig"])
    sheet.append(["Rechnungen  PRÜFEN", "Pilot", "=2*500"])  # a formula with no computed value
    sheet.append(["Chatbot", "", 100])
    book.create_sheet("Legende").append(["Status", "Bedeutung"])
    path = tmp_path / "inventar.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, session, path)
    for _ in range(4):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.summary_page.text.toPlainText()
    assert ("1 row has the title of a use case already in the workspace (imported before?)"
            in summary and "“Rechnungen PRÜFEN”" in summary)
    assert "1 formula cell has no computed value" in summary
    assert "“Status” is empty in 1 row: the field keeps its default (Idea)" in summary
    assert "This is the sheet “Inventar”; the workbook also has “Legende”" in summary
