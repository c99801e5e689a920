"""The one formatter for dates, numbers and money, used by the window, the PDF and the CLI.

Babel is the single source of locale data (Qt's QLocale disagrees on details such as Swiss
digit grouping), so everything a user reads is formatted here.
"""

from __future__ import annotations

import datetime as dt  # as a module: the methods date() and datetime() shadow the names
import decimal
import re
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_group_symbol,
    parse_pattern,
)


def safe_locale(code: str | None) -> str:
    """A locale babel knows; German (Switzerland) when the stored one is unusable."""
    code = (code or "").replace("-", "_")
    try:
        Locale.parse(code)
        return code
    except (ValueError, UnknownLocaleError, TypeError):
        return "de_CH"


def locale_name(code: str, language: str) -> str:
    """A locale as people read it ("Deutsch (Schweiz)"), in the given interface language."""
    try:
        name = Locale.parse(safe_locale(code)).get_display_name(safe_locale(language))
    except (ValueError, UnknownLocaleError):
        name = None
    return name or code


#: Locales whose conventions a record in each language may keep from the company.
_RECORD_LOCALES = {"de": ("de_DE", ("de_DE", "de_AT", "de_LU", "de_BE", "de_IT")),
                   "de_CH": ("de_CH", ("de_CH", "de_LI")),
                   "en": ("en_GB", ("en_GB", "en_US", "en_IE", "en_AU", "en_CA", "en_NZ"))}


def record_locale(language: str, company_locale: str | None) -> str:
    """The locale a record in `language` formats with, whatever the company's locale.

    A record's dates, month names and numbers follow its language ("8 December 2026" and
    "CHF 1,500.00" in an English record of a Swiss company); the company's own locale is kept
    only where it speaks that language (an Austrian company's German record stays Austrian).
    """
    default, kept = _RECORD_LOCALES.get(language, _RECORD_LOCALES["en"])
    company = safe_locale(company_locale)
    return company if company in kept else default


def code_spaced(text: str, currency: str) -> str:
    """An amount whose ISO code babel wrote straight onto the digits ("CHF1,500.00", en_GB),
    with a no-break space between them, as CLDR's currency spacing asks."""
    if not currency.isalpha():
        return text
    return re.sub(re.escape(currency) + r"(?=[\d\-−])", currency + "\u00a0", text)


class Formatter:
    """Formats values for one locale ("de_CH", "de_DE", "en_GB", …)."""

    def __init__(self, locale: str | None) -> None:
        """Remembers the locale, falling back to de_CH when it is unknown."""
        self.locale = safe_locale(locale)

    def date(self, value: dt.date | None, length: str = "medium") -> str:
        """A date as people of the locale write it ("25.11.2026"); empty for None."""
        if value is None:
            return ""
        return format_date(value, format=length, locale=self.locale)

    def date_short(self, value: dt.date | None) -> str:
        """A compact date with the full year, for tables ("25.11.2026" / "11/25/2026")."""
        if value is None:
            return ""
        return format_date(value, format="short", locale=self.locale) if _has_full_year(
            self.locale
        ) else format_date(value, format="medium", locale=self.locale)

    def datetime(self, value: dt.datetime | None) -> str:
        """A timestamp to the minute."""
        if value is None:
            return ""
        return format_datetime(value, format="medium", locale=self.locale)

    def number(self, value: int | float | Decimal | None, digits: int | None = None) -> str:
        """A number with the locale's grouping; `digits` fixes the decimals."""
        if value is None:
            return ""
        usable = _usable(value)
        if isinstance(usable, str):
            return usable
        if digits is None:
            return self._safely(format_decimal, usable, None)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return self._safely(format_decimal, usable, pattern)

    def money(self, value: Decimal | int | float | None, currency: str) -> str:
        """An amount with its currency ("CHF 1’200.00")."""
        if value is None:
            return ""
        usable = _usable(value)
        if isinstance(usable, str):
            return f"{currency or 'CHF'}\u00a0{usable}"
        return code_spaced(self._safely(format_currency, usable, None, currency or "CHF"),
                           currency or "CHF")

    def _safely(self, babel_format: Any, value: Decimal, pattern: str | None, *args: str) -> str:
        """Babel's answer with enough precision for any number in range; never raises.

        Babel rounds in the current decimal context (28 digits) and raises InvalidOperation
        beyond it; a value from a damaged file or a bug must still show, so anything babel
        cannot format comes out in scientific notation rather than breaking the window.
        """
        try:
            with decimal.localcontext(prec=_PRECISION):
                return self._grouped(babel_format, value, pattern, *args)
        except (ArithmeticError, ValueError):
            return _scientific(value)

    def _grouped(self, babel_format: Any, value: Any, pattern: str | None, *args: str) -> str:
        """Babel's answer, with its grouping restored where babel itself loses it.

        Babel 2.19 writes the Swiss grouping mark as an apostrophe and then strips every pair
        of apostrophes as pattern quoting: 1'250'000 comes out as 1250000. For such locales
        the number is formatted without grouping and grouped here with babel's own mark and
        sizes, which is what babel prints for every amount below one million.
        """
        group = get_group_symbol(self.locale)
        kwargs: dict[str, Any] = {"locale": self.locale}
        if pattern is not None:
            kwargs["format"] = pattern
        if "'" not in group:
            return str(babel_format(value, *args, **kwargs))
        plain = str(babel_format(value, *args, group_separator=False, **kwargs))
        if pattern is not None:
            primary, secondary = parse_pattern(pattern).grouping
        elif babel_format is format_currency:
            primary, secondary = Locale.parse(self.locale).currency_formats["standard"].grouping
        else:
            primary, secondary = Locale.parse(self.locale).decimal_formats[None].grouping
        return _INTEGER_DIGITS.sub(lambda m: _group(m.group(0), group, primary, secondary),
                                   plain, count=1)

    def percent(self, value: float | None) -> str:
        """A share between 0 and 1 as a percentage."""
        if value is None:
            return ""
        return format_percent(value, locale=self.locale)


#: Numbers from this magnitude on are shown in scientific notation (no kind allows them, see
#: domain/limits.py; formatting a million digits would freeze the window).
_HUGE = Decimal(10) ** 18
#: Decimal precision while formatting: every digit of a number below _HUGE with its decimals.
_PRECISION = 60


def _usable(value: int | float | Decimal) -> Decimal | str:
    """The value as a Decimal babel can format, or the text to show instead of formatting it."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(value)
        if number.is_nan():
            return "—"
        if number.is_infinite():
            return "∞" if number > 0 else "-∞"
        if number.is_zero():
            return number.copy_abs()  # "-0.00" is no amount anyone means
        if abs(number) >= _HUGE:
            return _scientific(number)
        return number
    except (ArithmeticError, ValueError, TypeError):
        return str(value)


def _scientific(value: Decimal) -> str:
    """A number too large (or odd) for grouping, as "1.235E+30"; never raises."""
    try:
        return f"{value:.3E}"
    except (ArithmeticError, ValueError):
        return str(value)


#: The integer part of a formatted number: the first run of digits.
_INTEGER_DIGITS = re.compile(r"\d+")


def _group(digits: str, mark: str, primary: int, secondary: int) -> str:
    """Digits with a group mark every `primary`, then every `secondary`, from the right."""
    if len(digits) <= primary:
        return digits
    head, tail = digits[:-primary], digits[-primary:]
    groups = [tail]
    while len(head) > secondary:
        groups.insert(0, head[-secondary:])
        head = head[:-secondary]
    return mark.join([head, *groups])


def _has_full_year(locale: str) -> bool:
    """Whether the locale's short date pattern keeps four-digit years."""
    return "yyyy" in Locale.parse(locale).date_formats["short"].pattern
