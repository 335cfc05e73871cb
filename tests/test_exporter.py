"""The exporter: a hash-only script policy, nbconvert's slide traits honoured, public routes only."""

import base64
import hashlib
import json
import re

import nbconvert
from bs4 import BeautifulSoup
from conftest import ROOT
from nbconvert.exporters import HTMLExporter
from traitlets.config import Config

from newsdeck.exporter import NewsdeckExporter
from newsdeck.notebook import build
from newsdeck.parse import parse_file

SEED = build(parse_file(ROOT / "data" / "kerry-warns-russia.txt"), "kerry-warns-russia.txt")


def export(config: dict | None = None) -> str:
    html, _ = NewsdeckExporter(config=Config(config or {})).from_notebook_node(SEED)
    return html


def policy_of(html: str) -> dict[str, list[str]]:
    content = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    return {d.split()[0]: d.split()[1:] for d in content.split("; ")}


def test_only_the_decks_own_scripts_may_run():
    html = export()
    policy = policy_of(html)
    assert policy["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(scripts) == 3  # reveal.js, its notes plugin, deck.js (the config is JSON, not run)
    for js in scripts:
        digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"]
    assert len(policy["script-src"]) == 4  # and the speaker view's script, written into its popup


def test_slide_size_scroll_and_language_follow_nbconvert_traits():
    def reveal_config(html):
        return json.loads(re.search(r'<script type="application/json" id="nd-config">(.*?)</script>', html).group(1))

    default = export()
    assert (reveal_config(default)["width"], reveal_config(default)["height"]) == (960, 700)
    assert '<html lang="en">' in default and 'class="nd-deck"' in default
    traits = {"reveal_width": "1280", "reveal_height": "100%", "reveal_scroll": True, "language_code": "de"}
    html = export({"SlidesExporter": traits})
    assert (reveal_config(html)["width"], reveal_config(html)["height"]) == (1280, "100%")
    assert '<html lang="de">' in html and 'class="nd-deck nd-scroll"' in html


def test_no_stock_preprocessor_runs():
    exporter = NewsdeckExporter()
    assert exporter.default_preprocessors == []
    assert exporter.optimistic_validation is True


def test_skipping_the_soup_pass_changes_nothing_a_deck_shows():
    """Our from_notebook_node is HTMLExporter's without its BeautifulSoup pass, checked against
    the nbconvert we pin (7.17.x, pyproject's range): the same text and the same elements."""
    exporter = NewsdeckExporter()
    ours, _ = exporter.from_notebook_node(SEED)
    stock, _ = HTMLExporter.from_notebook_node(exporter, SEED)
    ours_soup, stock_soup = BeautifulSoup(ours, "html.parser"), BeautifulSoup(stock, "html.parser")
    assert ours_soup.get_text() == stock_soup.get_text()
    assert [t.name for t in ours_soup.find_all()] == [t.name for t in stock_soup.find_all()]


def test_nbconvert_is_the_version_the_exporter_is_tested_with():
    assert nbconvert.__version__.startswith("7.17.")
