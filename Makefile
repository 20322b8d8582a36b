# DealScope: `make run` serves the demo, `make test` runs the whole suite.
# Both create .venv on first use. SQLite unless DATABASE_URL is set.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

# The first interpreter that is Python >= 3.12 (pyenv's shims honour .python-version).
PYTHON_BOOT := $(shell for p in python3.13 python3.12 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	command -v $$p; break; fi; done)

.PHONY: run test lint format bench bench-alerts bench-scale bench-stats migrate demo clean venv backup restore loadtest

venv: $(STAMP)

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON_BOOT)" ]; then \
		echo "DealScope needs Python 3.12 or newer (python3.13, python3.12 or python3 on PATH)."; \
		echo "Install it, e.g. 'apt-get install python3.12 python3.12-venv' or 'pyenv install 3.12'."; \
		exit 1; fi
	@test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

migrate: $(STAMP)
	DEBUG=$${DEBUG:-true} $(PY) manage.py migrate --noinput

demo: migrate
	DEBUG=$${DEBUG:-true} $(PY) manage.py load_demo

run: demo
	DEBUG=$${DEBUG:-true} $(PY) manage.py ensure_local_analyst
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

backup:
	scripts/backup.sh backup $(FILE)

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/….dump"; exit 2; }
	scripts/backup.sh restore $(FILE)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache

# Precision and recall of the deal extractor over tests/corpus, per field.
# Bounded read/write load test under gunicorn on PostgreSQL (at most 60 s; LOAD_ARGS="--seconds 30").
loadtest: $(STAMP)
	$(PY) bench/loadtest.py $(LOAD_ARGS)

# Matching one new deal against 10,000 saved searches on PostgreSQL (target: 1 s).
bench-alerts: $(STAMP)
	$(PY) bench/alerts_match.py $(BENCH_ARGS)

bench-extraction: $(STAMP)
	$(PY) bench/extraction_report.py

# Benchmarks on PostgreSQL against the hand-written floor (bench/run.py; writes
# bench/results.json). DATABASE_URL, else postgres://postgres@127.0.0.1:5432/dealscope_bench;
# 100k synthetic deals are seeded once and reused. BENCH_ARGS="--duration 30" for longer load
# rows, "--skip-load" for in-process only.
bench: $(STAMP)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1; } \
		|| echo "wrk not found: the load test falls back to a slower Python load generator."
	$(PY) bench/run.py $(BENCH_ARGS)

# The statistics pages (/analytics/, /comps/, home, conference, summary, company) at 100k deals,
# with no cache and with the per-process data-version cache (bench/stats_pages.py; writes
# bench/stats_results.json). Seeds the bench database as `make bench` does (once).
bench-stats: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/dealscope_bench} DEBUG=true \
		$(PY) manage.py migrate --noinput -v0
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/dealscope_bench} DEBUG=true \
		$(PY) manage.py seed_synthetic --deals 100000
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/dealscope_bench} \
		$(PY) bench/stats_pages.py $(BENCH_ARGS)

# Filtered lists, their counts and EXPLAIN checks at 1M deals in their own database
# (SCALE_DATABASE_URL, else .../dealscope_bench_scale). BENCH_ARGS="--deals 300000" for less.
bench-scale: $(STAMP)
	$(PY) bench/run.py --scale $(BENCH_ARGS)
