# Two commands for a new machine with Python 3.11+ and make: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test test-fast lint bench diagram clean

# Tests run on every core (pytest-xdist), and keep compiled modules between runs even where the
# environment turns that off: each worker and each server the tests start imports the same code.
# Two workers more than the cores while the 1-minute load average leaves a core free: the
# real-process tests (tests/e2e, run first) spend most of their time waiting for a server to
# start, a reply, a Retry-After, and two e2e groups often wait at once; with the extra workers
# in-process tests run through those waits (on 2 cores, 6,800 tests: 4 workers 43.8-45.0 s in
# pytest, 3 workers 47.6-47.8 s, 5 workers 45.5-47.5 s). On a busy machine other work fills the
# waits already and the extra workers would only add their start and CPU: one worker per core.
# Their temporary files (hundreds of SQLite databases, logs) go to memory where Linux offers it
# (/dev/shm): on a busy or slow disk, creating each database and pytest removing an old run's
# folders cost seconds of waiting. Only with 1 GB free there: a run leaves about 300 MB (its
# PostgreSQL data folder 60 MB) and pytest keeps the last three runs' folders; a container's
# /dev/shm is often 64 MB, and a full one fails the tests.
TEST_TMPDIR := $(shell [ -d /dev/shm ] && [ -w /dev/shm ] \
	&& [ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $$4}')" -ge 1048576 ] 2>/dev/null \
	&& echo /dev/shm)
PYTEST_ONE := $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR) )$(BIN)/python -m pytest
TEST_WORKERS := $(shell $(PYTHON) -c 'import os; n = len(os.sched_getaffinity(0)); print(n + 2 if os.getloadavg()[0] < n else n)' 2>/dev/null || echo auto)
PYTEST := $(PYTEST_ONE) -n $(TEST_WORKERS) --dist loadgroup
unexport PYTHONDONTWRITEBYTECODE

# The newest pip installs faster than the one venv brings, even counting its own install.
# --no-compile: pip would compile every installed file (mypy's and hypothesis' too); instead the
# install imports the libraries the project uses, which compiles just those, once (about 4 s of
# CPU that each process of a first `make test` would otherwise spend again, several at once),
# and type-checks them, which keeps their types in .mypy_cache (about 11 s of CPU): `make test`
# then type-checks the project's own files only.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=/path/to/python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the bot and its dependencies into $(VENV) (first run only)..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip > $(VENV)/install.log 2>&1 \
		&& $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-compile -e '.[dev]' >> $(VENV)/install.log 2>&1 \
		&& $(BIN)/python tests/third_party.py > $(VENV)/third_party.py \
		&& $(BIN)/python $(VENV)/third_party.py >> $(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; echo "Installation failed (log above)."; exit 1; }
	@$(BIN)/mypy $(VENV)/third_party.py >> $(VENV)/install.log 2>&1 || true  # only keeps the cache
	@touch $(STAMP)

chat: $(STAMP)
	@$(BIN)/e1399-bot chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The full suite: what CI runs (.ci/run) and what must pass before landing. mypy (seconds of
# CPU) runs beside the content check (one core) and the tests, whose waits leave CPU to spare;
# its report follows theirs, and either failing fails the target.
#
# `content check` reads and checks the content folder afresh (several seconds of CPU on one core
# before the tests start) and keeps what passed (flows/content_cache.py), keyed by the bytes of
# every content file, the flows/ source and the libraries' versions. When a kept copy under that
# key is there, this very content passed every check already: the tests start at once and load
# it. A clean clone (CI) has none, and checks.
CONTENT_PASSED := import sys; from bot.settings import settings_from_environment; \
	from flows.content import default_content_dir; from flows.content_cache import kept_path; \
	folder = (settings_from_environment().content_dir or default_content_dir()).resolve(); \
	passed = kept_path(folder).exists(); \
	print(f"content OK: {folder} (unchanged since it passed content check)") if passed else None; \
	sys.exit(0 if passed else 1)
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@$(BIN)/mypy > $(VENV)/mypy.log 2>&1 & mypy=$$!; \
	echo "$(BIN)/e1399-bot content check && $(PYTEST)  (and $(BIN)/mypy beside them)"; \
	{ $(BIN)/python -c '$(CONTENT_PASSED)' 2>/dev/null || $(BIN)/e1399-bot content check; } \
		&& $(PYTEST); tests=$$?; \
	wait $$mypy; typed=$$?; cat $(VENV)/mypy.log; \
	[ $$tests -eq 0 ] && [ $$typed -eq 0 ]

# Feedback while editing: the flows and bot tests except slow ones and all but the first cases of
# each sweep (a check over many cases: typed chats, claim files, corpus sets); no lint. Only those folders
# are collected (the e2e modules' imports and hypothesis, which only the property tests use,
# cost CPU at start). One process per core, each importing and running only its share of the
# test files (--shard, tests/conftest.py): xdist's workers would each import and collect every
# file, and its controller handles every test's report. Only while the 1-minute load average
# already fills every core, one process: a second would only add its start to the CPU the
# machine shares out. (On a nearly idle machine the load average is often above 1, the previous
# command still counted in it.) The other shares' reports follow the first's; FAST_SHARES=n sets
# the number of processes.
PYTEST_FAST := $(PYTEST_ONE) -n 0 -p no:hypothesispytest -m "not slow"
CORES_FREE := import os; n = os.cpu_count() or 1; print(n if os.getloadavg()[0] < n else 1)
test-fast: $(STAMP)
	@shares=$${FAST_SHARES:-$$($(BIN)/python -c '$(CORES_FREE)')}; share=1; pids=; \
	while [ $$share -lt $$shares ]; do \
		$(PYTEST_FAST) --shard $$share/$$shares tests/flows tests/bot \
			> $(VENV)/test-fast-$$share.log 2>&1 & pids="$$pids $$!"; share=$$((share + 1)); \
	done; \
	$(PYTEST_FAST) --shard 0/$$shares tests/flows tests/bot; status=$$?; \
	for pid in $$pids; do wait $$pid || status=1; done; \
	share=1; while [ $$share -lt $$shares ]; do \
		cat $(VENV)/test-fast-$$share.log; share=$$((share + 1)); \
	done; exit $$status

bench: $(STAMP)
	@for script in benches/bench_*.py; do $(BIN)/python $$script || exit 1; done

diagram: $(STAMP)
	$(BIN)/python -m flows.diagram > docs/intake.mmd
	$(BIN)/python -m flows.claim_schema > docs/claim.schema.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
