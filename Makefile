# The README's commands. Everything sets itself up: a virtual environment with a
# Python 3.12+ found by packaging/find-python.sh, the exact versions of requirements.lock
# (checked against their hashes), the package installed editable, the translations compiled.
PYTHON ?= $(shell packaging/find-python.sh)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := translations/leitplanken_de.ts translations/leitplanken_de_CH.ts translations/leitplanken_en.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find desktop/leitplanken -name '*.py' | sort)

LOCK := requirements.lock

.PHONY: run test translations qm bench lint package smoke clean demo lock wheel

run: $(STAMP) qm
	$(BIN)/leitplanken --demo

# pytest's exit 5 ("no tests collected") counts as a failure.
test: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected"; exit 1; fi; exit $$rc

# Only what the lock names, at its versions and hashes; the package itself without
# dependencies and without a build environment of its own (setuptools comes from the lock).
$(STAMP): pyproject.toml $(LOCK)
	@test -n "$(PYTHON)" || { packaging/find-python.sh; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolves every runtime, test and packaging dependency to exact versions with hashes,
# for every platform (Windows and macOS markers included), within pyproject.toml's ranges.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --extra package --universal \
		--python-version 3.12 --generate-hashes --no-header --quiet -o $(LOCK)

# A wheel with the font and the compiled translations inside (see setup.py).
wheel: $(STAMP) qm
	$(BIN)/python -m build --wheel --no-isolation --outdir dist

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

# The frozen app for this OS (packaging/README.md): icons from the SVGs, the lean one-folder
# bundle in dist/leitplanken, and on Linux the tarball with install.sh beside it.
package: $(STAMP) qm
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist packaging/leitplanken.spec
	@if [ "$$(uname -s)" = Linux ]; then packaging/linux/make_tarball.sh; fi

# The bundle started from a copy outside the tree with a clean HOME: CLI, PDF and window.
smoke: package
	$(BIN)/python packaging/smoke_test.py dist/leitplanken

clean:
	rm -rf $(VENV) build dist .pytest_cache desktop/leitplanken/_data
