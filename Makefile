# clustertrade — the front door.
#   make all     deps → build → figures and claims → figure PDFs/PNGs → report PDF and Doxygen HTML
#   make test    build and run the GoogleTest suite through CTest
#   make bench   build and run the Google Benchmark programs
# Every step is a real file rule: a second `make all` does nothing, and touching one module's code
# reruns only its figure program (and `clustertrade prove`, which links every module), then the report.

SHELL       := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# No global .NOTPARALLEL: the figures render in parallel. Only the CMake build must not run twice at
# once (one build folder), and it runs in exactly one rule ($(BUILD_STAMP)); every program depends on it.

BUILD    ?= build
JOBS     ?= 2
DRAWS    ?= 2000
SEED     ?= 20070101
BIN      := $(BUILD)/bin
RESULTS  := $(BUILD)/results
GEN      := paper/generated
DOCS     := $(BUILD)/docs/html
MAKEFLAGS += -j$(JOBS)

# The commit recorded in every generated file (CSV headers, report captions).
export CLUSTERTRADE_COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)$(shell git diff --quiet HEAD -- 2>/dev/null || echo -dirty)

MODULES       := infant_industry cluster_model dynamic_spillovers trade_growth cluster_mapping
# Modules whose claims `clustertrade prove` writes to paper/generated/claims-<module>.tex.
CLAIM_MODULES ?= $(MODULES)
dash           = $(subst _,-,$(1))
FIG_PROGRAMS  := $(foreach m,$(MODULES),$(BIN)/figures-$(call dash,$(m)))
FIG_STAMPS    := $(foreach m,$(MODULES),$(RESULTS)/figures-$(call dash,$(m)).figures.json)
FIG_STYLE     := figures/clustertrade-style.tex
FIG_SOURCES   := $(filter-out $(FIG_STYLE),$(wildcard figures/*.tex))
FIG_PDFS      := $(FIG_SOURCES:.tex=.pdf)
FIG_PNGS      := $(FIG_SOURCES:.tex=.png)
REPORT_INPUTS := paper/report.tex paper/references.bib $(wildcard paper/sections/*.tex)
CLAIMS_TEX    := $(GEN)/claims.tex $(foreach m,$(CLAIM_MODULES),$(GEN)/claims-$(m).tex)
REPORT_DATA   := $(GEN)/numbers.tex $(GEN)/trace.tex $(GEN)/toolchain.tex $(RESULTS)/numbers.json $(RESULTS)/numbers.md
GATE          := tools/report_gate.py

DEB_PACKAGES := g++ cmake make git libboost-dev libeigen3-dev nlohmann-json3-dev libcli11-dev libfmt-dev \
  libgtest-dev libgmock-dev libbenchmark-dev doxygen texlive-latex-base texlive-latex-recommended \
  texlive-latex-extra texlive-pictures texlive-fonts-recommended lmodern latexmk poppler-utils libjs-mathjax \
  python3 ccache clang-14 libclang-rt-14-dev clang-format
# For the optional MPI build (`make mpi`): OpenMPI's mpirun and headers.
MPI_PACKAGES := openmpi-bin libopenmpi-dev
MPI_BUILD    ?= build-mpi
# `make bench` also runs the SciPy peer of the H12 engine (bench/scipy_peer).
BENCH_PACKAGES := python3-scipy
# `make docs-check` opens the HTML claims ledger in headless Chromium.
DOCS_CHECK_PACKAGES := chromium

.PHONY: all deps build test report figures docs docs-check bench fuzz fuzz-campaign prove gate mpi clean distclean format format-check
all: report gate docs
	@echo ""
	@echo "Report:        paper/report.pdf"
	@echo "Documentation: $(DOCS)/index.html"
	@echo "Results:       $(RESULTS)/claims.json, $(RESULTS)/numbers.json, figures/*.csv"

# ---- 1. Debian packages -------------------------------------------------------------------------
deps:
	@missing=""; for p in $(DEB_PACKAGES) $(MPI_PACKAGES) $(BENCH_PACKAGES) $(DOCS_CHECK_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages. Run:"; echo "  sudo apt-get install -y --no-install-recommends$$missing"; exit 1; \
	  fi; \
	fi

# ---- optional: `clustertrade prove` over MPI ranks (mpirun -np K $(MPI_BUILD)/bin/clustertrade prove ...) -----
mpi: | deps
	cmake -S . -B $(MPI_BUILD) -DCMAKE_BUILD_TYPE=Release -DCLUSTERTRADE_MPI=ON -DCLUSTERTRADE_TESTS=OFF $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
	cmake --build $(MPI_BUILD) -j$(JOBS) --target clustertrade

# ---- 2. C++ build: one rule, so the CMake build never runs twice at once ------------------------
# ccache (when installed) makes a fresh clone's build mostly cache hits.
CCACHE := $(shell command -v ccache 2>/dev/null)
$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))

# The C++ sources (documentation pages excluded: editing a .dox or .md never rebuilds or reruns anything).
ALL_SRC     := $(shell find src -type f \( -name '*.cpp' -o -name '*.hpp' -o -name CMakeLists.txt -o -name '*.cmake' \)) CMakeLists.txt
PROGRAMS    := $(FIG_PROGRAMS) $(BIN)/clustertrade $(BIN)/clustertrade-report-data
BUILD_STAMP := $(BUILD)/programs.stamp

# CMake does the fine-grained work and relinks a program only when one of its inputs changed, so a
# program's time stamp moves only when it really changed: touching one module reruns only its figure
# program and `clustertrade prove`.
$(BUILD_STAMP): $(BUILD)/CMakeCache.txt $(ALL_SRC)
	cmake --build $(BUILD) -j$(JOBS) $(foreach p,$(PROGRAMS),--target $(notdir $(p)))
	@touch $@
# A recipe (not an empty rule), so make re-reads the program's time stamp after the build.
$(PROGRAMS): $(BUILD_STAMP)
	@test -x $@ || { echo "$@ was not built" >&2; exit 1; }

build: $(BIN)/clustertrade

test: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)
	python3 tools/test_report_gate.py
	python3 tools/test_run_reproduce.py
	python3 tools/test_ledger_data.py

# ---- 3. Figure data, claims, numbers ------------------------------------------------------------
# The claims ledger and the per-module claims lists come out of one `prove` run (a grouped target:
# deleting any of them reruns it).
$(RESULTS)/claims.json $(CLAIMS_TEX) &: $(BIN)/clustertrade
	@mkdir -p $(GEN) $(RESULTS)
	$(BIN)/clustertrade prove --draws $(DRAWS) --seed $(SEED) --out $(RESULTS)/claims.json --tex-dir $(GEN)

$(REPORT_DATA) &: $(RESULTS)/claims.json $(FIG_STAMPS) $(BIN)/clustertrade-report-data
	@mkdir -p $(GEN)
	$(BIN)/clustertrade-report-data $(RESULTS) $(GEN)

prove: $(RESULTS)/claims.json

# figures.mk, generated from the figure sources: which program writes which CSV files (the first line
# of figures/<id>.tex names the module; the CSV files are the ones the figure reads), as one grouped
# rule per program, and which CSV files each figure PDF is drawn from. A deleted CSV reruns its program.
# A figure that prints generated numbers (\input{../paper/generated/numbers}) also depends on numbers.tex.
$(BUILD)/figures.mk: $(FIG_SOURCES) Makefile
	@mkdir -p $(BUILD)
	@for m in $(MODULES); do \
	  csvs=""; for f in $(FIG_SOURCES); do \
	    fm=$$(head -n1 $$f | sed -n 's/^% module: *\([a-z_]*\).*/\1/p'); \
	    [ -n "$$fm" ] || { echo "$$f: first line must be '% module: <module>'" >&2; exit 1; }; \
	    [ "$$fm" = "$$m" ] && csvs="$$csvs $$(grep -o '[A-Za-z0-9_-]*\.csv' $$f | sort -u | sed 's|^|figures/|' | tr '\n' ' ')"; \
	  done; \
	  p=figures-$$(echo $$m | tr _ -); \
	  printf '%s $$(RESULTS)/%s.figures.json $$(RESULTS)/%s.numbers.json &: $$(BIN)/%s\n' "$$(echo $$csvs | tr ' ' '\n' | sort -u | tr '\n' ' ')" $$p $$p $$p; \
	  printf '\t@mkdir -p $$(RESULTS)\n\t$$(BIN)/%s --figures-dir figures --results-dir $$(RESULTS)\n' $$p; \
	done > $@.tmp
	@for f in $(FIG_SOURCES); do \
	  echo "$${f%.tex}.pdf: $$(grep -o '[A-Za-z0-9_-]*\.csv' $$f | sort -u | sed 's|^|figures/|' | tr '\n' ' ')$$(grep -q '^\\input{\.\./paper/generated/numbers' $$f && echo ' $$(GEN)/numbers.tex' || true)"; \
	done >> $@.tmp
	@mv $@.tmp $@
include $(BUILD)/figures.mk

# ---- 4. Figures: pgfplots standalone → PDF → PNG (in parallel; each run has its own job name) ---
figures/%.pdf: figures/%.tex $(FIG_STYLE)
	(cd figures && latexmk -pdf -quiet -interaction=nonstopmode -halt-on-error $*.tex >/dev/null) || \
	  { tail -n 30 figures/$*.log >&2; exit 1; }
	cd figures && latexmk -c -quiet $*.tex >/dev/null

figures/%.png: figures/%.pdf
	pdftoppm -png -r 150 -singlefile $< figures/$*

figures: $(FIG_PDFS) $(FIG_PNGS)

# ---- 5. Report, its build gate, and documentation ----------------------------------------------
paper/report.pdf: $(REPORT_INPUTS) $(REPORT_DATA) $(CLAIMS_TEX) $(FIG_PDFS)
	(cd paper && latexmk -pdf -quiet -interaction=nonstopmode -halt-on-error report.tex >/dev/null) || \
	  { grep -A5 '^!' paper/report.log >&2 || tail -n 40 paper/report.log >&2; exit 1; }

report: paper/report.pdf

# The gate reads the report's sources and its log; it fails the build on any defect it lists.
# tools/run_reproduce.py then runs every command the PDF prints, pasted as a reader would (issue 19 C.12).
$(BUILD)/report-gate.ok: paper/report.pdf $(GATE) paper/allowed-numbers.txt tools/run_reproduce.py $(BIN)/clustertrade
	python3 $(GATE) --paper paper --log paper/report.log --allowed paper/allowed-numbers.txt
	python3 tools/run_reproduce.py --pdf paper/report.pdf --build $(BUILD)
	@touch $@

# The claims gate: no claim with errors, and a rotating sample of holding claims re-run with an
# independent seed at 5x the draws keeps its verdict (tools/claims_gate.py; the sample follows the commit).
$(BUILD)/claims-gate.ok: $(RESULTS)/claims.json $(BIN)/clustertrade tools/claims_gate.py
	python3 tools/claims_gate.py --claims $(RESULTS)/claims.json --prove $(BIN)/clustertrade
	@touch $@

gate: $(BUILD)/report-gate.ok $(BUILD)/claims-gate.ok

# Doxygen reads the headers, the module pages and the figure programs; the figure PNGs are shown on
# the module pages. MathJax is copied into the HTML folder, so a copied folder still renders equations.
MATHJAX_SRC := /usr/share/javascript/mathjax
# The claims ledger page (docs/ledger.md) gets its rows from claims.json through tools/ledger_data.py,
# which reads Doxygen's tag file for the addresses of the check functions.
$(DOCS)/index.html: docs/Doxyfile docs/mainpage.md $(wildcard docs/*.md docs/*.dox) docs/ledger.js $(RESULTS)/numbers.md \
    $(shell find src -name '*.hpp' -o -name '*.dox' -o -name 'figures.cpp' -o -name 'scenarios.cpp') $(FIG_PNGS) \
    $(RESULTS)/claims.json $(CLAIMS_TEX) tools/ledger_data.py
	@mkdir -p $(BUILD)/docs
	doxygen docs/Doxyfile
	python3 tools/ledger_data.py --claims $(RESULTS)/claims.json --tag $(BUILD)/docs/clustertrade.tag \
	  --commands $(GEN)/commands --out $(DOCS)/ledger_data.js
	rm -rf $(DOCS)/mathjax && mkdir -p $(DOCS)/mathjax/jax/output $(DOCS)/mathjax/fonts/HTML-CSS/TeX
	cp -rL $(MATHJAX_SRC)/MathJax.js $(MATHJAX_SRC)/config $(MATHJAX_SRC)/extensions $(DOCS)/mathjax/
	cp -rL $(MATHJAX_SRC)/jax/input $(MATHJAX_SRC)/jax/element $(DOCS)/mathjax/jax/
	cp -rL $(MATHJAX_SRC)/jax/output/HTML-CSS $(DOCS)/mathjax/jax/output/
	cp -rL $(MATHJAX_SRC)/fonts/HTML-CSS/TeX/woff $(MATHJAX_SRC)/fonts/HTML-CSS/TeX/otf $(DOCS)/mathjax/fonts/HTML-CSS/TeX/ 2>/dev/null || true
	@touch $@

docs: $(DOCS)/index.html

# The ledger page checked in headless Chromium (run by .ci/run after `make all`): the table is filled
# from claims.json, every row links into the documentation, and sorting by paper, verdict and origin works.
docs-check: $(DOCS)/index.html
	python3 tools/check_ledger_page.py --html $(DOCS) --claims $(RESULTS)/claims.json

# ---- Benchmarks ---------------------------------------------------------------------------------
# libFuzzer (clang-14, address + undefined sanitizers): each harness in tests/fuzz runs for
# FUZZ_SECONDS from the checked-in seed corpus; new corpus entries go to $(BUILD)-fuzz/corpus, never
# into the repository. A crash stops make and leaves the input as $(BUILD)-fuzz/crash-*.
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := number_list csv_matrix scenario arguments merge_part
fuzz: | deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLUSTERTRADE_FUZZ=ON \
	  -DCLUSTERTRADE_TESTS=OFF $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE)) >/dev/null
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
	cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release -DCLUSTERTRADE_TESTS=OFF -DCLUSTERTRADE_BENCH=ON $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
	cmake --build $(BUILD)-bench -j$(JOBS)
	@for b in $(BUILD)-bench/bin/*_bench; do echo "== $$b"; $$b --benchmark_min_time=0.2; done
	@echo "== H12 engine vs SciPy peer (same run)"
	/usr/bin/python3 bench/compare_h12.py $(BUILD)-bench/bin/h12_engine_bench
	$(BUILD)-bench/bin/h12_path_census 1000
	@if [ -x $(MPI_BUILD)/bin/clustertrade ] && [ -x $(BUILD)/bin/clustertrade ]; then bench/prove_scaling.sh $(BUILD) $(MPI_BUILD) 4000; \
	 else echo "prove scaling table: needs make all and make mpi first"; fi

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
