# Two commands do all set-up from nothing (Python 3.11 + pip is enough):
#   make app   -> open the dashboard on the seed article
#   make test  -> run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: app test bench eval train clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

app: $(STAMP)
	$(VENV)/bin/streamlit run app.py

test: $(STAMP)
	$(VENV)/bin/ruff check timeline tests benchmarks scripts app.py
	$(PY) -m pytest

# rebuild timeline/models/readings.json (deterministic; prints leave-one-out choices)
train: $(STAMP)
	$(PY) scripts/train_readings.py

eval: $(STAMP)
	$(VENV)/bin/timeline evaluate ../shared/corpora/timebank ../shared/corpora/aquaint ../shared/corpora/tweets/trainingset

bench: $(STAMP)
	$(PY) benchmarks/bench_evaluate.py

clean:
	rm -rf $(VENV)
