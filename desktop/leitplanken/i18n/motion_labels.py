"""The words of each motion option, in the language of the screen or of the record."""

from __future__ import annotations

from leitplanken.domain.motions import MotionOption
from leitplanken.i18n.translator import Translates


def option_label(value: MotionOption, tr: Translates) -> str:
    """A motion option as the board reads it ("Go live: take it into regular operation")."""
    return {
        MotionOption.START_EVALUATION: tr.translate("Motions", "Start an evaluation"),
        MotionOption.START_PILOT: tr.translate("Motions", "Start a pilot"),
        MotionOption.CONTINUE_EVALUATION: tr.translate("Motions", "Continue the evaluation"),
        MotionOption.GO_LIVE: tr.translate("Motions", "Go live: take it into regular operation"),
        MotionOption.EXTEND_PILOT: tr.translate(
            "Motions", "Extend the pilot with conditions and a new review date"),
        MotionOption.CONTINUE: tr.translate("Motions", "Continue as it is"),
        MotionOption.CHANGE: tr.translate("Motions", "Change it (scope, tool or responsibility)"),
        MotionOption.RESUME: tr.translate("Motions", "Resume it as a pilot"),
        MotionOption.KEEP_PAUSED: tr.translate("Motions", "Keep it paused until the next review"),
        MotionOption.STOP: tr.translate("Motions", "Stop it"),
        MotionOption.RESTART: tr.translate("Motions", "Look at it again (new evaluation)"),
    }[MotionOption(value)]
