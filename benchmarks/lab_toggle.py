"""The notebook of a 300-paragraph article in a real JupyterLab: how long a control takes to act."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

PARAGRAPHS = 300
CURRENT = "window.jupyterapp.shell.currentWidget"
KERNEL_IDLE = (
    f"() => {{ const w = window.jupyterapp && {CURRENT};"
    " const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;"
    " return !!k && k.status === 'idle'; }"
)
# Click a control's checkbox, then wait for the next frame after the cell's style changed.
TOGGLE = """async ([control, target]) => {
    const box = document.querySelector(`.${control} input`);
    const el = () => document.querySelector(target);
    const before = getComputedStyle(el()).display + getComputedStyle(el()).fontSize;
    const start = performance.now();
    box.click();
    while (getComputedStyle(el()).display + getComputedStyle(el()).fontSize === before) {
        await new Promise(r => setTimeout(r, 1));
        if (performance.now() - start > 10000) return null;
    }
    await new Promise(r => requestAnimationFrame(r));
    return performance.now() - start;
}"""


def article(paragraphs: int = PARAGRAPHS) -> str:
    body = "\n\n".join(
        f"The board took up item {i} at {i % 12 + 1} p.m. “We read item {i} aloud, as the law asks,”"
        f" {('Ana Lima', 'Ben Okafor', 'Chen Wu')[i % 3]} said, before a vote on the next item."
        for i in range(paragraphs)
    )
    return f"A long board meeting\n\n{body}\n"


def toggle_ms(work: Path) -> dict[str, float]:
    """Median ms (of 5 each) for the Quotes control and for one paragraph's control to take effect."""
    from lab import chromium, jupyterlab

    from newsdeck.pipeline import write_notebook

    root = work / "lab-root"
    root.mkdir(parents=True, exist_ok=True)
    source = work / "long-board.txt"
    source.write_text(article(), encoding="utf-8")
    write_notebook(source, root / "long-board.ipynb")
    with jupyterlab(root, work / "lab-home") as (base, token), chromium(work / "lab-home") as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/lab/tree/long-board.ipynb?reset&token={token}")
        page.wait_for_function(KERNEL_IDLE, timeout=90_000)
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.locator(".nd-ctl-quotes input").wait_for(timeout=90_000)
        page.wait_for_function(KERNEL_IDLE, timeout=90_000)
        cases = {
            "Quotes": ("nd-ctl-quotes", ".jp-MarkdownCell mark"),
            "one paragraph": ("nd-ctl-p2", '.jp-Cell[data-windowed-list-index="3"]'),
        }
        times = {}
        for name, (control, target) in cases.items():
            runs = [page.evaluate(TOGGLE, [control, target]) for _ in range(6)]
            times[name] = statistics.median(r for r in runs if r is not None)
        page.close()
    return times


if __name__ == "__main__":
    import tempfile

    print(toggle_ms(Path(tempfile.mkdtemp(prefix="newsdeck-lab-"))))
