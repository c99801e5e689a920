"""The window names the board as the company calls it, with German's article and case."""

from __future__ import annotations

import pytest

from leitplanken.i18n.board_grammar import interface_phrases
from leitplanken.i18n.labels import mnemonic_letters, mnemonic_on_noun


@pytest.mark.parametrize(("name", "language", "accusative", "genitive"), [
    ("Verwaltungsrat", "de_CH", "den Verwaltungsrat", "des Verwaltungsrats"),
    ("Geschäftsleitung", "de", "die Geschäftsleitung", "der Geschäftsleitung"),
    ("Gremium", "de", "das Gremium", "des Gremiums"),
    ("Aufsicht Nord", "de", "das Gremium \u201eAufsicht Nord\u201c", "des Gremiums \u201eAufsicht Nord\u201c"),
    ("Verwaltungsrat", "en", "the board of directors", "the board of directors"),
    ("Advisory Council", "en", "the Advisory Council", "the Advisory Council"),
    ("", "en", "the board", "the board"),
])
def test_the_board_in_the_windows_sentences(name, language, accusative, genitive) -> None:
    phrases = interface_phrases(name, language, "Gremium" if language.startswith("de") else "board")
    assert (phrases.accusative, phrases.genitive) == (accusative, genitive)


def test_the_mnemonic_goes_on_the_boards_noun() -> None:
    assert mnemonic_on_noun("den Verwaltungsrat") == "den &Verwaltungsrat"
    assert mnemonic_on_noun("the board of directors") == "the &board of directors"
    assert mnemonic_on_noun("the R&D board") == "the &R&&D board"  # the owner's "&" stays a letter
    assert mnemonic_on_noun("Vorstand") == "&Vorstand"


def test_the_boards_mnemonic_keeps_off_letters_taken() -> None:
    taken = mnemonic_letters(["&Überblick", "Verantwortung (&RACI)", "&Entscheide", "&Vorgeschlagene Auflagen"])
    assert taken == "ürev"
    assert mnemonic_on_noun("den Verwaltungsrat", taken) == "den Ver&waltungsrat"
    assert mnemonic_on_noun("der Rat", "rat") == "der &Rat"  # every letter taken: the first one
