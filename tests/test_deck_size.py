"""A deck grows with its article, not faster: notes hold each slide's part, and hiding paragraphs
takes one CSS rule, not one per paragraph."""

import re

from newsdeck.cli import main


def build(tmp_path, text: str):
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    assert main(["build", str(article), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    return (tmp_path / "ex" / "long.html").read_text(encoding="utf-8")


def test_a_100_kb_paragraph_gives_a_deck_under_1_mb(tmp_path, capsys):
    sentences = [f"Sentence {i} of the one long paragraph, said Ana Lima, “quoting item {i}.”" for i in range(1400)]
    paragraph = " ".join(sentences)
    assert len(paragraph) > 100_000
    deck = build(tmp_path, f"One long paragraph\n\n{paragraph}\n")
    assert len(deck.encode()) <= 1_000_000
    notes = re.findall(r'<aside class="notes">(.*?)</aside>', deck, flags=re.S)
    assert len(notes) > 140  # one per slide
    sizes = sorted(len(n) for n in notes)
    assert sizes[-2] < 3_000  # a slide's part and its quotes, not the whole paragraph
    # (the largest: Who said what's notes, every quote once)
    assert deck.count("Sentence 777 of the one long paragraph") == 2  # on its slide and in its notes


def test_hiding_paragraphs_adds_no_css_rule_per_paragraph(tmp_path, capsys):
    body = "\n\n".join(f"Paragraph {i}: the council met, Ana Lima said." for i in range(300))
    deck = build(tmp_path, f"Many paragraphs\n\n{body}\n")
    assert deck.count(":has(") < 10
    assert 'class="nd-ctl nd-ctl-para nd-ctl-p300"' in deck
