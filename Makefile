PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test train-ner train-ner-xdomain bench-ner bench clean

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
	@# exit 1 only means some input was skipped (the summary lists them); the demo goes on to export
	$(BIN)/lagebild build examples/ --db out/demo/lagebild.db --workers 2 || [ $$? -eq 1 ]
	$(BIN)/lagebild export --db out/demo/lagebild.db --format json --out out/demo/lagebild.json
	$(BIN)/lagebild export --db out/demo/lagebild.db --format graphml --out out/demo/lagebild.graphml
	@echo
	@echo "Database:     out/demo/lagebild.db"
	@echo "Export:       out/demo/lagebild.json (graph: out/demo/lagebild.graphml)"
	@echo "Browse it:    $(BIN)/lagebild serve --db out/demo/lagebild.db   (then open http://127.0.0.1:8000)"

test: install
	$(BIN)/python -m pytest tests

# Rebuild the shipped NER weights from ../shared/data (GermEval 2014 + SmartData, both CC BY 4.0).
# See docs/models/ner.md for the data splits, label mapping and running time.
# About 40 minutes on the 2-core machine; intermediate files go to build/ner/.
train-ner: install
	$(BIN)/python train/ner/gazetteer.py
	$(BIN)/python train/ner/cache.py
	$(BIN)/python train/ner/train_accurate.py --data full --epochs 4
	$(BIN)/python train/ner/teach.py --data full
	$(BIN)/python train/ner/train_fast.py --data full --teacher build/ner/teacher-full.pt

# GermEval-only models for the cross-domain figures of benchmarks/ner.py (about 20 minutes, after train-ner).
train-ner-xdomain: install
	$(BIN)/python train/ner/train_accurate.py --data germeval --epochs 4
	$(BIN)/python train/ner/teach.py --data germeval
	$(BIN)/python train/ner/train_fast.py --data germeval --teacher build/ner/teacher-germeval.pt

bench-ner: install
	$(BIN)/python benchmarks/ner.py

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
