# clustertrade — the front door.
#   make all     deps → build → figures and claims → figure PDFs/PNGs → report PDF and Doxygen HTML
#   make test    build and run the GoogleTest suite through CTest
#   make bench   build and run the Google Benchmark programs
# Every step is a real file rule: a second `make all` does nothing, and touching one module's code
# reruns only its figure program (and `clustertrade prove`, which links every module), then the report.

SHELL       := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# One CMake build folder is shared by the program rules: never run two of them at once.
.NOTPARALLEL:

BUILD    ?= build
JOBS     ?= 2
DRAWS    ?= 2000
SEED     ?= 20070101
BIN      := $(BUILD)/bin
RESULTS  := $(BUILD)/results
GEN      := paper/generated
DOCS     := $(BUILD)/docs/html

# The commit recorded in every generated file (CSV headers, report captions).
export CLUSTERTRADE_COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)$(shell git diff --quiet HEAD -- 2>/dev/null || echo -dirty)

MODULES       := infant_industry cluster_model dynamic_spillovers trade_growth
dash           = $(subst _,-,$(1))
FIG_PROGRAMS  := $(foreach m,$(MODULES),$(BIN)/figures-$(call dash,$(m)))
FIG_STAMPS    := $(foreach m,$(MODULES),$(RESULTS)/figures-$(call dash,$(m)).figures.json)
FIG_SOURCES   := $(wildcard figures/*.tex)
FIG_PDFS      := $(FIG_SOURCES:.tex=.pdf)
FIG_PNGS      := $(FIG_SOURCES:.tex=.png)
REPORT_INPUTS := paper/report.tex paper/references.bib $(wildcard paper/sections/*.tex)

DEB_PACKAGES := g++ cmake make git libboost-dev libeigen3-dev nlohmann-json3-dev libcli11-dev libfmt-dev \
  libgtest-dev libgmock-dev libbenchmark-dev doxygen texlive-latex-base texlive-latex-recommended \
  texlive-latex-extra texlive-pictures texlive-fonts-recommended lmodern latexmk poppler-utils libjs-mathjax \
  clang-14 libclang-rt-14-dev
# `make bench` also runs the SciPy peer of the H12 engine (bench/scipy_peer).
BENCH_PACKAGES := python3-scipy


.PHONY: all deps build test report figures docs bench fuzz fuzz-campaign prove clean distclean
all: report docs
	@echo ""
	@echo "Report:        paper/report.pdf"
	@echo "Documentation: $(DOCS)/index.html"
	@echo "Results:       $(RESULTS)/claims.json, $(RESULTS)/numbers.json, figures/*.csv"

# ---- 1. Debian packages -------------------------------------------------------------------------
deps:
	@missing=""; for p in $(DEB_PACKAGES) $(BENCH_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages. Run:"; echo "  sudo apt-get install -y --no-install-recommends$$missing"; exit 1; \
	  fi; \
	fi

# ---- 2. C++ build (CMake drives the real dependency tracking) -----------------------------------
$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

# Each program depends on the sources it is built from; CMake does the fine-grained work, and the
# program is touched so that make sees it as newer than those sources even when CMake had nothing to do.
core_src    = $(shell find src/core -type f) CMakeLists.txt
module_src  = $(shell find src/$(1) -type f)
ALL_SRC    := $(shell find src -type f) CMakeLists.txt

define program_rule
$(BIN)/figures-$(call dash,$(1)): $(BUILD)/CMakeCache.txt $(core_src) $(call module_src,$(1))
	cmake --build $(BUILD) -j$(JOBS) --target figures-$(call dash,$(1))
	@touch $$@
endef
$(foreach m,$(MODULES),$(eval $(call program_rule,$(m))))

$(BIN)/clustertrade: $(BUILD)/CMakeCache.txt $(ALL_SRC)
	cmake --build $(BUILD) -j$(JOBS) --target clustertrade
	@touch $@

$(BIN)/clustertrade-report-data: $(BUILD)/CMakeCache.txt $(core_src) src/cli/report_data_main.cpp
	cmake --build $(BUILD) -j$(JOBS) --target clustertrade-report-data
	@touch $@

build: $(BIN)/clustertrade

test: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# ---- 3. Figure data, claims, numbers ------------------------------------------------------------
$(RESULTS)/figures-%.figures.json: $(BIN)/figures-%
	$< --figures-dir figures --results-dir $(RESULTS)

$(RESULTS)/claims.json: $(BIN)/clustertrade
	@mkdir -p $(GEN)
	$(BIN)/clustertrade prove --draws $(DRAWS) --seed $(SEED) --out $@ --tex-dir $(GEN)

$(GEN)/numbers.tex: $(RESULTS)/claims.json $(FIG_STAMPS) $(BIN)/clustertrade-report-data
	$(BIN)/clustertrade-report-data $(RESULTS) $(GEN)

prove: $(RESULTS)/claims.json

# Which module's program writes a figure's data: the first line of figures/<id>.tex says it.
$(BUILD)/figures.mk: $(FIG_SOURCES)
	@mkdir -p $(BUILD)
	@for f in $(FIG_SOURCES); do \
	  m=$$(head -n1 $$f | sed -n 's/^% module: *\([a-z_]*\).*/\1/p'); \
	  [ -n "$$m" ] || { echo "$$f: first line must be '% module: <module>'" >&2; exit 1; }; \
	  echo "$${f%.tex}.pdf: $(RESULTS)/figures-$$(echo $$m | tr _ -).figures.json"; \
	done > $@
-include $(BUILD)/figures.mk

# ---- 4. Figures: pgfplots standalone → PDF → PNG -----------------------------------------------
figures/%.pdf: figures/%.tex
	(cd figures && latexmk -pdf -quiet -interaction=nonstopmode -halt-on-error $*.tex >/dev/null) || \
	  { tail -n 30 figures/$*.log >&2; exit 1; }
	cd figures && latexmk -c -quiet $*.tex >/dev/null

figures/%.png: figures/%.pdf
	pdftoppm -png -r 150 -singlefile $< figures/$*

figures: $(FIG_PDFS) $(FIG_PNGS)

# ---- 5. Report and documentation ----------------------------------------------------------------
paper/report.pdf: $(REPORT_INPUTS) $(GEN)/numbers.tex $(FIG_PDFS) $(FIG_PNGS)
	(cd paper && latexmk -pdf -quiet -interaction=nonstopmode -halt-on-error report.tex >/dev/null) || \
	  { grep -A5 '^!' paper/report.log >&2 || tail -n 40 paper/report.log >&2; exit 1; }
	@if grep -E "(Reference|Citation).*undefined|multiply defined|Undefined control" paper/report.log >&2; then \
	  echo "report: undefined or duplicate references" >&2; rm -f $@; exit 1; fi

report: paper/report.pdf

$(DOCS)/index.html: docs/Doxyfile docs/mainpage.md $(shell find src -name '*.hpp' -o -name '*.dox' -o -name 'figures.cpp')
	@mkdir -p $(BUILD)/docs
	doxygen docs/Doxyfile
	ln -sfn /usr/share/javascript/mathjax $(DOCS)/mathjax
	@touch $@

docs: $(DOCS)/index.html

# ---- Benchmarks ---------------------------------------------------------------------------------
# libFuzzer (clang-14, address + undefined sanitizers): each harness in tests/fuzz runs for
# FUZZ_SECONDS from the checked-in seed corpus; new corpus entries go to $(BUILD)-fuzz/corpus, never
# into the repository. A crash stops make and leaves the input as $(BUILD)-fuzz/crash-*.
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := number_list csv_matrix scenario arguments
fuzz: | deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLUSTERTRADE_FUZZ=ON \
	  -DCLUSTERTRADE_TESTS=OFF >/dev/null
	cmake --build $(BUILD)-fuzz -j$(JOBS) $(foreach t,$(FUZZ_TARGETS),--target fuzz_$(t))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(BUILD)-fuzz/corpus/$$t; echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  $(BUILD)-fuzz/bin/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2560 -max_len=4096 \
	    -artifact_prefix=$(BUILD)-fuzz/ -print_final_stats=1 $(BUILD)-fuzz/corpus/$$t tests/fuzz/corpus/$$t 2>&1 \
	    | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' || true; \
	  ! ls $(BUILD)-fuzz/crash-* $(BUILD)-fuzz/timeout-* $(BUILD)-fuzz/oom-* 2>/dev/null | grep -q . || \
	    { echo "fuzz_$$t found a failing input (above)"; exit 1; }; \
	done

# The black-box campaign against the built program (tests/fuzz/campaign.py): thousands of nasty
# argument lists and files; prints the counts and fails on any crash, hang, internal error,
# non-finite number with exit 0 or damaged file.
fuzz-campaign: $(BIN)/clustertrade
	python3 tests/fuzz/campaign.py --bin $(BIN)/clustertrade

# The H12 engine is also compared, in the same run, with a SciPy peer doing the same work (issue 11).
bench: | deps
	cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release -DCLUSTERTRADE_TESTS=OFF -DCLUSTERTRADE_BENCH=ON
	cmake --build $(BUILD)-bench -j$(JOBS)
	@for b in $(BUILD)-bench/bin/*_bench; do echo "== $$b"; $$b --benchmark_min_time=0.2; done
	@echo "== H12 engine vs SciPy peer (same run)"
	/usr/bin/python3 bench/compare_h12.py $(BUILD)-bench/bin/h12_engine_bench

clean:
	rm -rf $(BUILD) $(BUILD)-bench $(BUILD)-asan $(GEN) paper/report.pdf
	rm -f figures/*.pdf figures/*.png figures/*.csv
	cd paper && latexmk -C -quiet report.tex >/dev/null 2>&1 || true
