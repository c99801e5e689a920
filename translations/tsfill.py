"""Fills translations into the .ts sources from a JSON list, for batches too big for Linguist.

Usage: python translations/tsfill.py entries.json
Each entry: {"context": "...", "source": "...", "de": "..."} with optional "en" (defaults to the
source text), and for plurals (%n) "de": ["1 Anwendungsfall", "%n Anwendungsfälle"] and
"en": ["%n use case", "%n use cases"]. Run `make translations` first so the entries exist;
Swiss German is derived afterwards by derive_de_ch.py (also part of `make translations`).
Holds a lock so two people filling at once do not overwrite each other.
"""

from __future__ import annotations

import fcntl
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _set(message: ET.Element, value: str | list[str]) -> None:
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[-1]


def fill(entries: list[dict], language: str) -> tuple[int, list[str]]:
    """Writes the entries' translations for one language; returns (filled, not found)."""
    path = HERE / f"leitplanken_{language}.ts"
    tree = ET.parse(path)
    index: dict[tuple[str, str], list[ET.Element]] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            index.setdefault((name, msg.findtext("source") or ""), []).append(msg)
    filled, missing = 0, []
    for entry in entries:
        key = (entry["context"], entry["source"])
        if language == "en":
            value = entry.get("en", entry["source"])
        else:
            value = entry.get(language, entry.get("de"))
        if value is None:
            continue
        msgs = index.get(key)
        if not msgs:
            missing.append(f"{key[0]}: {key[1]}")
            continue
        for msg in msgs:
            _set(msg, value)
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str]) -> int:
    """Fills German and English from the JSON file named on the command line."""
    entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    with open(HERE / ".tsfill.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for language in ("de", "en"):
            filled, missing = fill(entries, language)
            print(f"{language}: {filled} filled")
            for m in missing:
                print(f"  not in .ts (run make translations first?): {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
