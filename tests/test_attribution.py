"""Attribution, pattern by pattern and language by language: small articles of our own, each
with the speaker a careful reader gives."""

import pytest

from newsdeck.lexicon import inflections
from newsdeck.parse import parse


def speakers_of(body: str) -> list[str | None]:
    return [q.speaker for q in parse(f"Title\n\n{body}\n").quotes]


CASES = {
    "title after the quote": ('"We will not back down," said Sen. Jane Roe, R-Okla.', ["Jane Roe"]),
    "title and party tag, subject first": ('"It is over," Sen. Jane Roe, R-Okla., told reporters.', ["Jane Roe"]),
    "honorific, no dot": ("Mary Hale chairs the trust.\n\n‘It is a sad day,’ said Mrs Hale.", ["Mary Hale"]),
    "acronym and title before the name": (
        'EPA Administrator Gina Moss said the rule was "long overdue."',
        ["Gina Moss"],
    ),
    "initials as a first name": ('"We ran out of time," added guard K.C. Fairweather.', ["K.C. Fairweather"]),
    "pronoun skips the man named last": (
        'Ana Lima met Tom Berg on Monday. "It went well," she said.',
        ["Ana Lima"],
    ),
    "age as a label": ('Tom Berg, 52, farms the valley.\n\n"I stay," the 52-year-old said.', ["Tom Berg"]),
    "unnamed, then the same description": (
        'A spokeswoman for the agency declined to comment.\n\n"Not now," the spokeswoman said.',
        ["spokeswoman for the agency"],
    ),
    "described, named later": (
        '"The data are clear," said a toxicologist at Marsh College.\n\n'
        "The toxicologist, Dr. Ivo Kerr, has studied wells for years.",
        ["Ivo Kerr"],
    ),
    "continuation after reported speech": (
        'Ana Lima said the vote would pass. "We have the numbers."',
        ["Ana Lima"],
    ),
    "second speaker named after the quote": (
        '"We lost," said Ana Lima. "We will be back," added coach Tom Berg.',
        ["Ana Lima", "Tom Berg"],
    ),
    "organisation speaks, then 'it'": (
        'Dunmore Power Co. said in a statement that it was "deeply sorry."',
        ["Dunmore Power Co."],
    ),
    "relative by first name": (
        'Marcus Webb and his son, Tyler, came home. "It is gone," Tyler said.',
        ["Tyler Webb"],
    ),
    "the organisation a title names": (
        "Harbor Teachers Association President Ana Lima spoke first. In a statement, the union said it"
        ' was "ready to talk."',
        ["Harbor Teachers Association"],
    ),
    "a relative clause after the name": (
        'Tom Berg, 31, who trained with Lima for years, said she was "a hard teacher."',
        ["Tom Berg"],
    ),
    "an outlet reports, it does not speak": ('The Daily Post reported that "talks have failed."', [None]),
    "German: sagte sie": (
        "Bundeskanzlerin Sabine Wendt sprach in Berlin. „Wir bleiben dabei“, sagte sie.",
        ["Sabine Wendt"],
    ),
    "German: so X": ("„Das ist zu spät“, so Kallweit.\n\nJörg Kallweit führt die Länder an.", ["Jörg Kallweit"]),
    "German: der 45-Jährige": (
        "Bäckermeister Thomas Reindl (45) steht im Schlamm. „Alles hin“, sagt der 45-Jährige.",
        ["Thomas Reindl"],
    ),
    "French: a-t-elle ajouté": (
        "La ministre, Claire Vautrin, était à Brest. « Nous agirons », a-t-elle ajouté.",
        ["Claire Vautrin"],
    ),
    "French: selon": ("Selon Yannick Le Goff, la filière est « au bord du gouffre ».", ["Yannick Le Goff"]),
    "Swedish: säger X": ("”Vi stänger skolan”, säger Anna Berg (C), ordförande i nämnden.", ["Anna Berg"]),
    "Danish: siger hun": ("Sara Dahl er jordemoder. »Det er for langt,« siger hun.", ["Sara Dahl"]),
    "Norwegian: ifølge": ("Ifølge Ivar Nesheim vil bedriftene «vurdere å flytte».", ["Ivar Nesheim"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_attribution_pattern(case):
    body, speakers = CASES[case]
    assert speakers_of(body) == speakers


def test_english_speech_verbs_come_in_every_form():
    assert inflections("criticize") == {"criticize", "criticizes", "criticized", "criticizing"}
    assert inflections("reply") == {"reply", "replies", "replied", "replying"}
    assert inflections("quip") == {"quip", "quips", "quipped", "quipping"}
    assert inflections("hail") == {"hail", "hails", "hailed", "hailing"}
