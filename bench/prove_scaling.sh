#!/bin/sh
# Scaling table of `clustertrade prove` (issue 11 part 5): wall time of the same sweep with 1 and 2
# threads (one process) and with 1, 2 and 3 MPI ranks (one thread each), and whether every result
# equals the one-thread result apart from timing fields. Wall times are only meaningful on an idle
# machine; the identity column is meaningful always.
# Usage: bench/prove_scaling.sh BUILD_DIR MPI_BUILD_DIR [DRAWS] [CLAIMS]
set -eu
build=$1
mpi_build=$2
draws=${3:-4000}
claims=${4:-h12.*}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args="prove --claims $claims --draws $draws --seed 7"
strip() { python3 -c "import json,sys
d=json.load(open(sys.argv[1]))
def drop(o):
    if isinstance(o, dict): return {k: drop(v) for k, v in o.items() if k not in ('seconds', 'meta')}
    if isinstance(o, list): return [drop(v) for v in o]
    return o
print(json.dumps(drop(d), sort_keys=True))" "$1"; }
run() {  # label, command...
  label=$1; shift
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$label $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
}
echo "| configuration | wall time (s) | speed-up | result identical to 1 thread |"
echo "|---|---|---|---|"
base=""
for cfg in "1 thread" "2 threads" "1 MPI rank" "2 MPI ranks" "3 MPI ranks (oversubscribed on 2 cores)"; do
  case $cfg in
    "1 thread") set -- "$build/bin/clustertrade" $args --threads 1 --out "$tmp/t1.json"; out=$tmp/t1.json ;;
    "2 threads") set -- "$build/bin/clustertrade" $args --threads 2 --out "$tmp/t2.json"; out=$tmp/t2.json ;;
    "1 MPI rank") set -- mpirun --allow-run-as-root --oversubscribe -np 1 "$mpi_build/bin/clustertrade" $args --threads 1 --out "$tmp/m1.json"; out=$tmp/m1.json ;;
    "2 MPI ranks") set -- mpirun --allow-run-as-root --oversubscribe -np 2 "$mpi_build/bin/clustertrade" $args --threads 1 --out "$tmp/m2.json"; out=$tmp/m2.json ;;
    *) set -- mpirun --allow-run-as-root --oversubscribe -np 3 "$mpi_build/bin/clustertrade" $args --threads 1 --out "$tmp/m3.json"; out=$tmp/m3.json ;;
  esac
  t=$(run x "$@" | cut -d' ' -f2)
  [ -z "$base" ] && base=$t
  same=no
  [ "$(strip "$out")" = "$(strip "$tmp/t1.json")" ] && same=yes
  printf '| %s | %.1f | %.2f× | %s |\n' "$cfg" "$t" "$(awk -v a="$base" -v b="$t" 'BEGIN { print a / b }')" "$same"
done
