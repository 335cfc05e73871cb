"""Attribution on our corpus (tests/corpus) does not fall below what it reaches now: every quote
span, kinds, and speakers per style. The floors are today's figures rounded down; raise them as
attribution improves (`make eval` prints the figures)."""

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluate import evaluate  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SPEAKER_FLOOR = {  # % of speech quotes with the right speaker, per style
    "business": 93, "french": 87, "german": 88, "interview": 88, "local": 92, "nordic": 91,
    "science": 94, "sports": 93, "uk": 93, "wire": 94,
}  # fmt: skip


@pytest.fixture(scope="module")
def results():
    return [r for r in evaluate(CORPUS) if not r.file.startswith("heldout")]  # held out: never tuned on


@pytest.fixture(scope="module")
def outcomes(results):
    return [o for result in results for o in result.outcomes]


def test_every_quote_is_found_and_nothing_else(results, outcomes):
    assert all(o.found is not None for o in outcomes)
    assert [e.found.text for r in results for e in r.extras] == []


def test_kinds_hold(outcomes):
    assert sum(o.kind_right for o in outcomes) / len(outcomes) >= 0.98


@pytest.mark.parametrize("style", sorted(SPEAKER_FLOOR))
def test_speakers_hold_per_style(outcomes, style):
    speech = [o for o in outcomes if o.style == style and o.is_speech]
    assert speech, style
    assert 100 * sum(o.speaker_right for o in speech) / len(speech) >= SPEAKER_FLOOR[style]
