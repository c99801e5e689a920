"""Small input widgets the forms share: multi-line text that commits when the user pauses,
an optional date, and numbers and money typed the way the locale writes them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
    QWidgetAction,
)

from leitplanken.domain import limits
from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import NumberLimit
from leitplanken.i18n.fmt import safe_locale
from leitplanken.i18n.translator import fill
from leitplanken.ui.widgets.colours import banner_style, field_error_style


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
        self.limit_label.setStyleSheet(banner_style())
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


#: A calendar day (the date widget's own date() method hides the name inside its class).
Day = date


def date_order(locale: str) -> str:
    """The order day, month and year are written in the locale ("DMY" for de_CH, "MDY" for en_US)."""
    pattern = qt_date_format(locale)
    seen: list[str] = []
    for ch in pattern:
        letter = {"d": "D", "M": "M", "y": "Y"}.get(ch)
        if letter and letter not in seen:
            seen.append(letter)
    return "".join(seen) if len(seen) == 3 else "DMY"


#: A typed date: three groups of digits with any of . / - or spaces between them.
_DATE_PARTS = re.compile(r"^\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\s*\.?\s*$")


def parse_date(text: str, locale: str) -> date | None:
    """A date typed in the locale's order (15.12.2026, 15.12.26, 1.2.2027) or ISO (2026-12-15).

    None for empty text; ValueError when the text is no date, so the form can say so.
    """
    if not text.strip():
        return None
    match = _DATE_PARTS.match(text)
    if match is None:
        raise ValueError(text)
    first, second, third = match.groups()
    if len(first) == 4:  # ISO 8601: year first
        year, month, day = int(first), int(second), int(third)
    else:
        if len(third) not in (2, 4):
            raise ValueError(text)
        values = dict(zip(date_order(locale), (int(first), int(second), int(third)), strict=True))
        year, month, day = values["Y"], values["M"], values["D"]
        if len(third) == 2:
            year += 2000  # "15.12.26": the century of these plans
    if year < 1900:
        raise ValueError(text)
    try:
        return date(year, month, day)
    except ValueError as err:
        raise ValueError(text) from err


def date_placeholder(locale: str) -> str:
    """The locale's date pattern in the interface language's letters ("TT.MM.JJJJ", "DD/MM/YYYY")."""
    letters = {
        "d": QCoreApplication.translate("FieldWidgets", "D"),
        "M": QCoreApplication.translate("FieldWidgets", "M"),
        "y": QCoreApplication.translate("FieldWidgets", "Y"),
    }
    return "".join(letters.get(ch, ch) for ch in qt_date_format(locale))


def _calendar_icon() -> QIcon:
    """A small calendar sheet drawn in the palette's text colour (no image files needed)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    painter.setPen(colour)
    painter.drawRect(2, 3, 11, 10)
    painter.fillRect(2, 3, 12, 3, colour)
    for x in (5, 8, 11):
        for y in (8, 11):
            painter.drawPoint(x, y)
    painter.end()
    return QIcon(pixmap)


class OptionalDateEdit(QLineEdit):
    """A date typed in the locale's order or ISO, or picked from a calendar; empty means "no date".

    Qt's QDateEdit cannot be empty and mangles digits typed into its "no date" state, so this
    is a line edit: typing is parsed when the user presses Enter or leaves the field, the
    calendar button opens at the date shown (or today), and the clear button empties it. Text
    that is no date is kept, marked and said (`invalid`), never silently dropped.
    """

    #: The value changed by the user (an invalid QDate for "no date").
    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit users know
    #: What was typed is no date; the text says so in the interface language.
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty, with a placeholder in the locale's pattern and the calendar and clear buttons."""
        super().__init__(parent)
        self._value: Day | None = None
        self._format = "dd.MM.yyyy"
        self._locale_code = "de_CH"
        self.error = ""
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setClearButtonEnabled(True)
        self.calendar_popup = QMenu(self)
        self.calendar = QCalendarWidget(self.calendar_popup)
        self.calendar.setGridVisible(True)
        holder = QWidgetAction(self.calendar_popup)
        holder.setDefaultWidget(self.calendar)
        self.calendar_popup.addAction(holder)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.editingFinished.connect(self.commit_text)
        self.textEdited.connect(self._typed)
        self._retranslate()

    # -- format ----------------------------------------------------------------------------
    def setDisplayFormat(self, fmt: str) -> None:  # noqa: N802 - QDateEdit's name
        """How a date is shown (Qt's notation, e.g. "dd.MM.yyyy")."""
        self._format = fmt
        self._show()

    def displayFormat(self) -> str:  # noqa: N802 - QDateEdit's name
        """How a date is shown."""
        return self._format

    def set_locale(self, locale: str) -> None:
        """The company's locale ("de_CH"): the order typed dates are read in and the pattern shown."""
        self.setLocale(QLocale(locale))

    def setLocale(self, locale: QLocale | QLocale.Language) -> None:  # noqa: N802 - Qt's name
        """Takes the locale's order for typed dates, its pattern and its calendar."""
        locale = QLocale(locale)
        super().setLocale(locale)
        self._locale_code = safe_locale(locale.name())
        self.calendar.setLocale(locale)
        self._format = qt_date_format(self._locale_code)
        self._retranslate()
        self._show()

    def _retranslate(self) -> None:
        """Placeholder and tooltips in the interface language."""
        self.setPlaceholderText(date_placeholder(self._locale_code))
        example = QDate(2026, 12, 15).toString(qt_date_format(self._locale_code))
        self.calendar_action.setText(QCoreApplication.translate("FieldWidgets", "Open the calendar"))
        self.calendar_action.setToolTip(QCoreApplication.translate("FieldWidgets", "Open the calendar"))
        if not self.error:
            self.setToolTip(fill(QCoreApplication.translate(
                "FieldWidgets", "Type a date, e.g. %1 or 2026-12-15, or pick it from the calendar. "
                "Empty means no date."), example))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- value -----------------------------------------------------------------------------
    def value(self) -> Day | None:
        """The date held, None for "no date" (text that is no date does not change it)."""
        return self._value

    def set_value(self, value: Day | None) -> None:
        """Shows a date or "no date" without emitting dateChanged."""
        self._value = value
        self._set_error("")
        self._show()

    def date(self) -> QDate:
        """The date held as a QDate (invalid for "no date")."""
        v = self._value
        return QDate(v.year, v.month, v.day) if v is not None else QDate()

    def setDate(self, qdate: QDate) -> None:  # noqa: N802 - QDateEdit's name
        """Sets a date as if the user had picked it (emits dateChanged when it changes)."""
        self._set(date(qdate.year(), qdate.month(), qdate.day()) if qdate.isValid() else None)

    def is_valid(self) -> bool:
        """Whether the text shown is a date or empty (not something that is no date)."""
        try:
            parse_date(self.text(), self._locale_code)
        except ValueError:
            return False
        return True

    def _show(self) -> None:
        """The held value in the display format (empty for "no date")."""
        text = self.date().toString(self._format) if self._value is not None else ""
        if self.text() != text:
            self.setText(text)

    def _set(self, value: Day | None) -> None:
        """Takes a new value from the user, shows it, and tells listeners when it changed."""
        changed = value != self._value
        self._value = value
        self._set_error("")
        self._show()
        if changed:
            self.dateChanged.emit(self.date())

    def _set_error(self, message: str) -> None:
        """Marks the field and says what is wrong; an empty message clears the mark."""
        self.error = message
        self.setProperty("invalid", bool(message))
        self.setStyleSheet(field_error_style() if message else "")
        if message:
            self.setToolTip(message)
        else:
            self._retranslate()

    def _typed(self, text: str) -> None:
        """Clearing the field with the clear button or by deleting everything means no date."""
        if not text:
            self._set(None)

    def commit_text(self) -> bool:
        """Reads what was typed; False (and a message) when it is no date."""
        text = self.text()
        try:
            value = parse_date(text, self._locale_code)
        except ValueError:
            example = QDate(2026, 12, 15).toString(qt_date_format(self._locale_code))
            message = fill(QCoreApplication.translate(
                "FieldWidgets", "“%1” is not a date. Please type it like %2 or 2026-12-15; "
                "nothing was changed."), text.strip(), example)
            self._set_error(message)
            self.invalid.emit(message)
            return False
        self._set(value)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Alt+Down or F4 opens the calendar, as in Qt's own date fields."""
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # -- calendar --------------------------------------------------------------------------
    def open_calendar(self) -> None:
        """Shows the calendar at the date held, or at today when there is none."""
        if self.isReadOnly():
            return
        self.calendar.setSelectedDate(self.date() if self._value is not None else QDate.currentDate())
        self.calendar_popup.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        """A day chosen in the calendar becomes the value."""
        self.calendar_popup.close()
        self.setDate(qdate)
        self.setFocus()
