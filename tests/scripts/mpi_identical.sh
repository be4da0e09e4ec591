#!/usr/bin/env bash
# MPI check (issue 11): `mpirun -np K clustertrade prove ...` must write exactly what one process
# writes (the timing fields `seconds` and `wall_seconds` aside), for K = 2 and 3.
# Usage: tests/scripts/mpi_identical.sh build-mpi/bin/clustertrade
set -euo pipefail
bin=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
strip() { sed -E 's/"(seconds|wall_seconds)": [-+0-9.eE]+/"\1": T/' "$1"; }
args=(prove --draws 24 --seed 5 --module infant_industry)
"$bin" "${args[@]}" --threads 2 --out "$dir/one.json"
for np in 2 3; do
  mpirun --allow-run-as-root --oversubscribe -np "$np" "$bin" "${args[@]}" --threads 1 --out "$dir/mpi-$np.json" \
    2>"$dir/mpi-$np.err"
  # Rank 0 must really have gathered the ranks' shards (not K copies of a whole run).
  grep -q "merged the shards of $np MPI ranks" "$dir/mpi-$np.err" || { cat "$dir/mpi-$np.err" >&2; exit 1; }
  if ! diff <(strip "$dir/one.json") <(strip "$dir/mpi-$np.json") >"$dir/diff-$np.txt"; then
    echo "mpirun -np $np differs from one process:" >&2; head -40 "$dir/diff-$np.txt" >&2; exit 1
  fi
  echo "mpirun -np $np: identical to one process"
done
