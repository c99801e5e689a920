"""File → Export decision record…: options, export on a worker, cancel, warnings, preview, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
