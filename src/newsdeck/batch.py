"""Many articles at once: a process pool, a progress bar on a terminal, one summary line."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newsdeck.errors import InputError
from newsdeck.files import printable
from newsdeck.pipeline import prepare_folders, targets

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


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


def check_names(articles: list[str], notebooks: str | Path, export: str | Path) -> None:
    """An InputError naming both articles when two would be built into the same files."""
    from newsdeck.sources import name_of

    first: dict[str, str] = {}
    for article in articles:
        stem = name_of(article)
        if stem in first:
            notebook, deck = targets(article, notebooks, export)
            raise InputError(f"{first[stem]}, {article}: both would be built as {notebook} and {deck} (rename one)")
        first[stem] = article


def die_with_parent(parent: int) -> None:
    """Pool initializer: Linux kills this worker when the batch process dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(1)


def build_many(articles: list[str], notebooks: str | Path, export: str | Path, jobs: int = 1) -> list[Outcome]:
    """Build every article, in order, reporting progress on stderr when it is a terminal."""
    from tqdm import tqdm

    work = [(str(a), str(notebooks), str(export)) for a in articles]
    check_names([a for a, _, _ in work], notebooks, export)
    prepare_folders(notebooks, export)
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
            bar.write(f"newsdeck: {printable(outcome.error)}", file=sys.stderr)
        bar.update()

    if jobs <= 1 or len(work) <= 1:
        for job in work:
            record(build_one(job))
    else:
        chunk = max(1, min(4, len(work) // (jobs * 8)))  # small: no worker idles long at the end
        with ProcessPoolExecutor(jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
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
