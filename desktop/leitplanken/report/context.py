"""What every part of the record needs while it is built: words, formats, styles, safe text.

One object instead of seven parameters, so each section function reads like the page it makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.platypus import Paragraph, Spacer, Table

from leitplanken.domain.model import Person, UseCase, Workspace
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import Translator
from leitplanken.report.styles import Styles, grid_style
from leitplanken.report.text import TextCleaner


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

    def swiss(self, text: str) -> str:
        """App-made German text in Swiss spelling ("ss" for "ß") when the record is de_CH."""
        return text.replace("ß", "ss") if self.lang == "de_CH" else text

    def user(self, value: object, style: Any = None) -> Paragraph:
        """A paragraph showing a user value literally (escaped, drawable, wrapped)."""
        return Paragraph(self.clean.markup(value), style or self.styles.body)

    def cell(self, value: object, style: Any = None) -> Paragraph:
        """A table cell holding a user value literally."""
        return Paragraph(self.clean.markup(value), style or self.styles.cell)

    def text(self, markup: str, style: Any = None) -> Paragraph:
        """A paragraph of the app's own (trusted, translated) text; user parts escaped first."""
        return Paragraph(markup, style or self.styles.body)

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

    def table(self, rows: list[list[Any]], widths: list[float], *, header_rows: int = 1,
              extra: list[tuple] | None = None, repeat: bool = True) -> Table:
        """A grid table that fits the page width and may split across pages, even inside rows."""
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        table = Table(rows, colWidths=widths, repeatRows=header_rows if repeat else 0,
                      splitByRow=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(grid_style(header_rows) + (extra or []))
        return table

    def gap(self, height: float = 6) -> Spacer:
        """Vertical breathing space between blocks."""
        return Spacer(1, height)

    def heads(self, *labels: str) -> list[Paragraph]:
        """A table header row of translated labels."""
        return [Paragraph(self.clean.markup(label), self.styles.cell_head) for label in labels]


def activity_title(ctx: Context, activity: Any) -> str:
    """A RACI activity's title: the catalogue's words in the record's language, else the user's."""
    if activity.catalogue_key:
        from leitplanken.domain.catalogue import activity_title as catalogue_title

        title = catalogue_title(activity.catalogue_key, ctx.lang)
        if title:
            return ctx.swiss(title)
    return activity.title


def item_title(ctx: Context, item: Any) -> str:
    """A checklist item's title: the catalogue's words in the record's language, else the user's."""
    if item.catalogue_key:
        from leitplanken.domain.catalogue import item_title as catalogue_title

        title = catalogue_title(item.catalogue_key, ctx.lang)
        if title:
            return ctx.swiss(title)
    return item.title
