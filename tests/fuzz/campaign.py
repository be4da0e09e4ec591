#!/usr/bin/env python3
"""Black-box fuzz campaign against the `clustertrade` program (issue 12).

Runs thousands of argument lists built from valid commands by replacing one or two flag values
with nasty ones (empty, huge, tiny, NaN, inf, negative, overflowing integers, garbage, very long),
plus bad input files (devices, folders, binary, BOM, ragged, huge) and bad --out targets
(devices, folders, symbolic links, missing folders, existing files). Each run is classified:

  crash       killed by a signal or an exit status other than 0, 1, 2
  hang        still running after --timeout seconds
  internal    exit status 1 (reserved for real internal faults, never user input)
  nonfinite   exit 0 with nan/inf in the output (JSON null only allowed for rel_wage)
  contract    exit 2 without exactly one line on stderr, or with output on stdout
  damaged     an --out file created or changed on failure, a temporary file left behind, or a
              non-regular target replaced
  known       an internal error listed in known_failures.txt (a fault being fixed by its owner);
              printed, not counted as a pass, but does not fail the run

Families added for issue 20 (§6): cluster-mapping tables (subnormal, huge, wide, non-UTF-8, ragged,
R-quoted), `merge` parts (deep, mistyped, tampered counts, duplicates, trailing bytes), scenario
integers (2^53 + 1, 2^63, 2^64 - 1, 2^64, negative), negative and leading-zero values for every
integer flag (a leading zero must read as decimal: the run must equal the one without it), flags
without values, `prove`/`merge --tex-dir` with a bad `--out` (the folder must not appear), `--help`
and `--version` to a full device (exit 2 with a message, never a silent 0), and SIGINT/SIGTERM/
SIGHUP during `--out` of every command (no `.tmp.` file left behind, death by the signal).

Prints the counts and the first examples of each failure; exits 1 if any failure was found.
Deterministic: cases come from a fixed random seed.
"""
import argparse
import concurrent.futures as cf
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

NASTY = ["", " ", "0", "-0", "-1", "1", "0.5", "1e308", "-1e308", "1.7976931348623157e308", "1e-308", "5e-324",
         "1e400", "-1e400", "nan", "NaN", "-nan", "inf", "-inf", "infinity", "2147483647", "2147483648",
         "-2147483649", "9223372036854775807", "9223372036854775808", "18446744073709551615",
         "18446744073709551616", "1e9", "1e12", "1e-9", "1e-12", "0x10", "1,2", "1,,2", ",", "abc", "1e", "--",
         "-", "\u00e9", "1 2", "1" * 400, "1," * 3000 + "1", "0.1e-5000", "1" + "0" * 400, "true", "1.0000000001",
         "0.9999999999", "500", "1e5"]

TAU2 = "0,0.1\n0.2,0\n"
TAU4 = "0,0.2,0,0\n0.2,0,0,0\n0,0,0,0.2\n0,0,0.2,0\n"


def commands(tau2, tau4):
    """Valid base commands as (words, {flag: value}) with the flags one may vary."""
    return [
        (["trade-growth", "simulate"], {"--home": "1,2", "--foreign": "2,1", "--sigma": "2", "--tau": tau2,
                                         "--horizon": "3", "--step": "1"}),
        (["trade-growth", "simulate"], {"--home": "10,4,5,2", "--foreign": "2,5,4,10", "--sigma": "2",
                                         "--tau": tau4, "--horizon": "4", "--liberalize-at": "2"}),
        (["trade-growth", "simulate"], {"--home": "10,4,5,2", "--foreign": "2,5,4,10", "--sigma": "4",
                                         "--tau": tau4, "--horizon": "3", "--time": "discrete"}),
        (["trade-growth", "simulate"], {"--home": "10,4,5,2", "--foreign": "2,5,4,10", "--sigma": "4/3",
                                         "--tau": tau4, "--horizon": "3", "--mobility": None}),
        (["trade-growth", "equilibrium"], {"--home": "1,2", "--foreign": "2,1", "--sigma": "2",
                                            "--openness": "0.5", "--labor-home": "1", "--labor-foreign": "2",
                                            "--weights": "1,2"}),
        (["cluster-model", "equilibria"], {"--lambda-south": "1,0.6", "--lambda-north": "1,1", "--theta": "2,1.8",
                                            "--north-clusters": "1,0"}),
        (["cluster-model", "coordination"], {"--A": "10", "--C": "1", "--firms": "2"}),
        (["cluster-model", "north"], {"--lambda-north": "1,1", "--beta": "0.5", "--alpha": "2", "--lbar": "1,1",
                                       "--shares": "0.5,0.5", "--labor": "4"}),
        (["dynamic-spillovers", "simulate"], {"--g": "0.02", "--epsilon": "0.05", "--a0": "0.3", "--horizon": "10",
                                              "--step": "1", "--south-cluster-from": "3",
                                              "--south-cluster-intensity": "0.5"}),
        (["dynamic-spillovers", "cpp-simulate"], {"--x": "0.02", "--z0": "0.5", "--horizon": "5", "--step": "1",
                                                  "--cluster-from": "2"}),
        (["infant-industry", "equilibria"], {"--lambda-south": "1,1", "--lambda-north": "1,1", "--alpha": "1",
                                             "--lbar": "1", "--labor-south": "3"}),
    ]


# Every integer flag of every command, with a cheap base run (issue 20 §1/§4).
CM_SIM = ["cluster-mapping", "simulate", "--regions", "4", "--blocks", "2,2", "--local", "1", "--periods", "1"]
INTEGER_FLAG_COMMANDS = [CM_SIM, ["cluster-mapping", "define"], ["cluster-model", "coordination", "--A", "10", "--C",
                                                                "1"], ["prove", "--list", "--claims", "rc07.wage-formula"]]
INTEGER_FLAGS = {"simulate": ["--regions", "--local", "--periods", "--seed"], "define": ["--clusters", "--subclusters"],
                 "coordination": ["--firms"], "prove": ["--draws", "--seed", "--threads"]}
BAD_INTEGERS = ["-1", "-0", "010", "007", "00", "+1", "0x1", "1e2", " 1", "1.0", "-18446744073709551615",
                "18446744073709551616", "99999999999999999999999"]


def set_flag(base, flag, value, files):
    """`base` with `flag` set to `value` (replacing it when present); define gets its table."""
    w = list(base)
    if "--employment" not in w and w[:2] == ["cluster-mapping", "define"]:
        w += ["--employment", files["cm_plain.csv"]]
        if flag != "--clusters":
            w += ["--clusters", "2"]
    if flag in w:
        w[w.index(flag) + 1] = value
    else:
        w += [flag, value]
    return w


def words(base, flags, extra=()):
    out = list(base)
    for flag, value in flags.items():
        out.append(flag)
        if value is not None:
            out.append(value)
    return out + list(extra)


def make_files(root):
    files = {}
    def put(name, data):
        path = os.path.join(root, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        files[name] = path
    put("tau2.csv", TAU2)
    put("tau4.csv", TAU4)
    put("empty.csv", "")
    put("bom.csv", "\ufeff" + TAU2)
    put("pandas.csv", ",0,1\n0,0,0.1\n1,0.2,0\n")
    put("r.csv", '"","V1","V2"\r\n"1",0,0.1\r\n"2",0.2,0\r\n')
    put("ragged.csv", "0,0.1\n0.2\n")
    put("nan.csv", "0,nan\n0.2,0\n")
    put("inf.csv", "0,inf\n0.2,0\n")
    put("neg.csv", "0,-0.1\n0.2,0\n")
    put("big.csv", "0,1e308\n0.2,0\n")
    put("one.csv", "2\n")
    put("nonsquare.csv", "0,0.1,0\n0.2,0,0\n")
    put("binary.csv", bytes(range(256)) * 4)
    put("text.csv", "hello,world\nfoo,bar\n")
    put("comments.csv", "# only comments\n#\n")
    put("wide.csv", ",".join(["0"] * 3000) + "\n")
    random.seed(7)
    n = 60
    put("tau60.csv", "\n".join(",".join("%.4f" % (random.random() * 0.01) for _ in range(n)) for _ in range(n)))
    # cluster-mapping employment tables (issue 20 §6); names starting with cm_ are run by every action
    put("cm_plain.csv", "region,a,b,c\nr1,10,2,5\nr2,3,8,1\nr3,6,6,9\nr4,1,2,3\n")
    put("cm_quoted.csv", '"region","a","b","c"\r\n"r1",10,2,5\r\n"r2","3",8,1\r\n"r3",6,6,9\r\n')
    put("cm_subnormal.csv", "region,a,b,c\nr1,1e-320,0,1\nr2,0,1,1e-310\nr3,5e-324,2,3\n")
    put("cm_underflow.csv", "region,a,b,c\nr1,1e-200,1,5\nr2,0,2,1\nr3,0,3,2\n")
    put("cm_huge.csv", "region,a,b,c\nr1,1e300,1,5\nr2,1e299,2,1\nr3,1e98,3,2\n")
    put("cm_wide.csv", "region," + ",".join("i%d" % i for i in range(400)) + "\n" + "\n".join(
        "r%d," % r + ",".join(str((r * 7 + i * 3) % 11) for i in range(400)) for r in range(4)) + "\n")
    put("cm_tall.csv", "region,a,b,c\n" + "".join("r%d,%d,%d,%d\n" % (r, r % 5, r % 3 + 1, r % 7) for r in range(3000)))
    put("cm_latin1.csv", b"region,caf\xe9,b,c\nr1,1,2,3\nr2,3,1,2\nr3,2,2,2\n")
    put("cm_badutf8_region.csv", b"region,a,b,c\n\xff\xfe,1,2,3\nr2,3,1,2\nr3,2,2,2\n")
    put("cm_ragged.csv", "region,a,b,c\nr1,1,2\nr2,3,1,2,4\n")
    put("cm_open_quote.csv", 'region,a,b,c\n"r1,1,2,3\n')
    put("cm_negative.csv", "region,a,b,c\nr1,-1,2,3\nr2,3,1,2\nr3,2,2,2\n")
    put("cm_zero_column.csv", "region,a,b,c\nr1,0,2,3\nr2,0,1,2\nr3,0,2,2\n")
    put("cm_two_rows.csv", "region,a,b,c\nr1,1,2,3\nr2,3,1,2\n")
    put("cm_dup.csv", "region,a,a,c\nr1,1,2,3\nr2,3,1,2\nr3,2,2,2\n")
    put("cm_defs.csv", "industry,cluster\na,1\nb,1\nc,2\n")
    os.mkdir(os.path.join(root, "folder"))
    files["folder"] = os.path.join(root, "folder")
    return files


def cases(root, files):
    rng = random.Random(int(os.environ.get("CAMPAIGN_SEED", "20261129")))
    tau2, tau4 = files["tau2.csv"], files["tau4.csv"]
    out = []
    base_cmds = commands(tau2, tau4)
    # 1. every flag of every command with every nasty value
    for base, flags in base_cmds:
        out.append(words(base, flags))
        for flag in flags:
            for value in NASTY:
                if flags[flag] is None:
                    continue
                f = dict(flags)
                f[flag] = value
                out.append(words(base, f))
            f = dict(flags)
            del f[flag]
            out.append(words(base, f))  # flag left out
    # 2. random pairs of nasty values
    for _ in range(3000):
        base, flags = rng.choice(base_cmds)
        f = dict(flags)
        for flag in rng.sample([k for k in f if f[k] is not None], rng.choice([2, 2, 3])):
            f[flag] = rng.choice(NASTY)
        out.append(words(base, f, rng.choice([[], ["--json"], ["--tidy"], ["--meta"]])))
    # 3. learning-matrix files and devices
    tg = base_cmds[0]
    for name in list(files) + ["/dev/zero", "/dev/null", "/dev/full", "/nonexistent/x.csv", "-", "/proc/self/mem",
                               "/etc/shadow"]:
        f = dict(tg[1])
        f["--tau"] = files.get(name, name)
        if name == "tau60.csv":
            f["--home"] = ",".join(str(1 + i % 7) for i in range(60))
            f["--foreign"] = ",".join(str(1 + (3 * i) % 5) for i in range(60))
        out.append(words(tg[0], f))
    # 4. subcommands, top level, help
    for w in [[], ["bogus"], ["trade-growth"], ["trade-growth", "simulat"], ["trade-growth", "simulate", "extra"],
              ["--help"], ["--version"], ["--help-all"], ["trade-growth", "--help"], ["-"], ["--"], ["--json"],
              ["cluster-model", "north", "--help"], ["--preset", "h12-fig3", "--step", "10"],
              ["--preset", "nope"], ["--scenario", "/dev/zero"], ["--scenario", files["folder"]],
              ["--scenario", files["binary.csv"]], ["--preset", "h12-fig2", "--horizon", "1e5", "--step", "1e4"],
              ["--preset", "h12-fig4-autarky", "--json", "--step", "20"]]:
        out.append(w)
    # 5. random learning matrices (sizes 1-5, nasty entries) and scenario files
    cells = ["0", "0.1", "0.5", "1", "2", "-0.1", "1e308", "1e-308", "nan", "inf", "", "x", '"0.2"', " 0.3 "]
    for k in range(300):
        n = rng.choice([1, 2, 2, 3, 4, 5])
        rows = [[rng.choice(cells[:4]) if rng.random() < 0.8 else rng.choice(cells) for _ in range(n)]
                for _ in range(n)]
        text = "\n".join(",".join(r) for r in rows)
        if rng.random() < 0.2:
            text = "\ufeff" + text
        if rng.random() < 0.2:
            text = "," + ",".join(str(i) for i in range(n)) + "\n" + "\n".join(
                "%d,%s" % (i, ",".join(r)) for i, r in enumerate(rows))
        path = os.path.join(root, "rand%d.csv" % k)
        with open(path, "w") as f:
            f.write(text)
        m = rng.choice([n, n, n + 1])
        f = {"--home": ",".join(rng.choice(["1", "2", "10", "0.5", "1e-50", "1e50"]) for _ in range(m)),
             "--foreign": ",".join(rng.choice(["1", "3", "5", "0.2"]) for _ in range(m)),
             "--sigma": rng.choice(["0.5", "1", "1.0000000001", "2", "4", "500", "1e5", "0.01"]),
             "--tau": path, "--horizon": rng.choice(["0", "1", "5", "20"]), "--step": rng.choice(["0.5", "1", "3"])}
        extra = rng.choice([[], ["--regime", "autarky"], ["--mobility"], ["--liberalize-at", "2"],
                            ["--time", "discrete"], ["--time", "discrete", "--period", rng.choice(["0.1", "0.5", "2"])],
                            ["--json"], ["--tidy"]])
        out.append(words(["trade-growth", "simulate"], f, extra))
    for k in range(200):
        base, flags = rng.choice(base_cmds)
        doc = {"command": " ".join(base), "flags": {}}
        for flag, value in flags.items():
            key = flag[2:]
            if key == "tau":
                value = rng.choice([value, [[0, 0.1], [0.2, 0]], [[0, "x"]], [[1]], [], "missing.csv"])
            elif value is None:
                value = rng.choice([True, False, 1])
            elif rng.random() < 0.3:
                value = rng.choice([None, 1e308, -1, "", [], {}, [1, "a"], True, 0.5, "nan", [[1]]])
            doc["flags"][key] = value
        if rng.random() < 0.1:
            doc["command"] = rng.choice(["bogus", "", 3, "trade-growth"])
        if rng.random() < 0.1:
            doc["extra"] = 1
        path = os.path.join(root, "scenario%d.json" % k)
        with open(path, "w") as fh:
            fh.write(__import__("json").dumps(doc))
        out.append(["--scenario", path] + rng.choice([[], ["--json"], ["--horizon", "2"]]))
    # 7. cluster-mapping tables: every action on every table (issue 20 §6)
    for table in [n for n in files if n.startswith("cm_")]:
        for action in (["lq"], ["colocation"], ["define", "--clusters", "2"], ["define", "--threshold", "0.5"],
                       ["summary", "--definitions", files["cm_defs.csv"]],
                       ["strength", "--definitions", files["cm_defs.csv"]]):
            for extra in ([], ["--json"], ["--local", "c"]):
                out.append(["cluster-mapping", action[0], "--employment", files[table]] + action[1:] + extra)
    # 8. integer flags: negative, signed, leading zeros, hex, beyond 64 bits
    for base in INTEGER_FLAG_COMMANDS:
        for flag in INTEGER_FLAGS[base[1] if base[0] != "prove" else "prove"]:
            for value in BAD_INTEGERS:
                out.append(set_flag(base, flag, value, files))
    # 9. a flag without its value: the next word is a flag
    for base, flags in base_cmds:
        valued = [k for k in flags if flags[k] is not None]
        for flag in valued:
            w = words(base, {k: v for k, v in flags.items() if k != flag})
            out.append(w[:2] + [flag] + w[2:])  # the flag, then the next flag
            out.append(words(base, flags) + [flag])  # the flag last
        out.append(words(base, flags) + ["--out", "--json"])
    # 10. scenario integers (exact to 64 bits, refused beyond)
    for k, seed in enumerate(["9007199254740993", "9223372036854775808", "18446744073709551615",
                              "18446744073709551616", "-1", "1e3", "010"]):
        path = os.path.join(root, "seed%d.json" % k)
        with open(path, "w") as fh:
            fh.write('{"command": "cluster-mapping simulate", "flags": {"regions": 4, "blocks": "2,2", '
                     '"local": 1, "periods": 1, "seed": %s}}' % (seed if seed != "010" else '"010"'))
        out.append(["--scenario", path])
    # 6. size and work limits
    out.append(words(tg[0], {**tg[1], "--horizon": "1e5", "--step": "1e4"}))
    out.append(words(tg[0], {**tg[1], "--horizon": "100", "--step": "1e-4"}))
    out.append(words(base_cmds[8][0], {**base_cmds[8][1], "--horizon": "1e6", "--step": "1e5", "--g": "1e-7",
                                       "--epsilon": "1e-6"}))
    out.append(words(base_cmds[6][0], {**base_cmds[6][1], "--firms": "1000000"}))
    return out


def out_cases(root, files):
    """--out targets: (args, target, kind) with kind 'new', 'file', 'special'."""
    base = words(["trade-growth", "simulate"], {"--home": "1,2", "--foreign": "2,1", "--sigma": "2",
                                                "--tau": files["tau2.csv"], "--horizon": "2"})
    bad = words(["trade-growth", "simulate"], {"--home": "1,2", "--foreign": "2,1", "--sigma": "-2",
                                               "--tau": files["tau2.csv"], "--horizon": "2"})
    result = []
    for i, args in enumerate([base, bad, base + ["--json"], bad + ["--json"]]):
        d = os.path.join(root, "out%d" % i)
        os.mkdir(d)
        existing = os.path.join(d, "existing.csv")
        with open(existing, "w") as f:
            f.write("precious\n")
        link = os.path.join(d, "link.csv")
        os.symlink(existing, link)
        dangling = os.path.join(d, "dangling.csv")
        os.symlink(os.path.join(d, "nowhere.csv"), dangling)
        result += [(args + ["--out", os.path.join(d, "new.csv")], os.path.join(d, "new.csv"), "new"),
                   (args + ["--out", existing], existing, "file"),
                   (args + ["--out", link], link, "special"),
                   (args + ["--out", dangling], dangling, "special"),
                   (args + ["--out", d], d, "special"),
                   (args + ["--out", "/dev/null"], "/dev/null", "special"),
                   (args + ["--out", "/dev/full"], "/dev/full", "special"),
                   (args + ["--out", "/proc/nonexistent/x.csv"], None, "new"),
                   (args + ["--out", os.path.join(d, "sub", "deeper", "x.csv")], None, "new"),
                   (args + ["--out", "-"], None, "new")]
    return result


NONFINITE = re.compile(r"(?<![A-Za-z_])(nan|-?inf|infinity)(?![A-Za-z_])", re.IGNORECASE)


def judge(args, rc, out, err, timed_out):
    if timed_out:
        return "hang"
    if rc < 0 or rc not in (0, 1, 2):
        return "crash"
    if rc == 1:
        return "internal"
    if rc == 2:
        if out or err.count("\n") != 1:
            return "contract"
        return "ok"
    text = out
    if "--help" in args or "--help-all" in args or "--version" in args:
        return "ok"
    if text.lstrip().startswith("{"):
        # JSON: null only for rel_wage (undefined while nothing is traded)
        for m in re.finditer(r'"([^"]+)":\s*null', text):
            if m.group(1) != "rel_wage":
                return "nonfinite"
        text = re.sub(r'"(command|argv)":[^\n]*', "", text)
        text = re.sub(r'^\s*"[^"]*",?$', "", text, flags=re.M)  # argv entries
    else:
        text = "\n".join(l for l in text.splitlines() if not l.startswith("#"))
    if NONFINITE.search(text):
        return "nonfinite"
    return "ok"


def merge_part_cases(binary, root, work, timeout):
    """`merge` parts: real shards of a small prove run, then tampered copies (issue 20 §6)."""
    import json
    d = os.path.join(root, "parts")
    os.mkdir(d)
    parts = []
    for i in range(2):
        path = os.path.join(d, "p%d.json" % i)
        rc, _, err, _ = run_one(binary, ["prove", "--draws", "6", "--claims", "rc07.wage-formula", "--shard",
                                         "%d/2" % i, "--out", path], work, timeout, os.devnull)
        if rc != 0:
            return [(["prove", "--shard", "%d/2" % i], "internal", err)]
        parts.append(path)
    good = json.load(open(parts[1]))
    text = json.dumps(good)

    def tampered(change):
        doc = json.loads(text)
        change(doc)
        return json.dumps(doc)

    def tally(doc):
        return doc["claims"][0]["tally"]
    variants = {
        "deep_meta": text.replace('"meta": {', '"meta": {"x": ' + "[" * 200000 + "]" * 200000 + ", ", 1),
        "deep_caps": text.replace('"draw_caps": {}', '"draw_caps": {"a": ' + "[" * 200000 + "]" * 200000 + "}", 1),
        "deep_record": text.replace('"first_in_scope": null', '"first_in_scope": ' + "{\"a\":" * 100000 + "1" +
                                    "}" * 100000, 1),
        "trailing": text + "\n{}",
        "trailing_garbage": text + "\x00\xff",
        "margin_string": tampered(lambda d: tally(d).update(worst_in_scope={"index": 1, "margin": "x"})),
        "index_string": tampered(lambda d: tally(d).update(first_outside={"index": "1", "detail": "d"})),
        "error_no_detail": tampered(lambda d: (tally(d)["counts"].update(errors=1),
                                               tally(d).update(first_error={"index": 1}))),
        "negative_count": tampered(lambda d: tally(d)["counts"].update(ties=-1)),
        "float_count": tampered(lambda d: tally(d)["counts"].update(premise_met=1.5)),
        "used_gt_requested": tampered(lambda d: tally(d)["counts"].update(draws_used=10 ** 6)),
        "huge_count": tampered(lambda d: tally(d)["counts"].update(in_scope=2 ** 64)),
        "duplicate_claim": tampered(lambda d: d["claims"].append(d["claims"][0])),
        "seed_string": tampered(lambda d: d["meta"].update(seed="5")),
        "shard_out_of_range": tampered(lambda d: d["meta"]["shard"].update(index=5)),
        "claims_object": tampered(lambda d: d.update(claims={})),
        "meta_array": tampered(lambda d: d.update(meta=[])),
        "no_tally": tampered(lambda d: d["claims"][0].pop("tally")),
        "wall_negative": tampered(lambda d: d["meta"].update(wall_seconds=-1)),
        "not_json": "{",
        "empty": "",
    }
    results = []
    for name, body in variants.items():
        if body == text:
            continue  # the field to tamper with is not in this part
        path = os.path.join(d, name + ".json")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(body)
        for extra in ([], ["--tex-dir", os.path.join(d, "tex-" + name)]):
            out_path = os.path.join(d, "m-" + name + ".json")
            args = ["merge", parts[0], path, "--out", out_path] + extra
            rc, out, err, timed_out = run_one(binary, args, work, timeout, os.devnull)
            verdict = judge(args, rc, out, err, timed_out)
            if verdict == "ok" and rc != 2:
                verdict = "contract"  # every variant is a bad part
            if verdict == "ok" and (os.path.exists(out_path) or (extra and os.path.exists(extra[1]))):
                verdict = "damaged"
            results.append((args, verdict, err))
    return results


def special_cases(binary, root, work, files, timeout):
    """Runs that need more than one look: leading zeros, --tex-dir with a bad --out, --help to a full
    device, signals during --out. Returns (args, verdict, stderr) triples."""
    results = []
    # Leading zeros are decimal: the run equals the one without them.
    for base, flag, plain in [(CM_SIM, "--regions", "10"), (CM_SIM, "--seed", "7"), (CM_SIM, "--periods", "2"),
                              (INTEGER_FLAG_COMMANDS[2], "--firms", "10"),
                              (INTEGER_FLAG_COMMANDS[3], "--draws", "10")]:
        a = run_one(binary, set_flag(base, flag, plain, files), work, timeout, os.devnull)
        args = set_flag(base, flag, "0" + plain, files)
        b = run_one(binary, args, work, timeout, os.devnull)
        verdict = judge(args, b[0], b[1], b[2], b[3])
        if verdict == "ok" and (a[0], a[1]) != (b[0], b[1]):
            verdict = "contract"
        results.append((args, verdict, b[2] or "output differs from %s %s" % (flag, plain)))
    # prove and merge check every output target before writing any (the --tex-dir must not appear).
    fifo = os.path.join(root, "fifo")
    os.mkfifo(fifo)
    for k, bad_out in enumerate(["/proc/x.json", fifo, "/dev/null", "/dev/full", files["folder"],
                                 "/proc/nonexistent/x.json"]):
        tex = os.path.join(root, "tex%d" % k)
        args = ["prove", "--draws", "2", "--claims", "rc07.wage-formula", "--tex-dir", tex, "--out", bad_out]
        rc, out, err, timed_out = run_one(binary, args, work, timeout, os.devnull)
        verdict = judge(args, rc, out, err, timed_out)
        if verdict == "ok" and (rc != 2 or os.path.exists(tex)):
            verdict = "damaged"
        results.append((args, verdict, err))
    # --help and --version to a full device or a closed stdout: exit 2 with a message, never silent.
    for args in (["--help"], ["--version"], ["--help-all"], ["trade-growth", "simulate", "--help"],
                 ["cluster-mapping", "lq", "--help"], ["prove", "--help"]):
        for sink in ("full", "closed"):
            try:
                if sink == "full":
                    with open("/dev/full", "wb") as full:
                        p = subprocess.run([binary] + args, cwd=work, stdout=full, stderr=subprocess.PIPE,
                                           timeout=timeout)
                else:
                    p = subprocess.run([binary] + args, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                       timeout=timeout, preexec_fn=lambda: os.close(1))
                err = p.stderr.decode("utf-8", "replace")
                verdict = "ok" if p.returncode == 2 and err.count("\n") == 1 else "contract"
                if p.returncode < 0:
                    verdict = "crash"
            except subprocess.TimeoutExpired:
                verdict, err = "hang", ""
            results.append((args + [">" + sink], verdict, err))
    # Signals during --out: no temporary file left behind, and the program dies of the signal.
    import signal
    import time
    rng = random.Random(int(os.environ.get("CAMPAIGN_SEED", "20261129")))
    sig_dir = os.path.join(root, "signals")
    os.mkdir(sig_dir)
    long_runs = [
        ["cluster-mapping", "lq", "--employment", files["cm_tall.csv"]],
        ["cluster-mapping", "colocation", "--employment", files["cm_wide.csv"]],
        ["trade-growth", "simulate", "--home", "10,4,5,2", "--foreign", "2,5,4,10", "--sigma", "2", "--tau",
         files["tau4.csv"], "--horizon", "2000", "--step", "0.01"],
        ["dynamic-spillovers", "simulate", "--g", "0.02", "--epsilon", "0.05", "--a0", "0.3", "--horizon", "100000",
         "--step", "0.2"],
        ["dynamic-spillovers", "cpp-simulate", "--x", "0.02", "--z0", "0.5", "--horizon", "100000", "--step", "0.2"],
        ["cluster-model", "coordination", "--A", "10", "--C", "1", "--firms", "1000000"],
        ["infant-industry", "equilibria", "--lambda-south", "1,1", "--lambda-north", "1,1", "--alpha", "1", "--lbar",
         "1", "--labor-south", "3"],
        ["cluster-model", "north", "--lambda-north", ",".join(["1"] * 14), "--lbar", ",".join(["1"] * 14), "--shares",
         ",".join(["0.0714285714285714"] * 13 + ["0.0714285714285718"]), "--labor", "4"],
        CM_SIM + ["--regions", "3000"],
        ["prove", "--draws", "200", "--claims", "rc07.*"],
    ]
    for k, args in enumerate(long_runs):
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            target = os.path.join(sig_dir, "out%d-%d.csv" % (k, sig))
            p = subprocess.Popen([binary] + args + ["--out", target], cwd=work, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.0, 0.6))
            p.send_signal(sig)
            try:
                _, err = p.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                p.kill()
                p.communicate()
                results.append((args, "hang", ""))
                continue
            err = err.decode("utf-8", "replace")
            left = [n for n in os.listdir(sig_dir) if ".tmp." in n]
            if left:
                verdict = "damaged"
                for n in left:
                    os.unlink(os.path.join(sig_dir, n))
            elif p.returncode == 0:
                verdict = "ok" if os.path.getsize(target) > 0 else "damaged"  # finished before the signal
            elif p.returncode == -sig:
                # The target appears only by renaming a finished temporary file, so a target that exists
                # is complete: the signal came after the rename (a race of the sleep above), not mid-write.
                verdict = "ok" if not os.path.exists(target) or os.path.getsize(target) > 0 else "damaged"
            else:
                verdict = judge(args, p.returncode, "", err, False)
            results.append((args + ["--out", target, "<signal %d>" % sig], verdict, err))
    return results


def run_one(binary, args, cwd, timeout, stdin_path):
    try:
        with open(stdin_path, "rb") as stdin:
            p = subprocess.run([binary] + args, cwd=cwd, stdin=stdin, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), False
    except subprocess.TimeoutExpired:
        return None, "", "", True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--jobs", type=int, default=2)
    opts = parser.parse_args()
    binary = os.path.abspath(opts.bin)
    root = tempfile.mkdtemp(prefix="clustertrade-campaign-")
    try:
        files = make_files(root)
        work = os.path.join(root, "cwd")
        os.mkdir(work)
        all_cases = cases(root, files)
        counts = {k: 0 for k in ["ok", "crash", "hang", "internal", "nonfinite", "contract", "damaged", "known"]}
        known_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_failures.txt")
        known = [re.compile(l.strip()) for l in open(known_file) if l.strip() and not l.startswith("#")]
        examples = {}
        def record(kind, args, err):
            if kind == "internal" and any(k.search(err) for k in known):
                kind = "known"
            counts[kind] += 1
            if kind != "ok" and len(examples.setdefault(kind, [])) < int(os.environ.get("CAMPAIGN_SHOW", "8")):
                examples[kind].append((args, err.strip()[:200]))
        with cf.ThreadPoolExecutor(opts.jobs) as pool:
            futures = {pool.submit(run_one, binary, a, work, opts.timeout, files["tau2.csv"]): a for a in all_cases}
            for fut in cf.as_completed(futures):
                args = futures[fut]
                rc, out, err, timed_out = fut.result()
                record(judge(args, rc, out, err, timed_out), args, err)
        # --out cases run one at a time: each checks the file system after the run.
        for args, target, kind in out_cases(root, files):
            before = None
            if kind == "file":
                before = open(target).read()
            folder = os.path.dirname(target) if target else None
            listing = set(os.listdir(folder)) if folder and os.path.isdir(folder) else None
            rc, out, err, timed_out = run_one(binary, args, work, opts.timeout, files["tau2.csv"])
            verdict = judge(args, rc, out, err, timed_out)
            if verdict == "ok" and target:
                if listing is not None and any(".tmp." in n for n in set(os.listdir(folder)) - listing):
                    verdict = "damaged"
                elif kind == "special" and not (os.path.islink(target) or not os.path.isfile(target)):
                    verdict = "damaged"  # a link, folder or device replaced by a file
                elif rc != 0 and kind == "file" and open(target).read() != before:
                    verdict = "damaged"
                elif rc != 0 and kind == "new" and os.path.exists(target):
                    verdict = "damaged"
                elif rc == 0 and kind in ("new", "file") and "--out" in args and args[-1] != "-":
                    verdict = "ok" if open(target).read() else "damaged"
            if kind == "special" and rc == 0:
                verdict = "damaged"  # a non-regular target must be refused
            record(verdict, args, err)
        # Families that need more than one look (issue 20 §6).
        for args, verdict, err in merge_part_cases(binary, root, work, opts.timeout) + special_cases(
                binary, root, work, files, opts.timeout):
            record(verdict, args, err)
        total = sum(counts.values())
        print("clustertrade fuzz campaign: %d cases" % total)
        for k, v in counts.items():
            print("  %-10s %d" % (k, v))
        failed = sum(v for k, v in counts.items() if k not in ("ok", "known"))
        for kind, items in examples.items():
            print("-- %s (first %d):" % (kind, len(items)))
            for args, err in items:
                print("   clustertrade %s\n      %s" % (" ".join(repr(a) if (not a or " " in a) else a[:80]
                                                          for a in args), err))
        return 1 if failed else 0
    finally:
        if not os.environ.get("CAMPAIGN_KEEP"):
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
