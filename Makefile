# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export RASA_PORT ?= 5005
export ACTIONS_PORT ?= 5055
# WEB_PORT (the chat page, default 8080) is not exported: a coach started in the background (make eval,
# the tests) takes any free port for its page unless WEB_PORT is set.
export COACH_DB_URL ?= sqlite:///var/coach.db
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
INSTALLED := $(VENV)/.installed
MODEL := models/coach.tar.gz
TRAINING_DATA := config.yml domain.yml $(wildcard data/*.yml)

.PHONY: help install train run shell test unit eval constraints clean

help:
	@echo "make run    - install, train if needed, start the coach (Rasa :$(RASA_PORT), actions :$(ACTIONS_PORT))"
	@echo "make shell  - the same, chatting in this terminal (rasa shell) instead of serving"
	@echo "make test   - install, train if needed, validate the data, run every test"
	@echo "make eval   - play the project's own candidates against a live coach; fails below 90%"

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

train: $(MODEL)

# Trains only when the training data or the config changed.
$(MODEL): $(TRAINING_DATA) | $(INSTALLED)
	$(RASA) train --fixed-model-name coach --out models --quiet

run: $(MODEL)
	@$(PY) scripts/serve.py run

shell: $(MODEL)
	@$(PY) scripts/serve.py shell

unit: $(INSTALLED)
	$(PY) -m pytest -m "not e2e" -q

test: $(MODEL)
	$(RASA) data validate --fail-on-warnings
	$(PY) -m pytest
	$(RASA) test core --stories tests/stories --model $(MODEL) --out var/story-results --fail-on-prediction-errors

eval: $(MODEL)
	RASA_PORT=$${EVAL_RASA_PORT:-5015} ACTIONS_PORT=$${EVAL_ACTIONS_PORT:-5065} \
	COACH_DB_URL=sqlite:///var/eval.db $(PY) scripts/running.py -- $(PY) eval/run.py eval/scenarios.yaml --min-rate 0.9

constraints: $(INSTALLED)
	$(PY) -m pip freeze --exclude-editable | sed '1i # The whole resolved set, pinned. Regenerate with: make constraints' > constraints.txt

clean:
	rm -rf $(VENV) models var .pytest_cache
