"""The notebook in a real JupyterLab, driven by Debian's Chromium as a presenter would: it opens
alone (no article file anywhere), its controls hide what they name, edits typed into cells reach
the deck exported through the File menu, and a saved notebook reopens cleanly."""

from __future__ import annotations

import json
import re
import shutil
from urllib.parse import urlparse

import pytest
from conftest import DATA, ROOT
from lab import chromium, jupyterlab

from newsdeck.controls import STATIC_NOTE, paragraph_label
from newsdeck.parse import parse_file
from newsdeck.pipeline import write_notebook

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
SEED = ROOT / "notebooks" / "kerry-warns-russia.ipynb"
CURRENT = "window.jupyterapp.shell.currentWidget"
KERNEL_IDLE = (
    f"() => {{ const w = window.jupyterapp && {CURRENT};"
    " const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;"
    " return !!k && k.status === 'idle'; }"
)
DIRTY = f"() => {CURRENT}.context.model.dirty"
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "root"
    root.mkdir()
    for name in ("alone", "edit", "reopen", "rise"):  # each test its own copy: no shared kernel session
        shutil.copy(SEED, root / f"{name}.ipynb")
    write_notebook(DATA / "markdown-chars.txt", root / "markdown-chars.ipynb")
    with jupyterlab(root, tmp) as (base, token), chromium(tmp) as browser:
        yield base, token, browser, root


def open_notebook(lab, name: str, context=None):
    base, token, browser, _ = lab
    page = context.new_page() if context else browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if urlparse(r.url).hostname == "127.0.0.1" else problems.append(r.url))
    page.goto(f"{base}/lab/tree/{name}?reset&token={token}")
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    return page, problems


def run_all(page) -> None:
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.locator(NOTEBOOK).get_by_role("checkbox", name="Quotes", exact=True).wait_for(timeout=90_000)
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)


def hidden_quotes(page) -> list[bool]:
    """For each quote in the article's cells: is it shown only as its “…” placeholder?"""
    return page.eval_on_selector_all(
        f"{NOTEBOOK} .jp-MarkdownCell mark",
        "els => els.map(e => getComputedStyle(e).fontSize === '0px'"
        " && getComputedStyle(e, '::before').content === '\"“…”\"')",
    )


def cell_shown(page, text: str) -> bool:
    cell = page.locator(f"{NOTEBOOK} .jp-MarkdownCell", has_text=text).first
    return cell.evaluate("e => getComputedStyle(e).display !== 'none'")


def test_quotes_are_marked_before_anything_runs_and_opening_changes_nothing(lab):
    page, problems = open_notebook(lab, "alone.ipynb")
    marks = page.locator(f"{NOTEBOOK} .jp-MarkdownCell mark")
    assert marks.count() == 10  # the seed's speech quotes; the "scalpel sanctions" term is <i>
    assert marks.first.get_attribute("title") == "John Kerry"
    assert marks.first.inner_text() == "“strong concern”"
    background = marks.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.wait_for_timeout(5000)
    assert page.evaluate(DIRTY) is False
    page.close()
    assert problems == []


def test_the_notebook_alone_runs_and_its_controls_hide_what_they_name(lab):
    page, problems = open_notebook(lab, "alone.ipynb")
    run_all(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(f"{NOTEBOOK} h1").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "jupyterlab-notebook.png"))
    panel = page.locator(f"{NOTEBOOK} .nd-panel")
    assert "13 paragraphs · 10 quotes · 4 speakers" in panel.inner_text()

    quotes = panel.get_by_role("checkbox", name="Quotes", exact=True)
    for _ in range(2):
        quotes.click()
        page.wait_for_function(
            f"getComputedStyle(document.querySelector('{NOTEBOOK} .jp-MarkdownCell mark')).fontSize === '0px'"
        )
        assert all(hidden_quotes(page))
        assert "“…”" not in page.locator(f"{NOTEBOOK} .jp-MarkdownCell i").inner_text()
        quotes.click()
        page.wait_for_function(
            f"getComputedStyle(document.querySelector('{NOTEBOOK} .jp-MarkdownCell mark')).fontSize !== '0px'"
        )
        assert not any(hidden_quotes(page))

    putin = panel.get_by_role("checkbox", name="Vladimir Putin", exact=True)
    putin.click()
    page.wait_for_timeout(300)
    titles = page.eval_on_selector_all(f"{NOTEBOOK} .jp-MarkdownCell mark", "els => els.map(e => e.title)")
    assert [t == "Vladimir Putin" for t in titles] == hidden_quotes(page)
    assert "Vladimir Putin" in titles
    putin.click()

    third = panel.get_by_role("checkbox", name="¶3 “He reiterated our support for…”")
    for _ in range(2):
        third.click()
        page.wait_for_timeout(300)
        assert not cell_shown(page, "He reiterated our support")
        assert cell_shown(page, "Kerry told Russia Foreign Minister") and cell_shown(page, "He also made clear")
        third.click()
        page.wait_for_timeout(300)
        assert cell_shown(page, "He reiterated our support")

    panel.get_by_role("button", name="Hide all paragraphs").click()
    page.wait_for_timeout(300)
    assert not cell_shown(page, "Secretary of State John Kerry") and not cell_shown(page, "he warned")
    panel.get_by_role("button", name="Show all paragraphs").click()
    page.wait_for_timeout(300)
    assert cell_shown(page, "Secretary of State John Kerry") and cell_shown(page, "he warned")
    page.close()
    assert problems == []


def test_nasty_text_and_labels_show_as_written(lab):
    page, problems = open_notebook(lab, "markdown-chars.ipynb")
    notebook = page.locator(NOTEBOOK)
    article = parse_file(DATA / "markdown-chars.txt")
    texts = notebook.locator(".jp-MarkdownCell .jp-RenderedMarkdown").evaluate_all("els => els.map(e => e.textContent)")
    assert [t.strip() for t in texts[1:]] == [p.text for p in article.paragraphs]
    assert "$5 now and $10 later" in texts[2]
    # bare URLs become links (their text unchanged); nothing else in the text turns into markup
    assert notebook.locator(".jp-MarkdownCell :is(script, b, strong, em, code, mjx-container, .MathJax)").count() == 0
    assert notebook.locator("h1").first.inner_text() == "Coder's *guide* to <b>safe</b> #hashtags & other_things"
    run_all(page)
    labels = notebook.locator(".nd-panel .widget-checkbox").evaluate_all(
        "els => els.map(e => e.textContent.replace(/\\u200b/g, '').trim())"
    )
    expected = [paragraph_label(n, p.text) for n, p in enumerate(article.paragraphs, start=1)]
    assert labels == ["Quotes", "Priya Raman", *expected]
    assert "$5" in expected[1] and notebook.locator(".nd-panel mjx-container").count() == 0
    page.close()
    assert problems == []


def cell_with(page, text: str):
    """The notebook cell whose text contains `text`, scrolled into view (off-screen cells have no
    innerText in JupyterLab's default windowing mode, so look them up by textContent)."""
    index = page.evaluate(
        "([scope, text]) => { const cell = [...document.querySelectorAll(scope + ' .jp-Cell')]"
        ".find(c => c.textContent.includes(text)); if (!cell) return null;"
        " cell.scrollIntoView({block: 'center'}); return cell.dataset.windowedListIndex; }",
        [NOTEBOOK, text],
    )
    assert index is not None, f"no cell shows {text!r}"
    return page.locator(f'{NOTEBOOK} .jp-Cell[data-windowed-list-index="{index}"]')


def edit_cell(page, text: str, change) -> str:
    """Open the Markdown cell that shows `text` in its editor, select all, type `change(source)`
    over it and render it; returns the old source."""
    cell = cell_with(page, text)
    cell.locator(".jp-RenderedMarkdown").dblclick()
    editor = cell.locator(".cm-content")
    source = editor.inner_text()
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(change(source))
    page.keyboard.press("Shift+Enter")
    return source


def test_edits_typed_in_jupyterlab_reach_the_deck_exported_from_the_file_menu(lab, tmp_path):
    base, token, browser, root = lab
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page, problems = open_notebook(lab, "edit.ipynb", context)
    notebook = page.locator(NOTEBOOK)

    # (a) a word changed, at the end of ¶1
    cell = cell_with(page, "Secretary of State John Kerry")
    cell.locator(".jp-RenderedMarkdown").dblclick()
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Backspace")  # the final "."
    page.keyboard.type(", said nobody in Lisbon.")
    page.keyboard.press("Shift+Enter")
    # (d) a speaker corrected in ¶8's <mark title>
    old = edit_cell(page, "Up until now, President Poroshenko", lambda s: s.replace("Vladimir Putin", "Dmitry Peskov"))
    assert 'title="Vladimir Putin"' in old
    # (b) ¶5 deleted with the keyboard: select it, Escape to command mode, D D
    cell_with(page, "ordered air and artillery strikes").locator(".jp-RenderedMarkdown").click()
    page.keyboard.press("Escape")
    page.keyboard.press("d")
    page.keyboard.press("d")
    # (c) the presenter's own remark below ¶1: B, M, type, render
    cell_with(page, "said nobody in Lisbon").locator(".jp-RenderedMarkdown").click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    page.keyboard.press("m")
    page.keyboard.press("Enter")
    page.keyboard.type("## A remark from the presenter")
    page.keyboard.press("Shift+Enter")
    assert "ordered air and artillery strikes" not in notebook.text_content()

    cell_with(page, "Up until now, President Poroshenko").locator(".jp-RenderedMarkdown").dblclick()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "jupyterlab-editing.png"))
    page.keyboard.press("Escape")

    downloads = []
    context.on("page", lambda popup: popup.on("download", lambda d: downloads.append(d)))
    page.on("download", lambda d: downloads.append(d))
    page.get_by_role("menuitem", name="File").click()
    page.locator(".lm-Menu-itemLabel", has_text="Save and Export Notebook As").click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile("newsdeck", re.IGNORECASE)).click()
    for _ in range(100):
        if downloads:
            break
        page.wait_for_timeout(200)
    assert downloads, "the export menu gave no download"
    deck_path = tmp_path / "edit.html"
    downloads[0].save_as(deck_path)

    deck = context.new_page()
    deck.goto(deck_path.as_uri())
    deck.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=10_000)
    slides = deck.evaluate(
        "[...document.querySelectorAll('.slides > section')].map(s => {"
        " const c = s.cloneNode(true); c.querySelectorAll('aside.notes').forEach(a => a.remove());"
        " return c.textContent; }).join(' ')"
    )
    notes = deck.evaluate("Reveal.getSlides().map(s => Reveal.getSlideNotes(s) || '').join(' ')")
    panel = deck.locator("#nd-panel").text_content()
    assert "said nobody in Lisbon." in slides and "said nobody in Lisbon." in notes
    assert "A remark from the presenter" in slides
    assert (
        slides.index("said nobody in Lisbon")
        < slides.index("A remark from the presenter")
        < slides.index("The weeklong pause")
    )
    assert "Dmitry Peskov" in panel and "Dmitry Peskov" in slides  # a speaker checkbox, a row in Who said what
    eighth = deck.evaluate(
        "Reveal.getSlideNotes(Reveal.getSlides().find(s => s.textContent.includes('Up until now, President')))"
    )
    assert "— Dmitry Peskov" in eighth and "— Vladimir Putin" not in eighth
    for text in (slides, notes, panel):
        assert "ordered air and artillery strikes" not in text
        assert "brink of collapse." not in text
    assert len(re.findall(r"¶\d+ “", panel)) == 12  # 13 less the deleted one; the heading is no paragraph
    deck.close()
    page.close()
    context.close()
    assert problems == []


def test_a_saved_notebook_reopens_without_widget_errors(lab):
    base, token, browser, root = lab
    page, problems = open_notebook(lab, "reopen.ipynb")
    run_all(page)
    page.keyboard.press("Control+s")
    page.wait_for_function(f"() => !{CURRENT}.context.model.dirty")
    page.wait_for_timeout(500)
    page.close()
    page, problems_again = open_notebook(lab, "reopen.ipynb")
    output = page.locator(f"{NOTEBOOK} .jp-Cell").nth(1).locator(".jp-OutputArea")
    output.get_by_text(STATIC_NOTE).wait_for(timeout=10_000)
    assert "model not found" not in page.locator(NOTEBOOK).inner_text()
    # the saved static twin of the panel works before anything runs (the notebook is trusted here)
    output.get_by_role("checkbox", name="Quotes", exact=True).click()
    assert all(hidden_quotes(page))
    page.wait_for_timeout(5000)
    assert page.evaluate(DIRTY) is False
    page.close()
    assert problems == [] and problems_again == []


def test_a_rise_slideshow_shows_the_deck_slides_and_its_controls_work(lab):
    """RISE (jupyterlab-rise) presents the notebook itself: the paragraphs fall on slides as on the
    deck, and the controls slide's static panel hides quotes on the other slides."""
    base, token, _, root = lab
    page, problems = open_notebook(lab, "rise.ipynb")
    run_all(page)
    with page.context.expect_page() as opened:
        page.evaluate("window.jupyterapp.commands.execute('RISE:slideshow')")
    rise = opened.value
    rise.goto(f"{base}/rise/rise.ipynb?activeCellIndex=1&token={token}")
    slides = rise.locator(".reveal .slides > section")
    slides.first.wait_for(timeout=60_000)
    notebook = json.loads((root / "rise.ipynb").read_text(encoding="utf-8"))
    starts = [c for c in notebook["cells"] if c["metadata"].get("slideshow", {}).get("slide_type") == "slide"]
    assert slides.count() == len(starts)  # title, controls, the deck's paragraph slides, Who said what
    current = rise.locator(".reveal .slides > section.present")
    panel = current.locator(".nd-panel-static")
    panel.wait_for(timeout=30_000)
    assert "Checkbox(" not in current.inner_text() and "show()" not in current.inner_text()
    panel.get_by_role("checkbox", name="Quotes", exact=True).click()
    rise.locator(".reveal .controls .navigate-right").click()  # reveal.js ignores keys while a checkbox has focus
    first = rise.locator(".reveal .slides > section.present mark").first
    first.wait_for(state="attached", timeout=10_000)
    assert first.evaluate("e => getComputedStyle(e).fontSize") == "0px"
    assert rise.locator(".reveal .slides > section.present").inner_text().startswith("Secretary of State John Kerry")
    rise.wait_for_timeout(1000)  # the slide transition
    rise.screenshot(path=str(ARTIFACTS / "rise-quotes-hidden.png"))
    rise.close()
    page.close()
    assert problems == []


def test_jupyterlab_export_menu_offers_newsdeck(lab):
    import json
    import urllib.request

    base, token, _, _ = lab
    with urllib.request.urlopen(f"{base}/api/nbconvert?token={token}") as answer:
        exporters = json.load(answer)
    assert exporters["newsdeck"]["output_mimetype"] == "text/html"
