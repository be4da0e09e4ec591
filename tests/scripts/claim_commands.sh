#!/usr/bin/env bash
# Every counterexample's reproduce command must run as pasted (issue 14, "commands you can paste"):
# runs a small `clustertrade prove --tex-dir`, then (1) each `counterexample.command` of claims.json,
# with `clustertrade` on PATH, and (2) each generated commands/<name>.sh (the report's, which names the
# program build/bin/clustertrade), in a scratch directory laid out like the repository root.
# Each must exit 0; each .sh must be plain ASCII with lines of at most 78 characters, and there must
# be one .sh per command in claims.json.
# Usage: tests/scripts/claim_commands.sh path/to/clustertrade [draws]
set -euo pipefail
bin=$(realpath "$1")
draws=${2:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/bin" "$dir/run/build/bin"
ln -s "$bin" "$dir/bin/clustertrade"
ln -s "$bin" "$dir/run/build/bin/clustertrade"
export PATH="$dir/bin:$PATH"
"$bin" prove --draws "$draws" --seed 20070101 --out "$dir/claims.json" --tex-dir "$dir/tex" 2>/dev/null
python3 - "$dir/claims.json" >"$dir/commands.tsv" <<'PY'
import json, sys
for c in json.load(open(sys.argv[1]))["claims"]:
    ce = c.get("counterexample") or {}
    cmd = ce.get("command") or ""
    if cmd:
        print(c["id"].replace(".", "-") + "\t" + cmd)
PY
n=$(wc -l <"$dir/commands.tsv")
test "$n" -gt 0 || { echo "no counterexample commands in claims.json: nothing tested" >&2; exit 1; }
failed=0
while IFS=$'\t' read -r name cmd; do
  (cd "$dir/run" && bash -c "$cmd" >/dev/null 2>"$dir/err") || {
    echo "claims.json command of $name exits $?: $cmd" >&2; sed 's/^/  /' "$dir/err" >&2; failed=1; }
  sh="$dir/tex/commands/$name.sh"
  test -f "$sh" || { echo "missing generated command file commands/$name.sh" >&2; failed=1; continue; }
  if LC_ALL=C grep -nP '[^\x00-\x7f]' "$sh" >&2; then echo "$name.sh is not plain ASCII" >&2; failed=1; fi
  if awk 'length($0) > 78 { exit 1 }' "$sh"; then :; else echo "$name.sh has a line over 78 characters" >&2; failed=1; fi
  (cd "$dir/run" && bash "$sh" >/dev/null 2>"$dir/err") || {
    echo "commands/$name.sh exits $?" >&2; sed 's/^/  /' "$dir/err" >&2; failed=1; }
done <"$dir/commands.tsv"
test "$(ls "$dir/tex/commands" | wc -l)" = "$n" || { echo "commands/ holds other files than claims.json's commands" >&2; failed=1; }
test "$failed" = 0
echo "$n reproduce commands run as pasted (claims.json and commands/*.sh)"
