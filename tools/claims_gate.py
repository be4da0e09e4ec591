#!/usr/bin/env python3
"""The claims' build gate (issue 19 B.6 and 5.b): `make all` runs it with the report gate and fails the
build when the ledger's verdicts cannot be trusted. Standard library only.

Checks (each failure is printed as `claims.json: <claim id>: rule`):
  errors     a claim with errors > 0 (a case the program could not decide: no case may end in an error);
  stability  a claim graded `holds` or `holds-in-scope` whose verdict changes when `clustertrade prove`
             re-runs it with an independent seed at 5x the draws. The claims re-run are a rotating
             sample: the holding claims ordered by SHA-256 of (commit, claim id), taken in that order
             while their estimated cost (5x the seconds the claim took in claims.json) fits the time
             budget (at least one claim, at most --max-claims). The order and the independent seed are
             functions of the commit (`git rev-parse HEAD`, or --commit), so a CI run is reproducible
             and successive commits check different claims.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HOLDING = ("holds", "holds-in-scope")


def error_failures(claims):
    """One message per claim whose counts record errors."""
    out = []
    for c in claims:
        errors = c["counts"]["errors"]
        if errors > 0:
            detail = ""
            first = (c.get("tally") or {}).get("first_error")
            if isinstance(first, dict):
                detail = f" (first, case index {first.get('index')}: {first.get('detail')})"
            out.append(f"{c['id']}: {errors} case(s) ended in an error{detail}")
    return out


def rotation_key(commit, claim_id):
    return hashlib.sha256(f"{commit}\n{claim_id}".encode()).hexdigest()


def independent_seed(commit, seed):
    """A seed for the re-run derived from the commit, never the main run's own seed."""
    derived = int(hashlib.sha256(f"{commit}\nseed".encode()).hexdigest()[:15], 16)
    return derived if derived != seed else derived + 1


def rotation_sample(claims, commit, budget_seconds, max_claims, factor):
    """The holding claims to re-run, in rotation order, while 'factor' times their recorded seconds fit the budget."""
    holding = sorted((c for c in claims if c["verdict"] in HOLDING), key=lambda c: rotation_key(commit, c["id"]))
    chosen, spent = [], 0.0
    for c in holding:
        if len(chosen) >= max_claims:
            break
        cost = factor * float(c.get("seconds", 0.0))
        if chosen and spent + cost > budget_seconds:
            continue
        chosen.append(c)
        spent += cost
    return chosen


def flips(original, rerun):
    """A message when the re-run's verdict differs from the original's, else None."""
    if rerun["verdict"] == original["verdict"]:
        return None
    counts = rerun["counts"]
    return (f"{original['id']}: graded {original['verdict']} with seed {original['seed']} at "
            f"{original['counts']['draws_requested']} draws, but {rerun['verdict']} with seed {rerun['seed']} at "
            f"{counts['draws_requested']} draws ({counts['violations_in_scope']} violation(s) in scope, "
            f"{counts['violations_outside_scope']} beyond)")


def rerun_claim(prove, claim, seed, draws):
    """Runs `prove` on one claim; returns its record (raises RuntimeError when prove fails)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "rerun.json")
        cmd = [prove, "prove", "--claims", claim["id"], "--draws", str(draws), "--seed", str(seed), "--out", out]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr.strip()[:300]}")
        with open(out, encoding="utf-8") as f:
            document = json.load(f)
    records = document["claims"] if isinstance(document, dict) else document
    for rec in records:
        if rec["id"] == claim["id"]:
            return rec
    raise RuntimeError(f"{' '.join(cmd)} wrote no record for {claim['id']}")


def current_commit():
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", default="build/results/claims.json", help="the claims.json of `make all`")
    ap.add_argument("--prove", default="build/bin/clustertrade", help="the clustertrade program")
    ap.add_argument("--commit", default=None, help="the commit that picks the sample (default: git rev-parse HEAD)")
    ap.add_argument("--factor", type=int, default=5, help="draws of the re-run, as a multiple of the main run's")
    ap.add_argument("--budget", type=float, default=40.0, help="seconds the re-runs may take (estimated)")
    ap.add_argument("--max-claims", type=int, default=4, help="most claims re-run")
    args = ap.parse_args(argv)
    try:
        with open(args.claims, encoding="utf-8") as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{args.claims}: cannot read the claims ({e})", file=sys.stderr)
        return 2
    claims = document["claims"] if isinstance(document, dict) else document
    failures = [f"{args.claims}: {m}" for m in error_failures(claims)]
    commit = args.commit or current_commit()
    sample = rotation_sample(claims, commit, args.budget, args.max_claims, args.factor)
    checked = []
    for claim in sample:
        seed = independent_seed(commit, claim["seed"])
        draws = args.factor * claim["counts"]["draws_requested"]
        try:
            rerun = rerun_claim(args.prove, claim, seed, draws)
        except RuntimeError as e:
            failures.append(f"{args.claims}: {claim['id']}: re-run failed: {e}")
            continue
        message = flips(claim, rerun)
        if message:
            failures.append(f"{args.claims}: {message}")
        checked.append(f"{claim['id']} ({rerun['verdict']}, seed {seed}, {draws} draws)")
    if failures:
        for f in failures:
            print(f, file=sys.stderr)
        print(f"claims gate: {len(failures)} defect(s)", file=sys.stderr)
        return 1
    print(f"claims gate: passed (no errors in {len(claims)} claims; re-ran {'; '.join(checked) or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
