# Two commands: `make run` and `make test`. Everything else is what they use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
CHROMIUM ?= /usr/bin/chromium
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: audit backup restore run setup test test-postgres test-browser lint format bench messages chromium polish-dictionary clean

run: setup
	$(MANAGE) ensure_users
	$(MANAGE) runserver 127.0.0.1:8000

setup: $(VENV)/.base-installed
	$(MANAGE) compile_catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

test: $(VENV)/.dev-installed chromium lint
	$(MANAGE) compile_catalogues
	$(BIN)/pytest

test-postgres: $(VENV)/.dev-installed chromium polish-dictionary
	$(MANAGE) compile_catalogues
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest

test-browser: $(VENV)/.dev-installed chromium
	$(MANAGE) compile_catalogues
	$(BIN)/pytest -m browser

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates */templates
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates */templates

# Known vulnerabilities in the pinned set (PyPI's and OSV's advisory services; needs
# them reachable: the site has no front-end packages from npm to audit).
audit: $(VENV)/.dev-installed
	$(BIN)/pip install --quiet pip-audit==2.10.1
	$(BIN)/pip-audit --strict --disable-pip --no-deps -r requirements/base.txt -r requirements/dev.txt

bench: $(VENV)/.dev-installed
	$(BIN)/python bench/run.py

# Database (SQLite or PostgreSQL, from DATABASE_URL) and original uploads in one archive.
backup: $(VENV)/.base-installed
	$(MANAGE) backup_site backups/

# make restore BACKUP=backups/newsroom-....tar.gz  (into an empty database; see README)
restore: $(VENV)/.base-installed
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<file>.tar.gz" >&2; exit 2; }
	$(MANAGE) migrate --noinput
	$(MANAGE) restore_site $(BACKUP) $(if $(REPLACE),--replace,)

# Extract interface strings after changing templates (needs GNU gettext).
messages: $(VENV)/.base-installed
	$(MANAGE) makemessages --all --ignore='.venv/*' --ignore='bench/*' --ignore='tests/*'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt $(VENV)/.base-installed
	$(BIN)/pip install --quiet -r requirements/dev.txt
	touch $@

# The browser suite drives Debian's Chromium; install it when it is missing.
chromium:
	@test -x $(CHROMIUM) || { \
		echo "Installing Chromium for the browser suite..."; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium; }

# PostgreSQL's Polish text search (search/postgres.py) reads Debian's hunspell-pl,
# which links itself into the server's tsearch_data when installed.
polish-dictionary:
	@ls /usr/share/postgresql/*/tsearch_data/pl_pl.dict >/dev/null 2>&1 || { \
		echo "Installing the Polish hunspell dictionary for PostgreSQL search..."; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q hunspell-pl; }

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 test-artifacts
