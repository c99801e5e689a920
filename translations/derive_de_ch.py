"""Derives the Swiss German translation from the German one: "ss" for "ß", «» for „“.

Every entry is taken from leitplanken_de.ts, so a corrected German text reaches Swiss German
too; the Swiss file is output, not a place for hand edits.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from leitplanken.domain.catalogue import swiss_text

HERE = Path(__file__).resolve().parent


def swiss(text: str) -> str:
    """German text in Swiss spelling and typography (the rule Qt's own strings follow too)."""
    return swiss_text(text)


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return context, source, comment


def _translations(message: ET.Element) -> list[str] | None:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = tr.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [tr.text or ""]


def derive(de_path: Path, ch_path: Path) -> int:
    """Fills every entry of the de_CH file from the German one; returns how many were filled."""
    de = ET.parse(de_path)
    german: dict[tuple[str, str, str], list[str]] = {}
    for ctx in de.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            forms = _translations(msg)
            if forms is not None:
                german[_key(name, msg)] = forms
    ch = ET.parse(ch_path)
    changed = 0
    for ctx in ch.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = _key(name, msg)
            if key not in german:
                continue
            wanted = [swiss(t) for t in german[key]]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in wanted:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = wanted[0]
            changed += 1
    ch.getroot().set("language", "de_CH")
    ET.indent(ch, space="    ")
    ch.write(ch_path, encoding="utf-8", xml_declaration=True)
    return changed


if __name__ == "__main__":
    n = derive(HERE / "leitplanken_de.ts", HERE / "leitplanken_de_CH.ts")
    print(f"de_CH: {n} entries taken from German", file=sys.stderr)
