"""Quote spans and attribution on small cases, one rule each."""

import pytest

from newsdeck.parse import parse
from newsdeck.quotes import find_spans


def spans(text):
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said “curly” and "straight".', ["curly", "straight"]),
        ('Mixed "straight open” and “curly open" too.', ["straight open", "curly open"]),
        ("“Nested 'single' and ‘curly’ stay inside,” she said.", ["Nested 'single' and ‘curly’ stay inside,"]),
        ("Russia’s ’90s rock 'n' roll at the Growers' market.", []),
        ('A 6" pipe, then "a quote".', ["a quote"]),
        ('"Runs to the end of the paragraph', ["Runs to the end of the paragraph"]),
        ('Empty "" marks are not quotes.', []),
        ('He said,"no space" and "closed,"then more.', ["no space", "closed,"]),
        ('("Bracketed") and —"dashed"', ["Bracketed", "dashed"]),
    ],
)
def test_spans(text, quotes):
    assert spans(text) == quotes


def quotes_of(body: str):
    return [(q.text, q.speaker, q.kind) for q in parse("Title\n\n" + body).quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Mary Jones said, "We won."', [("We won.", "Mary Jones", "speech")]),
        ('"We won," said Mary Jones.', [("We won,", "Mary Jones", "speech")]),
        ('"We won," Mary Jones added.', [("We won,", "Mary Jones", "speech")]),
        ("Mary Jones said: “We won.”", [("We won.", "Mary Jones", "speech")]),
        ('Mary Jones wrote that "the vote was fair."', [("the vote was fair.", "Mary Jones", "speech")]),
        ('Mary Jones asked, "Who counted?"', [("Who counted?", "Mary Jones", "speech")]),
        (
            '"We won," she said. "We earned it."\n\nPlaceholder.',
            [("We won,", None, "speech"), ("We earned it.", None, "speech")],
        ),
        (
            'Mary Jones spoke first.\n\n"We won," she said. "We earned it."',
            [("We won,", "Mary Jones", "speech"), ("We earned it.", "Mary Jones", "speech")],
        ),
        (
            'Mary Jones arrived.\n\n"We won," Jones insisted.',
            [("We won,", "Mary Jones", "speech")],
        ),
        (
            'Mayor Mary Jones arrived.\n\n"We won," the mayor warned.',
            [("We won,", "Mary Jones", "speech")],
        ),
        ('"We won," according to Mary Jones.', [("We won,", "Mary Jones", "speech")]),
        ('"Cases rose," according to the BBC.', [("Cases rose,", None, "speech")]),
        ('"Cases rose by a tenth," according to researchers.', [("Cases rose by a tenth,", None, "speech")]),
        ('"No," said Sen. Rand Paul (R-Ky.).', [("No,", "Rand Paul", "speech")]),
        ('"No," House Speaker Nancy Pelosi (D-Calif.) said.', [("No,", "Nancy Pelosi", "speech")]),
        ('Mo Ali spoke.\n\n"A mistake," Ali, who chairs the panel, said.', [("A mistake,", "Mo Ali", "speech")]),
        ('President Biden spoke.\n\n"We will rebuild," Biden said.', [("We will rebuild,", "Biden", "speech")]),
        (
            '"We disagree," said a spokesperson for the Department of Justice.',
            [("We disagree,", "spokesperson for the Department of Justice", "speech")],
        ),
        (
            'A spokesman for the agency declined to comment.\n\n"Not now," the spokesman said.',
            [("Not now,", "spokesman for the agency", "speech")],
        ),
        ('"No comment," the White House said.', [("No comment,", None, "speech")]),
        ('The so-called "quiet plan" failed.', [("quiet plan", None, "term")]),
        ('They sang "Yellow Submarine" twice.', [("Yellow Submarine", None, "term")]),
        ('Mary Jones voiced her "deep regret" on Monday.', [("deep regret", "Mary Jones", "speech")]),
        (
            'Mary Jones said the plan would work.\n\n"It is the only way forward for all of us."',
            [("It is the only way forward for all of us.", "Mary Jones", "speech")],
        ),
    ],
)
def test_attribution(body, expected):
    assert quotes_of(body) == expected


def test_multi_paragraph_quote_has_one_speaker():
    article = parse('T\n\n"First part of a long statement.\n\n"Second part," Ana Lima said.')
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("First part of a long statement.", "Ana Lima"),
        ("Second part,", "Ana Lima"),
    ]
