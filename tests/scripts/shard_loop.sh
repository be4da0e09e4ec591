#!/usr/bin/env bash
# Tests the Slurm job-array script of docs/cluster.md without Slurm: extracts it from the doc,
# runs it for SLURM_ARRAY_TASK_ID = 0, 1, 2 with SLURM_ARRAY_TASK_COUNT = 3 in a local loop, merges
# the parts and compares with one process (timing fields `seconds`/`wall_seconds` aside).
# Usage: tests/scripts/shard_loop.sh path/to/clustertrade path/to/docs/cluster.md
set -euo pipefail
bin=$(realpath "$1")
doc=$(realpath "$2")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
sed -n '/<!-- shard-script begin -->/,/<!-- shard-script end -->/p' "$doc" | sed '1,2d;$d' | sed '$d' >prove-shards.sbatch
grep -q -- '--shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}"' prove-shards.sbatch || {
  echo "could not extract the shard script from $doc" >&2; exit 1; }
strip() { sed -E 's/"(seconds|wall_seconds)": [-+0-9.eE]+/"\1": T/' "$1"; }
export CLUSTERTRADE="$bin" DRAWS=18 SEED=11 SLURM_ARRAY_TASK_COUNT=3 SLURM_CPUS_PER_TASK=1 PROVE_FLAGS="--module infant_industry"
for task in 0 1 2; do SLURM_ARRAY_TASK_ID=$task bash prove-shards.sbatch; done
"$bin" merge parts/part-*.json --out claims.json
"$bin" prove --draws "$DRAWS" --seed "$SEED" --threads 2 $PROVE_FLAGS --out one.json
diff <(strip one.json) <(strip claims.json) >diff.txt || { echo "merged shards differ from one process" >&2; head -40 diff.txt >&2; exit 1; }
test "$(ls parts/part-*.json | wc -l)" = 3
echo "3 shards from the documented script merge to the single-process result"
