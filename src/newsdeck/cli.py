"""The `newsdeck` command: subcommands that call the pipeline's stages and hold no logic."""

from __future__ import annotations

import argparse
import json
import os
import sys

from newsdeck.errors import InputError
from newsdeck.files import printable


def _parse(args: argparse.Namespace) -> int:
    from newsdeck.sources import load

    article = load(args.article)
    json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _notebook(args: argparse.Namespace) -> int:
    from newsdeck.pipeline import write_notebook

    write_notebook(args.article, args.output)
    print(printable(f"wrote {args.output}"), file=sys.stderr)
    return 0


def _slides(args: argparse.Namespace) -> int:
    from newsdeck.pipeline import write_slides

    write_slides(args.notebook, args.output)
    print(printable(f"wrote {args.output}"), file=sys.stderr)
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from newsdeck.pipeline import write_pdf

    write_pdf(args.input, args.output, args.notes)
    print(printable(f"wrote {args.output}"), file=sys.stderr)
    return 0


def _build(args: argparse.Namespace) -> int:
    from newsdeck.batch import build_many

    if args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    outcomes = build_many(args.articles, args.notebooks, args.export, args.jobs)
    return 2 if any(o.error for o in outcomes) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdeck",
        description="Turn a news article into a notebook and slides. "
        "ARTICLE is a text file, a saved web page (.html) or an http(s) link.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="print the article model as JSON")
    parse.add_argument("article", metavar="ARTICLE")
    parse.set_defaults(run=_parse)
    notebook = commands.add_parser("notebook", help="build the notebook for an article")
    notebook.add_argument("article", metavar="ARTICLE")
    notebook.add_argument("-o", "--output", required=True, metavar="NOTEBOOK.ipynb")
    notebook.set_defaults(run=_notebook)
    slides = commands.add_parser("slides", help="export a notebook as one offline HTML slide deck")
    slides.add_argument("notebook", metavar="NOTEBOOK.ipynb")
    slides.add_argument("-o", "--output", required=True, metavar="FILE.html")
    slides.set_defaults(run=_slides)
    pdf = commands.add_parser("pdf", help="print a notebook or deck as a PDF handout (needs Chromium)")
    pdf.add_argument("input", metavar="NOTEBOOK.ipynb|DECK.html")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pdf.add_argument("--notes", action="store_true", help="each slide's speaker notes on a page after it")
    pdf.set_defaults(run=_pdf)
    build = commands.add_parser("build", help="article(s) → notebook(s) → deck(s)")
    build.add_argument("articles", nargs="+", metavar="ARTICLE")
    build.add_argument("--notebooks", default="notebooks", metavar="DIR", help="default: notebooks/")
    build.add_argument("--export", default="export", metavar="DIR", help="default: export/")
    build.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="build N articles at a time")
    build.set_defaults(run=_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    # jsonschema imports rfc3987_syntax when it is installed (JupyterLab's dependencies pull it
    # in) and compiles a grammar taking ~0.9 s; newsdeck never validates IRIs, so skip it here.
    sys.modules.setdefault("rfc3987_syntax", None)
    # nbformat validates every cell its v4 builders make; its fastjsonschema backend (nbformat's
    # public NBFORMAT_VALIDATOR switch) does that in a third of the time of jsonschema.
    os.environ.setdefault("NBFORMAT_VALIDATOR", "fastjsonschema")
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(printable(f"newsdeck: {error}"), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
