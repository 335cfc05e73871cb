"""benchmarks/evaluate.py: how found quotes are aligned with expected ones, and speakers compared."""

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluate import align, normal_speaker, normal_text, shortened, span_scores, speaker_matches  # noqa: E402


def test_text_differing_only_in_whitespace_is_the_same():
    assert normal_text("\u202fOn part demain\u00a0: vite\u202f") == "On part demain : vite"
    assert normal_text(" two  words\n") == "two words"
    assert normal_text("twowords") != normal_text("two words")


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Jane Roe", "jane roe"),
        ("the State Department spokesman,", "state department spokesman"),
        ("Der Sprecher des Ministeriums", "sprecher des ministeriums"),
        ("l’Union des éleveurs", "union des éleveurs"),
        ("L'UEO", "ueo"),
        ("En lärare på skolan", "lärare på skolan"),
        ("«Ein Anwohner»", "anwohner"),
        ("Jean de la Tour", "jean de la tour"),
        ("The", "the"),
    ],
)
def test_normal_speaker(name, normal):
    assert normal_speaker(name) == normal


def test_a_first_name_may_be_given_the_family_surname():
    assert speaker_matches({"speaker": "Ana"}, "Ana Fairleigh")
    assert not speaker_matches({"speaker": "Ana"}, "Ana Fairleigh Brown")
    assert not speaker_matches({"speaker": "neighbor"}, "neighbor Tom")
    assert not speaker_matches({"speaker": "Grace Park"}, "Grace")


def test_speaker_matches_the_name_or_an_also_spelling():
    expected = {"speaker": "Sprecher des Ministeriums", "also": ["Ministeriumssprecher"]}
    assert speaker_matches(expected, "ein Sprecher des Ministeriums")
    assert speaker_matches(expected, "Ministeriumssprecher")
    assert not speaker_matches(expected, "Ministerium")
    assert not speaker_matches(expected, None)
    assert speaker_matches({"speaker": None}, None)
    assert not speaker_matches({"speaker": None}, "Jane Roe")


@pytest.mark.parametrize(
    ("expected", "found", "pairs"),
    [
        (["a", "b", "c"], ["a", "x", "c"], [(0, 0), (2, 2)]),
        (["a", "b"], ["\u00a0a ", "b"], [(0, 0), (1, 1)]),
        (["yes", "no", "yes"], ["yes", "yes"], [(0, 0), (2, 1)]),
        (["a", "b", "c"], ["x", "b", "c", "d"], [(1, 1), (2, 2)]),
        (["a"], [], []),
        ([], ["a"], []),
    ],
)
def test_align_in_reading_order(expected, found, pairs):
    assert align(expected, found) == pairs


def test_align_never_crosses():
    assert len(align(["a", "b"], ["b", "a"])) == 1


def test_span_scores():
    precision, recall, f1 = span_scores(8, 10, 16)
    assert (precision, recall) == (0.8, 0.5)
    assert f1 == pytest.approx(2 * 0.4 / 1.3)
    assert span_scores(0, 0, 3) == (0.0, 0.0, 0.0)


def test_shortened_keeps_the_quote_in_view():
    paragraph = "x" * 300 + " “the quote” " + "y" * 300
    short = shortened(paragraph, "the quote", width=100)
    assert "the quote" in short
    assert short.startswith("…") and short.endswith("…")
    assert shortened("short", "short") == "short"
