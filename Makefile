# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export RASA_PORT ?= 5005
export ACTIONS_PORT ?= 5055
# endpoints.yml names it, and Rasa refuses an unset ${VAR} even where it calls no action (rasa test):
# exported empty unless given, and scripts/serve.py fills it in (serving/keys.py).
export COACH_ACTIONS_SECRET ?=
# WEB_PORT (the chat page, default 8080) is not exported: a coach started in the background (make eval,
# the tests) takes any free port for its page unless WEB_PORT is set.
export COACH_DB_URL ?= sqlite:///var/coach.db
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
INSTALLED := $(VENV)/.installed
WEB_INSTALLED := web/node_modules/.installed
MODEL := models/coach.tar.gz
TRAINING_DATA := config.yml domain.yml $(wildcard data/*.yml)

.PHONY: help install web train run public shell test unit eval nlu-quality bench constraints clean

help:
	@echo "make run    - install, train if needed, start the coach (Rasa :$(RASA_PORT), actions :$(ACTIONS_PORT))"
	@echo "make public - the same, with the public door (nginx) on PUBLIC_PORT (default 8000)"
	@echo "make shell  - the same, chatting in this terminal (rasa shell) instead of serving"
	@echo "make test   - install, train if needed, validate the data, run every test"
	@echo "make eval   - play the eval candidates against a live coach; fails below 95%"
	@echo "make bench  - the coach against stock Rasa on this machine; BENCH=short for a quick check"
	@echo "make web    - install the chat page's widget (npm ci in web/); run and test do it for you"

install: $(INSTALLED)

# The virtual environment, from the pinned set. Re-runs only when the dependencies change.
$(INSTALLED): pyproject.toml constraints.txt
	@python=$$(scripts/find-python.sh) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$python"; $$python -m venv $(VENV) || exit 1; fi
	@mkdir -p var
	@echo "Installing the pinned dependencies (a few minutes the first time)..."
	@$(PY) -m pip install --disable-pip-version-check -c constraints.txt -e '.[test]' > var/pip.log 2>&1 \
		|| { tail -40 var/pip.log; echo "error: pip install failed; the full log is var/pip.log"; exit 1; }
	@touch $@

web: $(WEB_INSTALLED)

# The chat page's packages, exactly as locked: rasa-webchat, and playwright-core for its browser test (it
# drives the system's Chromium; nothing downloads a browser). No install scripts run. Without npm the
# page is served without its widget and says so, and the browser test skips (fails in CI).
$(WEB_INSTALLED): web/package.json web/package-lock.json
	@mkdir -p var
	@if ! command -v npm > /dev/null; then \
		echo "warning: npm not found: the chat page has no widget until Node.js 18+ is installed and 'make web' run"; \
	else \
		echo "Installing the chat widget (npm ci in web/)..."; \
		(cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) > var/npm.log 2>&1 \
			|| { tail -30 var/npm.log; echo "error: npm ci failed; the full log is var/npm.log"; exit 1; }; \
		touch $@; \
	fi

train: $(MODEL)

# Trains only when the training data or the config changed.
$(MODEL): $(TRAINING_DATA) | $(INSTALLED)
	$(RASA) train --fixed-model-name coach --out models --quiet

run: $(MODEL) $(WEB_INSTALLED)
	@$(PY) scripts/serve.py run

# make run with the public door: nginx on PUBLIC_PORT, the only address meant for the internet (README,
# "Putting it on the internet").
public: $(MODEL) $(WEB_INSTALLED)
	@PUBLIC_PORT=$${PUBLIC_PORT:-8000} $(PY) scripts/serve.py run

shell: $(MODEL)
	@$(PY) scripts/serve.py shell

unit: $(INSTALLED)
	$(PY) -m pytest -m "not e2e" -q

test: $(MODEL) $(WEB_INSTALLED)
	$(RASA) data validate --fail-on-warnings
	$(PY) -m pytest
	$(RASA) test core --stories tests/stories --model $(MODEL) --out var/story-results --fail-on-prediction-errors

eval: $(MODEL)
	RASA_PORT=$${EVAL_RASA_PORT:-5015} ACTIONS_PORT=$${EVAL_ACTIONS_PORT:-5065} \
	COACH_DB_URL=sqlite:///var/eval.db $(PY) scripts/running.py -- $(PY) eval/run.py eval/scenarios.yaml eval/strangers.yaml --min-rate 0.95

# 5-fold cross-validation of the intents with the shipped pipeline; fails below macro-F1 0.90.
nlu-quality: $(INSTALLED)
	$(PY) scripts/nlu_quality.py --folds 5 --min-f1 0.90

# The coach against stock Rasa (rasa init's assistant) served the same way on this machine: figures and
# ratios into benchmarks/results.md. BENCH=short: a few minutes, proves it works (CI), writes var/bench/.
# The two-worker runs need Redis, the production set-up PostgreSQL: scripts/services.sh starts them unless
# COACH_TEST_PG_URL and a Redis (COACH_REDIS_URL or COACH_TEST_REDIS_URL) are set.
bench: $(MODEL)
	@if [ -z "$$COACH_REDIS_URL$$COACH_TEST_REDIS_URL" ] || [ -z "$$COACH_TEST_PG_URL" ]; then \
		eval "$$(scripts/services.sh)"; fi; \
	$(PY) benchmarks/bench.py $(if $(filter short,$(BENCH)),--short)

constraints: $(INSTALLED)
	$(PY) -m pip freeze --exclude-editable | sed '1i # The whole resolved set, pinned. Regenerate with: make constraints' > constraints.txt

clean:
	rm -rf $(VENV) models var .pytest_cache web/node_modules
