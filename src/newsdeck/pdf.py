"""A deck → a PDF handout, one slide per page, through Chromium and reveal.js's print view."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from newsdeck.errors import InputError
from newsdeck.files import write_bytes

CHROMIUM = "/usr/bin/chromium"
ARGS = [  # a quiet Chromium on a machine with no network and no screen
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
SECONDS = 120


def chromium() -> str:
    """The Chromium to print with: $NEWSDECK_CHROMIUM, else `chromium` on the PATH, else Debian's."""
    configured = os.environ.get("NEWSDECK_CHROMIUM")
    found = configured or shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).is_file() else None)
    if not found or not Path(found).is_file():
        raise InputError(f"a PDF handout needs Chromium ({found or 'chromium'} not found): apt-get install chromium")
    return found


def print_pdf(deck: str | Path, output: str | Path, notes: bool = False) -> None:
    """Print an offline deck to `output` (written whole or not at all), once reveal.js has laid
    out its print view: one page per slide, at the slide's size, with its margins."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise InputError("a PDF handout needs Playwright for Python: pip install playwright") from None
    browser_path, deck = chromium(), Path(deck)
    url = deck.resolve().as_uri() + "?print-pdf" + ("&showNotes=separate-page" if notes else "")
    with tempfile.TemporaryDirectory(prefix="newsdeck-pdf-") as home, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=browser_path, args=ARGS, env={**os.environ, "HOME": home}
            )
            page = browser.new_page()
            page.goto(url)
            page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=SECONDS * 1000)
            page.wait_for_function("() => document.querySelectorAll('.pdf-page').length > 0", timeout=SECONDS * 1000)
            data = page.pdf(prefer_css_page_size=True, print_background=True)
            browser.close()
        except Error as error:
            raise InputError(f"{deck}: Chromium could not print it ({str(error).splitlines()[0]})") from None
    write_bytes(output, data)
