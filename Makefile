# The two commands: `make demo` sets up and codes the bundled example; `make test` sets up and runs the tests.
# `make serve` stores the bundled examples in a demo store and serves the map page and API on HOST:PORT.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/hama_airstrike.txt
DEMO_DB ?= .demo/frontwire.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo serve test bench clean

$(BIN)/frontwire: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "frontwire needs $(PYTHON) on PATH (or run make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/frontwire

setup: $(BIN)/frontwire

demo: setup
	$(BIN)/frontwire brief $(EXAMPLE)

serve: setup
	$(BIN)/frontwire ingest examples/ --db $(DEMO_DB) -q
	$(BIN)/frontwire serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_brief.py

clean:
	rm -rf $(VENV) build src/*.egg-info
