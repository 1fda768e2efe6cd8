# Two commands: `make demo` and `make test`. Each builds .venv when it is absent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/faultlines code src/faultlines/demo/articles
	$(BIN)/faultlines stats

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) faultlines.duckdb test-output
