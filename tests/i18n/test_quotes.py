"""One quotation style per language: German „…“, Swiss German «…» (derived), English “…”."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from leitplanken.domain.catalogue import activities, checklist

TS_DIR = Path(__file__).resolve().parents[2] / "translations"

#: What must not appear in a language's texts: the other languages' quotation marks.
FOREIGN = {
    "de": re.compile(r"[«»‹›”]|(^|[\s(/–-])“"),  # „…“ only; “ may only close
    "de_CH": re.compile(r"[„“”‚‘]"),  # «…» only
}


def _translations(language: str):  # type: ignore[no-untyped-def]
    """(context, text) for every finished translation of a language."""
    for ctx in ET.parse(TS_DIR / f"leitplanken_{language}.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            for text in [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]:
                yield ctx.findtext("name") or "", text


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_the_catalogue_keeps_one_quotation_style(language: str) -> None:
    """No «» in German, no „“ in Swiss German."""
    bad = [f"[{ctx}] {text!r}" for ctx, text in _translations(language)
           if FOREIGN[language].search(text)]
    assert not bad, f"{language}: quotation marks of another language:\n" + "\n".join(bad)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_the_standard_catalogue_keeps_one_quotation_style(language: str) -> None:
    """Activities, checklist items and their hints: German „…“, Swiss German «…»."""
    texts = [t for a in activities(language) for t in (a.title, a.guidance)]
    texts += [t for i in checklist(language) for t in (i.title, i.hint)]
    bad = [t for t in texts if FOREIGN[language].search(t)]
    assert not bad, "\n".join(bad)
