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
  clang-format

.PHONY: all deps build test report figures docs bench prove clean distclean format format-check
all: report docs
	@echo ""
	@echo "Report:        paper/report.pdf"
	@echo "Documentation: $(DOCS)/index.html"
	@echo "Results:       $(RESULTS)/claims.json, $(RESULTS)/numbers.json, figures/*.csv"

# ---- 1. Debian packages -------------------------------------------------------------------------
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
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
bench: | deps
	cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release -DCLUSTERTRADE_TESTS=OFF -DCLUSTERTRADE_BENCH=ON
	cmake --build $(BUILD)-bench -j$(JOBS)
	@for b in $(BUILD)-bench/bin/*_bench; do echo "== $$b"; $$b --benchmark_min_time=0.2; done

# ---- Formatting (Debian's clang-format against .clang-format) -----------------------------------
# `make format` rewrites the C++ sources in place; `make format-check` (run by .ci/run) changes
# nothing and fails (listing the lines) when any file differs from the style.
FORMAT_FILES = $(shell find src tests bench -type f \( -name '*.cpp' -o -name '*.hpp' \) 2>/dev/null | sort)
CLANG_FORMAT ?= clang-format

format:
	$(CLANG_FORMAT) -i --style=file $(FORMAT_FILES)

format-check:
	$(CLANG_FORMAT) --dry-run --Werror --style=file $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) $(BUILD)-bench $(BUILD)-asan $(GEN) paper/report.pdf
	rm -f figures/*.pdf figures/*.png figures/*.csv
	cd paper && latexmk -C -quiet report.tex >/dev/null 2>&1 || true
