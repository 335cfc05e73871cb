"""The offline deck in Debian's Chromium, opened from file:// with every other request blocked."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from conftest import DATA, ROOT
from lab import chromium
from playwright.sync_api import expect

from newsdeck.parse import parse_file
from newsdeck.pipeline import build, deck_html

pytestmark = pytest.mark.browser
ARTICLES = {
    "seed": ROOT / "data" / "kerry-warns-russia.txt",
    "hard": DATA / "hard-cases.txt",
    "no-quotes": DATA / "water-report.txt",
}
SIZES = [(1280, 720), (1920, 1080)]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def edited_deck(tmp: Path) -> Path:
    """The seed's notebook after a presenter lengthened ¶4 to ~1,400 characters and added a remark."""
    notebook = nbformat.read(tmp / "notebooks" / "kerry-warns-russia.ipynb", as_version=4)
    fourth = next(c for c in notebook.cells if c.get("id") == "p4")
    fourth.source += " The presenter added this sentence to the paragraph, word by word." * 16
    notebook.cells.insert(6, nbformat.v4.new_markdown_cell("## A remark from the presenter"))
    path = tmp / "export" / "edited.html"
    path.write_text(deck_html(notebook), encoding="utf-8")
    return path


def scripted_deck(tmp: Path) -> Path:
    """A notebook whose presenter wrote raw HTML that would run script: the deck's policy blocks it."""
    notebook = nbformat.read(tmp / "notebooks" / "kerry-warns-russia.ipynb", as_version=4)
    html = '<script>window.__pwned = "cell"</script>\n\n<img alt="x" src="data:," onerror="window.__pwned = 1">'
    notebook.cells.insert(3, nbformat.v4.new_markdown_cell(html))
    path = tmp / "export" / "scripted.html"
    path.write_text(deck_html(notebook), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("decks")
    (tmp / "notebooks").mkdir()
    (tmp / "export").mkdir()
    paths = {key: build(article, tmp / "notebooks", tmp / "export")[1] for key, article in ARTICLES.items()}
    paths["edited"] = edited_deck(tmp)
    paths["scripted"] = scripted_deck(tmp)
    with chromium(tmp) as browser:
        yield paths, browser


class Deck:
    """A deck open in a page, recording every request that is not for a local file, and every error."""

    def __init__(self, browser, path, size=SIZES[0], bypass_csp=False):
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]}, bypass_csp=bypass_csp)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=10_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def displays(self, selector):
        return self.page.eval_on_selector_all(selector, "els => els.map(e => getComputedStyle(e).display)")

    def quotes(self, selector=".slides mark"):
        """'shown' or 'hidden' for each quote: a hidden one shows only its “…” placeholder."""
        return set(
            self.page.eval_on_selector_all(
                selector,
                "els => els.map(e => getComputedStyle(e).fontSize === '0px'"
                " && getComputedStyle(e, '::before').content === '\"“…”\"' ? 'hidden' : 'shown')",
            )
        )

    def open_panel(self):
        self.page.get_by_role("button", name="Controls", exact=True).click()
        self.page.get_by_role("dialog", name="Controls").wait_for()

    def close(self):
        self.page.close()
        assert self.requests == []
        assert self.errors == []


@pytest.fixture
def open_deck(decks):
    paths, browser = decks
    opened = []

    def opener(key, size=SIZES[0], bypass_csp=False):
        deck = Deck(browser, paths[key], size, bypass_csp)
        opened.append(deck)
        return deck

    yield opener
    for deck in opened:
        deck.close()


def test_one_file_under_400_kb_with_no_remote_references(decks):
    paths, _ = decks
    for key in [*ARTICLES, "edited"]:  # "scripted" carries the presenter's own <img>, on purpose
        path = paths[key]
        html = path.read_text(encoding="utf-8")
        assert path.stat().st_size < 400_000
        assert 'http-equiv="Content-Security-Policy"' in html
        markup = re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)
        assert not re.search(r"<(script|link|img|iframe|source|video|audio)\b[^>]*\b(src|href)=", markup)
        assert "@import" not in markup
        for name in ("require.js", "jquery", "mermaid", "MathJax", "fonts.googleapis", "unpkg.com", "cdnjs"):
            assert name not in html


@pytest.mark.parametrize("key", ARTICLES)
def test_ready_offline_with_zero_requests(open_deck, key):
    deck = open_deck(key)
    assert deck.js("Reveal.getTotalSlides()") >= 3
    assert deck.js("document.documentElement.lang") == "en"


@pytest.mark.parametrize("key", ["seed", "hard"])
def test_every_word_is_on_the_slides_outside_notes(open_deck, key):
    deck = open_deck(key)
    shown = deck.js(
        """() => { const parts = {};
        for (const p of document.querySelectorAll('.slides .nd-para')) {
          if (p.closest('aside.notes')) continue;
          const n = [...p.classList].find(c => /^nd-p\\d+$/.test(c));
          parts[n] = (parts[n] || []).concat([p.textContent]); }
        return parts; }"""
    )
    article = parse_file(ARTICLES[key])
    for n, paragraph in enumerate(article.paragraphs, start=1):
        assert " ".join(shown[f"nd-p{n}"]).split() == paragraph.text.split()


def test_article_html_never_runs_and_dollars_stay(open_deck):
    deck = open_deck("hard")
    assert deck.js("window.__pwned === undefined")
    assert deck.page.locator(".slides img, .slides textarea, .slides .nd-para script").count() == 0
    text = deck.js("[...document.querySelectorAll('.slides .nd-para')].map(p => p.textContent).join(' ')")
    assert '<script>window.__pwned = "script"</script>' in text
    assert "$5 now, $10 later" in text
    assert "{{ config }}" in text


@pytest.mark.parametrize("key", ["seed", "hard"])
def test_each_control_hides_and_shows_what_it_names(open_deck, key):
    deck = open_deck(key)
    article = parse_file(ARTICLES[key])
    deck.open_panel()
    quotes = deck.page.get_by_role("checkbox", name="Quotes", exact=True)
    for _ in range(2):
        quotes.uncheck()
        assert deck.quotes() == {"hidden"}
        assert deck.quotes(".slides i") <= {"shown"}
        quotes.check()
        assert deck.quotes() == {"shown"}

    for speaker in article.speakers:
        box = deck.page.get_by_role("checkbox", name=speaker.name, exact=True)
        box.uncheck()
        assert deck.quotes(f'.slides mark[title="{speaker.name}"]') == {"hidden"}
        assert deck.quotes(f'.slides mark:not([title="{speaker.name}"])') <= {"shown"}
        box.check()
        assert deck.quotes(f'.slides mark[title="{speaker.name}"]') == {"shown"}

    third = deck.page.get_by_role("checkbox", name=re.compile(r"^¶3 "))
    for _ in range(2):
        third.uncheck()
        assert set(deck.displays(".slides .nd-p3")) == {"none"}
        assert set(deck.displays(".slides .nd-p2, .slides .nd-p4")) == {"block"}
        third.check()
        assert set(deck.displays(".slides .nd-p3")) == {"block"}
    deck.page.get_by_role("button", name="Hide all paragraphs").click()
    assert set(deck.displays(".slides .nd-para")) == {"none"}
    deck.page.get_by_role("button", name="Show all paragraphs").click()
    assert set(deck.displays(".slides .nd-para")) == {"block"}
    deck.page.keyboard.press("Escape")
    assert deck.js("document.getElementById('nd-panel').hidden")
    assert deck.js("document.activeElement === document.body")  # no focus ring left on the audience's screen


def test_q_key_and_placeholder_click(open_deck):
    deck = open_deck("seed")
    deck.page.keyboard.press("q")
    assert deck.quotes() == {"hidden"}
    deck.js("Reveal.slide(1)")
    deck.page.locator(".present .nd-p1 mark").click()  # waits until the slide has stopped moving
    assert deck.quotes(".nd-p1 mark") == {"shown"}
    assert deck.quotes(".nd-p2 mark") == {"hidden"}
    deck.page.locator(".present .nd-p2 mark").focus()
    deck.page.keyboard.press("Enter")
    assert deck.quotes(".nd-p2 mark") == {"shown"}
    deck.page.keyboard.press("q")
    deck.page.keyboard.press("q")
    assert deck.quotes() == {"hidden"}
    deck.page.keyboard.press("q")
    assert deck.quotes() == {"shown"}
    deck.js("Reveal.toggleHelp(true)")
    assert "Show or hide all quotes" in deck.page.locator(".reveal .r-overlay-help").inner_text()


def test_slides_whose_paragraphs_are_hidden_are_skipped(open_deck):
    deck = open_deck("seed")
    index_of = (
        "n => [...document.querySelectorAll('.reveal .slides > section')].findIndex(s => s.querySelector('.nd-p' + n))"
    )
    second, third = deck.js(index_of, 2), deck.js(index_of, 3)
    assert third == second + 1
    deck.open_panel()
    for n in range(1, 14):
        if deck.js(index_of, n) == second:
            deck.page.get_by_role("checkbox", name=re.compile(rf"^¶{n} ")).uncheck()
    deck.page.keyboard.press("Escape")
    deck.js(f"Reveal.slide({second - 1})")
    deck.page.keyboard.press("ArrowRight")
    deck.page.wait_for_timeout(100)
    assert deck.js("Reveal.getIndices().h") == third
    deck.page.keyboard.press("ArrowLeft")
    deck.page.wait_for_timeout(100)
    assert deck.js("Reveal.getIndices().h") == second - 1


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("key", [*ARTICLES, "edited"])
def test_no_slide_overflows(open_deck, key, size):
    deck = open_deck(key, size)
    overflowing = deck.js(
        """() => { const bad = [];
        Reveal.getSlides().forEach((slide, i) => {
          Reveal.slide(Reveal.getIndices(slide).h, Reveal.getIndices(slide).v); Reveal.layout();
          const box = slide.getBoundingClientRect();
          for (const el of slide.querySelectorAll('.jp-Cell')) {
            if (el.closest('aside.notes')) continue;
            const r = el.getBoundingClientRect();
            if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1) bad.push(i);
          }
          if (slide.scrollHeight > slide.clientHeight + 1) bad.push(i);
        });
        return [...new Set(bad)]; }"""
    )
    assert overflowing == []


def test_notes_carry_every_quote_and_its_speaker(open_deck):
    deck = open_deck("seed")
    article = parse_file(ARTICLES["seed"])
    notes = deck.js("Reveal.getSlides().map(s => Reveal.getSlideNotes(s) || '').join('\\n')")
    for n, paragraph in enumerate(article.paragraphs, start=1):
        assert f"¶{n}" in notes
        for quote in paragraph.quotes:
            assert quote.text in notes
            assert (quote.speaker or "term") in notes
    slide_notes = deck.js("Reveal.getSlideNotes(Reveal.getSlides().find(s => s.querySelector('.nd-p8')))")
    assert "Vladimir Putin" in slide_notes and "He has now assumed this responsibility fully" in slide_notes


@pytest.mark.parametrize("key", ["seed", "hard"])
def test_axe_finds_no_serious_or_critical_violation(open_deck, key):
    deck = open_deck(key, bypass_csp=True)  # the deck's policy would block the injected axe script
    deck.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    for panel_open in (False, True):
        if panel_open:
            deck.open_panel()
        violations = deck.js(
            "async () => (await axe.run(document)).violations"
            ".filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id + ': ' + v.nodes.length)"
        )
        assert violations == []


def test_s_opens_the_speaker_view_with_the_notes(decks):
    paths, browser = decks
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(paths["seed"].as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()")
    page.evaluate(
        "Reveal.slide([...document.querySelectorAll('.slides > section')].findIndex(s => s.querySelector('.nd-p8')))"
    )
    with context.expect_page() as popup_info:
        page.keyboard.press("s")
    speaker_view = popup_info.value
    notes = speaker_view.locator(".speaker-controls-notes")
    expect(notes).to_contain_text("He has now assumed this responsibility fully")
    text = notes.inner_text()
    assert "Vladimir Putin" in text and "¶8" in text

    # the presenter hides quotes from the speaker view: the audience's window follows, panel closed
    hidden = "() => [...document.querySelectorAll('.slides mark')].every(m => getComputedStyle(m).fontSize === '0px')"
    speaker_view.locator("body").press("q")
    page.wait_for_function(hidden, timeout=5_000)
    assert page.evaluate("document.getElementById('nd-panel').hidden")
    speaker_view.locator("body").press("q")
    page.wait_for_function(hidden.replace(".every(m =>", ".every(m => !(") + ")")
    # and one speaker, from the panel that C opens in the current-slide preview
    speaker_view.locator("body").press("c")
    preview = speaker_view.frame_locator("#current-slide iframe")
    preview.get_by_role("checkbox", name="Vladimir Putin", exact=True).uncheck()
    putin = "() => [...document.querySelectorAll('.slides mark[title=\"Vladimir Putin\"]')]"
    page.wait_for_function(f"{putin}.every(m => getComputedStyle(m).fontSize === '0px')", timeout=5_000)
    assert page.evaluate("document.getElementById('nd-panel').hidden")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.slides mark[title=\"John Kerry\"]')).fontSize")
        != "0px"
    )
    context.close()


def test_an_edited_long_paragraph_is_split_across_slides(open_deck):
    deck = open_deck("edited")
    parts = deck.js("[...document.querySelectorAll('.slides > section')].filter(s => s.querySelector('.nd-p4')).length")
    assert parts >= 2
    assert "A remark from the presenter" in deck.js("document.querySelector('.slides').textContent")


def test_script_in_a_presenters_cell_never_runs(decks):
    paths, browser = decks
    page = browser.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(paths["scripted"].as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=10_000)
    assert page.evaluate("window.__pwned") is None
    assert errors and all("Content Security Policy" in e for e in errors)  # blocked, and only that
    page.close()


def test_what_the_audience_sees(open_deck):
    deck = open_deck("seed")
    opacity = "getComputedStyle(document.getElementById('nd-open')).opacity"
    deck.page.wait_for_timeout(400)
    assert deck.js(opacity) == "0"  # the Controls button stays out of the way
    deck.page.mouse.move(300, 300)
    deck.page.mouse.move(320, 310)
    deck.page.wait_for_function(f"() => {opacity} === '1'")
    deck.js("Reveal.slide(1)")
    mark = ".present .nd-p1 mark"
    assert deck.page.eval_on_selector(mark, "m => getComputedStyle(m).backgroundColor") == "rgb(255, 213, 79)"
    assert deck.page.eval_on_selector(mark, "m => getComputedStyle(m).boxShadow") != "none"  # not colour alone
    after = f"document.querySelector('{mark}') && getComputedStyle(document.querySelector('{mark}'), '::after').content"
    assert deck.js(after) == '" — John Kerry"'  # who is speaking, on the slide
    deck.open_panel()
    deck.page.get_by_role("checkbox", name="Speakers on slides").uncheck()
    assert deck.js(after) == "none"
    who = deck.js("[...document.querySelectorAll('.nd-who-list')].map(l => l.textContent).join(' ')")
    assert "¶" not in who and "John Kerry" in who


def test_keys_with_the_panel_open(open_deck):
    deck = open_deck("seed")
    deck.open_panel()
    box = deck.page.get_by_role("checkbox", name="Quotes", exact=True)
    box.focus()
    deck.page.keyboard.press("Space")
    assert not box.is_checked()  # Space works the focused control
    deck.page.keyboard.press("Space")
    start = deck.js("Reveal.getIndices().h")
    deck.page.keyboard.press("ArrowRight")
    deck.page.wait_for_function(f"() => Reveal.getIndices().h === {start + 1}")
    deck.page.keyboard.press("ArrowLeft")
    deck.page.wait_for_function(f"() => Reveal.getIndices().h === {start}")
    deck.page.keyboard.press("c")
    assert deck.js("document.getElementById('nd-panel').hidden")
