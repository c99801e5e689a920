"""The translation walk: every screen in German, Swiss German and English, every text read.

Fails on an English source text shown in a German interface (built from the catalogue: a
string the code marks for translation whose German differs, or that has no German yet), on
"ß" in Swiss German, on a raw enum key ("start_pilot") and on a leftover "%1". Screens come
from screens_support.SCREENS, so a new dialog is walked once it is listed there.
"""

from __future__ import annotations

import enum
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget
from screens_support import SCREENS, TODAY, Seen, Visitor, walk_workspace

import leitplanken.domain.model as model_module
from leitplanken.domain.catalogue import is_swiss

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
SOURCES = ROOT / "desktop" / "leitplanken"


@dataclass
class Catalogue:
    """What the code asks to translate and what one language answers."""

    #: English source text -> the (context, source) pairs that use it, German differs or is missing.
    english: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    #: Sources with %1/%n: a pattern matching the filled English sentence.
    patterns: list[tuple[re.Pattern[str], tuple[str, str]]] = field(default_factory=list)
    #: Every translated text of the language (a word may be English and German alike).
    translated: set[str] = field(default_factory=set)
    #: (context, source) pairs with no translation yet (new strings waiting for the catalogue).
    missing: set[tuple[str, str]] = field(default_factory=set)


def _plain(text: str) -> str:
    """A text as read: without the accelerator "&" (but "&&" is an ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@lru_cache(maxsize=4)
def catalogue(language: str) -> Catalogue:
    """The language's catalogue, with strings the code marks that it does not know yet."""
    ts = TS_DIR / f"leitplanken_{language}.ts"
    fresh = Path(_fresh_dir()) / ts.name
    shutil.copy(ts, fresh)
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is not installed beside the interpreter"
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *files, "-ts",
                    str(fresh)], check=True, capture_output=True)
    found = Catalogue()
    for ctx in ET.parse(fresh).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            texts = forms or ([tr.text or ""] if tr is not None else [])
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and all(texts)
            found.translated.update(_plain(t) for t in texts if done)
            if not done:
                found.missing.add((name, source))
            if done and all(_plain(t) == _plain(source) for t in texts):
                continue  # the same word in both languages ("Integration", "Pilot")
            key = _plain(source)
            if any(c.isalpha() for c in key):
                found.english.setdefault(key, set()).add((name, source))
            literal = re.sub(r"%\d|%n", "", key)
            if literal != key and sum(c.isalpha() for c in literal) >= 8:
                # a sentence with values filled in: matched with any value in their place
                pattern = re.sub(r"%\\?\d|%n", "(.+?)", re.escape(key))
                found.patterns.append((re.compile(pattern, re.S), (name, source)))
    return found


_FRESH: list[str] = []


def _fresh_dir() -> str:
    """One scratch folder for the fresh catalogues of this test run."""
    if not _FRESH:
        import tempfile

        _FRESH.append(tempfile.mkdtemp(prefix="walk-ts-"))
    return _FRESH[0]


def enum_keys() -> set[str]:
    """Every stored value of the domain's enums: never meant to be read by a user."""
    keys: set[str] = set()
    for value in vars(model_module).values():
        if isinstance(value, type) and issubclass(value, enum.Enum):
            keys.update(str(member.value) for member in value if isinstance(member.value, str))
    return {k for k in keys if len(k) > 1}


def problems(seen: list[Seen], language: str) -> dict[str, set[str]]:
    """The walk's findings by kind, each as "screen · widget kind: text"."""
    found: dict[str, set[str]] = defaultdict(set)
    cat = catalogue(language) if language != "en" else None
    keys = enum_keys()
    for item in seen:
        where = f"{item.screen} · {item.where}: {item.text!r}"
        if item.where == "accelerator":
            found["an accelerator used twice"].add(f"{item.text} · seen on {item.screen}")
            continue
        text = _plain(item.text)
        if re.search(r"%\d", text):
            found["a placeholder left unfilled"].add(where)
        if text in keys and (cat is None or text not in cat.translated):
            found["a raw enum key"].add(where)
        if is_swiss(language) and "ß" in text:
            found["ß in Swiss German"].add(where)
        if cat is None or text in cat.translated:
            continue
        pairs = cat.english.get(text)
        if pairs is None:
            pairs = {pair for pattern, pair in cat.patterns if pattern.fullmatch(text)}
        # a text several strings share: a new one without German is the likely cause
        waiting = {pair for pair in pairs or () if pair in cat.missing}
        for context, source in sorted(waiting or pairs or ()):
            state = "no translation yet" if waiting else "shown in English"
            found["English in a German interface"].add(
                f"[{context}] {source!r} ({state}) · seen on {item.screen} ({item.where})")
    return found


def _report(found: dict[str, set[str]], language: str) -> str:
    """The failure message: what to translate or fix, grouped, one line each."""
    lines = [f"translation walk in {language}:"]
    for kind, entries in sorted(found.items()):
        # one line per string, with the first screen it was seen on (menus show everywhere)
        first: dict[str, str] = {}
        for entry in sorted(entries):
            what, _, where = entry.partition(" · seen on ")
            first.setdefault(what, where)
        lines.append(f"\n{kind} ({len(first)}):")
        lines.extend(f"  {what}  — {where}" if where else f"  {what}"
                     for what, where in sorted(first.items()))
    return "\n".join(lines)


@pytest.fixture
def walk_window(qtbot, tmp_path, app_names, request):  # type: ignore[no-untyped-def]
    """The main window on the demo company, built in the language being walked."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.settings.language import apply_language
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

    language = request.param
    apply_language(language)
    path = tmp_path / "walk.leitplanken"
    WorkspaceFile.create(path, walk_workspace(language)).close()
    session = Session(WorkspaceFile.open(path), today=TODAY)
    win = MainWindow(session)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.session.close()
    win.close()
    win.deleteLater()
    apply_language("en")


_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    """The accelerator letter of a text ("Se&ttings" -> "t"), if it has one."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerator_clashes(top: QWidget, menus: list[QMenu]) -> list[str]:
    """Alt+letters used twice in one window (labels, buttons, tabs, groups, the menu bar):
    Alt then jumps to the wrong place."""
    used: dict[str, set[str]] = defaultdict(set)
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel) and widget.buddy() is not None or \
                isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = _letter(text)
            if letter:
                used[letter].add(text)
    for menu in menus:
        letter = _letter(menu.title())
        if letter:
            used[letter].add(f"menu {menu.title()}")
    # letters inside one menu (the menu bar's and context menus) are checked by the visitor
    return [f"Alt+{k.upper()}: " + " / ".join(sorted(v)) for k, v in used.items() if len(v) > 1]


def walk(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Visitor:  # type: ignore[no-untyped-def]
    """Visits every registered screen; returns what was seen (accelerator clashes too)."""
    visitor = Visitor(window, tmp_path)

    def clashes(screen: str, top: QWidget) -> None:
        menus = window.ui.menus() if top is window else []
        for clash in accelerator_clashes(top, menus):
            visitor.seen.append(Seen(screen, "accelerator", clash))

    visitor.on_widget.append(clashes)
    with visitor.patched(monkeypatch):
        for name, opener in SCREENS.items():
            visitor.visit(name, opener)
            window.show_page("dashboard")
    return visitor


@pytest.mark.parametrize("walk_window", ["de", "de_CH", "en"], indirect=True)
def test_every_screen_speaks_the_interface_language(walk_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No English source text in German, no "ß" in Swiss German, no raw keys, no "%1"."""
    language = QCoreApplication.instance().property("leitplanken_language")
    visitor = walk(walk_window, tmp_path, monkeypatch)
    screens = {s.screen for s in visitor.seen}
    assert len(screens) >= len(SCREENS) - 3, f"screens without any text: {set(SCREENS) - screens}"
    found = problems(visitor.seen, language)
    assert not found, _report(found, language)


def test_the_walk_catches_english_and_keys_and_placeholders() -> None:
    """The checks themselves: an English menu text, a key and a %1 are each found."""
    cat = catalogue("de")
    english = next(iter(cat.english))
    seen = [Seen("s", "label", english), Seen("s", "cell", "start_pilot"),
            Seen("s", "label", "Datei %1"), Seen("s", "label", "Größe")]
    found = problems(seen, "de_CH")
    assert set(found) == {"English in a German interface", "a raw enum key",
                          "a placeholder left unfilled", "ß in Swiss German"}
    german = next(t for t in sorted(cat.translated) if t not in cat.english and "%" not in t
                  and not any(p.fullmatch(t) for p, _pair in cat.patterns))
    assert not problems([Seen("s", "label", german)], "de")
