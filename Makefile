# Two commands on a fresh machine: `make publish` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AXE_DIR := tests/theme/axe
AXE := $(AXE_DIR)/node_modules/.installed

.PHONY: publish test lint venv clean axe

publish: $(STAMP)
	$(BIN)/invoke publish

test: $(STAMP) $(AXE)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

venv: $(STAMP)

# Reinstall only when the pinned dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $(STAMP)

clean:
	rm -rf output cache

# axe-core for the theme's browser tests, pinned in $(AXE_DIR)/package-lock.json.
axe: $(AXE)

$(AXE): $(AXE_DIR)/package.json $(AXE_DIR)/package-lock.json
	npm ci --prefix $(AXE_DIR) --no-audit --no-fund --silent
	touch $(AXE)
