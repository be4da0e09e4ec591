#!/usr/bin/env python3
"""Tests of tools/run_reproduce.py: the commands are read back from PDF-like text exactly as a shell would
run them (continuations, page breaks, wrap marks, ligatures), and each failure the script exists to catch
(a deprecated flag, a non-zero exit, silence, a hang, missing or contradicting evidence) is caught, with a
stub program standing in for build/bin/clustertrade. Standard library only; run by `make test`."""
import os
import stat
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_reproduce as rr  # noqa: E402

# Text as pdftotext gives it: a claim entry, a command wrapped with backslash continuations and split by
# a page break (form feed and page number), a long list broken after a comma at column 0, fvextra's wrap
# mark, a ligature and curly quotes in a printf, and a command in prose (not after "Reproduce:").
PDF_TEXT = (
    "rc07.p-equiv-ca (RC07 §2) fails\n"
    "Evidence. First counterexample in scope (shrunk): R = 3 ≥ θ = 2: CA holds but P fails.\n"
    "Reproduce:\n"
    "build/bin/clustertrade infant-industry equilibria --lambda-south 1,3 \\\n"
    "--lambda-north 1,1 --alpha 1 \\\n"
    "\n15\n\f"
    "--lbar 1 --labor-south 1\n"
    "\n"
    "rc07.north (RC07 §3) holds\n"
    "Reproduce:\n"
    "build/bin/clustertrade cluster-model north --shares 0.25,\\\n"
    "0.75 --labor 0.6\n"
    "Prose that wraps after the word\n"
    "Reproduce: and goes on (not a command).\n"
    "Next claim. Its command is long.\n"
    "Reproduce:\n"
    "printf \u2018%s\\n\u2019 \u20180,1\u2019 > tau.csv && build/bin/clustertrade trade-growth simulate --tau tau.csv --pro\u21aa\n"
    "\u21aafile \ufb01ne\n"
    "This command prints the list:\n"
    "build/bin/clustertrade cluster-model equilibria --theta 2,1.8\n"
    "For any other J, ...\n")


class Extract(unittest.TestCase):
    def test_commands_are_joined_as_the_shell_joins_them(self):
        found = rr.extract(PDF_TEXT)
        self.assertEqual([c for c, _ in found], [
            "build/bin/clustertrade infant-industry equilibria --lambda-south 1,3 --lambda-north 1,1 --alpha 1 "
            "--lbar 1 --labor-south 1",
            "build/bin/clustertrade cluster-model north --shares 0.25,0.75 --labor 0.6",
            "printf '%s\\n' '0,1' > tau.csv && build/bin/clustertrade trade-growth simulate --tau tau.csv "
            "--profile fine",
            "build/bin/clustertrade cluster-model equilibria --theta 2,1.8",
        ])

    def test_each_command_carries_the_text_before_it(self):
        found = rr.extract(PDF_TEXT)
        self.assertIn("CA holds but P fails", found[0][1])
        self.assertNotIn("CA holds", found[1][1])
        self.assertIn("This command prints the list", found[3][1])

    def test_evidence_is_read_from_the_case_sentence_only(self):
        entry = "Statement. Condition P holds. First case beyond the scope (shrunk): CA is true, P fails."
        self.assertEqual(rr.case_text(entry), "(shrunk): CA is true, P fails.")
        self.assertEqual(rr.case_text("no case here"), "no case here")
        out = "# CA (R > 1): true\n# P (1 < R): false (left)\n"
        self.assertEqual(rr.evidence_failures("build/bin/clustertrade infant-industry equilibria", entry, out), [])

    def test_truth_values_read_from_the_text(self):
        self.assertEqual(rr.truth_in_text("CA holds but P fails", "CA"), True)
        self.assertEqual(rr.truth_in_text("CA holds but P fails", "P"), False)
        self.assertEqual(rr.truth_in_text("condition P is false", "P"), False)
        self.assertIsNone(rr.truth_in_text("P itself is 1 < R < θ", "P"))


STUB = """#!/bin/bash
case "$*" in
  *hang*) sleep 30 ;;
  *fail*) echo "--bad: must be > 0" >&2; exit 2 ;;
  *silent*) exit 0 ;;
  *infant-industry*) printf '# CA (R > 1): true\\n# P (1 < R < theta): %s (left inequality true)\\nequilibrium\\n' "$P" ;;
  *cpp-simulate*) printf '# the ratio z leaves [1e-06, 1e+06] at t = 495.2 (it collapses); the run stops\\nt,z\\n' ;;
  *) echo "a,b"; echo "1,2" ;;
esac
"""


class Run(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        bin_dir = os.path.join(self.tmp.name, "build", "bin")
        os.makedirs(bin_dir)
        program = os.path.join(bin_dir, "clustertrade")
        with open(program, "w") as f:
            f.write(STUB)
        os.chmod(program, os.stat(program).st_mode | stat.S_IEXEC)
        self.build = os.path.join(self.tmp.name, "build")

    def tearDown(self):
        self.tmp.cleanup()

    def run_one(self, command, context="", timeout=10.0, p="false"):
        os.environ["P"] = p
        return rr.check(command, context, self.build, timeout)[0]

    def test_a_good_command_passes_and_writes_no_file_in_the_repository(self):
        before = set(os.listdir("."))
        self.assertEqual(self.run_one("printf '1\\n' > tau.csv && build/bin/clustertrade trade-growth simulate"), [])
        self.assertEqual(set(os.listdir(".")), before)

    def test_the_program_must_be_named_by_its_path(self):
        self.assertIn("does not name the program as build/bin/clustertrade",
                      " ".join(self.run_one("clustertrade trade-growth simulate")))

    def test_deprecated_flags_fail(self):
        for flag in ("--g", "--A", "--C", "--x", "--labour"):
            self.assertIn(f"deprecated flag {flag}", self.run_one(f"build/bin/clustertrade m {flag} 1"), flag)
        self.assertEqual(self.run_one("build/bin/clustertrade m --gamma 1 --x0 2"), [])

    def test_exit_status_silence_and_hangs_fail(self):
        self.assertRegex(" ".join(self.run_one("build/bin/clustertrade fail")), r"exit status 2: --bad")
        self.assertIn("printed nothing on stdout", self.run_one("build/bin/clustertrade silent"))
        self.assertIn("still running after 1.0 s", self.run_one("build/bin/clustertrade hang", timeout=1.0))

    def test_truth_values_must_be_printed_and_agree_with_the_text(self):
        command = "build/bin/clustertrade infant-industry equilibria"
        self.assertEqual(self.run_one(command, "CA holds but P fails", p="false"), [])
        self.assertEqual(self.run_one(command, "CA holds but P fails", p="true"),
                         ["prints P true, the report's text says P is False"])
        self.assertIn("no '# CA (...): true|false' evidence line",
                      rr.evidence_failures(command, "", "equilibrium\nspecialize-1\n"))

    def test_the_escape_time_must_be_the_one_the_text_quotes(self):
        command = "build/bin/clustertrade dynamic-spillovers cpp-simulate --z0 0.01"
        self.assertEqual(self.run_one(command, "collapses (passes 10−6) at t = 495.2."), [])
        self.assertEqual(self.run_one(command, "collapses at t = 495.3."),
                         ["the escape time t = 495.2 it prints is not the one the report quotes"])
        self.assertIn("no '# ... leaves [...] at t = ...' evidence line (the escape time)",
                      rr.evidence_failures(command, "", "t,z\n500,1e-6\n"))

    def test_printed_rule_and_condition_star_evidence(self):
        printed = "build/bin/clustertrade dynamic-spillovers simulate --spillover-rule printed"
        out = "# at T = 1000: a(T) = 0.7143, growth_north = 0\nt,a\n"
        self.assertEqual(rr.evidence_failures(printed, "a(T) = 0.7143 and", out), [])
        self.assertEqual(rr.evidence_failures(printed, "a(T ) = 0.6", out),
                         ["the a(T) = 0.7143 it prints is not the one the report quotes"])
        eq10 = "build/bin/clustertrade trade-growth equilibrium --home 10,5"
        out = "# H12 eq. (10) at z = 1: omega = (L*/L)^(1/sigma) eta(z) = 1 as derived (eta = 1), 0.707107 as printed\n"
        self.assertEqual(rr.evidence_failures(eq10, "H12 eq. (10) gives ω = 0.707107, the", out), [])
        self.assertEqual(rr.evidence_failures(eq10, "H12 eq. (10) gives ω = 0.7071, the", out),
                         ["the printed eq. (10) omega = 0.707107 it prints is not the one the report quotes"])
        self.assertEqual(rr.evidence_failures(eq10, "the static gains", "industry\n"), [])
        star = "build/bin/clustertrade cluster-model equilibria --theta 2,1.8"
        self.assertEqual(rr.evidence_failures(star, "", "sector\n"),
                         ["no '# (*) for a cluster in sector k' evidence line"])
        self.assertEqual(rr.evidence_failures("build/bin/clustertrade cluster-model equilibria --theta 2", "",
                                              "sector\n"), [])


if __name__ == "__main__":
    unittest.main()
