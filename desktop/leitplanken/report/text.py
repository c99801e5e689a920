"""Turns user values into text reportlab shows literally, never as markup or a black box.

A Paragraph reads its text as markup: "<b>x" raises, "<unknown>" vanishes and "<img src=…>"
embeds a local file. Every user value therefore passes through here: markup characters are
escaped, control characters become visible symbols, characters the font cannot draw become
"?" and are collected so the caller can warn about them (the export names them). Soft hyphens and zero-width marks are hints for line breaking and
joining, never ink: they are dropped.
"""

from __future__ import annotations

import re

#: What replaces a character the bundled font has no glyph for (visible, never a black box).
PLACEHOLDER = "?"
#: Invisible by nature: soft hyphen, zero-width space, non-joiner, joiner, word joiner,
#: variation selectors (an emoji's presentation), left-to-right and right-to-left marks.
_INVISIBLE = frozenset({0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0x200E,
                        0x200F})

_NEWLINES = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_NEWLINE_CHARS = frozenset("\r\n\u2028\u2029\x0b\x0c\x85")


def _control_symbols(code: int) -> tuple[str, ...]:
    """Visible stand-ins for a control character, best first (Unicode's "control pictures")."""
    if code < 0x20:
        return chr(0x2400 + code), "\ufffd"
    if code == 0x7F:
        return "\u2421", "\ufffd"
    return ("\ufffd",)


class TextCleaner:
    """Cleans user text for one document and remembers the characters it had to replace."""

    def __init__(self, drawable: frozenset[int]) -> None:
        """`drawable` is the set of code points the embedded font can draw."""
        self._drawable = drawable
        self._map: dict[int, str] = {}
        self.missing: set[str] = set()
        #: Characters already known to need no replacement.
        self._good: set[str] = set()

    def _char(self, ch: str) -> str:
        """The replacement for one character (cached, so long texts stay fast)."""
        code = ord(ch)
        done = self._map.get(code)
        if done is not None:
            return done
        if ch == "\t":
            out = " "
        elif ch == "\ufeff" or code in _INVISIBLE:
            out = ""  # a byte-order mark, soft hyphen or joiner: invisible, not content
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out = next((c for c in _control_symbols(code) if ord(c) in self._drawable),
                       PLACEHOLDER)
        elif code in self._drawable:
            out = ch
        else:
            out = PLACEHOLDER
            self.missing.add(ch)
        self._map[code] = out
        return out

    def plain(self, value: object, *, keep_newlines: bool = False) -> str:
        """The value as drawable plain text (for the canvas, outlines and metadata)."""
        text = "" if value is None else str(value)
        if text.isascii() and text.isprintable():
            return text  # the common case: nothing to replace, no line breaks
        chars = set(text)
        if chars <= self._good:
            return text
        if not chars.isdisjoint(_NEWLINE_CHARS):
            text = _NEWLINES.sub("\n", text)
            chars = set(text)
        table = {}
        for ch in chars - self._good:
            if ch == "\n":
                continue
            out = self._char(ch)
            if out == ch:
                self._good.add(ch)
            else:
                table[ord(ch)] = out
        if table:
            text = text.translate(table)
        return text if keep_newlines else text.replace("\n", " ")

    def markup(self, value: object) -> str:
        """The value as Paragraph markup that shows exactly the user's characters."""
        # delayed: fonts registers reportlab's fonts; text stays importable without it
        from leitplanken.report.fonts import fallback_markup

        text = self.plain(value, keep_newlines=True)
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return fallback_markup(text.replace("\n", "<br/>"))


def fit(text: str, width: float, font: str, size: float) -> str:
    """Shortens one line of canvas text with "…" so it stays inside `width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def missing_list(chars: set[str]) -> str:
    """The characters and their code points, e.g. "漢 (U+6F22)", in a stable order."""
    return ", ".join(f"{c} (U+{ord(c):04X})" if c.isprintable() else f"U+{ord(c):04X}"
                     for c in sorted(chars))
