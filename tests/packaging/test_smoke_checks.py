"""The smoke test's check that a bundle's record is German: it passes the tree's own record and
catches one whose catalogues are older than the sources (English labels on the cover)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import smoke_test  # noqa: E402


def _cover(tmp_path: Path) -> str:
    """The first page of a de-CH record of the demo, made from the source tree (not a bundle)."""
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"), QT_QPA_PLATFORM="offscreen")
    ws, pdf = tmp_path / "Muster.leitplanken", tmp_path / "record.pdf"
    for args in (["demo", str(ws), "--lang", "de_CH"], ["export-pdf", str(ws), "--lang", "de-CH", "-o", str(pdf)]):
        done = subprocess.run([sys.executable, "-m", "leitplanken", *args], env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    text, _, _ = smoke_test._pdf_facts(pdf)
    return text.split("\f")[0]


def test_the_cover_check_passes_a_german_record_and_fails_one_with_english_labels(tmp_path: Path) -> None:
    cover = _cover(tmp_path)
    assert smoke_test.german_cover_problems(cover) == []
    pairs = smoke_test.cover_strings()
    shown = [(english, german) for english, german in pairs if german in cover]
    assert len(shown) >= 3
    # A bundle whose catalogue lacks some strings prints their English source instead.
    stale = cover
    for english, german in shown[: len(shown) // 2 + 1]:
        stale = stale.replace(german, english)
    problems = smoke_test.german_cover_problems(stale)
    assert problems and problems[0].startswith("English on the cover:")
    assert shown[0][0] in problems[0]
