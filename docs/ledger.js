// The claims ledger page (docs/ledger.md): fills the table from ledger_data.js (generated from
// build/results/claims.json by tools/ledger_data.py) and sorts it by a column, on a click on its
// heading or from the page address (?sort=verdict, &order=desc). No network, no library.
(function () {
  "use strict";
  var data = window.CLUSTERTRADE_LEDGER;
  var table = document.getElementById("ledger-table");
  var summary = document.getElementById("ledger-summary");
  if (!data || !table) return;
  var body = table.tBodies[0];
  // Sort orders: the report's order of papers, origins from the paper outward, failures first.
  var RANK = {
    paper: ["RC07", "RC05", "CPP", "H12", "Porter"],
    origin: ["paper", "reading", "addition"],
    verdict: ["fails", "holds-in-scope", "holds", "not-checked"]
  };
  function keyOf(claim, key) {
    if (RANK[key]) {
      var r = RANK[key].indexOf(claim[key]);
      return r < 0 ? RANK[key].length : r;
    }
    if (key === "violations") return claim.counts.violations_in_scope;
    return claim[key];
  }
  function cell(row, text, cls) {
    var td = document.createElement("td");
    if (text !== undefined) td.textContent = text;
    if (cls) td.className = cls;
    row.appendChild(td);
    return td;
  }
  function render(claims) {
    while (body.firstChild) body.removeChild(body.firstChild);
    claims.forEach(function (c) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-id", c.id);
      tr.setAttribute("data-paper", c.paper);
      tr.setAttribute("data-origin", c.origin);
      tr.setAttribute("data-verdict", c.verdict);
      cell(tr, c.id, "ledger-id");
      cell(tr, c.source);
      cell(tr, c.origin);
      cell(tr, c.verdict + (c.failure_kind ? " (" + c.failure_kind + ")" : ""), "ledger-" + c.verdict);
      var n = c.counts;
      cell(tr, [n.in_scope, n.violations_in_scope, n.violations_outside_scope, n.ties, n.errors].join(" / "));
      var fn = cell(tr);
      var a = document.createElement("a");
      a.href = c.href;
      a.textContent = c.function || c.module + " (module page)";
      fn.appendChild(a);
      var rep = cell(tr);
      if (c.command) {
        var pre = document.createElement("pre");
        pre.textContent = c.command;
        rep.appendChild(pre);
      } else {
        rep.textContent = "no counterexample";
      }
      body.appendChild(tr);
    });
  }
  var state = { key: null, descending: false };
  function sortBy(key, descending) {
    var claims = data.claims.slice();
    claims.sort(function (x, y) {  // stable: ties keep the ledger's order
      var a = keyOf(x, key), b = keyOf(y, key);
      var d = a < b ? -1 : a > b ? 1 : 0;
      if (descending) d = -d;
      return d !== 0 ? d : x.order - y.order;
    });
    state.key = key;
    state.descending = descending;
    render(claims);
    table.setAttribute("data-sorted-by", key + (descending ? " desc" : ""));
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
      if (th.getAttribute("data-key") === key) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.getAttribute("data-key");
    if (!key) return;
    th.style.cursor = "pointer";
    th.addEventListener("click", function () {
      sortBy(key, state.key === key ? !state.descending : false);
    });
  });
  data.claims.forEach(function (c, i) { c.order = i; });
  var params = new URLSearchParams(window.location.search);
  var requested = params.get("sort");
  var keys = ["id", "paper", "origin", "verdict", "violations"];
  if (requested && keys.indexOf(requested) >= 0) sortBy(requested, params.get("order") === "desc");
  else render(data.claims);
  summary.textContent = data.claims.length + " claims from " + data.source + " (seed " + data.seed + ", " +
    data.draws + " draws). Click a column heading to sort.";
})();
