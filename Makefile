# The two commands of the README: `make demo` and `make test`. Both install
# what is missing (Debian packages), build, and run.
BUILD ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 300
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all demo test deps test-deps build install deb asan tsan bench fuzz-build fuzz clean

all: build

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

# PREFIX is where `make install` puts it; the programs name their installed
# README in SARIF reports, so the build knows it.
PREFIX ?= /usr/local
build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$(PREFIX)" $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Installs the programs, man pages, completions, schemas and the libraries
# with their CMake package under PREFIX (DESTDIR, when set, is put before
# it, for staging).
install: build
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

# The Debian package of the programs: $(BUILD)/cxkit_<version>_<arch>.deb,
# built for /usr. dpkg-shlibdeps (dpkg-dev, a build package) reads the
# programs' library dependencies.
deb: deps
	@$(MAKE) --no-print-directory build PREFIX=/usr
	@cd $(BUILD) && cpack -G DEB

# The main job on the shipped examples: score a client's self-assessment
# (and write its client report and the blank paper form),
# audit a policy inventory (exit 1 = findings, as CI would see them), print
# a manager's checklist and write its printable page, lint a team's service
# standards and write the workbook to write them with.
demo: build
	@echo '$$ cx-score examples/score/sparkle-cleaning.yaml'
	@$(BUILD)/bin/cx-score examples/score/sparkle-cleaning.yaml
	@$(BUILD)/bin/cx-score -f html -o $(BUILD)/sparkle-report.html examples/score/sparkle-cleaning.yaml
	@$(BUILD)/bin/cx-score --blank customer-service-quotient -f html -o $(BUILD)/blank-form.html
	@echo "Client report: $(BUILD)/sparkle-report.html; blank paper form: $(BUILD)/blank-form.html"
	@echo
	@echo '$$ cx-audit examples/audit/sparkle-cleaning.yaml'
	@$(BUILD)/bin/cx-audit examples/audit/sparkle-cleaning.yaml; test $$? -le 1
	@echo
	@echo '$$ cx-checklist examples/checklists/returns-desk.yaml'
	@$(BUILD)/bin/cx-checklist examples/checklists/returns-desk.yaml
	@$(BUILD)/bin/cx-checklist -f html -o $(BUILD)/returns-desk.html examples/checklists/returns-desk.yaml
	@echo "Printable checklist: $(BUILD)/returns-desk.html"
	@echo
	@echo '$$ cx-standards examples/standards/harbourview-hotels.yaml'
	@$(BUILD)/bin/cx-standards examples/standards/harbourview-hotels.yaml; test $$? -le 1
	@$(BUILD)/bin/cx-standards --workbook -f html -o $(BUILD)/standards-workbook.html
	@echo "Printable standards workbook: $(BUILD)/standards-workbook.html"

# Races cx-score against DuckDB and pandas on Google Forms, Qualtrics,
# LimeSurvey and bare-digit exports of 100k and 1M rows (bench/score_bench.py
# says how; BENCH_SIZES, BENCH_REPEAT and BENCH_LAYOUTS narrow it). Exit 1
# when DuckDB's or pandas' percents differ from cx-score's.
bench: build
	@scripts/install-deps.sh bench
	@CX_SCORE=$(BUILD)/bin/cx-score python3 bench/score_bench.py

# Every test: unit tests, golden CLI cases, examples, validators, PDF
# printing, output guarantees and a bounded run of every fuzzer; then the
# whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer,
# and what runs on several threads (cx-score's CSV) under ThreadSanitizer.
# Warnings are errors in every build of the tests.
test: test-deps fuzz-build
	@$(MAKE) --no-print-directory build CMAKE_FLAGS="$(CMAKE_FLAGS) -DCXKIT_WARNINGS_AS_ERRORS=ON"
	@cd $(BUILD) && CXKIT_FUZZ_BIN=$(CURDIR)/$(FUZZ_BUILD)/fuzz ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory tsan

asan:
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCXKIT_SANITIZE=ON -DCXKIT_WARNINGS_AS_ERRORS=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

tsan:
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCXKIT_TSAN=ON -DCXKIT_WARNINGS_AS_ERRORS=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target cxkit_tests cx-score
	@cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j $(JOBS) -R '^(unit|golden/cx-score/)'

# libFuzzer targets (clang): one per loader and one through every writer.
fuzz-build: test-deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCXKIT_FUZZ=ON -DCXKIT_TESTS=OFF -DCXKIT_WARNINGS_AS_ERRORS=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)

# Longer fuzzing: FUZZ_SECONDS per target, corpus kept in $(FUZZ_BUILD)/corpus.
fuzz: test-deps build fuzz-build
	@CXKIT_FUZZ_BIN=$(CURDIR)/$(FUZZ_BUILD)/fuzz CXKIT_FUZZ_RUNS=0 CXKIT_FUZZ_SECONDS=$(FUZZ_SECONDS) \
	  CXKIT_FUZZ_CORPUS=$(CURDIR)/$(FUZZ_BUILD)/corpus bash tests/scripts/test_fuzz_bounded.sh $(BUILD)/bin

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD)
