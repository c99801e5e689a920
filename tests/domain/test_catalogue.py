"""The catalogue: complete in both languages, stable keys, Swiss spelling, seeding a use case."""

from __future__ import annotations

import pytest

from leitplanken.domain import catalogue as cat
from leitplanken.domain.model import Category, ChecklistItem, RaciActivity, UseCase

LANGS = ("de", "de_CH", "en")


def test_version_one_has_the_articles_nine_activities():
    keys = [a.key for a in cat.activities("en")]
    assert keys == [
        "review_outputs", "handle_exceptions", "answer_for_decisions", "customer_escalation",
        "data_protection", "run_integration", "monitor_quality", "train_staff",
        "decide_operation",
    ]
    assert cat.CATALOGUE_VERSION == 1


def test_every_category_has_items_and_keys_are_unique():
    items = cat.checklist("en")
    assert {i.category for i in items} == set(Category)
    assert len({i.key for i in items}) == len(items)
    assert [i.category for i in items] == sorted((i.category for i in items),
                                                 key=list(Category).index)


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_filled_in_every_language(lang):
    for a in cat.activities(lang):
        assert a.title and a.guidance
    for i in cat.checklist(lang):
        assert i.title and i.hint
    for key in cat.article_hint_keys():
        assert cat.article_question(key, lang)
        assert cat.article_hint(key, lang)
        assert cat.article_example(key, lang)


def test_german_and_english_differ_and_swiss_has_no_sharp_s():
    de = cat.checklist("de")
    en = cat.checklist("en")
    ch = cat.checklist("de_CH")
    assert all(d.title != e.title for d, e in zip(de, en, strict=True))
    assert any("ß" in d.title for d in de)
    for entry in ch:
        assert "ß" not in entry.title + entry.hint
    for a in cat.activities("de-CH"):
        assert "ß" not in a.title + a.guidance
    assert cat.item_title("int_data_flow", "de").startswith("Daten fließen")
    assert cat.item_title("int_data_flow", "de_CH").startswith("Daten fliessen")


def test_legal_hints_cite_their_rule():
    assert "Art. 4" in cat.item_hint("dp_ai_literacy", "en")
    assert "Art. 50" in cat.item_hint("dp_transparency", "de")
    assert "Art. 21" in cat.item_hint("dp_human_review", "de_CH")


def test_article_problem_hint_quotes_the_article():
    assert cat.article_hint("problem", "de").startswith(
        "Nicht „Effizienz steigern“, sondern: „Wiederkehrende Anfragen automatisiert beantworten.“")
    assert "Answer recurring enquiries automatically" in cat.article_hint("problem", "en")


def test_lookup_by_key_and_unknown_keys():
    assert cat.activity_title("data_protection", "de") == "Datenschutz"
    assert cat.activity_title("data_protection", "en") == "Data protection"
    assert cat.activity_title("no_such_key", "en") == ""
    assert cat.item_title("no_such_key", "de") == ""
    assert "who checks" in cat.activity_guidance("review_outputs", "en").lower()


def test_labels_prefer_the_catalogue_and_fall_back_to_the_stored_title():
    known = RaciActivity(catalogue_key="data_protection", title="Datenschutz")
    assert cat.activity_label(known, "en") == "Data protection"
    own = RaciActivity(title="Lieferanten informieren")
    assert cat.activity_label(own, "en") == "Lieferanten informieren"
    newer = ChecklistItem(catalogue_key="from_version_9", title="Neuer Punkt")
    assert cat.item_label(newer, "en") == "Neuer Punkt"


def test_seed_use_case_adds_everything_once():
    uc = UseCase(title="x")
    cat.seed_use_case(uc, "de_CH")
    assert len(uc.activities) == 9
    assert len(uc.checklist) == len(cat.checklist("de"))
    assert len(uc.cx) == 3
    assert all(a.use_case_uuid == uc.uuid for a in uc.activities + uc.checklist + uc.cx)
    assert [a.sort for a in uc.activities] == list(range(9))
    assert "ß" not in "".join(i.title for i in uc.checklist)
    required = {i.key: i.required for i in cat.checklist("en")}
    assert all(i.required == required[i.catalogue_key] for i in uc.checklist)
    cat.seed_use_case(uc, "de_CH")
    assert len(uc.activities) == 9 and len(uc.cx) == 3


def test_unknown_future_version_falls_back_to_newest_known():
    assert cat.catalogue(99).version == cat.CATALOGUE_VERSION
    assert cat.catalogue(0).version == min(cat.CATALOGUES)


def test_language_codes():
    assert cat.text_language("de_CH") == "de"
    assert cat.text_language("en_GB") == "en"
    assert cat.text_language(None) == "en"
    assert cat.is_swiss("de-CH") and not cat.is_swiss("de")
    assert cat.catalogue_text({"de": "Straße", "en": "street"}, "fr") == "street"
    assert cat.catalogue_text({"de": "Straße"}, "en") == "Straße"
