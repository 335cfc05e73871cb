# newsdeck: `make slides` builds the decks, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup test lint slides notebooks lab bench clean

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) node_modules export/*.html

ARTICLES := $(wildcard data/*.txt)
NOTEBOOKS := $(patsubst data/%.txt,notebooks/%.ipynb,$(ARTICLES))

notebooks: setup $(NOTEBOOKS)

notebooks/%.ipynb: data/%.txt $(STAMP)
	$(VENV)/bin/newsdeck notebook $< -o $@

lab: notebooks
	$(VENV)/bin/jupyter lab notebooks/kerry-warns-russia.ipynb
