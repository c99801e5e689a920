"""What is missing for a board paper is named before export, in words, with the field to fix."""

from __future__ import annotations

from report_support import TODAY

from leitplanken.domain.model import AgendaKind, BoardRole, Status, Workspace
from leitplanken.i18n.translator import require_translator
from leitplanken.report.options import ReportOptions
from leitplanken.report.problems import (
    ProblemKind,
    RecordProblem,
    problem_text,
    record_problems,
)


def _kinds(ws: Workspace, **kw: object) -> list[ProblemKind]:
    options = ReportOptions(language="en", today=TODAY, **kw)  # type: ignore[arg-type]
    return [p.kind for p in record_problems(ws, options)]


def test_a_complete_paper_has_no_problems(workspace: Workspace) -> None:
    """The rich company has a name, a chair, a minute-taker and motions where needed."""
    for uc in workspace.use_cases:
        uc.recommendation = ""
        if uc.status != Status.STOPPED and not uc.motion:
            uc.agenda = AgendaKind.INFORMATION
    assert _kinds(workspace) == []


def test_missing_company_board_and_motion_are_named(workspace: Workspace) -> None:
    """An empty company name, a board without chair and a decision item without motion."""
    workspace.company.name = "  "
    workspace.board = [m for m in workspace.board if m.role != BoardRole.CHAIR]
    uc = next(u for u in workspace.use_cases if u.status != Status.STOPPED)
    uc.motion, uc.agenda = "", AgendaKind.DECISION
    found = record_problems(workspace, ReportOptions(language="en", today=TODAY))
    assert found[0] == RecordProblem(ProblemKind.NO_COMPANY_NAME, "company", None, "name")
    assert RecordProblem(ProblemKind.NO_CHAIR, "board") in found
    assert RecordProblem(ProblemKind.NO_MOTION, "use_case", uc.uuid, "motion") in found
    tr = require_translator("en")
    sentence = problem_text(RecordProblem(ProblemKind.NO_MOTION, "use_case", uc.uuid, "motion"),
                            workspace, tr)
    assert uc.title in sentence and "motion" in sentence


def test_no_board_at_all(workspace: Workspace) -> None:
    """Without any member the paper says so once, not once per missing role."""
    workspace.board = []
    kinds = _kinds(workspace)
    assert ProblemKind.NO_BOARD_MEMBERS in kinds
    assert ProblemKind.NO_CHAIR not in kinds


def test_recommendation_must_be_an_option(workspace: Workspace) -> None:
    """A recommendation is one of the offered options: written lines or the status defaults."""
    uc = next(u for u in workspace.use_cases if u.status == Status.PILOT)
    uc.agenda, uc.motion = AgendaKind.DECISION, "Den Piloten in den Regelbetrieb überführen."
    uc.motion_options = ""
    for fits in ("go_live", "Go live", "In den Regelbetrieb überführen", "Stop it"):
        uc.recommendation = fits
        assert ProblemKind.RECOMMENDATION_NOT_AN_OPTION not in _kinds(workspace), fits
    uc.motion_options = "Überführen\nVerlängern bis März\nEinstellen"
    uc.recommendation = "verlängern bis märz"
    assert ProblemKind.RECOMMENDATION_NOT_AN_OPTION not in _kinds(workspace)
    uc.recommendation = "Outsourcen"
    found = record_problems(workspace, ReportOptions(language="en", today=TODAY))
    assert RecordProblem(ProblemKind.RECOMMENDATION_NOT_AN_OPTION, "use_case", uc.uuid,
                         "recommendation") in found


def test_circular_resolution_needs_a_return_date(workspace: Workspace) -> None:
    """The members must know by when and to whom to send their votes back."""
    assert ProblemKind.NO_RETURN_DATE in _kinds(workspace, circular_resolution=True)
    assert ProblemKind.NO_RETURN_DATE not in _kinds(
        workspace, circular_resolution=True, circular_return_date=TODAY)


def test_the_fields_with_characters_the_font_lacks_are_named(workspace: Workspace) -> None:
    """The export can say where the "?" come from: which record, which field."""
    from leitplanken.report import render
    from leitplanken.report.problems import GlyphGap, fields_with_missing_glyphs

    uc = next(u for u in workspace.use_cases if u.status != Status.STOPPED)
    uc.problem = "Kanji 漢字"
    uc.checklist[0].note = "Flag 🇨🇭"
    workspace.company.name = "Firma 漢"
    options = ReportOptions(language="en", today=TODAY)
    result = render(workspace, options)
    gaps = fields_with_missing_glyphs(workspace, options, result.missing_glyphs)
    assert GlyphGap("use_case", uc.uuid, uc.uuid, "problem", "字漢") in gaps
    assert GlyphGap("company", workspace.company.uuid, None, "name", "漢") in gaps
    item = uc.checklist[0]
    assert [g.field for g in gaps if g.uuid == item.uuid] == ["note"]
    assert fields_with_missing_glyphs(workspace, options, set()) == []

