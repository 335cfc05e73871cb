"""The stages wired together for the command line: article file → notebook file → deck file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from newsdeck.files import check_distinct, check_writable, file_name, make_folder, write_text


def write_notebook(source: str | Path, notebook_path: str | Path):
    """An article (text file, saved page or link) → its notebook file."""
    from newsdeck import notebook
    from newsdeck.fetch import is_link
    from newsdeck.sources import load

    source, notebook_path = str(source), Path(notebook_path)
    check_distinct(notebook_path, source)
    name = source if is_link(source) else file_name(source)
    node = notebook.build(load(source), name)
    write_text(notebook_path, notebook.writes(node))
    return node


@cache
def _exporter():
    from newsdeck.cache import template_cache
    from newsdeck.exporter import NewsdeckExporter

    exporter = NewsdeckExporter()
    exporter.environment.bytecode_cache = template_cache()  # compiling nbconvert's templates takes ~0.1 s
    return exporter


def deck_html(node) -> str:
    """The offline slides for a notebook node, through the newsdeck nbconvert exporter."""
    html, _ = _exporter().from_notebook_node(node, resources={"metadata": {"name": "slides"}})
    return html


def read_notebook(path: str | Path):
    import nbformat

    from newsdeck.errors import InputError
    from newsdeck.reader import read_text

    text = read_text(path)
    try:
        return nbformat.reads(text, as_version=4)
    except Exception as error:  # nbformat raises several kinds for a broken file
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"{path}: not a notebook ({reason})") from None


def write_slides(notebook_path: str | Path, deck_path: str | Path) -> None:
    check_distinct(deck_path, notebook_path)
    write_text(deck_path, deck_html(read_notebook(notebook_path)))


def targets(source: str | Path, notebooks: str | Path, export: str | Path) -> tuple[Path, Path]:
    """Where `build` writes an article: notebooks/NAME.ipynb and export/NAME.html."""
    from newsdeck.sources import name_of

    name = name_of(source)
    return Path(notebooks) / f"{name}.ipynb", Path(export) / f"{name}.html"


def prepare_folders(*folders: str | Path) -> None:
    """Create the output folders if missing and check each can really be written into."""
    for folder in folders:
        check_writable(make_folder(folder))


def build(article_path: str | Path, notebooks: str | Path, export: str | Path) -> tuple[Path, Path]:
    """Article → notebooks/NAME.ipynb → export/NAME.html (`prepare_folders` first, once for a
    batch, so that nothing is written when either folder cannot be)."""
    article_path = str(article_path)
    notebook_path, deck_path = targets(article_path, notebooks, export)
    check_distinct(deck_path, article_path)
    node = write_notebook(article_path, notebook_path)
    write_text(deck_path, deck_html(node))
    return notebook_path, deck_path


def write_pdf(source: str | Path, output: str | Path, notes: bool = False) -> None:
    """A notebook (exported first) or a deck → a PDF handout."""
    import tempfile

    from newsdeck.errors import InputError
    from newsdeck.pdf import print_pdf

    source = Path(source)
    check_distinct(output, source)
    if source.suffix.lower() in (".html", ".htm"):
        if not source.is_file():
            raise InputError(f"{source}: no such file")
        print_pdf(source, output, notes)
        return
    with tempfile.TemporaryDirectory(prefix="newsdeck-pdf-") as folder:
        deck = Path(folder) / f"{source.stem}.html"
        deck.write_text(deck_html(read_notebook(source)), encoding="utf-8")
        print_pdf(deck, output, notes)
