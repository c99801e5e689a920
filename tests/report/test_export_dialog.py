"""File → Export decision record…: options, export on a worker, cancel, warnings, preview, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from report_support import TODAY, pdf_text, squash

from leitplanken.domain.model import Workspace


@pytest.fixture
def session(qapp, workspace: Workspace, tmp_path: Path, monkeypatch):
    """A real session on the rich workspace saved as a file (undo, history, read-back)."""
    from PySide6.QtCore import QCoreApplication

    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.workspace.session import Session

    monkeypatch.setenv("HOME", str(tmp_path))
    QCoreApplication.setOrganizationName("LeitplankenTest")
    QCoreApplication.setApplicationName("LeitplankenTest")
    path = tmp_path / "muster.leitplanken"
    WorkspaceFile.create(path, workspace).close()
    sess = Session(WorkspaceFile.open(path), today=TODAY)
    yield sess
    sess.close()


@pytest.fixture
def dialog(qtbot, session):
    from leitplanken.ui.export.export_dialog import ExportDialog

    dlg = ExportDialog(session)
    qtbot.addWidget(dlg)
    return dlg


def test_defaults_follow_the_company(dialog) -> None:
    """Language and paper come from the company; stopped use cases are not ticked."""
    assert dialog.language.currentData() == "de"
    assert dialog.paper.currentData() == "a4"
    ws = dialog.session.workspace
    assert dialog.chosen_uuids() == [uc.uuid for uc in ws.use_cases if uc.status != "stopped"]
    options = dialog.options()
    assert options.source_name == "muster.leitplanken"
    assert options.today == TODAY


def test_export_writes_the_chosen_record(qtbot, dialog, tmp_path: Path) -> None:
    """The chosen language, paper, meeting and use cases end up in the written PDF."""
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.meeting.setText("Board meeting 4/2026")
    dialog.author.setText("Lea Brunner")
    first = dialog.use_cases.topLevelItem(0)
    uuid = first.data(0, Qt.ItemDataRole.UserRole)
    first.setCheckState(0, Qt.CheckState.Unchecked)
    target = tmp_path / "record.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_to(target)
    assert blocker.args == [target]
    text = squash(pdf_text(target.read_bytes()))
    ws = dialog.session.workspace
    assert squash("Board meeting 4/2026") in text and squash("Decision record") in text
    left_out = ws.use_case(uuid)
    assert squash(left_out.title) not in text
    assert all(squash(uc.title) in text for uc in ws.use_cases
               if uc.uuid in dialog.chosen_uuids())
    assert b"/MediaBox [ 0 0 612 792 ]" in target.read_bytes()
    assert dialog.export_button.isEnabled()
    dialog.done_box.close()


def test_cancel_writes_nothing(qtbot, dialog, tmp_path: Path) -> None:
    """Cancelling the progress dialog stops the export and leaves no file behind."""
    target = tmp_path / "cancelled.pdf"
    # the dialog's own signal: connected before the worker starts, so a worker that stops
    # at once cannot emit before the test listens
    with qtbot.waitSignal(dialog.cancelled, timeout=30000):
        dialog.export_to(target)
        dialog.job.cancel()
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))
    assert dialog.export_button.isEnabled()


def test_warns_about_characters_the_font_cannot_draw(qtbot, dialog, tmp_path: Path) -> None:
    """A character without a glyph is named in a warning, not drawn as a black box."""
    dialog.session.workspace.use_case(dialog.chosen_uuids()[0]).title += " 漢字"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(tmp_path / "glyphs.pdf")
    box = dialog.done_box
    assert box is not None and box.isVisible()
    assert "漢" in box.informativeText() and "U+6F22" in box.informativeText()
    box.close()
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.start_preview()
    assert dialog.warning_box is not None and dialog.warning_box.isVisible()
    assert "漢" in dialog.warning_box.text()
    dialog.warning_box.close()
    dialog.preview.close()


def test_preview_pages_and_print(qtbot, dialog, tmp_path: Path) -> None:
    """The preview shows the record page by page and prints it through QPrinter."""
    from PySide6.QtPrintSupport import QPrinter

    with qtbot.waitSignal(dialog.previewed, timeout=30000) as blocker:
        dialog.start_preview()
    preview = dialog.preview
    assert preview.page_count() == blocker.args[0].pages > 3
    assert not preview.previous_button.isEnabled()
    preview.go_to(preview.page_count() - 1)
    assert preview.current_page() == preview.page_count() - 1
    assert not preview.next_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setFromTo(1, 2)
    assert preview.print_to(printer) == 2
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 2
    preview.close()


def _failing_render(exc: Exception):
    """A render that fails the way the worker would meet it."""

    def render(*_a, **_k):
        raise exc

    return render


@pytest.mark.parametrize("failure, words", [
    ("catalogue", "translation is not installed"),
    ("too_many", "at most"),
])
def test_a_failed_export_says_why(qtbot, dialog, tmp_path: Path, monkeypatch, failure, words) -> None:
    """A missing catalogue or too many use cases is said in words; the dialog stays usable."""
    from leitplanken.i18n.translator import MissingCatalogue
    from leitplanken.report.build import TooManyUseCases
    from leitplanken.ui.export import export_worker

    exc = MissingCatalogue("de") if failure == "catalogue" else TooManyUseCases(5000)
    monkeypatch.setattr(export_worker, "write_pdf", _failing_render(exc))
    dialog.export_to(tmp_path / "record.pdf")
    qtbot.waitUntil(lambda: getattr(dialog, "warning_box", None) is not None, timeout=10000)
    assert words in dialog.warning_box.text()
    assert dialog.export_button.isEnabled() and not (tmp_path / "record.pdf").exists()


def test_a_bug_in_the_export_is_shown_as_one(qtbot, dialog, tmp_path: Path, monkeypatch) -> None:
    """Any other exception is logged and shown as an unexpected problem, not as a file error."""
    import leitplanken.ui.files.errors as errors
    from leitplanken.problem_log import log_path
    from leitplanken.ui.export import export_worker

    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(export_worker, "write_pdf", _failing_render(KeyError("planted")))
    dialog.export_to(tmp_path / "record.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not in your file" in shown[0]
    assert "planted" in log_path().read_text(encoding="utf-8")


def test_too_many_use_cases_are_refused_before_any_work(dialog, monkeypatch) -> None:
    """Past the record's limit the dialog says so at once instead of starting the worker."""
    from PySide6.QtWidgets import QMessageBox

    from leitplanken.ui.export import export_dialog

    said: list[str] = []
    monkeypatch.setattr(export_dialog, "PDF_MAX_USE_CASES", 1)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text)))
    dialog.export_to(Path("never.pdf"))
    assert said and "at most 1" in said[0] and dialog.job is None


def _row(dialog, title: str):
    """The list row of the use case with this title."""
    for i in range(dialog.use_cases.topLevelItemCount()):
        item = dialog.use_cases.topLevelItem(i)
        if item.text(0) == title:
            return item
    raise AssertionError(title)


def _pick_agenda(qtbot, dialog, title: str, text: str) -> None:
    """Clicks the agenda cell of a use case and picks a choice from its combo box."""
    from PySide6.QtWidgets import QComboBox

    from leitplanken.ui.export.use_case_picker import AGENDA

    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.use_cases
    item = _row(dialog, title)
    rect = tree.visualItemRect(item)
    x = tree.header().sectionPosition(AGENDA) + 5
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, rect.center().y()))
    combo = tree.findChild(QComboBox, "agenda-editor")
    assert combo is not None, "clicking the agenda cell opens its choices"
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a pick in the opened list sends


def test_agenda_choice_is_remembered_in_the_use_case_and_undoable(qtbot, dialog, session) -> None:
    """Choosing "For decision" stores it in the use case (file reopened), Undo takes it back."""
    from leitplanken.domain.model import AgendaKind
    from leitplanken.storage import WorkspaceFile

    title = "Telefonnotizen zusammenfassen"
    uc = next(u for u in session.workspace.use_cases if u.title == title)
    assert uc.agenda == AgendaKind.AUTO
    assert _row(dialog, title).text(2) == "For information (automatic)"
    _pick_agenda(qtbot, dialog, title, "For decision")
    assert uc.agenda == AgendaKind.DECISION
    assert _row(dialog, title).text(2) == "For decision"
    assert session.undo.count() == 1 and title in session.undo.undoText()
    # an item for decision without a motion is named before export
    qtbot.waitUntil(lambda: any(title in b for b in _problem_texts(dialog)))
    session.save()
    again = WorkspaceFile.open(session.path, read_only=True)
    try:
        stored = next(u for u in again.load().use_cases if u.title == title)
    finally:
        again.close()
    assert stored.agenda == AgendaKind.DECISION
    session.undo.undo()
    assert uc.agenda == AgendaKind.AUTO
    assert _row(dialog, title).text(2) == "For information (automatic)"
    qtbot.waitUntil(lambda: not any(title in b for b in _problem_texts(dialog)))


def _problem_texts(dialog) -> list[str]:
    """The problem sentences the dialog lists."""
    from PySide6.QtWidgets import QLabel

    if not dialog.problems.isVisible():
        return []
    return [label.text() for label in dialog.problems.rows.findChildren(QLabel)]


@pytest.fixture
def lacking(qapp, tmp_path: Path, monkeypatch):
    """A session on a file whose company has no name and whose pilot in the trap has no motion."""
    from report_support import rich_workspace

    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.workspace.session import Session

    monkeypatch.setenv("HOME", str(tmp_path))
    ws = rich_workspace()
    ws.company.name = ""
    pilot = next(uc for uc in ws.use_cases if uc.status == "pilot")
    pilot.motion = ""
    path = tmp_path / "lacking.leitplanken"
    WorkspaceFile.create(path, ws).close()
    sess = Session(WorkspaceFile.open(path), today=TODAY)
    yield sess, pilot.uuid
    sess.close()


def test_problems_are_listed_with_buttons_that_open_where_they_are_fixed(qtbot, lacking) -> None:
    """No company name and a missing motion are said; each button asks for the right place."""
    from leitplanken.ui.export.export_dialog import ExportDialog

    session, pilot = lacking
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _problem_texts(dialog)
    assert any("no name" in t for t in texts)
    title = session.workspace.use_case(pilot).title
    assert any(title in t and "no motion" in t for t in texts)
    buttons = {b.text(): b for b in dialog.problems.buttons}
    assert set(buttons) >= {"Open company settings", "Write the motion"}
    with qtbot.waitSignal(dialog.company_requested) as asked:
        qtbot.mouseClick(buttons["Open company settings"], Qt.MouseButton.LeftButton)
    assert asked.args == ["name"]
    assert dialog.isVisible()
    buttons = {b.text(): b for b in dialog.problems.buttons}  # listed again after the fix
    with qtbot.waitSignal(dialog.use_case_requested) as asked:
        qtbot.mouseClick(buttons["Write the motion"], Qt.MouseButton.LeftButton)
    assert asked.args == [pilot, "motion"]
    assert not dialog.isVisible()  # out of the way of the editor


def test_a_missing_motion_is_never_printed_as_a_motion(qtbot, lacking, tmp_path: Path) -> None:
    """Exporting anyway is allowed; the record does not invent the motion it lacks."""
    from leitplanken.ui.export.export_dialog import ExportDialog

    session, _pilot = lacking
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    target = tmp_path / "anyway.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(target)
    text = squash(pdf_text(target.read_bytes()))
    assert squash("decides on the next step") not in text
    dialog.done_box.close()


def test_after_export_open_pdf_and_show_in_folder(qtbot, dialog, tmp_path: Path,
                                                  monkeypatch) -> None:
    """The message names the file; its buttons open the PDF and its folder; the dialog closes."""
    from leitplanken.ui.export import export_done

    opened: list[str] = []
    monkeypatch.setattr(export_done.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    monkeypatch.setattr(export_done.sys, "platform", "linux")
    dialog.show()
    target = tmp_path / "board.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(target)
    box = dialog.done_box
    assert box.isVisible() and not dialog.isVisible()
    assert str(target) in box.text() and "saved as" in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open PDF", "Show in folder"}
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target)]
    assert not box.isVisible()
    box.open()
    qtbot.mouseClick(box.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(tmp_path)]


def test_show_in_folder_selects_the_file_in_the_explorer_on_windows(monkeypatch,
                                                                   tmp_path: Path) -> None:
    """On Windows the Explorer opens with the PDF selected."""
    from leitplanken.ui.export import export_done

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(export_done.sys, "platform", "win32")
    monkeypatch.setattr(export_done.QProcess, "startDetached",
                        staticmethod(lambda program, args: started.append((program, args)) or True))
    assert export_done.show_in_folder(tmp_path / "board.pdf")
    assert started[0][0] == "explorer" and started[0][1][0] == "/select,"
    assert started[0][1][1].endswith("board.pdf")


def test_register_list_with_filters_from_the_dialog(qtbot, dialog, tmp_path: Path) -> None:
    """List mode and the status filter: only the pilot, as a landscape table."""
    ws = dialog.session.workspace
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.list_mode.setChecked(True)
    assert dialog.use_cases.isColumnHidden(2) and not dialog.circular.isEnabled()
    dialog.picker.status_filter.setCurrentIndex(dialog.picker.status_filter.findData("pilot"))
    pilots = [uc for uc in ws.use_cases if uc.status == "pilot"]
    assert dialog.chosen_uuids() == [uc.uuid for uc in pilots]
    hidden = [dialog.use_cases.topLevelItem(i).isHidden()
              for i in range(dialog.use_cases.topLevelItemCount())]
    assert hidden.count(False) == len(pilots)
    target = tmp_path / "list.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(target)
    data = target.read_bytes()
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data
    text = squash(pdf_text(data))
    assert squash("Register of use cases") in text and squash(pilots[0].title) in text
    assert all(squash(uc.title) not in text for uc in ws.use_cases if uc.status != "pilot")
    assert "list was saved" in dialog.done_box.text()
    dialog.done_box.close()


def test_register_list_preview(qtbot, dialog) -> None:
    """The preview shows the list too: landscape pages, no decision record."""
    dialog.list_mode.setChecked(True)
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as blocker:
        dialog.start_preview()
    result = blocker.args[0]
    assert result.pages == dialog.preview.page_count() >= 1
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in result.pdf
    dialog.preview.close()


def test_owner_tag_and_pilot_trap_filters_narrow_the_choice(dialog) -> None:
    """Each filter hides what it leaves out; nothing hidden is exported."""
    ws = dialog.session.workspace
    picker = dialog.picker
    urs = next(p for p in ws.people if p.name == "Urs Meier")
    picker.owner_filter.setCurrentIndex(picker.owner_filter.findData(urs.uuid))
    owned = {uc.uuid for uc in ws.use_cases if uc.owner_uuid == urs.uuid and uc.status != "stopped"}
    assert set(dialog.chosen_uuids()) == owned
    picker.owner_filter.setCurrentIndex(0)
    picker.tag_filter.setCurrentIndex(picker.tag_filter.findText("Kundendienst"))
    assert [ws.use_case(u).title for u in dialog.chosen_uuids()] == [
        "Reklamationen automatisch kategorisieren"]
    picker.tag_filter.setCurrentIndex(0)
    picker.trap_filter.setChecked(True)
    assert all(ws.use_case(u).status == "pilot" for u in dialog.chosen_uuids())
    assert dialog.options().filters is not None and dialog.options().filters.pilot_trap


def test_a_read_only_file_takes_the_agenda_choice_for_this_record_only(qtbot, workspace,
                                                                      tmp_path: Path,
                                                                      monkeypatch) -> None:
    """A file opened read-only cannot store the choice: it goes into this record, not the file."""
    from leitplanken.domain.model import AgendaKind
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.export.export_dialog import ExportDialog
    from leitplanken.ui.workspace.session import Session

    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "shared.leitplanken"
    WorkspaceFile.create(path, workspace).close()
    session = Session(WorkspaceFile.open(path, read_only=True), today=TODAY)
    try:
        dialog = ExportDialog(session)
        qtbot.addWidget(dialog)
        title = "Telefonnotizen zusammenfassen"
        _pick_agenda(qtbot, dialog, title, "For decision")
        uc = next(u for u in session.workspace.use_cases if u.title == title)
        assert uc.agenda == AgendaKind.AUTO and session.undo.count() == 0
        assert _row(dialog, title).text(2) == "For decision"
        copy_ = dialog._workspace_for_export()
        assert copy_.use_case(uc.uuid).agenda == AgendaKind.DECISION
        qtbot.waitUntil(lambda: any(title in t for t in _problem_texts(dialog)))
    finally:
        session.close()


def test_circular_resolution_asks_for_its_return_date(qtbot, dialog) -> None:
    """Ticking the circular resolution without a return date is a problem until a date is typed."""
    from datetime import date

    dialog.show()
    assert not dialog.return_date.isEnabled()
    qtbot.mouseClick(dialog.circular, Qt.MouseButton.LeftButton)
    assert dialog.circular.isChecked() and dialog.return_date.isEnabled()
    qtbot.waitUntil(lambda: any("return date" in t for t in _problem_texts(dialog)))
    button = next(b for b in dialog.problems.buttons if b.text() == "Set the return date")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.return_date.hasFocus()
    qtbot.keyClicks(dialog.return_date, "15.12.2026")
    qtbot.keyClick(dialog.return_date, Qt.Key.Key_Tab)  # leaving the field takes the date
    options = dialog.options()
    assert options.circular_resolution and options.circular_return_date == date(2026, 12, 15)
    assert options.circular_return_to == "Lea Brunner"  # the minute-taker collects them
    qtbot.waitUntil(lambda: not any("return date" in t for t in _problem_texts(dialog)))
    dialog.list_mode.setChecked(True)
    assert not dialog.options().circular_resolution and not dialog.circular.isEnabled()


def test_one_agenda_choice_for_all_shown_is_one_undo_step(qtbot, dialog, session) -> None:
    """"Agenda for all shown" sets every ticked, shown use case at once; one Undo takes it back."""
    from leitplanken.domain.model import AgendaKind

    dialog.show()
    chosen = dialog.chosen_uuids()
    menu = dialog.picker.agenda_all.menu()
    action = next(a for a in menu.actions() if a.data() == AgendaKind.INFORMATION.value)
    action.trigger()
    ws = session.workspace
    assert all(ws.use_case(u).agenda == AgendaKind.INFORMATION for u in chosen)
    assert session.undo.count() == 1
    assert all(_row(dialog, ws.use_case(u).title).text(2) == "For information" for u in chosen)
    session.undo.undo()
    assert all(ws.use_case(u).agenda == AgendaKind.AUTO for u in chosen)
    dialog.list_mode.setChecked(True)
    assert not dialog.picker.agenda_all.isVisible()


@pytest.mark.parametrize("language", ["de_CH", "en"])
def test_the_dialog_fits_1024_by_700(qtbot, lacking, language) -> None:
    """With problems listed and the record's options shown, nothing needs more than 1,024 × 700."""
    from leitplanken.ui.export.export_dialog import ExportDialog
    from leitplanken.ui.settings.language import apply_language

    session, _pilot = lacking
    apply_language(language)
    try:
        dialog = ExportDialog(session)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.problems.isVisible() and dialog.picker.agenda_all.isVisible()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        assert dialog.width() <= 1024 and dialog.height() <= 700
    finally:
        apply_language("en")
