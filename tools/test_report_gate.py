#!/usr/bin/env python3
"""Tests of tools/report_gate.py: a small clean report passes, and each defect the gate exists to catch,
planted one at a time into that report, makes it fail with the matching message. Standard library only;
run by `make test` (and by hand: python3 tools/test_report_gate.py)."""
import json
import os
import subprocess
import sys
import tempfile

GATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report_gate.py")

REPORT = r"""\documentclass{article}
\newcommand{\flag}[1]{\texttt{-{}-#1}}
\input{generated/numbers.tex}
\begin{document}
\input{sections/model}
\end{document}
"""

SECTION = r"""\section{Model}
The wage is \xxWage{} in H12's Fig.~5 and sector~2.
\subsection{Figures}
Figure~\ref{fig:one} shows it with $a=\xxStart$.
\begin{figure}\includegraphics[width=\textwidth]{one}\caption{One.}\label{fig:one}\end{figure}
Run \flag{tau} to change it.
"""

NUMBERS = ("\\newcommand{\\xxWage}{\\ensuremath{1.25}}\n\\newcommand{\\xxStart}{\\ensuremath{0.1}}\n"
           "\\newcommand{\\xxSigma}{\\ensuremath{4}}\n")

# A figure source: its visible text (legend, title, labels, node) prints a parameter through a generated
# macro; its coordinates, sizes, ticks and options are full of digits the gate must not read as text.
FIGURE = r"""% module: x
\documentclass{standalone}
\input{clustertrade-style}
\input{../paper/generated/numbers}
\begin{document}
\begin{tikzpicture}
\begin{axis}[width=8.6cm, height=6.4cm, xmin=0, xmax=400, title={Fig.~2: a path}, xlabel={time $t$},
  ylabel={$a_t$ in sector~2}, legend columns=3, xtick={0,100,200}, legend style={at={(0.5,-0.2)}}]
\addplot[thick, mark repeat=40] coordinates {(0,1) (2,3.5)};
\addlegendentry{$\sigma=\xxSigma$, Fig.~5 inputs}
\draw (axis cs:150,0) -- (axis cs:150,1) node[pos=0.9, right, font=\footnotesize] {$t=\pgfmathprintnumber[precision=3]{\d}$};
\node[anchor=south] at (axis cs:1.5,2.25) {$n=0$ here};
\end{axis}
\end{tikzpicture}
\end{document}
"""
LOG = "This is pdfTeX\n(./report.tex (./sections/model.tex))\nOutput written\n"
ALLOWED = "\\bH12\\b -- the paper's name\n(Fig\\.|sector)~\\d+ -- labels\n"

# (what to plant, how: (file, old, new) or a log line, the message the gate must print)
DEFECTS = [
    ("overfull box", ("log", "Overfull \\hbox (3.5pt too wide) in paragraph at lines 2--2\n[]\\T1/cmr/m/n/10 x\n"),
     "overfull box, 3.5 pt"),
    ("undefined reference", ("log", "LaTeX Warning: Reference `fig:two' on page 1 undefined on input line 3.\n"),
     "undefined reference"),
    ("typed digit", ("sections/model.tex", "to change it.", "to change it 400 times."), "digit `400'"),
    ("typed value in math", ("sections/model.tex", "$a=\\xxStart$", "$a=0.1$"), "parameter value `0.1'"),
    ("typed single digit in math", ("sections/model.tex", "$a=\\xxStart$", "$\\sigma = 2$"), "parameter value `2'"),
    ("number never printed", ("sections/model.tex", "with $a=\\xxStart$", "alone"), "\\xxStart is never printed"),
    ("number never generated", ("sections/model.tex", "\\xxWage{}", "\\xxWages{}"), "\\xxWages is used but never generated"),
    ("figure never referenced", ("sections/model.tex", "Figure~\\ref{fig:one} shows", "It shows"), None),
    ("empty section", ("sections/model.tex", "\\subsection{Figures}", "\\subsection{Figures}\n\\subsection{More}"),
     "empty section"),
    ("flag as texttt", ("sections/model.tex", "\\flag{tau}", "\\texttt{--tau}"), "\\flag"),
    ("curly quote in a command", ("sections/model.tex", "to change it.", "\\texttt{printf '1'}."), "quote inside \\texttt"),
    ("exception without a reason", ("allowed-numbers.txt", "-- labels", ""), "needs a reason"),
    ("typed number in a figure legend", ("figures/one.tex", "$\\sigma=\\xxSigma$", "$a_0=0.1$"),
     "figure text: `0.1' typed in mathematics"),
    ("typed integer parameter in a figure legend", ("figures/one.tex", "$\\sigma=\\xxSigma$", "$\\sigma = 4$"),
     "figure text: `4' typed in mathematics"),
    ("typed digit in a figure title", ("figures/one.tex", "title={Fig.~2: a path}", "title={a path over 400 years}"),
     "figure text: `400' typed in text"),
    ("typed digit in an axis label", ("figures/one.tex", "xlabel={time $t$}", "xlabel={time $t$ (first 50)}"),
     "figure text: `50' typed in text"),
    ("typed value in a figure node", ("figures/one.tex", "{$n=0$ here}", "{$\\tau=0.2$ here}"),
     "figure text: `0.2' typed in mathematics"),
    ("figure macro never generated", ("figures/one.tex", "\\xxSigma$", "\\xxSigmas$"),
     "\\xxSigmas is used but never generated"),
    ("number printed only in a figure, figure gone", ("figures/one.tex", "$\\sigma=\\xxSigma$", "$\\sigma$"),
     "\\xxSigma is never printed"),
]


def build(tmp, plant=None):
    paper = os.path.join(tmp, "paper")
    os.makedirs(os.path.join(paper, "sections"), exist_ok=True)
    os.makedirs(os.path.join(paper, "generated"), exist_ok=True)
    os.makedirs(os.path.join(tmp, "figures"), exist_ok=True)
    files = {"report.tex": REPORT, "sections/model.tex": SECTION, "generated/numbers.tex": NUMBERS,
             "allowed-numbers.txt": ALLOWED, "figures/one.tex": FIGURE}
    log = LOG
    if plant:
        where, *change = plant
        if where == "log":
            log += change[0]
        else:
            old, new = change
            assert old in files[where], (where, old)
            files[where] = files[where].replace(old, new)
    for name, text in files.items():
        where = os.path.join(tmp, name) if name.startswith("figures/") else os.path.join(paper, name)
        with open(where, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(paper, "report.log"), "w", encoding="latin-1") as f:
        f.write(log)
    return subprocess.run([sys.executable, GATE, "--paper", paper, "--log", os.path.join(paper, "report.log"),
                           "--allowed", os.path.join(paper, "allowed-numbers.txt"), "--figures",
                           os.path.join(tmp, "figures"), "--pdf", os.path.join(paper, "none.pdf")],
                          capture_output=True, text=True)


# ---- the claims gate (tools/claims_gate.py): errors and verdict stability -------------------------------
sys.path.insert(0, os.path.dirname(GATE))
import claims_gate  # noqa: E402

# A stand-in for `clustertrade prove --claims ID --draws N --seed S --out FILE`: writes one record whose
# verdict is read from the environment (FAKE_VERDICT), so a flip can be planted.
FAKE_PROVE = """#!/usr/bin/env python3
import json, os, sys
a = sys.argv
get = lambda flag: a[a.index(flag) + 1]
counts = {"draws_requested": int(get("--draws")), "violations_in_scope": 0, "violations_outside_scope": 2,
          "errors": 0}
rec = {"id": get("--claims"), "verdict": os.environ.get("FAKE_VERDICT", "holds"), "seed": int(get("--seed")),
       "counts": counts}
json.dump({"meta": {}, "claims": [rec]}, open(get("--out"), "w"))
"""


def claim(cid, verdict="holds", seconds=1.0, errors=0):
    return {"id": cid, "verdict": verdict, "seed": 7, "seconds": seconds,
            "counts": {"draws_requested": 100, "errors": errors, "violations_in_scope": 0,
                       "violations_outside_scope": 0},
            "tally": {"first_error": {"index": 3, "detail": "find_root: f(lo) and f(hi) have the same sign"}
                      if errors else None}}


def claims_gate_tests():
    """(name, passed, detail) for each check of the claims gate's logic."""
    results = []
    claims = [claim(f"x.c{i}") for i in range(12)] + [claim("x.fails", "fails"), claim("x.nc", "not-checked")]
    # errors > 0 fails the build, with the first error's message; no errors, no message
    msgs = claims_gate.error_failures(claims + [claim("x.err", errors=2)])
    results.append(("a claim with errors is caught", len(msgs) == 1 and "x.err: 2 case(s)" in msgs[0]
                    and "same sign" in msgs[0], msgs))
    results.append(("no errors, no message", claims_gate.error_failures(claims) == [], ""))
    # the sample: holding claims only, deterministic per commit, rotating across commits, within budget
    a1 = [c["id"] for c in claims_gate.rotation_sample(claims, "abc", 100.0, 3, 5)]
    a2 = [c["id"] for c in claims_gate.rotation_sample(claims, "abc", 100.0, 3, 5)]
    b = [c["id"] for c in claims_gate.rotation_sample(claims, "def", 100.0, 3, 5)]
    results.append(("sample is deterministic per commit", a1 == a2 and len(a1) == 3, a1))
    results.append(("sample rotates with the commit", a1 != b, (a1, b)))
    results.append(("sample holds only holding claims", all(i.startswith("x.c") for i in a1 + b), a1 + b))
    # budget 12 s at 5x: a 1 s claim costs 5 s, so two fit; the first claim is taken even when alone too costly
    results.append(("sample respects the budget",
                    len(claims_gate.rotation_sample(claims, "abc", 12.0, 9, 5)) == 2
                    and len(claims_gate.rotation_sample(claims, "abc", 1.0, 9, 5)) == 1, ""))
    results.append(("re-run seed differs from the main seed", claims_gate.independent_seed("abc", 7) != 7, ""))
    # end to end with a stand-in prove: same verdict passes, a flip fails with exit status 1
    with tempfile.TemporaryDirectory() as tmp:
        prove = os.path.join(tmp, "prove")
        with open(prove, "w") as f:
            f.write(FAKE_PROVE)
        os.chmod(prove, 0o755)
        doc = os.path.join(tmp, "claims.json")
        with open(doc, "w") as f:
            json.dump({"meta": {}, "claims": claims}, f)
        argv = ["--claims", doc, "--prove", prove, "--commit", "abc", "--max-claims", "2"]
        for verdict, want in (("holds", 0), ("holds-in-scope", 1), ("fails", 1)):
            env = dict(os.environ, FAKE_VERDICT=verdict)
            r = subprocess.run([sys.executable, os.path.join(os.path.dirname(GATE), "claims_gate.py")] + argv,
                               capture_output=True, text=True, env=env)
            ok = r.returncode == want and (want == 0 or "but " + verdict + " with seed" in r.stderr)
            results.append((f"re-run graded {verdict} gives exit {want}", ok, r.stderr))
        with open(doc, "w") as f:
            json.dump({"meta": {}, "claims": claims + [claim("x.err", "fails", errors=1)]}, f)
        r = subprocess.run([sys.executable, os.path.join(os.path.dirname(GATE), "claims_gate.py")] + argv,
                           capture_output=True, text=True)
        results.append(("errors in claims.json fail the gate", r.returncode == 1 and "x.err: 1 case(s)" in r.stderr,
                        r.stderr))
    return results


def main():
    bad = 0
    for name, passed, detail in claims_gate_tests():
        print(("ok   " if passed else "FAIL ") + "claims gate: " + name + ("" if passed else f"\n{detail}"))
        bad += 0 if passed else 1
    with tempfile.TemporaryDirectory() as tmp:
        r = build(tmp)
        if r.returncode != 0:
            print("FAIL clean report rejected:\n" + r.stderr)
            bad += 1
        else:
            print("ok   clean report passes")
    for name, plant, message in DEFECTS:
        with tempfile.TemporaryDirectory() as tmp:
            r = build(tmp, plant)
            expected = message or "never referenced"
            if r.returncode == 0 or expected not in r.stderr:
                print(f"FAIL {name}: exit {r.returncode}, expected `{expected}' in:\n{r.stderr}")
                bad += 1
            else:
                print(f"ok   {name} is caught")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
