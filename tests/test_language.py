"""The article's language: from its Language: header, else from its words; the deck says it."""

import pytest

from newsdeck.language import detect, from_header
from newsdeck.notebook import build
from newsdeck.parse import parse
from newsdeck.pipeline import deck_html

SAMPLES = {
    "en": "The council said on Monday that the bridge would stay closed until the repairs were finished.",
    "de": "Der Bürgermeister sagte am Montag, die Brücke werde bis zum Ende der Reparaturen gesperrt bleiben.",
    "fr": "Le maire a déclaré lundi que le pont resterait fermé jusqu'à la fin des travaux, selon la mairie.",
    "sv": "Kommunen säger att bron är stängd till efter sommaren och att hon inte vet mer än så.",
    "da": "Kommunen siger, at broen er lukket til efter sommeren, og at hun ikke ved mere end det.",
    "no": "Kommunen sier at brua er stengt til etter sommeren, og at hun ikke vet mer enn det.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_the_words_tell_the_language(code):
    assert detect(SAMPLES[code]) == code


def test_a_header_names_the_language_in_any_common_form():
    assert [from_header(v) for v in ("de", "de-CH", "German", "Deutsch", "fr_FR", "nb", "Klingon")] == [
        "de", "de", "de", "de", "fr", "no", None,
    ]  # fmt: skip


def test_the_header_wins_over_the_words():
    article = parse(f"Brücke gesperrt\nLanguage: fr\n\n{SAMPLES['de']}\n")
    assert article.language == "fr" and dict(article.header)["language"] == "fr"


def test_the_deck_says_the_articles_language_unless_configured():
    notebook = build(parse(f"Brücke gesperrt\n\n{SAMPLES['de']}\n"), "brücke.txt")
    assert '<html lang="de">' in deck_html(notebook)
    from traitlets.config import Config

    from newsdeck.exporter import NewsdeckExporter

    html, _ = NewsdeckExporter(config=Config({"NewsdeckExporter": {"language_code": "en"}})).from_notebook_node(
        notebook
    )
    assert '<html lang="en">' in html
