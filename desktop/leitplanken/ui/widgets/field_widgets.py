"""Small input widgets the forms share: multi-line text that commits when the user pauses,
an optional date, and numbers and money typed the way the locale writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QWidget

from leitplanken.i18n.fmt import safe_locale

#: The date an OptionalDateEdit shows as "no date".
_NO_DATE = QDate(1900, 1, 1)


def qt_date_format(locale: str) -> str:
    """Babel's short date pattern of the locale in Qt's notation, always with a 4-digit year."""
    from babel import Locale

    pattern = Locale.parse(safe_locale(locale)).date_formats["short"].pattern
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        run = 1
        while i + run < len(pattern) and pattern[i + run] == ch:
            run += 1
        token = ch * run
        if ch == "y":
            token = "yyyy"
        elif ch == "'":
            token = ""
        out.append(token)
        i += run
    return "".join(out)


def parse_decimal(text: str, locale: str) -> Decimal | None:
    """A number typed in the locale's way ("1’200.50", "1.200,50") or plainly; None for empty.

    Raises ValueError when the text is not a number, so the form can say so.
    """
    from babel.numbers import NumberFormatError
    from babel.numbers import parse_decimal as babel_parse

    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ".,'’ -\u00a0\u202f")
    cleaned = cleaned.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not text.strip():
        return None
    if not any(ch.isdigit() for ch in cleaned):
        raise ValueError(text)
    try:
        return babel_parse(cleaned, locale=safe_locale(locale), strict=False)
    except NumberFormatError:
        try:
            return Decimal(cleaned.replace("'", "").replace("’", "").replace(",", "."))
        except InvalidOperation as err:
            raise ValueError(text) from err


class CommittingTextEdit(QPlainTextEdit):
    """Plain text that emits `committed` after a pause in typing, on focus out and on demand."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, pause_ms: int = 700) -> None:
        """Typing restarts a timer; the text is handed over when it fires."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.commit)
        self._programmatic = False
        self.textChanged.connect(self._typed)

    def set_text(self, text: str) -> None:
        """Shows stored text without committing it back (keeps the cursor if nothing changed)."""
        if self.toPlainText() == text:
            return
        self._programmatic = True
        self.setPlainText(text)
        self._programmatic = False
        self._timer.stop()

    def _typed(self) -> None:
        """Starts or restarts the pause timer for user edits."""
        if not self._programmatic:
            self._timer.start()

    def pending(self) -> bool:
        """Whether typed text has not been handed over yet."""
        return self._timer.isActive()

    def commit(self) -> None:
        """Hands over the text now (the receiver ignores it when nothing changed)."""
        self._timer.stop()
        self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the field commits what was typed."""
        if self._timer.isActive():
            self.commit()
        super().focusOutEvent(event)


class OptionalDateEdit(QDateEdit):
    """A date picker that can also hold "no date" (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Calendar popup; the minimum date stands for "no date"."""
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        """The chosen date, None for "no date"."""
        qd = self.date()
        return None if qd == _NO_DATE else date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        """Shows a date or "no date" without emitting dateChanged."""
        self.blockSignals(True)
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.blockSignals(False)
