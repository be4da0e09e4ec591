#!/usr/bin/env python3
"""Writes ledger_data.js, the data of the HTML documentation's claims ledger page (docs/ledger.md,
sorted by docs/ledger.js), from build/results/claims.json (issue 19 C.14).

Each claim gets: its id, paper (from the id's prefix), source, origin, verdict and failure kind, its
counts, the function that checks it with a link to that function's Doxygen documentation (looked up in
Doxygen's tag file; a check internal to its source file links to its module's page instead) and the
reproduce command exactly as the report prints it (paper/generated/commands/<name>.sh, which names the
program build/bin/clustertrade). `make docs` runs it after Doxygen. Standard library only; tested by
tools/test_ledger_data.py.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

PAPERS = {"rc07": "RC07", "rc05": "RC05", "cpp": "CPP", "h12": "H12", "porter": "Porter"}
# Each module's Doxygen page (its \page name in src/<module>/module.dox).
MODULE_PAGES = {"infant_industry": "infant_industry", "cluster_model": "cluster_model_page",
                "dynamic_spillovers": "dynamic_spillovers", "trade_growth": "trade_growth_module",
                "cluster_mapping": "cluster_mapping_module"}


def read_tag(path):
    """From a Doxygen tag file: {page name: file} and [(scope, function name, file#anchor)]; the scope of a
    function documented in a namespace is the namespace, of one documented only in its header (a nested
    namespace without a page of its own, e.g. checks::) the header's path, "file:src/<module>/x.hpp"."""
    pages, functions = {}, []
    for compound in ET.parse(path).getroot().iter("compound"):
        kind, name = compound.get("kind"), compound.findtext("name")
        if kind == "page":
            pages[name] = compound.findtext("filename")
        if kind not in ("namespace", "file", "class", "struct"):
            continue
        if kind == "file":
            name = "file:" + (compound.findtext("path") or "") + name
        for member in compound.findall("member"):
            if member.get("kind") != "function":
                continue
            target = f"{member.findtext('anchorfile')}#{member.findtext('anchor')}"
            functions.append((name, member.findtext("name"), target))
    return pages, functions


def html_file(name):
    return name if name.endswith(".html") else name + ".html"


def link_for(claim, pages, functions):
    """The Doxygen address of a claim's check function (in its module's namespace), or of the module's
    page when the function is not documented (a check internal to its .cpp file) or unnamed."""
    module = claim["module"]
    qualified = re.sub(r"\(.*\)$", "", claim.get("function") or "")
    if qualified:
        *qualifiers, name = qualified.split("::")
        scope_suffix = "::".join([module] + qualifiers)
        for scope, member, target in functions:  # in the module's namespace (or a nested one) ...
            if member == name and (scope.endswith("::" + scope_suffix) or scope == scope_suffix):
                return target
        for scope, member, target in functions:  # ... or in a header of the module's folder
            if member == name and scope.startswith("file:") and f"src/{module}/" in scope:
                return target
    page = MODULE_PAGES.get(module)
    if page not in pages:
        raise KeyError(f"claim {claim['id']}: no Doxygen page for module {module!r}")
    return html_file(pages[page])


def command_of(claim, commands_dir):
    """The reproduce command as the report prints it, or None when the claim has none."""
    path = os.path.join(commands_dir, claim["id"].replace(".", "-") + ".sh")
    ce = claim.get("counterexample")
    if not (isinstance(ce, dict) and ce.get("command")):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n")


def ledger(doc, pages, functions, commands_dir):
    claims = []
    for c in doc["claims"]:
        counts = c["counts"]
        claims.append({
            "id": c["id"], "paper": PAPERS.get(c["id"].split(".")[0], c["id"].split(".")[0]),
            "source": c["source"], "module": c["module"], "origin": c.get("origin", "paper"),
            "verdict": c["verdict"], "failure_kind": c.get("failure_kind", ""),
            "counts": {k: counts.get(k, 0) for k in ("in_scope", "violations_in_scope", "violations_outside_scope",
                                                      "ties", "errors")},
            "function": c.get("function", ""), "href": link_for(c, pages, functions),
            "command": command_of(c, commands_dir)})
    first = doc["claims"][0] if doc["claims"] else {}
    return {"source": "build/results/claims.json", "seed": first.get("seed"),
            "draws": first.get("counts", {}).get("draws_requested"), "claims": claims}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", required=True, help="build/results/claims.json")
    ap.add_argument("--tag", required=True, help="Doxygen's tag file (GENERATE_TAGFILE)")
    ap.add_argument("--commands", required=True, help="paper/generated/commands")
    ap.add_argument("--out", required=True, help="the HTML folder's ledger_data.js")
    args = ap.parse_args()
    with open(args.claims, encoding="utf-8") as f:
        doc = json.load(f)
    pages, functions = read_tag(args.tag)
    data = ledger(doc, pages, functions, args.commands)
    if not data["claims"]:
        print(f"{args.claims}: no claims", file=sys.stderr)
        return 1
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("// Generated by tools/ledger_data.py from build/results/claims.json. Do not edit.\n")
        f.write("window.CLUSTERTRADE_LEDGER = " + json.dumps(data, indent=1, ensure_ascii=False) + ";\n")
    os.replace(tmp, args.out)
    linked = sum(1 for c in data["claims"] if "#" in c["href"])
    print(f"ledger_data.py: {len(data['claims'])} claims ({linked} linked to their function's documentation, "
          f"the others to their module's page) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
