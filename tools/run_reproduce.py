#!/usr/bin/env python3
"""Runs every command the built report prints, as a reader pasting it from the PDF would (issue 19 C.12).

`make all` calls it from the report gate's rule. It reads the text of paper/report.pdf with pdftotext,
extracts each command block (the block after a line `Reproduce:`, and any other block that starts with
the program's path `build/bin/clustertrade`), joins its shell continuation lines, undoes what typesetting
does to pasted text (ligatures, curly quotes, en dashes, fvextra's wrap marks, page breaks), and runs it
with bash in a scratch folder whose `build` is the repository's build folder (so `build/bin/clustertrade`
resolves exactly as at the repository root, and a command's `tau.csv` does not land in the repository).

A command fails the build (exit status 1, one line per failure) when it
  - uses a deprecated flag (--g, --A, --C, --x, --labour);
  - does not exit with status 0 within the timeout, or prints nothing on stdout;
  - lacks the evidence the report quotes (EVIDENCE below): the truth values of CA and P for
    `infant-industry equilibria` (and the values the claim's text states, when it states them), the
    time at which CPP's ratio leaves its bounds for `cpp-simulate` (which must be the time the text
    quotes), a(T) for the printed-rule `simulate` (quoted by the text), condition (*) for
    `cluster-model equilibria`, and the printed H12 eq. (10)'s omega for `trade-growth equilibrium` when
    the text discusses eq. (10) (the value the text quotes).
Standard library only; tested by tools/test_run_reproduce.py.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

PROGRAM = "build/bin/clustertrade"
DEPRECATED = ("--g", "--A", "--C", "--x", "--labour")

# What typesetting does to text a reader pastes: ligatures, curly quotes, dashes, non-breaking spaces.
TYPOGRAPHY = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "--", "\u2014": "---",
              "\u2212": "-", "\u00a0": " ", "\u00ad": ""}
# fvextra's marks at a line it had to wrap (breaklines): the text continues on the next line, no space.
WRAP_MARKS = ("\u21aa", "\u2192", "\u2ba9")


def normalise(text):
    """The PDF text with typographic replacements undone (what a careful paste gives)."""
    for bad, good in TYPOGRAPHY.items():
        text = text.replace(bad, good)
    return text


def is_page_furniture(line):
    """A page number or an empty line, which a page break puts between lines of the text."""
    s = line.strip()
    return s == "" or s.isdigit()


def join_block(lines, start):
    """The command that begins at lines[start]: continuation lines (a line ending in a backslash, or one
    wrapped by fvextra with a mark) joined as the shell would: backslash-newline removed, the next line's
    indentation (which pdftotext drops anyway) ignored. Returns (command, index after it)."""
    parts = []
    i = start
    line = lines[i].strip()
    while True:
        wrapped = line.endswith(WRAP_MARKS)
        if wrapped:
            line = line.rstrip("".join(WRAP_MARKS)).rstrip()
        continued = line.endswith("\\")
        if continued:  # the shell drops backslash-newline and keeps the space before it, if any
            line = line[:-1]
        parts.append(line)
        i += 1
        if not (continued or wrapped):
            break
        while i < len(lines) and is_page_furniture(lines[i]):
            i += 1
        if i >= len(lines):
            break
        line = lines[i].strip().lstrip("".join(WRAP_MARKS)).lstrip()
    command = re.sub(r" +", " ", "".join(parts)).strip()
    return command, i


def extract(text):
    """The report's commands, in order, each as (command, the report's text before it): the text since
    the previous command, i.e. the claim entry or paragraph that quotes its evidence."""
    lines = normalise(text.replace("\f", "\n")).split("\n")
    found = []
    context_start = 0
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        start = None
        if line == "Reproduce:":  # the report's \\claimcommand: the label, then the command on its own lines
            j = i + 1
            while j < len(lines) and is_page_furniture(lines[j]):
                j += 1
            start = j if j < len(lines) else None
        elif line.startswith(PROGRAM + " "):
            start = i
        if start is None:
            i += 1
            continue
        context = "\n".join(lines[context_start:i])
        command, i = join_block(lines, start)
        found.append((command, context))
        context_start = i
    return found


def case_text(context):
    """The sentence that states the case a claim's command reproduces: the text after the last
    "(shrunk):" of the claim's entry (the whole text before the command when there is none)."""
    at = context.rfind("(shrunk):")
    return context if at < 0 else context[at:]


def truth_in_text(context, name):
    """The truth value the claim's text states for condition `name` (CA or P), or None."""
    m = re.search(r"\b(?:condition )?" + name + r" (?:is |itself is )?(true|holds|false|fails)\b", context)
    if not m:
        return None
    return m.group(1) in ("true", "holds")


def evidence_failures(command, context, out):
    """What the command's output lacks of the evidence the report quotes (empty: nothing)."""
    problems = []
    context = case_text(context)
    if "infant-industry equilibria" in command:
        for name in ("CA", "P"):
            m = re.search(r"^# " + name + r" \(.*\): (true|false)", out, re.M)
            if not m:
                problems.append(f"no '# {name} (...): true|false' evidence line")
                continue
            stated = truth_in_text(context, name)
            if stated is not None and (m.group(1) == "true") != stated:
                problems.append(f"prints {name} {m.group(1)}, the report's text says {name} is {stated}")
    if "cluster-model equilibria" in command and not re.search(r"^# \(\*\) for a cluster in sector", out, re.M):
        if len(re.search(r"--theta (\S+)", command).group(1).split(",")) > 1:
            problems.append("no '# (*) for a cluster in sector k' evidence line")
    if "cpp-simulate" in command:
        m = re.search(r"^# .*leaves \[.*\] at t = (\S+) ", out, re.M)
        if not m:
            problems.append("no '# ... leaves [...] at t = ...' evidence line (the escape time)")
        elif not re.search(r"\bt = " + re.escape(m.group(1)) + r"\b", context):
            problems.append(f"the escape time t = {m.group(1)} it prints is not the one the report quotes")
    if "trade-growth equilibrium" in command and "H12 eq. (10)" in context:
        m = re.search(r"^# H12 eq\. \(10\).*, (\S+) as printed", out, re.M)
        if not m:
            problems.append("no '# H12 eq. (10) ... as printed' evidence line")
        elif not re.search(r"= " + re.escape(m.group(1)) + r"\b", context):
            problems.append(f"the printed eq. (10) omega = {m.group(1)} it prints is not the one the report quotes")
    if "--spillover-rule printed" in command:
        m = re.search(r"^# .*a\(T\) = (\S+),", out, re.M)
        if not m:
            problems.append("no '# ... a(T) = ...' evidence line")
        elif not re.search(r"a\(T ?\) = " + re.escape(m.group(1)) + r"\b", context):
            problems.append(f"the a(T) = {m.group(1)} it prints is not the one the report quotes")
    return problems


def check(command, context, build, timeout):
    """Runs one command; returns a list of failure messages (empty: it passed) and its wall time."""
    problems = [f"deprecated flag {flag}" for flag in DEPRECATED if re.search(r"(^|\s)" + re.escape(flag) +
                                                                             r"(\s|=|$)", command)]
    if PROGRAM not in command:
        problems.append(f"does not name the program as {PROGRAM}")
    with tempfile.TemporaryDirectory(prefix="reproduce-") as scratch:
        os.symlink(os.path.abspath(build), os.path.join(scratch, "build"))
        begin = time.monotonic()
        try:
            run = subprocess.run(["bash", "-c", command], cwd=scratch, capture_output=True, text=True,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            return problems + [f"still running after {timeout} s"], timeout
        seconds = time.monotonic() - begin
    if run.returncode != 0:
        first = (run.stderr.strip().splitlines() or ["(nothing on stderr)"])[0]
        return problems + [f"exit status {run.returncode}: {first}"], seconds
    if not run.stdout.strip():
        return problems + ["printed nothing on stdout"], seconds
    return problems + evidence_failures(command, context, run.stdout), seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", default="paper/report.pdf")
    ap.add_argument("--build", default="build", help="the build folder (its bin/clustertrade is run)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per command")
    args = ap.parse_args()
    if not shutil.which("pdftotext"):
        print("run_reproduce.py: pdftotext (poppler-utils) is needed to read the report", file=sys.stderr)
        return 2
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", args.pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    commands = extract(text)
    if not commands:
        print(f"{args.pdf}: no command found (expected 'Reproduce:' blocks)", file=sys.stderr)
        return 1
    failures = 0
    total = 0.0
    for number, (command, context) in enumerate(commands, 1):
        problems, seconds = check(command, context, args.build, args.timeout)
        total += seconds
        for p in problems:
            failures += 1
            print(f"{args.pdf}: command {number} ({command[:90]}...): {p}", file=sys.stderr)
    print(f"run_reproduce.py: ran the report's {len(commands)} commands in {total:.1f} s; "
          f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
