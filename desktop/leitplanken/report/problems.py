"""What is missing for a board paper, found before the PDF is made so the preparer can fix it.

The record never prints a made-up motion or an empty signature block in silence: the export
dialog lists these problems with a link to the field that fixes each, and the record marks
the gap visibly when it is exported anyway. Kept free of reportlab (the dialog imports it).

`record_problems(workspace, options)` returns a list of `RecordProblem`, most fundamental
first (company, board, then the chosen use cases in record order). Each problem says

- `kind`: a `ProblemKind` (what is wrong),
- `record`: which record type holds the field to fix — "company", "board" or "use_case"
  (or "options" for a choice made in the export dialog itself),
- `use_case_uuid`: the use case concerned (None for company, board and options),
- `field`: the declared field name to edit ("name", "motion", "recommendation", …; for
  "board" problems None, since the fix is adding or changing a board member).

`problem_text(problem, workspace, tr)` words it in the caller's language (the dialog's).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leitplanken.domain.fields import Kind, every_record, record_type
from leitplanken.domain.model import AgendaKind, BoardRole, UseCase, Workspace
from leitplanken.domain.motions import MotionOption, agenda_kind, default_options, has_motion
from leitplanken.domain.motions import written_options as _written
from leitplanken.i18n.motion_labels import option_label
from leitplanken.i18n.translator import (
    LANGUAGES,
    MissingCatalogue,
    Translates,
    fill,
    normalize_language,
    require_translator,
)
from leitplanken.report.options import ReportOptions
from leitplanken.report.selection import choose_use_cases


class ProblemKind(StrEnum):
    """What the board paper lacks."""

    NO_COMPANY_NAME = "no_company_name"
    NO_BOARD_MEMBERS = "no_board_members"
    NO_CHAIR = "no_chair"
    NO_MINUTE_TAKER = "no_minute_taker"
    NO_MOTION = "no_motion"  # an item for decision without a motion
    RECOMMENDATION_NOT_AN_OPTION = "recommendation_not_an_option"
    NO_RETURN_DATE = "no_return_date"  # a circular resolution without a return date


@dataclass(frozen=True)
class RecordProblem:
    """One thing missing before export: what, on which record, in which field."""

    kind: ProblemKind
    record: str  # "company", "board", "use_case" or "options"
    use_case_uuid: str | None = None
    field: str | None = None


def chosen_use_cases(workspace: Workspace, options: ReportOptions) -> list[UseCase]:
    """The use cases the record shows, as report.selection chooses them (without reportlab)."""
    return choose_use_cases(workspace, options.use_case_uuids)


def agenda_of(uc: UseCase, workspace: Workspace, options: ReportOptions) -> AgendaKind:
    """Whether a use case is on this record for decision or for information."""
    found = options.digests.get(uc.uuid) if options.digests is not None else None
    return agenda_kind(uc, options.today, workspace.company.pilot_trap_days,
                       found.last_movement if found is not None else None)


def _fold(text: str) -> str:
    """A text compared without case, edge spaces or a trailing colon/full stop."""
    return " ".join(text.split()).rstrip(".:").casefold()


def option_texts(uc: UseCase, tr: Translates) -> list[str]:
    """The options the board is offered: the preparer's lines, else the status's defaults."""
    written = _written(uc)
    if written:
        return written
    return [option_label(o, tr) for o in default_options(uc.status)]


def recommended_index(uc: UseCase, texts: list[str], tr: Translates) -> int | None:
    """Which of the offered options the recommendation names (None: none or not one of them).

    The recommendation is an option's text (as written, or a default option's words in any of
    the app's languages, or its key such as "go_live"); case, spaces and a final colon do not
    matter, and a unique option that starts with the recommendation ("Go live" for "Go live:
    take it into regular operation") counts too.
    """
    wanted = _fold(uc.recommendation)
    if not wanted:
        return None
    folded = [_fold(t) for t in texts]
    if wanted in folded:
        return folded.index(wanted)
    if not _written(uc):
        index = _default_index(uc, wanted)
        if index is not None:
            return index
    starts = [i for i, t in enumerate(folded) if t.startswith(wanted) or wanted.startswith(t)]
    return starts[0] if len(starts) == 1 else None


def _default_index(uc: UseCase, wanted: str) -> int | None:
    """A default option named by its key or by its words in another language of the app."""
    defaults = default_options(uc.status)
    for i, option in enumerate(defaults):
        if wanted in (_fold(option.value), _fold(option.value.replace("_", " "))):
            return i
    for lang in LANGUAGES:
        try:
            other = require_translator(lang)
        except MissingCatalogue:
            continue
        for i, option in enumerate(defaults):
            label = _fold(option_label(MotionOption(option), other))
            if wanted == label or label.startswith(wanted):
                return i
    return None


def record_problems(workspace: Workspace, options: ReportOptions,
                    tr: Translates | None = None) -> list[RecordProblem]:
    """Everything the board paper of these options lacks, most fundamental first (see module)."""
    tr = tr or require_translator(normalize_language(options.language))
    found: list[RecordProblem] = []
    company = workspace.company
    if not company.name.strip():
        found.append(RecordProblem(ProblemKind.NO_COMPANY_NAME, "company", field="name"))
    known = {p.uuid for p in workspace.people}
    seated = [m for m in workspace.board if m.person_uuid in known]
    if not seated:
        found.append(RecordProblem(ProblemKind.NO_BOARD_MEMBERS, "board"))
    else:
        roles = {m.role for m in seated}
        if BoardRole.CHAIR not in roles:
            found.append(RecordProblem(ProblemKind.NO_CHAIR, "board"))
        if BoardRole.MINUTE_TAKER not in roles and options.include_minutes:
            found.append(RecordProblem(ProblemKind.NO_MINUTE_TAKER, "board"))
    if options.circular_resolution and options.circular_return_date is None:
        found.append(RecordProblem(ProblemKind.NO_RETURN_DATE, "options",
                                   field="circular_return_date"))
    for uc in chosen_use_cases(workspace, options):
        if agenda_of(uc, workspace, options) != AgendaKind.DECISION:
            continue
        if not has_motion(uc):
            found.append(RecordProblem(ProblemKind.NO_MOTION, "use_case", uc.uuid, "motion"))
        if uc.recommendation.strip() and recommended_index(uc, option_texts(uc, tr), tr) is None:
            found.append(RecordProblem(ProblemKind.RECOMMENDATION_NOT_AN_OPTION, "use_case",
                                       uc.uuid, "recommendation"))
    return found


def problem_text(problem: RecordProblem, workspace: Workspace, tr: Translates) -> str:
    """One problem as a sentence in `tr`'s language, naming the use case where there is one."""
    uc = workspace.use_case(problem.use_case_uuid) if problem.use_case_uuid else None
    title = (uc.title.strip() if uc else "") or tr.translate("Report", "Untitled use case")
    words = {
        ProblemKind.NO_COMPANY_NAME: tr.translate(
            "RecordProblems", "The company has no name: the cover would show none."),
        ProblemKind.NO_BOARD_MEMBERS: tr.translate(
            "RecordProblems", "The board has no members: the minutes and signature lines "
            "would carry no names."),
        ProblemKind.NO_CHAIR: tr.translate(
            "RecordProblems", "The board has no chair to sign the minutes."),
        ProblemKind.NO_MINUTE_TAKER: tr.translate(
            "RecordProblems", "The board has no minute-taker to sign the minutes."),
        ProblemKind.NO_MOTION: fill(tr.translate(
            "RecordProblems", "“%1” is for decision but has no motion: write what exactly "
            "the board is to resolve, or put it on the agenda for information."), title),
        ProblemKind.RECOMMENDATION_NOT_AN_OPTION: fill(tr.translate(
            "RecordProblems", "The recommendation for “%1” is not one of its options."), title),
        ProblemKind.NO_RETURN_DATE: tr.translate(
            "RecordProblems", "The circular resolution has no return date."),
    }
    return words[ProblemKind(problem.kind)]


@dataclass(frozen=True)
class GlyphGap:
    """A field whose text has characters the record's font cannot draw (printed as "?").

    `record` is the record type's table ("company", "person", "system", "use_case",
    "checklist_item", …), `uuid` the record, `use_case_uuid` the use case it belongs to (None
    for company, people and systems), `field` the declared field name, `chars` the characters.
    """

    record: str
    uuid: str
    use_case_uuid: str | None
    field: str
    chars: str


def glyph_gap_lines(workspace: Workspace, gaps: list[GlyphGap], tr: Translates) -> list[str]:
    """Each field with a "?" in the record, said as the user finds it: «use case» – field:
    characters (or the record's kind and name for the company, a person or a system)."""
    from leitplanken.i18n.labels import field_label, table_label  # delayed: only for a warning

    named = {g.use_case_uuid for g in gaps if g.use_case_uuid}
    records = {r.uuid: r for r in every_record(workspace, named)}
    lines = []
    for gap in gaps:
        record = records.get(gap.uuid)
        field = field_label(type(record), gap.field, tr) if record is not None else gap.field
        owner = workspace.use_case(gap.use_case_uuid) if gap.use_case_uuid else None
        if owner is not None:
            where = fill(tr.translate("Report", "Use case “%1”"), owner.title)
            if gap.record != "use_case":
                name = getattr(record, "title", "") or getattr(record, "name", "")
                where = fill("%1, %2 “%3”", where, table_label(gap.record, tr), name) \
                    if name else fill("%1, %2", where, table_label(gap.record, tr))
        else:
            name = getattr(record, "name", "") or getattr(record, "title", "")
            where = fill("%1 “%2”", table_label(gap.record, tr), name) if name \
                else table_label(gap.record, tr)
        lines.append(fill(tr.translate("Report", "%1 – %2: %3"), where, field,
                          " ".join(gap.chars)))
    return lines


def fields_with_missing_glyphs(workspace: Workspace, options: ReportOptions,
                               missing: set[str]) -> list[GlyphGap]:
    """Where the characters of RenderResult.missing_glyphs were typed, so the export dialog
    can name the fields; only the company, people, systems and the chosen use cases."""
    if not missing:
        return []
    chosen = {uc.uuid for uc in chosen_use_cases(workspace, options)}
    found: list[GlyphGap] = []
    for record in every_record(workspace, chosen):
        rt = record_type(type(record))
        owner = getattr(record, "use_case_uuid", None)
        if isinstance(record, UseCase):
            owner = record.uuid
        if owner is not None and owner not in chosen:
            continue
        for f in rt.fields:
            if f.kind not in (Kind.TEXT, Kind.LINE, Kind.TAGS):
                continue
            value = getattr(record, f.name)
            text = " ".join(value) if isinstance(value, list) else str(value or "")
            chars = "".join(sorted({ch for ch in text if ch in missing}))
            if chars:
                found.append(GlyphGap(rt.table, record.uuid, owner, f.name, chars))
    return found

