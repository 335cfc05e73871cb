# newsdeck: `make slides` builds the decks, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json
COMPILED := $(VENV)/.compiled
PACKAGE := $(shell find src -name '*.py')
ARTICLES := $(wildcard data/*.txt data/*.html)  # text files and saved web pages

.PHONY: setup test lint slides notebooks pdf lab bench eval dist clean

setup: $(STAMP) $(NODE_STAMP) $(COMPILED)

SERVER_CONFIG := jupyter-config/jupyter_server_config.d/newsdeck.json

$(STAMP): requirements.txt pyproject.toml setup.py $(SERVER_CONFIG)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	install -D -m 644 $(SERVER_CONFIG) $(VENV)/etc/jupyter/jupyter_server_config.d/newsdeck.json
	touch $(STAMP)

# Python here may run with PYTHONDONTWRITEBYTECODE set: compile the package once, so that every
# newsdeck command does not compile it again as it starts.
$(COMPILED): $(PACKAGE) | $(STAMP)
	$(PY) -m compileall -q src
	touch $(COMPILED)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The browser tests drive Debian's Chromium: installed here when missing (as root), else one line.
CHROMIUM := /usr/bin/chromium

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "newsdeck: the browser tests need Debian's chromium at $(CHROMIUM); run: sudo apt-get install chromium" >&2; \
	  exit 2; \
	fi

test: setup lint $(CHROMIUM)
	$(VENV)/bin/pytest

NOTEBOOKS := $(patsubst data/%,notebooks/%.ipynb,$(basename $(ARTICLES)))
DECKS := $(patsubst data/%,export/%.html,$(basename $(ARTICLES)))
SOURCES := $(shell find src -type f -not -path '*/__pycache__/*')

notebooks: setup $(NOTEBOOKS)

# A notebook is rebuilt only when its article changes, so edits made in JupyterLab are kept
# (and reach the deck); a deck is rebuilt when its notebook or newsdeck itself changes.
notebooks/%.ipynb: data/%.txt | $(STAMP)
	$(VENV)/bin/newsdeck notebook $< -o $@

notebooks/%.ipynb: data/%.html | $(STAMP)
	$(VENV)/bin/newsdeck notebook $< -o $@

export/%.html: notebooks/%.ipynb $(SOURCES) | $(STAMP) $(NODE_STAMP)
	$(VENV)/bin/newsdeck slides $< -o $@

slides: setup $(DECKS)
	@echo
	@echo "Decks in export/:"
	@for deck in $(DECKS); do echo "  $$deck"; done
	@echo
	@echo "Present: open a deck in a browser; it works offline, straight from the file, e.g."
	@echo "  xdg-open export/kerry-warns-russia.html"
	@echo "Keys: → / Space next, ← previous; C or the Controls button: show/hide quotes, speakers,"
	@echo "      paragraphs; Q all quotes; S speaker notes; F fullscreen; Esc close panel / overview; ? all keys"

# PDF handouts (one slide a page) of the decks, printed by Chromium: export/NAME.pdf
HANDOUTS := $(DECKS:.html=.pdf)

export/%.pdf: export/%.html | $(STAMP)
	$(VENV)/bin/newsdeck pdf $< -o $@

pdf: slides $(CHROMIUM) $(HANDOUTS)

lab: notebooks
	$(VENV)/bin/jupyter lab notebooks/kerry-warns-russia.ipynb

bench: setup $(CHROMIUM)
	command -v pandoc >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc)
	$(PY) benchmarks/run.py

# quote spans, kinds and speakers against the attribution corpus (tests/corpus); --failures lists the misses
eval: setup
	$(PY) benchmarks/evaluate.py $(ARGS)

# dist/: the sdist and, built from it, the wheel, both with reveal.js inside (see setup.py)
dist: setup
	rm -rf dist
	$(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) node_modules export/*.html export/*.pdf
