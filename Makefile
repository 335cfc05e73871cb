# newsdeck: `make slides` builds the decks, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json
ARTICLES := $(wildcard data/*.txt)

.PHONY: setup test lint slides notebooks lab bench clean

setup: $(STAMP) $(NODE_STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup lint
	$(VENV)/bin/pytest

notebooks: setup
	@for article in $(ARTICLES); do \
	  name=$$(basename $$article .txt); \
	  $(VENV)/bin/newsdeck notebook $$article -o notebooks/$$name.ipynb || exit 2; \
	done

slides: setup
	$(VENV)/bin/newsdeck build $(ARTICLES) --notebooks notebooks --export export
	@echo
	@echo "Decks written to export/:"
	@for article in $(ARTICLES); do echo "  export/$$(basename $$article .txt).html"; done
	@echo
	@echo "Present: open a deck in a browser (works offline, from the file), e.g."
	@echo "  xdg-open export/kerry-warns-russia.html"
	@echo "Keys: → / Space next, ← previous, C or the Controls button: show/hide quotes, speakers,"
	@echo "      paragraphs; Q all quotes; S speaker notes; F fullscreen; Esc close panel / overview; ? all keys"

lab: notebooks
	$(VENV)/bin/jupyter lab notebooks/kerry-warns-russia.ipynb

bench: setup
	command -v pandoc >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules export/*.html
