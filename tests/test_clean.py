"""Cleaning raw text: titles, paragraph splitting, whitespace, hover-card junk."""

import re

import pytest

from newsdeck.clean import clean, remove_hover_cards
from newsdeck.errors import InputError


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs"),
    [
        ("T\n\nA\n\nB", "T", ("A", "B")),
        ("\n\n  T  \n\nA", "T", ("A",)),
        ("T\n\nline one\nline two", "T", ("line one line two",)),
        ("T\n\n\n\n\nA\n \t\n\u00a0\nB", "T", ("A", "B")),
        ("T\r\n\r\nA\r\nB\r\n\r\nC", "T", ("A B", "C")),
        ("T\r\rA\rB\r\rC", "T", ("A B", "C")),
        ("T\n\nA \u00a0  b\t\tc", "T", ("A b c",)),
        ("T\nA directly under the title\n\nB", "T", ("A directly under the title", "B")),
    ],
)
def test_paragraphs(raw, title, paragraphs):
    text = clean(raw)
    assert (text.title, text.paragraphs) == (title, paragraphs)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty or blank"),
        (" \n\t\n\u00a0\n", "empty or blank"),
        ("Only a title\n\n   \n", "title (line 1) has no paragraph"),
        ("\n\nOnly a title", "title (line 3) has no paragraph"),
    ],
)
def test_unusable_articles(raw, message):
    with pytest.raises(InputError, match=re.escape(message)):
        clean(raw)


@pytest.mark.parametrize(
    ("raw", "kept", "removed"),
    [
        (
            "Secretary John KerryJohn KerryTeaser one: 'quoted' $5 50% MORE voiced concern.",
            "Secretary John Kerry voiced concern.",
            ["John KerryTeaser one: 'quoted' $5 50% MORE"],
        ),
        (
            "Sen. Rand PaulRandal (Rand) Howard PaulPaul says no MORE (R-Ky.) said so.",
            "Sen. Rand Paul (R-Ky.) said so.",
            ["Randal (Rand) Howard PaulPaul says no MORE"],
        ),
        (
            'Rod AsanteRoderick (Rod) Kwame AsanteA "headline": here MORE, who chairs it.',
            "Rod Asante, who chairs it.",
            ['Roderick (Rod) Kwame AsanteA "headline": here MORE'],
        ),
        (
            "Vladimir PutinVladimir Vladimirovich PutinUS teaser Another one MORE blamed Kyiv. "
            "Later, Angela MerkelAngela Dorothea MerkelMerkel teaser MORE agreed.",
            "Vladimir Putin blamed Kyiv. Later, Angela Merkel agreed.",
            [
                "Vladimir Vladimirovich PutinUS teaser Another one MORE",
                "Angela Dorothea MerkelMerkel teaser MORE",
            ],
        ),
        (
            "Leader Mitch McAllisterAddison (Mitch) Mitchell McAllisterMcAllister says no MORE (R-Ky.) spoke.",
            "Leader Mitch McAllister (R-Ky.) spoke.",
            ["Addison (Mitch) Mitchell McAllisterMcAllister says no MORE"],
        ),
        ("We need MORE parks and More buses.", "We need MORE parks and More buses.", []),
        ("Ronald McDonald said there was MORE to come.", "Ronald McDonald said there was MORE to come.", []),
        ("The iPhone costs MORE than ever.", "The iPhone costs MORE than ever.", []),
    ],
)
def test_hover_cards(raw, kept, removed):
    assert remove_hover_cards(raw) == (kept, removed)


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs"),
    [
        ("T\n\nA\n\n\u200b\n\nB", "T", ("A", "B")),
        ("T\n\nA\n\n\u200b\u200c \u200d\u2060\ufeff\n\nB", "T", ("A", "B")),
        ("T\n\nA\n\u200b\nB", "T", ("A", "B")),
        ("\ufeff\nT\n\nA", "T", ("A",)),
        ("T\n\nA \u200b b", "T", ("A b",)),
        ("T\n\nzero\u200bwidth inside a word stays", "T", ("zero\u200bwidth inside a word stays",)),
    ],
)
def test_zero_width_only_paragraphs_are_blank(raw, title, paragraphs):
    text = clean(raw)
    assert (text.title, text.paragraphs) == (title, paragraphs)


def test_an_article_of_zero_width_characters_is_blank():
    with pytest.raises(InputError, match="empty or blank"):
        clean("\u200b\n\n\ufeff\u2060")


def test_header_block_is_not_a_paragraph():
    text = clean("Title\n\nSource: The Paper\nDate: 2026-01-02\n\nBody.")
    assert text.header == (("source", "The Paper"), ("date", "2026-01-02"))
    assert text.paragraphs == ("Body.",)


def test_a_paragraph_that_only_mentions_a_source_is_kept():
    text = clean("Title\n\nSource: The Paper said it was wrong.\nAnd more text.")
    assert text.header == ()
    assert text.paragraphs == ("Source: The Paper said it was wrong. And more text.",)
