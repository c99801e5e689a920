"""File → Export list…: chosen by clicks, written off the GUI thread, then Open / Show in folder."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from leitplanken.report.table_export import Dialect
from leitplanken.ui.files import table_export_dialog as dialog_module
from leitplanken.ui.files.table_export_dialog import TableExportDialog


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Picks an entry of a combo box with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = "Down" if combo.currentIndex() < target else "Up"
        qtbot.keyClick(combo, Qt.Key.Key_Down if key == "Down" else Qt.Key.Key_Up)
    combo.activated.emit(target)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system was asked to open, instead of starting a spreadsheet program."""
    urls: list[str] = []
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(QUrl(url).toLocalFile()) or True))
    return urls


def _export_by_click(qtbot, window, tmp_path: Path, name: str,  # type: ignore[no-untyped-def]
                     monkeypatch: pytest.MonkeyPatch) -> TableExportDialog:
    """Opens the dialog from the File menu's action and returns it (not yet exported)."""
    shown: list[TableExportDialog] = []
    monkeypatch.setattr(TableExportDialog, "exec", lambda self: shown.append(self) or 0)
    window.ui.actions["export_table"].trigger()
    assert len(shown) == 1
    dialog = shown[0]
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(dialog_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / name), "")))
    return dialog


def test_the_file_menu_offers_export_list(window) -> None:  # type: ignore[no-untyped-def]
    action = window.ui.actions["export_table"]
    assert action in window.ui.file_menu.actions()
    assert action.text() == "Export &list…"
    letters = [a.text().split("&")[1][0].lower() for a in window.ui.file_menu.actions()
               if "&" in a.text()]
    assert letters.count("l") == 1


def test_register_as_csv_for_german_excel_by_clicks(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    opened: list[str]) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "liste", monkeypatch)
    _choose(qtbot, dialog.language, "de")
    assert dialog.chosen_dialect() is Dialect.EXCEL_DE  # follows the language
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.path == tmp_path / "liste.csv" and result.rows == 3
    text = (tmp_path / "liste.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][0] == "Titel"
    assert {r[0] for r in rows[1:]} == {uc.title for uc in window.session.workspace.use_cases}
    box = dialog.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "liste.csv" in box.text()
    open_file = next(b for b in box.buttons() if b.text() == "&Open")
    qtbot.mouseClick(open_file, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "liste.csv")]
    dialog.message_box = None
    dialog.close()


def test_checklists_as_xlsx_and_show_in_folder(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch,
                                               opened: list[str]) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "checks.xlsx", monkeypatch)
    _choose(qtbot, dialog.what, "checklist")
    _choose(qtbot, dialog.format, "xlsx")
    assert not dialog.dialect.isEnabled()
    _choose(qtbot, dialog.language, "en")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    sheet = openpyxl.load_workbook(tmp_path / "checks.xlsx").active
    assert sheet is not None
    assert sheet.max_row - 1 == sum(len(uc.checklist) for uc in window.session.workspace.use_cases)
    assert sheet.freeze_panes == "A2"
    box = dialog.message_box
    assert box is not None
    folder = next(b for b in box.buttons() if "folder" in b.text())
    folder.click()
    assert opened == [str(tmp_path)]
    dialog.close()


def test_a_chosen_dialect_stays_when_the_language_changes(qtbot, window,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "x.csv", monkeypatch)
    _choose(qtbot, dialog.language, "en")
    assert dialog.chosen_dialect() is Dialect.COMMA
    _choose(qtbot, dialog.dialect, Dialect.EXCEL_DE.value)
    _choose(qtbot, dialog.language, "de")
    _choose(qtbot, dialog.language, "en")
    assert dialog.chosen_dialect() is Dialect.EXCEL_DE
    dialog.close()


def test_an_unwritable_folder_is_said_in_words(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "missing/folder/x.csv", monkeypatch)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(),
                    timeout=10_000)
    box = dialog.message_box
    assert box is not None
    assert "could not be written" in box.text() and "x.csv" in box.text()
    assert dialog.export_button.isEnabled()
    box.close()
    dialog.close()


def test_the_workspace_file_itself_is_refused(qtbot, window, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                              workspace_file: Path) -> None:
    dialog = _export_by_click(qtbot, window, workspace_file.parent, "x.csv", monkeypatch)
    before = workspace_file.read_bytes()
    dialog.export_to(workspace_file)
    assert dialog.message_box is not None and "must not overwrite" in dialog.message_box.text()
    assert workspace_file.read_bytes() == before
    dialog.message_box.close()
    dialog.close()


def test_cancel_writes_nothing(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "never.csv", monkeypatch)
    monkeypatch.setattr(dialog_module.TableExportJob, "_progress", lambda self, d, t: False)
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        dialog.export_button.click()
    QApplication.processEvents()
    assert not (tmp_path / "never.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".part")] == []
    dialog.close()


def test_escape_while_writing_stops_the_export_not_the_dialog(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "stopped.csv", monkeypatch)
    # a job that writes until it is told to stop (or gives up after 5 s)
    monkeypatch.setattr(dialog_module.TableExportJob, "run",
                        lambda self: self.signals.cancelled.emit() if self._stop.wait(5)
                        else self.signals.failed.emit(RuntimeError("never stopped")))
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        dialog.export_button.click()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the first Esc stopped the writing, the dialog stays
    assert not (tmp_path / "stopped.csv").exists()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_register_comes_with_its_mapping_which_reads_it_back(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from leitplanken.domain import import_mapping as im
    from leitplanken.domain.import_build import SourceRow, build
    from leitplanken.storage.table_read import read_table

    dialog = _export_by_click(qtbot, window, tmp_path, "register.xlsx", monkeypatch)
    _choose(qtbot, dialog.format, "xlsx")
    assert dialog.save_mapping.isVisible() and dialog.save_mapping.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    mapping_file = tmp_path / "register.xlsx.mapping.json"
    box = dialog.message_box
    assert box is not None and mapping_file.name in box.text()
    mapping = im.mapping_from_json(mapping_file.read_text(encoding="utf-8"))
    table = read_table(tmp_path / "register.xlsx")
    result = build(table.headers, [SourceRow(r.line, r.cells) for r in table.rows], mapping,
                   people=window.session.workspace.people, today=window.session.today())
    original = {uc.title: uc for uc in window.session.workspace.use_cases}
    assert {uc.title for uc in result.use_cases} == set(original)
    for uc in result.use_cases:
        assert (uc.status, uc.owner_uuid, uc.created_on) == (
            original[uc.title].status, original[uc.title].owner_uuid, original[uc.title].created_on)
    dialog.close()


def test_other_lists_have_no_mapping(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _export_by_click(qtbot, window, tmp_path, "raci.csv", monkeypatch)
    _choose(qtbot, dialog.what, "raci")
    assert not dialog.save_mapping.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".leitplanken")
                  and p.is_file() and not p.name.startswith(".")) == ["raci.csv"]
    dialog.close()


def test_too_many_rows_for_excel_say_choose_csv(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import leitplanken.report.table_export as te

    monkeypatch.setattr(te, "XLSX_MAX_ROWS", 3)
    dialog = _export_by_click(qtbot, window, tmp_path, "checks.xlsx", monkeypatch)
    _choose(qtbot, dialog.what, "checklist")
    _choose(qtbot, dialog.format, "xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(),
                    timeout=10_000)
    assert dialog.message_box is not None and "CSV" in dialog.message_box.text()
    assert not (tmp_path / "checks.xlsx").exists()
    dialog.message_box.close()
    dialog.close()
