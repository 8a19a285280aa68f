# The two commands of the README: `make demo` and `make test`. Both install
# what is missing (Debian packages), build, and run.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all demo test deps test-deps build asan bench clean

all: build

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the shipped examples: score a client's self-assessment,
# audit a policy inventory (exit 1 = findings, as CI would see them), print
# a manager's checklist and write its printable page.
demo: build
	@echo '$$ cx-score examples/score/sparkle-cleaning.yaml'
	@$(BUILD)/bin/cx-score examples/score/sparkle-cleaning.yaml
	@echo
	@echo '$$ cx-audit examples/audit/sparkle-cleaning.yaml'
	@$(BUILD)/bin/cx-audit examples/audit/sparkle-cleaning.yaml; test $$? -le 1
	@echo
	@echo '$$ cx-checklist examples/checklists/returns-desk.yaml'
	@$(BUILD)/bin/cx-checklist examples/checklists/returns-desk.yaml
	@$(BUILD)/bin/cx-checklist -f html -o $(BUILD)/returns-desk.html examples/checklists/returns-desk.yaml
	@echo "Printable checklist: $(BUILD)/returns-desk.html"

# cx-score on 100k to 1M survey rows against wc -l and pandas (README table).
bench: build
	@scripts/install-deps.sh bench
	@python3 bench/score_bench.py

# Every test: unit tests, golden CLI cases and examples, then the whole suite
# again under AddressSanitizer and UndefinedBehaviorSanitizer.
test: test-deps build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory asan

asan:
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCXKIT_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
