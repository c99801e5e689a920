"""Strings the catalogue can find: lupdate does not look inside f-strings, so a tr() there
ships in English whatever the interface language (the catalogue dialog's headings did)."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "leitplanken"
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _marked_inside_fstrings(path: Path) -> list[str]:
    """Lines where a translation call sits inside an f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in MARKERS and inner.args and isinstance(inner.args[-1], ast.Constant):
                    found.append(f"{path.relative_to(SOURCES)}:{inner.lineno}")
    return found


def test_no_translation_call_inside_an_f_string() -> None:
    """Every marked string is outside f-strings, where pyside6-lupdate reads it."""
    found = [hit for path in sorted(SOURCES.rglob("*.py")) for hit in _marked_inside_fstrings(path)]
    assert not found, "move the tr() out of the f-string:\n" + "\n".join(found)
