"""The control panel: CSS rules driven by checkboxes, the ipywidgets that hold them, and the
static twin for the slides. Everything here is derived from a reading of the notebook's cells.

Hiding is pure CSS (`:has()` on the checkboxes' state), so it needs no kernel round-trip and
the very same rules drive the static panel in the slides.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from newsdeck.cells import Reading
from newsdeck.files import package_text
from newsdeck.markup import control_class, plural, render, speaker_classes, speaker_selector
from newsdeck.model import SPEECH, Article

TEASER_WORDS = 5
BAR_STEPS = 100  # a speaker's bar is a percentage of the most quoted speaker's
HINT = "Run this cell (Shift+Enter) to show the controls."
STATIC_NOTE = "The controls as last saved. " + HINT.replace("to show the controls", "to bring back the live ones")
STALE = "Save the notebook and run this cell again after editing, so the controls follow the cells."


def teaser(text: str) -> str:
    """The first words of a paragraph, for a control's label: “He reiterated our support…”"""
    words = text.lstrip('“”"„« ').split()
    cut = " ".join(words[:TEASER_WORDS]).rstrip('“”",.;:')
    return f"“{cut}…”" if len(words) > TEASER_WORDS else f"“{cut}”"


def paragraph_label(number: int, text: str) -> str:
    return f"¶{number} {teaser(text)}"


def rules(article: Article, scope: str, paragraph: Callable[[int], str] | None = None) -> str:
    """CSS that hides what each unchecked control names, within `scope`; `paragraph(n)` is the
    selector of paragraph n's box (None: paragraphs are hidden another way, as the deck's script does)."""

    def off(control: str) -> str:
        return f"{scope}:has(.{control} input:not(:checked))"

    def hide_quotes(control: str, quotes: str) -> list[str]:
        hidden = f"{off(control)} {quotes}:not(.nd-shown)"
        return [
            f"{hidden} {{ font-size: 0 !important; color: transparent; display: inline-block; }}",
            f'{hidden}::before {{ content: "“…”"; font-size: var(--nd-text-size, 1rem); color: CanvasText; }}',
        ]

    lines = hide_quotes("nd-ctl-quotes", "mark")
    for name, speaker_class in speaker_classes(article).items():
        lines += hide_quotes(control_class(speaker_class), speaker_selector(name))
    for n in range(1, len(article.paragraphs) + 1) if paragraph else ():
        lines.append(f"{off(control_class(f'nd-p{n}'))} {paragraph(n)} {{ display: none !important; }}")
    return "\n".join(lines)


def counts(article: Article) -> str:
    return " · ".join(
        [
            plural(len(article.paragraphs), "paragraph"),
            plural(len([q for q in article.quotes if q.kind == SPEECH]), "quote"),
            plural(len(article.speakers), "speaker"),
        ]
    )


def who_said_what_rows(article: Article) -> list[dict]:
    """Per speaker: name, count, bar width (% of the most quoted), and their quotes with ¶ numbers."""
    most = max((s.quotes for s in article.speakers), default=1)
    return [
        {
            "name": speaker.name,
            "count": speaker.quotes,
            "width": max(4, round(BAR_STEPS * speaker.quotes / most)),
            "quotes": [
                (n, q.text)
                for n, p in enumerate(article.paragraphs, start=1)
                for q in p.quotes
                if q.kind == SPEECH and q.speaker == speaker.name
            ],
        }
        for speaker in article.speakers
    ]


def static_panel(article: Article, deck: bool = True) -> str:
    """The controls as plain HTML, no kernel needed: the deck's panel, or (deck=False) the
    notebook's twin of the widgets, shown where they cannot load (a RISE slideshow, a reopened
    notebook before the cell runs again)."""
    speakers = [(name, control_class(c)) for name, c in speaker_classes(article).items()]
    paragraphs = [
        (paragraph_label(n, p.text), control_class(f"nd-p{n}")) for n, p in enumerate(article.paragraphs, start=1)
    ]
    return render("panel.html.j2", speakers=speakers, paragraphs=paragraphs, deck=deck, note=STATIC_NOTE)


def panel(article: Article):
    """The ipywidgets panel: Quotes, one checkbox per speaker and per paragraph, show/hide all."""
    import ipywidgets as widgets

    from newsdeck.markup import literal

    def checkbox(label: str, css_class: str) -> widgets.Checkbox:
        # ipywidgets typesets descriptions with MathJax: as HTML inside mathjax_ignore, labels stay literal
        description = f'<span class="mathjax_ignore">{literal(label)}</span>'
        box = widgets.Checkbox(value=True, description=description, description_allow_html=True, indent=False)
        return box.add_class(css_class)

    quotes = checkbox("Quotes", "nd-ctl-quotes")
    speakers = [checkbox(name, control_class(c)) for name, c in speaker_classes(article).items()]
    paragraphs = [
        checkbox(paragraph_label(n, p.text), control_class(f"nd-p{n}"))
        for n, p in enumerate(article.paragraphs, start=1)
    ]
    auto = widgets.Layout(width="auto")
    show_all = widgets.Button(description="Show all paragraphs", icon="eye", layout=auto)
    hide_all = widgets.Button(description="Hide all paragraphs", icon="eye-slash", layout=auto)

    def set_all(value: bool) -> None:
        for box in paragraphs:
            box.value = value

    show_all.on_click(lambda _: set_all(True))
    hide_all.on_click(lambda _: set_all(False))
    grid = widgets.Layout(grid_template_columns="repeat(auto-fill, minmax(16em, 1fr))", grid_gap="0 1em")

    class Panel(widgets.VBox):
        """A VBox that also carries its static twin (HTML) and a hint (text): what shows where
        the widgets cannot, such as a RISE slideshow or the notebook reopened from its file."""

        def _repr_mimebundle_(self, **kwargs):
            return {
                **super()._repr_mimebundle_(**kwargs),
                "text/html": static_panel(article, deck=False),
                "text/plain": HINT,
            }

    return Panel(
        [
            widgets.HTML(f"<b>Quotes and speakers</b> · {counts(article)}"),
            widgets.GridBox([quotes, *speakers], layout=grid),
            widgets.HTML("<b>Paragraphs</b>"),
            widgets.HBox([show_all, hide_all]),
            widgets.GridBox(paragraphs, layout=grid),
            widgets.HTML(f"<small>{STALE}</small>"),
        ]
    ).add_class("nd-panel")


def notebook_path(path: str | os.PathLike | None = None) -> Path:
    """The notebook this kernel belongs to: `path` if given, else the one Jupyter started it for."""
    from IPython import get_ipython

    from newsdeck.errors import InputError

    if path is not None:
        return Path(path)
    shell = get_ipython()
    namespace = shell.user_ns if shell is not None else {}
    candidates = (namespace.get("__session__"), os.environ.get("JPY_SESSION_NAME"), namespace.get("__vsc_ipynb_file__"))
    for candidate in candidates:
        if candidate and Path(candidate).suffix == ".ipynb" and Path(candidate).is_file():
            return Path(candidate)
    raise InputError("cannot tell which notebook this is; call show('NAME.ipynb') with its path")


def _reading(path) -> Reading:
    from newsdeck import cells
    from newsdeck.pipeline import read_notebook

    notebook = notebook_path(path)
    return cells.read(read_notebook(notebook), notebook.stem)


NOTEBOOK_SCOPE = ".jp-Notebook"


def notebook_paragraph(reading: Reading) -> Callable[[int], str]:
    """Selector of paragraph n's cell in JupyterLab, by its position among the notebook's cells."""
    positions = {b.number: b.index for b in reading.paragraph_blocks()}
    return lambda n: f'.jp-Cell[data-windowed-list-index="{positions[n]}"]'


def show(path: str | os.PathLike | None = None) -> None:
    """Display the control panel in a running notebook (the controls cell's call), for the cells of
    the notebook as last saved."""
    from IPython.display import HTML, display

    reading = _reading(path)
    article = reading.article
    style = package_text("static/controls.css") + package_text("static/notebook.css")
    style += rules(article, NOTEBOOK_SCOPE, notebook_paragraph(reading))
    display(HTML(f"<style>\n{style}\n</style>"))
    display(panel(article))


def who_said_what(path: str | os.PathLike | None = None) -> None:
    """Display Who-said-what for the notebook's cells as last saved (the last cell's call)."""
    from IPython.display import HTML, display

    article = _reading(path).article
    display(HTML(render("who.html.j2", rows=who_said_what_rows(article), compact=False)))
