#!/usr/bin/python3
"""Runs the H12 engine benchmarks, the path users run (`clustertrade prove --claims h12.prop1`) and the
SciPy peer in one run, and prints the ratios of issues 11 and 21:

  (a) Prop. 1 draws per second on one thread, engine harness (bench/h12_engine_bench.cpp);
  (b) the same work in SciPy (bench/scipy_peer/prop1_peer.py) and the speed ratio harness/SciPy
      (goal >= 100x, target 300x);
  (c) one n = 1000 dense-tau right-hand side against two bare matrix-vector products (goal <= 1.3x);
  (d) the share of extra right-hand-side work spent locating switches (goal <= 5%);
  (e) the prove path: `clustertrade prove --claims h12.prop1 --threads 1` run at two draw counts, its
      marginal rate (extra draws / extra CPU seconds of the process, so start-up, the fixed cases, the
      shrink and the JSON output cancel) and the ratio prove/SciPy (issue 21 goal >= 100x).

All programs time themselves (or are timed) in CPU seconds of their own process, one after the other,
in this one run; only ratios are meaningful (the machine may be shared).

(a)-(b): same model, events, tolerances (rtol = atol = 1e-8, no step bound), draw family and outputs
(incomes at t = 0, 1, ..., 50) on both sides. The ratio uses the peer's rate over the draws it completes:
it cannot slide, so on the ~7% of draws where the C++ engine slides it chatters for 200 restarts and gives
up, which would otherwise be ~60% of its time (both ratios are printed).

(e) compares per-draw rates of each side's own Prop. 1 check, not identical economies: a prove draw is
h12.prop1's (n = 2..6 industries, within-industry learning, mirror and non-mirror economies, trade and
autarky paths over t = 0..20 with incomes every 0.5, rtol = atol = 1e-9, steps at most 1, plus the
check's premise, scope and tally); a peer draw is the harness's (n = 4, t = 0..50, rtol = 1e-8). The
prove path does more per unit of simulated time (tighter tolerance, bounded steps, twice the output
density) and less simulated time (20 against 50).
Usage: compare_h12.py BENCH_BINARY [SCIPY_DRAWS] [--prove CLUSTERTRADE] [--prove-draws N1,N2]
(CLUSTERTRADE defaults to the `clustertrade` beside BENCH_BINARY; N1,N2 to 2000,8000.)
"""
import json
import pathlib
import resource
import subprocess
import sys
import tempfile


def prove_cpu_seconds(clustertrade, draws):
    """CPU seconds (user + system) of one `clustertrade prove --claims h12.prop1` run on one thread."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([clustertrade, "prove", "--claims", "h12.prop1", "--draws", str(draws), "--seed", "5",
                        "--threads", "1", "--out", str(pathlib.Path(folder) / "claims.json")], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def prove_rate(clustertrade, low, high):
    """Marginal prove draws per CPU second between `low` and `high` draws (best of three each)."""
    t_low = min(prove_cpu_seconds(clustertrade, low) for _ in range(3))
    t_high = min(prove_cpu_seconds(clustertrade, high) for _ in range(3))
    return (high - low) / (t_high - t_low)


def main():
    args = sys.argv[1:]
    options = {}
    for flag in ("--prove", "--prove-draws"):
        if flag in args:
            at = args.index(flag)
            options[flag] = args[at + 1]
            del args[at:at + 2]
    binary = args[0]
    scipy_draws = args[1] if len(args) > 1 else "150"
    clustertrade = options.get("--prove", str(pathlib.Path(binary).with_name("clustertrade")))
    low, high = (int(x) for x in options.get("--prove-draws", "2000,8000").split(","))
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_min_time=0.5"], check=True,
                         capture_output=True, text=True).stdout
    runs = {b["name"]: b for b in json.loads(out)["benchmarks"]}
    prop1 = runs["BM_H12Prop1Draw"]
    cxx_rate = prop1["items_per_second"]
    peer = pathlib.Path(__file__).with_name("scipy_peer") / "prop1_peer.py"
    line = subprocess.run(["/usr/bin/python3", str(peer), scipy_draws], check=True, capture_output=True,
                          text=True).stdout.split()
    scipy_rate = float(line[1])  # draws the peer completes, timed alone (see prop1_peer.py: fairness)
    scipy_failed, scipy_all_rate = int(line[5]), float(line[7])
    prove = prove_rate(clustertrade, low, high)
    rhs = runs["BM_H12DenseRhs1000"]["cpu_time"]
    matvec = runs["BM_TwoMatVec1000"]["cpu_time"]
    print(f"(a) Prop. 1 sweep, C++ engine:      {cxx_rate:10.1f} draws/s per thread "
          f"({prop1['rhs_per_draw']:.0f} RHS calls/draw, failed draws {prop1['failed']:.0f})")
    print(f"(b) Prop. 1 sweep, SciPy peer:      {scipy_rate:10.1f} draws/s  -> ratio {cxx_rate / scipy_rate:.0f}x "
          f"(goal >= 100x, target 300x)")
    print(f"    (peer over the draws it completes; it gave up on {scipy_failed} of {scipy_draws} after chattering, "
          f"counting those: {scipy_all_rate:.1f} draws/s, ratio {cxx_rate / scipy_all_rate:.0f}x)")
    print(f"(c) n = 1000 dense RHS / 2 mat-vec: {rhs / matvec:10.3f}x (goal <= 1.3x)")
    print(f"(d) event location share:           {100.0 * prop1['location_share']:10.2f} % of RHS calls (goal <= 5%)")
    print(f"(e) prove --claims h12.prop1:       {prove:10.1f} draws/s, one thread (marginal, {low} -> {high} draws) "
          f"-> ratio {prove / scipy_rate:.0f}x the peer (goal >= 100x; {prove / scipy_all_rate:.0f}x counting the "
          f"draws it abandons)")


if __name__ == "__main__":
    main()
