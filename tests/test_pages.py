"""Saved web pages: the article's paragraphs in order and its header, none of the page's clutter."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from newsdeck.cli import main
from newsdeck.sources import load

PAGES = ROOT / "tests" / "pages"  # saved pages and, for these and data/*.html, NAME.expected.json


def pages() -> list:
    found = [*PAGES.glob("*.html"), *(ROOT / "data").glob("*.html")]
    return sorted((p for p in found if (PAGES / f"{p.stem}.expected.json").is_file()), key=lambda p: p.stem)


def expected(page):
    return json.loads((PAGES / f"{page.stem}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_the_article_and_nothing_else(page):
    article, want = load(page), expected(page)
    texts = [p.text for p in article.paragraphs]
    assert article.title == want["title"]
    assert texts == want["paragraphs"]
    for clutter in want.get("never", []):
        assert not any(clutter in text for text in texts), clutter
    assert dict(article.header) == want["header"]
    for junk in want.get("removed", []):
        assert any(junk in removed for removed in article.removed), junk


def test_a_saved_page_builds_like_an_article(tmp_path, capsys):
    page = ROOT / "data" / "varesh-ceasefire.html"
    assert main(["build", str(page), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    deck = (tmp_path / "ex" / "varesh-ceasefire.html").read_text(encoding="utf-8")
    assert "Source: Newswire · Author: Lena Hartwig · Date: 2026-03-10" in deck


def test_a_page_with_no_article_is_one_line(tmp_path, capsys):
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert main(["parse", str(empty)]) == 2
    assert capsys.readouterr().err == f"newsdeck: {empty}: no article text found in the page\n"


def test_text_that_looks_like_html_stays_literal_on_the_slides(tmp_path, capsys):
    page = PAGES / "wire-earnings.html"
    assert main(["build", str(page), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    deck = (tmp_path / "ex" / "wire-earnings.html").read_text(encoding="utf-8")
    assert "still used the &lt;blink&gt; tag" in deck and "<blink>" not in deck
