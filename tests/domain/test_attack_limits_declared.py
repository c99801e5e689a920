"""Every field has its limit from its kind, and the app's own data keeps to the limits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leitplanken.domain import limits
from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.fields import RECORD_TYPES, Kind, every_record, record_type

TEXT_KINDS = {Kind.TEXT, Kind.LINE, Kind.CODE, Kind.REF, Kind.TAGS}
NUMBER_KINDS = {Kind.MONEY, Kind.NUMBER}


@pytest.mark.parametrize("f", [f for rt in RECORD_TYPES for f in rt.fields],
                         ids=lambda f: f.name)
def test_every_text_and_number_field_has_a_limit_from_its_kind(f) -> None:
    if f.kind in TEXT_KINDS:
        assert limits.max_chars(f) is not None
    if f.kind in NUMBER_KINDS:
        assert limits.number_limit(f.kind) is not None


@pytest.mark.parametrize("lang", ["de_CH", "de", "en"])
def test_the_demo_and_its_catalogue_keep_to_every_limit(lang: str) -> None:
    """The demo and the catalogue's checklists are stored by the app: none may be refused."""
    for record in every_record(demo_workspace(lang)):
        for f in record_type(type(record)).fields:
            value = getattr(record, f.name)
            if value is None:
                continue
            assert limits.text_too_long(f, value) is None, f.name
            if isinstance(value, Decimal):
                assert limits.number_out_of_range(f.kind, value) is None, f.name


NUMBERS = [
    ("1e999999", Kind.MONEY, "not below"), ("1" * 27, Kind.MONEY, "not below"),
    ("-1E+12", Kind.MONEY, "not below"), ("NaN", Kind.MONEY, "finite"),
    ("Infinity", Kind.NUMBER, "finite"), ("1000000.005", Kind.MONEY, "decimals"),
    ("1.00001", Kind.NUMBER, "decimals"), ("1E-30", Kind.NUMBER, "decimals"),
]


@pytest.mark.parametrize(("text", "kind", "why"), NUMBERS)
def test_numbers_outside_their_kinds_range(text: str, kind: Kind, why: str) -> None:
    assert why in (limits.number_out_of_range(kind, Decimal(text)) or "")


@pytest.mark.parametrize("text", ["0", "-0", "-0.00", "999999999999.99", "-999999999999.99",
                                  "1200.50", "1.50000", "1E+3"])
def test_amounts_inside_the_range(text: str) -> None:
    assert limits.number_out_of_range(Kind.MONEY, Decimal(text)) is None


@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_the_range_check_never_raises_and_minus_zero_is_zero(value: Decimal) -> None:
    for kind in NUMBER_KINDS:
        limits.number_out_of_range(kind, value)
        limits.number_out_of_range(kind, value, stored=True)
    if value.is_finite() and value.is_zero():
        assert not limits.canonical_number(value).is_signed()
