# Two commands: `make demo` and `make test`. Each builds .venv when it is absent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean chromium web-assets

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP) web-assets

# The map's country shapes (npm world-atlas) and the accessibility checker of the browser tests
# (npm axe-core), pinned by package-lock.json; never committed.
WEB_ASSETS := node_modules/world-atlas/countries-110m.json node_modules/axe-core/axe.min.js
web-assets: $(WEB_ASSETS)

$(WEB_ASSETS) &: package.json package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $(WEB_ASSETS); else echo "npm missing: the map draws a graticule only, the browser tests skip their accessibility checks"; fi

# The browser tests drive Debian's chromium (never a downloaded browser); install it only if absent.
chromium:
	test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium)

demo: $(STAMP) web-assets
	$(BIN)/faultlines code src/faultlines/demo/articles
	$(BIN)/faultlines stats
	$(BIN)/faultlines dilemmas --limit 5
	@echo "Next: faultlines show ID, faultlines events --actor RUS, faultlines serve"

test: $(STAMP) web-assets chromium
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

clean:
	rm -rf $(VENV) faultlines.duckdb test-output
