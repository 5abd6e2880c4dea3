# Two commands do everything on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PY_STAMP := $(VENV)/.installed
NODE_STAMP := frontend/node_modules/.installed
SPA_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts -type f 2>/dev/null)

.PHONY: run test install lint typecheck layers pytest frontend-test browser-test openapi build-spa bench clean

## Set up everything and serve the API and SPA on http://127.0.0.1:$(PORT) (embedded SQLite unless DATABASE_URL is set).
run: $(PY_STAMP) frontend/dist/index.html
	@mkdir -p var
	$(BIN)/casusregie migrate
	$(BIN)/casusregie seed-demo
	$(BIN)/casusregie serve --host 127.0.0.1 --port $(PORT)

## Everything: lint, types, layer rules, backend tests (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), frontend and browser tests.
test: lint typecheck layers pytest frontend-test browser-test

install: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --engine-strict --no-audit --no-fund --loglevel=error
	@touch $@

build-spa frontend/dist/index.html: $(NODE_STAMP) $(SPA_SOURCES)
	cd frontend && npm run build

lint: $(PY_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(PY_STAMP)
	$(BIN)/mypy api domain persistence bench

layers: $(PY_STAMP)
	$(BIN)/lint-imports

pytest: $(PY_STAMP)
	@if [ -z "$${TEST_DATABASE_URL:-}" ]; then echo "NOTE: TEST_DATABASE_URL is not set: database tests run on SQLite only."; fi
	$(BIN)/pytest -n 2 --dist loadfile -q

## Regenerate openapi/v1.json and the SPA's API types from the code.
openapi: $(PY_STAMP) $(NODE_STAMP)
	$(BIN)/casusregie openapi
	cd frontend && npm run gen:api

frontend-test: $(NODE_STAMP)
	cd frontend && npx openapi-typescript ../openapi/v1.json -o /tmp/casusregie-schema.d.ts >/dev/null \
		&& diff -q /tmp/casusregie-schema.d.ts src/api/schema.d.ts >/dev/null \
		|| { echo "frontend/src/api/schema.d.ts is stale: run 'make openapi'"; exit 1; }
	cd frontend && npm run typecheck
	cd frontend && npm test

browser-test: $(PY_STAMP) frontend/dist/index.html
	scripts/ensure-chromium.sh
	cd frontend && npm run e2e

## Benchmarks against the local PostgreSQL (DATABASE_URL to choose another); CASES defaults to 100000.
bench: $(PY_STAMP)
	$(BIN)/casusregie bench all --cases $${CASES:-100000}

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist var .pytest_cache .mypy_cache .ruff_cache
