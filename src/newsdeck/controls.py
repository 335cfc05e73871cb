"""The control panel: CSS rules driven by checkboxes, and the ipywidgets that hold them.

Hiding is pure CSS (`:has()` on the checkboxes' state), so it needs no kernel round-trip and
the very same rules drive the static panel in the slides.
"""

from __future__ import annotations

from newsdeck.files import package_text
from newsdeck.markup import control_class, speaker_classes
from newsdeck.model import Article

TEASER_WORDS = 5


def teaser(text: str) -> str:
    """The first words of a paragraph, for a control's label: “He reiterated our support…”"""
    words = text.lstrip('“”"„« ').split()
    cut = " ".join(words[:TEASER_WORDS]).rstrip('“”",.;:')
    return f"“{cut}…”" if len(words) > TEASER_WORDS else f"“{cut}”"


def paragraph_label(number: int, text: str) -> str:
    return f"¶{number} {teaser(text)}"


def rules(article: Article, scope: str, paragraph_box: str = ".nd-p{n}") -> str:
    """CSS that hides what each unchecked control names, within `scope`."""

    def off(control: str) -> str:
        return f"{scope}:has(.{control} input:not(:checked))"

    def hide_quotes(control: str, quotes: str) -> list[str]:
        return [
            f"{off(control)} {quotes} .nd-qt {{ display: none !important; }}",
            f"{off(control)} {quotes} .nd-ph {{ display: inline !important; }}",
        ]

    lines = hide_quotes("nd-ctl-quotes", ".nd-quote")
    for speaker_class in speaker_classes(article).values():
        lines += hide_quotes(control_class(speaker_class), f".{speaker_class}")
    for n in range(1, len(article.paragraphs) + 1):
        lines.append(f"{off(control_class(f'nd-p{n}'))} {paragraph_box.format(n=n)} {{ display: none !important; }}")
    return "\n".join(lines)


def panel(article: Article):
    """The ipywidgets panel: Quotes, one checkbox per speaker and per paragraph, show/hide all."""
    import ipywidgets as widgets

    def checkbox(label: str, css_class: str) -> widgets.Checkbox:
        return widgets.Checkbox(value=True, description=label, indent=False).add_class(css_class)

    quotes = checkbox("Quotes", "nd-ctl-quotes")
    classes = speaker_classes(article)
    speakers = [checkbox(name, control_class(c)) for name, c in classes.items()]
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
    return widgets.VBox(
        [
            widgets.HTML("<b>Quotes and speakers</b>"),
            widgets.GridBox([quotes, *speakers], layout=grid),
            widgets.HTML("<b>Paragraphs</b>"),
            widgets.HBox([show_all, hide_all]),
            widgets.GridBox(paragraphs, layout=grid),
        ]
    ).add_class("nd-panel")


NOTEBOOK_SCOPE = ".jp-Notebook"
NOTEBOOK_PARAGRAPH_BOX = ".jp-Cell:has(.nd-p{n})"


def show(article_path: str) -> None:
    """Display the control panel for an article in a running notebook (the controls cell's call)."""
    from IPython.display import HTML, display

    from newsdeck.parse import parse_file

    article = parse_file(article_path)
    style = package_text("static/controls.css") + rules(article, NOTEBOOK_SCOPE, NOTEBOOK_PARAGRAPH_BOX)
    display(HTML(f"<style>\n{style}\n</style>"))
    display(panel(article))


def static_panel(article: Article) -> str:
    """The same controls as plain HTML for the slides: checkboxes in labels, no kernel needed."""
    from newsdeck.markup import literal

    def checkbox(label: str, css_class: str) -> str:
        return f'<label class="nd-ctl {css_class}"><input type="checkbox" checked> {literal(label)}</label>'

    classes = speaker_classes(article)
    speakers = "".join(checkbox(name, control_class(c)) for name, c in classes.items())
    paragraphs = "".join(
        checkbox(paragraph_label(n, p.text), f"nd-ctl-para {control_class(f'nd-p{n}')}")
        for n, p in enumerate(article.paragraphs, start=1)
    )
    return (
        '<button type="button" id="nd-open" class="nd-open" aria-expanded="false" aria-controls="nd-panel" '
        'title="Show or hide quotes and paragraphs (C)">Controls</button>\n'
        '<div id="nd-panel" class="nd-panel" role="dialog" aria-modal="false" aria-label="Controls" hidden>\n'
        '<div class="nd-panel-head"><h2>Controls</h2>'
        '<button type="button" class="nd-close">Close</button></div>\n'
        f"<fieldset><legend>Quotes and speakers</legend>{checkbox('Quotes', 'nd-ctl-quotes')}{speakers}</fieldset>\n"
        '<fieldset><legend>Paragraphs</legend><div class="nd-all">'
        '<button type="button" class="nd-show-all">Show all paragraphs</button> '
        '<button type="button" class="nd-hide-all">Hide all paragraphs</button></div>'
        f"{paragraphs}</fieldset>\n"
        '<p class="nd-keys">Keys: <kbd>Q</kbd> quotes, <kbd>C</kbd> controls, <kbd>Esc</kbd> close, '
        "<kbd>S</kbd> speaker notes, <kbd>?</kbd> all keys</p>\n"
        "</div>"
    )
