# Two commands on a fresh machine: `make publish` and `make test`.
# The daily commands are make targets too, so each works as printed in any terminal
# (no environment to activate): `make new`, `make new TITLE="Fever myths"`, `make check`,
# `make livereload`, `make serve`, `make publish`. VERBOSE=1 shows everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AXE_DIR := tests/theme/axe
AXE := $(AXE_DIR)/node_modules/.installed

VERBOSE_FLAG := $(if $(VERBOSE),--verbose)

.PHONY: publish test lint venv clean axe new check build serve livereload preview syndicate watch

publish: $(STAMP)
	@$(BIN)/invoke publish $(VERBOSE_FLAG)

new: $(STAMP)
	@$(BIN)/invoke new $(if $(TITLE),"$(TITLE)")

check build preview: $(STAMP)
	@$(BIN)/invoke $@

# PORT=8001 make serve: another port when 8000 is taken.
serve livereload: $(STAMP)
	@$(BIN)/invoke $@ $(if $(PORT),--port $(PORT))

syndicate watch: $(STAMP)
	@$(BIN)/invoke $@ $(VERBOSE_FLAG)

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
