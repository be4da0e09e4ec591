#!/usr/bin/python3
"""Runs the H12 engine benchmarks and the SciPy peer in one run and prints the ratios of issue 11:

  (a) Prop. 1 draws per second on one thread (C++ engine, bench/h12_engine_bench.cpp);
  (b) the same work in SciPy (bench/scipy_peer/prop1_peer.py) and the speed ratio C++/SciPy
      (goal >= 100x, target 300x);
  (c) one n = 1000 dense-tau right-hand side against two bare matrix-vector products (goal <= 1.3x);
  (d) the share of extra right-hand-side work spent locating switches (goal <= 5%).

Both programs time themselves in CPU seconds of their own process, one after the other, in this one
run; only ratios are meaningful (the machine may be shared). Same model, events, tolerances
(rtol = atol = 1e-8, no step bound), draw family and outputs (incomes at t = 0, 1, ..., 50) on both
sides. The ratio in (b) uses the peer's rate over the draws it completes: it cannot slide, so on the
~7% of draws where the C++ engine slides it chatters for 200 restarts and gives up, which would
otherwise be ~60% of its time (both ratios are printed).
Usage: compare_h12.py BENCH_BINARY [SCIPY_DRAWS]
"""
import json
import pathlib
import subprocess
import sys


def main():
    binary = sys.argv[1]
    scipy_draws = sys.argv[2] if len(sys.argv) > 2 else "150"
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


if __name__ == "__main__":
    main()
