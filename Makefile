# Heard: `make run` sets everything up and runs it; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench train clean

$(BIN)/activate: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(BIN)/activate

run: $(BIN)/activate
	$(BIN)/flask --app web setup
	$(BIN)/flask --app web serve

# The suite runs on TEST_WORKERS pytest-xdist processes (the 2 cores it is budgeted for; "auto" for
# one per core); worksteal hands a finished worker tests queued on the other. TEST_WORKERS=0 runs it
# in one process (pdb, or one test on its own): make test TEST_WORKERS=0 PYTEST_ARGS="tests/x.py::y".
TEST_WORKERS ?= 2

test: $(BIN)/activate
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

lint: $(BIN)/activate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(BIN)/activate
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Rebuild the safeguarding corpus from data/safeguarding/source/, retrain the screen's model, re-measure it.
# Every text model, from the data in data/: same data, same files.
train: $(BIN)/activate
	$(BIN)/python -m bot.safeguarding.corpus
	$(BIN)/python -m bot.safeguarding.train
	$(BIN)/python -m bot.insights.sentiment_training
	$(BIN)/python -m bot.conversation.reply_training

bench: $(BIN)/activate
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache
