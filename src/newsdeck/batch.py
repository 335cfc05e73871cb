"""Many articles at once: a process pool, a progress bar on a terminal, one summary line."""

from __future__ import annotations

import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newsdeck.errors import InputError


@dataclass(frozen=True)
class Outcome:
    article: str
    deck: str | None = None
    error: str | None = None


def build_one(job: tuple[str, str, str]) -> Outcome:
    """Build one article; a bad article becomes an Outcome with its reason, never an exception."""
    from newsdeck.pipeline import build

    article, notebooks, export = job
    try:
        _, deck = build(article, notebooks, export)
    except InputError as error:
        return Outcome(article, error=str(error))
    return Outcome(article, deck=str(deck))


def build_many(articles: list[str], notebooks: str | Path, export: str | Path, jobs: int = 1) -> list[Outcome]:
    """Build every article, in order, reporting progress on stderr when it is a terminal."""
    from tqdm import tqdm

    work = [(str(a), str(notebooks), str(export)) for a in articles]
    started = time.perf_counter()
    size = shutil.get_terminal_size()  # a terminal reporting 0×0 would otherwise hide the bar
    on_terminal = sys.stderr.isatty()
    bar = tqdm(
        total=len(work),
        unit="article",
        file=sys.stderr,
        disable=not on_terminal,
        leave=False,
        ncols=size.columns,
        nrows=size.lines,
    )
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if outcome.error:
            bar.write(f"newsdeck: {outcome.error}", file=sys.stderr)
        bar.update()

    if jobs <= 1 or len(work) <= 1:
        for job in work:
            record(build_one(job))
    else:
        chunk = max(1, len(work) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(build_one, work, chunksize=chunk):
                record(outcome)
    bar.close()
    elapsed = time.perf_counter() - started
    failed = sum(1 for o in outcomes if o.error)
    rate = len(outcomes) / elapsed if elapsed else float("inf")
    print(
        f"built {len(outcomes) - failed} of {len(outcomes)} decks in {elapsed:.1f} s ({rate:.3g} articles/s)"
        + (f"; {failed} failed" if failed else ""),
        file=sys.stderr,
    )
    return outcomes
