"""The bundled DejaVu Sans, registered with reportlab and embedded in every decision record.

reportlab's built-in Helvetica cannot draw Ł, Ğ or Ş and is never embedded, so the record
uses only the bundled TrueType font. The regular style has the most characters (Arabic, for
one, is not in the oblique styles): a character another style lacks is drawn in the regular
style instead (`runs`, and FALLBACK for markup), so only what the regular style cannot draw
is replaced by a visible placeholder.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from leitplanken.paths import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

#: The regular style under a family of its own whose bold and italic are regular too: markup
#: wraps characters a style lacks in it (<font face=…>), and they keep their glyph.
FALLBACK = "DejaVuSans-Fallback"

_STYLES = {REGULAR: "regular", BOLD: "bold", ITALIC: "italic", BOLD_ITALIC: "bolditalic"}
_lock = threading.Lock()
_faces: dict[str, frozenset[int]] = {}


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Registers the four styles once and returns the code points every style can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        for name, style in _STYLES.items():
            font = TTFont(name, str(font_path(style)))
            pdfmetrics.registerFont(font)
            _faces[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFont(TTFont(FALLBACK, str(font_path("regular"))))
        _faces[FALLBACK] = _faces[REGULAR]
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(
            FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK)
        # Paragraph markup (<b>, <i>) looks fonts up through these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FALLBACK, bold, italic, FALLBACK)
    return _faces[REGULAR]


def _face(font: str) -> frozenset[int]:
    """The code points one registered style can draw (all of regular's for an unknown one)."""
    register_fonts()
    return _faces.get(font, _faces[REGULAR])


def _every_face() -> frozenset[int]:
    """The code points all four styles can draw: no fallback is ever needed for these."""
    register_fonts()
    common = _faces.get("")
    if common is None:
        common = frozenset.intersection(*(_faces[name] for name in _STYLES))
        _faces[""] = common
    return common


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """The text in (font, piece) runs: pieces `font` cannot draw in the regular style."""
    if text.isascii():
        return [(font, text)]
    face = _face(font)
    out: list[tuple[str, str]] = []
    for ch in text:
        use = font if ord(ch) in face else REGULAR
        if out and out[-1][0] == use:
            out[-1] = (use, out[-1][1] + ch)
        else:
            out.append((use, ch))
    return out or [(font, "")]


def needs_fallback(text: str, font: str) -> bool:
    """Whether `font` lacks a character of `text` that the regular style has."""
    return not text.isascii() and any(ord(ch) not in _face(font) for ch in text)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` as `runs` draws it (fallback pieces measured in their style)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if text.isascii():
        return stringWidth(text, font, size)
    return sum(stringWidth(piece, use, size) for use, piece in runs(text, font))


def fallback_markup(markup: str) -> str:
    """Paragraph markup whose characters some style lacks wrapped in the FALLBACK face, so
    in bold or italic they are drawn in the regular style instead of as an empty box."""
    if markup.isascii():
        return markup
    common = _every_face()
    out: list[str] = []
    inside = False
    for ch in markup:
        odd = ord(ch) not in common
        if odd != inside:
            out.append(f'<font face="{FALLBACK}">' if odd else "</font>")
            inside = odd
        out.append(ch)
    if inside:
        out.append("</font>")
    return "".join(out)
