"""`newsdeck pdf`: a handout through Debian's Chromium and reveal's print view, one slide a page."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from newsdeck.cli import main
from newsdeck.pipeline import deck_html, read_notebook

pytestmark = pytest.mark.browser
NOTEBOOK = ROOT / "notebooks" / "kerry-warns-russia.ipynb"


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def slides(html: str | None = None) -> int:
    html = deck_html(read_notebook(NOTEBOOK)) if html is None else html
    return len(re.findall(r"<section\b", html)) - len(re.findall(r"<section\b[^>]*>\s*<section\b", html))


def test_a_notebook_prints_one_slide_a_page(tmp_path, capsys):
    out = tmp_path / "handouts" / "kerry.pdf"
    assert main(["pdf", str(NOTEBOOK), "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert pages(pdf) == slides()
    with_notes = tmp_path / "kerry-notes.pdf"
    assert main(["pdf", str(NOTEBOOK), "-o", str(with_notes), "--notes"]) == 0
    assert pages(with_notes.read_bytes()) > pages(pdf)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["handouts", "kerry-notes.pdf", "kerry.pdf"]


def test_a_deck_prints_too(tmp_path, capsys):
    deck = tmp_path / "deck.html"
    deck.write_text(deck_html(read_notebook(NOTEBOOK)), encoding="utf-8")
    assert main(["pdf", str(deck), "-o", str(tmp_path / "deck.pdf")]) == 0
    assert pages((tmp_path / "deck.pdf").read_bytes()) == slides()


def test_without_chromium_one_line_and_no_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSDECK_CHROMIUM", str(tmp_path / "no-chromium"))
    assert main(["pdf", str(NOTEBOOK), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"newsdeck: a PDF handout needs Chromium ({tmp_path / 'no-chromium'} not found): apt-get install chromium\n"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_deck_prints_one_slide_a_page(tmp_path):
    """A deck that takes a while to lay out its print view (the printer waits by polling the page,
    with function predicates: the deck's CSP refuses string ones, which Playwright evaluates with
    eval, and on a slow machine that failed)."""
    body = "\n\n".join(f"Paragraph {n} says “something worth quoting, number {n},” an aide said." for n in range(600))
    article = tmp_path / "long.txt"
    article.write_text(f"A long agenda\n\n{body}\n", encoding="utf-8")
    assert main(["build", str(article), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    deck, out = tmp_path / "ex" / "long.html", tmp_path / "long.pdf"
    assert main(["pdf", str(deck), "-o", str(out)]) == 0
    assert pages(out.read_bytes()) == slides(deck.read_text(encoding="utf-8")) > 50
