"""The notebook in a real JupyterLab, driven by Debian's Chromium: controls hide what they name."""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest
from conftest import DATA, ROOT
from lab import chromium, jupyterlab

from newsdeck.parse import parse_file
from newsdeck.pipeline import write_notebook

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
KERNEL_IDLE = (
    "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
    " const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;"
    " return !!k && k.status === 'idle'; }"
)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "root"
    (root / "notebooks").mkdir(parents=True)
    (root / "data").mkdir()
    shutil.copy(ROOT / "notebooks" / "kerry-warns-russia.ipynb", root / "notebooks")
    shutil.copy(ROOT / "data" / "kerry-warns-russia.txt", root / "data")
    shutil.copy(DATA / "markdown-chars.txt", root / "data")
    write_notebook(root / "data" / "markdown-chars.txt", root / "notebooks" / "markdown-chars.ipynb")
    with jupyterlab(root, tmp) as (base, token), chromium(tmp) as browser:
        yield base, token, browser


def open_notebook(lab, name: str):
    base, token, browser = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if urlparse(r.url).hostname == "127.0.0.1" else problems.append(r.url))
    page.goto(f"{base}/lab/tree/notebooks/{name}?reset&token={token}")
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    return page, problems


def run_all(page) -> None:
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.get_by_role("checkbox", name="Quotes", exact=True).wait_for(timeout=90_000)
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)


def display(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => getComputedStyle(e).display)")


def cell_display(page, paragraph: int) -> str:
    return page.eval_on_selector(f".nd-p{paragraph}", "e => getComputedStyle(e.closest('.jp-Cell')).display")


def test_article_renders_before_running(lab):
    page, problems = open_notebook(lab, "kerry-warns-russia.ipynb")
    first = page.inner_text(".nd-p1")
    assert first.startswith("Secretary of State John Kerry voiced his “strong concern” to Moscow")
    assert page.locator(".nd-para").count() == 13
    assert set(display(page, ".nd-ph")) == {"none"}
    page.close()
    assert problems == []


def test_controls_hide_and_show_what_they_name(lab):
    page, problems = open_notebook(lab, "kerry-warns-russia.ipynb")
    run_all(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .nd-title').scrollIntoView()")
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "jupyterlab-notebook.png"))
    quotes = page.get_by_role("checkbox", name="Quotes", exact=True)
    for _ in range(2):
        quotes.click()
        page.wait_for_function("getComputedStyle(document.querySelector('.nd-p1 .nd-qt')).display === 'none'")
        assert set(display(page, ".nd-quote .nd-qt")) == {"none"}
        assert set(display(page, ".nd-quote .nd-ph")) == {"inline"}
        assert display(page, ".nd-term") == ["inline"]
        assert "“…”" in page.inner_text(".nd-p1")
        quotes.click()
        page.wait_for_function("getComputedStyle(document.querySelector('.nd-p1 .nd-qt')).display !== 'none'")
        assert set(display(page, ".nd-quote .nd-ph")) == {"none"}

    putin = page.get_by_role("checkbox", name="Vladimir Putin", exact=True)
    putin.click()
    page.wait_for_function("getComputedStyle(document.querySelector('.nd-p8 .nd-qt')).display === 'none'")
    speaker_class = page.eval_on_selector(".nd-p8 .nd-quote", "e => [...e.classList].find(c => /^nd-s\\d+$/.test(c))")
    assert set(display(page, f".{speaker_class} .nd-qt")) == {"none"}
    assert set(display(page, f".nd-quote:not(.{speaker_class}) .nd-qt")) == {"inline"}
    putin.click()
    page.wait_for_function("getComputedStyle(document.querySelector('.nd-p8 .nd-qt')).display !== 'none'")

    third = page.get_by_role("checkbox", name="¶3 “He reiterated our support for…”")
    for _ in range(2):
        third.click()
        page.wait_for_function(
            "getComputedStyle(document.querySelector('.nd-p3').closest('.jp-Cell')).display === 'none'"
        )
        assert [cell_display(page, n) for n in (2, 3, 4)] == ["block", "none", "block"]
        third.click()
        page.wait_for_function(
            "getComputedStyle(document.querySelector('.nd-p3').closest('.jp-Cell')).display !== 'none'"
        )

    page.get_by_role("button", name="Hide all paragraphs").click()
    page.wait_for_function(
        "[...document.querySelectorAll('.nd-para')].every(p => p.closest('.jp-Cell').offsetParent === null)"
    )
    page.get_by_role("button", name="Show all paragraphs").click()
    page.wait_for_function(
        "[...document.querySelectorAll('.nd-para')].every(p => p.closest('.jp-Cell').offsetParent !== null)"
    )

    page.reload()
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    run_all(page)
    page.get_by_role("checkbox", name="Quotes", exact=True).click()
    page.wait_for_function("getComputedStyle(document.querySelector('.nd-p1 .nd-qt')).display === 'none'")
    page.close()
    assert problems == []


def test_nasty_text_shows_as_written(lab):
    page, problems = open_notebook(lab, "markdown-chars.ipynb")
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    texts = notebook.locator(".nd-para").evaluate_all("els => els.map(e => e.innerText)")
    assert texts == [p.text for p in parse_file(DATA / "markdown-chars.txt").paragraphs]
    assert "$5 now and $10 later" in texts[1]
    assert notebook.locator(".nd-para :is(script, b, em, strong, a, code, mjx-container, .MathJax)").count() == 0
    assert notebook.locator("h1.nd-title").inner_text() == "Coder's *guide* to <b>safe</b> #hashtags & other_things"
    page.close()
    assert problems == []


def test_jupyterlab_export_menu_offers_newsdeck(lab):
    import json
    import urllib.request

    base, token, _ = lab
    with urllib.request.urlopen(f"{base}/api/nbconvert?token={token}") as answer:
        exporters = json.load(answer)
    assert "newsdeck" in exporters
    assert exporters["newsdeck"]["output_mimetype"] == "text/html"
