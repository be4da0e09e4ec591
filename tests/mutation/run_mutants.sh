#!/usr/bin/env bash
# Mutation testing: how many plausible single-line faults in the model and claims code make a
# test fail. NOT run in CI (each mutant rebuilds a test program: about 30-60 s per mutant on the
# 2-core machine, so the whole list takes half an hour or more).
#
# Usage (from the repository root, after `cmake -S . -B build -DCMAKE_CXX_COMPILER_LAUNCHER=ccache`):
#   tests/mutation/run_mutants.sh [--build DIR] [--list FILE] [--only ID_REGEX] [--fast]
#   --fast: do not ask for the `clustertrade` target explicitly. (Today every test_<module> target
#           depends on it, so CMake rebuilds it anyway and the result is the same; should that
#           dependency go, the CLI tests would see the unmutated program and the score be a lower bound.)
#
# The list (default tests/mutation/mutants.txt) holds one mutant per line, fields separated by TABs:
#   id  <TAB>  kind (model|claims|input)  <TAB>  file  <TAB>  sed script  <TAB>  what the fault is
# Lines starting with '#' and blank lines are ignored. The sed script must change exactly one line
# of the file (otherwise the mutant is reported as `not-applied` and counted apart). For each mutant
# the script copies the file aside, applies the sed script, rebuilds the module's test program
# (test_<module>, plus the `clustertrade` program its CLI tests run) with the build's ccache
# launcher, runs that test program, and restores the file (also on Ctrl-C). A mutant is `caught`
# when the build or a test fails, `survived` otherwise. The summary prints caught/total per kind.
# The working tree must be clean in src/ (the script refuses otherwise, so it can never leave a
# fault behind); the restore is checked with cmp.
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD=build
LIST=tests/mutation/mutants.txt
ONLY=.
FAST=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --list) LIST=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --fast) FAST=1; shift ;;
    *) echo "run_mutants.sh: unknown argument $1 (use --build DIR, --list FILE, --only REGEX, --fast)" >&2; exit 2 ;;
  esac
done
[ -f "$BUILD/CMakeCache.txt" ] || { echo "run_mutants.sh: no CMake build in $BUILD" >&2; exit 2; }
if ! git diff --quiet -- src; then echo "run_mutants.sh: src/ has uncommitted changes; commit or stash them first" >&2; exit 2; fi

JOBS=${JOBS:-2}
backup=""
target_file=""
# The restored file gets a NEW modification time (cp without -p), so that the next build recompiles
# it: restoring the old time would leave the mutant's object file in the build and leak the fault
# into every later mutant.
restore() { if [ -n "$backup" ] && [ -f "$backup" ]; then cp "$backup" "$target_file"; rm -f "$backup"; backup=""; fi; }
trap 'restore; exit 130' INT TERM
trap 'restore' EXIT

# Start from objects built from the unmutated sources: touch every file the list mutates.
while IFS=$'\t' read -r id kind file rest; do
  [[ -z "${id// }" || "$id" == \#* ]] && continue
  [[ "$id" =~ $ONLY ]] && [ -f "$file" ] && touch "$file"
done < "$LIST"

declare -A total caught
results=()
log=$(mktemp -d)
while IFS=$'\t' read -r id kind file script what; do
  [[ -z "${id// }" || "$id" == \#* ]] && continue
  [[ "$id" =~ $ONLY ]] || continue
  module=$(echo "$file" | sed -n 's|^src/\([a-z_]*\)/.*|\1|p')
  [ -f "$file" ] || { results+=("not-applied $id (no file $file)"); continue; }
  target_file=$file
  backup=$(mktemp)
  cp "$file" "$backup"
  sed -i -e "$script" "$file"
  changed=$(diff "$backup" "$file" | grep -c '^<')
  if [ "$changed" != 1 ]; then
    restore
    results+=("not-applied $id (sed changed $changed lines)")
    continue
  fi
  total[$kind]=$(( ${total[$kind]:-0} + 1 ))
  status=survived
  targets=("test_$module")
  [ "$FAST" = 1 ] || targets+=(clustertrade)
  if ! cmake --build "$BUILD" -j"$JOBS" --target "${targets[@]}" >"$log/$id.build" 2>&1; then
    status="caught (build)"
  elif ! "$BUILD/bin/test_$module" --gtest_brief=1 >"$log/$id.test" 2>&1; then
    status="caught ($(grep -c '^\[  FAILED  \] [A-Za-z]*\.' "$log/$id.test") tests fail)"
  fi
  restore
  cmp -s "$file" <(git show "HEAD:$file") || { echo "run_mutants.sh: restore of $file failed" >&2; exit 1; }
  [[ "$status" == caught* ]] && caught[$kind]=$(( ${caught[$kind]:-0} + 1 ))
  line=$(printf '%-9s %-28s %s' "$kind" "$id" "$status")
  results+=("$line")
  echo "$line    -- $what"
done < "$LIST"
# Rebuild once with the restored sources so the build folder matches the tree again.
cmake --build "$BUILD" -j"$JOBS" --target clustertrade >/dev/null 2>&1 || true

echo
echo "== survivors and unapplied mutants"
printf '%s\n' "${results[@]}" | grep -E 'survived|not-applied' || echo "(none)"
echo "== caught/total by kind"
all_t=0; all_c=0
for k in "${!total[@]}"; do
  printf '%-8s %d/%d\n' "$k" "${caught[$k]:-0}" "${total[$k]}"
  all_t=$(( all_t + total[$k] )); all_c=$(( all_c + ${caught[$k]:-0} ))
done
echo "all      $all_c/$all_t"
rm -rf "$log"
