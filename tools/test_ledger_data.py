#!/usr/bin/env python3
"""Tests of tools/ledger_data.py (the HTML claims ledger's data) and tools/check_ledger_page.py (its check
in headless Chromium): a check function is linked to its own documentation in its module's namespace,
never to a namespesake elsewhere; an undocumented or unnamed one to its module's page; the command is
the report's file; and, when Chromium is installed, the page built from that data sorts by paper,
verdict and origin while a page whose script does not sort, or whose table is empty, is refused.
Standard library only; run by `make test`."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ledger_data as ld  # noqa: E402

TAG = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<tagfile>
  <compound kind="page"><name>infant_industry</name><title>II</title><filename>infant_industry.html</filename></compound>
  <compound kind="page"><name>cluster_model_page</name><title>CM</title><filename>cluster_model_page</filename></compound>
  <compound kind="namespace"><name>clustertrade::infant_industry::checks</name><filename>ns_ii_checks.html</filename>
    <member kind="function"><name>wage_formula</name><anchorfile>ns_ii_checks.html</anchorfile><anchor>a1</anchor></member>
  </compound>
  <compound kind="namespace"><name>clustertrade::cluster_model</name><filename>ns_cm.html</filename>
    <member kind="function"><name>search_policy</name><anchorfile>ns_cm.html</anchorfile><anchor>b2</anchor></member>
    <member kind="variable"><name>check_theta</name><anchorfile>ns_cm.html</anchorfile><anchor>b3</anchor></member>
  </compound>
  <compound kind="file"><name>claims_checks.hpp</name><path>/r/src/dynamic_spillovers/</path><filename>ds_cc.html</filename>
    <member kind="function"><name>steady_gap</name><anchorfile>ds_cc.html</anchorfile><anchor>d5</anchor></member>
  </compound>
  <compound kind="file"><name>claims_checks.hpp</name><path>/r/src/trade_growth/</path><filename>tg_cc.html</filename>
    <member kind="function"><name>search_prop2</name><anchorfile>tg_cc.html</anchorfile><anchor>e6</anchor></member>
  </compound>
  <compound kind="namespace"><name>clustertrade::trade_growth</name><filename>ns_tg.html</filename>
    <member kind="function"><name>check_theta</name><anchorfile>ns_tg.html</anchorfile><anchor>c4</anchor></member>
  </compound>
</tagfile>
"""


def claim(cid, module, function, verdict="holds", origin="paper", command=None):
    return {"id": cid, "module": module, "function": function, "source": cid.split(".")[0].upper() + " §2",
            "verdict": verdict, "origin": origin, "failure_kind": "", "seed": 7,
            "counts": {"in_scope": 3, "violations_in_scope": 0, "violations_outside_scope": 1, "ties": 0,
                       "errors": 0, "draws_requested": 10},
            "counterexample": {"command": command} if command else None}


class LedgerData(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.tag = os.path.join(self.tmp.name, "t.tag")
        with open(self.tag, "w") as f:
            f.write(TAG)
        self.pages, self.functions = ld.read_tag(self.tag)

    def tearDown(self):
        self.tmp.cleanup()

    def test_function_links(self):
        link = lambda c: ld.link_for(c, self.pages, self.functions)  # noqa: E731
        self.assertEqual(link(claim("rc07.w", "infant_industry", "checks::wage_formula")), "ns_ii_checks.html#a1")
        self.assertEqual(link(claim("rc07.p", "cluster_model", "search_policy(true)")), "ns_cm.html#b2")
        # check_theta is a function only in trade_growth: the cluster-model claim goes to its module page
        self.assertEqual(link(claim("rc07.t", "cluster_model", "check_theta")), "cluster_model_page.html")
        self.assertEqual(link(claim("rc07.e", "infant_industry", "")), "infant_industry.html")
        # documented only in its module's header (checks:: has no namespace page): the header's anchor,
        # never another module's header
        self.assertEqual(link(claim("rc07.s4", "dynamic_spillovers", "checks::steady_gap")), "ds_cc.html#d5")
        self.assertEqual(link(claim("h12.p2", "trade_growth", "search_prop2")), "tg_cc.html#e6")
        with self.assertRaises(KeyError):
            link(claim("rc07.x", "cluster_mapping", "search_prop2"))
        with self.assertRaises(KeyError):
            link(claim("x.y", "no_module", ""))

    def test_rows_carry_the_reports_command_file(self):
        commands = os.path.join(self.tmp.name, "commands")
        os.makedirs(commands)
        with open(os.path.join(commands, "rc07-w-x.sh"), "w") as f:
            f.write("build/bin/clustertrade a \\\n  --b 1\n")
        doc = {"claims": [claim("rc07.w.x", "infant_industry", "checks::wage_formula", command="clustertrade a --b 1"),
                          claim("h12.z", "cluster_model", "", verdict="fails", origin="reading")]}
        data = ld.ledger(doc, self.pages, self.functions, commands)
        self.assertEqual([c["paper"] for c in data["claims"]], ["RC07", "H12"])
        self.assertEqual(data["claims"][0]["command"], "build/bin/clustertrade a \\\n  --b 1")
        self.assertIsNone(data["claims"][1]["command"])
        self.assertEqual((data["seed"], data["draws"]), (7, 10))


def page_html():
    """The ledger page as Doxygen renders it: the \\htmlonly block of docs/ledger.md in a document."""
    with open(os.path.join(HERE, "..", "docs", "ledger.md"), encoding="utf-8") as f:
        block = re.search(r"\\htmlonly\n(.*)\\endhtmlonly", f.read(), re.S).group(1)
    # Doxygen's own tables (the title area) come before the page's content: not ledger rows.
    title = "<table><tbody><tr><td>clustertrade</td></tr></tbody></table>"
    return "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + title + block + "</body></html>"


@unittest.skipUnless(shutil.which("chromium"), "chromium is not installed (make deps)")
class PageInChromium(unittest.TestCase):
    """The real page script and the real check, on a small ledger (three papers, verdicts and origins
    whose ledger order is none of the sorted orders)."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.html = os.path.join(self.tmp.name, "html")
        os.makedirs(self.html)
        shutil.copy(os.path.join(HERE, "..", "docs", "ledger.js"), self.html)
        with open(os.path.join(self.html, "claims_ledger.html"), "w") as f:
            f.write(page_html())
        with open(os.path.join(self.html, "m.html"), "w") as f:
            f.write("<html></html>")
        self.claims = [claim("h12.a", "m", "", "holds", "addition"), claim("rc07.b", "m", "", "fails", "paper"),
                       claim("cpp.c", "m", "", "not-checked", "reading"), claim("rc07.d", "m", "", "holds", "paper")]
        for c in self.claims:
            c["paper"] = ld.PAPERS[c["id"].split(".")[0]]
            c["href"] = "m.html"
            c["command"] = None
        self.claims_json = os.path.join(self.tmp.name, "claims.json")
        with open(self.claims_json, "w") as f:
            json.dump({"claims": self.claims}, f)

    def tearDown(self):
        self.tmp.cleanup()

    def check(self, claims):
        with open(os.path.join(self.html, "ledger_data.js"), "w") as f:
            f.write("window.CLUSTERTRADE_LEDGER = " + json.dumps({"source": "x", "seed": 7, "draws": 10,
                                                                  "claims": claims}) + ";\n")
        return subprocess.run([sys.executable, os.path.join(HERE, "check_ledger_page.py"), "--html", self.html,
                               "--claims", self.claims_json], capture_output=True, text=True, timeout=600)

    def test_sorted_page_passes_and_broken_pages_fail(self):
        good = self.check(self.claims)
        self.assertEqual(good.returncode, 0, good.stderr)
        empty = self.check([])
        self.assertEqual(empty.returncode, 1)
        self.assertIn("the ledger table is empty", empty.stderr)
        # a script whose sort does not reorder (the comparison always "equal"): refused
        with open(os.path.join(self.html, "ledger.js")) as f:
            script = f.read()
        with open(os.path.join(self.html, "ledger.js"), "w") as f:
            f.write(script.replace("var d = a < b ? -1 : a > b ? 1 : 0;", "var d = 0;"))
        unsorted = self.check(self.claims)
        self.assertEqual(unsorted.returncode, 1)
        self.assertIn("rows out of order", unsorted.stderr)


if __name__ == "__main__":
    unittest.main()
