# make run: set up .venv and run the pipeline on samples/ into outputs/
# make test: set up .venv and run the test suite
# make bench: set up .venv, build the benchmark corpus and measure (outputs/bench/bench.json)
# make golden: rewrite tests/golden/ from the samples (read the diff before committing it)
# make lock: pin the installed versions in constraints.txt
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench golden lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/actionplan run samples/ -o outputs/

# the suite in parallel (pytest-xdist, one worker per core); the tests of the one sample run on one worker
test: check
	$(BIN)/python -m pytest -q -n auto --dist loadgroup

# lint and types: ruff over the code, mypy strict over extract/ and over pipelines/
check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

golden: $(STAMP)
	$(BIN)/python -m tests.golden.regenerate

lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^actionplan' > constraints.txt.new
	{ head -2 constraints.txt; cat constraints.txt.new; } > constraints.txt.tmp && mv constraints.txt.tmp constraints.txt && rm constraints.txt.new

bench: $(STAMP)
	$(BIN)/python -m pipelines.tools.bench

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.xlsx
