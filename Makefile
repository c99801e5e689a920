# The README's commands. Everything sets itself up: a virtual environment with a
# Python 3.12+ found by packaging/find-python.sh, the package installed editable,
# and the translations compiled.
PYTHON ?= $(shell packaging/find-python.sh)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := translations/leitplanken_de.ts translations/leitplanken_de_CH.ts translations/leitplanken_en.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find desktop/leitplanken -name '*.py' | sort)

.PHONY: run test translations qm bench lint package clean demo

run: $(STAMP) qm
	$(BIN)/leitplanken --demo

# pytest's exit 5 ("no tests collected") counts as a failure.
test: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected"; exit 1; fi; exit $$rc

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { packaging/find-python.sh; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

qm: $(STAMP) $(QM)

translations/%.qm: translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-reads the sources for new strings, derives Swiss German and compiles.
translations: $(STAMP)
	flock translations/.tsfill.lock $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(SOURCES) -ts $(TS)
	flock translations/.tsfill.lock $(BIN)/python translations/derive_de_ch.py
	$(MAKE) qm

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/leitplanken demo demo.leitplanken

package: $(STAMP) qm
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm packaging/leitplanken.spec

clean:
	rm -rf $(VENV) build dist translations/*.qm .pytest_cache
