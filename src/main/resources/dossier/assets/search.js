/* Full-text search over /search-index.json with lunr, in the browser and offline.
   Results show their kind and a snippet; arrow keys move between them. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof lunr === "undefined") { return; }
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var docs = {};
  var index = null;

  function load() {
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (all) {
      index = lunr(function () {
        this.ref("u");
        this.field("t", { boost: 8 });
        this.field("k", { boost: 2 });
        this.field("x");
        var builder = this;
        all.forEach(function (d) { docs[d.u] = d; builder.add(d); });
      });
    });
  }

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase(), at = -1;
    words.some(function (w) { at = lower.indexOf(w); return at >= 0; });
    var start = Math.max(0, at - 60), piece = text.substr(start, 200);
    var p = document.createElement("p");
    if (start > 0) { p.appendChild(document.createTextNode("… ")); }
    var pattern = new RegExp("(" + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")", "ig");
    piece.split(pattern).forEach(function (part, i) {
      if (i % 2 === 1) { var m = document.createElement("mark"); m.textContent = part; p.appendChild(m); }
      else { p.appendChild(document.createTextNode(part)); }
    });
    if (start + 200 < text.length) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  function show(query) {
    list.textContent = "";
    var words = terms(query);
    if (!words.length) { status.textContent = "Type a word to search every page and record."; return; }
    var results = [];
    try {
      results = index.query(function (q) {
        words.forEach(function (w) {
          q.term(w, { boost: 10 });
          q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
        });
      });
    } catch (e) { results = []; }
    status.textContent = results.length ? results.length + " results for “" + query + "”" : "Nothing found for “" + query + "”.";
    results.slice(0, 30).forEach(function (r) {
      var d = docs[r.ref], li = document.createElement("li"), a = document.createElement("a"), kind = document.createElement("span");
      kind.className = "result-kind"; kind.textContent = d.k;
      a.href = d.u; a.textContent = d.t;
      li.appendChild(kind); li.appendChild(document.createTextNode(" ")); li.appendChild(a);
      li.appendChild(snippet(d.x, words));
      list.appendChild(li);
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); });
  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), i = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); if (i > 0) { all[i - 1].focus(); } else { input.focus(); } }
    if (e.key === "Escape") { input.focus(); }
  });
  status.textContent = "Loading the index…";
  load().then(function () {
    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    show(q);
  }).catch(function () { status.textContent = "The search index could not be loaded."; });
})();
