# Madoguchi: the two Quick start commands are `make run` and `make test`.
# Both set up everything they need on a fresh clone (Debian/Ubuntu, run as root or with sudo
# available for the system packages): a Python 3.11+ virtual environment in .venv, and the
# fonts Qt needs to show Japanese, Thai, Burmese and Devanagari text.

VENV      := .venv
BIN       := $(VENV)/bin
DEMO_DB   := demo/madoguchi-demo.db
SHOTS     := build/screenshots
# Japanese (IPAex, Noto CJK), Thai/Burmese/Devanagari/Vietnamese (Noto), poppler for PDF checks;
# the X11 libraries Qt's xcb plugin links, which the PyInstaller bundle copies from this machine.
APT_PACKAGES := fonts-ipaexfont-gothic fonts-noto-core fonts-noto-cjk poppler-utils \
                libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0

.PHONY: run test setup system-packages lint screenshots bench clean i18n bundle

run: setup $(DEMO_DB)
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display on this machine: drawing the window offscreen into $(SHOTS)/ instead."; \
	  MADOGUCHI_PASSWORD=demo $(BIN)/madoguchi screenshots --db $(DEMO_DB) --user admin \
	    --out $(SHOTS); \
	else \
	  $(BIN)/madoguchi --db $(DEMO_DB); \
	fi

test: setup
	$(BIN)/ruff check app ui tests bench
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Compiled translations: `make i18n` refreshes the .ts sources from the code (lupdate) and
# builds them; `setup` only builds the .qm files (lrelease). See i18n/README.md.
TS_FILES := $(wildcard i18n/madoguchi_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

setup: system-packages $(VENV)/.installed $(QM_FILES)

i18n/%.qm: i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(VENV)/.installed
	$(BIN)/python i18n/tool.py update
	$(BIN)/python i18n/tool.py release
	$(BIN)/python i18n/tool.py coverage

$(VENV)/.installed: pyproject.toml
	@py=""; for p in python3.12 python3.13 \
	    $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null) python3.11 python3 \
	    $$(ls -d $$HOME/.pyenv/versions/3.11*/bin/python3 2>/dev/null); do \
	  if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
	    py=$$($$p -c 'import os, sys; print(os.path.realpath(sys.executable))'); break; fi; \
	done; \
	if [ -z "$$py" ]; then echo "Madoguchi needs Python 3.11 or newer; none was found." >&2; \
	  exit 1; fi; \
	echo "Using $$($$py --version) at $$(command -v $$py || echo $$py)"; \
	rm -rf $(VENV) && $$py -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

system-packages:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then \
	    echo "Please install fonts for Japanese, Thai and Burmese text:$$missing" >&2; \
	  else \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	    echo "Installing system packages:$$missing"; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	fi

$(DEMO_DB):
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/madoguchi demo --db $(DEMO_DB) --residents 500 --years 5

# English in docs/screenshots/, and the same pages in Japanese, Vietnamese, Thai, Brazilian
# Portuguese and Spanish beside.
SHOT_LANGUAGES := ja vi th pt_BR es

screenshots: setup $(DEMO_DB)
	MADOGUCHI_PASSWORD=demo $(BIN)/madoguchi --lang en screenshots --db $(DEMO_DB) \
	  --user admin --out docs/screenshots
	for lang in $(SHOT_LANGUAGES); do \
	  MADOGUCHI_PASSWORD=demo $(BIN)/madoguchi --lang $$lang screenshots --db $(DEMO_DB) \
	    --user admin --out docs/screenshots/$$lang || exit 1; done

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build demo

# The PyInstaller bundle (installer/madoguchi.spec) in dist/madoguchi/, and the portable zip
# beside it. The Windows installer is built on Windows: .github/workflows/windows.yml.
bundle: setup
	$(BIN)/python i18n/tool.py release
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
	  installer/madoguchi.spec
	@du -sh dist/madoguchi
	$(BIN)/python installer/portable_zip.py dist/madoguchi \
	  dist/madoguchi-$$($(BIN)/python -c 'import app; print(app.__version__)')-linux-portable.zip
