"""Every user-visible string ships finished in German, Swiss German and English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
LANGS = ("de", "de_CH", "en")


def _messages(path: Path):
    """Yields (context, source, translation element, numerus) for every live message."""
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source") or "", msg.find("translation"), msg.get("numerus") == "yes"


def _texts(tr: ET.Element) -> list[str]:
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_translation(lang: str) -> None:
    """A German user must never meet an English word because a translation was left open."""
    problems = []
    for ctx, source, tr, _numerus in _messages(TS_DIR / f"leitplanken_{lang}.ts"):
        kind = tr.get("type") if tr is not None else "missing"
        if tr is None or kind in ("unfinished", "missing") or not all(t.strip() for t in _texts(tr)):
            problems.append(f"{ctx}: {source!r}")
    assert not problems, f"{len(problems)} unfinished in {lang}:\n" + "\n".join(problems[:50])


def test_swiss_german_never_writes_sharp_s() -> None:
    """Swiss German writes "ss": "heisst", never "heißt"."""
    text = (TS_DIR / "leitplanken_de_CH.ts").read_text(encoding="utf-8")
    assert "ß" not in text


@pytest.mark.parametrize("lang", ("de", "de_CH"))
def test_placeholders_survive_translation(lang: str) -> None:
    """A translation that drops %1 or %n would show the wrong sentence or lose a name."""
    import re

    bad = []
    for ctx, source, tr, numerus in _messages(TS_DIR / f"leitplanken_{lang}.ts"):
        wanted = set(re.findall(r"%\d", source))
        forms = _texts(tr)
        for text in forms:
            if set(re.findall(r"%\d", text)) != wanted:
                bad.append(f"{ctx}: {source!r} -> {text!r}")
        # a singular form may spell the number out ("ein"); the plural form must keep %n
        if numerus and "%n" in source and len(forms) > 1 and "%n" not in forms[-1]:
            bad.append(f"{ctx}: {source!r} -> {forms[-1]!r} (no %n)")
    assert not bad, "\n".join(bad[:50])


def test_sources_and_ts_files_agree(tmp_path: Path) -> None:
    """A string marked in the code but missing from the .ts files would ship untranslated."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "desktop" / "leitplanken").rglob("*.py"))
    copy = tmp_path / "leitplanken_de.ts"
    shutil.copy(TS_DIR / "leitplanken_de.ts", copy)
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
    )
    committed = {(c, s) for c, s, _t, _n in _messages(TS_DIR / "leitplanken_de.ts")}
    fresh = {(c, s) for c, s, _t, _n in _messages(copy)}
    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing, "run `make translations`; new strings:\n" + "\n".join(map(str, missing[:50]))
    assert not stale, "run `make translations`; strings no longer used:\n" + "\n".join(map(str, stale[:50]))


def test_compiled_german_translation_is_used() -> None:
    """The compiled .qm files exist and answer in German (make builds them before the tests)."""
    from leitplanken.domain.model import Status
    from leitplanken.i18n.labels import status_label
    from leitplanken.i18n.translator import Translator

    de = Translator("de")
    assert de.loaded
    assert status_label(Status.OPERATION, de) == "Regelbetrieb"
    assert status_label(Status.OPERATION, Translator("en")) == "Regular operation"
