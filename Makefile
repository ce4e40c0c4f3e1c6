# The two commands a fresh clone needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# CPU torch from local disk; GPU users install a CUDA build first (README, "GPU install").
TORCH_PIN ?= torch==2.13.0
STAMP := $(VENV)/.installed
export GOTOOLCHAIN := local
export GOPROXY := off

.PHONY: install run test lint typecheck pytest go-test test-port editors-test editors-e2e bench bench-lsp bench-hrm bench-port bench-check bench-rules bench-semantics bench-s2 bench-zxing bench-corrections eval-humaneval clean

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

# All tests, the JVM-vs-Go differential runs (marker `port`, docs/differential.md) included;
# `make test-port` runs only tests/port.
pytest: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pytest -q

test-port: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pytest -q tests/port

# The Go runtime package migrated modules import, and the gocheck helper: vet and tests.
go-test: $(STAMP)
	cd module/runtime && ../../$(BIN)/go vet ./... && ../../$(BIN)/go test ./...
	cd module/gocheck && ../../$(BIN)/go vet ./...
	@unformatted="$$("$$($(BIN)/go env GOROOT)/bin/gofmt" -l module/runtime module/gocheck)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt wants to change: $$unformatted"; exit 1; fi

editors-test: $(STAMP)
	$(MAKE) -C editors/vscode test

# The VS Code extension in a real VS Code (code-server from npm, Debian's chromium driven by
# Playwright). Installs from Debian's packages and npm only; see tests/editors/vscode/. About
# 2 minutes the first time (the install), 30 s after; failures leave screenshots in
# build/editors-e2e/artifacts/.
E2E_DIR := build/editors-e2e
E2E_STAMP := $(E2E_DIR)/.installed

$(E2E_STAMP): tests/editors/vscode/install.sh tests/editors/vscode/package.json tests/editors/vscode/package-lock.json
	tests/editors/vscode/install.sh $(E2E_DIR)
	touch $@

editors-e2e: $(STAMP) $(E2E_STAMP)
	$(MAKE) -C editors/vscode package
	L2J_LSP="$(CURDIR)/$(BIN)/l2j-lsp" L2J_E2E_DIR="$(CURDIR)/$(E2E_DIR)" \
		node --test --test-reporter=spec tests/editors/vscode/e2e.test.mjs

test: lint typecheck go-test pytest editors-test editors-e2e

# Benchmarks: speed and memory, written as tables under docs/benchmarks/.
bench: bench-lsp bench-hrm bench-rules

bench-lsp: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.lsp_bench

bench-hrm: $(STAMP)
	$(BIN)/python -m benchmarks.hrm_bench

bench-port: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.port_bench

# `l2j-lsp check` on a migrated module of the L2J corpus: cold, unchanged, one file changed.
# Roots default to commons and mmocore (what builds); other roots: ROOTS="game/src/main/java ...".
bench-check: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.check_bench $(ROOTS)

bench-rules: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.rules_bench

# Programs from outside the project (fetched mirrors under /work/.mirror) through the port.
bench-semantics: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.semantics_bench

# The post-editing HRM on a human Java -> Go port (S2 geometry; ZXing), against the rules
# draft and the draft with the learned edits. Needs git mirrors of google/s2-geometry-library-java
# and golang/geo (zxing/zxing and makiuchi-d/gozxing; see benchmarks/human_port_bench.py);
# trains once per share: about an hour on 2 idle cores. Not part of `make bench`.
bench-s2: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.human_port_bench --port s2

bench-zxing: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.human_port_bench --port zxing

# Systematic corrections of the rules draft on the L2J corpus, learned by the HRM and tried
# on held-out files (/work/shared/corpus/l2j-src.tgz or --corpus). One training run.
bench-corrections: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.corrections_bench

eval-humaneval: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m benchmarks.humaneval_table

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
