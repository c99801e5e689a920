"""The window fits a 1,024 × 700 screen in every language, at 100 %, 125 % and 150 % scaling.

The narrowest and lowest the window can be made (its minimumSizeHint, in logical pixels) is
measured with every page and every editor tab in front, and every dialog of the walk must fit
the same screen. Rendered with the bundled DejaVu Sans, one of the widest UI fonts, so the
check is the same on every machine and errs on the safe side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

HERE = Path(__file__).resolve().parent
SCREEN = (1024, 700)
LANGUAGES = ("de_CH", "de", "en")


def measure(language: str, tmp_path: Path, dialogs: bool = True) -> dict[str, tuple[int, int]]:
    """Minimum sizes of the main window per page/tab (and of each dialog) in one language."""
    from screens_support import SCREENS, TODAY, Visitor, walk_workspace

    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.settings.language import apply_language
    from leitplanken.ui.shell.fonts import use_bundled_font
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    apply_language(language)
    path = tmp_path / f"size-{language}.leitplanken"
    WorkspaceFile.create(path, walk_workspace(language)).close()
    win = MainWindow(Session(WorkspaceFile.open(path), today=TODAY))
    win.resize(*SCREEN)
    win.show()
    sizes: dict[str, tuple[int, int]] = {}

    def record(screen: str, widget: QWidget) -> None:
        QApplication.processEvents()
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        key = f"{screen}: {type(widget).__name__}" if isinstance(widget, QDialog) else screen
        old = sizes.get(key, (0, 0))
        sizes[key] = (max(old[0], hint.width()), max(old[1], hint.height()))

    visitor = Visitor(win, tmp_path)
    visitor.on_widget.append(record)
    import pytest as _pytest  # the visitor patches exec for the walk only

    with _pytest.MonkeyPatch.context() as patch, visitor.patched(patch):
        for name, opener in SCREENS.items():
            if not dialogs and not name.startswith(("page ", "editor ")):
                continue
            visitor.visit(name, opener)
            win.show_page("dashboard")
    win.session.close()
    win.close()
    win.deleteLater()
    apply_language("en")
    return sizes


def too_big(sizes: dict[str, tuple[int, int]]) -> list[str]:
    """The screens that do not fit 1,024 × 700."""
    return [f"{name}: {w} × {h}" for name, (w, h) in sorted(sizes.items())
            if w > SCREEN[0] or h > SCREEN[1]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_1024_by_700(language: str, qtbot, tmp_path, app_names) -> None:  # type: ignore[no-untyped-def]
    """The main window on each page and tab, and each dialog, fit at 100 %."""
    sizes = measure(language, tmp_path)
    assert any(name.startswith("editor raci") for name in sizes)
    assert not too_big(sizes), f"{language}: larger than 1024 × 700:\n" + "\n".join(too_big(sizes))


@pytest.mark.parametrize("factor", ["1.25", "1.5"])
def test_every_screen_fits_when_scaled(factor: str, tmp_path: Path) -> None:
    """Display scaling (125 %, 150 %): the window's pages and tabs still fit, in a fresh process
    started with the scale factor as the app would be."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor,
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "LEITPLANKEN_DATA_DIR": str(tmp_path / "data")}
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QCoreApplication.setOrganizationName('LeitplankenSizeTest')\n"
        "QCoreApplication.setApplicationName('LeitplankenSizeTest')\n"
        "app = QApplication([])\n"
        "import test_window_size as t\n"
        "out = {}\n"
        "for lang in ('de_CH', 'en'):  # the longest words, and the other script of labels\n"
        "    out[lang] = t.too_big(t.measure(lang, Path(sys.argv[1]), dialogs=False))\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=300, cwd=HERE)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert not any(found.values()), f"at {factor}: " + json.dumps(found, indent=1,
                                                                   ensure_ascii=False)
