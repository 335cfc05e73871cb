"""Retake the README's deck screenshots (slide, panel, speaker view).

Run `.venv/bin/python docs/screenshots.py` after `make slides`."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from lab import chromium  # noqa: E402


def main() -> None:
    deck = ROOT / "export" / "kerry-warns-russia.html"
    with chromium(ROOT / ".venv" / "screenshots") as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(deck.as_uri())
        page.wait_for_function("window.Reveal && Reveal.isReady()")
        page.evaluate(
            "Reveal.slide([...document.querySelectorAll('.slides > section')]"
            ".findIndex(s => s.querySelector('.nd-p8')))"
        )
        page.wait_for_timeout(800)
        page.screenshot(path=str(ROOT / "docs" / "slide.png"))
        page.keyboard.press("q")
        page.get_by_role("button", name="Controls", exact=True).click()
        page.wait_for_timeout(300)
        page.screenshot(path=str(ROOT / "docs" / "panel.png"))
        page.close()

        context = browser.new_context(viewport={"width": 1280, "height": 720})
        audience = context.new_page()
        audience.goto(deck.as_uri())
        audience.wait_for_function("window.Reveal && Reveal.isReady()")
        audience.evaluate("Reveal.slide(4)")
        with context.expect_page() as popup:
            audience.keyboard.press("s")
        speaker_view = popup.value
        speaker_view.set_viewport_size({"width": 1280, "height": 720})
        speaker_view.wait_for_timeout(2500)
        speaker_view.screenshot(path=str(ROOT / "docs" / "speaker-view.png"))
        context.close()


if __name__ == "__main__":
    main()
