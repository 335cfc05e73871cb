"""Check corpus files: each expected quote text occurs in the article, in order."""

import json
import sys
from pathlib import Path

STYLES = set("wire local business sports science interview uk german french nordic".split())
PATTERNS = set(
    "plain title-before title-after described-first pronoun continuation alternating unnamed "
    "first-name nested according-to organisation term language".split()
)


def check(folder: Path) -> int:
    problems = 0
    for expected in sorted(folder.rglob("*.expected.json")):
        article = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        text = article.read_text(encoding="utf-8")
        data = json.loads(expected.read_text(encoding="utf-8"))
        where = 0
        if data.get("style") not in STYLES:
            print(f"{expected}: style {data.get('style')!r}")
            problems += 1
        for i, quote in enumerate(data["quotes"]):
            found = text.find(quote["text"], where)
            if found < 0:
                print(f"{expected}: quote {i} not found after offset {where}: {quote['text'][:60]!r}")
                problems += 1
            else:
                where = found + len(quote["text"])
            if quote.get("pattern") not in PATTERNS or quote.get("kind") not in ("speech", "term"):
                print(f"{expected}: quote {i} pattern/kind {quote.get('pattern')!r}/{quote.get('kind')!r}")
                problems += 1
    return problems


if __name__ == "__main__":
    sys.exit(1 if sum(check(Path(p)) for p in sys.argv[1:]) else 0)
