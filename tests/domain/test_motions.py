"""The board's options per status and the agenda rule (for decision / for information)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leitplanken.domain.model import AgendaKind, Status, UseCase
from leitplanken.domain.motions import (
    DECISION_OF,
    MotionOption,
    agenda_kind,
    default_options,
    written_options,
)
from leitplanken.i18n.motion_labels import option_label
from leitplanken.i18n.translator import Translator

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("status", list(Status))
def test_every_status_offers_stop_and_a_next_step(status: Status) -> None:
    """Each status has at least two options, one of them stopping, none twice."""
    options = default_options(status)
    assert len(options) >= 2 and MotionOption.STOP in options
    assert len(set(options)) == len(options)


def test_a_pilot_goes_live_is_extended_or_stops() -> None:
    """The issue's example: a pilot's options in order."""
    assert default_options(Status.PILOT) == (
        MotionOption.GO_LIVE, MotionOption.EXTEND_PILOT, MotionOption.STOP)
    assert default_options(Status.OPERATION)[0] == MotionOption.CONTINUE


def test_every_option_has_words_and_a_decision_entry() -> None:
    """No option without a label in English; every option says what the log records."""
    tr = Translator("en")
    for option in MotionOption:
        assert option_label(option, tr).strip()
        assert option in DECISION_OF


def test_written_options_drop_blank_lines() -> None:
    """One option per line; blank lines and edge spaces are not options."""
    uc = UseCase(title="x", motion_options="  Go live \n\n Stop\n   \n")
    assert written_options(uc) == ["Go live", "Stop"]


def test_agenda_auto_rule() -> None:
    """AUTO: a motion or a pilot in the trap puts it up for decision; else for information."""
    plain = UseCase(title="x", status=Status.EVALUATION)
    assert agenda_kind(plain, TODAY) == AgendaKind.INFORMATION
    plain.motion = "The board resolves to start a pilot."
    assert agenda_kind(plain, TODAY) == AgendaKind.DECISION
    trapped = UseCase(title="y", status=Status.PILOT, created_on=TODAY - timedelta(days=200),
                      pilot_start=TODAY - timedelta(days=120))
    assert agenda_kind(trapped, TODAY, 90) == AgendaKind.DECISION
    assert agenda_kind(trapped, TODAY, 150) == AgendaKind.INFORMATION


def test_a_chosen_agenda_kind_is_kept() -> None:
    """What the preparer chose in the export dialog wins over the rule."""
    uc = UseCase(title="x", motion="Resolve.", agenda=AgendaKind.INFORMATION)
    assert agenda_kind(uc, TODAY) == AgendaKind.INFORMATION
    uc = UseCase(title="x", agenda=AgendaKind.DECISION)
    assert agenda_kind(uc, TODAY) == AgendaKind.DECISION
