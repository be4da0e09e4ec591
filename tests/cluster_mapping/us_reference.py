#!/usr/bin/env python3
"""Independent reference for tests/cluster_mapping/us_claims_test.cpp: Porter's U.S. statistics on the
vendored data (data/us/), computed here from the raw CSV files with the standard library only, sharing
no code with the C++ (its own CSV reading, cluster sums, LQs, ranks and correlations). Run from the
repository root: `python3 tests/cluster_mapping/us_reference.py`. Not run by CTest; its printed values
are the test's expected values."""
import collections
import csv
import math

D = "data/us/"
defs = {r["naics2017"]: (r["cluster_code"], r["type"])
        for r in csv.DictReader(open(D + "uscmp_cluster_definitions_naics2017.csv"))}
emp = collections.defaultdict(dict)
for r in csv.DictReader(open(D + "cbp2019_cbsa_naics6.csv")):
    if r["naics2017"] != "00" and r["naics2017"] in defs:
        emp[r["cbsa_code"]][r["naics2017"]] = float(r["emp"])
total = sum(v for c in emp for v in emp[c].values())
traded = sum(v for c in emp for i, v in emp[c].items() if defs[i][1] == "traded")
print("traded share", repr(traded / total))
cluster = {c: collections.defaultdict(float) for c in emp}
for c in emp:
    for i, v in emp[c].items():
        if defs[i][1] == "traded":
            cluster[c][defs[i][0]] += v
nation = collections.defaultdict(float)
for c in cluster:
    for k, v in cluster[c].items():
        nation[k] += v
codes = sorted(cluster)
top5, strong, strength = [], [], []
for c in codes:
    e = sum(cluster[c].values())
    top5.append(sum(sorted(cluster[c].values(), reverse=True)[:5]) / e)
    lq = {k: (v / e) / (nation[k] / traded) for k, v in cluster[c].items()}
    strong.append(sum(1 for x in lq.values() if x >= 1.5))
    strength.append(sum(cluster[c][k] for k, x in lq.items() if x >= 1.5) / e)
print("regions", len(codes), "mean top5", repr(sum(top5) / len(top5)), "strong total", sum(strong))


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def pearson(a, b):
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / math.sqrt(
        sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


acs = {r["cbsa_code"]: r for r in csv.DictReader(open(D + "acs5_2018_cbsa.csv"))}
for key in ["med_earnings_total", "med_hh_inc_total"]:
    keep = [i for i, c in enumerate(codes) if acs[c][key] != "NA"]
    print(key, len(keep), repr(pearson(ranks([strength[i] for i in keep]),
                                       ranks([float(acs[codes[i]][key]) for i in keep]))))
patents = collections.defaultdict(float)
for r in csv.DictReader(open(D + "uspto_cbsa_patents_2000_2015.csv")):
    if 2011 <= int(r["year"]) <= 2015:
        patents[r["cbsa_code"]] += float(r["patents_issued"])
keep = [i for i, c in enumerate(codes) if c in patents]
size = [sum(emp[c].values()) for c in codes]
print("patents", len(keep), repr(pearson(ranks([strength[i] for i in keep]),
                                         ranks([patents[codes[i]] / size[i] for i in keep]))))
