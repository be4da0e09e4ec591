#!/usr/bin/env python3
"""Checks the HTML documentation's claims ledger (claims_ledger.html) in headless Chromium (issue 19
C.14): `make docs-check`, run by .ci/run after `make all`.

Chromium loads the page with its script (no network) sorted by each of paper, verdict and origin
(`?sort=<key>`, the same function a click on the heading calls) and dumps the resulting DOM. The check
fails (exit 1, one line per failure) when the table is empty or has another number of rows than
claims.json has claims, when a row's link points at no file of the documentation, or when the rows are
not in the order of the requested key, or the sort did not reorder them at all. Standard library only.
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

# The orders docs/ledger.js sorts by (see RANK there).
RANK = {"paper": ["RC07", "RC05", "CPP", "H12", "Porter"], "origin": ["paper", "reading", "addition"],
        "verdict": ["fails", "holds-in-scope", "holds", "not-checked"]}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--virtual-time-budget=5000", "--dump-dom"]


class Rows(html.parser.HTMLParser):
    """The ledger table's body rows: their data-* attributes and the links inside them."""

    def __init__(self):
        super().__init__()
        self.rows, self.in_table, self.in_body, self.sorted_by = [], False, False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id") == "ledger-table":
            self.in_table = True
            self.sorted_by = a.get("data-sorted-by")
        if tag == "tbody" and self.in_table:  # the page's other tables (Doxygen's title area) are not rows
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.rows.append({"attrs": a, "links": []})
        elif tag == "a" and self.in_body and self.rows:
            self.rows[-1]["links"].append(a.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False
        if tag == "table":
            self.in_table = False


def dump(chromium, page, query):
    with tempfile.TemporaryDirectory(prefix="ledger-chromium-") as profile:
        run = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                              "file://" + os.path.abspath(page) + query],
                             capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        raise RuntimeError(f"chromium exited with status {run.returncode}: {run.stderr.strip()[:300]}")
    parser = Rows()
    parser.feed(run.stdout)
    return parser


def problems_of(parser, key, claims, html_dir):
    """Everything wrong with one sorted dump (empty list: nothing)."""
    out = []
    rows = parser.rows
    if not rows:
        return [f"?sort={key}: the ledger table is empty"]
    if len(rows) != claims:
        out.append(f"?sort={key}: {len(rows)} rows for {claims} claims in claims.json")
    if parser.sorted_by != key:
        out.append(f"?sort={key}: the table says it is sorted by {parser.sorted_by!r}")
    ranks = [RANK[key].index(r["attrs"].get("data-" + key)) if r["attrs"].get("data-" + key) in RANK[key]
             else len(RANK[key]) for r in rows]
    if ranks != sorted(ranks):
        out.append(f"?sort={key}: rows out of order: {[r['attrs'].get('data-' + key) for r in rows]}")
    for r in rows:
        if not r["links"]:
            out.append(f"{r['attrs'].get('data-id')}: no link to its function")
        for href in r["links"]:
            if not os.path.exists(os.path.join(html_dir, href.split("#")[0])):
                out.append(f"{r['attrs'].get('data-id')}: link {href} points at no file")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--html", default="build/docs/html", help="the Doxygen HTML folder")
    ap.add_argument("--claims", default="build/results/claims.json")
    ap.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = ap.parse_args()
    if not args.chromium:
        print("check_ledger_page.py: chromium is not installed (Debian package chromium; `make deps`)",
              file=sys.stderr)
        return 2
    page = os.path.join(args.html, "claims_ledger.html")
    if not os.path.exists(page):
        print(f"{page}: missing (make docs)", file=sys.stderr)
        return 1
    with open(args.claims, encoding="utf-8") as f:
        claims = len(json.load(f)["claims"])
    failures, orders = [], {}
    unsorted = [r["attrs"].get("data-id") for r in dump(args.chromium, page, "").rows]
    for key in ("paper", "verdict", "origin"):
        parser = dump(args.chromium, page, "?sort=" + key)
        failures += problems_of(parser, key, claims, args.html)
        orders[key] = [r["attrs"].get("data-id") for r in parser.rows]
    if orders and all(order == unsorted for order in orders.values()):
        failures.append("sorting by paper, verdict and origin left the ledger's order unchanged")
    for f in failures:
        print(f"{page}: {f}", file=sys.stderr)
    print(f"check_ledger_page.py: {len(unsorted)} rows; sorted by paper, verdict and origin in headless Chromium; "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
