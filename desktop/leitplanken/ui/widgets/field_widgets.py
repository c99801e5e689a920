"""Small input widgets the forms share: multi-line text that commits when the user pauses,
an optional date, and numbers and money typed the way the locale writes them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QWidget

from leitplanken.domain import limits
from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import NumberLimit
from leitplanken.i18n.fmt import safe_locale
from leitplanken.i18n.translator import fill

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


class NumberOutOfRange(ValueError):
    """A typed number outside its kind's range (too large, too many decimals, not finite)."""

    def __init__(self, text: str, limit: NumberLimit) -> None:
        """Keeps what was typed and the range, so the form can name both."""
        super().__init__(text)
        self.text = text
        self.limit = limit


#: A currency written before or after the amount ("CHF 1200", "1200 EUR", "Fr. 50", "€ 9"),
#: the only letters a typed amount may carry: "1e999999" must not become 1999999.
_CURRENCY = re.compile(r"^\s*([A-Za-z]{1,3}\.?|[€$£¥])\s*|\s*([A-Za-z]{1,3}\.?|[€$£¥])\s*$")


def parse_decimal(text: str, locale: str, kind: Kind | None = None) -> Decimal | None:
    """A number typed in the locale's way ("1’200.50", "1.200,50") or plainly; None for empty.

    Raises ValueError when the text is not a number, so the form can say so, and
    NumberOutOfRange when it is outside the range of `kind` (MONEY, NUMBER).
    """
    from babel.numbers import NumberFormatError
    from babel.numbers import parse_decimal as babel_parse

    if not text.strip():
        return None
    bare = _CURRENCY.sub("", text, count=2)
    if any(ch.isalpha() for ch in bare) or len(bare) > _MAX_TYPED:
        raise ValueError(text)  # "NaN", "Infinity", "1e5", a pasted paragraph
    cleaned = "".join(ch for ch in bare if ch.isdigit() or ch in ".,'’ -\u00a0\u202f")
    cleaned = cleaned.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not any(ch.isdigit() for ch in cleaned):
        raise ValueError(text)
    try:
        number = babel_parse(cleaned, locale=safe_locale(locale), strict=False)
    except NumberFormatError:
        try:
            number = Decimal(cleaned.replace("'", "").replace("’", "").replace(",", "."))
        except InvalidOperation as err:
            raise ValueError(text) from err
    limit = limits.number_limit(kind) if kind is not None else None
    if kind is not None and limit is not None and limits.number_out_of_range(kind, number):
        raise NumberOutOfRange(text, limit)
    return limits.canonical_number(number)


#: Characters a typed number may have: a trillion with grouping, decimals and a currency.
_MAX_TYPED = 60


class CommittingTextEdit(QPlainTextEdit):
    """Plain text that emits `committed` after a pause in typing, on focus out and on demand."""

    committed = Signal(str)
    #: Typed or pasted text went beyond max_length and was cut (the message says so).
    limit_reached = Signal(str)

    def __init__(self, parent: QWidget | None = None, pause_ms: int = 700) -> None:
        """Typing restarts a timer; the text is handed over when it fires."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        #: The most characters the field takes (a text field's limit, domain/limits.py).
        self.max_length = limits.TEXT_LIMITS[Kind.TEXT].chars
        #: The message shown when typed or pasted text was cut at max_length ("" when not).
        self.limit_message = ""
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("text-limit-message")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet(
            "background: #fff4e5; color: #7a3e00; border: 1px solid #e0a060; padding: 2px;")
        self.limit_label.hide()
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(8000)
        self._banner_timer.timeout.connect(self.limit_label.hide)
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
        """Starts or restarts the pause timer for user edits; cuts text beyond the limit."""
        if self._programmatic:
            return
        if self.document().characterCount() - 1 > self.max_length:
            self._cut()
        self._timer.start()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        """A paste inserts only what fits, so a pasted 500 MB text cannot freeze the window."""
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text = source.text()
        room = self.max_length - (self.document().characterCount() - 1) + len(
            self.textCursor().selectedText())
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[: max(room, 0)])
        self._cut()  # says so (and cuts, should anything still be beyond the limit)

    def _cut(self) -> None:
        """Keeps the first max_length characters and says so where the user is looking."""
        cursor = self.textCursor()
        position = min(cursor.position(), self.max_length)
        self._programmatic = True
        self.setPlainText(self.toPlainText()[: self.max_length])
        self._programmatic = False
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.limit_message = fill(QCoreApplication.translate(
            "FieldWidgets", "This field holds at most %1 characters; the rest was cut off."),
            self.max_length)
        # a banner inside the field, where the user is looking (a tooltip would vanish at once)
        self.limit_label.setText(self.limit_message)
        self.limit_label.setMaximumWidth(max(self.viewport().width() - 8, 120))
        self.limit_label.adjustSize()
        self.limit_label.move(4, max(self.height() - self.limit_label.height() - 4, 0))
        self.limit_label.show()
        self.limit_label.raise_()
        self._banner_timer.start()
        self.limit_reached.emit(self.limit_message)

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
