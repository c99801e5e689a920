"""Wrapped text in one font, without markup: most of what users type, drawn cheaply.

reportlab's Paragraph parses markup and tracks fragments of many styles for every line; a
user's note has one style, so breaking it at spaces (and inside words longer than the line)
and drawing the lines directly gives the same page in a fraction of the time. It splits
between lines, so texts longer than a page flow on, inside a table cell as well.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from leitplanken.report.fonts import runs
from leitplanken.report.fonts import text_width as stringWidth


def _hard_break(line: str, font: str, size: float, width: float) -> list[str]:
    """Cuts a line that is still too wide (one very long word) into pieces that fit.

    Each piece is the longest prefix that fits, found by doubling and then halving a window
    from where the piece starts: the work per piece is bounded by a line's length, never by
    the rest of the word (measuring the whole rest made a 200,000-character word take 18 s).
    """
    pieces: list[str] = []
    start, end = 0, len(line)
    while start < end:
        step = 1
        while start + step < end and stringWidth(line[start:start + 2 * step], font, size) <= width:
            step *= 2
        low, high = min(step, end - start), min(2 * step, end - start)
        while low < high:
            mid = (low + high + 1) // 2
            if stringWidth(line[start:start + mid], font, size) <= width:
                low = mid
            else:
                high = mid - 1
        pieces.append(line[start:start + low])
        start += low
    return pieces


def break_lines(text: str, font: str, size: float, width: float, first: float = 0) -> list[str]:
    """The text's lines at this width: at spaces first, inside over-long words if needed.

    Runs of spaces count as one (as in a Paragraph); an empty line stays an empty line.
    `first` is room already taken on the first line (by a bold prefix).
    """
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for number, hard in enumerate(text.split("\n")):
        words = hard.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = first if number == 0 else 0.0
        for word in words:
            w = stringWidth(word, font, size)
            if (current or used) and used + (space if current else 0) + w <= width:
                current.append(word)
                used += space + w
                continue
            if current or used:
                lines.append(" ".join(current))
            if w > width:
                *full, last = _hard_break(word, font, size, max(width, size))
                lines.extend(full)
                current, used = [last], stringWidth(last, font, size)
            else:
                current, used = [word], w
        lines.append(" ".join(current))
    return lines


class PlainText(Flowable):
    """Left-aligned lines of plain text in one paragraph style (font, size, leading, colour).

    An optional `prefix` ("Warning:") is set in `prefix_font` before the first line.
    """

    def __init__(self, text: str, style: Any, lines: list[str] | None = None,
                 at_width: float | None = None, prefix: str = "",
                 prefix_font: str = "", splittable: bool = True) -> None:
        """`text` is plain (no markup); `lines` and `at_width` come from a split.

        In table cells `splittable` is False: reportlab's in-row splitting is reliable only
        for its own Paragraph, so such a cell moves to the next page as a whole instead.
        """
        super().__init__()
        self.splittable = splittable
        self.text = text
        self.style = style
        self._lines = lines
        self._at = at_width
        self.prefix = prefix
        self.prefix_font = prefix_font or style.fontName
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _prefix_width(self) -> float:
        """Room the prefix and the space after it take on the first line."""
        if not self.prefix:
            return 0.0
        s = self.style
        return (stringWidth(self.prefix, self.prefix_font, s.fontSize)
                + stringWidth(" ", s.fontName, s.fontSize))

    def _lines_at(self, avail_width: float) -> list[str]:
        """The text broken for this width (once per width)."""
        if self._lines is None or self._at != avail_width:
            s = self.style
            self._lines = break_lines(self.text, s.fontName, s.fontSize,
                                      avail_width - s.leftIndent, self._prefix_width())
            self._at = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Breaks the text for this width (once per width)."""
        self.width = avail_width
        self.height = len(self._lines_at(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Two parts at a line boundary, or nothing when not even one line fits."""
        if not self.splittable:
            return []
        self.wrap(avail_width, avail_height)
        lines = self._lines_at(avail_width)  # the ones wrap() just made
        fit = int(avail_height // self.style.leading)
        if fit < 1:
            return []
        if fit >= len(lines):
            return [self]
        if len(lines) > 1:
            # no single line left alone at the foot of a page or at the top of the next
            fit = min(fit, len(lines) - 2)
            if fit < 2:
                return []
        head = PlainText(self.text, self.style, lines[:fit], avail_width, self.prefix,
                         self.prefix_font)
        tail = PlainText(self.text, self.style, lines[fit:], avail_width)
        head.keepWithNext = 0
        return [head, tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        """Space above, from the style."""
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        """Space below, from the style."""
        return self.style.spaceAfter

    def draw(self) -> None:
        """Draws the lines top-down, first baseline one font size below the top."""
        s = self.style
        canv = self.canv
        text = canv.beginText(s.leftIndent, self.height - s.fontSize)
        text.setFillColor(s.textColor)
        lines = self._lines or [""]
        if self.prefix:
            text.setFont(self.prefix_font, s.fontSize, s.leading)
            text.textOut(self.prefix + " ")
        text.setFont(s.fontName, s.fontSize, s.leading)
        for line in lines:
            pieces = runs(line, s.fontName)
            if len(pieces) == 1:
                text.textLine(line)
                continue
            # a character this style lacks is drawn in the regular style, not as a box
            for font, piece in pieces:
                text.setFont(font, s.fontSize, s.leading)
                text.textOut(piece)
            text.setFont(s.fontName, s.fontSize, s.leading)
            text.textLine("")
        canv.drawText(text)
