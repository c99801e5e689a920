"""Every colour the interface adds to the platform's palette, readable in light and dark mode.

A hard-coded "#b00020" is fine on white and unreadable on a dark window; so the screens ask
this module for a *meaning* (error, warning, hint, success, muted, the RACI "A" mark, a
banner) and get a colour worked out against the palette actually in use: the meaning's hue,
made darker on a light background and lighter on a dark one until it reaches the WCAG AA
contrast of 4.5:1 against the background it is drawn on.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

#: WCAG 2.x AA for normal text.
MIN_CONTRAST = 4.5


class Tone(StrEnum):
    """What a coloured text or mark means to the user."""

    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"
    SUCCESS = "success"
    MUTED = "muted"
    ACCENT = "accent"


#: The hue of each meaning (the light-mode colour the app always had).
_HUES: dict[Tone, str] = {
    Tone.ERROR: "#b00020",
    Tone.WARNING: "#8a5a00",
    Tone.HINT: "#3a5a8a",
    Tone.SUCCESS: "#2a6a2a",
    Tone.MUTED: "#6a6a6a",
    Tone.ACCENT: "#e08a1e",
}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette() -> QPalette:
    """The application's palette now (the one a dark-mode switch or a theme changes)."""
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether the palette draws light text on a dark window."""
    pal = pal or palette()
    return luminance(pal.color(QPalette.ColorRole.Window)) < luminance(
        pal.color(QPalette.ColorRole.WindowText))


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """The colour's hue, darkened or lightened just enough to be read on the background."""
    if contrast(colour, background) >= minimum:
        return QColor(colour)
    hsl: tuple[float, float, float, float] = colour.getHslF()  # type: ignore[assignment]
    hue, saturation, lightness, _alpha = hsl
    lighter = luminance(background) < 0.18
    step = 0.02 if lighter else -0.02
    candidate = QColor(colour)
    while 0.0 <= lightness <= 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
        if contrast(candidate, background) >= minimum or lightness in (0.0, 1.0):
            break
    return candidate


def background_of(role: QPalette.ColorRole = QPalette.ColorRole.Base,
                  pal: QPalette | None = None) -> QColor:
    """The colour a text is drawn on: Base for lists, tables and fields, Window for labels."""
    return (pal or palette()).color(role)


def colour(tone: Tone, on: QPalette.ColorRole = QPalette.ColorRole.Base,
           pal: QPalette | None = None) -> QColor:
    """The text colour of a meaning, readable on the palette's `on` background."""
    return readable(QColor(_HUES[tone]), background_of(on, pal))


def brush(tone: Tone, on: QPalette.ColorRole = QPalette.ColorRole.Base) -> QBrush:
    """A model's ForegroundRole for a meaning (cells are drawn on Base)."""
    return QBrush(colour(tone, on))


def tint(tone: Tone, on: QPalette.ColorRole = QPalette.ColorRole.Base,
         pal: QPalette | None = None) -> QColor:
    """A background marked with a meaning's hue on which the palette's own text stays readable.

    The RACI "A" cell and banners: a mix of the background and the hue, as much hue as the
    text colour allows (at least 4.5:1 against it), so dark mode gets a dark tint, not a light
    patch under light text.
    """
    pal = pal or palette()
    base = background_of(on, pal)
    text = pal.color(QPalette.ColorRole.Text if on == QPalette.ColorRole.Base
                     else QPalette.ColorRole.WindowText)
    hue = QColor(_HUES[tone])
    best = QColor(base)
    ours = (base.redF(), base.greenF(), base.blueF())
    theirs = (hue.redF(), hue.greenF(), hue.blueF())
    for share in (0.30, 0.25, 0.20, 0.15, 0.10, 0.05):
        r, g, b = (a * (1 - share) + c * share for a, c in zip(ours, theirs, strict=True))
        mixed = QColor.fromRgbF(r, g, b)
        if contrast(mixed, text) >= MIN_CONTRAST:
            best = mixed
            break
    return best


def text_style(tone: Tone, extra: str = "") -> str:
    """A label's style sheet for a meaning ("color: …;"), worked out for the current palette."""
    return f"color: {colour(tone, QPalette.ColorRole.Window).name()};{(' ' + extra) if extra else ''}"


def banner_style(selector: str = "", tone: Tone = Tone.WARNING) -> str:
    """A banner's style sheet: tinted background, the palette's text, a border in the hue.

    `selector` limits it to one widget ("#readonly-banner"), so child buttons keep the style.
    """
    pal = palette()
    back = tint(tone, QPalette.ColorRole.Window, pal)
    text = pal.color(QPalette.ColorRole.WindowText)
    border = readable(QColor(_HUES[tone]), back, 3.0)  # a border is not text: 3:1 (WCAG 1.4.11)
    rule = (f"background: {back.name()}; color: {text.name()}; "
            f"border: 1px solid {border.name()}; padding: 2px;")
    return f"{selector} {{ {rule} }} {selector} QLabel {{ color: {text.name()}; border: none; }}" \
        if selector else rule


def field_error_style(widget_type: str = "QLineEdit") -> str:
    """The red frame of a field holding something invalid (a frame is not text: 3:1)."""
    frame = readable(QColor(_HUES[Tone.ERROR]), background_of(QPalette.ColorRole.Base), 3.0)
    return f"{widget_type} {{ border: 2px solid {frame.name()}; }}"
