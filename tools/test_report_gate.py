#!/usr/bin/env python3
"""Tests of tools/report_gate.py: a small clean report passes, and each defect the gate exists to catch,
planted one at a time into that report, makes it fail with the matching message. Standard library only;
run by `make test` (and by hand: python3 tools/test_report_gate.py)."""
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


def main():
    bad = 0
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
