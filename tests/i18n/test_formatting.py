"""The one formatter agrees with babel's locale data, and keeps grouping at any size."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, get_decimal_symbol, get_group_symbol

from leitplanken.i18n.fmt import Formatter, code_spaced

LOCALES = ("de_CH", "de_DE", "de_AT", "en_GB", "en_US", "fr_CH", "it_CH")
#: Amounts below one million, where babel's own output is right in every version.
SMALL = ("0", "12.5", "999.99", "1200.50", "4800", "-1250.5", "999999.99")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("amount", SMALL)
def test_money_is_babels_own_below_a_million(locale: str, amount: str) -> None:
    """Where babel is right, the formatter says exactly what babel says."""
    assert Formatter(locale).money(Decimal(amount), "CHF") == code_spaced(format_currency(
        Decimal(amount), "CHF", locale=locale), "CHF")
    assert Formatter(locale).number(Decimal(amount), 2) == format_decimal(
        Decimal(amount), format="#,##0.00", locale=locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_grouping_kept_from_one_million_up(locale: str) -> None:
    """1,250,000.50 keeps both group marks in every locale, whatever babel's version."""
    group, point = get_group_symbol(locale), get_decimal_symbol(locale)
    expected = f"1{group}250{group}000{point}50"
    money = Formatter(locale).money(Decimal("1250000.50"), "CHF")
    assert expected in money and "CHF" in money
    assert Formatter(locale).number(Decimal("1250000.50"), 2) == expected
    big = Formatter(locale).money(Decimal("123456789012"), "EUR")
    assert f"123{group}456{group}789{group}012" in big


def test_swiss_literals_true_in_every_cldr() -> None:
    """What holds for de-CH in every CLDR: currency first, point for decimals, a mark for groups."""
    fmt = Formatter("de_CH")
    text = fmt.money(Decimal("1250000.50"), "CHF")
    assert text.startswith("CHF") and text.endswith("000.50")
    assert text.count(get_group_symbol("de_CH")) == 2 and get_group_symbol("de_CH") in ("'", "’")
    assert fmt.money(Decimal("-1250000.5"), "CHF").count(get_group_symbol("de_CH")) == 2
    assert fmt.date(date(2026, 12, 15)) == "15.12.2026"
    assert Formatter("de_DE").money(Decimal("1250000.5"), "EUR") == "1.250.000,50\xa0€"
    assert Formatter("en_US").money(Decimal("1250000.5"), "USD") == "$1,250,000.50"


def test_unknown_locale_falls_back_to_swiss() -> None:
    """A locale stored by a newer or foreign tool does not break formatting."""
    assert Formatter("xx_YY").locale == "de_CH"
    assert Formatter(None).money(None, "CHF") == ""
