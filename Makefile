# The two commands a fresh clone needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# CPU torch from local disk; GPU users install a CUDA build first (README, "GPU install").
TORCH_PIN ?= torch==2.13.0
STAMP := $(VENV)/.installed
export GOTOOLCHAIN := local
export GOPROXY := off

.PHONY: install run test lint typecheck pytest editors-test bench bench-lsp bench-hrm bench-rules bench-s2 bench-corrections eval-humaneval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet $(TORCH_PIN)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/l2j-lsp migrate examples/ --backend auto --out build/go

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pytest -q

editors-test: $(STAMP)
	$(MAKE) -C editors/vscode test

test: lint typecheck pytest editors-test

# Benchmarks: speed and memory, written as tables under docs/benchmarks/.
bench: bench-lsp bench-hrm bench-rules

bench-lsp: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.lsp_bench

bench-hrm: $(STAMP)
	$(BIN)/python -m benchmarks.hrm_bench

bench-rules: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.rules_bench

# The post-editing HRM on a human Java -> Go port (S2 geometry), against the rules draft.
# Needs git mirrors of google/s2-geometry-library-java and golang/geo (see the module's
# docstring); trains several times: about an hour on 2 idle cores. Not part of `make bench`.
bench-s2: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.s2_bench

# Systematic corrections of the rules draft on the L2J corpus, learned by the HRM and tried
# on held-out files (/work/shared/corpus/l2j-src.tgz or --corpus). One training run.
bench-corrections: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.corrections_bench

eval-humaneval: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.humaneval_table

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
