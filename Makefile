# tyokyky-qda: `make demo` and `make test` set everything up on a machine with Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: all setup sysdeps demo test bench gui clean lint

all: test

# System libraries the full Finnish NLP pipeline needs (libvoikko + Finnish dictionary) and
# poppler-utils for rendering PDFs in reviews. Best effort: without them the app falls back to
# the blank Finnish pipeline with simplemma lemmas and says so.
sysdeps:
	@if [ -e /usr/lib/x86_64-linux-gnu/libvoikko.so.1 ] || [ -e /usr/lib/aarch64-linux-gnu/libvoikko.so.1 ] || ldconfig -p 2>/dev/null | grep -q libvoikko.so.1; then \
	  echo "libvoikko: present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
	  echo "installing libvoikko1 voikko-fi (apt-get)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi >/dev/null) \
	    || echo "warning: could not install libvoikko; the Finnish fallback pipeline will be used"; \
	else \
	  echo "note: libvoikko not installed and no root apt-get; the Finnish fallback pipeline will be used"; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@$(PY) -m pip install -q -e ".[fi]" || echo "warning: the Finnish spaCy model could not be installed; using the fallback"
	@touch $(STAMP)

setup: sysdeps $(STAMP)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

demo: setup
	$(PY) -m tyokyky_qda demo $(DEMO_ARGS)

bench: setup
	@mkdir -p out/bench
	@set -e; for script in benchmarks/bench_*.py; do \
	  echo "== $$script"; $(PY) $$script; \
	done

gui: setup
	QT_QPA_PLATFORM= $(PY) -m tyokyky_qda gui

lint: setup
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) out build *.egg-info
