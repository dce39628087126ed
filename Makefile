# make run: set up .venv and run the pipeline on samples/ into outputs/
# make test: set up .venv and run the test suite
# make bench: set up .venv, build the benchmark corpus and measure (outputs/bench/bench.json)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/actionplan run samples/ -o outputs/

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pipelines.tools.bench

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.xlsx
