"""File → New, Open, Open recent, Save, Save as and the "unsaved changes" question.

Every storage problem arrives as a FileError and is shown with its translated text in a
message box; nothing is lost and no traceback reaches the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from leitplanken.domain.model import BoardMember, Company, Person, Workspace
from leitplanken.i18n.translator import fill
from leitplanken.storage import Cancelled, FileError, WorkspaceFile, too_long_to_save_beside
from leitplanken.ui.files.errors import show_error, show_unexpected
from leitplanken.ui.files.send_copy_dialog import safe_file_stem
from leitplanken.ui.settings import app_settings, recent_files
from leitplanken.ui.settings.company_page import NEW_COMPANY, CompanyAnswers, CompanyPage
from leitplanken.ui.workspace.session import Session

#: The file extension of workspace files.
SUFFIX = ".leitplanken"



def new_workspace(answers: CompanyAnswers | None = None) -> Workspace:
    """An empty workspace in the interface language, with sensible formats for it.

    With the company page's answers: the company's values, a person for each board member
    (and for "I am", unless that is one of them) and their seats on the board.
    """
    lang = app_settings.interface_language()
    locale, currency = NEW_COMPANY.get(lang, ("de_CH", "CHF"))
    ws = Workspace(company=Company(locale=locale, currency=currency, language=lang))
    if answers is None:
        return ws
    for key, value in answers.company.items():
        if value:
            setattr(ws.company, key, value)
    people: dict[str, Person] = {}
    for sort, (name, role) in enumerate(answers.members):
        person = Person(name=name)
        people[name.casefold()] = person
        ws.people.append(person)
        ws.board.append(BoardMember(person_uuid=person.uuid, role=role, sort=sort))
    if answers.me and answers.me.casefold() not in people:
        ws.people.append(Person(name=answers.me))
    return ws


def open_for_editing(path: Path) -> tuple[WorkspaceFile, FileError | None]:
    """Opens a file; one whose side files (.bak-journal, lock marker) could not be named opens
    read-only, with the notice to show, so its work is never stuck unsaveable."""
    if too_long_to_save_beside(path):
        return (WorkspaceFile.open(path, read_only=True),
                FileError("name_too_long_to_save", path))
    wf = WorkspaceFile.open(path)
    if wf.wal_set_aside:  # another program's changes beside it: read-only, and said why
        return wf, FileError("wal_set_aside", path)
    return wf, None


def session_for(wf: WorkspaceFile) -> Session:
    """The session over an opened file; if reading it fails the file is closed (marker, copy)."""
    try:
        return Session(wf)
    except BaseException:
        wf.close()
        raise


class FileOps(QObject):
    """The file commands of one main window; `opened` hands over each new session."""

    #: A workspace was opened or created: the window shows this session.
    opened = Signal(object)

    def __init__(self, window: Any) -> None:
        """window has `session` (or None) and is the parent of dialogs."""
        super().__init__(window)
        self.window = window

    @property
    def session(self) -> Session | None:
        """The session the window shows now."""
        return self.window.session

    def _file_filter(self) -> str:
        """The file dialog's filter line."""
        return fill(self.tr("Leitplanken workspaces (*%1);;All files (*)"), SUFFIX)

    def _start_dir(self) -> str:
        """Where file dialogs start: beside the current or last file."""
        if self.session is not None and self.session.path is not None:
            return str(Path(self.session.path).parent)
        recent = recent_files.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    # -- opening -----------------------------------------------------------------------------
    def new_file(self) -> bool:
        """A new untitled workspace for a company (after asking about unsaved changes).

        The company page asks for the company and its board first; "Later" creates the
        workspace with whatever was typed (nothing is lost), Cancel creates nothing.
        """
        if not self.maybe_save():
            return False
        page = CompanyPage(self.window)
        result = page.exec()
        if result == QDialog.DialogCode.Rejected.value:
            return False
        answers = page.answers()
        if answers.me:
            app_settings.put(app_settings.ME, answers.me)
        return self.create(answers)

    def create(self, answers: CompanyAnswers | None = None) -> bool:
        """Creates the untitled workspace and shows it (no questions asked)."""
        try:
            wf = WorkspaceFile.create(None, new_workspace(answers))
        except FileError as err:
            show_error(self.window, err)
            return False
        except Exception as exc:  # noqa: BLE001 - a bug: logged and shown, the window stays
            show_unexpected(self.window, exc, "creating a new workspace")
            return False
        self._hand_over(wf)
        return True

    def open_demo(self) -> bool:
        """A fresh, untitled copy of the demo company to try things out (no file is touched)."""
        if not self.maybe_save():
            return False
        # delayed: start-up speed (the demo's content, a thousand lines, only when asked for)
        from leitplanken.domain.demo import demo_workspace

        try:
            wf = WorkspaceFile.create(None, demo_workspace(app_settings.interface_language()))
        except FileError as err:
            show_error(self.window, err)
            return False
        except Exception as exc:  # noqa: BLE001 - a bug: logged and shown, the window stays
            show_unexpected(self.window, exc, "opening the demo")
            return False
        self._hand_over(wf)
        return True

    def open_dialog(self) -> bool:
        """Asks for a file and opens it."""
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open workspace"),
                                              self._start_dir(), self._file_filter())
        return self.open_path(Path(path), ask=False) if path else False

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Opens a file; a problem is explained and the current workspace stays open."""
        if ask and not self.maybe_save():
            return False
        notice = None
        try:
            wf, notice = self._open_in_worker(Path(path))
        except FileError as err:
            wf = self._answer_open_error(Path(path), err)
            if wf is None:
                return False
        except Exception as exc:  # noqa: BLE001 - our bug, not the file's: never "damaged"
            show_unexpected(self.window, exc, f"opening {Path(path).name}")
            return False
        try:
            self._hand_over(wf)  # reads the workspace; closes the file if that fails
        except FileError as err:  # values load() refuses: the file's fault, said as such
            show_error(self.window, err, self.tr("Open workspace"))
            return False
        except Exception as exc:  # noqa: BLE001 - a bug in reading: the window keeps the old one
            show_unexpected(self.window, exc, f"reading {Path(path).name}")
            return False
        recent_files.remember(Path(path))
        if notice is not None:
            show_error(self.window, notice, self.tr("Open workspace"))
        if wf.read_only:
            self.window.statusBar().showMessage(
                self.tr("Opened read-only: use Save as to keep your changes in another file."))
        return True

    def _open_in_worker(self, path: Path) -> tuple[WorkspaceFile, FileError | None]:
        """open_for_editing on a worker thread: copying and checking a large file takes a
        second or more, behind a progress window (not cancellable: it only reads the file and
        writes the working copy, which a failed or finished open cleans up itself)."""
        # delayed: start-up speed (the worker and its window load with the first open)
        from leitplanken.ui.files.file_task import run_task

        return run_task(self.window, self.tr("Open workspace"),
                        fill(self.tr("Opening “%1” …"), path.name),
                        lambda _progress: open_for_editing(path), cancellable=False)

    def _answer_open_error(self, path: Path, err: Any) -> Any:
        """A file in use or encrypted gets its dialog (file_guard.py); else the error is shown."""
        # delayed: start-up speed (the dialogs for a file in use or encrypted load when needed)
        from leitplanken.ui.files.file_guard import resolve_open_error

        if err.code in ("locked", "encrypted"):
            try:
                return resolve_open_error(self.window, path, err)  # None: the user cancelled
            except FileError as again:
                err = again
        show_error(self.window, err, self.tr("Open workspace"))
        if err.code in ("not_found", "io", "is_directory"):
            recent_files.forget(path)
        return None

    def _hand_over(self, wf: Any) -> None:
        """Closes the old session and gives the window the new one."""
        session = session_for(wf)
        old = self.session
        self.opened.emit(session)
        if old is not None:
            old.close()
            old.deleteLater()

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save; an untitled or read-only workspace goes through Save as."""
        session = self.session
        if session is None:
            return False
        if session.path is None or session.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        """Asks for a file name (adding the extension) and saves there."""
        session = self.session
        if session is None:
            return False
        start = Path(self._start_dir())
        name = (safe_file_stem(" ".join(session.workspace.company.name.split())) or self.tr("Workspace")) + SUFFIX
        name = getattr(session.file, "suggested_name", None) or name  # e.g. a decrypted copy's
        if session.path is not None:
            name = Path(session.path).name
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save workspace as"),
                                              str(start / name), self._file_filter())
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        return self._save_to(target)

    def _save_to(self, path: Path | None) -> bool:
        """Saves; on failure the working copy keeps every change and the user is told."""
        session = self.session
        assert session is not None
        try:
            self._save_in_worker(session, path)
        except Cancelled:
            self.window.statusBar().showMessage(
                self.tr("Not saved: cancelled. The file is as it was; your changes are kept."),
                8000)
            return False
        except FileError as err:
            if err.code == "changed_on_disk" and path is None:
                # delayed: start-up speed (the merge dialog loads when needed)
                from leitplanken.ui.files.file_guard import resolve_changed_on_disk

                return resolve_changed_on_disk(self)  # merge, Save as or overwrite knowingly
            show_error(self.window, err, self.tr("Save workspace"))
            return False
        except Exception as exc:  # noqa: BLE001 - the working copy still holds every change
            show_unexpected(self.window, exc, "saving")
            return False
        if session.path is not None:
            recent_files.remember(Path(session.path))
        self.window.statusBar().showMessage(
            fill(self.tr("Saved to %1"), str(session.path)), 5000)
        return True

    def _save_in_worker(self, session: Session, path: Path | None) -> None:
        """What Session.save does, with the copy on a worker thread behind a progress window.

        Editors commit their typing first (on the GUI thread); while the copy runs nothing
        else touches the workspace (run_task); the clean mark is set once the file is written.
        """
        # delayed: start-up speed (the worker and its window load with the first save)
        from leitplanken.ui.files.file_task import run_task

        session.flush()
        file = session.file
        target = path if path is not None else file.path
        name = Path(target).name if target is not None else ""
        run_task(self.window, self.tr("Save workspace"),
                 fill(self.tr("Saving “%1” …"), name),
                 lambda progress: file.save(path, progress=progress))
        session.undo.setClean()
        session.file_state_changed.emit()

    def workspace_name(self, session: Session) -> str:
        """How the window and its questions name a workspace: its file, else its company."""
        if session.path is not None:
            return Path(session.path).name
        company = " ".join(session.workspace.company.name.split())
        return fill(self.tr("%1 (not saved yet)"), company) if company else self.tr("Untitled")

    def maybe_save(self) -> bool:
        """Asks Save / Discard / Cancel when there are unsaved changes; True means go ahead."""
        session = self.session
        if session is None:
            return True
        session.flush()
        if not session.modified:
            return True
        name = self.workspace_name(session)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          fill(self.tr("“%1” has changes that are not saved yet. Save them?"), name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("unsaved-changes")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
