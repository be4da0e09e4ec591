#!/usr/bin/env python3
"""The report's build gate: `make all` runs it after latexmk and fails when the report has a defect a
referee would reject. Standard library only.

Checks (each failure is printed as `file:line: rule`):
  overfull      an overfull box wider than 1 pt (from the LaTeX log);
  undefined     an undefined reference or citation, or a multiply defined label (log);
  numbers       a generated number (\\newcommand in generated/numbers.tex) never used in the report's
                sources, or a number macro used but never generated;
  figures       a figure label (\\label{fig:...}) never referenced outside its own figure environment,
                or a figure source figures/<id>.tex that the report never includes;
  print size    a figure included at a scale that prints its smallest text below 7 pt (figures use no
                font below \\footnotesize, 8 pt, so the scale must be at least 7/8; needs pdfinfo), or a
                figure source that uses \\scriptsize or \\tiny;
  empty         a sectioning heading followed directly by another heading (floats do not count as text);
  digits        a digit in prose that is not inside a generated macro, mathematics, a citation, a
                label/reference, a command/verbatim block or an exception listed (with its reason) in
                paper/allowed-numbers.txt;
  figure text   a digit in the human-visible text of a figure source figures/<id>.tex (legend entries,
                titles, axis labels, node text) that is not a generated number macro or an allowed
                exception: in text any digit; in mathematics a decimal, or a value other than 0 or 1 after
                `=`, `<`, `>`, `\\ge`, `\\le` (`$a_0=0.1$', `$\\sigma=4$'). Coordinates, tick positions and
                labels, styles and pgfplots options are not text and are not read;
  quotes        a curly quote inside a command (verbatim, lstlisting, \\texttt), where it could not be
                pasted into a shell;
  flags         a command-line flag typeset as \\texttt{--name} (TeX prints an en dash): use \\flag;
  escapes       TeX markup that leaked into the output text (`\\%`, `~`, a backslash command, a flag
                whose `--` became an en dash), read from the PDF with pdftotext when it is installed.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

failures = []


def fail(where, rule):
    failures.append(f"{where}: {rule}")


def blank(match):
    """Replaces a match by spaces, keeping newlines, so line numbers survive."""
    return re.sub(r"[^\n]", " ", match.group(0))


def strip_comments(text):
    return re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text)


def matching_brace(text, start):
    """Index just past the group opening at text[start] == '{' (or '['), or len(text)."""
    open_c = text[start]
    close_c = "}" if open_c == "{" else "]"
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == open_c:
            depth += 1
        elif c == close_c:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def blank_command_args(text, names, nargs=1, keep_name=False):
    """Blanks `\\name[opt]{arg}...` (nargs mandatory arguments) for each name."""
    pattern = re.compile(r"\\(" + "|".join(names) + r")\*?(?![A-Za-z])")
    out = list(text)
    for m in pattern.finditer(text):
        i = m.end()
        end = i
        seen = 0
        while i < len(text) and seen < nargs:
            while i < len(text) and text[i] in " \t":
                i += 1
            if i < len(text) and text[i] == "[":
                i = matching_brace(text, i)
                end = i
                continue
            if i < len(text) and text[i] == "{":
                i = matching_brace(text, i)
                end = i
                seen += 1
                continue
            break
        lo = m.end() if keep_name else m.start()
        for k in range(lo, end):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


def group_contents(text, names):
    """Yields (offset, contents) of the first mandatory argument of each `\\name{...}`."""
    for m in re.finditer(r"\\(" + "|".join(names) + r")\*?\s*(?=\{)", text):
        start = m.end()
        end = matching_brace(text, start)
        yield start, text[start + 1 : end - 1]


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


MATH_ENVS = r"equation|equation\*|align|align\*|gather|gather\*|multline|multline\*|eqnarray|displaymath|math"
VERBATIM_ENVS = r"verbatim|verbatim\*|lstlisting|Verbatim|commandblock"


def strip_for_prose(text):
    """Blanks everything that is not prose: comments, math, verbatim, command arguments."""
    text = strip_comments(text)
    text = re.sub(r"\\begin\{(" + VERBATIM_ENVS + r")\}.*?\\end\{\1\}", blank, text, flags=re.S)
    text = re.sub(r"\\verb(.).*?\1", blank, text)
    text = re.sub(r"\\begin\{(" + MATH_ENVS + r")\}.*?\\end\{\1\}", blank, text, flags=re.S)
    text = re.sub(r"\\\[.*?\\\]", blank, text, flags=re.S)
    text = re.sub(r"\\\(.*?\\\)", blank, text, flags=re.S)
    text = re.sub(r"(?<!\\)\$\$.*?(?<!\\)\$\$", blank, text, flags=re.S)
    text = re.sub(r"(?<!\\)\$.*?(?<!\\)\$", blank, text, flags=re.S)
    text = blank_command_args(
        text,
        ["cite", "citet", "citep", "citealt", "citealp", "citeauthor", "citeyear", "label", "ref", "eqref",
         "pageref", "autoref", "cref", "Cref", "input", "include", "includegraphics", "texttt", "fn", "file",
         "flag", "url", "href", "begin", "end", "bibliographystyle", "bibliography", "usepackage", "vspace",
         "hspace", "graphicspath", "newcommand", "renewcommand", "ensuremath",
         "hyperref", "nolinkurl", "path", "cmd"],
    )
    text = blank_command_args(text, ["figsource", "setlength", "addtolength"], nargs=2)
    text = re.sub(r"\\\\\[[^\]]*\]", blank, text)  # \\[4pt]
    text = re.sub(r"\\(begin|end)\{[^}]*\}(\{[^}]*\})?", blank, text)
    text = re.sub(r"\\(?!S(?![A-Za-z]))[A-Za-z@]+", blank, text)  # remaining command names, except the section sign
    return text


def typed_in_math(text):
    """Offsets and text of parameter values typed inside inline mathematics: a decimal number, an
    integer of two or more digits after `=`, `<`, `>` (e.g. `$t=400$`, `$y_P=(1,0.8)$'), or a single
    digit from 2 to 9 right after `=`, `<`, `>` (e.g. `$\sigma = 2$'; 0 and 1 are structural)."""
    text = strip_comments(text)
    found = []
    for m in re.finditer(r"(?<!\\)\$(.+?)(?<!\\)\$|\\\((.+?)\\\)", text, flags=re.S):
        body = m.group(1) if m.group(1) is not None else m.group(2)
        off = m.start(1) if m.group(1) is not None else m.start(2)
        for v in re.finditer(r"(?<![_^\w.{])\d+\.\d+|(?<=[=<>(,])\s*\d{2,}(?![\d}^])|(?<=[=<>])\s*[2-9](?![\d}^.\w])",
                             body):
            found.append((off + v.start(), v.group(0).strip()))
    return found


FIGURE_TEXT_KEYS = r"xlabel|ylabel|zlabel|title|nodes near coords"


def figure_text(src):
    """The human-visible text of a pgfplots figure source, as (offset, text) pairs: legend entries
    (\\addlegendentry, \\legend), the values of the keys xlabel, ylabel, zlabel, title and nodes near
    coords, and the text of every TikZ node. Everything else (coordinates, tick positions and tick
    labels, which restate them, styles and options) is not read. Comments must be blanked already."""
    found = []
    for off, arg in group_contents(src, ["addlegendentry", "legend"]):
        found.append((off + 1, arg))
    for m in re.finditer(r"(?<![A-Za-z])(" + FIGURE_TEXT_KEYS + r")\s*=\s*", src):
        i = m.end()
        if i < len(src) and src[i] == "{":
            end = matching_brace(src, i)
            found.append((i + 1, src[i + 1 : end - 1]))
        else:
            j = i
            while j < len(src) and src[j] not in ",]\n":
                j += 1
            found.append((i, src[i:j]))
    # TikZ nodes: `\node[opts] (name) at (coords) {text}` and `... node[opts] {text}` inside a path.
    for m in re.finditer(r"\\?\bnode(?![A-Za-z])", src):
        i = m.end()
        while i < len(src):
            while i < len(src) and src[i] in " \t\n":
                i += 1
            if i < len(src) and src[i] == "[":
                i = matching_brace(src, i)
            elif i < len(src) and src[i] == "(":
                depth = 0
                while i < len(src):  # balanced parentheses (coordinates may nest them, e.g. $(a)+(0,1)$)
                    depth += {"(": 1, ")": -1}.get(src[i], 0)
                    i += 1
                    if depth == 0:
                        break
            elif src.startswith("at", i) and not src[i + 2 : i + 3].isalpha():
                i += 2
            else:
                break
        if i < len(src) and src[i] == "{":
            end = matching_brace(src, i)
            found.append((i + 1, src[i + 1 : end - 1]))
    return found


def typed_in_figure_text(text):
    """Digits typed in one piece of a figure's visible text, as (offset, digits, where) triples, before
    the allowed exceptions are applied to the text parts: in text every digit, in mathematics a decimal
    or a value other than 0 or 1 after a comparison (a parameter value such as `$\\sigma=4$')."""
    # Commands and their options are not text: `\\pgfmathprintnumber[precision=3]{\\delay}` prints a
    # value read from the figure's CSV file; generated number macros (`\\tgSigma`) print registered ones.
    text = blank_command_args(text, ["pgfmathprintnumber", "pgfplotslegendfromname", "ref", "label", "cite",
                                     "pgfplotstablegetelem", "input"])
    text = re.sub(r"\\[ ,;:!]", "  ", text)  # `eq.\\ (5)`, thin spaces
    text = re.sub(r"\\(ge|geq|le|leq|neq|approx|sim)(?![A-Za-z])", lambda m: "=" + " " * (len(m.group(0)) - 1),
                  text)
    text = re.sub(r"(\\(?!S(?![A-Za-z]))[A-Za-z@]+\*?)(\[[^\]]*\])?", blank, text)  # other commands (not \\S) and options
    found = []
    pieces = re.split(r"((?<!\\)\$.*?(?<!\\)\$)", text, flags=re.S)
    pos = 0
    for piece in pieces:
        if piece.startswith("$") and piece.endswith("$") and len(piece) > 1:
            for v in re.finditer(r"(?<=[=<>])[\s{]*(\d+(?:\.\d+)?)|\d+\.\d+", piece):
                value = v.group(1) if v.group(1) is not None else v.group(0)
                if v.group(1) is not None and value in ("0", "1"):
                    continue  # bounds such as $n=0$, $a\\rightarrow 1$ or normalisations such as labour $=1$
                found.append((pos + v.start(), value.strip(), "math"))
        else:
            for v in re.finditer(r"\d+", piece):
                found.append((pos + v.start(), v.group(0), "text"))
        pos += len(piece)
    return text, found


def check_figure_sources(figures_dir, allowed):
    """Fails each digit typed in a figure source's visible text (see typed_in_figure_text): a figure's
    stated parameters must come from the code that made it, through generated number macros."""
    for f in sorted(os.listdir(figures_dir)):
        if not f.endswith(".tex") or f == "clustertrade-style.tex":
            continue
        path = os.path.join(figures_dir, f)
        with open(path, encoding="utf-8") as fh:
            src = strip_comments(fh.read())
        for off, piece in figure_text(src):
            text, found = typed_in_figure_text(piece)
            text_only = re.sub(r"(?<!\\)\$.*?(?<!\\)\$", blank, text, flags=re.S)
            for rx, _ in allowed:  # the exceptions (labels such as `Fig.~2', `sector~1') apply to the text parts
                text_only = rx.sub(blank, text_only)
            for k, value, where in found:
                if where == "text" and not re.match(r"\d", text_only[k:]):
                    continue
                ln = line_of(src, off + k)
                fail(f"{path}:{ln}", f"figure text: `{value}' typed in {'mathematics' if where == 'math' else 'text'} "
                                     f"(use a generated number macro or list it in the allowed numbers): "
                                     f"{piece.strip()[:80]}")


def read_allowed(path):
    """paper/allowed-numbers.txt: `<regular expression> -- <reason>` per line, # comments."""
    allowed = []
    if not os.path.exists(path):
        fail(path, "missing the list of allowed numbers")
        return allowed
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if " -- " not in line:
                fail(f"{path}:{n}", "an allowed number needs a reason: `<regex> -- <reason>`")
                continue
            pattern, reason = line.split(" -- ", 1)
            if not reason.strip():
                fail(f"{path}:{n}", "empty reason")
                continue
            try:
                allowed.append((re.compile(pattern.strip()), reason.strip()))
            except re.error as e:
                fail(f"{path}:{n}", f"bad regular expression: {e}")
    return allowed


def check_log(log):
    with open(log, encoding="latin-1") as f:
        text = f.read()
    for m in re.finditer(r"Overfull \\[hv]box \(([\d.]+)pt too (wide|high)\)[^\n]*lines? (\d+)[^\n]*\n([^\n]*)", text):
        if float(m.group(1)) > 1.0:
            # The file is the last one opened before the warning (a guess: TeX logs no file name), and the
            # line number is in the file where the paragraph ends; the log text that follows says what overflows.
            files = re.findall(r"\((\./[^\s()]+\.tex)", text[: m.start()])
            src = files[-1] if files else log
            fail(f"{src}:{m.group(3)} (log)", f"overfull box, {m.group(1)} pt too {m.group(2)}: {m.group(4).strip()[:80]}")
    for m in re.finditer(r"(Reference|Citation) `([^']*)' on page (\d+) undefined", text):
        fail(f"{log}", f"undefined {m.group(1).lower()} `{m.group(2)}' (page {m.group(3)})")
    for m in re.finditer(r"Label `([^']*)' multiply defined", text):
        fail(f"{log}", f"label `{m.group(1)}' multiply defined")
    if "There were undefined references" in text and not any("undefined" in x for x in failures):
        fail(log, "undefined references")


def expand(paper, rel, seen=None):
    """The text of paper/rel with every \\input of a section expanded (generated inputs kept as a marker)."""
    path = os.path.join(paper, rel if rel.endswith(".tex") else rel + ".tex")
    with open(path, encoding="utf-8") as f:
        text = strip_comments(f.read())

    def repl(m):
        name = m.group(1)
        if name.startswith("generated/"):
            return "\\GENERATEDINPUT "
        return expand(paper, name)

    return re.sub(r"\\input\{([^}]*)\}", repl, text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paper", default="paper")
    ap.add_argument("--log", default="paper/report.log")
    ap.add_argument("--allowed", default="paper/allowed-numbers.txt")
    ap.add_argument("--figures", default="figures")
    ap.add_argument("--pdf", default=None)
    args = ap.parse_args()
    paper = args.paper
    sources = [os.path.join(paper, "report.tex")] + sorted(
        os.path.join(paper, "sections", f) for f in os.listdir(os.path.join(paper, "sections")) if f.endswith(".tex"))
    gen = os.path.join(paper, "generated")
    generated = sorted(os.path.join(gen, f) for f in os.listdir(gen) if f.endswith(".tex")) if os.path.isdir(gen) else []
    texts = {}
    for s in sources:
        with open(s, encoding="utf-8") as f:
            texts[s] = f.read()

    # ---- log: overfull boxes, undefined references and citations
    check_log(args.log)

    # ---- numbers: defined ⇔ used
    numbers_tex = os.path.join(gen, "numbers.tex")
    with open(numbers_tex, encoding="utf-8") as f:
        defined = re.findall(r"\\newcommand\{\\([A-Za-z]+)\}", f.read())
    prefixes = sorted({re.match(r"[a-z]+", n).group(0) for n in defined if re.match(r"[a-z]+", n)})
    used = {}
    for s, t in texts.items():
        body = strip_comments(t)
        for m in re.finditer(r"\\([A-Za-z]+)", body):
            used.setdefault(m.group(1), (s, line_of(body, m.start())))
    for g in generated:
        if g.endswith(("numbers.tex", "trace.tex")):
            continue  # the definitions and the provenance table do not print a number in the text
        with open(g, encoding="utf-8") as f:
            body = f.read()
        for m in re.finditer(r"\\([A-Za-z]+)", body):
            used.setdefault(m.group(1), (g, line_of(body, m.start())))
    # the figure sources print numbers too (legends, titles), through the same macros
    fig_sources = sorted(os.path.join(args.figures, f) for f in os.listdir(args.figures)
                         if f.endswith(".tex") and f != "clustertrade-style.tex")
    for g in fig_sources:
        with open(g, encoding="utf-8") as f:
            body = strip_comments(f.read())
        for m in re.finditer(r"\\([A-Za-z]+)", body):
            used.setdefault(m.group(1), (g, line_of(body, m.start())))
    for n in defined:
        if n not in used:
            fail(numbers_tex, f"generated number \\{n} is never printed in the report")
    other_defs = set()
    for s in list(texts) + generated:
        with open(s, encoding="utf-8") as f:
            other_defs |= set(re.findall(r"\\(?:re)?newcommand\*?\{?\\([A-Za-z]+)", f.read()))
    number_like = re.compile(r"^(" + "|".join(prefixes) + r")[A-Z][A-Za-z]*$") if prefixes else None
    for name, (s, ln) in used.items():
        if number_like and number_like.match(name) and name not in defined and name not in other_defs:
            fail(f"{s}:{ln}", f"number macro \\{name} is used but never generated")

    # ---- figures: every figure label referenced, every figure source included
    doc = expand(paper, "report.tex")
    outside = re.sub(r"\\begin\{figure\*?\}.*?\\end\{figure\*?\}", " ", doc, flags=re.S)
    refs = set()
    for m in re.finditer(r"\\(?:ref|autoref|cref|Cref|pageref|subref)\*?\{([^}]*)\}", outside):
        refs |= {r.strip() for r in m.group(1).split(",")}
    for s, t in texts.items():
        body = strip_comments(t)
        for m in re.finditer(r"\\label\{(fig:[^}]*)\}", body):
            if m.group(1) not in refs:
                fail(f"{s}:{line_of(body, m.start())}", f"figure {m.group(1)} is never referenced in the text")
    included = set(re.findall(r"\\includegraphics(?:\[[^\]]*\])?\{([^}]*)\}", doc))
    included = {os.path.splitext(os.path.basename(i))[0] for i in included}
    for f in sorted(os.listdir(args.figures)):
        if f.endswith(".tex") and f != "clustertrade-style.tex":
            with open(os.path.join(args.figures, f), encoding="utf-8") as fh:
                if "\\documentclass" not in fh.read():
                    continue
            if f[:-4] not in included:
                fail(os.path.join(args.figures, f), "figure is built but never included in the report")

    # ---- print size of figure text
    with open(args.log, encoding="latin-1") as f:
        tw = re.search(r"GATE textwidth=([\d.]+)pt", f.read())
    textwidth = float(tw.group(1)) if tw else None
    for f in sorted(os.listdir(args.figures)):
        if f.endswith(".tex"):
            with open(os.path.join(args.figures, f), encoding="utf-8") as fh:
                src = fh.read()
            if re.search(r"\\(scriptsize|tiny)\b", strip_comments(src)):
                fail(os.path.join(args.figures, f), "figure text below \\footnotesize (\\scriptsize or \\tiny)")
    for m in re.finditer(r"\\includegraphics\[[^\]]*width=([\d.]*)\\(textwidth|linewidth)[^\]]*\]\{([^}]*)\}", doc):
        pdf_file = os.path.join(args.figures, os.path.basename(m.group(3)) + ".pdf")
        if not textwidth or not shutil.which("pdfinfo") or not os.path.exists(pdf_file):
            continue
        info = subprocess.run(["pdfinfo", pdf_file], capture_output=True, text=True).stdout
        size = re.search(r"Page size:\s*([\d.]+) x ([\d.]+) pts", info)
        if not size:
            continue
        natural = float(size.group(1)) * 72.27 / 72.0  # PostScript points to TeX points
        scale = (float(m.group(1) or 1.0) * textwidth) / natural
        if scale < 7.0 / 8.0:
            fail(pdf_file, f"included at {scale:.0%} of its size: 8 pt text prints at {8 * scale:.1f} pt (< 7 pt)")

    # ---- empty sections: a heading followed directly by another heading
    heading = r"\\(?:part|chapter|section|subsection|subsubsection)\*?\s*(?:\[[^\]]*\])?\s*\{"
    for s, t in texts.items():
        # Floats (figures, tables) are not text: they move away and leave the heading empty on the page.
        body = re.sub(r"\\begin\{(figure|table)\*?\}.*?\\end\{\1\*?\}", blank, strip_comments(t), flags=re.S)
        for m in re.finditer(heading, body):
            end = matching_brace(body, m.end() - 1)
            rest = body[end:]
            rest = re.sub(r"^(\s|\\label\{[^}]*\}|\\addcontentsline\{[^}]*\}\{[^}]*\}\{[^}]*\})*", "", rest)
            if re.match(heading, rest) or re.match(r"\\(end\{document\}|appendix|bibliography)", rest) or (
                    rest == "" and s != os.path.join(paper, "report.tex")):
                fail(f"{s}:{line_of(body, m.start())}", "empty section: the heading is followed by another heading")

    # ---- digits in prose
    allowed = read_allowed(args.allowed)
    for s, t in texts.items():
        if s.endswith("report.tex"):
            start = t.find("\\begin{document}")
            t = re.sub(r"[^\n]", " ", t[:start]) + t[start:]
        prose = strip_for_prose(t)
        for rx, _ in allowed:
            prose = rx.sub(blank, prose)
        for m in re.finditer(r"\d+", prose):
            ln = line_of(prose, m.start())
            context = t.splitlines()[ln - 1].strip()
            fail(f"{s}:{ln}", f"digit `{m.group(0)}' typed in prose (use a generated number or list it in "
                              f"{args.allowed}): {context[:90]}")

        for off, value in typed_in_math(t):
            ln = line_of(t, off)
            fail(f"{s}:{ln}", f"parameter value `{value}' typed in mathematics (use a generated number): "
                              f"{t.splitlines()[ln - 1].strip()[:90]}")

    # ---- digits typed in the figures' visible text (legends, titles, axis labels, nodes)
    check_figure_sources(args.figures, allowed)

    # ---- curly quotes inside commands
    curly = re.compile("[\u2018\u2019\u201c\u201d\u00b4]")
    upquote = "upquote" in texts.get(os.path.join(paper, "report.tex"), "")
    for s in list(texts) + generated:
        with open(s, encoding="utf-8") as f:
            body = f.read()
        for m in re.finditer(r"\\begin\{(" + VERBATIM_ENVS + r")\}.*?\\end\{\1\}", body, flags=re.S):
            block = m.group(0)
            if curly.search(block) or (not upquote and ("'" in block or "`" in block)):
                fail(f"{s}:{line_of(body, m.start())}", "curly quote inside a command block")
        for off, arg in group_contents(body, ["texttt"]):
            if curly.search(arg) or "'" in arg or "`" in arg:
                fail(f"{s}:{line_of(body, off)}", f"quote inside \\texttt renders curly: {arg[:60]}")

    # the reproduce commands `clustertrade prove` writes for \\claimcommand (generated/commands/*.sh)
    cmd_dir = os.path.join(gen, "commands")
    if os.path.isdir(cmd_dir):
        for f in sorted(os.listdir(cmd_dir)):
            with open(os.path.join(cmd_dir, f), encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if curly.search(line):
                        fail(f"{os.path.join(cmd_dir, f)}:{n}", "curly quote in a reproduce command")
                    if len(line.rstrip("\n")) > 78:
                        fail(f"{os.path.join(cmd_dir, f)}:{n}", "command line longer than 78 characters: "
                                                                 "break it with ` \\` continuations")

    # ---- command-line flags typeset so that they survive: \\flag{name} or verbatim, never \\texttt{--name}
    for s_ in texts:
        body = strip_comments(texts[s_])
        for m in re.finditer(r"^(?!.*\\newcommand).*?(\\texttt\{(?:[^{}]* )?--?[a-z])", body, flags=re.M):
            fail(f"{s_}:{line_of(body, m.start())}", "a flag in \\texttt prints as a dash: use \\flag{name} or a verbatim block")

    # ---- TeX markup leaked into the output
    pdf = args.pdf or os.path.join(paper, "report.pdf")
    if shutil.which("pdftotext") and os.path.exists(pdf):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
        for page, text in enumerate(out.split("\f"), 1):
            for m in re.finditer(r"\\[%&#_$]|\\[A-Za-z]{2,}|[A-Za-z.]~[A-Za-z0-9\\]|(?<=\s)\u2013[a-z]{2,}", text):
                if any(m.group(0)[1:].startswith(n) for n in defined):
                    continue  # the provenance table names the number macros on purpose
                fail(f"{pdf} page {page}", f"TeX markup in the output: `{m.group(0)}'")

    if failures:
        for f in failures:
            print(f, file=sys.stderr)
        print(f"report gate: {len(failures)} defect(s)", file=sys.stderr)
        return 1
    print("report gate: passed (overfull, undefined, numbers, figures, empty, digits, figure text, quotes, escapes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
