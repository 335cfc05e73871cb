"""Properties of the parser on arbitrary text (hypothesis)."""

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsdeck.clean import collapse, normalize_newlines
from newsdeck.errors import InputError
from newsdeck.parse import parse

PIECES = [
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u200b",
    "\t",
    "“",
    "”",
    '"',
    "'",
    "’",
    "MORE",
    " MORE ",
    "John",
    "Kerry",
    "John KerryJohn Forbes Kerry",
    "said",
    "he said.",
    ", according to ",
    "the spokesman",
    "So-called ",
    ". ",
    ", ",
    ":",
    "$5",
    "<b>",
    "*",
    "#",
    "Mayor ",
    "Ana Lima",
    "LimaAna Maria Lima",
]
articles = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_parse_never_raises_anything_but_input_error(raw):
    try:
        parse(raw)
    except InputError as error:
        assert "\n" not in str(error)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_no_character_but_junk_is_lost_or_reordered(raw):
    try:
        article = parse(raw)
    except InputError:
        return
    assume(not article.header)
    remaining = normalize_newlines(raw)
    for junk in article.removed:
        assert junk in remaining
        remaining = remaining.replace(junk, "", 1)
    joined = " ".join([article.title, *(p.text for p in article.paragraphs)])
    assert joined == collapse(remaining)


@settings(max_examples=300)
@given(articles)
def test_quote_offsets_are_exact(raw):
    try:
        article = parse(raw)
    except InputError:
        return
    for paragraph in article.paragraphs:
        for quote in paragraph.quotes:
            assert paragraph.text[quote.start : quote.end] == quote.text
            assert quote.kind in ("speech", "term")


@given(st.text())
def test_errors_only_for_articles_without_a_paragraph(raw):
    lines = [line for line in normalize_newlines(raw).split("\n") if collapse(line)]
    try:
        parse(raw)
    except InputError as error:
        if len(lines) > 1:
            assert "has no paragraph after it" in str(error)
        else:
            assert len(lines) == 1 or "empty or blank" in str(error)
