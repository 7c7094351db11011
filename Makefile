PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test train-ner bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf out/demo && mkdir -p out/demo
	$(BIN)/lagebild build examples/ --db out/demo/lagebild.db --workers 2 || true
	$(BIN)/lagebild export --db out/demo/lagebild.db --format json --out out/demo/lagebild.json
	@echo
	@echo "Database:     out/demo/lagebild.db"
	@echo "Export:       out/demo/lagebild.json"
	@echo "Browse it:    $(BIN)/lagebild serve --db out/demo/lagebild.db   (then open http://127.0.0.1:8000)"

test: install
	$(BIN)/python -m pytest tests

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
