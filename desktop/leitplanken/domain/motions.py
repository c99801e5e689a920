"""What a board is asked to decide on a use case: the motion, its options, the agenda kind.

The preparer writes the motion (one sentence the minute-taker can copy), the options and the
recommendation in the use case; the rules here say which options fit a status when the
preparer has written none, and whether a use case is on the agenda for decision or for
information. The wording of each option lives in `i18n/motion_labels.py`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from leitplanken.domain.model import AgendaKind, DecisionKind, Status, UseCase
from leitplanken.domain.pilot import DEFAULT_PILOT_TRAP_DAYS, is_pilot_trap_since


class MotionOption(StrEnum):
    """A course of action a board can choose for a use case."""

    START_EVALUATION = "start_evaluation"
    START_PILOT = "start_pilot"
    CONTINUE_EVALUATION = "continue_evaluation"
    GO_LIVE = "go_live"
    EXTEND_PILOT = "extend_pilot"  # with conditions and a new review date
    CONTINUE = "continue"  # keep it running as it is
    CHANGE = "change"
    RESUME = "resume"
    KEEP_PAUSED = "keep_paused"
    STOP = "stop"
    RESTART = "restart"  # a stopped use case is looked at again


_O = MotionOption
#: The options offered by default for each status, the usual next step first.
DEFAULT_OPTIONS: dict[Status, tuple[MotionOption, ...]] = {
    Status.IDEA: (_O.START_EVALUATION, _O.START_PILOT, _O.STOP),
    Status.EVALUATION: (_O.START_PILOT, _O.CONTINUE_EVALUATION, _O.STOP),
    Status.PILOT: (_O.GO_LIVE, _O.EXTEND_PILOT, _O.STOP),
    Status.OPERATION: (_O.CONTINUE, _O.CHANGE, _O.STOP),
    Status.PAUSED: (_O.RESUME, _O.KEEP_PAUSED, _O.STOP),
    Status.STOPPED: (_O.RESTART, _O.STOP),
}

#: The decision log entry an option becomes once the board has chosen it (None: no entry
#: changes the status, e.g. "continue as it is").
DECISION_OF: dict[MotionOption, DecisionKind | None] = {
    _O.START_EVALUATION: DecisionKind.START_EVALUATION,
    _O.START_PILOT: DecisionKind.START_PILOT,
    _O.CONTINUE_EVALUATION: None,
    _O.GO_LIVE: DecisionKind.GO_LIVE,
    _O.EXTEND_PILOT: DecisionKind.EXTEND_PILOT,
    _O.CONTINUE: None,
    _O.CHANGE: DecisionKind.CHANGE,
    _O.RESUME: DecisionKind.START_PILOT,
    _O.KEEP_PAUSED: None,
    _O.STOP: DecisionKind.STOP,
    _O.RESTART: DecisionKind.START_EVALUATION,
}


def default_options(status: Status) -> tuple[MotionOption, ...]:
    """The options that fit a use case's status when the preparer has written none."""
    return DEFAULT_OPTIONS[Status(status)]


def written_options(use_case: UseCase) -> list[str]:
    """The options the preparer wrote, one per line, blank lines and edge spaces dropped."""
    return [line.strip() for line in use_case.motion_options.splitlines() if line.strip()]


def has_motion(use_case: UseCase) -> bool:
    """Whether the preparer has written a motion the board can vote on."""
    return bool(use_case.motion.strip())


def agenda_kind(use_case: UseCase, today: date,
                pilot_trap_after: int = DEFAULT_PILOT_TRAP_DAYS,
                since: date | None = None) -> AgendaKind:
    """For decision or for information; AUTO resolves by the rule of the board paper.

    A use case is for decision when the preparer has written a motion or when it is a pilot
    past the pilot-trap threshold (the board has to decide, motion or not); otherwise it is
    for information. A kind chosen explicitly is kept as chosen. `since`: the pilot clock's
    start where it is known (from the use case's digest), so the decisions need not be read.
    """
    chosen = AgendaKind(use_case.agenda)
    if chosen != AgendaKind.AUTO:
        return chosen
    if has_motion(use_case) or is_pilot_trap_since(use_case, since, today, pilot_trap_after):
        return AgendaKind.DECISION
    return AgendaKind.INFORMATION
