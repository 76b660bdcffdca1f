# The two commands: `make demo` sets up and codes the bundled example; `make test` sets up and runs the tests.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/hama_airstrike.txt

.PHONY: setup demo test bench clean

$(BIN)/frontwire: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "frontwire needs $(PYTHON) on PATH (or run make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/frontwire

setup: $(BIN)/frontwire

demo: setup
	$(BIN)/frontwire brief $(EXAMPLE)

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_brief.py

clean:
	rm -rf $(VENV) build src/*.egg-info
