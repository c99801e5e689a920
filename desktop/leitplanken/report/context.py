"""What every part of the record needs while it is built: words, formats, styles, safe text.

One object instead of seven parameters, so each section function reads like the page it makes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table

from leitplanken.domain.catalogue import activity_title as catalogue_activity_title
from leitplanken.domain.catalogue import item_title as catalogue_item_title
from leitplanken.domain.model import Person, UseCase, Workspace
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import Translator
from leitplanken.report.fonts import BOLD, REGULAR, fallback_markup, needs_fallback
from leitplanken.report.plaintext import PlainText
from leitplanken.report.styles import CELL_PAD, CELL_SIZE, Styles, grid_style
from leitplanken.report.text import TextCleaner

#: Parsed markup of short texts that recur in every use case (labels, catalogue titles).
_PARSED: dict[tuple[str, str], Any] = {}
_BROKEN: dict[tuple[Any, float], Any] = {}
_PARSED_MAX = 4096
_PARSED_LEN = 200


class Para(Paragraph):
    """A Paragraph that parses and breaks recurring short texts once per style and width.

    Tables wrap every cell when measuring and again when drawing, and the same labels and
    catalogue titles recur in every use case; reportlab's Paragraph redoes the parsing and
    the line breaking each time. The output is byte for byte the same.
    """

    # Set by Paragraph.wrap (reportlab has no type information); declared for the checker.
    width: float
    height: float

    def __init__(self, text: str | None, style: Any, *args: Any, **kwargs: Any) -> None:
        """Parses `text` (or reuses the fragments of an identical short text and style).

        Extra arguments are reportlab's own, used when it splits a paragraph over pages.
        """
        self._wrapped_at: float | None = None
        self._key: tuple[str, str] | None = None
        if args or kwargs or text is None or len(text) > _PARSED_LEN:
            super().__init__(text, style, *args, **kwargs)
            return
        self._key = key = (text, style.name)
        frags = _PARSED.get(key)
        if frags is None:
            super().__init__(text, style)
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
                _BROKEN.clear()
            _PARSED[key] = self.frags
        else:
            super().__init__(text, style, frags=frags)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The size at this width; line breaking is reused for the same text and width."""
        if avail_width == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        known = _BROKEN.get((self._key, avail_width)) if self._key else None
        if known is not None:
            self.width, self._wrapWidths, self.blPara, self.height = known
        else:
            super().wrap(avail_width, avail_height)
            if self._key:
                _BROKEN[(self._key, avail_width)] = (self.width, self._wrapWidths,
                                                      self.blPara, self.height)
        self._wrapped_at = avail_width
        return self.width, self.height


@dataclass(slots=True)
class Cell:
    """A table cell's cleaned plain text and style, settled into a string or Paragraph later."""

    text: str
    style: Any


@dataclass
class Context:
    """The workspace, language, formats and page geometry of one export."""

    workspace: Workspace
    tr: Translator
    lang: str
    fmt: Formatter
    clean: TextCleaner
    styles: Styles
    width: float
    today: date
    people: dict[str, Person] = field(default_factory=dict)
    #: The body frame's height (points): what one page holds, for parts that must fit one.
    height: float = 0.0
    #: Results worked out once per use case (readiness is shown in three places).
    memo: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: The use cases' digests where the export was given them (see ReportOptions.digests).
    digests: Any = None

    def swiss(self, text: str) -> str:
        """App-made German text in Swiss spelling ("ss" for "ß") when the record is de_CH."""
        return text.replace("ß", "ss") if self.lang == "de_CH" else text

    def user(self, value: object, style: Any = None) -> PlainText:
        """A paragraph showing a user value literally (drawable, wrapped, never markup)."""
        return PlainText(self.clean.plain(value, keep_newlines=True), style or self.styles.body)

    def para(self, value: object, style: Any = None) -> Para:
        """A user value as a Paragraph: for table cells that may have to split across pages."""
        return Para(self.clean.markup(value), style or self.styles.cell)

    def finding(self, severity: str, text: str) -> PlainText:
        """A rule finding: the severity in bold, then its sentence."""
        return PlainText(self.clean.plain(text, keep_newlines=True), self.styles.finding,
                         prefix=self.clean.plain(severity) + ":", prefix_font=BOLD)

    def label(self, text: str, style: Any = None) -> PlainText:
        """A paragraph of the app's own words in one style (headings, notes)."""
        return PlainText(self.clean.plain(text, keep_newlines=True), style or self.styles.body)

    def cell(self, value: object, style: Any = None) -> Cell:
        """A table cell holding a user value literally (see `table` for how it is drawn)."""
        return Cell(self.clean.plain(value, keep_newlines=True), style or self.styles.cell)

    def text(self, markup: str, style: Any = None) -> Paragraph:
        """A paragraph of the app's own (trusted, translated) text; user parts escaped first."""
        return Para(markup, style or self.styles.body)

    def esc(self, value: object) -> str:
        """A user value as markup, for building a mixed paragraph."""
        return self.clean.markup(value)

    def person_name(self, person_uuid: str | None) -> str:
        """The person's name, or an empty string when nobody (or an unknown UUID) is set."""
        person = self.people.get(person_uuid or "")
        return person.name if person else ""

    def owner(self, uc: UseCase) -> str:
        """Who owns the use case, for tables."""
        return self.person_name(uc.owner_uuid)

    def date(self, value: date | None) -> str:
        """A date in the company's format, "–" when missing."""
        return self.fmt.date_short(value) if value else "–"

    def table(self, rows: list[list[Any]], widths: Sequence[float], *, header_rows: int = 1,
              extra: list[tuple] | None = None, repeat: bool = True,
              base: list[tuple] | None = None) -> Table:
        """A grid table that fits the page width and may split across pages, even inside rows.

        `widths` are relative; `base` replaces the grid look (the cover's hairline tables).
        """
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        commands = list(base) if base is not None else grid_style(header_rows)
        rows = [[self._settle(cell, widths[c], c, r, commands) for c, cell in enumerate(row)]
                for r, row in enumerate(rows)]
        table = Table(rows, colWidths=widths, repeatRows=header_rows if repeat else 0,
                      splitByRow=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(commands + (extra or []))
        return table

    def _settle(self, cell: Any, width: float, c: int, r: int, commands: list[tuple]) -> Any:
        """A Cell as a plain string when it fits on one line, else as a wrapping Paragraph.

        Most cells are short (states, dates, names); drawing them as strings skips the markup
        parser and line breaking, which is most of the time a record takes.
        """
        if not isinstance(cell, Cell):
            return cell
        text, style = cell.text, cell.style
        if not text:
            return ""
        if "\n" not in text and text == text.strip() and "  " not in text and (
                stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PAD) and (
                not needs_fallback(text, style.fontName)):  # a plain string has one font
            if style.fontName != REGULAR:
                commands.append(("FONTNAME", (c, r), (c, r), style.fontName))
            if style.fontSize != CELL_SIZE:
                commands.append(("FONTSIZE", (c, r), (c, r), style.fontSize))
            if style.alignment == TA_CENTER:
                commands.append(("ALIGN", (c, r), (c, r), "CENTER"))
            return text
        style = fitting(style, text, width - 2 * CELL_PAD)
        lines = text.count("\n") + 1 + stringWidth(text, style.fontName, style.fontSize) / max(
            width - 2 * CELL_PAD, 1)
        if lines * style.leading > TALL_CELL:
            # reportlab splits a cell inside a row only for its own Paragraph
            markup = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            return Para(fallback_markup(markup.replace("\n", "<br/>")), style)
        return PlainText(text, style, splittable=False)

    def gap(self, height: float = 6) -> Spacer:
        """Vertical breathing space between blocks."""
        return Spacer(1, height)

    def heads(self, *labels: str) -> list[Cell]:
        """A table header row of translated labels."""
        return [Cell(self.clean.plain(label), self.styles.cell_head) for label in labels]


#: Cells taller than this (points) may have to split inside a row: drawn as a Paragraph.
TALL_CELL = 300

#: Words up to this length are shrunk to fit a narrow column rather than broken apart.
WORD_KEEP = 24
MIN_SIZE = 6
_shrunk: dict[tuple[str, float], Any] = {}


def fitting(style: Any, text: str, width: float, minimum: float = MIN_SIZE) -> Any:
    """The style, made smaller if an ordinary word ("Verantwortlich") would be cut in two.

    Never below `minimum` points: beyond that the word wraps. Very long "words" (links,
    hostile input) are still broken by the paragraph, since no size would make them fit.
    """
    words = [w for w in text.split() if len(w) <= WORD_KEEP]
    if not words:
        return style
    longest = max(stringWidth(w, style.fontName, style.fontSize) for w in words)
    if longest <= width:
        return style
    size = max(minimum, style.fontSize * width / longest - 0.05)
    size = math.floor(size * 4) / 4
    if size >= style.fontSize:
        return style
    key = (style.name, size)
    if key not in _shrunk:
        from reportlab.lib.styles import ParagraphStyle

        _shrunk[key] = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                                      leading=style.leading * size / style.fontSize)
    return _shrunk[key]


def activity_title(ctx: Context, activity: Any) -> str:
    """A RACI activity's title: the catalogue's words in the record's language, else the user's."""
    if activity.catalogue_key:
        title = catalogue_activity_title(activity.catalogue_key, ctx.lang)
        if title:
            return ctx.swiss(title)
    return activity.title


def item_title(ctx: Context, item: Any) -> str:
    """A checklist item's title: the catalogue's words in the record's language, else the user's."""
    if item.catalogue_key:
        title = catalogue_item_title(item.catalogue_key, ctx.lang)
        if title:
            return ctx.swiss(title)
    return item.title
