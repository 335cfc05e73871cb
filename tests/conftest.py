from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current code")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def article_paths() -> list[Path]:
    """Every article we test against: the seed plus our own fixtures."""
    return [ROOT / "data" / "kerry-warns-russia.txt", *sorted(DATA.glob("*.txt"))]
