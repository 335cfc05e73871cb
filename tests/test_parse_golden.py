"""Each fixture article parses to its reviewed, committed model (tests/data/NAME.expected.json)."""

import json

import pytest
from conftest import DATA, article_paths

from newsdeck.parse import parse_file

QUOTE_MARKS = '“”"„«»'


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_matches_golden(path, update_golden):
    got = parse_file(path).to_dict()
    golden = DATA / f"{path.stem}.expected.json"
    if update_golden:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_quote_offsets_point_between_quote_marks(path):
    for paragraph in parse_file(path).paragraphs:
        for quote in paragraph.quotes:
            assert paragraph.text[quote.start : quote.end] == quote.text
            assert paragraph.text[quote.start - 1] in QUOTE_MARKS
            assert quote.end == len(paragraph.text) or paragraph.text[quote.end] in QUOTE_MARKS
            if quote.kind == "term":
                assert quote.speaker is None


def test_seed_model():
    article = parse_file(DATA.parent.parent / "data" / "kerry-warns-russia.txt")
    assert article.title == "Kerry warns Russia as peace talks falter"
    assert len(article.paragraphs) == 13
    assert len(article.removed) == 2
    assert article.paragraphs[0].text.startswith(
        "Secretary of State John Kerry voiced his “strong concern” to Moscow on Tuesday"
    )
    found = [(q.text[:20], q.speaker, q.kind) for q in article.quotes]
    assert found == [
        ("strong concern", "John Kerry", "speech"),
        ("the refusal of Russi", "State Department spokesman", "speech"),
        ("He reiterated our su", "State Department spokesman", "speech"),
        ("He also made clear t", "State Department spokesman", "speech"),
        ("that war cannot lead", "Vladimir Putin", "speech"),
        ("Up until now, Presid", "Vladimir Putin", "speech"),
        ("He has now assumed t", "Vladimir Putin", "speech"),
        ("scalpel sanctions", None, "term"),
        ("We remain prepared t", "Josh Earnest", "speech"),
        ("a seriousness of pur", "Josh Earnest", "speech"),
        ("If they continue to ", "Josh Earnest", "speech"),
    ]
    assert [(s.name, s.quotes) for s in article.speakers] == [
        ("John Kerry", 1),
        ("State Department spokesman", 3),
        ("Vladimir Putin", 3),
        ("Josh Earnest", 3),
    ]
