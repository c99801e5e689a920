"""The responsibility matrix (RACI) as a printed table: activities × people, letters centred.

Many people would squeeze the columns until names break letter by letter, so the people are
split over several tables of at most MAX_PEOPLE columns, each repeating the activities.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from leitplanken.domain.model import Letter, Person, UseCase
from leitplanken.i18n.labels import letter_label
from leitplanken.report.context import Context, Para, activity_title, fitting
from leitplanken.report.findings import raci_said
from leitplanken.report.front import severity_word
from leitplanken.report.styles import CELL_PAD, HEAD_GREY

MAX_PEOPLE = 6
#: Names in the matrix's heading are never set smaller than this; longer words wrap.
NAME_MIN_SIZE = 7
LONG_NAME = 80
#: The fewest letters a name is cut into at a hyphen the record adds ("Zimmer-" / "mann").
_PIECE = 3
ACTIVITY_SHARE = 0.31


def _columns(ctx: Context, uc: UseCase) -> list[Person]:
    """The matrix's people: its members in order, then anyone holding a letter without a column."""
    seen: list[str] = []
    for member in sorted(uc.members, key=lambda m: m.sort):
        if member.person_uuid not in seen:
            seen.append(member.person_uuid)
    for cell in uc.cells:
        if cell.person_uuid not in seen:
            seen.append(cell.person_uuid)
    out = []
    for uuid in seen:
        person = ctx.people.get(uuid)
        out.append(person if person is not None else Person(uuid=uuid, name="?"))
    return out


def head_style(ctx: Context, people: list[Person], width: float) -> Any:
    """One size for every name of the matrix: the largest at which no ordinary word of any
    name is cut in two, never below NAME_MIN_SIZE (longer words wrap at that size)."""
    styles = [fitting(ctx.styles.rotated_head, ctx.clean.plain(p.name), width - 2 * CELL_PAD,
                      NAME_MIN_SIZE) for p in people]
    return min(styles, key=lambda st: st.fontSize, default=ctx.styles.rotated_head)


def hyphenated(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too wide for its column as lines that fit: at its own hyphens first, else cut
    with a visible hyphen ("Zimmer-", "mann"), never a silent break inside the word."""
    if stringWidth(word, font, size) <= width:
        return [word]
    parts = re.findall(r"[^-]+-?|-", word)  # "Mustermann-", "Langname00"
    lines: list[str] = []
    for part in parts:
        if lines and stringWidth(lines[-1] + part, font, size) <= width:
            lines[-1] += part
            continue
        core, own = (part[:-1], "-") if part.endswith("-") and len(part) > 1 else (part, "")
        while stringWidth(core + own, font, size) > width and len(core) > 2 * _PIECE:
            cut = len(core) - _PIECE  # no piece shorter than _PIECE letters on either side
            while cut > _PIECE and stringWidth(core[:cut] + "-", font, size) > width:
                cut -= 1
            lines.append(core[:cut] + "-")
            core = core[cut:]
        lines.append(core + own)
    return lines


def _head(ctx: Context, person: Person, style: Any, width: float) -> Para:
    """A column heading: the name in the matrix's one name size, "external" beneath.

    Names wrap at spaces; a word wider than the column breaks at its hyphen or with one added.
    """
    room = width - 2 * CELL_PAD
    words = ctx.clean.plain(person.name).split(" ")
    text = " ".join("<br/>".join(ctx.esc(piece) for piece in hyphenated(
        w, style.fontName, style.fontSize, room)) if len(w) <= LONG_NAME else ctx.esc(w)
        for w in words)
    if not person.internal:
        text += '<br/><font size="6.5">' + ctx.esc(ctx.tr.translate("Report", "external")) + \
            "</font>"
    return Para(text, style)


def balanced(people: list[Person], most: int) -> list[list[Person]]:
    """The people in as few tables as `most` columns allow, as equal in size as can be
    (13 people: 5, 4, 4 rather than 6, 6, 1)."""
    if not people:
        return []
    groups = -(-len(people) // most)
    size, extra = divmod(len(people), groups)
    out, start = [], 0
    for g in range(groups):
        end = start + size + (1 if g < extra else 0)
        out.append(people[start:end])
        start = end
    return out


def raci_section(ctx: Context, uc: UseCase) -> list[Any]:
    """The matrix (split by people when wide), a legend and the rule findings beneath."""
    tr = ctx.tr
    story: list[Any] = [ctx.label(tr.translate(
        "Report", "Responsibility matrix (RACI)"), ctx.styles.h2)]
    activities = sorted(uc.activities, key=lambda a: a.sort)
    people = _columns(ctx, uc)
    if not activities or not people:
        story.append(ctx.text("<i>" + ctx.esc(tr.translate(
            "Report", "No responsibilities assigned yet.")) + "</i>"))
    letters: dict[tuple[str, str], list[str]] = {}
    for cell in uc.cells:
        letters.setdefault((cell.activity_uuid, cell.person_uuid), []).append(
            Letter(cell.letter).value)
    grey = Color(HEAD_GREY, HEAD_GREY, HEAD_GREY)
    share = ACTIVITY_SHARE * 100
    each = (100 - share) / MAX_PEOPLE
    names = head_style(ctx, people, ctx.width * each / 100)
    for group in balanced(people if activities else [], MAX_PEOPLE):
        rows: list[list[Any]] = [[Para(ctx.esc(tr.translate("Report", "Activity")),
                                            ctx.styles.cell_head)]
                                 + [_head(ctx, p, names, ctx.width * each / 100)
                                    for p in group]]
        extra: list[tuple] = [("ALIGN", (1, 0), (-1, -1), "CENTER"),
                              ("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
        for r, activity in enumerate(activities, start=1):
            row: list[Any] = [ctx.cell(activity_title(ctx, activity))]
            for c, person in enumerate(group, start=1):
                held = letters.get((activity.uuid, person.uuid), [])
                row.append(ctx.cell(" ".join(held), ctx.styles.cell_center))
                if "A" in held:
                    extra.append(("BACKGROUND", (c, r), (c, r), grey))
            rows.append(row)
        # a heading row taller than a page cannot be repeated on every page; let it split
        repeat = all(len(p.name) <= LONG_NAME for p in group)
        table = ctx.table(rows, [share] + [each] * len(group), extra=extra, repeat=repeat)
        story += [table, ctx.gap(4)]
    if activities and people:
        legend = " · ".join(ctx.esc(letter_label(x, tr)) for x in Letter)
        story.append(ctx.text(legend, ctx.styles.muted))
    for said in raci_said(ctx, uc):
        story.append(ctx.finding(severity_word(ctx, said.severity), said.text))
    return story
