# eplab — make lab (start the course) · make test (everything) · make bench (figures)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.eplab-installed
PORT ?= 8888
# student: the Assignments tab only; docent: also the formgrader and Create Assignment
ROL ?= student
LAB_OPTS ?=
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings
ROOT_OPT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab test bench lint browser sandbox hub install clean

install: $(STAMP) $(LAB_SETTINGS)/overrides.json

# Reinstall only when pyproject.toml changed.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Dutch interface and no news pop-up: JupyterLab's settings overrides for this venv.
$(LAB_SETTINGS)/overrides.json: etc/overrides.json $(STAMP)
	@mkdir -p $(LAB_SETTINGS)
	cp etc/overrides.json $@

lab: install
	@test -d etc/rollen/$(ROL) || { echo "ROL moet student of docent zijn."; exit 2; }
	JUPYTER_CONFIG_PATH=$(CURDIR)/etc/rollen/$(ROL)$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH} \
	$(BIN)/jupyter lab --ip=127.0.0.1 --port=$(PORT) --ServerApp.root_dir=$(CURDIR) \
		--LabApp.default_url=/lab/tree/course $(ROOT_OPT) $(LAB_OPTS)

# Tools pip cannot install come from Debian: as root `make` installs them with apt-get, otherwise
# it says what to install. $(call debian,COMMAND,PACKAGES,WHO NEEDS IT)
define debian
	@if command -v $(1) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "$(2) ontbreekt: installeren met apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	else \
		echo "$(3): installeer het met 'sudo apt-get install $(2)' en start 'make test' opnieuw."; \
		exit 1; \
	fi
endef

# The browser tests drive Debian's chromium.
browser:
	$(call debian,chromium,chromium,De browsertests hebben Debian's chromium nodig)

# Grading runs each hand-in in a bubblewrap sandbox.
sandbox:
	$(call debian,bwrap,bubblewrap,Nakijken in een zandbak heeft Debian's bubblewrap nodig)

# The hub test needs JupyterHub's proxy, configurable-http-proxy, from npm (Node.js from apt).
CHP := $(VENV)/hub/node_modules/.bin/configurable-http-proxy
hub: $(CHP)

$(CHP):
	$(call debian,npm,nodejs npm,De hubtest heeft Node.js nodig)
	npm install --silent --no-audit --no-fund --prefix $(VENV)/hub configurable-http-proxy

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

test: install browser sandbox hub lint
	$(BIN)/python -m pytest -p no:cacheprovider --durations=15 tests

bench: $(STAMP) sandbox
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
